"""The timeline's counts: events per month, the histogram at each zoom, actor facets.

Counting is the costly part of a timeline page: it reads every event a filter selects,
where the page itself reads fifty. So the counts of each filter are computed once,
in SQL, and kept in `TimelineCache` until the database changes.
"""
from __future__ import annotations

import heapq
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from ..extract.values import value_bounds
from .db import run
from .dialect import data_version, day_of, ids_in, month_of, name_of, watcher
from .filters import EventFilter

ZOOMS = ("decade", "year", "month", "day")
FACETS_SHOWN = 40
MAX_BARS = 240  # more bars than this are too thin to click or read: the zoom steps out instead


@dataclass(frozen=True)
class TimelineCounts:
    """What a filter selects, counted: events per month of their first day, and actors."""

    months: dict[str, int]  # "2023-09": 12
    facets: list[tuple[str, str, int]]  # the top FACETS_SHOWN: (actor name, kind, events), most events first
    # every actor of the selected events, by id: events. The facet's search box and its "show all" are
    # answered from these (app/store/facets.py), not by counting the filter's links again per keystroke
    actors: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.months.values())

    def extent(self) -> tuple[date, date] | None:
        """First day of the first month with events, last day of the last one."""
        if not self.months:
            return None
        return value_bounds(min(self.months))[0], value_bounds(max(self.months))[1]

    def histogram(self, zoom: str) -> list[tuple[str, int]]:
        """(bucket value, events) in date order for decade, year or month zoom; values are TIMEX3."""
        if zoom == "month":
            return fill_gaps(self.months, zoom)
        width = 3 if zoom == "decade" else 4
        counts: dict[str, int] = {}
        for month, n in self.months.items():
            key = month[:width] + ("X" if zoom == "decade" else "")
            counts[key] = counts.get(key, 0) + n
        return fill_gaps(counts, zoom)


def count_events(session: Session, event_filter: EventFilter) -> TimelineCounts:
    dialect = name_of(session)
    if event_filter.selects_everything:
        # straight off the date index
        months = run(session, f"SELECT {month_of(dialect, 'date_start')} AS month, count(*) FROM event "
                              "GROUP BY month", {})
    else:
        months = run(session, f"{event_filter.select(month_of(dialect, 'd.date_start') + ' AS month, count(*)')} "
                              "GROUP BY month", event_filter.params)
    actors = actor_counts(session, event_filter)
    return TimelineCounts(dict(months), named_facets(session, top_actors(actors)), actors)


def actor_counts(session: Session, event_filter: EventFilter) -> dict[int, int]:
    """Events per actor of the events the filter selects, every actor: one GROUP BY over their links
    (as costly as the top 40's was: the LIMIT only cut the sorted groups)."""
    if event_filter.selects_everything:
        # straight off the actor index
        return dict(run(session, "SELECT actor_id, count(*) FROM event_actor GROUP BY actor_id", {}))
    return dict(run(session, f"SELECT ea.actor_id, count(*) FROM event_actor ea WHERE ea.event_id IN "
                             f"({event_filter.select('d.id')}) GROUP BY ea.actor_id", event_filter.params))


def top_actors(actors: dict[int, int], shown: int | None = None) -> list[tuple[int, int]]:
    """(actor id, events) of the `shown` (FACETS_SHOWN) actors with most events; ties by id."""
    return heapq.nsmallest(shown or FACETS_SHOWN, actors.items(), key=lambda item: (-item[1], item[0]))


def named_facets(session: Session, top: list[tuple[int, int]]) -> list[tuple[str, str, int]]:
    if not top:
        return []
    shown = run(session, f"SELECT id, name, kind FROM actor WHERE id IN ({ids_in(name_of(session))})",
                {"ids": json.dumps([actor_id for actor_id, _ in top])})
    names = {i: (name, kind) for i, name, kind in shown}
    return sorted(((*names[a], n) for a, n in top if a in names), key=lambda r: (-r[2], r[0]))


def day_histogram(session: Session, event_filter: EventFilter) -> list[tuple[str, int]]:
    """(day, events) by first day: the bars of the day zoom, which months cannot give."""
    days = run(session, f"{event_filter.select(day_of(name_of(session), 'd.date_start') + ' AS day, count(*)')} "
                        "GROUP BY day",
               event_filter.params)
    return fill_gaps(dict(days), "day")


def zoom_for(first: date, last: date) -> str:
    """The zoom that shows the span from `first` to `last` in a readable number of bars."""
    days = (last - first).days
    if days <= 62:
        return "day"
    if days <= 3 * 366:
        return "month"
    if days <= 40 * 366:
        return "year"
    return "decade"


def bar_count(zoom: str, first: date, last: date) -> int:
    """Bars from `first` to `last` at `zoom`, empty ones included."""
    if zoom == "day":
        return (last - first).days + 1
    if zoom == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    if zoom == "year":
        return last.year - first.year + 1
    return last.year // 10 - first.year // 10 + 1


def fitting_zoom(zoom: str, first: date, last: date) -> str:
    """`zoom`, or the nearest coarser one whose bars from `first` to `last` fit MAX_BARS."""
    for candidate in ZOOMS[ZOOMS.index(zoom)::-1]:
        if bar_count(candidate, first, last) <= MAX_BARS:
            return candidate
    return "decade"


def bucket_of(day: date, zoom: str) -> str:
    """The TIMEX3 value of the bar that holds `day` at `zoom`."""
    iso = day.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4], "decade": iso[:3] + "X"}[zoom]


def over_period(bars: list[tuple[str, int]], zoom: str, first: date | None, last: date | None
                ) -> list[tuple[str, int]]:
    """The bars, with empty ones out to the ends of the asked period when they fit: a filter
    of 2024 shows the twelve months of 2024, not one wide bar for the month with events."""
    if not bars or not (first or last):
        return bars
    counts = dict(bars)
    for end in (first, last):
        if end:
            counts.setdefault(bucket_of(end, zoom), 0)
    keys = sorted(counts)
    if bar_count(zoom, value_bounds(keys[0])[0], value_bounds(keys[-1])[1]) > MAX_BARS:
        return bars
    return fill_gaps(counts, zoom)


def clip_bars(bars: list[tuple[str, int]], zoom: str, first: date | None, last: date | None
              ) -> list[tuple[str, int]]:
    """The bars inside the asked period: an event that began before it (a war of 1950/1953 seen
    from 1953) is counted in the period's first bar, not in a bar of its own years away."""
    low = bucket_of(first, zoom) if first else None
    high = bucket_of(last, zoom) if last else None
    counts: dict[str, int] = {}
    for key, n in bars:
        key = max(key, low) if low else key
        key = min(key, high) if high else key
        counts[key] = counts.get(key, 0) + n
    return sorted(counts.items())


def clipped_span(extent: tuple[date, date] | None, period: tuple[date | None, date | None]
                 ) -> tuple[date, date] | None:
    """The days a histogram covers: the events' extent within the asked period."""
    if extent is None:
        return None
    first, last = max(extent[0], period[0] or extent[0]), min(extent[1], period[1] or extent[1])
    return (first, last) if first <= last else (period[0] or extent[0], period[1] or extent[1])


def bar_slots(bars: list[tuple[str, int]], zoom: str) -> tuple[list[tuple[str, int, int]], int]:
    """Each bar with its place on a to-scale axis (0 for the first bucket, 1 for the next, however
    many empty buckets lie between), and the axis's length in buckets."""
    if not bars:
        return [], 0
    origin = value_bounds(bars[0][0])[0]
    placed = [(key, n, bar_count(zoom, origin, value_bounds(key)[0]) - 1) for key, n in bars]
    return placed, placed[-1][2] + 1


def _next_bucket(value: str, zoom: str) -> str:
    if zoom == "decade":
        return f"{int(value[:3]) + 1}X"
    if zoom == "year":
        return str(int(value) + 1)
    if zoom == "month":
        y, m = int(value[:4]), int(value[5:7])
        return f"{y + m // 12}-{m % 12 + 1:02d}"
    return (date.fromisoformat(value) + timedelta(days=1)).isoformat()


def fill_gaps(counts: dict[str, int], zoom: str, most: int = MAX_BARS) -> list[tuple[str, int]]:
    """Buckets from first to last, empty ones included, so the axis keeps its proportions."""
    if not counts:
        return []
    keys = sorted(counts)
    filled, current = [], keys[0]
    while current <= keys[-1]:
        if len(filled) == most:
            return [(k, counts[k]) for k in keys]  # too sparse to draw as an axis: only the buckets with events
        filled.append((current, counts.get(current, 0)))
        current = _next_bucket(current, zoom)
    return filled


class _Flight:
    """One computation of a key in progress, which concurrent misses of that key wait for."""

    def __init__(self, version: object) -> None:
        self.version = version
        self.done = threading.Event()
        self.value: Any = None
        self.failed = False


class TimelineCache:
    """Counts per filter, all dropped as soon as the database changes.

    A change is seen through `dialect.data_version` on a connection kept for that alone:
    the value changes whenever any other connection commits, whether from this process's
    pool or from another process (`linimasa ingest` beside a running server, or another
    replica of the app on the same PostgreSQL database).

    Concurrent misses of one key compute it once: the first computes, the others wait for its
    value. Without that, a cold worker asked for the whole timeline by eight requests at once
    counted the whole timeline eight times at once (a p99 of seconds at 1,000,000 events).
    """

    def __init__(self, engine: Engine, size: int = 256):
        self.size = size
        self._dialect = engine.dialect.name
        self._watcher = watcher(engine) if size else None
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple, Any] = OrderedDict()
        self._flights: dict[tuple, _Flight] = {}
        self._version: object = None

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        if not self.size:
            return compute()
        while True:
            with self._lock:
                version, found, value = self._kept(key)
                if found:
                    return value
                flight = self._flights.get(key)
                if flight is None or flight.version != version:
                    # none in progress, or one that began before the last commit: compute afresh
                    flight = self._flights[key] = _Flight(version)
                    break
            flight.done.wait()
            if not flight.failed and flight.version == version:
                return flight.value
            # it failed (this request will see why when it computes), or predates a commit: again
        try:
            value = compute()
        except BaseException:
            flight.failed = True
            raise
        else:
            flight.value = value
            with self._lock:
                # a commit seen meanwhile cleared the entries: this value may predate it
                if self._version == version:
                    self._entries[key] = value
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
        finally:
            with self._lock:
                if self._flights.get(key) is flight:
                    del self._flights[key]
            flight.done.set()
        return value

    def peek(self, key: tuple) -> Any:
        """The value kept for `key` while the database is unchanged, else None (nothing is computed)."""
        if not self.size:
            return None
        with self._lock:
            return self._kept(key)[2]

    def _kept(self, key: tuple) -> tuple[object, bool, Any]:
        """(the database's version, whether `key` is kept for it, its value); the caller holds the lock.
        A version changed since the last look drops every entry."""
        version = data_version(self._dialect, self._watcher)
        if version != self._version:
            self._entries.clear()
            self._version = version
        if key in self._entries:
            self._entries.move_to_end(key)
            return version, True, self._entries[key]
        return version, False, None

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
