"""The migration takes an empty database to head (and back), with WAL and foreign keys on."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime

from alembic import command
from sqlalchemy import inspect, text

from app.store.db import alembic_config, make_engine, upgrade_to_head
from app.store.dialect import citations_matching, text_query
from tests.conftest import drop_postgres_database, on_postgres, postgres_database

TABLES = {"article", "timex", "actor", "actor_alias", "event", "event_actor", "citation", "citation_fts",
          "article_fts", "ingestjob", "ingestjobfile"}


def tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}


def test_empty_database_to_head_and_back(tmp_path):
    path = tmp_path / "m.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url)
    assert TABLES <= tables(path)
    with sqlite3.connect(path) as conn:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_event_dates", "ix_event_actor_actor", "ix_event_actor_actor_start", "ix_citation_event_id",
            "ix_event_span_start", "ix_event_actor_span_start"} <= indexes
    upgrade_to_head(url)  # already at head: nothing to do, no error
    command.downgrade(alembic_config(url), "base")
    assert not (TABLES & tables(path))


@on_postgres
def test_postgres_database_to_head_and_back():
    url = postgres_database()
    try:
        upgrade_to_head(url)
        engine = make_engine(url)
        found = inspect(engine)
        assert TABLES - {"citation_fts", "article_fts"} <= set(found.get_table_names())
        assert {"ix_citation_quote_search", "ix_event_span_start"} <= {i["name"] for i in found.get_indexes("citation")
                                                                     + found.get_indexes("event")}
        engine.dispose()
        upgrade_to_head(url)  # already at head: nothing to do, no error
        command.downgrade(alembic_config(url), "base")
        engine = make_engine(url)
        assert not (TABLES & set(inspect(engine).get_table_names()))
        engine.dispose()
    finally:
        drop_postgres_database(url)


def test_engine_uses_wal_and_foreign_keys(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_fts_follows_citations(engine):
    dialect = engine.dialect.name
    match = f"{citations_matching(dialect)}"
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO article (title, text, content_hash, ingested_at, published_source) "
                          "VALUES ('t', 'teks', 'h', :at, 'none')"), {"at": datetime(2024, 1, 1)})
        conn.execute(text("INSERT INTO event (value, date_start, date_end, granularity, summary, status, flags, "
                          "created_at) VALUES ('2024', :first, :last, 'year', 's', 'happened', '[]', :at)"),
                     {"first": date(2024, 1, 1), "last": date(2024, 12, 31), "at": datetime(2024, 1, 1)})
        conn.execute(text("INSERT INTO citation (event_id, article_id, start, \"end\", quote, timex_start, timex_end, "
                          "value, status) VALUES (1, 1, 0, 4, 'Kunjungan Putin ke Pyongyang', 0, 1, '2024', 'happened')"))
        hits = conn.execute(text(match), {"match": text_query(dialect, "Pyongyang")}).all()
        assert hits == [(1,)]
        assert conn.execute(text(match), {"match": text_query(dialect, "kunjungan pyo")}).all() == [(1,)]  # a prefix
        conn.execute(text("DELETE FROM citation"))
        assert conn.execute(text(match), {"match": text_query(dialect, "pyongyang")}).all() == []