"""The time axis's data: a filter's events as axis items (start, end, point or span) and lanes.

The axis shows the filter's events across all of time, with the asked period as its window, so
panning reveals what lies beyond it. A filter can select many thousands of events; the axis gets
at most MAX_ITEMS of them: all of them when they fit, otherwise those around the window.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlmodel import Session

from ..errors import QueryError
from .db import run
from .dialect import ids_in, name_of
from .filters import EventFilter, EventQuery

MAX_ITEMS = 1000
LANES = ("actor", "outlet")
ACTOR_LANES = 6  # top actors of the view given a lane; the rest share "other"
OTHER = ""  # the lane of events with no lane of their own (the UI names it)


def parse_lanes(raw: str | None) -> str | None:
    """The `lanes` URL parameter: none, actor or outlet; raises QueryError otherwise."""
    raw = (raw or "").strip().lower()
    if raw in ("", "none"):
        return None
    if raw not in LANES:
        raise QueryError(f"'lanes' must be one of {', '.join(LANES)}, not {raw!r}")
    return raw


@dataclass(frozen=True)
class AxisItem:
    event_id: int
    start: date  # first day
    end: date  # day after the last one: the axis draws [start, end)
    granularity: str
    value: str
    summary: str
    status: str
    lanes: tuple[str, ...] = (OTHER,)

    @property
    def is_point(self) -> bool:
        """A single day is a point; a range, week, month, year or more is a span over its extent."""
        return self.end - self.start <= timedelta(days=1)


@dataclass(frozen=True)
class AxisData:
    items: list[AxisItem]
    lanes: list[str] | None  # lane names in display order (OTHER last), None without lanes
    total: int  # events the filter selects over all time
    window: tuple[date | None, date | None]  # the asked period, [first day, day after the last)

    @property
    def truncated(self) -> bool:
        return len(self.items) < self.total

    def to_json(self) -> dict:
        start, end = self.window
        return {
            "total": self.total, "truncated": self.truncated,
            "window": {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None},
            "lanes": self.lanes,
            "items": [{"event": i.event_id, "start": i.start.isoformat(), "end": i.end.isoformat(),
                       "type": "point" if i.is_point else "range", "granularity": i.granularity,
                       "value": i.value, "summary": i.summary, "status": i.status, "lanes": list(i.lanes)}
                      for i in self.items],
        }


def _event_rows(session: Session, event_filter: EventFilter, most: int) -> list[tuple]:
    # the first `most` by the filter's own rows (their dates come from the index that selects them),
    # then only those joined to their events: not every selected event read, then sorted (120 ms for
    # a frequent actor at 1,000,000 events)
    return run(session, "SELECT e.id, e.date_start, e.date_end, e.granularity, e.value, e.summary, e.status "
                        f"FROM ({event_filter.select('d.id, d.date_start, d.date_end')} "
                        "ORDER BY d.date_start, d.date_end, d.id LIMIT :most) AS p JOIN event e ON e.id = p.id "
                        "ORDER BY p.date_start, p.date_end, p.id",
               {**event_filter.params, "most": most})


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _lanes_of(session: Session, lanes: str, ids: list[int]) -> tuple[list[str], dict[int, tuple[str, ...]]]:
    """Lane names, and the lanes of each event: its top actors, or the outlets that cite it."""
    if not ids:
        return [], {}
    params = {"ids": json.dumps(ids)}
    listed = ids_in(name_of(session))
    if lanes == "actor":
        rows = run(session, "SELECT ea.event_id, a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
                            f"WHERE ea.event_id IN ({listed})", params)
        counts: dict[str, int] = {}
        for _, name in rows:
            counts[name] = counts.get(name, 0) + 1
        names = [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:ACTOR_LANES]]
    else:
        rows = run(session, "SELECT DISTINCT c.event_id, a.outlet FROM citation c JOIN article a ON a.id = c.article_id "
                            f"WHERE a.outlet IS NOT NULL AND c.event_id IN ({listed})", params)
        names = sorted({outlet for _, outlet in rows})
    shown = set(names)
    of: dict[int, list[str]] = {}
    for event_id, name in rows:
        if name in shown:
            of.setdefault(event_id, []).append(name)
    order = {n: i for i, n in enumerate(names)}
    return names, {e: tuple(sorted(ls, key=order.__getitem__)) for e, ls in of.items()}


def axis_data(session: Session, query: EventQuery, lanes: str | None = None, most: int = MAX_ITEMS) -> AxisData:
    """The axis of `query`: its filter over all time (its period is the window), at most `most` items.

    When more events match than fit, the items are those of the window widened by its own
    length on either side (the reader pans from there, and the axis asks again).
    """
    first, last = query.period
    window = (first, last + timedelta(days=1) if last else None)
    everywhere = replace(query, date_from=None, date_to=None, limit=None, offset=0)
    event_filter = EventFilter.of(session, everywhere)
    total = run(session, f"SELECT count(*) FROM ({event_filter.select('d.id')}) AS picked", event_filter.params)[0][0]
    if total > most and (first or last):
        width = (last - first) if first and last else timedelta(days=366)
        lo = first - min(width, first - date.min) if first else None
        hi = last + min(width, date.max - last) if last else None
        near = replace(everywhere, date_from=lo.isoformat() if lo else None, date_to=hi.isoformat() if hi else None)
        event_filter = EventFilter.of(session, near)
    rows = _event_rows(session, event_filter, most)
    lane_names, lanes_of = _lanes_of(session, lanes, [r[0] for r in rows]) if lanes else (None, {})
    items = [AxisItem(r[0], _as_date(r[1]), _as_date(r[2]) + timedelta(days=1), r[3], r[4], r[5], r[6],
                      lanes_of.get(r[0]) or (OTHER,)) for r in rows]
    if lanes and any(OTHER in i.lanes for i in items):
        lane_names = [*lane_names, OTHER]
    return AxisData(items, lane_names, total, window)
