"""Speed and memory of the whole tool on collections of 1,000 to 100,000 articles.

Corpus: the real articles shipped or shared with the project, read as the tool reads them: the
<TEXT> of every TimeML .tml file under --folder (default ../shared/data/tempeval3, TimeBank and
AQUAINT, parsers.articles.read_timeml, dated by their DCT), the example story
(examples/belgorod/articles.csv) and the invented stories (tests/stories/*/articles.csv): 276
articles, 0.57 MB.  They are copied until there are enough.  Copy k of an article has the id
"<id>~k" and its publication day moved by a multiple of SHIFT_DAYS (0, +1, -1, +2, -2 ... times
400 days, as far as the written years allow, then the same again PASS_DAYS later), so that its
relative dates land in other date windows than every other copy's; the four-digit years its text
writes are moved by as many years as its publication day, so that "Aug. 7, 1998" follows the
copy too (a year that would leave 1800-2099, the years the tagger reads, is left as written).
Copies of one article still share all their other words: the duplicate finder groups them as
wire copies, as it would group the republications of one agency story.  Articles are made one
at a time as they are asked for (a generator): nothing holds the corpus but what consumes it.

For each size, in a fresh child process each (this script re-invoked with hidden flags), so that
each peak RSS is that stage's alone:

- tag: parsers.tag on every article (find_times + resolve_all, as `timeline tag` does), one
  article at a time: it holds one article;
- build: timeline.pipeline.build with --jobs processes (timeline.engine_local.Processes; 1: in
  this process), everything but rendering.  The build holds every article (texts included) and
  every event mention at once: grouping wire copies, dating undated articles and the merge look
  at the whole collection.  The build's own columns: prepare (making the articles, grouping
  copies, dating), per-article stages (timeline.pipeline.article_events over all articles),
  relations (timeline.anchor), merge;
- reference: dateparser.search.search_dates over the same texts (each against its publication
  day, preferring the past, as benchmarks/tag_speed.py calls it), on an evenly spaced sample of
  --reference-sample articles when the size is larger (it is slow); its full time is then
  extrapolated and marked "est.".

Peak RSS is the child's own (ru_maxrss).  With --jobs > 1 the workers' column is the largest
peak RSS of one worker: forked workers share pages with the main process, so the two are not
additive.  CPU s adds the child's and its workers' CPU time: on a busy machine wall time grows
with other load, CPU time much less.  After the tables: for each stage, time(largest)/time(smallest)
divided by the size ratio (1.00 is linear), and the build's peak RSS at both ends with, when the
run stops short of 100,000 articles, where the straight line through them puts 100,000.

    python benchmarks/scale.py                                  # 1,000 and 10,000 articles, 2 jobs
    python benchmarks/scale.py --sizes 1000 10000 100000 --jobs 2
    python benchmarks/scale.py --sizes 2000 --skip-reference --jobs 1
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = REPO_ROOT.parent / "shared" / "data" / "tempeval3"
CSV_STORIES = [REPO_ROOT / "examples" / "belgorod" / "articles.csv",
               *sorted((REPO_ROOT / "tests" / "stories").glob("*/articles.csv"))]
RESULT_MARK = "@@scale@@ "
SHIFT_DAYS = 400  # between copies: far beyond every window of days the pipeline compares within
PASS_DAYS = 137  # once the written years run out of range, the next pass of copies moves this far
YEARS = (1800, 2099)  # the years the tagger reads as years anywhere (parsers/lang/en.py: others only next to a month or a preposition)
# a written year, not part of a longer number ("2,000", "1.5") or a decade ("the 1990s")
_YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,]|s\b)")

try:
    import timeline  # noqa: F401  (only checks that the project is importable)
except ImportError:
    # Run as `python benchmarks/scale.py`, sys.path[0] is benchmarks/, not the repo root.
    sys.path.insert(0, str(REPO_ROOT))

from _report import peak_rss_mb, print_table  # noqa: E402  (benchmarks/, the script's folder)
from parsers.articles import read_articles, read_timeml  # noqa: E402
from timeline.model import Article  # noqa: E402
from timeline.settings import Settings  # noqa: E402


# -- corpus -----------------------------------------------------------------------------------

def base_articles(folder: Path) -> list[Article]:
    """The real articles: every .tml file under `folder`, the example and the story collections."""
    out = []
    for path in sorted(folder.rglob("*.tml")) if folder.is_dir() else ():
        text, published = read_timeml(path)
        if published is not None:
            out.append(Article(path.stem, text, published, source=str(path)))
    for csv in CSV_STORIES:
        for a in read_articles([csv]).articles:
            out.append(Article(f"{csv.parent.name}/{a.id}", a.text, a.published, title=a.title, url=a.url,
                               outlet=a.outlet, source=a.source, dateline=a.dateline))
    return out


def shift_steps(base: list[Article]) -> list[int]:
    """Multiples of SHIFT_DAYS for the copies of one pass: 0, +1, -1, +2, -2 ... as long as every
    article's publication year stays within YEARS, then further down."""
    years = [a.published.year for a in base]
    up = int((YEARS[1] - max(years)) * 365.25 // SHIFT_DAYS) - 1
    down = int((min(years) - YEARS[0]) * 365.25 // SHIFT_DAYS) - 1
    steps = [0]
    for n in range(1, max(up, down) + 1):
        steps += ([n] if n <= up else []) + ([-n] if n <= down else [])
    return steps


def copy_of(a: Article, k: int, steps: list[int]) -> Article:
    """Copy k of `a`: its own id, its days moved, its written years with them."""
    days = steps[k % len(steps)] * SHIFT_DAYS + (k // len(steps)) * PASS_DAYS
    if not k:
        return a
    published = a.published + dt.timedelta(days=days)
    years = published.year - a.published.year

    def moved(m: re.Match) -> str:
        year = int(m.group(1)) + years
        return str(year) if YEARS[0] <= year <= YEARS[1] else m.group(1)

    # four digits for four: offsets into the text (its date line) stay right
    text = _YEAR.sub(moved, a.text) if years else a.text
    return Article(f"{a.id}~{k}", text, published, title=a.title, url=a.url, outlet=a.outlet,
                   source=a.source, dateline=a.dateline)


def corpus(base: list[Article], size: int, every: int = 1) -> Iterator[Article]:
    """The first `size` articles of copies 0, 1, 2 ... of `base`, made as they are asked for;
    with `every`, only each `every`-th of them."""
    steps = shift_steps(base)
    for n in range(0, size, every):
        yield copy_of(base[n % len(base)], n // len(base), steps)


def text_mb(articles) -> float:
    return sum(len(a.text.encode("utf-8")) for a in articles) / 1e6


# -- measuring (child processes) --------------------------------------------------------------

class _Timed:
    """An engine around another that notes when the per-article stages and the merge run."""

    def __init__(self, inner):
        self.inner = inner
        self.marks: dict[str, float] = {}

    def map_articles(self, fn, articles, settings):
        self.marks["map"] = time.perf_counter()

        def timed():
            for result in self.inner.map_articles(fn, articles, settings):
                # the build stops asking after the last article: the last result marks the end
                self.marks["mapped"] = time.perf_counter()
                yield result
        return timed()

    def merge(self, mentions, settings, order, copy_of):
        self.marks["merge"] = time.perf_counter()
        self.marks["mentions"] = len(mentions)
        events = self.inner.merge(mentions, settings, order, copy_of)
        self.marks["merged"] = time.perf_counter()
        return events


def _cpu_seconds() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _children_peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_tag(base: list[Article], size: int, settings: Settings) -> dict:
    from parsers import tag

    mb = text_mb(corpus(base, size))
    start = time.perf_counter()
    for _ in corpus(base, size):
        pass
    making = time.perf_counter() - start
    found = 0
    cpu, start = _cpu_seconds(), time.perf_counter()
    for a in corpus(base, size):
        found += len(tag(a.text, a.published, settings, a.id))
    return {"seconds": time.perf_counter() - start, "cpu": _cpu_seconds() - cpu, "mb": mb,
            "expressions": found, "making": making}


def run_build(base: list[Article], size: int, settings: Settings, jobs: int) -> dict:
    from timeline.engine_local import Processes
    from timeline.pipeline import build

    mb = text_mb(corpus(base, size))
    engine = _Timed(Processes(jobs))
    cpu, start = _cpu_seconds(), time.perf_counter()
    try:
        chron = build(corpus(base, size), settings, engine=engine)
        end = time.perf_counter()
    finally:
        engine.inner.close()  # the workers end: their CPU time and peak RSS are counted
    m = engine.marks
    return {"seconds": end - start, "cpu": _cpu_seconds() - cpu, "mb": mb, "events": len(chron.events),
            "mentions": m["mentions"], "prepare": m["map"] - start, "per_article": m["mapped"] - m["map"],
            "relations": m["merge"] - m["mapped"], "merge": m["merged"] - m["merge"],
            "workers_peak_mb": _children_peak_mb() if jobs > 1 else None,
            "copies": sum(1 for a in chron.articles if a.duplicate_of)}


def run_reference(base: list[Article], size: int, sample: int) -> dict:
    from dateparser.search import search_dates

    every = max(1, size // sample) if sample else 1
    articles = list(corpus(base, size, every))[:sample or None]
    found = 0
    cpu, start = _cpu_seconds(), time.perf_counter()
    for a in articles:
        base_day = dt.datetime(a.published.year, a.published.month, a.published.day)
        found += len(search_dates(a.text, languages=["en"], settings={
            "RELATIVE_BASE": base_day, "PREFER_DATES_FROM": "past"}) or [])
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": _cpu_seconds() - cpu, "mb": text_mb(articles), "measured": len(articles),
            "expressions": found}


def child(args: argparse.Namespace) -> None:
    settings = Settings(quiet=True)
    base = base_articles(args.folder)
    if args.stage == "tag":
        result = run_tag(base, args.only, settings)
    elif args.stage == "build":
        result = run_build(base, args.only, settings, args.jobs)
    else:
        result = run_reference(base, args.only, args.reference_sample)
    result.update(stage=args.stage, articles=args.only, base=len(base), peak_rss_mb=peak_rss_mb())
    print(RESULT_MARK + json.dumps(result), flush=True)


def measure(args: argparse.Namespace, size: int, stage: str) -> dict:
    """This script as a child process measuring one stage at one size; what it reported."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--only", str(size), "--stage", stage,
           "--folder", str(args.folder), "--jobs", str(args.jobs),
           "--reference-sample", str(args.reference_sample)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return {"stage": stage, "articles": size, "failed": f"over the time limit of {args.timeout:g} s"}
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return {"stage": stage, "articles": size, "failed": f"exit {proc.returncode}: {last}"}


# -- report -----------------------------------------------------------------------------------

def _stage_name(r: dict, jobs: int) -> str:
    if r["stage"] == "build":
        return f"build, {jobs} job{'s' if jobs > 1 else ''}"
    if r["stage"] == "reference" and r.get("measured", r["articles"]) < r["articles"]:
        return f"dateparser ({r['measured']:,} sampled)"
    return "tag" if r["stage"] == "tag" else "dateparser"


def report(rows: list[dict], jobs: int) -> None:
    header = ["articles", "stage", "MB", "seconds", "articles/s", "MB/s", "CPU s", "peak RSS MB",
              "worker RSS MB"]
    cells = []
    for r in rows:
        if "failed" in r:
            cells.append([f"{r['articles']:,}", r["stage"], "", r["failed"], "", "", "", "", ""])
            continue
        n = r.get("measured", r["articles"])
        rate, mb_rate = n / r["seconds"], r["mb"] / r["seconds"]
        seconds = f"{r['seconds']:.1f}"
        if n < r["articles"]:  # a sample: the whole size extrapolated
            seconds = f"{r['articles'] / rate:,.0f} est."
        worker = r.get("workers_peak_mb")
        cells.append([f"{r['articles']:,}", _stage_name(r, jobs), f"{r['mb'] * r['articles'] / n:.1f}", seconds,
                      f"{rate:,.0f}", f"{mb_rate:.3f}", f"{r['cpu']:.1f}", f"{r['peak_rss_mb']:,.0f}",
                      f"{worker:,.0f}" if worker else ""])
    print_table(header, cells, left=2)
    builds = [r for r in rows if r["stage"] == "build" and "failed" not in r]
    if builds:
        print()
        print("build:")
        header = ["articles", "prepare s", "per-article s", "relations s", "merge s", "mentions", "events",
                  "copies grouped"]
        print_table(header, [[f"{r['articles']:,}", f"{r['prepare']:.1f}", f"{r['per_article']:.1f}",
                              f"{r['relations']:.1f}", f"{r['merge']:.1f}", f"{r['mentions']:,}",
                              f"{r['events']:,}", f"{r['copies']:,}"] for r in builds])


def growth(rows: list[dict], stage: str) -> str | None:
    done = sorted((r for r in rows if r["stage"] == stage and "failed" not in r), key=lambda r: r["articles"])
    if len(done) < 2:
        return None
    first, last = done[0], done[-1]
    ratio = last["articles"] / first["articles"]

    def whole(r: dict, key: str) -> float:  # a sample's figure extrapolated to its size
        return r[key] * r["articles"] / r.get("measured", r["articles"])
    value = (whole(last, "seconds") / whole(first, "seconds")) / ratio
    cpu = (whole(last, "cpu") / whole(first, "cpu")) / ratio
    name = "dateparser" if stage == "reference" else stage
    return (f"growth of {name}: time({last['articles']:,})/time({first['articles']:,})/{ratio:g} = {value:.2f}"
            f" (CPU time: {cpu:.2f}; 1.00 is linear)")


def memory_growth(rows: list[dict], stage: str, target: int = 100_000) -> str | None:
    """How the stage's peak RSS grows from the smallest size to the largest and, when the largest
    is below `target`, where the straight line through those two puts `target` articles: an
    estimate, to be checked by a run at that size."""
    done = sorted((r for r in rows if r["stage"] == stage and "failed" not in r), key=lambda r: r["articles"])
    if len(done) < 2:
        return None
    first, last = done[0], done[-1]
    ratio = last["articles"] / first["articles"]
    line = (f"peak RSS of {stage}: {first['peak_rss_mb']:,.0f} MB at {first['articles']:,}, "
            f"{last['peak_rss_mb']:,.0f} MB at {last['articles']:,} "
            f"(x{last['peak_rss_mb'] / first['peak_rss_mb']:.2f} for x{ratio:g} the articles)")
    if last["articles"] < target:
        per_article = (last["peak_rss_mb"] - first["peak_rss_mb"]) / (last["articles"] - first["articles"])
        line += (f"\n  on the same straight line, {per_article * 1000:.1f} MB per 1,000 articles more: "
                 f"{last['peak_rss_mb'] + per_article * (target - last['articles']):,.0f} MB at {target:,} (estimated)")
    return line


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description="Seconds, throughput and peak memory of tagging and of the whole build on collections "
                    "of real articles copied onto other dates, with dateparser's search_dates as reference.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000],
                    help="numbers of articles, one run each (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=2,
                    help="processes for the per-article stages of the build (default: %(default)s)")
    ap.add_argument("--folder", type=Path, default=DEFAULT_FOLDER,
                    help="folder searched recursively for .tml files (default: %(default)s)")
    ap.add_argument("--reference-sample", type=int, default=200, metavar="N",
                    help="dateparser runs over at most N articles, evenly spaced, its time for the whole "
                         "size extrapolated; 0: all (default: %(default)s)")
    ap.add_argument("--skip-reference", action="store_true", help="leave dateparser out")
    ap.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                    help="stop a stage that runs longer and report it (default: no limit)")
    ap.add_argument("--only", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--stage", choices=["tag", "build", "reference"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.jobs < 1 or min(args.sizes) < 1 or args.reference_sample < 0:
        ap.error("--jobs and --sizes must be at least 1, --reference-sample at least 0")

    if args.only:
        child(args)
        return
    stages = ["tag", "build"] + ([] if args.skip_reference else ["reference"])
    rows = []
    for size in sorted(args.sizes):
        for stage in stages:
            rows.append(measure(args, size, stage))
            print(f"  measured {stage} at {size:,} articles", file=sys.stderr, flush=True)
    done = next((r for r in rows if "failed" not in r), None)
    if done is not None:
        print(f"{done['base']} real articles copied onto other dates; {sys.platform}, "
              f"{_cpus()} CPUs, Python {sys.version.split()[0]}")
    report(rows, args.jobs)
    print()
    for stage in stages:
        line = growth(rows, stage)
        if line:
            print(line)
    line = memory_growth(rows, "build")
    if line:
        print(line)
    tags = [r for r in rows if r["stage"] == "tag" and "failed" not in r]
    if tags:
        print(f"making the articles (included above): {tags[-1]['making']:.1f} s for {tags[-1]['articles']:,}")
    print("held in memory: tag and dateparser one article at a time; build every article and every "
          "event mention (grouping copies, dating and the merge need the whole collection)")


def _cpus() -> int:
    import os
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()
