"""Dates typed by a reader (filters, forms): "2023-09", "Juni 2024", "2019", "11/9/2023".

Read with the same grammar and resolver as article text, so every form the tagger knows works.
"""
from __future__ import annotations

from .lang import indonesian
from .values import _DAY, _DECADE, _MONTH, _YEAR, value_bounds


def parse_date_input(text: str) -> str | None:
    """A typed date ("2023-09", "Juni 2024", "2019", "11/9/2023") as a TIMEX3 value, or None."""
    text = text.strip()
    if not text:
        return None
    if _DAY.match(text) or _MONTH.match(text) or _YEAR.match(text) or _DECADE.match(text):
        return text if value_bounds(text) else None
    language = indonesian()
    candidates = [c for c in language.find_candidates(text) if c.start == 0 and c.end == len(text.rstrip(". "))]
    if not candidates:
        return None
    timex = language.resolver(text, None).resolve(candidates[0])
    if timex is None or not value_bounds(timex.value):
        return None
    return timex.value
