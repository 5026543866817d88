"""A mention's summary: its passage without the dateline, trimmed around its date."""
from __future__ import annotations

import re
from functools import lru_cache

# "SEMARANG, KOMPAS.com - ", "Jakarta, CNN Indonesia -- ", "TEMPO.CO, Jakarta - ", "Jakarta (ANTARA) - ",
# "Jakarta - ": a place and an outlet before a dash, where a paragraph starts
_DATELINE_LEAD = re.compile(r"(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*,[ \t]*)?[A-Za-z][\w.]*(?:-[A-Za-z][\w.]*)?"
                            r"(?:[ \t]+[A-Z][\w.]*){0,2}(?:[ \t]*\([A-Z][\w .]*\))?[ \t]*(?:--|[-–—])[ \t]+")
_DATELINE_LIMIT = 48
_BLANK = re.compile(r"\s*")
_SPACES = re.compile(r"\s+")
SUMMARY_LIMIT = 200


# asked of each passage several times (its sentence, each mention's actors, lemmas, names, summary);
# the text's hash is cached by Python, so a hit costs a tuple hash
@lru_cache(maxsize=4096)
def after_dateline(text: str, start: int) -> int:
    """Where the happening begins in a passage starting at `start`: after a dateline that opens
    the paragraph, else `start`."""
    if not _BLANK.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return start  # not the start of a paragraph
    m = _DATELINE_LEAD.match(text, start)
    return m.end() if m and m.end() - start <= _DATELINE_LIMIT else start


_KICKER_WORDS = 3  # "PELANTIKAN KEPALA DAERAH - ": a caption's label in capitals, no place and outlet


def opens_with_dateline(text: str, start: int) -> bool:
    """Whether the paragraph at `start` opens with a place and outlet ("TRIBUNLOMBOK.COM, MATARAM - "), not
    a photo caption's label ("PELANTIKAN KEPALA DAERAH - "): a label has three words or more and no comma,
    dot or parenthesis."""
    end = after_dateline(text, start)
    if end == start:
        return False
    head = text[start:end].rstrip(" \t-–—")
    return any(ch in head for ch in ",.()") or len(head.split()) < _KICKER_WORDS


def summary_of(text: str, start: int, end: int, anchor: int) -> str:
    """The passage text[start:end] as one line; a long one keeps the part around `anchor`."""
    # the dateline is not the happening
    passage = _SPACES.sub(" ", text[after_dateline(text, start):end]).strip(" ,;")
    if len(passage) <= SUMMARY_LIMIT:
        return passage
    # keep the part around the date: trim from the far end, on word boundaries
    t0 = anchor - start
    window_start = max(0, min(t0 - SUMMARY_LIMIT // 2, len(passage) - SUMMARY_LIMIT))
    cut = passage[window_start:window_start + SUMMARY_LIMIT]
    if window_start > 0:
        cut = "…" + cut.split(" ", 1)[-1]
    if window_start + SUMMARY_LIMIT < len(passage):
        cut = cut.rsplit(" ", 1)[0] + "…"
    return cut
