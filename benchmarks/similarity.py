"""Which similarity method and merge threshold give the best chronologies, on stories with a gold.

Stories: the seeds (examples/belgorod/articles.csv, gold ../shared/seeds/gold/chronology.json,
left out when that file is missing) and every invented story under tests/stories/ (articles.csv
and gold/chronology.json).  For each method of timeline.similarity.METHODS and each merge
threshold, every story is built with timeline.pipeline.build_from_paths and scored with
`score` of ../shared/tools/score_chronology.py.

Reading, extraction and anchoring do not depend on the merge threshold, so each story is built in
full once per method (at the first threshold); the mentions the pipeline hands to the merge are
captured then and only the merge is re-run for the other thresholds.

If the package datasketch is importable, a MinHash row is added: word sets compared by MinHash
(64 permutations), its Jaccard estimate taking the place of the cosine; otherwise it is skipped.

    python benchmarks/similarity.py                      # from the repo root, about a minute
    python benchmarks/similarity.py --thresholds 0.1 0.2
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_chronology.py"
SEEDS = (REPO_ROOT / "examples" / "belgorod" / "articles.csv", SHARED / "seeds" / "gold" / "chronology.json")
STORIES = REPO_ROOT / "tests" / "stories"
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3)

try:
    import timeline  # noqa: F401  (only checks that the project is importable)
except ImportError:
    # Run as `python benchmarks/similarity.py`, sys.path[0] is benchmarks/, not the repo root.
    sys.path.insert(0, str(REPO_ROOT))

import json  # noqa: E402

from _report import print_table  # noqa: E402  (benchmarks/, the script's folder)

import timeline.anchor  # noqa: E402
import timeline.merge  # noqa: E402
import timeline.pipeline  # noqa: E402
from render.json_doc import to_json_dict  # noqa: E402
from timeline.engines import SERIAL  # noqa: E402
from timeline.model import Chronology  # noqa: E402
from timeline.rank import summarized  # noqa: E402
from timeline.settings import Settings  # noqa: E402
from timeline.similarity import METHODS  # noqa: E402


def load_scorer():
    """`score(produced, gold)` of the shared scoring tool, imported by path."""
    spec = importlib.util.spec_from_file_location("score_chronology", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def stories() -> list[tuple[str, Path, dict]]:
    """(name, articles.csv, gold chronology) of the seeds and of every story under tests/stories."""
    found = []
    csv, gold = SEEDS
    if csv.is_file() and gold.is_file():
        found.append(("seeds", csv, json.loads(gold.read_text(encoding="utf-8"))))
    for folder in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        csv, gold = folder / "articles.csv", folder / "gold" / "chronology.json"
        if csv.is_file() and gold.is_file():
            found.append((folder.name, csv, json.loads(gold.read_text(encoding="utf-8"))))
    return found


# -- building ---------------------------------------------------------------------------------

_captured: list = []


class _Capturing:
    """The serial engine, keeping what it hands the merge and how long the merge takes."""

    def map_articles(self, fn, articles, settings):
        return SERIAL.map_articles(fn, articles, settings)

    def merge(self, mentions, settings, order, copy_of):
        start = time.perf_counter()
        events = SERIAL.merge(mentions, settings, order, copy_of)
        _captured.append((mentions, order, copy_of, time.perf_counter() - start))
        return events


def chronologies(csv: Path, method: str, thresholds) -> tuple[list[Chronology], float, list[float]]:
    """The story's chronology at each threshold, the seconds of its full build (at the first
    threshold) and those of the merge at each threshold."""
    settings = [Settings(quiet=True, similarity=method, merge_threshold=t) for t in thresholds]
    _captured.clear()
    start = time.perf_counter()
    first = timeline.pipeline.build_from_paths([csv], settings[0], engine=_Capturing())
    build_seconds = time.perf_counter() - start
    mentions, order, copy_of, seconds = _captured[-1]
    chrons, merge_seconds = [first], [seconds]
    for s in settings[1:]:
        start = time.perf_counter()
        events = SERIAL.merge(mentions, s, order, copy_of)
        merge_seconds.append(time.perf_counter() - start)
        # what build() returns from these events
        chrons.append(summarized(Chronology(first.articles, events, first.warnings), s.top))
    return chrons, build_seconds, merge_seconds


# -- MinHash (optional) -----------------------------------------------------------------------

def minhash_vectors(num_perm: int = 64):
    """A stand-in for timeline.similarity.vectors: each text's MinHash signature as a sparse row of
    num_perm ones (one column per (permutation, hash value)) scaled to unit length, so that the
    dot product of two rows is the share of equal hash values: MinHash's Jaccard estimate."""
    import numpy as np
    from datasketch import MinHash
    from scipy.sparse import csr_matrix

    word = re.compile(r"(?u)\b[^\W\d_]{2,}\b")

    def vectors(texts, language="en", method="concepts", groups=None, counted_in=None):
        columns: dict[tuple[int, int], int] = {}
        rows, cols = [], []
        n = 0  # texts may be a generator, read once
        for r, text in enumerate(texts):
            n = r + 1
            words = {w.lower() for w in word.findall(text)}
            if not words:
                continue
            mh = MinHash(num_perm=num_perm, seed=1)
            for w in words:
                mh.update(w.encode("utf-8"))
            for j, h in enumerate(mh.hashvalues):
                rows.append(r)
                cols.append(columns.setdefault((j, int(h)), len(columns)))
        if not rows:
            return None
        data = np.full(len(rows), 1.0 / np.sqrt(num_perm))
        return csr_matrix((data, (rows, cols)), shape=(n, len(columns)))

    return vectors


# -- report -----------------------------------------------------------------------------------

def row(method: str, threshold: float, scores: list[dict], build_s: float, merge_s: float) -> dict:
    n = len(scores)
    return {"method": method, "threshold": f"{threshold:g}",
            "found": f"{sum(s['found'] / s['gold_events'] for s in scores) / n:.3f}",
            "dated": f"{sum(s['dated'] for s in scores) / n:.3f}",
            "complete": f"{sum(s['complete'] for s in scores) / n:.3f}",
            "fragments": f"{sum(s['fragments'] for s in scores) / n:.2f}",
            "overmerged": str(sum(s["overmerged"] for s in scores)),
            "events": str(sum(s["events_produced"] for s in scores)),
            "ordered": "yes" if all(s["ordered"] for s in scores) else "no",
            "build s": f"{build_s:.2f}", "merge s": f"{merge_s:.3f}"}


def report(rows: list[dict]) -> None:
    header = list(rows[0])
    print_table(header, [[r[h] for h in header] for r in rows], left=1)


def measure(method: str, thresholds, story_list, score) -> list[dict]:
    per_threshold = [[] for _ in thresholds]
    build_total, merge_totals = 0.0, [0.0] * len(thresholds)
    for _name, csv, gold in story_list:
        chrons, build_s, merge_s = chronologies(csv, method, thresholds)
        build_total += build_s
        for k, chron in enumerate(chrons):
            per_threshold[k].append(score(to_json_dict(chron), gold))
            merge_totals[k] += merge_s[k]
    return [row(method, t, per_threshold[k], build_total, merge_totals[k])
            for k, t in enumerate(thresholds)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description="Score the chronologies of the stories with a gold for each similarity "
                    "method and merge threshold.")
    ap.add_argument("--thresholds", type=float, nargs="+", default=list(THRESHOLDS),
                    help="merge thresholds to try (default: %(default)s)")
    args = ap.parse_args(argv)
    score = load_scorer()
    story_list = stories()
    if not story_list:
        sys.exit("no story with a gold chronology found")
    print(f"stories: {', '.join(name for name, _c, _g in story_list)} "
          f"({sum(len(g['events']) for _n, _c, g in story_list)} gold events)")

    chronologies(story_list[0][1], METHODS[0], args.thresholds[:1])  # warm-up: rules compiled, caches filled
    rows = []
    for method in METHODS:
        rows += measure(method, args.thresholds, story_list, score)
    if importlib.util.find_spec("datasketch") is None:
        print("MinHash: skipped (datasketch is not importable)")
    else:
        # merge and anchoring compare texts through the `vectors` each module imported
        real = timeline.merge.vectors, timeline.anchor.vectors
        timeline.merge.vectors = timeline.anchor.vectors = minhash_vectors()
        try:
            rows += [dict(r, method="minhash") for r in measure("words", args.thresholds, story_list, score)]
        finally:
            timeline.merge.vectors, timeline.anchor.vectors = real
    report(rows)
    print("found: mean share of gold events found; dated, complete, fragments: means over the "
          "stories; overmerged, events: totals; build s: the full builds of "
          "the stories (per method, at the first threshold); merge s: their merges alone")


if __name__ == "__main__":
    main()
