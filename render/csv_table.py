"""Chronology -> CSV (UTF-8, one row per event, date first) written to a file or stream."""
from __future__ import annotations

from render._output import Target, write_text
from render.frame import to_frame
from timeline.model import Chronology

# what a reader scans first comes first; the rest is for joining back to the JSON. Columns added in a
# later version go at the end, so that a reader that takes them by position keeps working
CSV_COLUMNS = ["date", "precision", "title", "sources", "figures", "disputed", "attribution", "citations",
               "summary", "id", "start", "end", "n_sources", "importance", "inferred_dates", "independent_sources"]


def write_csv(chron: Chronology, target: Target) -> None:
    # "\n" on every platform: the same input gives the same bytes; csv readers accept it
    write_text(to_frame(chron)[CSV_COLUMNS].to_csv(index=False, lineterminator="\n"), target)
