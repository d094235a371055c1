"""How alike two mentions' words are: the measure the anchoring and the merge share.

Mentions are compared by TF-IDF cosine similarity (scikit-learn) over word stems (Snowball, the
stemmer made for this), with the words of one kind of happening mapped to one concept
(`EVENT_CONCEPTS` of the language: "barrage", "bombardment" and "strike" are all an attack), so
that two outlets' wordings of one happening meet.  `benchmarks/similarity.py` compares this with
plain word TF-IDF, character n-grams and MinHash on stories with a gold chronology.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import snowballstemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from parsers.timexes import load_language

METHODS = ("concepts", "words", "chars")
_WORD = re.compile(r"(?u)\b[^\W\d_]{2,}\b")
_TOKEN = re.compile(r"(?u)\b(?:[^\W\d_]{2,}|\d[\d,]*\d|\d)\b")
_STEMMERS = {"en": "english"}


@lru_cache(maxsize=None)
def _analyzer(language: str):
    stemmer = snowballstemmer.stemmer(_STEMMERS.get(language, "english"))
    lang = load_language(language).lang
    concepts: dict[str, str] = {}
    phrases: list[tuple[re.Pattern, str]] = []
    for concept, words in getattr(lang, "EVENT_CONCEPTS", {}).items():
        for w in words:
            if " " in w:
                phrases.append((re.compile(r"\b" + re.escape(w) + r"\b", re.I), " _" + concept + " "))
            else:
                concepts[stemmer.stemWord(w)] = "_" + concept
    stop = ENGLISH_STOP_WORDS if language == "en" else frozenset()
    cache: dict[str, str] = {}

    def analyze(text: str) -> list[str]:
        for pattern, token in phrases:
            text = pattern.sub(token, text)
        out = []
        for m in _TOKEN.finditer(text):
            w = m.group(0)
            if w[0].isdigit():
                # a count ("21", "2,000") is shared by reports of one happening; small ones are not telling
                n = w.replace(",", "")
                if n.isdigit() and 5 <= int(n) and not (1900 <= int(n) <= 2100):
                    out.append("#" + n)
                continue
            low = w.lower()
            if low in stop:
                continue
            stem = cache.get(low)
            if stem is None:
                stem = cache[low] = stemmer.stemWord(low)
            token = concepts.get(stem, stem)
            out.append(token)
            # names (capitalised inside a sentence) tell one happening from another: they count twice
            if w[0].isupper() and m.start() > 0 and token[0] != "_":
                out.append(token)
        for m in re.finditer(r"\s_(\w+)\s", text):
            out.append("_" + m.group(1))
        return out

    return analyze


def vectors(texts: list[str], language: str = "en", method: str = "concepts"):
    """Unit-length TF-IDF rows, one per text (a sparse matrix); None when there is nothing to weigh."""
    if method == "concepts":
        vec = TfidfVectorizer(analyzer=_analyzer(language), sublinear_tf=True)
    elif method == "words":
        vec = TfidfVectorizer(stop_words="english" if language == "en" else None, sublinear_tf=True,
                              token_pattern=_WORD.pattern)
    elif method == "chars":
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    else:
        raise ValueError(f"unknown similarity method {method!r}; choose one of {', '.join(METHODS)}")
    try:
        return vec.fit_transform(texts)
    except ValueError:  # only stop words: nothing to compare
        return None


def similarity(texts: list[str], language: str = "en", method: str = "concepts") -> np.ndarray:
    """The cosine similarity of every pair of texts (1 on the diagonal)."""
    if len(texts) < 2:
        return np.ones((len(texts), len(texts)))
    m = vectors(texts, language, method)
    if m is None:
        return np.eye(len(texts))
    sim = (m @ m.T).toarray()
    np.fill_diagonal(sim, 1.0)
    return sim
