"""The actor facet beyond its top 40: every actor of the filtered events, or those whose name
or an alias contains the words typed into the facet's search box.

Both are read off the filter's actor counts (`TimelineCounts.actors`, every actor of the selected
events with its events), which the timeline's cache keeps from the page that shows the facet: what
is left to ask the database is which actors' names match, a look-up in the actor table, not a count
of the filter's links per keystroke. Counting them again for each search cost about 120 ms at
1,000,000 events for a text that matches most actors, and "show all" about 700 ms.
"""
from __future__ import annotations

from sqlmodel import Session

from .db import run
from .dialect import ids, ids_in, name_of
from .filters import EventFilter, EventQuery
from .timeline import TimelineCache, actor_counts

MAX_FACET_TEXT = 100


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_actor_counts(session: Session, cache: TimelineCache, query: EventQuery,
                        event_filter: EventFilter) -> dict[int, int]:
    """Events per actor of the query's events: the page's counts when the cache holds them, else the
    actor counts alone, computed once and kept (a facet asked before its page, or after a commit)."""
    counts = cache.peek(("counts", *query.filter_key))
    if counts is not None:
        return counts.actors
    return cache.get(("actors", *query.filter_key), lambda: actor_counts(session, event_filter))


def actor_facets(session: Session, actors: dict[int, int], text: str | None = None) -> list[tuple[str, str, int]]:
    """(actor name, kind, events) of the actors in `actors` (id: events), most events first, then by
    name; only those whose name or an alias contains `text` (case-insensitive) when it is given."""
    if not actors:
        return []
    if text:
        like = {"like": _like(text[:MAX_FACET_TEXT])}
        rows = run(session, "SELECT id, name, kind FROM actor WHERE lower(name) LIKE :like ESCAPE '\\' UNION "
                            "SELECT a.id, a.name, a.kind FROM actor_alias al JOIN actor a ON a.id = al.actor_id "
                            "WHERE lower(al.alias) LIKE :like ESCAPE '\\'", like)
    else:
        rows = run(session, f"SELECT id, name, kind FROM actor WHERE id IN ({ids_in(name_of(session))})",
                   {"ids": ids(actors)})
    return sorted(((name, kind, actors[i]) for i, name, kind in rows if i in actors), key=lambda r: (-r[2], r[0]))
