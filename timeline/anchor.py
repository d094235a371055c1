"""Stage 4b: relations dated across the collection.

"The attack came a day after the Kremlin unleashed its biggest air attack on Kyiv" has no date
of its own; the air attack may be dated in this article or in another ("On Friday, Russia
carried out an 18-hour aerial bombardment").  The relation's other happening is found as the
dated mention it is most like, among those no later than the article, and both happenings of the
sentence are dated from it: the air attack on that day, the attack a day later.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import chain
from typing import Iterator

import numpy as np
from dateutil.relativedelta import relativedelta
from scipy import sparse

from parsers.events import PendingRelation, in_clause, shifted
from timeline.model import DatedBy, EventMention, Precision
from timeline.settings import Settings
from timeline.similarity import vectors

_DAY = (Precision.DAY, Precision.PART_OF_DAY, Precision.TIME)
# dated by words of their own sentence: what a relation may be dated from
_OWN = (DatedBy.EXPLICIT, DatedBy.RELATIVE)
# similarities computed at a time (relations x candidates), to bound memory on large collections
_BLOCK_CELLS = 4_000_000


def anchor_relations(mentions: tuple[EventMention, ...], pending: tuple[PendingRelation, ...],
                     published: dict[str, dt.date | None], settings: Settings
                     ) -> tuple[EventMention, ...]:
    """The mentions the pending relations yield.  A relation whose other happening is dated
    nowhere yields its main happening on the report day (marked REPORTED), if it has one."""
    if not pending:
        return ()
    candidates = [m for m in mentions if m.dated_by in _OWN and m.date.precision in _DAY]
    # each text made as it is weighed: no list of every candidate's text beside the weights
    x = vectors(chain((m.content_text for m in candidates), (p.anchor_text for p in pending)),
                settings.language, settings.similarity) if candidates else None
    rows = _similarities(x, len(candidates)) if x is not None else None
    found: list[EventMention] = []
    for p in pending:
        # a sentence that has a story day needs a clearer match to be dated elsewhere
        needed = settings.relation_threshold if p.fallback is None else settings.relation_override
        source = _match(p, candidates, next(rows), needed, published.get(p.article_id)) if rows is not None else None
        if source is not None:
            main = p.fallback or EventMention(p.article_id, p.sentence, source.date, DatedBy.RELATION, p.text,
                                              p.start, p.end, clause=p.main, attribution=p.attribution,
                                              cited=False)
            other_day, main_day = shifted(source.date, relativedelta()), shifted(source.date, p.shift)
            main = replace(main, date=main_day, dated_by=DatedBy.RELATION, date_text=p.text, date_start=p.start,
                           date_end=p.end, dated_from=(source.article_id, source.sentence.start))
        elif p.fallback is not None:
            main = p.fallback
            other_day = shifted(main.date, -p.shift) if main.date.precision in _DAY else None
        else:
            continue
        # each happening keeps the figures of its own clause; who says so is the sentence's
        found.append(replace(main, clause=p.main, figures=in_clause(p.figures, p.sentence, p.main)))
        if other_day is not None:
            found.append(replace(main, date=other_day, dated_by=DatedBy.RELATION, date_text=p.text, date_start=p.start,
                                 date_end=p.end, clause=p.anchor, figures=in_clause(p.figures, p.sentence, p.anchor), cited=True))
    return tuple(found)


def _similarities(x, n: int) -> Iterator[sparse.csr_matrix]:
    """For each pending relation (the rows of `x` after the first `n`), its cosine with each
    candidate (the first `n` rows), one sparse row at a time.  Computed a block of rows at a time:
    all relations against all candidates at once would grow with the square of the collection."""
    candidates = x[:n].T.tocsr()
    step = max(1, _BLOCK_CELLS // max(n, 1))
    for start in range(n, x.shape[0], step):
        # each cell is summed as in one product of all rows: the same floating-point values
        block = x[start:start + step] @ candidates
        for k in range(block.shape[0]):
            yield block[k]


def _match(p: PendingRelation, candidates: list[EventMention], sim: sparse.csr_matrix, needed: float,
           latest: dt.date | None) -> EventMention | None:
    """The dated mention most like the relation's other happening, told no later than the article."""
    if needed > 0:  # only candidates sharing a word can reach it: the stored cells, by column
        order = np.argsort(sim.indices, kind="stable")
        cols, values = sim.indices[order], sim.data[order]
    else:
        cols, values = np.arange(sim.shape[1]), sim.toarray().ravel()
    keep = values >= needed
    best: EventMention | None = None
    score = needed
    for j, value in zip(cols[keep], values[keep]):
        c = candidates[j]
        if c.sentence is p.sentence or (latest is not None and c.date.start > latest):
            continue
        if value > score or best is None:
            best, score = c, float(value)
    return best
