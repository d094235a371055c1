"""Stage 1: files, folders, pages, corpora and standard input -> Article, with dates, what became
of every input, and errors that name the file and row or line."""
import datetime as dt
import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from parsers.articles import (ARTICLE_SUFFIXES, KINDS, META_FIELDS, Fields, InputError, ReadResult,
                              find_dateline, find_wire_dateline, read_articles, read_records, read_timeml)
from timeline.model import Article, InputStatus

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "belgorod" / "articles.csv"
INPUTS = Path(__file__).resolve().parent / "data" / "inputs"
STORY = ("Russia launched its largest aerial attack of the war on Friday, firing 122 missiles and "
         "dozens of drones at cities across Ukraine, officials said.\n\n"
         "The strikes killed at least 31 people, Ukraine's air force said on Saturday.\n")
TIMEML = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-12-30T08:00:00" functionInDocument="CREATION_TIME">'
          "</TIMEX3></DCT><TEXT>Missiles hit Kyiv on Friday.</TEXT></TimeML>")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def gz(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


def dating(article: Article) -> tuple:
    return article.published, article.published_at, article.date_method, article.date_confidence


def statuses(read: ReadResult) -> list[tuple[str, str, str, str]]:
    return [(s.source, s.article_id, s.status, s.reason) for s in read.inputs]


def problem(inputs, **options) -> InputStatus:
    """The one input reading `inputs` does not use; strict mode raises at it, naming it alike."""
    read = read_articles(inputs, **options)
    [bad] = [s for s in read.inputs if s.status != "used"]
    with pytest.raises(InputError) as caught:
        read_articles(inputs, strict=True, **options)
    if bad.status == "failed":
        assert str(caught.value) == bad.reason
    else:
        assert str(caught.value).startswith(bad.source)
    return bad


def test_exports_keep_their_names():
    assert ".txt" in ARTICLE_SUFFIXES and ".html" in ARTICLE_SUFFIXES and META_FIELDS == ("title", "url", "outlet", "credit")
    text = "KYIV, Ukraine, Dec. 30 (AP) — Russia launched missiles."
    assert find_wire_dateline(text) == (0, text.index("Russia"))
    assert "gzip" in KINDS


def test_read_timeml_reads_plain_and_gzip_files(tmp_path):
    plain = write(tmp_path / "kyiv.tml", TIMEML)
    packed = gz(tmp_path / "kyiv2.tml.gz", TIMEML)
    assert read_timeml(plain) == read_timeml(packed) == ("Missiles hit Kyiv on Friday.", dt.date(2023, 12, 30))


# the shipped example and the plain kinds

def test_example_manifest_reads_five_articles_with_dates_credits_and_exact_text():
    read = read_articles([EXAMPLE])
    assert isinstance(read, ReadResult)
    assert [a.published for a in read.articles] == [
        dt.date(2023, 12, 30), dt.date(2023, 12, 31), dt.date(2023, 12, 31), dt.date(2024, 1, 3),
        dt.date(2023, 12, 31)]
    assert [a.credit for a in read.articles] == ["AFP", "", "AP", "The Kyiv Independent", "Reuters"]
    for a in read.articles:
        assert a.text == Path(a.source).read_bytes().decode("utf-8")
        assert a.id == Path(a.source).stem
        assert (a.published_at, a.date_method, a.date_confidence) == (a.published.isoformat(), "given", 1.0)
    assert read.warnings == ()
    assert [(s.article_id, s.status) for s in read.inputs] == [(a.id, "used") for a in read.articles]


def test_example_date_line_is_marked_as_metadata_even_when_the_manifest_dates_the_article():
    article = read_articles([EXAMPLE]).articles[2]
    assert article.text[slice(*article.dateline)] == "date 2023-12-31"


def test_txt_date_line_gives_the_publication_date(tmp_path):
    f = write(tmp_path / "belgorod.txt", " date 2023-12-31 Follow us on Image Source : AP " + STORY)
    (article,) = read_articles([f], published=dt.date(2024, 5, 1)).articles
    assert (article.id, article.source) == ("belgorod", str(f))
    assert dating(article) == (dt.date(2023, 12, 31), "2023-12-31", "dateline", 0.9)
    assert article.dateline == (1, 16)


def test_updated_line_gives_the_day_time_and_zone(tmp_path):
    f = write(tmp_path / "kyiv.txt", "Kyiv under fire\nUpdated: Dec 31, 2023 10:04 AM EST\n\n" + STORY)
    (article,) = read_articles([f]).articles
    assert dating(article) == (dt.date(2023, 12, 31), "2023-12-31T10:04:00-05:00", "dateline", 0.9)
    assert article.text[slice(*article.dateline)] == "Updated: Dec 31, 2023 10:04 AM EST"


@pytest.mark.parametrize("line, expected", [
    ("Date: December 31, 2023", dt.date(2023, 12, 31)),
    ("Published: 2023-12-31 10:04", dt.date(2023, 12, 31)),
    ("Updated on Sunday, Dec. 31, 2023 10:04 GMT", dt.date(2023, 12, 31)),
    ("Published 2023-12-31T10:04:00Z", dt.date(2023, 12, 31)),
    ("31 December 2023", dt.date(2023, 12, 31)),
])
def test_date_line_forms(line, expected):
    text = f"Russia vows to punish Kyiv for attack on Belgorod\n{line}\n{STORY}"
    date, (start, end) = find_dateline(text)
    assert date == expected
    assert text[start:end] == line


@pytest.mark.parametrize("text", [
    "On December 30, 2023, Russia launched missiles at Kyiv.\n",  # a lead sentence, not metadata
    "Date: May 2023\n" + STORY,  # no day
    "Published 3 hours ago\n" + STORY,
    "Updated: Saturday\n" + STORY,  # no year
    "Headline\nBy Olena Harmash\nReuters\n2023-12-31\n" + STORY,  # beyond the top lines
])
def test_no_date_line(text):
    assert find_dateline(text) is None


def test_published_argument_dates_only_what_nothing_else_dates(tmp_path):
    f = write(tmp_path / "kyiv.md", STORY)
    read = read_articles([f], published=dt.date(2023, 12, 30))
    assert dating(read.articles[0]) == (dt.date(2023, 12, 30), "2023-12-30", "option", 0.5)
    assert read.warnings == ()


def test_no_date_anywhere_leaves_it_unknown_and_never_uses_today(tmp_path):
    f = write(tmp_path / "kyiv.txt", STORY)
    read = read_articles([f])
    assert dating(read.articles[0]) == (None, "", "", None)
    assert read.warnings == ()  # the dating stage after this one names undated articles
    assert statuses(read) == [(str(f), "kyiv", "used", "")]


def test_folder_reads_article_files_recursively_sorted(tmp_path):
    write(tmp_path / "news" / "b.txt", STORY)
    write(tmp_path / "news" / "a.md", "Date: 2023-12-30\n" + STORY)
    write(tmp_path / "news" / "sub" / "c.txt", STORY)
    gz(tmp_path / "news" / "sub" / "d.txt.gz", STORY)
    write(tmp_path / "news" / ".cache" / "e.txt", STORY)  # hidden: not an article of the collection
    write(tmp_path / "news" / "notes.csv", "id,file\n")  # a folder means article files only
    read = read_articles([tmp_path / "news"], published=dt.date(2024, 1, 1))
    assert [(a.id, a.published, a.date_method) for a in read.articles] == [
        ("a", dt.date(2023, 12, 30), "dateline"), ("b", dt.date(2024, 1, 1), "option"),
        ("c", dt.date(2024, 1, 1), "option"), ("d", dt.date(2024, 1, 1), "option")]
    assert read.articles[3].text == STORY


def test_jsonl(tmp_path):
    lines = [
        {"id": "afp-1", "text": STORY, "published": "2023-12-30T18:04:00Z", "title": "Russia strikes Ukraine",
         "url": "https://example.com/1", "outlet": "France 24", "credit": "AFP"},
        None,  # a blank line
        {"text": "date 2023-12-31 Belgorod was shelled on Saturday."},
        {"text": "Kharkiv was hit overnight.", "published": None},
    ]
    f = write(tmp_path / "feed.jsonl", "\n".join("" if x is None else json.dumps(x) for x in lines) + "\n")
    read = read_articles([f])
    first, second, third = read.articles
    assert (first.id, first.title, first.url, first.outlet, first.credit) == (
        "afp-1", "Russia strikes Ukraine", "https://example.com/1", "France 24", "AFP")
    assert dating(first) == (dt.date(2023, 12, 30), "2023-12-30T18:04:00+00:00", "given", 1.0)
    assert first.text == STORY
    assert (second.id, second.published, second.source) == ("feed-3", dt.date(2023, 12, 31), f"{f}, line 3")
    assert (third.id, third.published) == ("feed-4", None)
    assert read.warnings == ()
    assert [s.source for s in read.inputs] == [f"{f}, line {n}" for n in (1, 3, 4)]


def test_manifest_with_text_column_and_metadata(tmp_path):
    f = write(tmp_path / "m.csv", 'ID,Text,Published,Title\n'
                                  'kx,"Kharkiv was shelled on Saturday.\nTwo people died.",December 31 2023,Kharkiv\n'
                                  'ky,"Kyiv was quiet.",,\n')
    read = read_articles([f])
    kx, ky = read.articles
    assert (kx.text, kx.published, kx.title, kx.source) == (
        "Kharkiv was shelled on Saturday.\nTwo people died.", dt.date(2023, 12, 31), "Kharkiv", f"{f}, row 2")
    assert (ky.published, ky.source) == (None, f"{f}, row 3")


def test_manifest_date_wins_over_date_line(tmp_path):
    write(tmp_path / "articles" / "a.txt", "date 2023-12-31 " + STORY)
    f = write(tmp_path / "m.csv", "id,file,published\na,articles/a.txt,2024-01-02\n")
    assert dating(read_articles([f]).articles[0]) == (dt.date(2024, 1, 2), "2024-01-02", "given", 1.0)


def test_manifest_row_may_name_a_saved_page_and_its_values_win(tmp_path):
    shutil.copy(INPUTS / "ridgeport-flood.html", tmp_path / "page.html")
    f = write(tmp_path / "m.csv", "id,file,published,outlet\nflood,page.html,,Harbour Daily Online\n")
    [article] = read_articles([f]).articles
    assert (article.id, article.outlet, article.title) == (
        "flood", "Harbour Daily Online", "Floods cut Ridgeport off as river bursts its banks")
    assert dating(article) == (dt.date(2024, 1, 6), "2024-01-06T18:45:00+01:00", "metadata", 0.9)


def test_timeml_creation_time_is_given(tmp_path):
    f = write(tmp_path / "kyiv.tml", TIMEML)
    [article] = read_articles([f]).articles
    assert article.text == "Missiles hit Kyiv on Friday."
    assert dating(article) == (dt.date(2023, 12, 30), "2023-12-30T08:00:00", "given", 1.0)


# saved web pages

def test_saved_news_page_gives_its_article_without_the_page_around_it():
    read = read_articles([INPUTS / "ridgeport-flood.html"])
    [article] = read.articles
    assert article.text.startswith("Floodwater cut the town of Ridgeport off from the rest of the county on "
                                   "Saturday after the Orlan River burst its banks for the first time since 1998.\n")
    assert "The county council opened an emergency shelter in the Ridgeport sports hall" in article.text
    assert article.text.rstrip().endswith("are not expected to resume before Monday, the operator said.")
    for boilerplate in ("cookies", "Subscribe", "Share on", "Most read", "Storm warning", "morning briefing",
                        "All rights reserved", "dataLayer", "Floods cut Ridgeport off as river"):
        assert boilerplate not in article.text
    assert (article.id, article.title, article.outlet) == (
        "ridgeport-flood", "Floods cut Ridgeport off as river bursts its banks", "Harbour Daily")
    assert article.url == "https://harbourdaily.example/news/2024/01/06/ridgeport-floods"  # canonical, not og:url
    # the first publication, not the update of 8 January, in the page's own zone
    assert dating(article) == (dt.date(2024, 1, 6), "2024-01-06T18:45:00+01:00", "metadata", 0.9)
    assert read.warnings == ()


def test_page_without_canonical_link_takes_og_url_and_without_either_no_url(tmp_path):
    page = (INPUTS / "ridgeport-flood.html").read_text(encoding="utf-8")
    no_canonical = page.replace('<link rel="canonical" href="https://harbourdaily.example/news/2024/01/06/ridgeport-floods">', "")
    neither = no_canonical.replace('<meta property="og:url"', '<meta property="og:image"')
    a = write(tmp_path / "a.html", no_canonical)
    b = gz(tmp_path / "b.htm.gz", neither)
    first, second = read_articles([a, b]).articles
    assert first.url == "https://harbourdaily.example/news/2024/01/06/ridgeport-floods?utm_source=share"
    assert (second.id, second.url) == ("b", "")
    assert second.text == first.text


def test_page_that_is_no_article_is_skipped():
    index = INPUTS / "section-index.html"
    bad = problem([index])
    assert (bad.source, bad.article_id, bad.status, bad.reason) == (str(index), "section-index", "skipped", "not an article")


# encodings

def test_text_is_kept_exactly_and_a_utf8_byte_order_mark_dropped(tmp_path):
    text = "Kyiv, Dec. 29\r\n  Strikes hit  Kharkiv.\r\n"
    f = write(tmp_path / "a.txt", "\ufeff" + text)
    read = read_articles([f])
    assert read.articles[0].text == text
    assert read.warnings == ()


def test_utf16_file_is_read_and_named_in_a_warning():
    f = INPUTS / "kharkiv-utf16.txt"
    read = read_articles([f])
    [article] = read.articles
    assert article.text.startswith("Kharkiv hit by missiles overnight\nPublished: Sun, 31 Dec 2023 10:04:00 GMT\n")
    assert "At least 28 people were injured, among them a 14-year-old girl." in article.text
    assert dating(article) == (dt.date(2023, 12, 31), "2023-12-31T10:04:00+00:00", "dateline", 0.9)
    [warning] = read.warnings
    assert warning.startswith(f"{f}: not UTF-8; read as UTF-16")


def test_windows_1252_file_keeps_its_curly_quotes_and_accents():
    f = INPUTS / "montreal-cp1252.txt"
    read = read_articles([f])
    [article] = read.articles
    assert article.text.startswith("Montréal café reopens after the ice storm\n")
    assert "“We will rebuild the café by spring,” said Élise Côté, who has run it since 1998." in article.text
    assert "without power — the worst since 2013.\nIt’s the third time" in article.text
    assert dating(article) == (dt.date(2023, 12, 31), "2023-12-31", "dateline", 0.9)
    assert read.warnings == (f"{f}: not UTF-8; read as Windows-1252 (cp1252); save it as UTF-8 to be sure of its characters",)


def test_latin1_bytes_and_damaged_utf8_never_stop_the_reading(tmp_path):
    latin = tmp_path / "liege.txt"
    latin.write_bytes("Le café de la gare à Liège a été fermé samedi.".encode("latin-1"))
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes("Strikes hit “Kharkiv” on Saturday ".encode("utf-8") + b"\xff\xfe and Kyiv.")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    read = read_articles([latin, damaged, binary])
    texts = [a.text for a in read.articles]
    assert texts[0] == "Le café de la gare à Liège a été fermé samedi."
    # valid multi-byte characters say UTF-8: only the two bad bytes are lost, not every quote
    assert texts[1] == "Strikes hit “Kharkiv” on Saturday \ufffd\ufffd and Kyiv."
    assert "\ufffd" in texts[2]
    assert [w.split(":")[0] for w in read.warnings] == [str(latin), str(damaged), str(binary)]
    assert "2 undecodable bytes became U+FFFD" in read.warnings[1]
    assert "nor any encoding recognised" in read.warnings[2]


# front matter

def test_markdown_front_matter_gives_metadata_and_is_no_part_of_the_text():
    f = INPUTS / "ridgeport-update.md"
    [article] = read_articles([f]).articles
    assert article.text.lstrip().startswith("# Water begins to recede in Ridgeport\n\nFloodwater began to recede "
                                            "from Ridgeport on Monday, two days after the Orlan River burst its banks.")
    assert "---" not in article.text and "title:" not in article.text
    assert f.read_text(encoding="utf-8").endswith(article.text)  # offsets count from where the story starts
    assert (article.title, article.url, article.outlet, article.credit) == (
        "Ridgeport flood: water begins to recede", "https://harbourdaily.example/news/2024/01/08/ridgeport-recedes",
        "Harbour Daily", "Mara Lindqvist, Tomas Berg")
    assert dating(article) == (dt.date(2024, 1, 8), "2024-01-08T09:30:00+01:00", "given", 1.0)


def test_text_file_front_matter_with_quoted_values_and_lists(tmp_path):
    f = write(tmp_path / "a.txt", "---\r\n# exported from the newsroom system\r\npublished: 'Dec 31, 2023 10:04 AM EST'\r\n"
                                  "headline: \"Kyiv: a night of strikes\"\r\nauthors: [Olena Harmash, 'Tom Balmforth']\r\n"
                                  "outlet: Reuters\r\n---\r\n" + STORY)
    [article] = read_articles([f]).articles
    assert article.text == STORY
    assert (article.title, article.credit, article.outlet) == ("Kyiv: a night of strikes", "Olena Harmash, Tom Balmforth", "Reuters")
    assert dating(article) == (dt.date(2023, 12, 31), "2023-12-31T10:04:00-05:00", "given", 1.0)


@pytest.mark.parametrize("text", [
    "---\n\nA rule opens this piece.\n---\n" + STORY,  # prose, not key: value lines
    "---\ntitle: never closed\n" + STORY,
])
def test_what_is_no_front_matter_stays_text(tmp_path, text):
    f = write(tmp_path / "a.md", text)
    [article] = read_articles([f]).articles
    assert (article.text, article.title) == (text, "")


def test_front_matter_date_that_is_no_date_fails_the_file(tmp_path):
    f = write(tmp_path / "a.md", "---\ndate: last Saturday\n---\n" + STORY)
    bad = problem([f])
    assert bad.reason == f"{f}: front matter date 'last Saturday' is not a full date; write it as YYYY-MM-DD"


# corpora with their own field names

def test_json_corpus_with_custom_field_names():
    f = INPUTS / "feed-custom.json"
    fields = Fields(id="guid", text="body", published="publishedAt", title="headline", url="link",
                    outlet="source.name", credit="byline")
    read = read_articles([f], fields=fields)
    first, second = read.articles
    assert first.text.startswith("Floodwater cut the town of Ridgeport off on Saturday")
    assert (first.id, first.title, first.url, first.outlet, first.credit) == (
        "hd-2024-0106-floods", "Floods cut Ridgeport off", "https://harbourdaily.example/news/2024/01/06/ridgeport-floods",
        "Harbour Daily", "Mara Lindqvist, Tomas Berg")
    assert dating(first) == (dt.date(2024, 1, 6), "2024-01-06T18:45:00+01:00", "given", 1.0)
    assert (second.id, second.outlet, second.credit) == ("cw-88213", "Coast Wire", "")
    assert dating(second) == (dt.date(2024, 1, 6), "2024-01-06T21:30:00+00:00", "given", 1.0)
    where = f"{f}, item 3 (line 23)"
    assert statuses(read) == [
        (f"{f}, item 1 (line 5)", "hd-2024-0106-floods", "used", ""),
        (f"{f}, item 2 (line 14)", "cw-88213", "used", ""),
        (where, "cw-88214", "failed", f'{where}: no text (no "body" field); give the article as a string in a '
                                      f'"body" field, or name the field that holds it')]


def test_json_list_of_articles_and_one_article_object(tmp_path):
    listed = write(tmp_path / "list.json", json.dumps([{"text": STORY, "published": "2023-12-31"}, {"text": "Kyiv was quiet."}]))
    single = write(tmp_path / "one.json", json.dumps({"id": "solo", "text": STORY}))
    read = read_articles([listed, single])
    assert [(a.id, a.source) for a in read.articles] == [
        ("list-1", f"{listed}, item 1 (line 1)"), ("list-2", f"{listed}, item 2 (line 1)"), ("solo", str(single))]


@pytest.mark.parametrize("doc, says", [
    ({"a": [{"text": "x"}], "b": [{"text": "y"}]}, "it holds 2: a, b"),
    ({"status": "ok"}, 'and no "text" field'),
    ("a string", "a JSON str, not a list of articles"),
])
def test_json_without_one_list_of_articles_fails(tmp_path, doc, says):
    f = write(tmp_path / "feed.json", json.dumps(doc))
    bad = problem([f])
    assert bad.source == str(f) and says in bad.reason


def test_csv_corpus_with_custom_field_names():
    f = INPUTS / "corpus-custom.csv"
    fields = Fields(id="Story ID", text="Body", published="Date", title="Headline", outlet="Source", url="Link")
    read = read_articles([f], fields=fields)
    ferry, budget = read.articles
    assert ferry.text == "The ferry strike planned for Monday was called off on Sunday evening, the union said."
    assert (ferry.id, ferry.title, ferry.outlet, ferry.url, ferry.source) == (
        "vt-1", "Ferry strike called off", "Valley Times", "https://valleytimes.example/ferry", f"{f}, row 2")
    assert dating(ferry) == (dt.date(2023, 12, 31), "2023-12-31T22:04:00-05:00", "given", 1.0)  # its local day
    assert dating(budget) == (dt.date(2024, 1, 1), "2024-01-01T00:00:00+00:00", "given", 1.0)  # Unix seconds
    assert statuses(read)[2:] == [
        (f"{f}, row 4", "vt-3", "skipped", "empty"),
        (f"{f}, row 5", "vt-4", "failed", f"{f}, row 5: Date 'next Tuesday' is not a full date; write it as YYYY-MM-DD")]


def test_missing_configured_text_field_names_file_line_and_field(tmp_path):
    f = write(tmp_path / "feed.jsonl", json.dumps({"id": "a", "text": STORY}) + "\n")
    bad = problem([f], fields=Fields(text="content"))
    assert bad.reason.startswith(f'{f}, line 1: no text (no "content" field)')
    c = write(tmp_path / "corpus.csv", "id,body\na,Kyiv was quiet.\n")
    assert problem([c], fields=Fields(text="content")).reason.startswith(f"{c}: no text column (content)")


def test_fields_must_name_fields():
    with pytest.raises(ValueError, match="Fields.text"):
        Fields(text="")


# compressed files and standard input

def test_jsonl_gz_fixture_dates_unix_seconds_and_rfc_2822():
    f = INPUTS / "wire.jsonl.gz"
    first, second = read_articles([f]).articles
    assert first.text == "Rescue teams searched the Orlan valley on Monday for two missing hikers, police said.\n"
    assert (first.id, first.outlet, first.source) == ("wire-0101", "Global Newswire", f"{f}, line 1")
    assert dating(first) == (dt.date(2024, 1, 1), "2024-01-01T10:00:00+00:00", "given", 1.0)
    assert (second.title, dating(second)) == (
        "Missing hikers found alive", (dt.date(2024, 1, 2), "2024-01-02T21:15:00-05:00", "given", 1.0))


def test_gzip_kind_is_the_suffix_before_gz(tmp_path):
    txt = gz(tmp_path / "kyiv.txt.gz", "date 2023-12-31\n" + STORY)
    csv_file = gz(tmp_path / "m.csv.gz", "id,text\nk,Kharkiv was hit overnight.\n")
    read = read_articles([txt, csv_file])
    assert [(a.id, a.text) for a in read.articles] == [("kyiv", "date 2023-12-31\n" + STORY), ("k", "Kharkiv was hit overnight.")]
    broken = write(tmp_path / "broken.txt.gz", "not gzip at all")
    assert problem([broken]).reason.startswith(f"{broken}: not a readable gzip file")
    bare = write(tmp_path / "story.gz", "x")
    assert problem([bare]).reason.startswith(f"{bare}: unknown kind of input '.gz'")


def test_stdin_plain_text_is_one_article(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Published: 2023-12-31\n" + STORY))
    read = read_articles(["-"])
    [article] = read.articles
    assert (article.id, article.source, article.text) == ("stdin", "stdin", "Published: 2023-12-31\n" + STORY)
    assert dating(article) == (dt.date(2023, 12, 31), "2023-12-31", "dateline", 0.9)


@pytest.mark.parametrize("given", [
    "\n".join(json.dumps({"id": i, "text": STORY, "published": "2023-12-31"}) for i in ("a", "b")) + "\n",
    json.dumps([{"id": "a", "text": STORY, "published": "2023-12-31"}, {"id": "b", "text": STORY}], indent=1),
])
def test_stdin_json_lines_or_json(monkeypatch, given):
    monkeypatch.setattr(sys, "stdin", io.StringIO(given))
    read = read_articles(["-"])
    assert [a.id for a in read.articles] == ["a", "b"]
    assert read.articles[0].published == dt.date(2023, 12, 31)
    assert all(s.source.startswith("stdin, ") for s in read.inputs)


def test_stdin_bytes_are_decoded_like_files(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Le café a été fermé samedi.".encode("cp1252"))))
    read = read_articles(["-"])
    assert read.articles[0].text == "Le café a été fermé samedi."
    assert read.warnings[0].startswith("stdin: not UTF-8; read as Windows-1252")


# publication dates in every common form

@pytest.mark.parametrize("given, day, at", [
    ("2023-12-31T10:04:00+02:00", dt.date(2023, 12, 31), "2023-12-31T10:04:00+02:00"),
    ("2023-12-31T23:30:00Z", dt.date(2023, 12, 31), "2023-12-31T23:30:00+00:00"),
    ("2024-01-01T01:30:00+05:30", dt.date(2024, 1, 1), "2024-01-01T01:30:00+05:30"),  # 2023-12-31 in UTC
    ("2023-12-31T21:00:00.000-05:00", dt.date(2023, 12, 31), "2023-12-31T21:00:00-05:00"),
    ("Sun, 31 Dec 2023 10:04:00 GMT", dt.date(2023, 12, 31), "2023-12-31T10:04:00+00:00"),
    ("Sun, 31 Dec 2023 22:04:00 -0500", dt.date(2023, 12, 31), "2023-12-31T22:04:00-05:00"),
    ("Dec 31, 2023 10:04 AM EST", dt.date(2023, 12, 31), "2023-12-31T10:04:00-05:00"),
    ("December 31, 2023 11:45 PM PDT", dt.date(2023, 12, 31), "2023-12-31T23:45:00-07:00"),
    ("31 December 2023 14:00 CET", dt.date(2023, 12, 31), "2023-12-31T14:00:00+01:00"),
    ("2023-12-31 09:15 MSK", dt.date(2023, 12, 31), "2023-12-31T09:15:00+03:00"),
    ("2023-12-31 18:00 IST", dt.date(2023, 12, 31), "2023-12-31T18:00:00+05:30"),
    ("2023-12-31 10:04", dt.date(2023, 12, 31), "2023-12-31T10:04:00"),  # a time without a zone
    ("2023-12-31", dt.date(2023, 12, 31), "2023-12-31"),
    ("Dec. 31, 2023", dt.date(2023, 12, 31), "2023-12-31"),
    ("Sunday, December 31st, 2023", dt.date(2023, 12, 31), "2023-12-31"),
    ("20231231", dt.date(2023, 12, 31), "2023-12-31"),
    (1704017040, dt.date(2023, 12, 31), "2023-12-31T10:04:00+00:00"),
    ("1704067199", dt.date(2023, 12, 31), "2023-12-31T23:59:59+00:00"),
    (dt.date(2023, 12, 31), dt.date(2023, 12, 31), "2023-12-31"),
    (dt.datetime(2023, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-8))), dt.date(2023, 12, 31),
     "2023-12-31T23:00:00-08:00"),
])
def test_date_forms(given, day, at):
    [article] = read_records([{"text": STORY, "published": given}]).articles
    assert dating(article) == (day, at, "given", 1.0)


@pytest.mark.parametrize("given", ["May 2023", "Saturday", "3 hours ago", "2023", "2024-13-40", "last Saturday"])
def test_what_is_no_full_date_fails_its_record(given):
    read = read_records([{"text": STORY, "published": given}])
    assert statuses(read) == [("article 1", "", "failed",
                               f"article 1: published {given!r} is not a full date; write it as YYYY-MM-DD")]


# nothing lost: every input with what became of it

def test_mixed_inputs_are_all_reported_in_order_and_strict_stops_at_the_first_problem(tmp_path):
    folder = tmp_path / "news"
    write(folder / "a.txt", STORY)
    shutil.copy(INPUTS / "section-index.html", folder / "b.html")
    write(folder / "c.tml", "<TimeML><TEXT>unclosed</TimeML>")
    write(folder / "d.txt", "  \n")
    write(folder / "e.tml", TIMEML)
    feed = write(tmp_path / "feed.jsonl", json.dumps({"id": "f", "text": STORY}) + "\n{'id': 'g'}\n"
                 + json.dumps({"id": "a", "text": STORY}) + "\n" + json.dumps(["h"]) + "\n")
    empty = write(tmp_path / "nothing" / "notes.csv", "id,file\n")
    inputs = [folder, tmp_path / "missing.txt", feed, empty.parent, tmp_path / "story.pdf", INPUTS / "ridgeport-flood.html"]
    write(tmp_path / "story.pdf", "%PDF")
    read = read_articles(inputs)
    got = statuses(read)
    assert [a.id for a in read.articles] == ["a", "e", "f", "ridgeport-flood"]
    assert [(source, article_id, status) for source, article_id, status, _ in got] == [
        (str(folder / "a.txt"), "a", "used"),
        (str(folder / "b.html"), "b", "skipped"),
        (str(folder / "c.tml"), "c", "failed"),
        (str(folder / "d.txt"), "d", "skipped"),
        (str(folder / "e.tml"), "e", "used"),
        (str(tmp_path / "missing.txt"), "", "failed"),
        (f"{feed}, line 1", "f", "used"),
        (f"{feed}, line 2", "", "failed"),
        (f"{feed}, line 3", "a", "skipped"),
        (f"{feed}, line 4", "", "failed"),
        (str(empty.parent), "", "failed"),
        (str(tmp_path / "story.pdf"), "", "failed"),
        (str(INPUTS / "ridgeport-flood.html"), "ridgeport-flood", "used"),
    ]
    reasons = [reason for *_, reason in got]
    assert reasons[1] == "not an article"
    assert reasons[2].startswith(f"{folder / 'c.tml'}: not well-formed XML (")
    assert reasons[3] == "empty"
    assert reasons[5] == f"{tmp_path / 'missing.txt'}: file not found"
    assert reasons[7].startswith(f"{feed}, line 2: not valid JSON (")
    assert reasons[8] == f"id a already used by {folder / 'a.txt'}"
    assert reasons[9].startswith(f"{feed}, line 4: expected a JSON object")
    assert reasons[10].startswith(f"{empty.parent}: no article files")
    assert reasons[11].startswith(f"{tmp_path / 'story.pdf'}: unknown kind of input '.pdf'")
    assert all("\n" not in reason for reason in reasons)
    with pytest.raises(InputError) as caught:
        read_articles(inputs, strict=True)
    assert str(caught.value).startswith(f"{folder / 'b.html'}: not an article")


def test_a_bad_line_leaves_the_lines_before_and_after_it(tmp_path):
    f = write(tmp_path / "feed.jsonl", json.dumps({"id": "a", "text": STORY}) + "\nnot json\n"
              + json.dumps({"id": "b", "text": STORY}) + "\n")
    read = read_articles([f])
    assert [a.id for a in read.articles] == ["a", "b"]
    assert [s.status for s in read.inputs] == ["used", "failed", "used"]


def test_empty_article_is_skipped(tmp_path):
    f = write(tmp_path / "blank.txt", "\n")
    read = read_articles([f], dt.date(2023, 12, 31))
    assert read.articles == ()
    assert statuses(read) == [(str(f), "blank", "skipped", "empty")]
    with pytest.raises(InputError, match="empty article"):
        read_articles([f], strict=True)


def test_corpus_with_no_articles_is_reported(tmp_path):
    f = write(tmp_path / "feed.jsonl", "\n\n")
    assert statuses(read_articles([f])) == [(str(f), "", "skipped", "empty")]


def test_read_records_reports_and_dates_like_files():
    read = read_records([
        {"id": "a", "text": "Updated: 2023-12-31 08:00 GMT\n" + STORY},
        Article("b", STORY, None, source="wire"),
        {"title": "no text"},
        "just a string",
        {"id": "a", "text": STORY},
        {"id": "c", "body": STORY, "when": "2023-12-29"},
    ], published=dt.date(2024, 1, 1))
    a, b = read.articles
    assert dating(a) == (dt.date(2023, 12, 31), "2023-12-31T08:00:00+00:00", "dateline", 0.9)
    assert dating(b) == (dt.date(2024, 1, 1), "2024-01-01", "option", 0.5)
    assert statuses(read) == [
        ("article 1", "a", "used", ""),
        ("wire", "b", "used", ""),
        ("article 3", "", "failed", 'article 3: no text (no "text" field); give the article as a string in a "text" '
                                    "field, or name the field that holds it"),
        ("article 4", "", "failed", 'article 4: expected an Article or a dict with a "text", found str'),
        ("article 5", "a", "skipped", "id a already used by article 1"),
        ("article 6", "c", "failed", 'article 6: no text (no "text" field); give the article as a string in a "text" '
                                     "field, or name the field that holds it"),
    ]
    [c] = read_records([{"id": "c", "body": STORY, "when": "2023-12-29"}],
                       fields=Fields(text="body", published="when")).articles
    assert dating(c) == (dt.date(2023, 12, 29), "2023-12-29", "given", 1.0)
    with pytest.raises(InputError, match=r"article 3: no text"):
        read_records([{"text": STORY}, {"text": STORY}, {"title": "no text"}], strict=True)


# errors: each names the file (and row or line), the problem and a fix

def test_missing_file(tmp_path):
    bad = problem([tmp_path / "x.txt"])
    assert (bad.status, bad.reason) == ("failed", f"{tmp_path / 'x.txt'}: file not found")


def test_unknown_extension_suggests_accepted_kinds(tmp_path):
    f = write(tmp_path / "story.pdf", "%PDF")
    message = problem([f]).reason
    assert message.startswith(f"{f}: unknown kind of input '.pdf'")
    assert all(kind in message for kind in (".txt", ".md", ".html", "folder", ".csv", ".json", ".jsonl", ".gz"))


def test_folder_without_articles(tmp_path):
    bad = problem([tmp_path])
    assert (bad.source, bad.status) == (str(tmp_path), "failed")
    assert bad.reason.startswith(f"{tmp_path}: no article files")


def test_csv_without_text_or_file_column_names_the_columns_it_has(tmp_path):
    f = write(tmp_path / "m.csv", "name,path,date\nx,x.txt,2023-12-31\n")
    assert problem([f]).reason == (f"{f}: no text column (text) and no file column (file); it has name, path, date; "
                                   "give a corpus with the columns id,text,published or a manifest with id,file,published")


def test_manifest_row_without_file_or_text(tmp_path):
    write(tmp_path / "a.txt", STORY)
    f = write(tmp_path / "articles.csv", "id,file,published\na,a.txt,2023-12-31\nb,,2023-12-31\n")
    bad = problem([f])
    assert (bad.source, bad.article_id) == (f"{f}, row 3", "b")
    assert bad.reason.startswith(f"{f}, row 3: no file and no text")


def test_manifest_referenced_file_missing(tmp_path):
    f = write(tmp_path / "articles.csv", "id,file,published\nb,articles/b.txt,2023-12-31\n")
    message = problem([f]).reason
    assert message.startswith(f"{f}, row 2: file articles/b.txt not found")
    assert "relative to the manifest's folder" in message


def test_unparseable_published_names_row_and_value(tmp_path):
    write(tmp_path / "a.txt", STORY)
    f = write(tmp_path / "articles.csv", "id,file,published\na,a.txt,last Saturday\n")
    assert problem([f]).reason == f"{f}, row 2: published 'last Saturday' is not a full date; write it as YYYY-MM-DD"


def test_jsonl_invalid_json_names_the_line(tmp_path):
    f = write(tmp_path / "feed.jsonl", json.dumps({"id": "a", "text": STORY}) + "\n\n{'id': 'b'}\n")
    assert problem([f]).reason.startswith(f"{f}, line 3: not valid JSON (")


def test_jsonl_without_text(tmp_path):
    f = write(tmp_path / "feed.jsonl", '{"id": "a", "published": "2023-12-31"}\n')
    bad = problem([f])
    assert (bad.article_id, bad.status) == ("a", "failed")
    assert bad.reason.startswith(f"{f}, line 1: no text")


def test_jsonl_line_not_an_object(tmp_path):
    f = write(tmp_path / "feed.jsonl", '["a", "b"]\n')
    assert problem([f]).reason.startswith(f"{f}, line 1: expected a JSON object")


def test_invalid_json_file_names_the_line(tmp_path):
    f = write(tmp_path / "feed.json", '[\n {"text": "a"},\n {"text": "b",}\n]\n')
    assert problem([f]).reason.startswith(f"{f}, line 3: not valid JSON (")


def test_duplicate_ids_name_both_sources(tmp_path):
    a = write(tmp_path / "one" / "belgorod.txt", STORY)
    b = write(tmp_path / "two" / "belgorod.txt", STORY)
    read = read_articles([a, b])
    assert [x.source for x in read.articles] == [str(a)]
    assert statuses(read)[1] == (str(b), "belgorod", "skipped", f"id belgorod already used by {a}")
    with pytest.raises(InputError) as caught:
        read_articles([a, b], strict=True)
    assert str(caught.value) == f"{b}: article id 'belgorod' is used twice (first by {a}); give each article its own id"


def test_lone_surrogates_become_replacement_characters_in_every_reader(tmp_path):
    # a file name that is not UTF-8 (Python hands it over with surrogates), a JSON escape, a Python string
    name = tmp_path / "in" / (b"caf\xe9.txt".decode("utf-8", "surrogateescape"))
    write(name, "Floods hit Ridgeport on Saturday.")
    write(tmp_path / "a.json", json.dumps([{"id": "j\ud800", "text": "x \udfff y", "published": "2024-01-02",
                                            "outlet": "O\ud800", "url": "https://example.org/\udc00"}]))
    read = read_articles([tmp_path / "in", tmp_path / "a.json"], dt.date(2024, 1, 2))
    given = read_records([{"id": "r", "text": "a\ud800b", "title": "t\ud800"},
                          Article(id="o\udfff", text="c\udc00d", published=None)])
    articles = read.articles + given.articles
    assert [a.id for a in articles] == ["caf\ufffd", "j\ufffd", "r", "o\ufffd"]
    assert [a.text for a in articles[1:]] == ["x \ufffd y", "a\ufffdb", "c\ufffdd"]
    assert (articles[1].outlet, articles[1].url, articles[2].title) == ("O\ufffd", "https://example.org/\ufffd", "t\ufffd")
    for status in read.inputs + given.inputs:
        status.source.encode("utf-8")
        status.article_id.encode("utf-8")
