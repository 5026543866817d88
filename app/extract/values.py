"""TIMEX3 values as data: the days a value covers, its granularity, and how two values relate.

Depends on nothing else in the package: every layer may read values.
A value keeps its granularity: "2023-07" spans 1-31 July 2023, never a made-up day.
"""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

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


_PARTIAL_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")


def is_partial(value: str | None) -> bool:
    """A day whose year the text does not give ("XXXX-11-21")."""
    return bool(value and _PARTIAL_DAY.match(value))


def month_day(value: str) -> str | None:
    """"11-21" of "2022-11-21" or "XXXX-11-21"; None for anything but a single day."""
    if m := _PARTIAL_DAY.match(value):
        return f"{m[1]}-{m[2]}"
    if _DAY.match(value):
        return value[5:]
    return None


GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "range": 6, "decade": 7,
                    "century": 8}


def finer_value(a: str, b: str) -> str:
    """The more precise of two compatible values ("2019-04" over "2019")."""
    ra = GRANULARITY_RANK.get(granularity_of(a), 9)
    rb = GRANULARITY_RANK.get(granularity_of(b), 9)
    return a if ra <= rb else b


def dates_compatible(a: str, b: str) -> bool:
    """Equal, or one contains the other (a range only equals itself); a day of unknown year is
    compatible with that day of any year."""
    if is_partial(a) or is_partial(b):
        return month_day(a) is not None and month_day(a) == month_day(b)
    ba, bb = value_bounds(a), value_bounds(b)
    if not ba or not bb:
        return False
    if a == b:
        return True
    contains = (ba[0] <= bb[0] and bb[1] <= ba[1]) or (bb[0] <= ba[0] and ba[1] <= bb[1])
    return contains and granularity_of(a) != "range" and granularity_of(b) != "range"


def days_apart(a: str, b: str) -> int | None:
    """Days between two one-day values; None unless both are single days."""
    ba, bb = value_bounds(a), value_bounds(b)
    if not ba or not bb or ba[0] != ba[1] or bb[0] != bb[1]:
        return None
    return abs((ba[0] - bb[0]).days)
