"""Wire copies: articles that repeat another one, found and grouped.

An agency story republished by several outlets comes back with another headline, a dateline, a
closing line of the outlet's own ("Join our channel"), a cut paragraph or a few words changed.
Counted as independent reports it would make one outlet's story look confirmed by many; grouped,
it counts once.

Two texts are compared as sets of word shingles (runs of SHINGLE words) of their normalized words
(lower case, punctuation dropped, so whitespace and quotation marks do not matter), by the Jaccard
similarity of those sets.  A text shorter than MIN_WORDS is too short to tell a copy from a similar
report and is grouped only with the same words exactly.  Texts that meet the threshold join one
group, and so do the copies of copies.

MinHash LSH proposes the pairs worth comparing (datasketch's signatures, cut into bands: texts
whose signatures agree on a whole band are proposed), so the work grows with the number of
articles rather than of pairs, and each proposed pair is compared exactly: no pair below the
threshold is ever grouped, and the bands are chosen so that a pair at the threshold is left out with
a chance under one in a million.  Signatures depend on the words alone, so the groups do not depend on
the order of the input; only which member comes first (and is the one the others point to) does.

Public: mark_duplicates(articles, threshold) -> articles with duplicate_of set; duplicate_groups(articles);
group_of(articles); independent(ids, groups); similarity(text_a, text_b).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from timeline.model import Article

SHINGLE = 4  # words per shingle: a changed word breaks four shingles, a shared stock phrase makes few
MIN_WORDS = 30
DEFAULT_THRESHOLD = 0.8

_PERMUTATIONS = 128
_SEED = 1  # fixed: the same texts give the same signatures in every run
_MISS = 1e-6  # the largest chance allowed that LSH does not propose a pair at the threshold

_APOSTROPHES = re.compile(r"['\u2019\u02bc]")  # "Russia's" and "Russia’s" are one word
_WORD = re.compile(r"\w+")


def mark_duplicates(articles: Iterable[Article], threshold: float = DEFAULT_THRESHOLD) -> tuple[Article, ...]:
    """The articles in the same order, each later member of a group of copies with `duplicate_of` set to
    the id of the group's first article in input order, every other article with it empty.

    `threshold` is the Jaccard similarity of word shingles at which two texts count as copies, in
    (0, 1]: 1.0 groups only texts with the same shingles."""
    articles = tuple(articles)
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be more than 0 and at most 1, not {threshold!r}")
    # one node per distinct normalized text: exact copies join here, without any comparison.  Only
    # a digest of each text's words is kept (a match checked word for word against the node's first
    # article), and a signature of the long ones: a large collection's words are never all held
    nodes_of: dict[bytes, list[int]] = {}
    first_of: list[int] = []  # node -> the index of its first article
    long: list[int] = []  # the nodes of at least MIN_WORDS words ...
    sketches: list = []  # ... and their MinHash signatures
    node = []
    for n, a in enumerate(articles):
        words = _words(_story(a))
        if not words:
            node.append(-1)  # nothing to repeat: an empty text groups with nothing
            continue
        same = nodes_of.setdefault(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest(), [])
        k = next((k for k in same if _words(_story(articles[first_of[k]])) == words), None)
        if k is None:
            k = len(first_of)
            first_of.append(n)
            same.append(k)
            if len(words) >= MIN_WORDS:
                long.append(k)
                sketches.append(_signature(_shingles(words)))
        node.append(k)
    parent = list(range(len(first_of)))
    if len(long) > 1:
        _join_near_copies(long, sketches, lambda k: _shingles(_words(_story(articles[first_of[k]]))),
                          threshold, parent)
    # the first member in input order names the group
    first: dict[int, str] = {}
    out = []
    for a, n in zip(articles, node):
        lead = first.setdefault(_root(parent, n), a.id) if n >= 0 else a.id
        copy_of = lead if lead != a.id else ""
        out.append(a if a.duplicate_of == copy_of else replace(a, duplicate_of=copy_of))
    return tuple(out)


def duplicate_groups(articles: Iterable[Article]) -> dict[str, tuple[str, ...]]:
    """The groups of copies as marked on the articles (`duplicate_of`): the first article's id -> the ids
    of all members, that one first, then its copies in input order. Articles without copies are left out."""
    groups: dict[str, list[str]] = {}
    articles = tuple(articles)
    ids = {a.id for a in articles}
    for a in articles:
        if a.duplicate_of:
            groups.setdefault(a.duplicate_of, [a.duplicate_of] if a.duplicate_of in ids else []).append(a.id)
    return {lead: tuple(members) for lead, members in groups.items()}


def group_of(articles: Iterable[Article]) -> dict[str, str]:
    """Article id -> the id its group goes by: the first article it repeats, else its own."""
    return {a.id: a.duplicate_of or a.id for a in articles}


def independent(ids: Iterable[str], groups: Mapping[str, str]) -> int:
    """How many independent sources `ids` are: copies of one story count once (`groups` from group_of;
    an id it does not know counts as its own)."""
    return len({groups.get(i, i) for i in ids})


def similarity(a: str, b: str) -> float:
    """How alike two texts are, as mark_duplicates compares them: the Jaccard similarity of their word
    shingles; for a text shorter than MIN_WORDS, 1.0 for the same words and 0.0 otherwise."""
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return 1.0 if wa else 0.0
    if len(wa) < MIN_WORDS or len(wb) < MIN_WORDS:
        return 0.0
    return _jaccard(_shingles(wa), _shingles(wb))


# -- helpers --------------------------------------------------------------------------------------

def _story(article: Article) -> str:
    # a date line read as metadata is no part of the story; a copy may drop or reword it
    if article.dateline is None:
        return article.text
    start, end = article.dateline
    return article.text[:start] + " " + article.text[end:]


def _words(text: str) -> list[str]:
    return _WORD.findall(_APOSTROPHES.sub("", text.casefold()))


def _shingles(words: list[str]) -> frozenset[str]:
    if len(words) <= SHINGLE:
        return frozenset((" ".join(words),))
    # each run of SHINGLE words, joined by a space
    return frozenset(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)))))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if len(a) > len(b):
        a, b = b, a
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _bands(threshold: float) -> tuple[int, int]:
    """(bands, rows) for the LSH: the most rows per band (fewest pairs proposed) that still propose a pair
    at the threshold all but surely. At least two bands."""
    for rows in range(_PERMUTATIONS // 2, 0, -1):
        bands = _PERMUTATIONS // rows
        if (1.0 - threshold ** rows) ** bands <= _MISS:
            return bands, rows
    return _PERMUTATIONS, 1


def _signature(shingles: frozenset[str]):
    """The MinHash values of a set of shingles, as datasketch's MinHash.bulk computes them."""
    sketch = _empty_minhash().copy()
    sketch.update_batch([s.encode("utf-8") for s in shingles])
    return sketch.hashvalues


@lru_cache(maxsize=1)
def _empty_minhash():
    # imported here: only collections with texts long enough to compare need it
    from datasketch import MinHash
    return MinHash(num_perm=_PERMUTATIONS, seed=_SEED)


def _join_near_copies(nodes: list[int], sketches: list, shingles_of: Callable[[int], frozenset[str]],
                      threshold: float, parent: list[int]) -> None:
    """Union in `parent` every two of `nodes` whose shingles meet the threshold, of the pairs LSH proposes:
    those whose signatures (`sketches`) agree on all the rows of at least one band.  The shingles of a
    node are made again when it is compared (`shingles_of`), those of the last few kept."""
    shingles = lru_cache(maxsize=1024)(lambda k: shingles_of(nodes[k]))
    bands, rows = _bands(threshold)
    unlike: set[tuple[int, int]] = set()  # pairs compared and found below the threshold
    for band in range(bands):
        buckets: dict[bytes, list[int]] = {}
        for k, sketch in enumerate(sketches):
            buckets.setdefault(sketch[band * rows:(band + 1) * rows].tobytes(), []).append(k)
        for members in buckets.values():
            if len(members) > 1:
                _join_bucket(members, nodes, shingles, threshold, parent, unlike)


def _join_bucket(members: list[int], nodes: list[int], shingles: Callable[[int], frozenset[str]],
                 threshold: float, parent: list[int], unlike: set[tuple[int, int]]) -> None:
    """Union every two members of one LSH bucket whose shingles meet the threshold, as far as they are
    not joined already: the groups come out as if each pair were compared.  A member is compared with
    the members before it group by group, and joins a group at the first of them it is like, so that
    the hundreds of copies of one wire story in one bucket cost a comparison each, not one per pair."""

    def alike(j: int, k: int) -> bool:
        if (j, k) in unlike:  # met in another band already
            return False
        if _jaccard(shingles(j), shingles(k)) >= threshold:
            return True
        unlike.add((j, k))
        return False

    seen: dict[int, list[int]] = {}  # the root of each group among the members so far -> its members
    for k in members:
        own = _root(parent, nodes[k])
        for root in list(seen):
            if root == own or root not in seen:  # k's group, or merged into it a moment ago
                continue
            if any(alike(j, k) for j in seen[root]):
                parent[max(root, own)] = min(root, own)
                joined = seen.pop(root) + seen.pop(own, [])
                own = min(root, own)
                seen[own] = joined
        seen.setdefault(own, []).append(k)


def _root(parent: list[int], k: int) -> int:
    while parent[k] != k:
        parent[k] = parent[parent[k]]  # halve the path: later look-ups are shorter
        k = parent[k]
    return k
