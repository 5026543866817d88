"""The timeline's counts (histograms at each zoom, facets) and their cache, which a commit anywhere empties."""
from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, datetime

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from app.store.filters import EventFilter, EventQuery
from app.store.timeline import (
    TimelineCache,
    TimelineCounts,
    count_events,
    day_histogram,
    fill_gaps,
    fitting_zoom,
    over_period,
    zoom_for,
)


def add_event(conn, event_id: int, first: str, last: str, actor_ids: list[int] = ()) -> None:
    # dates as dates: typed parameters, which both SQLite and PostgreSQL store as their dates
    conn.execute(text("INSERT INTO event (id, value, date_start, date_end, granularity, summary, status, flags, "
                      "created_at) VALUES (:i, :v, :a, :b, 'day', 's', 'happened', '[]', :c)"),
                 {"i": event_id, "v": first, "a": date.fromisoformat(first), "b": date.fromisoformat(last),
                  "c": datetime(2024, 1, 1)})
    for actor_id in actor_ids:
        conn.execute(text("INSERT INTO event_actor (event_id, actor_id, date_start, date_end) VALUES (:e, :a, :f, :l)"),
                     {"e": event_id, "a": actor_id, "f": date.fromisoformat(first), "l": date.fromisoformat(last)})


@pytest.fixture
def session(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO actor (id, name, kind) VALUES (1, 'Kim Jong Un', 'person'), "
                          "(2, 'Vladimir Putin', 'person'), (3, 'Rusia', 'country')"))
        add_event(conn, 1, "2023-09-11", "2023-09-11", [1, 2])
        add_event(conn, 2, "2023-09-13", "2023-09-13", [1, 2, 3])
        add_event(conn, 3, "2023-11-01", "2023-11-30", [2])
        add_event(conn, 4, "2024-06-19", "2024-06-19", [2])
        add_event(conn, 5, "2019-04-25", "2019-04-25", [1, 2])
    with Session(engine) as session:
        yield session


def counts_of(session: Session, **params) -> TimelineCounts:
    query = EventQuery.from_params(**params)
    return count_events(session, EventFilter.of(session, query))


def test_counts_of_everything(session):
    counts = counts_of(session)
    assert counts.total == 5
    assert counts.months == {"2019-04": 1, "2023-09": 2, "2023-11": 1, "2024-06": 1}
    assert counts.facets == [("Vladimir Putin", "person", 5), ("Kim Jong Un", "person", 3), ("Rusia", "country", 1)]


def test_histograms_at_each_zoom_keep_empty_buckets_between(session):
    counts = counts_of(session)
    assert counts.histogram("decade") == [("201X", 1), ("202X", 4)]
    assert counts.histogram("year") == [("2019", 1), ("2020", 0), ("2021", 0), ("2022", 0), ("2023", 3), ("2024", 1)]
    months = counts.histogram("month")
    assert months[0] == ("2019-04", 1) and months[-1] == ("2024-06", 1)
    assert ("2023-10", 0) in months and len(months) == 63


def test_counts_and_facets_follow_the_filter(session):
    counts = counts_of(session, actors=["Kim Jong Un"], date_from="2023", date_to="2023")
    assert counts.months == {"2023-09": 2}
    assert counts.facets == [("Kim Jong Un", "person", 2), ("Vladimir Putin", "person", 2), ("Rusia", "country", 1)]
    assert counts_of(session, actors=["Nobody"]).total == 0


def test_day_histogram(session):
    query = EventQuery.from_params(date_from="2023-09", date_to="2023-09")
    assert day_histogram(session, EventFilter.of(session, query)) == [("2023-09-11", 1), ("2023-09-12", 0),
                                                                       ("2023-09-13", 1)]


@pytest.mark.parametrize(("first", "last", "zoom"), [
    ("2023-09-01", "2023-09-30", "day"), ("2023-01-01", "2023-12-31", "month"),
    ("2000-01-01", "2024-12-31", "year"), ("1900-01-01", "2024-12-31", "decade"),
])
def test_zoom_for_a_span(first, last, zoom):
    assert zoom_for(date.fromisoformat(first), date.fromisoformat(last)) == zoom


def test_a_sparse_axis_keeps_only_buckets_with_events():
    assert fill_gaps({"1900-01-01": 1, "2000-01-01": 2}, "day") == [("1900-01-01", 1), ("2000-01-01", 2)]
    # as many buckets as fit: the axis keeps its empty ones
    full = fill_gaps({"2004-01": 1, "2023-12": 1}, "month")
    assert len(full) == 240 and full[1] == ("2004-02", 0)
    assert fill_gaps({"2003-12": 1, "2023-12": 1}, "month") == [("2003-12", 1), ("2023-12", 1)]


def test_cache_keeps_counts_until_any_connection_commits(engine, settings):
    cache = TimelineCache(engine, size=8)
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    assert cache.get(("k",), compute) == 1
    assert cache.get(("k",), compute) == 1  # kept
    # a commit from another process's connection (the plain driver, as `linimasa ingest` would be)
    url = make_url(settings.database_url)
    if url.get_backend_name() == "postgresql":
        with psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False)) as other:
            other.execute("INSERT INTO actor (name, kind) VALUES ('Baru', 'person')")
    else:
        with sqlite3.connect(url.database) as other:
            other.execute("INSERT INTO actor (name, kind) VALUES ('Baru', 'person')")
    assert cache.get(("k",), compute) == 2
    # and a commit through the app's own engine
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO actor (name, kind) VALUES ('Lagi', 'person')"))
    assert cache.get(("k",), compute) == 3
    assert cache.get(("k",), compute) == 3
    cache.close()


def test_concurrent_misses_of_one_key_compute_it_once(engine):
    # a cold worker asked for the whole timeline by eight requests at once counted it eight times
    cache = TimelineCache(engine, size=8)
    computing, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow():
        calls.append("first")
        computing.set()
        release.wait(10)
        return "counts"

    def fast():
        calls.append("again")
        return "other"

    results: list[str] = []
    first = threading.Thread(target=lambda: results.append(cache.get(("k",), slow)))
    first.start()
    assert computing.wait(10)
    others = [threading.Thread(target=lambda: results.append(cache.get(("k",), fast))) for _ in range(3)]
    for thread in others:
        thread.start()
    time.sleep(0.2)  # the others are waiting now (or, if slower still, will find the value kept)
    release.set()
    for thread in [first, *others]:
        thread.join(10)
    assert calls == ["first"] and results == ["counts"] * 4
    # another key is not held up by this one's computation
    assert cache.get(("other",), fast) == "other"
    cache.close()


def test_a_failed_computation_is_not_handed_to_those_waiting(engine):
    cache = TimelineCache(engine, size=8)
    computing, release = threading.Event(), threading.Event()

    def failing():
        computing.set()
        release.wait(10)
        raise RuntimeError("the database went away")

    errors, results = [], []

    def first():
        try:
            cache.get(("k",), failing)
        except RuntimeError as exc:
            errors.append(str(exc))

    thread = threading.Thread(target=first)
    thread.start()
    assert computing.wait(10)
    waiter = threading.Thread(target=lambda: results.append(cache.get(("k",), lambda: "computed again")))
    waiter.start()
    time.sleep(0.2)
    release.set()
    thread.join(10)
    waiter.join(10)
    assert errors == ["the database went away"] and results == ["computed again"]
    assert cache.get(("k",), lambda: "not asked") == "computed again"
    cache.close()


def test_cache_forgets_the_least_recently_used(engine):
    cache = TimelineCache(engine, size=2)
    for key in ("a", "b", "a", "c"):  # "b" is now the oldest
        cache.get((key,), lambda key=key: key.upper())
    assert cache.get(("b",), lambda: "fresh") == "fresh"
    assert cache.get(("a",), lambda: "fresh") == "fresh"  # "c" and "b" were used since
    cache.close()


def test_cache_of_size_zero_always_computes(engine):
    cache = TimelineCache(engine, size=0)
    values = iter(range(10))
    assert [cache.get(("k",), lambda: next(values)) for _ in range(3)] == [0, 1, 2]
    cache.close()


@pytest.mark.parametrize(("asked", "first", "last", "shown"), [
    ("day", "2023-09-01", "2023-09-30", "day"),
    ("day", "2023-01-01", "2023-12-31", "month"),  # 365 day bars are too many; 12 months fit
    ("day", "1950-01-01", "2024-12-31", "year"),
    ("month", "2004-01-01", "2023-12-31", "month"),  # 240 months: just fits
    ("month", "2003-12-01", "2023-12-31", "year"),
    ("year", "1000-01-01", "2024-12-31", "decade"),
    ("decade", "1000-01-01", "2024-12-31", "decade"),  # nothing coarser
])
def test_a_zoom_too_fine_for_the_span_steps_out(asked, first, last, shown):
    assert fitting_zoom(asked, date.fromisoformat(first), date.fromisoformat(last)) == shown


def test_extent_covers_whole_months(session):
    assert counts_of(session).extent() == (date(2019, 4, 1), date(2024, 6, 30))
    assert counts_of(session, actors=["Nobody"]).extent() is None


@pytest.mark.parametrize(("bars", "zoom", "first", "last", "expected"), [
    # the asked year's twelve months, not one wide bar for the month with events
    ([("2024-06", 3)], "month", "2024-01-01", "2024-12-31",
     [(f"2024-{m:02d}", 3 if m == 6 else 0) for m in range(1, 13)]),
    ([("2023-09-11", 1), ("2023-09-12", 0), ("2023-09-13", 1)], "day", "2023-09-10", None,
     [("2023-09-10", 0), ("2023-09-11", 1), ("2023-09-12", 0), ("2023-09-13", 1)]),
    # events that started before the period keep their bars
    ([("2015", 1), ("2016", 0), ("2017", 2)], "year", "2016-01-01", "2018-12-31",
     [("2015", 1), ("2016", 0), ("2017", 2), ("2018", 0)]),
    # an open filter, or a period too long to draw, leaves the bars as they were
    ([("2024-06", 3)], "month", None, None, [("2024-06", 3)]),
    ([("2024-06", 3)], "day", "1900-01-01", "2024-12-31", [("2024-06", 3)]),
    ([], "month", "2024-01-01", "2024-12-31", []),
])
def test_bars_reach_the_ends_of_the_asked_period(bars, zoom, first, last, expected):
    first, last = (date.fromisoformat(d) if d else None for d in (first, last))
    assert over_period(bars, zoom, first, last) == expected


def test_bars_outside_the_asked_period_fold_into_its_ends():
    from app.store.timeline import clip_bars
    bars = [("1950-01-01", 2), ("1953-01-05", 1), ("1953-02-10", 3)]
    assert clip_bars(bars, "day", date(1953, 1, 1), date(1953, 2, 28)) == [
        ("1953-01-01", 2), ("1953-01-05", 1), ("1953-02-10", 3)]
    assert clip_bars(bars, "day", None, None) == bars


def test_bars_are_placed_by_date_with_their_gaps():
    from app.store.timeline import bar_slots
    placed, slots = bar_slots([("2020", 1), ("2024", 2)], "year")
    assert placed == [("2020", 1, 0), ("2024", 2, 4)] and slots == 5
    placed, slots = bar_slots([("2023-11", 1), ("2024-02", 1)], "month")
    assert [p[2] for p in placed] == [0, 3] and slots == 4
    assert bar_slots([], "day") == ([], 0)


def test_the_span_of_a_histogram_is_the_events_within_the_period():
    from app.store.timeline import clipped_span
    assert clipped_span((date(1950, 1, 1), date(1953, 12, 31)), (date(1953, 1, 1), date(1953, 2, 28))) == (
        date(1953, 1, 1), date(1953, 2, 28))
    assert clipped_span((date(2024, 6, 1), date(2024, 6, 30)), (None, None)) == (date(2024, 6, 1), date(2024, 6, 30))
    assert clipped_span(None, (None, None)) is None
