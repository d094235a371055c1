"""Article text -> Sentence: paragraphs split on line breaks, sentences by pySBD.

pySBD (a rule-based sentence boundary detector made for this) keeps "U.N.", "Dec." and "Gov."
inside sentences; the language's SENTENCE_JOINS repair the few places where it still splits,
such as "at 3 p.m. Friday".  Offsets are exact: `Sentence.text == text[start:end]`.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.lang.english import English
from pysbd.utils import TextSpan

from parsers.timexes import expand, load_language
from timeline.model import Sentence


# the methods below mirror pySBD 0.3.4's own; another version gets pySBD as it is
_MIRRORED = getattr(pysbd, "__version__", "") == "0.3.4"


class _AbbreviationReplacer(English.AbbreviationReplacer):
    """pySBD's English abbreviation replacer, minus work that changes nothing.

    For each abbreviation in a paragraph pySBD runs two patterns it looks up in the `re` cache
    (there are more than the cache holds, so they were compiled again and again): they are kept
    compiled here.  For each place an abbreviation stands it then runs a substitution that turns
    the period after it into a mark; where it has no period after it anywhere in the text, that
    substitution finds nothing, and is skipped."""

    _compiled: dict[tuple[str, int], re.Pattern] = {}

    def _re(self, pattern: str, flags: int = 0) -> re.Pattern:
        compiled = self._compiled.get((pattern, flags))
        if compiled is None:
            compiled = self._compiled[pattern, flags] = re.compile(pattern, flags)
        return compiled

    def search_for_abbreviations_in_string(self, text):
        # pySBD's own loop, the same patterns made from the same strings
        lowered = text.lower()
        self._applied: set[tuple[str, bool]] = set()
        for abbr in self.lang.Abbreviation.ABBREVIATIONS:
            stripped = abbr.strip()
            if stripped not in lowered:
                continue
            # every substitution turns the period after the abbreviation into a mark: with no
            # period after it anywhere, a plain abbreviation changes nothing ("a", "no", "ft")
            if stripped.isascii() and stripped.isalnum() and stripped + "." not in lowered:
                continue
            abbrev_match = self._re(r"(?:^|\s|\r|\n){}".format(stripped), re.IGNORECASE).findall(text)
            if not abbrev_match:
                continue
            next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
            char_array = self._re(next_word_start).findall(text)
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return text

    def scan_for_replacements(self, txt, am, ind, char_array):
        abbr = am.strip()
        # each substitution pySBD may choose matches the abbreviation as written and a period
        # after it (the abbreviation taken as a pattern: plain letters and digits match as such)
        if abbr.isascii() and abbr.isalnum() and abbr + "." not in txt:
            return txt
        # each substitution rewrites every place of the abbreviation at once and only turns
        # periods into marks, so the same one again changes nothing: once per paragraph is enough
        upper = ind < len(char_array) and str(char_array[ind]).isupper()
        if (am, upper) in self._applied:
            return txt
        self._applied.add((am, upper))
        return super().scan_for_replacements(txt, am, ind, char_array)


class _English(English):
    AbbreviationReplacer = _AbbreviationReplacer


class _Segmenter(pysbd.Segmenter):
    """pySBD with two of its steps done faster, to the same result: English abbreviations
    (_AbbreviationReplacer), and placing the sentences in the text.

    pySBD finds each sentence's offsets with a regular expression made of the sentence itself:
    one compiled pattern per sentence, which also pushes pySBD's own patterns out of the `re`
    cache, so that they are compiled again and again (a third of the time of splitting).  The
    plain string search here finds the same spans: the first of the non-overlapping occurrences
    of the sentence, with the whitespace after it, that ends after the sentence before."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.language_module is English:
            self.language_module = _English

    def sentences_with_char_spans(self, sentences):
        text = self.original_text
        spans = []
        prior_end = 0
        # where the next occurrence of each sentence may start: a sentence that repeats is looked
        # up from its last place, not from the start of the text again
        resume: dict[str, int] = {}
        for sent in sentences:
            # an empty sentence matches as pySBD's pattern does, whitespace or nothing anywhere
            found = re.finditer(r"\s*", text) if not sent else ()
            for m in found:
                if m.end() > prior_end:
                    spans.append(TextSpan(m.group(), m.start(), m.end()))
                    prior_end = m.end()
                    break
            at = text.find(sent, resume.get(sent, 0)) if sent else -1
            while at >= 0:
                end = at + len(sent)
                while end < len(text) and text[end].isspace():  # `\s*`: the same characters
                    end += 1
                if end > prior_end:
                    spans.append(TextSpan(text[at:end], at, end))
                    prior_end = resume[sent] = end
                    break
                at = text.find(sent, end)
        return spans


@lru_cache(maxsize=None)
def _segmenter(language: str) -> pysbd.Segmenter:
    return (_Segmenter if _MIRRORED else pysbd.Segmenter)(language=language, clean=False, char_span=True)


@lru_cache(maxsize=None)
def _joins(language: str) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    lang = load_language(language).lang
    return tuple((re.compile(expand(end, lang)), re.compile(expand(start, lang)))
                 for end, start in lang.SENTENCE_JOINS)


# pySBD rewrites the whole paragraph once per abbreviation it meets: its time grows with the
# square of a paragraph's length, so long paragraphs are split in chunks of about this size
_CHUNK = 2_000


def _pieces(paragraph: str, language: str) -> list[tuple[int, int]]:
    if len(paragraph) <= _CHUNK:
        return _segment(paragraph, language)
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(paragraph):
        cut = at + _CHUNK
        if cut < len(paragraph):
            space = max(paragraph.rfind(" ", at + _CHUNK // 2, cut), paragraph.rfind("\t", at + _CHUNK // 2, cut))
            cut = space if space > at else cut
        pieces = [(s + at, e + at) for s, e in _segment(paragraph[at:cut], language)]
        if cut < len(paragraph) and len(pieces) > 1:
            # the chunk's last sentence may run on past the cut: it is read again with the next chunk
            spans.extend(pieces[:-1])
            at = pieces[-1][0]
        else:
            spans.extend(pieces)
            at = cut
    return spans


def _segment(paragraph: str, language: str) -> list[tuple[int, int]]:
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
