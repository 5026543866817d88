"""What a date rule found, in words of no language: the parts of a candidate expression.

A language's parsers (`lang/<code>/parsers.py`) fill `DateParts` from a match; the resolver
(`resolve.py`) turns them into TIMEX3 values. Relations and units are neutral values, so the
resolver holds no word of any language:

- `unit`: day, week, month, year, decade, century
- `relation`: past, next, this (relative to the publication date), after, before (relative to
  the date the story mentioned before)
- `vague`: past, present, future
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

Unit = Literal["day", "week", "month", "year", "decade", "century"]
Relation = Literal["past", "next", "this", "after", "before"]


@dataclass
class DateParts:
    day: int | None = None
    month: int | None = None
    year: int | None = None
    day2: int | None = None  # the end of a range
    month2: int | None = None
    year2: int | None = None
    weekday: int | None = None  # Monday = 0
    weekday_text: str | None = None  # as written, for explanations
    part_of_day: str | None = None
    numeric: bool = False  # written in digits ("11/9"), so day and month may be read either way
    relation: Relation | None = None
    relation_text: str | None = None  # the relation as written ("tahun lalu"), for explanations
    year_shift: int | None = None  # years from the publication year ("Oktober tahun lalu": -1)
    unit: Unit | None = None
    unit_text: str | None = None
    count: int | None = None  # "tiga hari lalu": 3; None for a vague count ("beberapa")
    weekend: bool = False
    week_relation: Relation | None = None  # "Jumat pekan lalu": the week before the publication week
    deictic_offset: int | None = None  # days from the publication date ("kemarin": -1)
    vague: Literal["past", "present", "future"] | None = None
    phrase: str | None = None  # the words of an anaphoric or deictic expression, for explanations
    offset: int | None = None  # days after the date mentioned before ("keesokan harinya": 1)
    decade: int | None = None  # 195 for the 1950s
    century: int | None = None
    part: str | None = None  # Q1-Q4, H1-H2


@dataclass
class Candidate:
    """A span a date rule matched, the parts it found, and the resolver that gives its value.

    `resolver` is one of `Resolver`'s methods, named by the rule itself.
    """

    start: int
    end: int
    rule: str
    parts: DateParts
    resolver: Callable | None = None
