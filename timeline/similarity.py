"""How alike two mentions' words are: the measure the anchoring and the merge share.

Mentions are compared by TF-IDF cosine similarity (scikit-learn) over word stems (Snowball, the
stemmer made for this), with the words of one kind of happening mapped to one concept
(`EVENT_CONCEPTS` of the language: "barrage", "bombardment" and "strike" are all an attack), so
that two outlets' wordings of one happening meet.  `benchmarks/similarity.py` compares this with
plain word TF-IDF, character n-grams and MinHash on stories with a gold chronology.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Iterable

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
_CONCEPT = re.compile(r"\s_(\w+)\s")  # a concept a phrase was replaced by
# texts weighed at a time: the per-cell temporaries stay a few MB whatever the collection
_ROWS = 20_000


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
    # each word as written -> its term and whether it is a name; () for a stop word.  One lookup a
    # word: the analyzer runs over every mention of the collection, and most words recur
    terms: dict[str, tuple] = {}

    def term(w: str) -> tuple:
        low = w.lower()
        if low in stop:
            return ()
        stem = stemmer.stemWord(low)
        token = concepts.get(stem, stem)
        # names (capitalised inside a sentence) tell one happening from another: they count twice
        return token, w[0].isupper() and token[0] != "_"

    def analyze(text: str) -> list[str]:
        for pattern, token in phrases:
            text = pattern.sub(token, text)
        out = []
        # a capital counts as a name inside a sentence, not at its start: does the first word open the text?
        opening = _TOKEN.match(text) is not None
        for k, w in enumerate(_TOKEN.findall(text)):
            t = terms.get(w)
            if t is None:
                if w[0].isdigit():
                    # a count ("21", "2,000") is shared by reports of one happening; small ones are not telling
                    n = w.replace(",", "")
                    if n.isdigit() and 5 <= int(n) and not (1900 <= int(n) <= 2100):
                        out.append("#" + n)
                    continue
                t = terms[w] = term(w)
            if t:
                out.append(t[0])
                if t[1] and (k or not opening):
                    out.append(t[0])
        for m in _CONCEPT.finditer(text):
            out.append("_" + m.group(1))
        return out

    return analyze


def vectors(texts: Iterable[str], language: str = "en", method: str = "concepts",
            groups: list[int] | None = None, counted_in: list[tuple[int, ...]] | None = None):
    """Unit-length TF-IDF rows, one per text (a sparse matrix); None when there is nothing to weigh.
    `texts` is read once, in order: a generator spares the caller a list of every text.

    `groups` (one label per text, 0, 1, 2 ...) weighs each text by the IDF of its group, fitted
    on the texts `counted_in` names for that group (by default the group's own): texts of one
    group are only ever compared among themselves, and texts counted in no group of theirs leave
    their weights alone."""
    if method == "concepts":
        analyze = _analyzer(language)
    elif method == "words":
        analyze = CountVectorizer(stop_words="english" if language == "en" else None,
                                  token_pattern=_WORD.pattern).build_analyzer()
    elif method == "chars":
        analyze = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    else:
        raise ValueError(f"unknown similarity method {method!r}; choose one of {', '.join(METHODS)}")
    counts = _counts(texts, analyze)
    if counts is None:  # only stop words: nothing to compare
        return None
    n = counts.shape[0]
    labels = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
    if counted_in is None:
        counted = labels
        per_text = np.ones(n, dtype=np.int64)
    else:
        per_text = np.fromiter(map(len, counted_in), dtype=np.int64, count=n)
        counted = np.fromiter(chain.from_iterable(counted_in), dtype=np.int64, count=int(per_text.sum()))
    n_groups = int(max(labels.max(), counted.max(initial=0))) + 1
    # group x text: 1 where the group's IDF counts the text
    member = sparse.csr_matrix((np.ones(len(counted), dtype=np.int32), counted,
                                np.concatenate(([0], np.cumsum(per_text)))), shape=(n, n_groups)).T.tocsr()
    del counted, per_text
    size = np.diff(member.indptr)  # texts each group's IDF is fitted on
    # document frequency of each term within each group, as TfidfVectorizer(smooth_idf=True) weighs it;
    # the terms' presence shares the counts' index arrays (int8 ones: the product counts in int32)
    present = sparse.csr_matrix((np.ones(counts.nnz, dtype=np.int8), counts.indices, counts.indptr),
                                shape=counts.shape, copy=False)
    df = member @ present
    del member, present
    df.sort_indices()
    # (group, term) as one sorted key per stored cell: a text's cells are looked up by bisection;
    # a last key above every other ends each search inside the array
    width = counts.shape[1]
    keys = np.empty(df.nnz + 1, dtype=np.int64)
    keys[:-1] = np.repeat(np.arange(n_groups, dtype=np.int64), np.diff(df.indptr))
    keys[:-1] *= width
    keys[:-1] += df.indices
    keys[-1] = np.iinfo(np.int64).max
    frequency = np.append(df.data, 0)
    del df
    weights = np.empty(counts.nnz)
    for r0 in range(0, n, _ROWS):
        r1 = min(n, r0 + _ROWS)
        p0, p1 = counts.indptr[r0], counts.indptr[r1]
        row_group = np.repeat(labels[r0:r1], np.diff(counts.indptr[r0:r1 + 1]))
        wanted = row_group * width + counts.indices[p0:p1]
        at = np.searchsorted(keys, wanted)
        # a text counted in no group of its own finds no cell: its terms are in none of its group's texts
        dfs = np.where(keys[at] == wanted, frequency[at], 0)
        idf = np.log((1.0 + size[row_group]) / (1.0 + dfs)) + 1.0
        tf = 1.0 + np.log(counts.data[p0:p1].astype(float))  # sublinear: a word said twice is not twice the news
        weights[p0:p1] = tf * idf
    x = sparse.csr_matrix((weights, counts.indices, counts.indptr), shape=counts.shape, copy=False)
    x.has_sorted_indices = True
    return normalize(x, copy=False)


def _counts(texts: Iterable[str], analyze) -> sparse.csr_matrix | None:
    """How often each term occurs in each text (sparse, int32, sorted indices); None when no text
    has a term.  Counted here rather than by CountVectorizer, which lists every cell as a Python
    int before it makes arrays."""
    vocabulary: dict[str, int] = {}
    indices, counts, indptr = array("i"), array("i"), array("q", [0])
    for text in texts:
        for term, count in Counter(analyze(text)).items():
            j = vocabulary.get(term)
            if j is None:
                j = vocabulary[term] = len(vocabulary)
            indices.append(j)
            counts.append(count)
        indptr.append(len(indices))
    if not vocabulary:
        return None
    # terms numbered alphabetically, as CountVectorizer numbers them: every dot product sums in
    # column order, so the similarities do not depend on the order the texts come in
    rank = np.empty(len(vocabulary), dtype=np.int32)
    rank[np.fromiter((vocabulary[t] for t in sorted(vocabulary)), dtype=np.int64, count=len(vocabulary))] = \
        np.arange(len(vocabulary), dtype=np.int32)
    del vocabulary
    m = sparse.csr_matrix((np.frombuffer(counts, dtype=np.int32), rank[np.frombuffer(indices, dtype=np.int32)],
                           np.frombuffer(indptr, dtype=np.int64)), shape=(len(indptr) - 1, len(rank)), copy=False)
    m.sort_indices()
    return m


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
