"""The actor facet beyond its top 40: every actor of the filtered events, or those whose name
or an alias contains the words typed into the facet's search box."""
from __future__ import annotations

from sqlmodel import Session

from .db import run
from .dialect import name_of, unindexed
from .filters import EventFilter

MAX_FACET_TEXT = 100


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def actor_facets(session: Session, event_filter: EventFilter, text: str | None = None,
                 limit: int | None = None) -> list[tuple[str, str, int]]:
    """(actor name, kind, events) of the filter's events, most events first, then by name;
    only actors whose name or an alias contains `text` (case-insensitive) when it is given."""
    params = dict(event_filter.params)
    conditions = []
    if text:
        # the actors first (a few hundred rows, each name read once), then only their links: not
        # every link of every filtered event joined to its actor's name (seconds at 1,000,000 events)
        params["like"] = _like(text[:MAX_FACET_TEXT])
        # filtered: walk the filter's events and keep the links of those actors ("+actor_id" on
        # SQLite, else it pairs every such actor with every filtered event, millions of look-ups)
        column = "ea.actor_id" if event_filter.selects_everything else unindexed(name_of(session), "ea.actor_id")
        conditions.append(f"{column} IN (SELECT id FROM actor WHERE lower(name) LIKE :like ESCAPE '\\' "
                          "UNION SELECT actor_id FROM actor_alias WHERE lower(alias) LIKE :like ESCAPE '\\')")
    if not event_filter.selects_everything:
        conditions.append(f"ea.event_id IN ({event_filter.select('d.id')})")
    sql = ("SELECT a.name, a.kind, count(*) AS n FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
           + (f" WHERE {' AND '.join(conditions)}" if conditions else "")
           + " GROUP BY a.id, a.name, a.kind ORDER BY n DESC, a.name")
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [tuple(row) for row in run(session, sql, params)]
