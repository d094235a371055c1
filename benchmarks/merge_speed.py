"""Speed and memory of the merge stage (timeline.merge.merge) for growing numbers of mentions.

Mentions: the real event mentions of the shipped texts, found by the pipeline's own stages
(find_times, resolve_all, split_sentences, attributions, extract_events, anchor_relations, as in
timeline.pipeline.build) on the example articles (examples/belgorod/articles.csv) and on every
TimeML .tml file under --folder (default ../shared/data/tempeval3, read with its DCT).  They are
copied until there are enough: copy k has article ids "<id>#k" and every date moved k*100
calendar years (start, end and value alike: "1998-W32" -> "2098-W32", decade "199" -> "209"), so
each copy keeps the real number of mentions per date and never shares a date with another copy.

Each size is merged in its own child process (this script re-invoked with a hidden --only
flag), so that the peak RSS it reports belongs to that size alone.

    python benchmarks/merge_speed.py                      # 1,000, 10,000 and 100,000 mentions
    python benchmarks/merge_speed.py --sizes 1000 20000
    python benchmarks/merge_speed.py --profile 100000     # cProfile one merge, print hot spots
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = REPO_ROOT.parent / "shared" / "data" / "tempeval3"
EXAMPLE = REPO_ROOT / "examples" / "belgorod" / "articles.csv"
RESULT_MARK = "@@merge_speed@@ "
YEARS_PER_COPY = 100  # more than the span of the shipped day-precise dates (1946-2024)

try:
    import timeline  # noqa: F401  (only checks that the project is importable)
except ImportError:
    # Run as `python benchmarks/merge_speed.py`, sys.path[0] is benchmarks/, not the repo root.
    sys.path.insert(0, str(REPO_ROOT))

from _report import peak_rss_mb, print_table  # noqa: E402  (benchmarks/, the script's folder)
from parsers.articles import read_articles  # noqa: E402
from parsers.attribution import attributions  # noqa: E402
from parsers.events import extract_events  # noqa: E402
from parsers.resolve import resolve_all  # noqa: E402
from parsers.sentences import split_sentences  # noqa: E402
from parsers.timexes import find_times  # noqa: E402
from timeline.anchor import anchor_relations  # noqa: E402
from timeline.merge import merge  # noqa: E402
from timeline.model import EventMention, Precision, ResolvedDate  # noqa: E402
from timeline.settings import Settings  # noqa: E402


# -- mentions ---------------------------------------------------------------------------------

def mentions_of(articles, settings: Settings) -> list[EventMention]:
    """The event mentions `timeline.pipeline.build` would merge for `articles`."""
    mentions, pending = [], []
    for article in articles:
        timexes = resolve_all(find_times(article.text, article.id, settings.language),
                              article.published, settings)
        sentences = split_sentences(article.text, article.id, settings.language)
        said = attributions([s.text for s in sentences], settings.language)
        found = extract_events(article, sentences, timexes, settings, said)
        mentions.extend(found.mentions)
        pending.extend(found.pending)
    mentions.extend(anchor_relations(tuple(mentions), tuple(pending),
                                     {a.id: a.published for a in articles}, settings))
    return mentions


def base_mentions(folder: Path, settings: Settings) -> tuple[list[EventMention], int]:
    """The real mentions of the example story and of the .tml files, and the articles read."""
    example = read_articles([EXAMPLE]).articles
    tml = read_articles(sorted(folder.rglob("*.tml"))).articles if folder.is_dir() else ()
    # each source is one collection, as a user would build it
    mentions = mentions_of(example, settings)
    mentions += mentions_of(tml, settings)
    return mentions, len(example) + len(tml)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def shifted(date: ResolvedDate, years: int) -> ResolvedDate:
    """`date` moved `years` calendar years, its TIMEX3 value to match."""
    if not years or date.start is None:
        return date
    v = date.value
    if date.precision is Precision.CENTURY:
        value = f"{int(v[:2]) + years // 100:02d}{v[2:]}"
    elif date.precision is Precision.DECADE:
        value = f"{int(v[:3]) + years // 10:03d}{v[3:]}"
    else:  # "2023-12-30", "2023-12-29TEV", "1998-08-07T10:35", "2022-02", "1998-FA", "2023-W52"
        value = f"{int(v[:4]) + years:04d}{v[4:]}"
    start, end = _add_years(date.start, years), _add_years(date.end or date.start, years)
    if date.precision is Precision.WEEK and v[4:6] == "-W":
        # weeks move to the same ISO week number, keeping where in the week the period starts
        try:
            monday = dt.date.fromisocalendar(int(value[:4]), int(v[6:8]), 1)
            start = monday + dt.timedelta(days=date.start.weekday())
            end = start + ((date.end or date.start) - date.start)
        except ValueError:  # week 53 in a year with 52
            pass
    return dataclasses.replace(date, value=value, start=start, end=end)


def replicated(base: list[EventMention], size: int) -> list[EventMention]:
    """The first `size` mentions of copies 0, 1, 2 ... of `base` (copy 0 is `base` itself)."""
    out: list[EventMention] = []
    k = 0
    while len(out) < size:
        years = k * YEARS_PER_COPY
        for m in base:
            if k == 0:
                out.append(m)
                continue
            aid = f"{m.article_id}#{k}"
            out.append(dataclasses.replace(m, article_id=aid, date=shifted(m.date, years),
                                           sentence=dataclasses.replace(m.sentence, article_id=aid)))
        k += 1
    return out[:size]


def article_order(mentions: list[EventMention]) -> dict[str, int]:
    order: dict[str, int] = {}
    for m in mentions:
        order.setdefault(m.article_id, len(order))
    return order


# -- measuring --------------------------------------------------------------------------------

def child(args: argparse.Namespace) -> None:
    """Body of a child process: merge `args.only` mentions once, print the result."""
    settings = Settings(quiet=True)
    base, n_articles = base_mentions(args.folder, settings)
    mentions = tuple(replicated(base, args.only))
    order = article_order(list(mentions))
    before = peak_rss_mb()
    start = time.perf_counter()
    events = merge(mentions, settings, order)
    seconds = time.perf_counter() - start
    print(RESULT_MARK + json.dumps({
        "mentions": len(mentions), "base": len(base), "articles": n_articles, "seconds": seconds,
        "events": len(events), "peak_rss_mb": peak_rss_mb(), "base_rss_mb": before}), flush=True)


def measure(args: argparse.Namespace, size: int) -> dict:
    """Run this script as a child process merging `size` mentions; return what it reported."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--only", str(size),
           "--folder", str(args.folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    sys.exit(f"child process for {size} mentions failed (exit {proc.returncode}):\n{proc.stderr}")


def profile(args: argparse.Namespace, size: int, top: int = 25) -> None:
    """Merge `size` mentions under cProfile and print the functions that take the most time."""
    settings = Settings(quiet=True)
    base, _ = base_mentions(args.folder, settings)
    mentions = tuple(replicated(base, size))
    order = article_order(list(mentions))
    prof = cProfile.Profile()
    prof.enable()
    merge(mentions, settings, order)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout).strip_dirs()
    print(f"cProfile of merge over {len(mentions):,} mentions, by own time:")
    stats.sort_stats("tottime").print_stats(top)
    print("by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)


# -- report -----------------------------------------------------------------------------------

def report(rows: list[dict]) -> None:
    header = ["mentions", "seconds", "mentions/s", "events", "peak RSS MB", "RSS before merge MB"]
    cells = [[f"{r['mentions']:,}", f"{r['seconds']:.2f}", f"{r['mentions'] / r['seconds']:,.0f}",
              f"{r['events']:,}", f"{r['peak_rss_mb']:,.1f}", f"{r['base_rss_mb']:,.1f}"] for r in rows]
    print_table(header, cells)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description="Seconds and peak memory of the merge stage (timeline.merge.merge) for "
                    "growing numbers of real event mentions, copied onto distinct dates.")
    ap.add_argument("--folder", type=Path, default=DEFAULT_FOLDER,
                    help="folder searched recursively for .tml files (default: %(default)s)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000],
                    help="numbers of mentions to merge, one run each (default: %(default)s)")
    ap.add_argument("--profile", type=int, metavar="SIZE",
                    help="instead: merge SIZE mentions under cProfile and print the hot spots")
    ap.add_argument("--only", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.only:
        child(args)
        return
    if args.profile:
        profile(args, args.profile)
        return
    rows = [measure(args, size) for size in sorted(args.sizes)]
    print(f"{rows[0]['base']:,} real mentions from {rows[0]['articles']} articles, copied "
          f"onto dates {YEARS_PER_COPY} years apart")
    report(rows)
    first, last = rows[0], rows[-1]
    if last["mentions"] > first["mentions"]:
        growth = (last["seconds"] / first["seconds"]) / (last["mentions"] / first["mentions"])
        print(f"growth: time({last['mentions']:,})/time({first['mentions']:,})"
              f"/{last['mentions'] / first['mentions']:g} = {growth:.2f} (1.00 is linear)")


if __name__ == "__main__":
    main()
