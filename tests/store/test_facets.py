"""The actor facet's search and "show all", read off the filter's actor counts: the same actors and
events as counting the filter's links in SQL would give, names and aliases alike."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.store.db import run
from app.store.facets import actor_facets, filter_actor_counts
from app.store.filters import EventFilter, EventQuery
from app.store.timeline import TimelineCache, actor_counts, count_events

from .test_timeline import add_event


@pytest.fixture
def session(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO actor (id, name, kind) VALUES (1, 'Kim Jong Un', 'person'), "
                          "(2, 'Vladimir Putin', 'person'), (3, 'Rusia', 'country'), (4, 'Joko Widodo', 'person'), "
                          "(5, 'Korea Utara', 'country'), (6, 'Nobody 100%_', 'person')"))
        conn.execute(text("INSERT INTO actor_alias (actor_id, alias) VALUES (4, 'Jokowi'), (5, 'DPRK'), "
                          "(2, 'Putin')"))
        add_event(conn, 1, "2023-09-11", "2023-09-11", [1, 2, 5])
        add_event(conn, 2, "2023-09-13", "2023-09-13", [1, 2, 3])
        add_event(conn, 3, "2023-11-01", "2023-11-30", [2, 4])
        add_event(conn, 4, "2024-06-19", "2024-06-19", [2, 4])
        add_event(conn, 5, "2019-04-25", "2019-04-25", [1, 2, 5])
        add_event(conn, 6, "2024-07-01", "2024-07-01", [6])
    with Session(engine) as session:
        yield session


def by_sql(session: Session, event_filter: EventFilter, like: str | None) -> list[tuple[str, str, int]]:
    """The facet as counted before: every link of the filter's events joined to its actor's name."""
    where = [] if event_filter.selects_everything else [f"ea.event_id IN ({event_filter.select('d.id')})"]
    if like is not None:
        where.append("(lower(a.name) LIKE :like OR a.id IN (SELECT actor_id FROM actor_alias "
                     "WHERE lower(alias) LIKE :like))")
    sql = ("SELECT a.name, a.kind, count(*) AS n FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
           + (f" WHERE {' AND '.join(where)}" if where else "") + " GROUP BY a.id, a.name, a.kind")
    rows = run(session, sql, {**event_filter.params, "like": like})
    return sorted((tuple(r) for r in rows), key=lambda r: (-r[2], r[0]))


@pytest.mark.parametrize("params", [{}, {"date_from": "2023", "date_to": "2023"}, {"actors": ["Kim Jong Un"]},
                                    {"actors": ["Jokowi"], "date_from": "2024"}, {"status": "planned"}])
@pytest.mark.parametrize(("typed", "like"), [(None, None), ("o", "%o%"), ("KOREA", "%korea%"), ("jokowi", "%jokowi%"),
                                             ("dprk", "%dprk%"), ("100%", None), ("_", None), ("zz", "%zz%")])
def test_the_facet_from_the_counts_is_the_facet_counted_in_sql(session, params, typed, like):
    event_filter = EventFilter.of(session, EventQuery.from_params(**params))
    actors = actor_counts(session, event_filter)
    expected = by_sql(session, event_filter, like)
    if typed in ("100%", "_"):  # LIKE's wildcards are the typed characters themselves
        expected = [r for r in by_sql(session, event_filter, None) if typed in r[0].lower()]
    assert actor_facets(session, actors, typed) == expected
    # the page's counts hold the same actor counts
    assert count_events(session, event_filter).actors == actors


def test_hidden_events_are_not_counted_in_the_facet(session, engine):
    with engine.begin() as conn:
        conn.execute(text("UPDATE event SET hidden = TRUE WHERE id IN (3, 4)"))  # Joko Widodo's two events
    event_filter = EventFilter.of(session, EventQuery())
    facet = actor_facets(session, actor_counts(session, event_filter))
    assert "Joko Widodo" not in [name for name, _, _ in facet]
    assert ("Vladimir Putin", "person", 3) in facet


def test_the_facet_uses_the_pages_counts_when_kept_and_forgets_them_on_a_commit(session, engine):
    cache = TimelineCache(engine, size=8)
    query = EventQuery.from_params(date_from="2023", date_to="2023")
    event_filter = EventFilter.of(session, query)
    page = cache.get(("counts", *query.filter_key), lambda: count_events(session, event_filter))
    assert filter_actor_counts(session, cache, query, event_filter) is page.actors
    with engine.begin() as conn:
        add_event(conn, 7, "2023-12-01", "2023-12-01", [3])
    session.rollback()  # a fresh snapshot for this session's next reads
    assert filter_actor_counts(session, cache, query, event_filter)[3] == 2  # counted again, Rusia's new event
    cache.close()
