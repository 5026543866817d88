"""Deciding whether two event mentions tell the same happening.

Weighs three things: dates that are compatible (equal, or one containing the other:
"tahun 2019" and "April 2019"), actors that overlap (a shared person, or most of the
actors when no person is named), and what happened (the same action family). Two
different happenings on one date do not merge: their actions or actors differ.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .dates import granularity_of, value_bounds
from .events import ACTION_FAMILY

_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "range": 6, "decade": 7,
                     "century": 8}


@dataclass
class EventSketch:
    """What merging needs to know of an event, stored or just extracted."""

    value: str
    actors: frozenset[str]
    people: frozenset[str]
    action: str | None
    citations: list = field(default_factory=list)


def finer_value(a: str, b: str) -> str:
    """The more precise of two compatible values ("2019-04" over "2019")."""
    ra = _GRANULARITY_RANK.get(granularity_of(a), 9)
    rb = _GRANULARITY_RANK.get(granularity_of(b), 9)
    return a if ra <= rb else b


def dates_compatible(a: str, b: str) -> bool:
    """Equal, or one contains the other, or (for two days) at most one day apart."""
    ba, bb = value_bounds(a), value_bounds(b)
    if not ba or not bb:
        return False
    if a == b:
        return True
    contains = (ba[0] <= bb[0] and bb[1] <= ba[1]) or (bb[0] <= ba[0] and ba[1] <= bb[1])
    if contains:
        return granularity_of(a) != "range" and granularity_of(b) != "range" or a == b
    return False


def days_apart(a: str, b: str) -> int | None:
    ba, bb = value_bounds(a), value_bounds(b)
    if not ba or not bb or ba[0] != ba[1] or bb[0] != bb[1]:
        return None
    return abs((ba[0] - bb[0]).days)


def same_happening(a: EventSketch, b: EventSketch) -> tuple[bool, bool]:
    """(same, disagreeing): whether a and b are one happening, and whether their days differ."""
    family_a = ACTION_FAMILY.get(a.action or "", a.action)
    family_b = ACTION_FAMILY.get(b.action or "", b.action)
    if family_a is None or family_b is None or family_a != family_b:
        return False, False
    shared_people = a.people & b.people
    shared = a.actors & b.actors
    if a.people or b.people:
        actors_agree = bool(shared_people) and (len(shared_people) >= 2 or len(a.people | b.people) <= 2)
    else:
        union = a.actors | b.actors
        actors_agree = bool(union) and len(shared) / len(union) >= 0.5
    if not actors_agree:
        return False, False
    if dates_compatible(a.value, b.value):
        return True, False
    # one day apart, same people, same happening: sources that disagree on the day
    apart = days_apart(a.value, b.value)
    if apart == 1 and len(shared_people) >= 2:
        return True, True
    return False, False

