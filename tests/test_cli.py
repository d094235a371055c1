"""The `timeline` command end to end on the shipped example and on bad input."""
import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "belgorod"
MANIFEST = str(EXAMPLE / "articles.csv")
IDS = ["000_94c853d9db102ad8", "001_ea61134ae501334f", "002_9777391901b12543",
       "003_23c3bec692f3bafe", "004_8ce188758bce3ce7"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(main, ["build", MANIFEST, "-o", str(out / "t.html"),
                                       "--csv", str(out / "e.csv"), "--json", str(out / "e.json")])
    assert result.exit_code == 0, result.output
    return out, result


def events_of(built):
    return json.loads((built[0] / "e.json").read_text(encoding="utf-8"))["events"]


def find(events, date, article, phrase):
    return [e for e in events if e["date"] == date
            and any(m["article"] == article and phrase in m["text"] for m in e["mentions"])]


def test_build_reports_progress_and_writes_three_files(built):
    out, result = built
    assert "[5/5]" in result.stderr and "5 articles" in result.stderr
    assert {p.name for p in out.iterdir()} == {"t.html", "e.csv", "e.json"}


def test_json_events_are_ordered_cited_and_cover_every_article(built):
    doc = json.loads((built[0] / "e.json").read_text(encoding="utf-8"))
    # sources by publication day, then id
    assert [a["id"] for a in doc["articles"]] == IDS[:3] + [IDS[4], IDS[3]]
    events = doc["events"]
    assert {s for e in events for s in e["sources"]} == set(IDS)
    texts = {a: (EXAMPLE / "articles" / f"{a}.txt").read_text(encoding="utf-8") for a in IDS}
    for e in events:
        for m in e["mentions"]:
            # citations are verbatim sentences at their offsets
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]
            assert m["dated_by"] in ("explicit", "relative", "inherited", "relation", "reported")


def test_the_strike_on_belgorod_is_one_event_on_december_30(built):
    events = events_of(built)
    [strike] = find(events, "2023-12-30", "002_9777391901b12543",
                    "21 people were killed reportedly in a retaliatory step by Kyiv on Saturday")
    assert len(strike["sources"]) >= 2
    assert find(events, "2023-12-30", "003_23c3bec692f3bafe", "a Dec. 30 strike on the Russian city")


@pytest.mark.parametrize("date, article, phrase, dated_by", [
    ("2022-02", "000_94c853d9db102ad8", "launched hostilities against Ukraine in February 2022", "explicit"),
    ("2022-02", "002_9777391901b12543", "invasion of Ukraine 22 months ago", "relative"),
    ("2023-12-29", "001_ea61134ae501334f", "biggest missile bombardment on Ukraine last Friday", "relative"),
    ("2023-12-29TEV", "002_9777391901b12543", "private home in the Belgorod region late Friday evening", "relative"),
    ("2023-12-30", "004_8ce188758bce3ce7", "The UNSC meeting was held on Saturday", "relative"),
    ("2024-01-01", "003_23c3bec692f3bafe", "Putin on Jan. 1 vowed to intensify attacks", "explicit"),
    ("2024-01-01", "004_8ce188758bce3ce7", "January 1 will be declared a Day of Mourning", "explicit"),
    ("2024-01-02", "003_23c3bec692f3bafe", "President Volodymyr Zelensky said on Jan. 2", "explicit"),
    ("2023-12-30", "001_ea61134ae501334f", "on Belgorod on Saturday that killed 24 civilians", "relative"),
])
def test_sentences_are_dated_against_their_article(built, date, article, phrase, dated_by):
    [event] = find(events_of(built), date, article, phrase)
    [mention] = [m for m in event["mentions"] if m["article"] == article and phrase in m["text"]]
    assert mention["dated_by"] == dated_by


def test_csv_has_one_row_per_event_with_citations(built):
    events = events_of(built)
    with open(built[0] / "e.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["date"] for r in rows] == [e["date"] for e in events]
    assert [r["title"] for r in rows] == [e["title"] for e in events]
    first = rows[0]
    assert first["sources"].split(";") == events[0]["sources"]
    assert f'[{events[0]["mentions"][0]["article"]}] "' in first["citations"]


def test_html_is_self_contained(built):
    page = (built[0] / "t.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and "Plotly" in page


def test_tag_prints_resolved_expressions(tmp_path):
    out = tmp_path / "found.jsonl"
    result = CliRunner().invoke(main, ["tag", MANIFEST, "--out", str(out)])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_text = {(f["article"], f["text"]): f["value"] for f in found}
    assert by_text[("004_8ce188758bce3ce7", "tomorrow")] == "2023-12-31"  # said on Saturday, in a quote
    assert by_text[("003_23c3bec692f3bafe", "Dec. 30")] == "2023-12-30"
    assert by_text[("002_9777391901b12543", "22 months ago")] == "2022-02"


def test_article_without_a_date_is_named_and_left_unresolved(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Rescuers reached the village on Friday. The quake struck on March 3, 2024.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(story), "-o", str(tmp_path / "t.html"),
                                       "--json", str(tmp_path / "e.json")])
    assert result.exit_code == 0, result.output
    # the latest full date it names is the best there is, and the warning says so
    assert "story.txt" in result.stderr and "no publication date" in result.stderr
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    [article] = doc["articles"]
    assert (article["published"], article["date_method"]) == ("2024-03-03", "mentions")
    assert article["date_confidence"] < 0.5
    # with nothing that names a day, it stays undated: "Friday" has no reference day
    story.write_text("Rescuers reached the village on Friday. The quake struck in March.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(story), "-o", str(tmp_path / "t.html"),
                                       "--json", str(tmp_path / "e.json")])
    assert result.exit_code == 0 and "no publication date" in result.stderr
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert doc["articles"][0]["published"] is None and doc["events"] == []
    strict = CliRunner().invoke(main, ["build", str(story), "--strict", "-o", str(tmp_path / "t.html")])
    assert strict.exit_code == 1 and "story.txt" in strict.output and "--published" in strict.output
    story.write_text("Rescuers reached the village on Friday. The quake struck on March 3, 2024.", encoding="utf-8")

    result = CliRunner().invoke(main, ["build", str(story), "--published", "2024-03-09", "-o",
                                       str(tmp_path / "t.html"), "--json", str(tmp_path / "e.json")])
    events = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["events"]
    assert [e["date"] for e in events] == ["2024-03-03", "2024-03-08"]


def test_bad_input_exits_1_naming_the_file(tmp_path):
    manifest = tmp_path / "list.csv"
    manifest.write_text("id,file,published\na,missing.txt,2024-01-01\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(manifest), "-o", str(tmp_path / "t.html")])
    assert result.exit_code == 1
    assert "list.csv, row 2" in result.output and "missing.txt" in result.output
    assert "Traceback" not in result.output


def test_bad_usage_exits_2():
    assert CliRunner().invoke(main, ["build"]).exit_code == 2
    result = CliRunner().invoke(main, ["build", MANIFEST, "--published", "Saturday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("command", [[], ["build"], ["tag"]])
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, command + ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_unwritable_output_exits_1_naming_it(tmp_path):
    target = tmp_path / "no-such-folder" / "t.html"
    result = CliRunner().invoke(main, ["build", MANIFEST, "-q", "-o", str(target)])
    assert result.exit_code == 1
    assert str(target) in result.output and "cannot write" in result.output
    assert "Traceback" not in result.output


def test_tag_writes_to_stdout_by_default():
    result = CliRunner().invoke(main, ["tag", str(EXAMPLE / "articles" / "003_23c3bec692f3bafe.txt"),
                                       "--published", "2024-01-03", "-q"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["text"], first["value"], first["type"]) == ("Dec. 30", "2023-12-30", "DATE")


def test_top_keeps_the_most_important_dates_in_the_tables_and_marks_them_on_the_page(tmp_path):
    result = CliRunner().invoke(main, ["build", MANIFEST, "-o", str(tmp_path / "t.html"), "--top", "3",
                                       "--csv", str(tmp_path / "e.csv"), "--json", str(tmp_path / "e.json")])
    assert result.exit_code == 0, result.output
    assert "(3 in the summary)" in result.stderr
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    events = doc["events"]
    # one event per date, in chronology order, the JSON's summary naming exactly them
    assert len(events) == 3 and doc["summary"] == [e["id"] for e in events]
    assert len({e["date"] for e in events}) == 3
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    # the barrage and the strike on Belgorod, reported by all five outlets, lead the summary
    assert find(events, "2023-12-29", IDS[4], "18-hour aerial bombardment")
    assert find(events, "2023-12-30", IDS[2], "the shelling came in the centre")
    assert all(len(e["sources"]) >= 2 for e in events)
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as f:
        assert [row["id"] for row in csv.DictReader(f)] == doc["summary"]
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    # the page keeps every event and marks the summary's
    assert page.count("data-summary>") == 3 and 'id="view-full"' in page


def test_exports_for_reports_calendars_and_timelinejs(tmp_path):
    result = CliRunner().invoke(main, ["build", MANIFEST, "-o", str(tmp_path / "t.html"), "--json", str(tmp_path / "e.json"),
                                       "--markdown", str(tmp_path / "e.md"), "--timelinejs", str(tmp_path / "tl.json"),
                                       "--ics", str(tmp_path / "e.ics")])
    assert result.exit_code == 0, result.output
    events = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["events"]
    table = [line for line in (tmp_path / "e.md").read_text(encoding="utf-8").splitlines()
             if line.startswith("| ") and not line.startswith(("| Date", "| ---"))]
    assert len(table) == len(events) and "2023-12-29" in table[[e["date"] for e in events].index("2023-12-29")]
    slides = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))["events"]
    assert len(slides) == sum(1 for e in events if e["start"])
    ics = (tmp_path / "e.ics").read_text(encoding="utf-8")
    days = [e for e in events if e["precision"] in ("day", "part_of_day", "time")]
    assert ics.count("BEGIN:VEVENT") == len(days) and "DTSTART;VALUE=DATE:20231229" in ics


def test_fragment_is_one_div_for_a_report(tmp_path):
    result = CliRunner().invoke(main, ["build", MANIFEST, "-o", str(tmp_path / "f.html"), "--fragment", "-q"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert page.lstrip().startswith("<div") and "<html" not in page and "<body" not in page


def test_an_input_that_cannot_be_used_is_reported_and_the_rest_is_built(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Floods hit the coastal town of Ridgeport on Saturday, officials said.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text('{"id": "x", "text": "ok"\n', encoding="utf-8")
    args = ["build", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "broken.jsonl"),
            "--published", "2024-01-02", "-o", str(tmp_path / "t.html"), "--json", str(tmp_path / "e.json")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "skipped: " in result.stderr and "empty.txt: empty" in result.stderr
    assert "failed: " in result.stderr and "broken.jsonl, line 1" in result.stderr
    assert "1 articles (1 used, 1 skipped, 1 failed)" in result.stderr
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    # inputs by source, whatever order they were given in
    assert [(i["status"], Path(i["source"]).name.split(",")[0]) for i in doc["inputs"]] == [
        ("failed", "broken.jsonl"), ("skipped", "empty.txt"), ("used", "good.txt")]
    # --strict stops at the first problem; nothing usable at all is an error too
    strict = CliRunner().invoke(main, args + ["--strict"])
    assert strict.exit_code == 1 and "empty.txt" in strict.output and "Traceback" not in strict.output
    none = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "t.html")])
    assert none.exit_code == 1 and "no article could be used" in none.output


def test_corpus_field_names_and_standard_input(tmp_path):
    corpus = tmp_path / "feed.json"
    corpus.write_text(json.dumps({"items": [
        {"guid": "w1", "body": "Floods hit the coastal town of Ridgeport on Saturday, officials said.",
         "pubDate": "Tue, 02 Jan 2024 09:30:00 +0100", "headline": "Floods in Ridgeport"}]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--id-field", "guid", "--text-field", "body",
                                       "--date-field", "pubDate", "--title-field", "headline",
                                       "-o", str(tmp_path / "t.html"), "--json", str(tmp_path / "e.json")])
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    [article] = doc["articles"]
    assert (article["id"], article["title"], article["published"]) == ("w1", "Floods in Ridgeport", "2024-01-02")
    assert article["published_at"].startswith("2024-01-02T09:30") and article["published_at"].endswith("+01:00")
    assert [e["date"] for e in doc["events"]] == ["2023-12-30"]
    piped = CliRunner().invoke(main, ["tag", "-", "--published", "2024-01-02", "-q"],
                               input="Floods hit Ridgeport on Saturday.")
    assert piped.exit_code == 0 and json.loads(piped.stdout)["value"] == "2023-12-30"


def test_wire_copies_are_grouped_and_count_as_one_source(tmp_path):
    wire = ("Rebels shelled the port of Hodeidah on Friday, killing nine people and wounding 30, officials said. "
            "The shells hit a market and a fuel depot near the harbour, witnesses said, and fires burned "
            "for hours. The government called the attack a war crime and asked the United Nations to "
            "investigate. Aid agencies said the port handles most of the country's food imports.")
    # the paper runs the wire's story a day later: the first published copy names the group
    rows = [("paper", wire + " Follow us for more news.", "2024-02-04"), ("wire", "WIRE: " + wire, "2024-02-03"),
            ("own", "Nine people died when rebels shelled Hodeidah port on Friday, a local doctor told us.",
             "2024-02-03")]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t, "published": p}) + "\n" for i, t, p in rows),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "t.html"), "--json",
                                       str(tmp_path / "e.json"), "-q"])
    assert result.exit_code == 0, result.output
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert {a["id"]: a["duplicate_of"] for a in doc["articles"]} == {"wire": None, "paper": "wire", "own": None}
    [shelling] = [e for e in doc["events"] if e["date"] == "2024-02-02" and "own" in e["sources"]]
    assert set(shelling["sources"]) == {"wire", "paper", "own"} and shelling["independent_sources"] == 2
    assert "copy of" in (tmp_path / "t.html").read_text(encoding="utf-8")


def test_a_terminal_gets_a_progress_bar_with_rate_and_time_left(tmp_path, monkeypatch):
    import timeline.cli as cli
    monkeypatch.setattr(cli, "_terminal", lambda: True)
    result = CliRunner().invoke(main, ["build", MANIFEST, "-o", str(tmp_path / "t.html")])
    assert result.exit_code == 0, result.output
    # tqdm's bar: done/total, the rate and the time left, and no per-article lines
    assert "5/5" in result.stderr and "article/s" in result.stderr and "[5/5]" not in result.stderr


def _fail_on_bad(article, *args, **kwargs):
    from parsers.events import extract_events

    if article.id == "bad":
        raise ValueError("no day to count from")
    return extract_events(article, *args, **kwargs)


def test_an_article_a_stage_fails_on_is_reported_and_the_rest_is_built(tmp_path, monkeypatch):
    import timeline.pipeline as pipeline

    # the workers are forked from this process, with the stage as patched here
    monkeypatch.setattr(pipeline, "extract_events", _fail_on_bad)
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": "Floods hit Ridgeport on Saturday.", "published": "2024-01-02"})
                              + "\n" for i in ("a", "bad", "c")), encoding="utf-8")
    for jobs in ("1", "2"):
        args = ["build", str(corpus), "-o", str(tmp_path / "t.html"), "--json", str(tmp_path / "e.json"),
                "--jobs", jobs, "-q"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
        assert [a["id"] for a in doc["articles"]] == ["a", "c"]
        [bad] = [i for i in doc["inputs"] if i["article"] == "bad"]
        assert (bad["status"], bad["reason"]) == ("failed", "failed: ValueError: no day to count from")
        assert {s for e in doc["events"] for s in e["sources"]} == {"a", "c"}
        # --strict stops at it, naming it; --debug shows where it happened
        strict = CliRunner().invoke(main, args + ["--strict"])
        assert strict.exit_code == 1
        assert "article bad: " in strict.output and f"{corpus}, line 2" in strict.output
        assert "ValueError: no day to count from" in strict.output and "--debug" in strict.output
        assert "Traceback" not in strict.output
        with pytest.raises(Exception, match="no day to count from"):
            CliRunner().invoke(main, args + ["--strict", "--debug"], catch_exceptions=False)
