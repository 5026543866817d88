"""The actor facet beyond its top 40: every actor of the filtered events, or those whose name
or an alias contains the words typed into the facet's search box."""
from __future__ import annotations

from sqlmodel import Session

from .db import run
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
    sql = (f"SELECT a.name, a.kind, count(*) AS n FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
           f"WHERE ea.event_id IN ({event_filter.select('d.id')})")
    if text:
        params["like"] = _like(text[:MAX_FACET_TEXT])
        sql += (" AND (lower(a.name) LIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_alias al "
                "WHERE al.actor_id = a.id AND lower(al.alias) LIKE :like ESCAPE '\\'))")
    sql += " GROUP BY a.id ORDER BY n DESC, a.name"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [tuple(row) for row in run(session, sql, params)]
