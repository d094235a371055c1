"""Speed and memory of our temporal tagger against dateparser's search_dates, side by side.

Texts: the plain text of the <TEXT> element of every .tml (TimeML) file under --folder
(searched recursively), each with its document creation time (the TIMEX3 with
functionInDocument="CREATION_TIME", first 10 characters of its value) as reference date.

Each tagger runs in its own child process (this script re-invoked with a hidden --only flag),
so that the peak RSS it reports belongs to that tagger alone; a second child per tagger only
loads the texts and imports the module, giving the baseline RSS to compare against.

    python benchmarks/tag_speed.py                       # from the repo root
    python benchmarks/tag_speed.py --repeat 5 --sample 0.25
    python benchmarks/tag_speed.py --skip-dateparser
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = REPO_ROOT.parent / "shared" / "data" / "tempeval3"
RESULT_MARK = "@@tag_speed@@ "

try:
    import parsers  # noqa: F401  (only checks that the project is importable)
except ImportError:
    # Run as `python benchmarks/tag_speed.py`, sys.path[0] is benchmarks/, not the repo root;
    # without an (editable) install of the project, `parsers` would not be found.
    sys.path.insert(0, str(REPO_ROOT))

from _report import peak_rss_mb, print_table  # noqa: E402  (benchmarks/, the script's folder)


# -- corpus -----------------------------------------------------------------------------------

def load_corpus(folder: Path) -> list[tuple[str, str, dt.date]]:
    """(file name, plain text of <TEXT>, creation date) of every .tml file under `folder`."""
    docs = []
    for path in sorted(folder.rglob("*.tml")):
        root = ET.parse(path).getroot()
        text_el = root.find(".//TEXT")
        if text_el is None:
            continue
        dct = next((t.get("value", "") for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), "")
        try:
            published = dt.date.fromisoformat(dct[:10])
        except ValueError:
            print(f"skipped {path}: no usable creation time ({dct!r})", file=sys.stderr)
            continue
        docs.append((path.name, "".join(text_el.itertext()), published))
    return docs


def sample_of(docs: list, fraction: float | None) -> list:
    """A fixed (seeded) random `fraction` of `docs`, in corpus order; all of them when None."""
    if fraction is None or fraction >= 1:
        return docs
    k = max(1, round(len(docs) * fraction))
    keep = set(random.Random(0).sample(range(len(docs)), k))
    return [d for i, d in enumerate(docs) if i in keep]


# -- the two taggers --------------------------------------------------------------------------

def import_tagger(name: str):
    """The per-document function of tagger `name`: (text, published date) -> expressions found."""
    if name == "ours":
        from parsers import tag

        def run(text: str, published: dt.date) -> int:
            return len(tag(text, published))
    else:
        from dateparser.search import search_dates

        def run(text: str, published: dt.date) -> int:
            found = search_dates(text, languages=["en"], settings={
                "RELATIVE_BASE": dt.datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "past"})
            return len(found or [])
    return run


def one_pass(run, docs) -> tuple[float, int]:
    """Seconds taken by one pass of `run` over `docs`, and the expressions it found."""
    found = 0
    start = time.perf_counter()
    for _name, text, published in docs:
        found += run(text, published)
    return time.perf_counter() - start, found


def child(args: argparse.Namespace) -> None:
    """Body of a child process: measure one tagger (or only its baseline), print the result."""
    docs = load_corpus(args.folder)
    if args.only == "dateparser":
        docs = sample_of(docs, args.sample)
    run = import_tagger(args.only)
    result = {"docs": len(docs), "chars": sum(len(text) for _n, text, _p in docs)}
    if not args.baseline:
        if args.only == "ours":
            one_pass(run, docs)  # warm-up: the first call compiles the rules
            repeat = args.repeat
        else:
            repeat = args.dateparser_repeat
        timings = [one_pass(run, docs) for _ in range(repeat)]
        result["seconds"] = statistics.median(t for t, _found in timings)
        result["expressions"] = timings[-1][1]
    result["peak_rss_mb"] = peak_rss_mb()
    print(RESULT_MARK + json.dumps(result), flush=True)


def measure(args: argparse.Namespace, tagger: str, baseline: bool = False) -> dict:
    """Run this script as a child process for `tagger` and return what it reported."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--only", tagger,
           "--folder", str(args.folder), "--repeat", str(args.repeat),
           "--dateparser-repeat", str(args.dateparser_repeat)]
    if args.sample is not None:
        cmd += ["--sample", str(args.sample)]
    if baseline:
        cmd.append("--baseline")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    sys.exit(f"child process for {tagger} failed (exit {proc.returncode}):\n{proc.stderr}")


# -- report -----------------------------------------------------------------------------------

def report(rows: list[dict]) -> None:
    header = ["tagger", "chars/s", "docs", "chars", "expressions", "peak RSS MB", "base RSS MB"]
    cells = [[r["tagger"], f"{r['chars'] / r['seconds']:,.0f}", f"{r['docs']:,}",
              f"{r['chars']:,}", f"{r['expressions']:,}", f"{r['peak_rss_mb']:,.1f}",
              f"{r['base_rss_mb']:,.1f}"] for r in rows]
    print_table(header, cells, left=len(header))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description="Characters per second and peak memory of our temporal tagger "
                    "(parsers.tag) against dateparser.search.search_dates, on the <TEXT> of "
                    "every TimeML .tml file under a folder.")
    ap.add_argument("--folder", type=Path, default=DEFAULT_FOLDER,
                    help="folder searched recursively for .tml files (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="timed passes of our tagger after one warm-up pass; the median is "
                         "reported (default: %(default)s)")
    ap.add_argument("--dateparser-repeat", type=int, default=1,
                    help="timed passes of dateparser, median reported (default: %(default)s; "
                         "it is slow)")
    ap.add_argument("--sample", type=float, default=None, metavar="FRACTION",
                    help="run dateparser over only this fraction of the documents (a fixed "
                         "random sample), e.g. 0.25; chars/s stays comparable")
    ap.add_argument("--skip-dateparser", action="store_true", help="measure our tagger only")
    ap.add_argument("--only", choices=["ours", "dateparser"], help=argparse.SUPPRESS)
    ap.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.dateparser_repeat < 1:
        ap.error("--repeat and --dateparser-repeat must be at least 1")
    if args.sample is not None and not 0 < args.sample <= 1:
        ap.error("--sample must be a fraction in (0, 1]")

    if args.only:
        child(args)
        return
    if not args.folder.is_dir():
        ap.error(f"no such folder: {args.folder}")

    taggers = ["ours"] if args.skip_dateparser else ["ours", "dateparser"]
    rows = []
    for tagger in taggers:
        row = {"tagger": tagger, **measure(args, tagger)}
        row["base_rss_mb"] = measure(args, tagger, baseline=True)["peak_rss_mb"]
        if not row["docs"]:
            sys.exit(f"no .tml files with a <TEXT> element under {args.folder}")
        rows.append(row)
    report(rows)
    if len(rows) == 2:
        speed = [r["chars"] / r["seconds"] for r in rows]
        print(f"ours/dateparser speed ratio: {speed[0] / speed[1]:.1f}x")


if __name__ == "__main__":
    main()
