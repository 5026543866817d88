"""Candidate events for new mentions in a crowded database: the candidate path of clustering.

Below `happenings.NEIGHBOURHOOD_BOUND` stored mentions around a batch, `happenings.recluster`
clusters the closed neighbourhood exactly (every test, the dev set). Above it, re-clustering
every stored mention the batch's dates touch costs more with every article stored (a year
touches every mention of that year), so a new mention is judged only against **candidate
events**: events holding a stored primary mention whose dates may be compatible with its own
and which shares a blocking key with it:

- its place, or a place it lies in (`ix_citation_place_start`, migration 0013);
- its type's family, unless the type is weak (`ix_citation_type_start`, migration 0013);
- one of its actors, who is not only reporting it (event_actor's `ix_event_actor_actor_start`).

Dates: a stored mention may contain the new one (its first day is one of the few first days of
the values that may contain it: the day itself, its week, month, quarter, half, year, decade,
century: point look-ups) or lie within it or a day beside it (a range of start days, for a new
mention of a month or finer). Every look-up is an index range read for at most ROWS_PER_KEY rows,
so its cost does not grow with the database. Events are ranked best first (keys shared, then
mentions found, then the distance of the dates, then id) and at most CANDIDATE_EVENTS of them are
judged, each against at most MENTIONS_PER_EVENT of its mentions: the number of `judge` calls per
new mention is bounded whatever the database holds. Lemma overlap is not a look-up key (no index
holds lemmas); it weighs in `judge` among the candidates.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session

from ..extract.event_types import WEAK_TYPES, type_family
from ..extract.lang.id.happenings import TYPE_FAMILY
from ..extract.values import GRANULARITY_RANK, is_partial, month_day
from .db import run
from .dialect import as_date, ids_in, name_of, texts_in, unindexed

ROWS_PER_KEY = 40  # rows read per look-up (one key, one kind of date relation)
CANDIDATE_EVENTS = 6  # events judged per new mention, best first
MENTIONS_PER_EVENT = 3  # mentions of each candidate event judged against the new one


def containing_starts(start: date) -> list[date]:
    """The first days of every value that may contain a mention starting on `start` (and so
    every first day a stored mention containing it can have): the day itself, its week and
    weekend, month, quarter, half, year, decade and century."""
    y = start.year
    monday = start - timedelta(days=start.weekday())
    starts = {start, monday, monday + timedelta(days=5), start.replace(day=1),
              date(y, (start.month - 1) // 3 * 3 + 1, 1), date(y, 1 if start.month <= 6 else 7, 1),
              date(y, 1, 1), date(max(1, y - y % 10), 1, 1), date(max(1, y - y % 100), 1, 1)}
    return sorted(s for s in starts if s <= start)


def family_types(kind: str | None) -> list[str]:
    """The types of one family ("visit" and "meeting"); none for a weak type."""
    if kind in WEAK_TYPES:
        return []
    family = type_family(kind)
    return sorted({kind} | {t for t, f in TYPE_FAMILY.items() if f == family})


@dataclass
class Found:
    """A stored primary mention a look-up found (or, through an actor, only its event)."""

    event_id: int
    citation_id: int | None
    keys: set[str] = field(default_factory=set)  # "place", "type", "actor"
    distance: int = 10**9  # days between the first days
    mentions: list[int] = field(default_factory=list)  # an event's mentions found, best first


@dataclass
class MentionKeys:
    """What the look-ups of one new mention ask by."""

    date_start: date | None  # None for a day of unknown year, which asks `days` instead
    date_end: date | None
    granularity: str
    places: list[str]
    types: list[str]
    actors: list[str]
    days: list[date] = field(default_factory=list)  # that day in every year a stored day may have


def _days_of(value: str) -> list[date]:
    """"XXXX-11-21" as that day of every year from 1900 to 2100: the first days a stored day of a
    known year it meets can have (a look-up of points, not a scan of every day)."""
    md = month_day(value)
    month, day = int(md[:2]), int(md[3:])
    out = []
    for year in range(1900, 2101):
        try:
            out.append(date(year, month, day))
        except ValueError:  # 29 February of a common year
            pass
    return out


def keys_of(citation) -> MentionKeys | None:  # noqa: ANN001 - a Citation, or a row with its columns
    """The blocking keys of a new primary mention; None for one without dates."""
    partial = citation.date_start is None and is_partial(citation.value)
    if citation.date_start is None and not partial:
        return None
    places = [citation.place, *json.loads(citation.place_within)] if citation.place else []
    reporters = set(json.loads(citation.reporters))
    actors = sorted({name for name, _ in json.loads(citation.actors)} - reporters)
    return MentionKeys(citation.date_start, citation.date_end, citation.granularity or "day",
                       sorted(set(places)), family_types(citation.event_type), actors,
                       _days_of(citation.value) if partial else [])


class CandidateFinder:
    """The candidate look-ups of one batch, in one session (actor ids remembered by name)."""

    def __init__(self, session: Session):
        self.session = session
        self.dialect = name_of(session)
        self.actor_ids: dict[str, int | None] = {}
        self.lookups = 0  # statements run (for tests and profiles, never timed)

    def _actors(self, names: list[str]) -> list[int]:
        wanted = sorted(set(names) - self.actor_ids.keys())
        if wanted:
            for name in wanted:
                self.actor_ids[name] = None
            for actor_id, name in run(self.session, "SELECT id, name FROM actor WHERE name IN "
                                                    f"({texts_in(self.dialect, 'names')})",
                                      {"names": json.dumps(wanted, ensure_ascii=False)}):
                self.actor_ids[name] = actor_id
        return sorted({self.actor_ids[n] for n in names if self.actor_ids.get(n) is not None})

    def _date_parts(self, keys: MentionKeys, end: str = "date_end") -> list[tuple[str, dict]]:
        """SQL conditions on date_start/date_end (`end`: how to name date_end), each an index range
        or a few points of date_start."""
        if keys.days:  # a day of unknown year meets that day of any year
            params = {f"s{i}": d.isoformat() for i, d in enumerate(keys.days)}
            return [(f"date_start IN ({', '.join(':' + k for k in params)}) AND {end} = date_start", params)]
        starts = containing_starts(keys.date_start)
        points = ", ".join(f":s{i}" for i in range(len(starts)))
        params = {f"s{i}": s.isoformat() for i, s in enumerate(starts)}
        parts = [(f"date_start IN ({points}) AND {end} >= :last_day", {**params, "last_day": keys.date_end.isoformat()})]
        if GRANULARITY_RANK.get(keys.granularity, 9) <= GRANULARITY_RANK["month"]:
            # stored mentions within it, or a day beside it (one day apart: sources may disagree by a day)
            parts.append((f"date_start BETWEEN :lo AND :hi AND {end} <= :hi",
                          {"lo": (keys.date_start - timedelta(days=1)).isoformat(),
                           "hi": (keys.date_end + timedelta(days=1)).isoformat()}))
        return parts

    def find(self, keys: MentionKeys) -> dict[int, Found]:
        """Event id -> the best mention found of it, for one new mention; unranked, unbounded by
        event count (see `best_events`), each look-up bounded by ROWS_PER_KEY."""
        found: dict[tuple[int, int | None], Found] = {}

        def add(event_id, citation_id, key, start) -> None:  # noqa: ANN001
            if event_id is None:
                return
            f = found.setdefault((event_id, citation_id), Found(event_id, citation_id))
            f.keys.add(key)
            f.distance = min(f.distance, abs((as_date(start) - keys.date_start).days) if keys.date_start else 0)

        columns = (("place", keys.places), ("event_type", keys.types))
        for column, values in columns:
            if not values:
                continue
            names = ", ".join(f":k{i}" for i in range(len(values)))
            # date_end as no index serves it on SQLite, so that (key, date_start) is the index read
            for condition, params in self._date_parts(keys, unindexed(self.dialect, "date_end")):
                rows = run(self.session, f"SELECT id, event_id, date_start FROM citation WHERE {column} IN ({names}) "
                                         f"AND {unindexed(self.dialect, 'primary_id')} IS NULL AND {condition} "
                                         f"LIMIT {ROWS_PER_KEY}",
                           {**params, **{f"k{i}": v for i, v in enumerate(values)}})
                self.lookups += 1
                for citation_id, event_id, start in rows:
                    add(event_id, citation_id, "place" if column == "place" else "type", start)
        actor_ids = self._actors(keys.actors) if keys.actors else []
        if actor_ids:
            # date_end as no index serves it on SQLite: (actor_id, date_start) is the range to read,
            # not (actor_id, date_end), every later event of the actor
            for condition, params in self._date_parts(keys, unindexed(self.dialect, "date_end")):
                rows = run(self.session, f"SELECT event_id, date_start FROM event_actor WHERE actor_id IN "
                                         f"({ids_in(self.dialect, 'actor_ids')}) AND {condition} LIMIT {ROWS_PER_KEY}",
                           {**params, "actor_ids": json.dumps(actor_ids)})
                self.lookups += 1
                for event_id, start in rows:
                    add(event_id, None, "actor", start)
        # per event, the keys any of its mentions shares, and its best mentions
        by_event: dict[int, Found] = {}
        mentions: dict[int, list[Found]] = {}
        for f in found.values():
            best = by_event.setdefault(f.event_id, Found(f.event_id, None, set(), f.distance))
            best.keys |= f.keys
            best.distance = min(best.distance, f.distance)
            if f.citation_id is not None:
                mentions.setdefault(f.event_id, []).append(f)
        for event_id, best in by_event.items():
            ranked = sorted(mentions.get(event_id, []), key=lambda f: (-len(f.keys), f.distance, f.citation_id))
            best.mentions = [f.citation_id for f in ranked]
        return by_event


def best_events(found: list[dict[int, Found]], excluded: set[int] = frozenset(),
                limit: int = CANDIDATE_EVENTS) -> list[tuple[int, list[int]]]:
    """The candidate events of a group of new mentions (each mention's `find`), best first: most
    keys shared, then most of the group's mentions finding it, then the nearest dates, then the
    lowest id. Each with the ids of its mentions found, best first."""
    merged: dict[int, tuple[set[str], int, int, list[int]]] = {}
    for per_mention in found:
        for event_id, f in per_mention.items():
            if event_id in excluded:
                continue
            keys, hits, distance, ids = merged.get(event_id, (set(), 0, 10**9, []))
            ids = ids + [i for i in f.mentions if i not in ids]
            merged[event_id] = (keys | f.keys, hits + 1, min(distance, f.distance), ids)
    ranked = sorted(merged.items(), key=lambda p: (-len(p[1][0]), -p[1][1], p[1][2], p[0]))
    return [(event_id, ids) for event_id, (_, _, _, ids) in ranked[:limit]]
