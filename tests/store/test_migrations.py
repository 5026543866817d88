"""The migration takes an empty database to head (and back), with WAL and foreign keys on."""
from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import text

from app.store.db import alembic_config, make_engine, upgrade_to_head

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


def test_engine_uses_wal_and_foreign_keys(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_fts_follows_citations(engine):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO article (title, text, content_hash, ingested_at, published_source) "
                          "VALUES ('t', 'teks', 'h', '2024-01-01', 'none')"))
        conn.execute(text("INSERT INTO event (value, date_start, date_end, granularity, summary, status, flags, "
                          "created_at) VALUES ('2024', '2024-01-01', '2024-12-31', 'year', 's', 'happened', '[]', "
                          "'2024-01-01')"))
        conn.execute(text("INSERT INTO citation (event_id, article_id, start, \"end\", quote, timex_start, timex_end, "
                          "value, status) VALUES (1, 1, 0, 4, 'Kunjungan Putin ke Pyongyang', 0, 1, '2024', 'happened')"))
        hits = conn.execute(text("SELECT rowid FROM citation_fts WHERE citation_fts MATCH 'pyongyang'")).all()
        assert hits == [(1,)]
        conn.execute(text("DELETE FROM citation"))
        assert conn.execute(text("SELECT rowid FROM citation_fts WHERE citation_fts MATCH 'pyongyang'")).all() == []
