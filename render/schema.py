"""The published formats: the JSON Schema of the JSON document, and the CSV's columns.

Both carry the version of render/json_doc.py's SCHEMA ("news-timeline/3"); docs/schema.md says
what they hold, which changes bump the version and what changed in each.  The schema files ship in
the package (render/schemas/, the previous version's beside this one's), so a consumer can check a
document without this repository:

    from render.schema import json_schema, validate
    validate(json.load(open("events.json")))   # SchemaError naming the first bad path
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

VERSION = "news-timeline/3"
SCHEMA_FILE = "news-timeline-3.schema.json"

# The CSV in the order it is written (`timeline build --csv`); kept apart from render/csv_table.py
# on purpose: tests/test_schema.py checks what is written against what is documented here.
CSV_SCHEMA: dict = {
    "version": VERSION,
    "columns": {
        "date": "the event's date as a TIMEX3 value at its precision: 2023-12-30, 2023-12-29TEV, "
                "2023-W52, 2022-02, 2021",
        "precision": "century, decade, year, quarter, month, week, day, part_of_day or time; "
                     "empty when the date is off the calendar",
        "title": "a short title",
        "sources": "the ids of the articles cited, by publication day, then id, joined by ';'",
        "figures": "one line per kind of figure: 'killed: at least 21 [article id], 24 [article id]'",
        "disputed": "the kinds of figure the sources give different numbers for, joined by ';'",
        "attribution": "who says so: 'who [article id]', joined by '; '",
        "citations": "one line per mention: '[article id] \"sentence\"', the sentence on one line",
        "summary": "the best report in full, and what the other sources add",
        "id": "the event's id, as in the JSON document",
        "start": "the first day the date covers, YYYY-MM-DD; empty when off the calendar",
        "end": "the last day the date covers, YYYY-MM-DD; empty when off the calendar",
        "n_sources": "the number of articles cited (an integer)",
        "importance": "ranks events (independent sources, reports, centrality); higher first",
        # added in news-timeline/3, after the columns of 2 so that readers by position keep working
        "inferred_dates": "the sources whose publication day was inferred (date_method mentions, collection or "
                          "option): 'article id: method confidence', joined by '; '",
        "independent_sources": "the number of independent sources: the articles cited, a group of wire copies "
                               "counted once (an integer)",
    },
}


class SchemaError(ValueError):
    """A document that does not follow the schema; `path` names the first bad place ("$.events[0].date")."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("render.schemas").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of the JSON document; a fresh dict each call, free to change."""
    return json.loads(_schema_text())


@lru_cache(maxsize=1)
def _validator():
    # imported here: reading the schema needs no validator library, only checking a document does
    from jsonschema import Draft202012Validator

    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    # the format checker rejects impossible days (2023-02-30) that the date pattern lets through
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate(doc: dict) -> None:
    """Raise SchemaError naming the path of the first problem if `doc` is not a news-timeline/3 document."""
    from jsonschema.exceptions import best_match

    # jsonschema reports in the schema's order, which lists every object's keys in document order:
    # the first error is the first problem a reader meets (best_match only descends into alternatives)
    first = next(_validator().iter_errors(doc), None)
    if first is None:
        return
    error = best_match([first])
    path = list(error.absolute_path)
    message = error.message
    # name the key itself, not the object holding it: "$.events: required key is missing"
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        if missing:
            path.append(missing[0])
            message = "required key is missing"
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        if extra:
            path.append(extra[0])
            message = f"key not allowed here (allowed: {', '.join(allowed)})"
    elif error.validator in ("pattern", "format") and "title" in error.schema:
        message = f"{error.instance!r} is not {error.schema['title']}"  # say what is expected, not the regex
    raise SchemaError(_json_path(path), message) from first


def _json_path(path: list) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
