"""A mention's status: happened, planned or reported (hearsay), from its words and its date."""
from __future__ import annotations

import re
from datetime import date

from .lang.id import happenings as lexicon
from .values import value_bounds

PLANNED_CUES = re.compile(lexicon.PLANNED_CUES, re.IGNORECASE)
REPORTED_CUES = re.compile(lexicon.REPORTED_CUES, re.IGNORECASE)
_SINCE = re.compile(lexicon.SINCE, re.IGNORECASE)


def relative_to_publication(value: str | None, dct: date | None) -> str | None:
    bounds = value_bounds(value)
    if not dct or not bounds:
        return None
    if bounds[1] < dct:
        return "past"
    if bounds[0] > dct:
        return "future"
    return None


def _after_quote(passage: str, date_offset: int) -> int:
    """Where the words after a closed quotation begin, before the date: in "“... akan kami update,”
    kata X, Sabtu (9/1)" the quote's plan is not the statement's, which was made that Saturday."""
    head = passage[:date_offset]
    curly = head.rfind("\u201d")
    straight = head.rfind('"') if head.count('"') % 2 == 0 else -1
    return max(curly, straight) + 1


def status_of(passage: str, date_offset: int, when: str | None) -> str:
    """planned, reported or happened.

    A cue of plans only counts before the date in its clause ("akan bertemu ... pada Selasa"),
    and never for a date already past at publication (`when` is "past" or "future" relative
    to the publication date, None when unknown) or one that starts a "sejak" (since).
    """
    if when == "future":
        return "planned"  # after publication nothing has happened yet
    if when != "past" and PLANNED_CUES.search(passage, _after_quote(passage, date_offset), date_offset) \
            and not _SINCE.search(passage, max(0, date_offset - 20), date_offset):
        return "planned"
    if REPORTED_CUES.search(passage):
        return "reported"
    return "happened"
