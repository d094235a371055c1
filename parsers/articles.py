"""Stage 1: input files -> Article.

Takes article files (.txt, .md), TimeML files (.tml), folders of them, CSV manifests and JSON Lines
files; returns a
`ReadResult`: the articles, each with its publication date, and warnings a reader should see
(no date, empty text, bytes that are not UTF-8). Bad input raises `InputError`, whose message
names the file (and row or line), the problem and a fix.

Article text is kept exactly as decoded, line endings included: every later stage cites
character offsets into it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from dateutil import parser as dateutil_parser

from timeline.model import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".tml")
KINDS = ("an article file (.txt, .md), a TimeML file (.tml), a folder of them, a manifest (.csv) "
         "or a JSON Lines file (.jsonl)")
META_FIELDS = ("title", "url", "outlet", "credit")

# A date line: an optional label, then a date ("date 2023-12-31", "Published: Dec. 31, 2023 10:04").
_LABEL = re.compile(r"(\s*)((?:last\s+)?(?:date|dated|published|updated|posted)\b(?:\s+on)?\s*[:\-–—]?\s*)?", re.I)
_DATELINE_LINES = 3  # a date line sits at the top of an article, not in its story
_DATE_TOKENS = 6  # the longest date a label is followed by: "Sunday, December 31, 2023 10:04 GMT"


class InputError(Exception):
    """Bad input: the message names the file (and row or line), the problem and a fix."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()


def read_articles(inputs: Iterable[str | Path], published: dt.date | None = None) -> ReadResult:
    """Read every input, in the order given, into articles.

    An article's publication date is, first found: the manifest's `published` value, a TimeML
    file's creation time (DCT), a date line at the top of its text, `published` (the CLI's
    --published). Never today: a wrong reference date silently misdates every "on Saturday" in
    the article.
    """
    if isinstance(inputs, (str, Path)):  # one path, not an iterable of its characters
        inputs = [inputs]
    articles: list[Article] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}  # id -> source, to name both sides of a duplicate
    for given in inputs:
        for article in _read_input(Path(given), warnings):
            if article.id in seen:
                raise InputError(f"{article.source}: article id {article.id!r} is also used by "
                                 f"{seen[article.id]}; give each article its own id")
            seen[article.id] = article.source
            articles.append(_date_article(article, published, warnings))
    return ReadResult(tuple(articles), tuple(warnings))


def read_records(records: Iterable[dict | Article], published: dt.date | None = None) -> ReadResult:
    """Articles given in Python: `Article` objects, or dicts with a "text" and optionally "id",
    "published" (a date or YYYY-MM-DD), "title", "url", "outlet", "credit".  Dated as files are."""
    articles: list[Article] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for n, record in enumerate(records, 1):
        where = f"article {n}"
        if isinstance(record, Article):
            article = record if record.source else replace(record, source=where)
        elif isinstance(record, dict):
            text = record.get("text")
            if not isinstance(text, str):
                raise InputError(f'{where}: no text; give the article as a string in a "text" field')
            when = record.get("published")
            date = when if isinstance(when, dt.date) and not isinstance(when, dt.datetime) else (
                when.date() if isinstance(when, dt.datetime) else _published(when, where))
            article = Article(id=_field(record, "id") or f"article-{n}", text=text, published=date,
                              source=where, **{k: _field(record, k) for k in META_FIELDS})
        else:
            raise InputError(f"{where}: expected an Article or a dict with a \"text\", found {type(record).__name__}")
        if article.id in seen:
            raise InputError(f"{where}: article id {article.id!r} is used twice; give each article its own id")
        seen.add(article.id)
        articles.append(_date_article(article, published, warnings))
    return ReadResult(tuple(articles), tuple(warnings))


def _read_input(path: Path, warnings: list[str]) -> Iterator[Article]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            raise InputError(f"{path}: no article files (.txt, .md, .tml) in this folder; "
                             f"give a manifest (.csv, .jsonl) by its file name")
        for file in files:
            yield _read_article_file(file, warnings)
        return
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        yield _read_article_file(path, warnings)
    elif suffix == ".csv":
        yield from _read_csv(path, warnings)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, warnings)
    elif not path.exists():
        raise InputError(f"{path}: file not found")
    else:
        raise InputError(f"{path}: unknown kind of input {suffix or '(no extension)'!r}; give {KINDS}")


def _read_article_file(path: Path, warnings: list[str]) -> Article:
    if path.suffix.lower() == ".tml":
        text, published = read_timeml(path)
    else:
        text, published = _read_text(path, warnings), None
    return Article(id=path.stem, text=text, published=published, source=str(path))


def read_timeml(path: str | Path) -> tuple[str, dt.date | None]:
    """The article text of a TimeML file and its creation date (DCT), None when it has none.

    The text is the plain text of <TEXT>: its text nodes in order, tags removed, entities decoded.
    TempEval scorers count offsets in exactly this text, so the tags we write back line up with it.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise InputError(f"{path}: not well-formed XML ({e}); fix the markup "
                         f"or give the text as .txt") from None
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read it ({e.strerror})") from None
    elements = list(root.iter())
    body = next((el for el in elements if _local(el.tag) == "TEXT"), None)
    if body is None:
        raise InputError(f"{path}: no <TEXT> element; TimeML keeps the article text in <TEXT>...</TEXT>")
    dct = next((el.get("value", "") for el in elements
                if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME"), None)
    try:
        # a DCT may carry a clock time ("1998-02-19T08:02:00"): the date is what resolution needs
        published = None if dct is None else dt.date.fromisoformat(dct[:10])
    except ValueError:
        raise InputError(f"{path}: the creation time (DCT) value {dct!r} is not a date; "
                         f"write it as YYYY-MM-DD") from None
    return "".join(body.itertext()), published


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]  # "{namespace}TEXT" -> "TEXT": a namespaced TimeML file reads alike


def _read_text(path: Path, warnings: list[str], where: str | None = None) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{where or path}: file not found") from None
    except OSError as e:
        raise InputError(f"{where or path}: cannot read it ({e.strerror})") from None
    try:
        return data.decode("utf-8-sig")  # -sig: drop a byte order mark, which is no text
    except UnicodeDecodeError as e:
        warnings.append(f"{path}: not valid UTF-8 (byte {e.start}); undecodable bytes became U+FFFD; "
                        f"save the file as UTF-8")
        return data.decode("utf-8-sig", errors="replace")


def _read_csv(path: Path, warnings: list[str]) -> Iterator[Article]:
    # a text cell holds a whole article: lift the csv module's 128 KB field limit
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    rows = csv.reader(io.StringIO(_read_text(path, warnings), newline=""))
    try:
        header = [name.strip().lower() for name in next(rows, [])]
        if "id" not in header or not {"file", "text"} & set(header):
            raise InputError(f"{path}: a manifest needs the columns id and file (or text), best with "
                             f"published; it has {', '.join(header) or 'no columns'}")
        # rows are counted as a spreadsheet shows them: the header is row 1
        for n, cells in enumerate(rows, 2):
            row = dict(zip(header, cells))
            where = f"{path}, row {n}"
            if not any(c.strip() for c in cells):
                continue
            file, text = row.get("file", "").strip(), row.get("text", "")
            dct = None
            if file:
                full = path.parent / file
                if not full.is_file():
                    raise InputError(f"{where}: file {file} not found (looked for {full}); "
                                     f"file paths are relative to the manifest's folder")
                if full.suffix.lower() == ".tml":
                    text, dct = read_timeml(full)
                else:
                    text = _read_text(full, warnings, where)
                source = str(full)
            elif text.strip():
                source = where
            else:
                raise InputError(f"{where}: no file and no text; fill in one of them or delete the row")
            yield Article(id=row["id"].strip() or (Path(file).stem if file else f"{path.stem}-{n}"),
                          text=text, published=_published(row.get("published"), where) or dct, source=source,
                          **{k: row.get(k, "").strip() for k in META_FIELDS})
    except csv.Error as e:
        raise InputError(f"{path}, line {rows.line_num}: not valid CSV ({e})") from None


def _read_jsonl(path: Path, warnings: list[str]) -> Iterator[Article]:
    # split on "\n" only: str.splitlines would also break at U+2028 inside a JSON string
    for n, line in enumerate(_read_text(path, warnings).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}, line {n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg}, column {e.colno}); "
                             f"write one JSON object per line") from None
        if not isinstance(record, dict):
            raise InputError(f'{where}: expected a JSON object like {{"id": ..., "text": ...}}, '
                             f"found {type(record).__name__}")
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(f'{where}: no text; give the article as a string in a "text" field')
        yield Article(id=_field(record, "id") or f"{path.stem}-{n}", text=text,
                      published=_published(record.get("published"), where), source=where,
                      **{k: _field(record, k) for k in META_FIELDS})


def _field(record: dict, key: str) -> str:
    value = record.get(key)
    return "" if value is None else str(value).strip()


def _published(value: object, where: str) -> dt.date | None:
    if value is None or not str(value).strip():
        return None
    date = _full_date(str(value).strip())
    if date is None:
        raise InputError(f"{where}: published {value!r} is not a full date; write it as YYYY-MM-DD")
    return date


def _full_date(text: str) -> dt.date | None:
    """The date `text` names with year, month and day, or None (a time is dropped)."""
    try:
        # parse against two defaults: a field the text leaves out shows as a difference
        a, b = (dateutil_parser.parse(text, default=d, ignoretz=True).date()
                for d in (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2)))
    except (ValueError, OverflowError):
        return None
    return a if a == b else None


def find_dateline(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The date of a date line at the top of `text`, and the span of its label and date.

    A labelled date may be followed by more text on its line ("date 2023-12-31 Follow us...");
    an unlabelled one must fill its line, so that a lead like "On Dec. 30, 2023, Russia..."
    is not taken for metadata.
    """
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group().strip()][:_DATELINE_LINES]
    for line in lines:
        label = _LABEL.match(line.group())
        start, after = line.start() + label.end(1), line.start() + label.end()
        rest = text[after:line.end()]
        if label.group(2):
            ends = [t.end() for t in re.finditer(r"\S+", rest)][:_DATE_TOKENS][::-1]  # longest first
        else:
            ends = [len(rest.rstrip())]
        for end in ends:
            candidate = rest[:end].rstrip(",;:|.-–—")
            date = _full_date(candidate)
            if date is not None and 1900 <= date.year <= 2100:
                return date, (start, after + len(candidate))
    return None


# a wire story's opening: "OSTRELL, March 18 (Global Newswire) - ..." or "KYIV, Ukraine, Dec. 30 (AP) —"
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:,\s*\d{4})?)\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s")


def find_wire_dateline(text: str) -> tuple[int, int] | None:
    """The span of a wire dateline opening one of the first lines: metadata, not story."""
    for line in [m for m in re.finditer(r"[^\n]*", text) if m.group().strip()][:_DATELINE_LINES]:
        m = _WIRE_DATELINE.match(line.group())
        if m is not None:
            try:
                dateutil_parser.parse(m.group("date"), default=dt.datetime(2001, 1, 1))
            except (ValueError, OverflowError):
                continue
            return line.start(), line.start() + m.end()
    return None


def _date_article(article: Article, default: dt.date | None, warnings: list[str]) -> Article:
    found = find_dateline(article.text)
    date = article.published or (found[0] if found else None) or default
    if not article.text.strip():
        warnings.append(f"{article.source}: empty article")
    if date is None:
        warnings.append(f"{article.source}: no publication date; relative dates in it are left "
                        f"unresolved (give --published or a manifest date)")
    return replace(article, published=date, dateline=found[1] if found else find_wire_dateline(article.text))
