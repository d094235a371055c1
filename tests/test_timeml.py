"""TimeML in and out: .tml files read as the plain text of <TEXT> dated by their DCT, and
`timeline tag --format timeml` writes documents whose text is unchanged, with our TIMEX3 inline."""
import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from parsers.articles import read_articles, read_timeml
from timeline.cli import main

HEADER = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>flood</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T09:30:00" temporalFunction="false" functionInDocument="CREATION_TIME">01/08/98</TIMEX3></DCT>
"""
TEXT = """<TEXT>
Rescue teams <EVENT eid="e1" class="OCCURRENCE">reached</EVENT> the flooded villages <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, officials <EVENT eid="e2" class="REPORTING">said</EVENT>, and the river is expected to fall <SIGNAL sid="s1">by</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="1998-01-10">Saturday</TIMEX3>.
Aid groups have worked in the valley for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3> &amp; more &lt;AP&gt;.
</TEXT>"""
FOOTER = """
<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED" />
</TimeML>
"""
PLAIN = ("\nRescue teams reached the flooded villages yesterday, officials said, and the river is expected "
         "to fall by Saturday.\nAid groups have worked in the valley for three days & more <AP>.\n")
TIMEBANK_FILE = Path("/work/shared/data/tempeval3/timebank/wsj_0006.tml")


@pytest.fixture
def flood(tmp_path):
    path = tmp_path / "in" / "flood.tml"
    path.parent.mkdir()
    path.write_text(HEADER + TEXT + FOOTER, encoding="utf-8")
    return path


def tag_timeml(*args):
    return CliRunner().invoke(main, ["tag", "--format", "timeml", *map(str, args)])


def timexes_in_text(path: Path):
    body = next(ET.parse(path).getroot().iter("TEXT"))
    return [(t.get("tid"), t.text, t.get("type"), t.get("value")) for t in body.iter("TIMEX3")]


def test_timeml_file_is_the_plain_text_of_TEXT_dated_by_its_creation_time(flood):
    read = read_articles([flood])
    [article] = read.articles
    assert (article.id, article.text, article.published) == ("flood", PLAIN, dt.date(1998, 1, 8))
    assert read.warnings == ()


def test_tag_timeml_keeps_text_and_header_and_tags_the_values_the_tagger_gives(flood, tmp_path):
    out = tmp_path / "out" / "new"  # made if missing
    result = tag_timeml("--out", out, flood)
    assert result.exit_code == 0, result.output
    written = out / "flood.tml"
    assert read_timeml(written) == (PLAIN, dt.date(1998, 1, 8))
    found = timexes_in_text(written)
    assert ("t1", "yesterday", "DATE", "1998-01-07") in found
    assert ("t2", "Saturday", "DATE", "1998-01-10") in found
    assert [tid for tid, *_ in found] == [f"t{n}" for n in range(1, len(found) + 1)]
    doc = written.read_text(encoding="utf-8")
    # only our tags inside <TEXT>; DCT, header and links after <TEXT> as they were, byte for byte
    assert "<EVENT" not in doc and "<SIGNAL" not in doc and "&amp; more &lt;AP&gt;" in doc
    assert doc.startswith(HEADER + "<TEXT>") and doc.endswith("</TEXT>" + FOOTER)


def test_plain_text_article_becomes_a_minimal_timeml_document_with_its_date(tmp_path):
    story = tmp_path / "quake.txt"
    text = "The quake struck on Tuesday.\r\nRescuers said <more> aftershocks & rain came yesterday."
    story.write_bytes(text.encode("utf-8"))
    result = tag_timeml("--out", tmp_path / "out", "--published", "2024-03-07", story)
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "quake.tml"
    root = ET.parse(written).getroot()
    assert root.findtext("DOCID") == "quake"
    dct = root.find("DCT/TIMEX3")
    assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == dct.text == "2024-03-07"
    assert read_timeml(written) == (text, dt.date(2024, 3, 7))  # "\r" included: offsets stay the same
    found = timexes_in_text(written)
    assert ("t1", "Tuesday", "DATE", "2024-03-05") in found
    assert ("t2", "yesterday", "DATE", "2024-03-06") in found


def test_malformed_timeml_exits_1_naming_the_file(tmp_path):
    bad = tmp_path / "broken.tml"
    bad.write_text(HEADER + "<TEXT>The talks <EVENT eid='e1'>ended</TEXT>\n</TimeML>\n", encoding="utf-8")
    for fmt in ("jsonl", "timeml"):
        result = CliRunner().invoke(main, ["tag", "--format", fmt, "--out", str(tmp_path / "out"), str(bad)])
        assert result.exit_code == 1
        assert "broken.tml" in result.output and "not well-formed XML" in result.output
        assert "Traceback" not in result.output


def test_timeml_without_TEXT_exits_1(tmp_path):
    bad = tmp_path / "empty.tml"
    bad.write_text(HEADER + FOOTER, encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(bad)])
    assert result.exit_code == 1 and "empty.tml" in result.output and "<TEXT>" in result.output


def test_timeml_without_creation_time_is_named_and_takes_published(tmp_path):
    path = tmp_path / "nodct.tml"
    path.write_text("<TimeML><TEXT>The strike came on Saturday.</TEXT></TimeML>", encoding="utf-8")
    [article] = read_articles([path]).articles
    assert (article.published, article.date_method) == (None, "")  # left to the dating of the collection
    [given] = read_articles([path], dt.date(2023, 12, 31)).articles
    assert (given.published, given.date_method) == (dt.date(2023, 12, 31), "option")


def test_manifest_row_may_name_a_timeml_file(flood):
    manifest = flood.parent / "list.csv"
    manifest.write_text("id,file,published\nflood-story,flood.tml,\n", encoding="utf-8")
    [article] = read_articles([manifest]).articles
    assert (article.id, article.text, article.published) == ("flood-story", PLAIN, dt.date(1998, 1, 8))


@pytest.mark.parametrize("out", [[], ["--out", "-"]])
def test_timeml_without_an_output_folder_is_bad_usage(flood, out):
    result = CliRunner().invoke(main, ["tag", "--format", "timeml", *out, str(flood)])
    assert result.exit_code == 2 and "--out DIR" in result.output


def test_jsonl_from_timeml_names_the_document_for_tempeval_scorers(flood, tmp_path):
    out = tmp_path / "found.jsonl"
    result = CliRunner().invoke(main, ["tag", str(flood), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert found and all(f["doc"] == "flood.tml" and f["article"] == "flood" for f in found)
    assert all(PLAIN[f["start"]:f["end"]] == f["text"] for f in found)


@pytest.mark.skipif(not TIMEBANK_FILE.is_file(), reason="TempEval-3 TimeBank data not present")
def test_timebank_file_round_trips_with_its_text_unchanged(tmp_path):
    result = tag_timeml("--out", tmp_path, TIMEBANK_FILE)
    assert result.exit_code == 0, result.output
    written = tmp_path / TIMEBANK_FILE.name
    text, published = read_timeml(TIMEBANK_FILE)
    assert published == dt.date(1989, 11, 2) and text.startswith("\nPacific First Financial Corp. said")
    assert read_timeml(written) == (text, published)
    original, copy = TIMEBANK_FILE.read_text(encoding="utf-8"), written.read_text(encoding="utf-8")
    assert copy.split("<TEXT>")[0] == original.split("<TEXT>")[0]
    assert copy.split("</TEXT>")[1] == original.split("</TEXT>")[1]
