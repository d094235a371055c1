"""Score a chronology (the JSON document) against a gold chronology of the same format as
`belgorod/gold/chronology.json`.

A produced event matches a gold event through a mention whose article is one of the gold
event's and whose sentence contains one of its evidence phrases.
  found       gold events with a matching event whose date the gold accepts
  dated       share of evidence-bearing mentions whose event's date is accepted
  complete    mean share of a gold event's articles cited by its best accepted event
  fragments   mean number of accepted-date events a found gold event is split into
  overmerged  events whose single-evidence mentions report gold events kept apart
  ordered     events sorted by their date values
"""
from __future__ import annotations

import re


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _accepted(date: str, accepts: list[str]) -> bool:
    return any(date == a or date.startswith(a + "T") for a in accepts)


def score(produced: dict, gold: dict) -> dict:
    events = produced["events"]
    found, complete, fragments, carried = 0, [], [], {}
    for g in gold["events"]:
        phrases = {a: [_norm(p) for p in ps] for a, ps in g["evidence"].items()}
        hits = []
        for i, e in enumerate(events):
            for k, m in enumerate(e["mentions"]):
                if m["article"] in phrases and any(p in _norm(m["text"]) for p in phrases[m["article"]]):
                    hits.append((i, m["article"]))
                    carried.setdefault((i, k), []).append(g)
        good = {i for i, _ in hits if _accepted(events[i]["date"], g["accept"])}
        if good:
            found += 1
            fragments.append(len(good))
            complete.append(max(len({a for j, a in hits if j == i}) for i in good) / len(phrases))
        else:
            complete.append(0.0)
    joinable = {(a["id"], b) for a in gold["events"] for b in a.get("may_join", [])}
    joinable |= {(b, a) for a, b in joinable}
    singles: dict[int, set] = {}
    for (i, _), gs in carried.items():
        if len(gs) == 1:
            singles.setdefault(i, set()).add(gs[0]["id"])
    dates = [e["date"] for e in events]
    return {
        "found": found, "gold": len(gold["events"]),
        "dated": sum(any(_accepted(events[i]["date"], g["accept"]) for g in gs) for (i, _), gs in carried.items())
        / max(len(carried), 1),
        "complete": sum(complete) / len(complete),
        "fragments": sum(fragments) / max(len(fragments), 1),
        "overmerged": sum(any(a != b and (a, b) not in joinable for a in ids for b in ids) for ids in singles.values()),
        "ordered": dates == sorted(dates),
    }
