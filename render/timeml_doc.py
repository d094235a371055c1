"""Article + its timexes -> a TimeML document (.tml) with the TIMEX3 tags inline in <TEXT>.

An article read from a .tml file is written as a copy of that file in which only the content of
<TEXT> is replaced, so its DCT and everything outside <TEXT> stay as they were; any other article
gets a minimal document. Either way the plain text of <TEXT> is the article text, character for
character, so offsets into one are offsets into the other (what TempEval scorers check).
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Sequence
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from parsers.articles import InputError, read_timeml
from render._output import write_text
from timeline.model import Article, Timex

# Characters XML 1.0 cannot hold, not even as &#...; references: they become U+FFFD, one for one,
# so offsets stay. "\r" is kept as a reference: a parser turns a raw one into "\n".
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A start tag with its attributes, whose values may hold ">"
_START_TAG = re.compile(rb"""<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")


def to_timeml(article: Article, timexes: Sequence[Timex]) -> tuple[str, int]:
    """The TimeML document of `article` with `timexes` tagged, and how many were left out.

    Inline tags cannot overlap: of overlapping timexes the first (the longer at one start) is kept.
    """
    kept: list[Timex] = []
    for t in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if t.end > t.start and (not kept or t.start >= kept[-1].end):
            kept.append(t)
    body, pos = [], 0
    for tid, t in enumerate(kept, 1):
        attrs = f"tid={quoteattr(f't{tid}')} type={quoteattr(t.type)}"
        if t.value is not None:  # unresolved: no value rather than a made-up one
            attrs += f" value={quoteattr(t.value)}"
        body.append(_text(article.text[pos:t.start]))
        body.append(f"<TIMEX3 {attrs}>{_text(article.text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    body.append(_text(article.text[pos:]))
    content = "".join(body)
    return _copy_of_source(article, content) or _minimal(article, content), len(timexes) - len(kept)


def write_timeml(article: Article, timexes: Sequence[Timex], directory: str | Path) -> int:
    """Write `directory`/<article id>.tml; returns how many overlapping timexes were left out."""
    name = article.id
    if name in ("", ".", "..") or Path(name).name != name:
        raise InputError(f"{article.source or name}: article id {name!r} cannot be a file name; "
                         f"give the article an id without '/'")
    doc, left_out = to_timeml(article, timexes)
    write_text(doc, Path(directory) / f"{name}.tml")
    return left_out


def _text(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text), {"\r": "&#13;"})


def _minimal(article: Article, content: str) -> str:
    dct = ""
    if article.published:  # no date, no DCT: an empty one would claim a creation time
        day = article.published.isoformat()
        dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n')
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{_text(article.id)}</DOCID>\n{dct}'
            f"<TEXT>{content}</TEXT>\n</TimeML>\n")


def _copy_of_source(article: Article, content: str) -> str | None:
    """The article's source .tml with `content` in place of what its <TEXT> held, else None."""
    path = Path(article.source)
    if path.suffix.lower() != ".tml" or not path.is_file():
        return None
    try:
        text, _ = read_timeml(path)
        data = path.read_bytes()
    except (InputError, OSError):
        return None
    if text != article.text:  # changed since it was read: its markup no longer fits our offsets
        return None
    # Splice bytes rather than re-serialize a parsed tree: the header, namespaces, attribute
    # quoting and the links after <TEXT> stay exactly as written.
    parser = expat.ParserCreate()
    found = {"encoding": "utf-8", "depth": 0}  # what the handlers see: the first <TEXT> and its end

    def declaration(version, encoding, standalone):
        found["encoding"] = encoding or "utf-8"

    def start(name, attrs):
        found["depth"] += 1
        if "start" not in found and name.rsplit(":", 1)[-1] == "TEXT":
            found["start"], found["level"] = parser.CurrentByteIndex, found["depth"]

    def end(name):
        if found.get("level") == found["depth"] and "end" not in found:
            found["end"] = parser.CurrentByteIndex
        found["depth"] -= 1

    parser.XmlDeclHandler, parser.StartElementHandler, parser.EndElementHandler = declaration, start, end
    try:
        parser.Parse(data, True)
        tag = _START_TAG.match(data, found["start"])
        encoding = codecs.lookup(found["encoding"]).name
    except (expat.ExpatError, KeyError, LookupError):
        return None
    if tag is None:  # an encoding whose bytes are not ASCII's: UTF-16
        return None
    if tag.group(1):  # an empty <TEXT/>: the text is empty too, nothing to tag
        doc = data.decode(encoding)
    else:
        doc = data[:tag.end()].decode(encoding) + content + data[found["end"]:].decode(encoding)
    if encoding != "utf-8" and not doc.isascii():
        # write_text writes UTF-8: say so, or a reader decodes the text wrongly
        doc = re.sub(r"""(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""", r'\1"UTF-8"', doc, count=1)
    return doc
