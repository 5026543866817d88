"""Which events a filter selects: overlap with a period at every span class, actors, status, outlet, text."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.store.dialect import as_date
from app.store.filters import SPAN_CLASS_DAYS, EventFilter, EventQuery, page_ids, run
from tests.conftest import sqlite_only

# (summary, first day, last day, actors): one event of each span class, and neighbours
EVENTS = [
    ("hari", "2020-03-05", "2020-03-05", ["Joko Widodo"]),
    ("hari sebelum", "2019-12-31", "2019-12-31", ["Joko Widodo"]),
    ("pekan lintas tahun", "2019-12-28", "2020-01-03", ["Joko Widodo", "Prabowo Subianto"]),
    ("bulan", "2020-06-01", "2020-06-30", ["Prabowo Subianto"]),
    ("tahun sebelumnya", "2019-01-01", "2019-12-31", ["Joko Widodo"]),
    ("dasawarsa", "2011-01-01", "2020-12-31", ["Joko Widodo"]),
    ("abad", "1901-01-01", "2000-12-31", ["Joko Widodo"]),
    ("abad berjalan", "2001-01-01", "2100-12-31", []),
    ("sesudah", "2021-01-01", "2021-01-01", ["Prabowo Subianto"]),
]


@pytest.fixture
def session(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO article (id, title, outlet, text, content_hash, ingested_at, published_source) "
                          "VALUES (1, 'A', 'Kompas', 'teks', 'h1', '2024-01-01', 'none'), "
                          "(2, 'B', 'Tempo', 'teks', 'h2', '2024-01-01', 'none')"))
        actors = sorted({name for *_, names in EVENTS for name in names})
        for actor_id, name in enumerate(actors, start=1):
            conn.execute(text("INSERT INTO actor (id, name, kind) VALUES (:i, :n, 'person')"), {"i": actor_id, "n": name})
        conn.execute(text("INSERT INTO actor_alias (actor_id, alias) VALUES (1, 'Jokowi')"))
        for event_id, (summary, first, last, names) in enumerate(EVENTS, start=1):
            conn.execute(text("INSERT INTO event (id, value, date_start, date_end, granularity, summary, status, flags, "
                              "created_at) VALUES (:i, :v, :a, :b, 'day', :s, :st, '[]', '2024-01-01')"),
                         {"i": event_id, "v": first, "a": first, "b": last, "s": summary,
                          "st": "planned" if summary == "sesudah" else "happened"})
            for name in names:
                conn.execute(text("INSERT INTO event_actor (event_id, actor_id, date_start, date_end) "
                                  "VALUES (:e, :a, :f, :l)"), {"e": event_id, "a": actors.index(name) + 1,
                                                               "f": first, "l": last})
            conn.execute(text("INSERT INTO citation (event_id, article_id, start, \"end\", quote, timex_start, "
                              "timex_end, value, status) VALUES (:e, :art, 0, 4, :q, 0, 1, :v, 'happened')"),
                         {"e": event_id, "art": 1 if event_id % 2 else 2, "q": f"Kutipan {summary}", "v": first})
    with Session(engine) as session:
        yield session


def selected(session: Session, **params) -> list[str]:
    query = EventQuery.from_params(limit=None, **params)
    ids = page_ids(session, query, EventFilter.of(session, query))
    names = dict(run(session, "SELECT id, summary FROM event", {}))
    return [names[i] for i in ids]


@pytest.mark.parametrize(("date_from", "date_to", "expected"), [
    # a period selects every event that overlaps it, however long, in timeline order
    ("2020", "2020", ["abad berjalan", "dasawarsa", "pekan lintas tahun", "hari", "bulan"]),
    ("2020-01", "2020-01", ["abad berjalan", "dasawarsa", "pekan lintas tahun"]),
    ("2019-12-31", "2019-12-31", ["abad berjalan", "dasawarsa", "tahun sebelumnya", "pekan lintas tahun",
                                  "hari sebelum"]),
    ("1950", "1950", ["abad"]),
    ("2021", "2030", ["abad berjalan", "sesudah"]),
    # one end only
    ("2021", None, ["abad berjalan", "sesudah"]),
    (None, "1999", ["abad"]),
])
def test_a_period_selects_the_events_that_overlap_it(session, date_from, date_to, expected):
    assert selected(session, date_from=date_from, date_to=date_to) == expected


@pytest.mark.parametrize(("actors", "date_from", "date_to", "expected"), [
    (["Joko Widodo"], "2020", "2020", ["dasawarsa", "pekan lintas tahun", "hari"]),
    (["jokowi"], "2020-01-01", "2020-01-01", ["dasawarsa", "pekan lintas tahun"]),  # alias, any case
    (["Prabowo Subianto"], None, None, ["pekan lintas tahun", "bulan", "sesudah"]),
    (["Prabowo Subianto"], "2020-02", None, ["bulan", "sesudah"]),
    (["Joko Widodo", "Prabowo Subianto"], None, None, ["pekan lintas tahun"]),  # every actor must be there
    (["Joko Widodo", "Prabowo Subianto"], "2021", "2021", []),
    (["Nobody Known"], None, None, []),
])
def test_actors_narrow_to_their_events(session, actors, date_from, date_to, expected):
    assert selected(session, actors=actors, date_from=date_from, date_to=date_to) == expected


def test_status_outlet_and_text(session):
    assert selected(session, status="planned") == ["sesudah"]
    assert selected(session, outlet="Tempo") == ["abad berjalan", "dasawarsa", "hari sebelum", "bulan"]
    assert selected(session, q="kutipan bul") == ["bulan"]  # the last word is a prefix
    assert selected(session, q="!!!") == []  # no words: nothing, and no FTS syntax error
    assert selected(session, q="hari", date_from="2020") == ["hari"]


def test_pages_follow_timeline_order(session):
    query = EventQuery.from_params(limit=2, offset=2)
    names = dict(run(session, "SELECT id, summary FROM event", {}))
    assert [names[i] for i in page_ids(session, query, EventFilter.of(session, query))] == \
        ["dasawarsa", "tahun sebelumnya"]


@sqlite_only  # SQLite's plan; PostgreSQL chooses its own from its statistics
def test_each_span_class_is_read_as_an_index_range(session):
    query = EventQuery.from_params(actors=["Joko Widodo"], date_from="2020", date_to="2020")
    event_filter = EventFilter.of(session, query)
    plan = " | ".join(row[3] for row in run(session, f"EXPLAIN QUERY PLAN {event_filter.select('d.id')}",
                                            event_filter.params))
    assert plan.count("COVERING INDEX ix_event_actor_span_start (actor_id=? AND span_class=? AND date_start") == 5, plan


@pytest.mark.parametrize(("days", "span_class"), [(0, 0), (1, 1), (30, 1), (31, 2), (365, 2), (366, 3), (3652, 3),
                                                  (3653, 4), (40000, 4)])
def test_span_class_of_the_database_agrees_with_the_query_bounds(session, days, span_class):
    first = as_date(run(session, "SELECT date_start FROM event WHERE id = 1", {})[0][0])
    session.connection().execute(text("UPDATE event SET date_end = :d WHERE id = 1"),
                                 {"d": first + timedelta(days=days)})
    assert run(session, "SELECT span_class FROM event WHERE id = 1", {}) == [(span_class,)]
    # the query bounds each class by its longest event
    if span_class < 4:
        assert days <= SPAN_CLASS_DAYS[span_class]
    if span_class > 0:
        assert days > SPAN_CLASS_DAYS[span_class - 1]


@pytest.mark.parametrize(("date_from", "date_to"), [("2020", "2020"), ("2019-12-31", "2019-12-31"), ("2021", None),
                                                    (None, "1999"), (None, None)])
def test_key_moments_of_a_period_are_its_events_that_are_key_moments(session, date_from, date_to):
    # every other event is a key moment: one of each length on either side of the period's edges
    session.connection().execute(text("UPDATE event SET key_moment = (id % 2 = 1)"))
    moments = {name for i, name in run(session, "SELECT id, summary FROM event", {}) if i % 2 == 1}
    everything = selected(session, date_from=date_from, date_to=date_to)
    assert selected(session, date_from=date_from, date_to=date_to, moments="1") == \
        [name for name in everything if name in moments]
    assert selected(session, date_from=date_from, date_to=date_to, moments="1", status="planned") == \
        [name for name in everything if name in moments and name == "sesudah"]


@sqlite_only  # SQLite's plan; PostgreSQL chooses its own from its statistics
def test_the_key_moments_of_a_year_are_read_off_their_own_index(session):
    query = EventQuery.from_params(date_from="2020", date_to="2020", moments="1")
    event_filter = EventFilter.of(session, query)
    plan = " | ".join(row[3] for row in run(session, f"EXPLAIN QUERY PLAN {event_filter.select('d.id')}",
                                            event_filter.params))
    assert plan.count("INDEX ix_event_moment_span (key_moment=? AND span_class=?") == 5, plan
