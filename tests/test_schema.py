"""The published formats: every JSON document the tool writes follows the shipped JSON Schema, broken
documents are refused with the path of the problem, and the CSV and docs/schema.md say what is written."""
import copy
import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from parsers import tag
from render import to_json_dict
from render.json_doc import SCHEMA
from render.schema import CSV_SCHEMA, SchemaError, json_schema, validate
from timeline.cli import main
from timeline.model import DATE_METHODS, DatedBy, Precision
from timeline.pipeline import build_from_paths
from timeline.rank import summarized, summary_only
from timeline.settings import Settings

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "belgorod" / "articles.csv"
STORIES = sorted(p.parent.name for p in (ROOT / "tests" / "stories").glob("*/articles.csv"))
DOC = ROOT / "docs" / "schema.md"


@pytest.fixture(scope="module")
def example():
    return build_from_paths([EXAMPLE], Settings(quiet=True))


@pytest.fixture(scope="module")
def cli_files(tmp_path_factory):
    """What `timeline build` writes, without and with --top 3."""
    out = tmp_path_factory.mktemp("schema")
    for name, extra in (("all", []), ("top3", ["--top", "3"])):
        result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-q", "-o", str(out / f"{name}.html"),
                                           "--csv", str(out / f"{name}.csv"), "--json", str(out / f"{name}.json"),
                                           *extra])
        assert result.exit_code == 0, result.output
    return out


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def problem(doc):
    with pytest.raises(SchemaError) as caught:
        validate(doc)
    return caught.value


# --- the schema itself ------------------------------------------------------------------------

def test_the_schema_is_a_valid_draft_2020_12_schema_for_this_version():
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/news-timeline-3.schema.json") and schema["title"] and schema["description"]
    assert schema["properties"]["schema"]["const"] == SCHEMA == CSV_SCHEMA["version"]


def test_json_schema_returns_a_fresh_copy():
    json_schema()["properties"].clear()
    assert "events" in json_schema()["properties"]


def test_the_enums_are_the_python_enums():
    defs = json_schema()["$defs"]
    # precision is null for values off the calendar, as json_doc writes it
    assert defs["precision"]["enum"] == [p.value for p in Precision] + [None]
    assert defs["dated_by"]["enum"] == [d.value for d in DatedBy]
    # null: no date found, or an article built in memory without saying how
    assert defs["date_method"]["enum"] == list(DATE_METHODS) + [None]
    assert defs["input"]["properties"]["status"]["enum"] == ["used", "skipped", "failed"]


def test_every_calendar_value_the_resolver_gives_is_a_valid_event_date():
    pattern = re.compile(json_schema()["$defs"]["calendar_value"]["pattern"])
    text = ("In the summer of 2023, in the third quarter of 2023, in the first half of 2022, in the 1990s, in "
            "the 20th century, over the weekend, on Friday morning, at 3 p.m. Friday, at midnight on Dec. 30, "
            "last week, in February 2022, in 2021, two years ago, on Christmas, recently, every Friday.")
    timexes = [t for t in tag(text, "2023-12-31") if t.date is not None and t.date.is_calendar]
    assert {t.date.precision for t in timexes} == set(Precision)  # every precision is exercised
    for t in timexes:
        assert pattern.match(t.value), (t.text, t.value)
    for wrong in ("30/12/2023", "2023-13", "2023-12-32", "2023-W54", "2023-Q5", "2023-12-30T25:00", "PAST_REF", "P2Y"):
        assert not pattern.match(wrong), wrong


# --- what the tool writes validates -----------------------------------------------------------

def test_the_example_as_written_by_the_cli_validates(cli_files):
    doc = load(cli_files / "all.json")
    validate(doc)
    assert doc["events"] and doc["summary"] == []


def test_the_example_with_top_3_as_written_by_the_cli_validates(cli_files):
    doc = load(cli_files / "top3.json")
    validate(doc)
    assert len(doc["summary"]) == 3 and [e["id"] for e in doc["events"]] == doc["summary"]


def test_the_summarized_chronology_validates_with_and_without_the_other_events(example):
    chron = summarized(example, 3)
    for doc in (to_json_dict(chron), to_json_dict(summary_only(chron))):
        validate(doc)
        assert len(doc["summary"]) == 3


@pytest.mark.parametrize("story", STORIES)
def test_each_story_validates(story):
    doc = to_json_dict(build_from_paths([ROOT / "tests" / "stories" / story / "articles.csv"], Settings(quiet=True)))
    validate(doc)
    assert doc["events"]


def test_the_sample_chronology_validates(sample_chronology):
    validate(to_json_dict(sample_chronology))


def test_an_article_without_a_date_and_an_event_off_the_calendar_validate(sample_chronology):
    doc = to_json_dict(sample_chronology)
    doc["articles"][2].update(published=None, published_at=None, date_method=None, date_confidence=None)
    # a duration has no precision and covers no days: documented as null
    doc["events"][0].update(date="P2Y", precision=None, start=None, end=None)
    validate(doc)


def test_the_sample_chronology_keeps_its_hostile_text_and_still_validates(sample_chronology):
    doc = to_json_dict(sample_chronology)
    assert "<script>" in doc["events"][2]["mentions"][0]["text"]
    validate(doc)


def test_json_that_went_through_a_file_validates(sample_chronology, tmp_path):
    from render import write_json
    write_json(sample_chronology, tmp_path / "t.json")
    validate(load(tmp_path / "t.json"))


# --- broken documents are refused with the path of the problem --------------------------------

@pytest.fixture
def doc(sample_chronology):
    return to_json_dict(sample_chronology)


def test_a_missing_events_key_is_named(doc):
    del doc["events"]
    err = problem(doc)
    assert err.path == "$.events" and "missing" in str(err)


def test_a_precision_outside_the_enum_is_named(doc):
    doc["events"][1]["precision"] = "fortnight"
    err = problem(doc)
    assert err.path == "$.events[1].precision" and "'fortnight'" in str(err)


def test_a_dated_by_outside_the_enum_is_named(doc):
    doc["events"][1]["mentions"][2]["dated_by"] = "guessed"
    err = problem(doc)
    assert err.path == "$.events[1].mentions[2].dated_by" and "'guessed'" in str(err)


@pytest.mark.parametrize("where, path", [
    (lambda d: d, "$.colour"),
    (lambda d: d["articles"][0], "$.articles[0].colour"),
    (lambda d: d["events"][1], "$.events[1].colour"),
    (lambda d: d["events"][1]["mentions"][0], "$.events[1].mentions[0].colour"),
    (lambda d: d["events"][1]["figures"]["killed"][1], "$.events[1].figures.killed[1].colour"),
    (lambda d: d["inputs"][2], "$.inputs[2].colour"),
])
def test_an_extra_key_is_named(doc, where, path):
    where(doc)["colour"] = "red"
    err = problem(doc)
    assert err.path == path and "not allowed" in str(err)


@pytest.mark.parametrize("where, key, path", [
    (lambda d: d["events"][1], "start", "$.events[1].start"),
    (lambda d: d["events"][1], "end", "$.events[1].end"),
    (lambda d: d["events"][1], "date", "$.events[1].date"),
    (lambda d: d["articles"][1], "published", "$.articles[1].published"),
])
def test_a_date_not_in_iso_form_is_named(doc, where, key, path):
    where(doc)[key] = "30/12/2023"
    err = problem(doc)
    assert err.path == path and "'30/12/2023'" in str(err)


def test_an_impossible_day_is_refused(doc):
    doc["events"][1]["start"] = "2023-02-30"
    assert problem(doc).path == "$.events[1].start"


@pytest.mark.parametrize("change, path", [
    (lambda d: d.update(schema="news-timeline/1"), "$.schema"),
    (lambda d: d["events"][1].update(start=None), "$.events[1].start"),  # on the calendar: it covers days
    (lambda d: d["events"][1]["figures"]["killed"][0].update(value="21"), "$.events[1].figures.killed[0].value"),
    (lambda d: d["events"][1]["mentions"][0].update(clause=[3]), "$.events[1].mentions[0].clause"),
    (lambda d: d["events"][1]["mentions"][0].update(dated_from={"article": "ap-belgorod"}),
     "$.events[1].mentions[0].dated_from.start"),
    (lambda d: d["events"][1]["mentions"][0].pop("figures"), "$.events[1].mentions[0].figures"),
    (lambda d: d["summary"].append("e2"), "$.summary"),
    (lambda d: d.pop("inputs"), "$.inputs"),
    (lambda d: d["articles"][0].update(published_at="2023-12-31 09:15"), "$.articles[0].published_at"),
    (lambda d: d["articles"][2].update(date_method="guessed"), "$.articles[2].date_method"),
    (lambda d: d["articles"][2].update(date_confidence=1.5), "$.articles[2].date_confidence"),
    (lambda d: d["articles"][3].update(duplicate_of=""), "$.articles[3].duplicate_of"),
    (lambda d: d["articles"][0].update(status="skipped"), "$.articles[0].status"),
    (lambda d: d["events"][1].update(independent_sources="2"), "$.events[1].independent_sources"),
    (lambda d: d["events"][1].pop("independent_sources"), "$.events[1].independent_sources"),
    (lambda d: d["inputs"][2].update(status="ignored"), "$.inputs[2].status"),
    (lambda d: d["inputs"][4].update(reason=""), "$.inputs[4].reason"),  # failed: it says why
    (lambda d: d["inputs"][0].update(reason="fine"), "$.inputs[0].reason"),  # used: no reason
    (lambda d: d["inputs"][0].update(article=None), "$.inputs[0].article"),  # used: names its article
])
def test_other_breakages_are_named(doc, change, path):
    change(doc)
    assert problem(doc).path == path


def test_an_article_without_a_date_has_no_method_or_confidence_either(doc):
    doc["articles"][2]["published"] = None  # still "collection", 0.7
    assert problem(doc).path == "$.articles[2].date_method"
    doc["articles"][2]["date_method"] = None
    assert problem(doc).path == "$.articles[2].date_confidence"


def test_an_iso_time_is_named_as_expected(doc):
    doc["articles"][0]["published_at"] = "31/12/2023"
    err = problem(doc)
    assert "'31/12/2023' is not an ISO 8601 day or time" in str(err)
    for fine in ("2023-12-31", "2023-12-31T09:15", "2023-12-31T09:15:00Z", "2023-12-31T09:15:00.250+05:30"):
        doc["articles"][0]["published_at"] = fine
        validate(doc)


def test_the_first_problem_in_document_order_is_reported(doc):
    doc["articles"][2]["published"] = "yesterday"
    doc["events"][0]["precision"] = "fortnight"
    assert problem(doc).path == "$.articles[2].published"


def test_validate_does_not_change_the_document(doc):
    before = copy.deepcopy(doc)
    validate(doc)
    assert doc == before


# --- the CSV and the documentation ------------------------------------------------------------

def test_the_csv_header_is_the_documented_one_in_order(cli_files):
    for name in ("all", "top3"):
        with open(cli_files / f"{name}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == list(CSV_SCHEMA["columns"])
        assert all(len(r) == len(rows[0]) for r in rows[1:])


def test_the_csv_rows_match_the_json_events(cli_files):
    with open(cli_files / "all.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    events = load(cli_files / "all.json")["events"]
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    for r, e in zip(rows, events):
        assert (r["date"], r["precision"], r["start"], r["end"]) == (e["date"], e["precision"], e["start"], e["end"])
        assert r["sources"].split(";") == e["sources"] and int(r["n_sources"]) == len(e["sources"])
        assert int(r["independent_sources"]) == e["independent_sources"] <= len(e["sources"])


def _json_keys(schema):
    """Every key name the schema defines, at any depth."""
    keys = set()
    def walk(node):
        if isinstance(node, dict):
            keys.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(schema)
    return keys


def test_the_doc_names_every_json_key_csv_column_and_enum_value():
    text = DOC.read_text(encoding="utf-8")
    schema = json_schema()
    names = _json_keys(schema) | set(CSV_SCHEMA["columns"])
    names |= {p.value for p in Precision} | {d.value for d in DatedBy} | set(DATE_METHODS)
    names |= {"used", "skipped", "failed"}
    missing = sorted(n for n in names if f"`{n}`" not in text)
    assert not missing, f"docs/schema.md does not name: {missing}"
    assert SCHEMA in text and "news-timeline-3.schema.json" in text
    # what a reader of the previous version has to change
    changes = text[text.index("### What changed in 3"):]
    for key in ("published_at", "date_method", "date_confidence", "duplicate_of", "status", "inputs",
                "independent_sources", "inferred_dates"):
        assert f"`{key}`" in changes, key


def test_the_doc_lists_the_csv_columns_in_order():
    text = DOC.read_text(encoding="utf-8")
    # the CSV table: rows "| `column` | ..." in the order they are written
    listed = re.findall(r"^\| `(\w+)` \|", text[text.index("## CSV"):], flags=re.M)
    assert listed == list(CSV_SCHEMA["columns"])


def test_the_event_keys_in_the_schema_are_those_json_doc_writes(sample_chronology):
    # the same order too: validate reports problems in the schema's order, meant to be the document's
    doc = to_json_dict(sample_chronology)
    defs = json_schema()["$defs"]
    assert list(json_schema()["properties"]) == list(doc)
    assert list(defs["article"]["properties"]) == list(doc["articles"][0])
    assert list(defs["input"]["properties"]) == list(doc["inputs"][0])
    assert list(defs["event"]["properties"]) == list(doc["events"][1])
    assert list(defs["mention"]["properties"]) == list(doc["events"][1]["mentions"][0])


def test_the_package_data_is_found_through_importlib_resources():
    from importlib import resources
    assert resources.files("render.schemas").joinpath("news-timeline-3.schema.json").is_file()


def test_the_previous_version_s_schema_ships_beside_it():
    from importlib import resources
    old = json.loads(resources.files("render.schemas").joinpath("news-timeline-2.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(old)
    assert old["properties"]["schema"]["const"] == "news-timeline/2"
    # the columns of version 2 keep their places in the CSV
    assert list(CSV_SCHEMA["columns"])[:14] == ["date", "precision", "title", "sources", "figures", "disputed",
                                                "attribution", "citations", "summary", "id", "start", "end",
                                                "n_sources", "importance"]
