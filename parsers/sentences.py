"""Article text -> Sentence: paragraphs split on line breaks, sentences by pySBD.

pySBD (a rule-based sentence boundary detector made for this) keeps "U.N.", "Dec." and "Gov."
inside sentences; the language's SENTENCE_JOINS repair the few places where it still splits,
such as "at 3 p.m. Friday".  Offsets are exact: `Sentence.text == text[start:end]`.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from parsers.timexes import expand, load_language
from timeline.model import Sentence


@lru_cache(maxsize=None)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=True)


@lru_cache(maxsize=None)
def _joins(language: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    lang = load_language(language).lang
    return tuple((re.compile(expand(end, lang)), re.compile(expand(start, lang)))
                 for end, start in lang.SENTENCE_JOINS)


def _pieces(paragraph: str, language: str) -> list[tuple[int, int]]:
    spans = []
    for seg in _segmenter(language).segment(paragraph):
        raw = paragraph[seg.start:seg.end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        if trail > lead:
            spans.append((seg.start + lead, seg.start + trail))
    return spans


def split_sentences(text: str, article_id: str = "", language: str = "en") -> tuple[Sentence, ...]:
    """The sentences of `text` in order, each with its paragraph index."""
    joins = _joins(language)
    sentences: list[Sentence] = []
    para = 0
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        spans: list[tuple[int, int]] = []
        for s, e in _pieces(m.group(), language):
            s, e = s + m.start(), e + m.start()
            if spans and any(end.search(text[spans[-1][0]:spans[-1][1]]) and start.search(text[s:e])
                             for end, start in joins):
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        sentences.extend(Sentence(article_id, s, e, text[s:e], para) for s, e in spans)
        para += 1
    return tuple(sentences)
