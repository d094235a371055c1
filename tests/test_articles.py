"""Stage 1: files, folders, CSV manifests and JSON Lines -> Article, with dates and clear errors."""
import datetime as dt
import json
from pathlib import Path

import pytest

from parsers.articles import InputError, ReadResult, find_dateline, read_articles

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "belgorod" / "articles.csv"
STORY = ("Russia launched its largest aerial attack of the war on Friday, firing 122 missiles and "
         "dozens of drones at cities across Ukraine, officials said.\n\n"
         "The strikes killed at least 31 people, Ukraine's air force said on Saturday.\n")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


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
    assert read.warnings == ()


def test_example_date_line_is_marked_as_metadata_even_when_the_manifest_dates_the_article():
    article = read_articles([EXAMPLE]).articles[2]
    assert article.text[slice(*article.dateline)] == "date 2023-12-31"


def test_txt_date_line_gives_the_publication_date(tmp_path):
    f = write(tmp_path / "belgorod.txt", " date 2023-12-31 Follow us on Image Source : AP " + STORY)
    (article,) = read_articles([f], published=dt.date(2024, 5, 1)).articles
    assert (article.id, article.published, article.source) == ("belgorod", dt.date(2023, 12, 31), str(f))
    assert article.dateline == (1, 16)


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


def test_txt_without_date_takes_published_argument(tmp_path):
    f = write(tmp_path / "kyiv.md", STORY)
    read = read_articles([f], published=dt.date(2023, 12, 30))
    assert read.articles[0].published == dt.date(2023, 12, 30)
    assert read.warnings == ()


def test_txt_without_any_date_warns_and_never_uses_today(tmp_path):
    f = write(tmp_path / "kyiv.txt", STORY)
    read = read_articles([f])
    assert read.articles[0].published is None
    assert read.warnings == (f"{f}: no publication date; relative dates in it are left unresolved "
                             "(give --published or a manifest date)",)


def test_text_is_kept_exactly_bom_dropped_and_bad_bytes_replaced(tmp_path):
    text = "Kyiv, Dec. 29\r\n  Strikes hit  Kharkiv.\r\n"
    f = write(tmp_path / "a.txt", "\ufeff" + text)
    assert read_articles([f]).articles[0].text == text
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"Caf\xe9 shelled on Saturday.")
    read = read_articles([bad], dt.date(2023, 12, 31))
    assert read.articles[0].text == "Caf\ufffd shelled on Saturday."
    assert read.warnings[0].startswith(f"{bad}: not valid UTF-8")


def test_folder_reads_article_files_recursively_sorted(tmp_path):
    write(tmp_path / "news" / "b.txt", STORY)
    write(tmp_path / "news" / "a.md", "Date: 2023-12-30\n" + STORY)
    write(tmp_path / "news" / "sub" / "c.txt", STORY)
    write(tmp_path / "news" / "notes.csv", "id,file\n")  # a folder means article files only
    read = read_articles([tmp_path / "news"], published=dt.date(2024, 1, 1))
    assert [(a.id, a.published) for a in read.articles] == [
        ("a", dt.date(2023, 12, 30)), ("b", dt.date(2024, 1, 1)), ("c", dt.date(2024, 1, 1))]


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
    assert (first.id, first.published, first.title, first.url, first.outlet, first.credit) == (
        "afp-1", dt.date(2023, 12, 30), "Russia strikes Ukraine", "https://example.com/1", "France 24", "AFP")
    assert first.text == STORY
    assert (second.id, second.published, second.source) == ("feed-3", dt.date(2023, 12, 31), f"{f}, line 3")
    assert (third.id, third.published) == ("feed-4", None)
    assert read.warnings == (f"{f}, line 4: no publication date; relative dates in it are left unresolved "
                             "(give --published or a manifest date)",)


def test_manifest_with_text_column_and_metadata(tmp_path):
    f = write(tmp_path / "m.csv", 'ID,Text,Published,Title\n'
                                  'kx,"Kharkiv was shelled on Saturday.\nTwo people died.",December 31 2023,Kharkiv\n'
                                  'ky,"Kyiv was quiet.",,\n')
    read = read_articles([f])
    kx, ky = read.articles
    assert (kx.text, kx.published, kx.title, kx.source) == (
        "Kharkiv was shelled on Saturday.\nTwo people died.", dt.date(2023, 12, 31), "Kharkiv", f"{f}, row 2")
    assert ky.published is None
    assert read.warnings[0].startswith(f"{f}, row 3: no publication date")


def test_manifest_date_wins_over_date_line(tmp_path):
    write(tmp_path / "articles" / "a.txt", "date 2023-12-31 " + STORY)
    f = write(tmp_path / "m.csv", "id,file,published\na,articles/a.txt,2024-01-02\n")
    assert read_articles([f]).articles[0].published == dt.date(2024, 1, 2)


def test_empty_article_is_kept_with_a_warning(tmp_path):
    f = write(tmp_path / "blank.txt", "\n")
    read = read_articles([f], dt.date(2023, 12, 31))
    assert len(read.articles) == 1
    assert read.warnings == (f"{f}: empty article",)


# errors: each names the file (and row or line)

def error(inputs) -> str:
    with pytest.raises(InputError) as caught:
        read_articles(inputs)
    return str(caught.value)


def test_missing_file(tmp_path):
    assert error([tmp_path / "x.txt"]) == f"{tmp_path / 'x.txt'}: file not found"


def test_unknown_extension_suggests_accepted_kinds(tmp_path):
    f = write(tmp_path / "story.pdf", "%PDF")
    message = error([f])
    assert message.startswith(f"{f}: unknown kind of input '.pdf'")
    assert all(kind in message for kind in (".txt", ".md", "folder", ".csv", ".jsonl"))


def test_folder_without_articles(tmp_path):
    assert error([tmp_path]).startswith(f"{tmp_path}: no article files")


def test_manifest_missing_column_names_the_columns_it_has(tmp_path):
    f = write(tmp_path / "m.csv", "name,path,date\nx,x.txt,2023-12-31\n")
    assert error([f]) == (f"{f}: a manifest needs the columns id and file (or text), best with published; "
                          "it has name, path, date")


def test_manifest_row_without_file_or_text(tmp_path):
    write(tmp_path / "a.txt", STORY)
    f = write(tmp_path / "articles.csv", "id,file,published\na,a.txt,2023-12-31\nb,,2023-12-31\n")
    assert error([f]).startswith(f"{f}, row 3: no file and no text")


def test_manifest_referenced_file_missing(tmp_path):
    f = write(tmp_path / "articles.csv", "id,file,published\nb,articles/b.txt,2023-12-31\n")
    message = error([f])
    assert message.startswith(f"{f}, row 2: file articles/b.txt not found")
    assert "relative to the manifest's folder" in message


def test_unparseable_published_names_row_and_value(tmp_path):
    write(tmp_path / "a.txt", STORY)
    f = write(tmp_path / "articles.csv", "id,file,published\na,a.txt,last Saturday\n")
    assert error([f]) == f"{f}, row 2: published 'last Saturday' is not a full date; write it as YYYY-MM-DD"


def test_jsonl_invalid_json_names_the_line(tmp_path):
    f = write(tmp_path / "feed.jsonl", json.dumps({"id": "a", "text": STORY}) + "\n\n{'id': 'b'}\n")
    assert error([f]).startswith(f"{f}, line 3: not valid JSON (")


def test_jsonl_without_text(tmp_path):
    f = write(tmp_path / "feed.jsonl", '{"id": "a", "published": "2023-12-31"}\n')
    assert error([f]).startswith(f"{f}, line 1: no text")


def test_jsonl_line_not_an_object(tmp_path):
    f = write(tmp_path / "feed.jsonl", '["a", "b"]\n')
    assert error([f]).startswith(f"{f}, line 1: expected a JSON object")


def test_duplicate_ids_name_both_sources(tmp_path):
    a = write(tmp_path / "one" / "belgorod.txt", STORY)
    b = write(tmp_path / "two" / "belgorod.txt", STORY)
    assert error([a, b]) == (f"{b}: article id 'belgorod' is also used by {a}; give each article its own id")
