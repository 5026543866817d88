"""Date headings: the lines of a chronology that hold only a date ("26 Juli 2017", "Tahun 2012",
"1. 14 Oktober 2016:") and date the paragraphs below them, up to the next heading.

One such line near the top is a dateline; two or more make a chronology, whose first heading is
no publication date. Spans in, spans out: used by the publication-date finder and the events.
"""
from __future__ import annotations

import re

# what may stand on the line beside the date: a list's number or bullet before it, a colon after it
_BEFORE = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-–•*·])[ \t]*)?(?:(?i:tahun|tanggal)[ \t]+)?")
_AFTER = re.compile(r"[ \t]*[:.]?[ \t]*")
MIN_HEADINGS = 2  # one date alone on a line is a dateline; a chronology has several


def heading_spans(text: str, spans: list[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """The spans, of those given, that are the whole of their line, when there are at least two."""
    found = []
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _BEFORE.fullmatch(text, line_start, start) and _AFTER.fullmatch(text, end, line_end):
            found.append((start, end))
    return frozenset(found) if len(found) >= MIN_HEADINGS else frozenset()
