"""TIMEX3 values as data: their calendar bounds, their labels, and typed date input.

A value keeps its granularity: "2023-07" spans 1-31 July 2023 and is shown as
"Juli 2023", never as a made-up day.
"""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .grammar import find_candidates
from .lexicon import MONTH_NAMES_ID
from .resolve import Resolver

MONTH_NAMES_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
_SHORT_ID = ["", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
_SHORT_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12])$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})$")


def value_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day a TIMEX3 value covers; None for vague or unresolved values."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        first, last = value_bounds(a), value_bounds(b)
        return (first[0], last[1]) if first and last else None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1])
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _PART.match(value):
            y, n = int(m[1]), int(m[2][1])
            months = 3 if m[2][0] == "Q" else 6
            first = date(y, (n - 1) * months + 1, 1)
            last_month = n * months
            return first, date(y, last_month, monthrange(y, last_month)[1])
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if value.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def granularity_of(value: str) -> str:
    if "/" in value:
        return "range"
    if m := _PART.match(value):
        return "quarter" if m[2][0] == "Q" else "half"
    for pattern, name in ((_DAY, "day"), (_MONTH, "month"), (_YEAR, "year"), (_WEEK, "week"),
                          (_DECADE, "decade"), (_CENTURY, "century")):
        if pattern.match(value):
            return name
    return "ref"


def label(value: str | None, lang: str = "id") -> str:
    """A value as a reader says it: "11 Sep 2023", "Juli 2023", "1950-an", "1950–1953"."""
    if not value:
        return "?" if lang == "en" else "?"
    if "/" in value:
        a, b = value.split("/", 1)
        return f"{label(a, lang)}–{label(b, lang)}"
    months = MONTH_NAMES_ID if lang == "id" else MONTH_NAMES_EN
    short = _SHORT_ID if lang == "id" else _SHORT_EN
    if m := _DAY.match(value):
        return f"{int(m[3])} {short[int(m[2])]} {m[1]}"
    if m := _MONTH.match(value):
        return f"{months[int(m[2])]} {m[1]}"
    if _YEAR.match(value):
        return value
    if m := _PART.match(value):
        roman = ["", "I", "II", "III", "IV"][int(m[2][1])]
        if lang == "id":
            return f"{'Kuartal' if m[2][0] == 'Q' else 'Semester'} {roman} {m[1]}"
        return f"{m[2]} {m[1]}"
    if m := _WEEK.match(value):
        week = int(m[2])
        if lang == "id":
            return f"{'akhir pekan' if value.endswith('-WE') else 'pekan'} ke-{week} {m[1]}"
        return f"{'weekend of ' if value.endswith('-WE') else ''}week {week}, {m[1]}"
    if m := _DECADE.match(value):
        return f"{m[1]}0-an" if lang == "id" else f"{m[1]}0s"
    if m := _CENTURY.match(value):
        n = int(m[1]) + 1
        return f"abad ke-{n}" if lang == "id" else f"{n}th century"
    return value


def axis_label(value: str, lang: str = "id", first: bool = False) -> str:
    """A histogram bar's label, short enough to sit under its bar: the year only on the
    first bar and where a year starts ("Jan 2024", "Feb"; "1 Sep", "2")."""
    short = _SHORT_ID if lang == "id" else _SHORT_EN
    if m := _DAY.match(value):
        day = int(m[3])
        return f"{day} {short[int(m[2])]}" if first or day == 1 else str(day)
    if m := _MONTH.match(value):
        month = int(m[2])
        return f"{short[month]} {m[1]}" if first or month == 1 else short[month]
    return label(value, lang)


def parse_date_input(text: str) -> str | None:
    """A typed date ("2023-09", "Juni 2024", "2019", "11/9/2023") as a TIMEX3 value, or None."""
    text = text.strip()
    if not text:
        return None
    if _DAY.match(text) or _MONTH.match(text) or _YEAR.match(text) or _DECADE.match(text):
        return text if value_bounds(text) else None
    candidates = [c for c in find_candidates(text) if c.start == 0 and c.end == len(text.rstrip(". "))]
    if not candidates:
        return None
    timex = Resolver(text, None).resolve(candidates[0])
    if timex is None or not value_bounds(timex.value):
        return None
    return timex.value
