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
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
from sklearn.preprocessing import normalize

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


def vectors(texts: list[str], language: str = "en", method: str = "concepts",
            groups: list[int] | None = None, counted_in: list[tuple[int, ...]] | None = None):
    """Unit-length TF-IDF rows, one per text (a sparse matrix); None when there is nothing to weigh.

    `groups` (one label per text, 0, 1, 2 ...) weighs each text by the IDF of its group, fitted
    on the texts `counted_in` names for that group (by default the group's own): texts of one
    group are only ever compared among themselves, and texts counted in no group of theirs leave
    their weights alone."""
    if method == "concepts":
        vec = CountVectorizer(analyzer=_analyzer(language))
    elif method == "words":
        vec = CountVectorizer(stop_words="english" if language == "en" else None, token_pattern=_WORD.pattern)
    elif method == "chars":
        vec = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5))
    else:
        raise ValueError(f"unknown similarity method {method!r}; choose one of {', '.join(METHODS)}")
    try:
        counts = vec.fit_transform(texts).tocoo()
    except ValueError:  # only stop words: nothing to compare
        return None
    labels = np.zeros(len(texts), dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
    n_groups = int(labels.max()) + 1 if len(labels) else 0
    if counted_in is None:
        counted_in = [(int(g),) for g in labels]
    pairs = [(g, i) for i, gs in enumerate(counted_in) for g in gs]
    member = sparse.csr_matrix((np.ones(len(pairs)), ([g for g, _ in pairs], [i for _, i in pairs])),
                               shape=(n_groups, len(texts)))
    # document frequency of each term within each group, as TfidfVectorizer(smooth_idf=True) weighs it
    present = sparse.csr_matrix((np.ones_like(counts.data, dtype=float), (counts.row, counts.col)), shape=counts.shape)
    df = (member @ present).tocsr()
    size = np.asarray(member.sum(axis=1)).ravel()
    row_group = labels[counts.row]
    dfs = np.asarray(df[row_group, counts.col]).ravel()
    idf = np.log((1.0 + size[row_group]) / (1.0 + dfs)) + 1.0
    tf = 1.0 + np.log(counts.data.astype(float))  # sublinear: a word said twice is not twice the news
    x = sparse.csr_matrix((tf * idf, (counts.row, counts.col)), shape=counts.shape)
    return normalize(x)


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
