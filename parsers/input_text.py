"""Bytes -> text: gzip, byte order marks, encodings; and the front matter of text articles.

Decoding never fails: UTF-8 is tried first (it is strict, so text that decodes is almost surely
UTF-8), then a byte order mark, then charset-normalizer's guess; whatever cannot be decoded
becomes U+FFFD. Every decoding other than UTF-8 is reported, so a reader can check the text.
`encodable` does the same for text that arrives already decoded (a JSON "\\ud800" escape).
"""
from __future__ import annotations

import codecs
import gzip
import re
import zlib
from dataclasses import dataclass

# byte order marks, UTF-32 first: its little-endian mark begins with UTF-16's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The encodings a guess is chosen from: the Windows and ISO code pages of the world's news, KOI8,
# the East Asian encodings and UTF-16/32 without a mark. DOS and old Mac code pages are left
# out: they fit Western text about as well as cp1252 does, and no news file comes in them now.
CANDIDATE_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp1257",
    "iso8859_13", "cp1258", "cp874", "utf_16", "utf_32", "shift_jis", "cp932", "euc_jp", "iso2022_jp",
    "gb18030", "big5", "euc_kr", "cp949",
)
# among guesses that fit equally well (a file of "café" and curly quotes fits cp1250 as well as
# cp1252), the encodings English-language files most often come in, in this order
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")

# Front matter: a block of `key: value` lines between two lines of "---" at the top of a text or
# Markdown article. Each key it may hold -> the article field it fills; other keys are ignored.
FRONT_MATTER_KEYS = {
    "date": "published", "published": "published", "pubdate": "published", "publishdate": "published",
    "date_published": "published", "published_at": "published",
    "title": "title", "headline": "title",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url", "permalink": "url",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "publication": "outlet", "site": "outlet",
    "author": "credit", "authors": "credit", "byline": "credit", "credit": "credit", "agency": "credit",
}
_FENCE = re.compile(r"---[ \t]*(?:\r?\n|\Z)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_KEY_LINE = re.compile(r"([A-Za-z_][\w -]*?)\s*:(?:\s+(.*?))?\s*")
_ITEM_LINE = re.compile(r"\s*-\s+(.*?)\s*")
_FRONT_MATTER_LINES = 100  # a longer block is no front matter but a document that opens with a rule


# half of a UTF-16 pair on its own: JSON may escape one ("\\ud800"), and a file name that is not
# UTF-8 holds them (Python decodes it with surrogateescape), but no UTF-8 file can hold one
_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """`text` with every lone surrogate as U+FFFD, one character for one so that offsets stay."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def decompress(data: bytes, where: str) -> bytes:
    """The content of a gzip file; ValueError naming the problem when it is none."""
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        raise ValueError(f"{where}: not a readable gzip file ({e}); give it uncompressed or "
                         f"compress it again with gzip") from None


def decode(data: bytes, where: str, warnings: list[str]) -> str:
    """The text of `data`, a warning added to `warnings` when it was not UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]  # a byte order mark is no text
    else:
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                warnings.append(f"{where}: not UTF-8; read as {encoding.upper()} (its byte order mark "
                                f"says so); save it as UTF-8 for tools that expect it")
                return data.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    # UTF-8 with a few damaged bytes (a file cut mid-character, one pasted cp1252 quote): its valid
    # multi-byte characters would be mojibake in any single-byte guess
    lenient = data.decode("utf-8", errors="replace")
    damaged = lenient.count("\ufffd")
    valid = sum(1 for ch in lenient if ord(ch) > 127) - damaged
    if valid and valid >= damaged:
        warnings.append(f"{where}: not valid UTF-8 (byte {first_bad}); {damaged} undecodable "
                        f"byte{'s' if damaged > 1 else ''} became U+FFFD; save the file as UTF-8")
        return lenient
    encoding = _guess(data)
    if encoding is None:
        warnings.append(f"{where}: not valid UTF-8 (byte {first_bad}) nor any encoding recognised; "
                        f"undecodable bytes became U+FFFD; save the file as UTF-8")
        return lenient
    warnings.append(f"{where}: not UTF-8; read as {_display(encoding)}; save it as UTF-8 to be "
                    f"sure of its characters")
    return data.decode(encoding, errors="replace")


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    matches = list(from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)))
    if not matches:
        return None
    # least garbled first, then the most like a language's letter frequencies
    least = min(m.chaos for m in matches)
    equal = [m for m in matches if m.chaos == least]
    most = max(m.coherence for m in equal)
    equal = [m for m in equal if m.coherence == most]
    for preferred in PREFERRED_ENCODINGS:
        if any(preferred in m.could_be_from_charset for m in equal):
            return preferred
    return equal[0].encoding


def _display(encoding: str) -> str:
    return {"cp1252": "Windows-1252 (cp1252)", "latin_1": "Latin-1 (ISO 8859-1)"}.get(encoding, encoding)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, str]  # article field -> value, for the keys FRONT_MATTER_KEYS knows
    end: int  # where the article text starts: just after the closing line


def split_front_matter(text: str) -> FrontMatter | None:
    """The front matter opening `text`, or None when it opens with none.

    A tiny reader of the `key: value` lines such blocks hold (quoted values, `[a, b]` lists and
    `- item` lists under a key); anything else in the block is left alone.
    """
    fence = _FENCE.match(text)
    if fence is None:
        return None
    close = _CLOSE.search(text, fence.end())
    if close is None:
        return None
    lines = text[fence.end():close.start()].splitlines()
    if len(lines) > _FRONT_MATTER_LINES:
        return None
    values: dict[str, list[str]] = {}
    key = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM_LINE.fullmatch(line)
        if item and key is not None:
            values[key].append(_unquote(item.group(1)))
            continue
        pair = _KEY_LINE.fullmatch(line)
        if pair is None or line[:1].isspace():
            if key is None:
                return None  # the block does not open with a key: a Markdown rule, not front matter
            continue  # a nested or folded value: not a field we read
        key = pair.group(1).strip().lower().replace("-", "_").replace(" ", "_")
        value = pair.group(2) or ""
        if value.startswith("[") and value.endswith("]"):
            values[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            values[key] = [_unquote(value)] if value else []
    if key is None:
        return None
    fields: dict[str, str] = {}
    for name, found in values.items():
        field = FRONT_MATTER_KEYS.get(name)
        if field and field not in fields and any(found):
            fields[field] = ", ".join(v for v in found if v)
    return FrontMatter(fields, close.end())


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
