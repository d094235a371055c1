"""Chronology -> CSV (UTF-8, one row per event, date first) written to a file or stream.

Every text cell is made safe to open in a spreadsheet, as OWASP advises against CSV injection: a cell
that begins with =, +, -, @ (or their full-width forms), also after leading whitespace, or that begins
with a tab, is prefixed with a single quote so that it is read as text, never run as a formula; a plain
number such as "-5" is left as it is.  Control characters other than tab and newline are dropped (a
carriage return, vertical tab, form feed or Unicode line separator becomes a newline), and so are the
bidirectional overrides and isolates that would make a cell display other than it reads.  The JSON
keeps the text exactly as the article has it.
"""
from __future__ import annotations

import re

from pandas.api.types import is_object_dtype, is_string_dtype

from render._output import Target, write_text
from render.frame import to_frame
from timeline.model import Chronology

# what a reader scans first comes first; the rest is for joining back to the JSON. Columns added in a
# later version go at the end, so that a reader that takes them by position keeps working
CSV_COLUMNS = ["date", "precision", "title", "sources", "figures", "disputed", "attribution", "citations",
               "summary", "id", "start", "end", "n_sources", "importance", "inferred_dates", "independent_sources"]

# spreadsheets skip leading whitespace before they decide a cell is a formula; some read the full-width signs too
_FORMULA = re.compile(r"\s*[=+\-@\uff1d\uff0b\uff0d\uff20]")
_NUMBER = re.compile(r"\s*[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*")
# what str.splitlines breaks at: a reader that splits on it would see a row end inside a cell
_LINE_BREAK = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_cell(value):
    """`value` as a spreadsheet shows it but never evaluates it; anything but a string is left alone."""
    if not isinstance(value, str):
        return value
    text = _CONTROL.sub("", _LINE_BREAK.sub("\n", value))
    if text.startswith("\t") or (_FORMULA.match(text) and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


def write_csv(chron: Chronology, target: Target) -> None:
    table = to_frame(chron)[CSV_COLUMNS].copy()
    # only the text columns: numbers and dates are ours and typed, and stay what they are
    for column in table.columns:
        if is_object_dtype(table[column]) or is_string_dtype(table[column]):
            table[column] = table[column].map(safe_cell)
    # "\n" on every platform: the same input gives the same bytes; csv readers accept it
    write_text(table.to_csv(index=False, lineterminator="\n"), target)
