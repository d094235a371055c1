#!/usr/bin/env python3
"""Validate the invented test stories under tests/stories/.

For every story folder (one holding articles.csv) this checks:
  * articles.csv has the header id,file,published,credit, valid ISO dates,
    unique ids, and every listed file exists;
  * gold/chronology.json is well formed: unique event ids, each date in its
    accept list, events sorted by date, may_join ids exist;
  * every evidence phrase occurs verbatim in its article (after turning curly
    quotes into straight ones and whitespace runs into one space,
    case-insensitively) and does not cross a sentence boundary;
  * every article id named in evidence or figures is listed in articles.csv.

Standard library only. Exit status 0 when everything passes.
Usage: python3 check_gold.py [story_dir ...]
"""
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ["id", "file", "published", "credit"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T(MO|AF|EV|NI))?)?)?$|^\d{4}-W\d{2}$")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
          "\u00a0": " "}


def norm_case(text):
    """Curly quotes to straight ones, whitespace runs to one space (case kept)."""
    for k, v in QUOTES.items():
        text = text.replace(k, v)
    return re.sub(r"\s+", " ", text).strip()


def norm(text):
    return norm_case(text).lower()


def valid_date(value):
    if not DATE_RE.match(value):
        return False
    if "W" in value:
        year, week = value.split("-W")
        return 1 <= int(week) <= 53
    parts = value.split("T")[0].split("-")
    try:
        if len(parts) == 3:
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            dt.date(int(parts[0]), int(parts[1]), 1)
    except ValueError:
        return False
    return True


# Sentence ends: . ! ? (optionally followed by closing quotes/brackets) then
# whitespace and an upper-case letter or opening quote, or a line break.
# Common abbreviations (Sept. 6, a.m., Dr.) are not treated as ends.
ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                    r"St|Mr|Mrs|Ms|Dr|No|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Inc|Ltd|Co|Corp|"
                    r"U\.S|U\.N|U\.K|p\.m|a\.m|[A-Z])\.$")


def sentence_ends(text):
    """Character offsets where a sentence ends in the normalised text."""
    ends = []
    for m in re.finditer(r"[.!?][\"')\]]*\s+(?=[\"'(]?[A-Z0-9])", text):
        before = text[: m.start() + 1]
        if ABBREV.search(before):
            continue
        ends.append(m.end())
    return ends


def check_story(story):
    errors = []
    csv_path = story / "articles.csv"
    gold_path = story / "gold" / "chronology.json"
    if not csv_path.is_file():
        return [f"{story.name}: articles.csv missing"]
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != HEADER:
        errors.append(f"{story.name}: articles.csv header is {rows[0] if rows else None}, expected {HEADER}")
        return errors
    articles = {}
    for row in rows[1:]:
        if not row:
            continue
        if len(row) != 4:
            errors.append(f"{story.name}: bad csv row {row}")
            continue
        aid, file, published, credit = row
        if aid in articles:
            errors.append(f"{story.name}: duplicate article id {aid}")
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            errors.append(f"{story.name}: {aid}: bad published date {published!r}")
        path = story / file
        if not path.is_file():
            errors.append(f"{story.name}: {aid}: file {file} missing")
            continue
        raw = path.read_text(encoding="utf-8")
        # Sentences never span paragraphs: mark paragraph breaks with a
        # pilcrow before normalising, so no phrase can match across them.
        raw = re.sub(r"\n\s*\n", " \u00b6 ", raw)
        cased = norm_case(raw)
        articles[aid] = (cased.lower(), sentence_ends(cased))
    if not gold_path.is_file():
        errors.append(f"{story.name}: gold/chronology.json missing")
        return errors
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    events = gold.get("events")
    if not isinstance(events, list) or not events:
        return errors + [f"{story.name}: no events in gold"]
    ids = [e.get("id") for e in events]
    seen = set()
    for i in ids:
        if i in seen:
            errors.append(f"{story.name}: duplicate event id {i}")
        seen.add(i)
    prev = None
    for ev in events:
        eid = ev.get("id")
        for key in ("id", "date", "accept", "what", "evidence"):
            if key not in ev:
                errors.append(f"{story.name}: {eid}: missing key {key}")
        date = ev.get("date", "")
        if not valid_date(date):
            errors.append(f"{story.name}: {eid}: bad date {date!r}")
        accept = ev.get("accept", [])
        if date not in accept:
            errors.append(f"{story.name}: {eid}: date {date} not in accept {accept}")
        for a in accept:
            if not valid_date(a):
                errors.append(f"{story.name}: {eid}: bad accept value {a!r}")
        if prev is not None and date < prev:
            errors.append(f"{story.name}: {eid}: date {date} sorts before previous {prev}")
        prev = date
        for j in ev.get("may_join", []):
            if j not in seen and j not in ids:
                errors.append(f"{story.name}: {eid}: may_join {j} unknown")
            if j == eid:
                errors.append(f"{story.name}: {eid}: may_join names itself")
        for aid, phrases in ev.get("evidence", {}).items():
            if aid not in articles:
                errors.append(f"{story.name}: {eid}: evidence article {aid} not in csv")
                continue
            text, ends = articles[aid]
            for ph in phrases:
                p = norm(ph)
                n = len(p.split())
                if not 5 <= n <= 15:
                    errors.append(f"{story.name}: {eid}: {aid}: phrase has {n} words: {ph!r}")
                pos = text.find(p)
                if pos < 0:
                    errors.append(f"{story.name}: {eid}: {aid}: phrase not found: {ph!r}")
                    continue
                # every occurrence must lie within one sentence
                while pos >= 0:
                    end = pos + len(p)
                    if any(pos < e < end for e in ends):
                        errors.append(f"{story.name}: {eid}: {aid}: phrase crosses a sentence boundary: {ph!r}")
                        break
                    pos = text.find(p, pos + 1)
        for kind, per_article in ev.get("figures", {}).items():
            for aid, value in per_article.items():
                if aid not in articles:
                    errors.append(f"{story.name}: {eid}: figures.{kind} article {aid} not in csv")
                elif norm(value) not in articles[aid][0]:
                    errors.append(f"{story.name}: {eid}: figures.{kind}: {aid}: {value!r} not in article")
    return errors


def main(argv):
    stories = [Path(a) for a in argv] if argv else sorted(p.parent for p in HERE.glob("*/articles.csv"))
    if not stories:
        print("no stories found")
        return 1
    all_errors = []
    for story in stories:
        errs = check_story(story)
        gold = story / "gold" / "chronology.json"
        n = len(json.loads(gold.read_text())["events"]) if gold.is_file() and not errs else "?"
        print(f"{story.name}: {'OK' if not errs else 'FAILED'} ({n} events)")
        all_errors.extend(errs)
    for e in all_errors:
        print("  " + e)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
