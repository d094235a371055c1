"""Stage 1: inputs -> Article.

Reads article files (.txt and .md, with or without front matter; saved web pages, .html and
.htm; TimeML, .tml), folders of them, corpora and manifests (.csv, .json, .jsonl), any of these
gzip-compressed (.gz), and standard input ("-"). Returns a `ReadResult`: the articles, each with
its publication date and how that was found; what became of every input (`InputStatus`: used,
skipped or failed, and why); and warnings a reader should see (text that was not UTF-8).

A bad file or record is reported and the rest is read; with strict=True the first input that
cannot be used raises `InputError`. Either way the message names the file (and row or line),
the problem and a fix.

Article text is kept exactly as decoded, line endings included: every later stage cites
character offsets into it.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, fields as dataclass_fields, replace
from pathlib import Path
from typing import Iterable, Iterator

from parsers.input_dates import (Published, find_dateline, find_dateline_published, find_wire_dateline,
                                 parse_published)
from parsers.input_text import decode, decompress, encodable, split_front_matter
from timeline.model import Article, InputStatus

__all__ = ["ARTICLE_SUFFIXES", "CORPUS_SUFFIXES", "DATE_CONFIDENCE", "Fields", "InputError", "KINDS",
           "META_FIELDS", "ReadResult", "find_dateline", "find_wire_dateline", "read_articles",
           "read_records", "read_timeml"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".tml")
CORPUS_SUFFIXES = (".csv", ".json", ".jsonl")
KINDS = ("an article file (.txt, .md, .html, .htm), a TimeML file (.tml), a folder of them, a corpus "
         "or manifest (.csv, .json, .jsonl), any of these gzip-compressed (.gz), or - for standard input")
META_FIELDS = ("title", "url", "outlet", "credit")
STDIN = "-"
_STDIN_NAME = "stdin"
# how sure a publication day is, by how it was found (timeline.model.DATE_METHODS)
DATE_CONFIDENCE = {"given": 1.0, "metadata": 0.9, "dateline": 0.9, "option": 0.5}
_JSON = json.JSONDecoder()
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


class InputError(Exception):
    """Bad input: the message names the file (and row or line), the problem and a fix."""


@dataclass(frozen=True, slots=True)
class Fields:
    """The names a corpus gives the parts of an article: JSON keys or CSV columns (any case).

    A JSON name may reach into nested objects with dots: Fields(outlet="source.name")."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    title: str = "title"
    url: str = "url"
    outlet: str = "outlet"
    credit: str = "credit"

    def __post_init__(self) -> None:
        for f in dataclass_fields(self):
            if not isinstance(getattr(self, f.name), str) or not getattr(self, f.name).strip():
                raise ValueError(f"Fields.{f.name} must name a field")


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()
    # every input article, record or file, in input order, with what became of it
    inputs: tuple[InputStatus, ...] = ()


@dataclass(frozen=True, slots=True)
class _Problem:
    """An input that gives no article: its status and the error strict mode raises."""

    status: str  # "skipped" or "failed"
    source: str
    reason: str
    message: str
    article_id: str = ""


def _failed(source: str, message: str, article_id: str = "") -> _Problem:
    return _Problem("failed", source, message, message, article_id)


def _empty_file(name: str) -> _Problem:
    return _Problem("skipped", name, "empty", f"{name}: no articles in it; add some or leave it out")


def read_articles(inputs: Iterable[str | Path] | str | Path, published: dt.date | None = None,
                  fields: Fields = Fields(), strict: bool = False) -> ReadResult:
    """Read every input, in the order given, into articles.

    An article's publication date is, first found: the one its record gives (a manifest,
    corpus or front matter field, a TimeML creation time), a saved page's metadata, a date
    line at the top of its text, `published` (the CLI's --published). Never today: a wrong
    reference date silently misdates every "on Saturday" in the article.
    """
    if isinstance(inputs, (str, Path)):  # one path, not an iterable of its characters
        inputs = [inputs]
    reading = _Reading(published, strict)
    for given in inputs:
        name = _STDIN_NAME if str(given) == STDIN else str(given)
        for item in _guarded(_read_input(given, fields, reading.warnings), name):
            reading.add(item)
    return reading.result()


def read_records(records: Iterable[dict | Article], published: dt.date | None = None,
                 fields: Fields = Fields(), strict: bool = False) -> ReadResult:
    """Articles given in Python: `Article` objects, or dicts with a "text" and optionally "id",
    "published" (a date, datetime or any form `read_articles` reads), "title", "url", "outlet",
    "credit" (names as `fields` gives them). Dated and reported as files are."""
    if isinstance(records, (dict, Article)):
        records = [records]
    reading = _Reading(published, strict)
    for n, record in enumerate(records, 1):
        where = f"article {n}"
        try:
            if isinstance(record, Article):
                item = record if record.source else replace(record, source=where)
            elif isinstance(record, dict):
                item = _record(record, fields, where, f"article-{n}")
            else:
                raise InputError(f'{where}: expected an Article or a dict with a "{fields.text}", '
                                 f"found {type(record).__name__}")
        except InputError as e:
            item = _failed(where, str(e), _record_id(record, fields))
        reading.add(item)
    return reading.result()


class _Reading:
    """Articles and statuses in input order: each article dated, ids kept unique."""

    def __init__(self, published: dt.date | str | None, strict: bool):
        self.default = None if published is None else parse_published(published)
        if published is not None and self.default is None:
            raise InputError(f"published {published!r} is not a full date; write it as YYYY-MM-DD")
        self.strict = strict
        self.articles: list[Article] = []
        self.statuses: list[InputStatus] = []
        self.warnings: list[str] = []
        self.seen: dict[str, str] = {}  # id -> source, to name both sides of a duplicate

    def add(self, item: Article | _Problem) -> None:
        item = _encodable(item)
        if isinstance(item, _Problem):
            self._report(item)
            return
        article = self._dated(item)
        source, first = article.source, self.seen.get(article.id)
        if not article.text.strip():
            self._report(_Problem("skipped", source, "empty", f"{source}: empty article; give it text "
                                  f"or leave it out", article.id))
        elif first is not None:
            self._report(_Problem("skipped", source, f"id {article.id} already used by {first}",
                                  f"{source}: article id {article.id!r} is used twice (first by {first}); "
                                  f"give each article its own id", article.id))
        else:
            self.seen[article.id] = source
            self.articles.append(article)
            self.statuses.append(InputStatus(source, article.id, "used"))

    def _report(self, problem: _Problem) -> None:
        if self.strict:
            raise InputError(problem.message)
        self.statuses.append(InputStatus(problem.source, problem.article_id, problem.status, problem.reason))

    def _dated(self, article: Article) -> Article:
        found = find_dateline_published(article.text)
        # a date line is metadata even when the record dates the article: no event is cited from it
        article = replace(article, dateline=found[1] if found else find_wire_dateline(article.text))
        if article.published is not None:
            method = article.date_method or "given"
            return replace(article, published_at=article.published_at or article.published.isoformat(),
                           date_method=method, date_confidence=article.date_confidence
                           if article.date_confidence is not None else DATE_CONFIDENCE.get(method))
        if found is not None:
            return replace(article, **_dating(found[0], "dateline"))
        if self.default is not None:
            return replace(article, **_dating(self.default, "option"))
        return replace(article, published_at="", date_method="", date_confidence=None)

    def result(self) -> ReadResult:
        return ReadResult(tuple(self.articles), tuple(encodable(w) for w in self.warnings), tuple(self.statuses))


def _encodable(item: Article | _Problem) -> Article | _Problem:
    # a lone surrogate (a JSON escape "\ud800", a file name not in UTF-8) can be written by no
    # UTF-8 writer: every text an input gives passes here once, whatever reader gave it
    changed = {f.name: encodable(v) for f in dataclass_fields(item)
               if isinstance(v := getattr(item, f.name), str) and encodable(v) is not v}
    return replace(item, **changed) if changed else item


def _dating(when: Published | None, method: str) -> dict:
    if when is None:
        return {"published": None}
    return {"published": when.day, "published_at": when.at, "date_method": method,
            "date_confidence": DATE_CONFIDENCE[method]}


def _guarded(items: Iterator[Article | _Problem], source: str) -> Iterator[Article | _Problem]:
    # a file that cannot be read further fails; what it gave before stands
    try:
        yield from items
    except InputError as e:
        yield _failed(source, str(e))


def _read_input(given: str | Path, fields: Fields, warnings: list[str]) -> Iterator[Article | _Problem]:
    if str(given) == STDIN:
        yield from _read_stdin(fields, warnings)
        return
    path = Path(given)
    if path.is_dir():
        yield from _read_folder(path, warnings)
        return
    kind, stem = _kind(path)
    if kind in ARTICLE_SUFFIXES:
        yield _read_file(path, warnings)
    elif kind == ".csv":
        yield from _read_csv(path, stem, fields, warnings)
    elif kind == ".jsonl":
        yield from _read_jsonl(_read_text(path, warnings), str(path), stem, fields)
    elif kind == ".json":
        yield from _read_json(_read_text(path, warnings), str(path), stem, fields)
    elif not path.exists():
        raise InputError(f"{path}: file not found")
    else:
        shown = path.name[len(stem):].lower() or "(no extension)"  # "x.gz" shows ".gz", not ""
        raise InputError(f"{path}: unknown kind of input {shown!r}; give {KINDS}")


def _kind(path: Path) -> tuple[str, str]:
    """The kind of file its name says (".txt"; "x.jsonl.gz" is ".jsonl") and its name without it."""
    if path.name.lower().endswith(".gz"):
        inner = Path(path.name[:-3])
        return inner.suffix.lower(), inner.stem
    return path.suffix.lower(), path.stem


def _read_folder(path: Path, warnings: list[str]) -> Iterator[Article | _Problem]:
    files = sorted(p for p in path.rglob("*") if _kind(p)[0] in ARTICLE_SUFFIXES and p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if not files:
        raise InputError(f"{path}: no article files ({', '.join(ARTICLE_SUFFIXES)}, or these .gz) in "
                         f"this folder; give a corpus or manifest ({', '.join(CORPUS_SUFFIXES)}) by its file name")
    for file in files:
        try:
            item = _read_file(file, warnings)
        except InputError as e:
            item = _failed(str(file), str(e), _kind(file)[1])
        yield item


def _read_bytes(path: Path, where: str | None = None) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{where or path}: file not found") from None
    except OSError as e:
        raise InputError(f"{where or path}: cannot read it ({e.strerror})") from None
    if path.name.lower().endswith(".gz"):
        try:
            data = decompress(data, str(path))
        except ValueError as e:
            raise InputError(str(e)) from None
    return data


def _read_text(path: Path, warnings: list[str]) -> str:
    return decode(_read_bytes(path), str(path), warnings)


def _read_file(path: Path, warnings: list[str]) -> Article | _Problem:
    """One article file; InputError when it cannot be read."""
    kind, stem = _kind(path)
    data = _read_bytes(path)
    if kind == ".tml":
        text, dct = _timeml(data, path)
        return Article(id=stem, text=text, source=str(path), **_dating(dct, "given"))
    text = decode(data, str(path), warnings)
    if kind in (".html", ".htm"):
        from parsers.html_article import read_page  # trafilatura loads only when a page is read

        page = read_page(text)
        if page is None:
            return _Problem("skipped", str(path), "not an article",
                            f"{path}: not an article (no article text found in the page); give the "
                            f"saved page of one article, or leave it out", stem)
        return Article(id=stem, text=page.text, title=page.title, url=page.url, outlet=page.outlet,
                       source=str(path), **_dating(page.published, "metadata"))
    return _text_article(text, stem, str(path))


def _text_article(text: str, article_id: str, source: str) -> Article:
    front = split_front_matter(text)
    if front is None:
        return Article(id=article_id, text=text, published=None, source=source)
    meta = front.fields
    when = _when(meta.get("published"), source, "front matter date")
    return Article(id=article_id, text=text[front.end:], source=source, **_dating(when, "given"),
                   **{k: meta.get(k, "") for k in META_FIELDS})


def read_timeml(path: str | Path) -> tuple[str, dt.date | None]:
    """The article text of a TimeML file and its creation date (DCT), None when it has none.

    The text is the plain text of <TEXT>: its text nodes in order, tags removed, entities decoded.
    TempEval scorers count offsets in exactly this text, so the tags we write back line up with it.
    """
    text, dct = _timeml(_read_bytes(Path(path)), path)
    return text, dct.day if dct else None


def _timeml(data: bytes, path: str | Path) -> tuple[str, Published | None]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise InputError(f"{path}: not well-formed XML ({e}); fix the markup "
                         f"or give the text as .txt") from None
    elements = list(root.iter())
    body = next((el for el in elements if _local(el.tag) == "TEXT"), None)
    if body is None:
        raise InputError(f"{path}: no <TEXT> element; TimeML keeps the article text in <TEXT>...</TEXT>")
    dct = next((el.get("value", "") for el in elements
                if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME"), None)
    # a DCT may carry a TIMEX3 time beyond the date ("1998-02-19TNI"): then the date is what counts
    published = None if dct is None else parse_published(dct) or parse_published(dct[:10])
    if dct is not None and published is None:
        raise InputError(f"{path}: the creation time (DCT) value {dct!r} is not a date; "
                         f"write it as YYYY-MM-DD")
    return "".join(body.itertext()), published


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]  # "{namespace}TEXT" -> "TEXT": a namespaced TimeML file reads alike


def _read_csv(path: Path, stem: str, fields: Fields, warnings: list[str]) -> Iterator[Article | _Problem]:
    """A corpus (a text column) or a manifest (a file column: paths relative to it)."""
    # a text cell holds a whole article: lift the csv module's 128 KB field limit
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    rows = csv.reader(io.StringIO(_read_text(path, warnings), newline=""))
    found = False
    try:
        header = [name.strip().lower() for name in next(rows, [])]
        if "file" not in header and fields.text.lower() not in header:
            raise InputError(f"{path}: no text column ({fields.text}) and no file column (file); it has "
                             f"{', '.join(header) or 'no columns'}; give a corpus with the columns "
                             f"{fields.id},{fields.text},{fields.published} or a manifest with id,file,published")
        # rows are counted as a spreadsheet shows them: the header is row 1
        for n, cells in enumerate(rows, 2):
            if not any(c.strip() for c in cells):
                continue
            found = True
            row = dict(zip(header, cells))
            where = f"{path}, row {n}"
            try:
                item = _csv_row(row, path, where, f"{stem}-{n}", fields, warnings)
            except InputError as e:
                item = _failed(where, str(e), row.get(fields.id.lower(), "").strip())
            yield item
    except csv.Error as e:
        raise InputError(f"{path}, line {rows.line_num}: not valid CSV ({e}); quote cells that hold "
                         f"commas, quotes or line breaks") from None
    if not found:
        yield _empty_file(str(path))


def _csv_row(row: dict[str, str], path: Path, where: str, default_id: str, fields: Fields,
             warnings: list[str]) -> Article | _Problem:
    def cell(name: str) -> str:
        return row.get(name.lower(), "")

    file, row_id = cell("file").strip(), cell(fields.id).strip()
    when = _when(cell(fields.published), where, fields.published)
    meta = {k: cell(getattr(fields, k)).strip() for k in META_FIELDS}
    if not file:
        if "file" in row and not cell(fields.text).strip():
            raise InputError(f"{where}: no file and no text; fill in one of them or delete the row")
        return Article(id=row_id or default_id, text=cell(fields.text), source=where, **_dating(when, "given"),
                       **meta)
    full = path.parent / file
    if not full.is_file():
        raise InputError(f"{where}: file {file} not found (looked for {full}); "
                         f"file paths are relative to the manifest's folder")
    read = _read_file(full, warnings)
    if isinstance(read, _Problem):
        return replace(read, article_id=row_id or read.article_id)
    # the row's values win over what the file itself says
    dating = _dating(when, "given") if when else {}
    return replace(read, id=row_id or read.id, **dating, **{k: v for k, v in meta.items() if v})


def _read_jsonl(text: str, name: str, stem: str, fields: Fields) -> Iterator[Article | _Problem]:
    found = False
    # split on "\n" only: str.splitlines would also break at U+2028 inside a JSON string
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        found = True
        where = f"{name}, line {n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            item = _failed(where, f"{where}: not valid JSON ({e.msg}, column {e.colno}); "
                                  f"write one JSON object per line")
        else:
            try:
                item = _record(record, fields, where, f"{stem}-{n}")
            except InputError as e:
                item = _failed(where, str(e), _record_id(record, fields))
        yield item
    if not found:
        yield _empty_file(name)


def _read_json(text: str, name: str, stem: str, fields: Fields) -> Iterator[Article | _Problem]:
    """A list of article objects, an object holding one such list ({"articles": [...]}), or one
    article object."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}, line {e.lineno}: not valid JSON ({e.msg}, column {e.colno}); "
                         f"fix it, or give one JSON object per line as .jsonl") from None
    start = _JSON_SPACE.match(text).end()
    if isinstance(doc, dict) and _get(doc, fields.text) is not None:
        yield _record(doc, fields, name, stem)
        return
    if isinstance(doc, dict):
        lists = [k for k, v in doc.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) != 1:
            empty = [k for k, v in doc.items() if isinstance(v, list) and not v]
            if not lists and empty:
                yield _empty_file(name)
                return
            found = f"it holds {len(lists)}: {', '.join(lists)}" if lists else f'and no "{fields.text}" field'
            raise InputError(f"{name}: no one list of article objects ({found}); give a list "
                             f'[{{"{fields.text}": ...}}, ...] or an object holding one, {{"articles": [...]}}')
        start = _member_offset(text, start, lists[0])
        doc = doc[lists[0]]
    elif not isinstance(doc, list):
        raise InputError(f"{name}: a JSON {type(doc).__name__}, not a list of articles; give a list "
                         f'[{{"{fields.text}": ...}}, ...]')
    if not doc:
        yield _empty_file(name)
        return
    newlines = [m.start() for m in re.finditer("\n", text)]
    for k, (record, at) in enumerate(zip(doc, _item_offsets(text, start)), 1):
        where = f"{name}, item {k} (line {bisect.bisect(newlines, at) + 1})"
        try:
            item = _record(record, fields, where, f"{stem}-{k}")
        except InputError as e:
            item = _failed(where, str(e), _record_id(record, fields))
        yield item


def _item_offsets(text: str, i: int) -> Iterator[int]:
    """Where each element of the JSON array at text[i] starts (the text is known to be valid)."""
    i = _JSON_SPACE.match(text, i + 1).end()
    while text[i] != "]":
        yield i
        _, i = _JSON.raw_decode(text, i)
        i = _JSON_SPACE.match(text, i).end()
        if text[i] == ",":
            i = _JSON_SPACE.match(text, i + 1).end()


def _member_offset(text: str, i: int, key: str) -> int:
    """Where the value of `key` in the JSON object at text[i] starts (its last, as json.loads keeps)."""
    found = i
    i = _JSON_SPACE.match(text, i + 1).end()
    while text[i] != "}":
        name, i = _JSON.raw_decode(text, i)
        i = _JSON_SPACE.match(text, _JSON_SPACE.match(text, i).end() + 1).end()  # past the colon
        if name == key:
            found = i
        _, i = _JSON.raw_decode(text, i)
        i = _JSON_SPACE.match(text, i).end()
        if text[i] == ",":
            i = _JSON_SPACE.match(text, i + 1).end()
    return found


def _read_stdin(fields: Fields, warnings: list[str]) -> Iterator[Article | _Problem]:
    stream = sys.stdin
    raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    text = decode(raw, _STDIN_NAME, warnings) if isinstance(raw, bytes) else raw
    head = text.lstrip()[:1]
    if head == "{":
        try:
            json.loads(text)
        except json.JSONDecodeError:  # not one JSON document: JSON Lines
            yield from _read_jsonl(text, _STDIN_NAME, _STDIN_NAME, fields)
            return
    if head in ("{", "["):
        yield from _read_json(text, _STDIN_NAME, _STDIN_NAME, fields)
    else:
        yield _text_article(text, _STDIN_NAME, _STDIN_NAME)


def _record(record: object, fields: Fields, where: str, default_id: str) -> Article:
    """One article of a JSON corpus or a Python dict; InputError naming what is wrong with it."""
    if not isinstance(record, dict):
        raise InputError(f'{where}: expected a JSON object like {{"{fields.id}": ..., "{fields.text}": ...}}, '
                         f"found {type(record).__name__}")
    text = _get(record, fields.text)
    if text is None:
        raise InputError(f'{where}: no text (no "{fields.text}" field); give the article as a string in a '
                         f'"{fields.text}" field, or name the field that holds it')
    if not isinstance(text, str):
        raise InputError(f'{where}: no text ("{fields.text}" holds a {type(text).__name__}, not a string); '
                         f'give the article as a string in a "{fields.text}" field')
    when = _when(_get(record, fields.published), where, fields.published)
    return Article(id=_record_id(record, fields) or default_id, text=text, source=where,
                   **_dating(when, "given"), **{k: _value(_get(record, getattr(fields, k))) for k in META_FIELDS})


def _record_id(record: object, fields: Fields) -> str:
    return _value(_get(record, fields.id)) if isinstance(record, dict) else ""


def _get(record: dict, name: str) -> object:
    if name in record:
        return record[name]
    value: object = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _value(value: object) -> str:
    if isinstance(value, list):  # several authors
        return ", ".join(_value(v) for v in value if _value(v))
    if value is None or isinstance(value, dict):
        return ""
    return str(value).strip()


def _when(value: object, where: str, name: str) -> Published | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = parse_published(value)
    if found is None:
        raise InputError(f"{where}: {name} {value!r} is not a full date; write it as YYYY-MM-DD")
    return found
