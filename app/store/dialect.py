"""Every piece of SQL that differs between SQLite and PostgreSQL, and nothing else.

The rest of `app/store/` (and the migrations) write portable SQL and ask this module for
the parts that are not: a list of ids (or of a correction's anchors) passed as one parameter, a date's month or day as
text, the full-text match, the "has the database changed" probe, the generated span
class, and the engine's connection setup. Each function takes the dialect's name
(`name_of(session)`), "sqlite" or "postgresql".
"""
from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def name_of(session: Session) -> str:
    """The dialect of the session's database: "sqlite" or "postgresql"."""
    return session.get_bind().dialect.name


def url_dialect(database_url: str) -> str:
    return make_url(database_url).get_backend_name()


def connect_args(database_url: str) -> dict:
    if url_dialect(database_url) == SQLITE:
        # the server's threads share the pool; a writer waits up to 30 s for another one's lock
        return {"check_same_thread": False, "timeout": 30}
    return {}


def on_connect(dialect: str, dbapi_connection) -> None:  # noqa: ANN001 - DB-API connection
    """Settings of every new connection. SQLite: WAL (readers never wait for the writer), foreign
    keys enforced (off by default), fsync at checkpoints only. PostgreSQL needs none."""
    if dialect != SQLITE:
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def ids(values) -> str:
    """The parameter value of `ids_in`: the ids as one JSON array (one parameter, however many)."""
    return json.dumps(sorted(values) if isinstance(values, set) else list(values))


def ids_in(dialect: str, param: str = "ids") -> str:
    """SQL: a subquery of the integers in the JSON array parameter `:param`."""
    if dialect == POSTGRESQL:
        return f"SELECT CAST(value AS BIGINT) FROM jsonb_array_elements_text(CAST(:{param} AS JSONB)) AS value"
    return f"SELECT value FROM json_each(:{param})"


def texts_in(dialect: str, param: str = "values") -> str:
    """SQL: a subquery of the strings in the JSON array parameter `:param`."""
    if dialect == POSTGRESQL:
        return f"SELECT value FROM jsonb_array_elements_text(CAST(:{param} AS JSONB)) AS value"
    return f"SELECT value FROM json_each(:{param})"


def anchors_in(dialect: str, param: str = "anchors") -> str:
    """SQL: a subquery of the mention anchors in the JSON parameter `:param`, an array of
    [article content hash, start, end, value] (app/store/corrections.py), as the columns
    content_hash, start, "end" and value."""
    if dialect == POSTGRESQL:
        return ("SELECT a ->> 0 AS content_hash, CAST(a ->> 1 AS INTEGER) AS start, "
                'CAST(a ->> 2 AS INTEGER) AS "end", a ->> 3 AS value '
                f"FROM jsonb_array_elements(CAST(:{param} AS JSONB)) AS a")
    return ("SELECT json_extract(value, '$[0]') AS content_hash, json_extract(value, '$[1]') AS start, "
            f"json_extract(value, '$[2]') AS \"end\", json_extract(value, '$[3]') AS value FROM json_each(:{param})")


def contains(dialect: str, column: str, param: str) -> str:
    """SQL: true when text column `column` contains the text of `:param` (no LIKE wildcards)."""
    if dialect == POSTGRESQL:
        return f"strpos({column}, :{param}) > 0"
    return f"instr({column}, :{param}) > 0"


def month_of(dialect: str, column: str) -> str:
    """SQL: the month of a date column as "YYYY-MM" text (SQLite keeps dates as ISO text)."""
    if dialect == POSTGRESQL:
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"


def day_of(dialect: str, column: str) -> str:
    """SQL: a date column as "YYYY-MM-DD" text."""
    if dialect == POSTGRESQL:
        return f"to_char({column}, 'YYYY-MM-DD')"
    return f"substr({column}, 1, 10)"


def unindexed(dialect: str, column: str) -> str:
    """SQL: the column as an expression no index serves ("+col" on SQLite), so that the planner sorts
    what a selective filter leaves instead of walking a whole index in order. PostgreSQL's planner
    weighs that itself from its statistics (and has no unary plus for dates)."""
    return column if dialect == POSTGRESQL else f"+{column}"


def as_date(value) -> date | None:  # noqa: ANN001 - ISO text (SQLite) or a date (PostgreSQL)
    """A date column's value as read by plain SQL."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def days_between(dialect: str, first: str, last: str) -> str:
    """SQL: whole days from date column `first` to date column `last`."""
    if dialect == POSTGRESQL:
        return f"({last} - {first})"
    return f"(julianday({last}) - julianday({first}))"


def span_class_sql(dialect: str) -> str:
    """SQL: an event's span class (migration 0004) by its length: 0 one day, 1 up to a month, 2 up to a
    year, 3 up to a decade, 4 longer. Must agree with SPAN_CLASS_DAYS in filters.py."""
    days = days_between(dialect, "date_start", "date_end")
    return (f"CASE WHEN {days} < 1 THEN 0 WHEN {days} < 31 THEN 1 WHEN {days} < 366 THEN 2 "
            f"WHEN {days} < 3653 THEN 3 ELSE 4 END")


def generated_column(dialect: str, name: str, sql: str) -> str:
    """SQL of a column definition computed from others. SQLite: VIRTUAL (computed when read or
    indexed, no storage); PostgreSQL has STORED only."""
    return f"{name} INTEGER GENERATED ALWAYS AS ({sql}) {'STORED' if dialect == POSTGRESQL else 'VIRTUAL'}"


# --- full-text search over cited passages -------------------------------------------------------

def text_query(dialect: str, q: str) -> str | None:
    """User text as a safe full-text query: every word must appear, the last as a prefix. None when
    the text has no word."""
    words = re.findall(r"\w+", q)
    if not words:
        return None
    if dialect == POSTGRESQL:
        # to_tsquery syntax; the words are \w+ only, quoted as lexemes all the same
        return " & ".join([*(f"'{w}'" for w in words[:-1]), f"'{words[-1]}':*"])
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def citations_matching(dialect: str, param: str = "match") -> str:
    """SQL: a subquery of the ids of the citations whose quote matches `:param` (a `text_query`).
    SQLite: the FTS5 table citation_fts; PostgreSQL: the citation's own `quote_search` tsvector
    (the `simple` configuration: lower case, no stemming, as FTS5's unicode61), GIN-indexed."""
    if dialect == POSTGRESQL:
        return f"SELECT id FROM citation WHERE quote_search @@ to_tsquery('simple', :{param})"
    return f"SELECT rowid FROM citation_fts WHERE citation_fts MATCH :{param}"


def articles_matching(dialect: str, param: str = "match") -> str:
    """SQL: a subquery of the ids of the articles whose text matches `:param` (a `text_query`).
    SQLite: the FTS5 table article_fts; PostgreSQL: the text's tsvector computed as it is read (no
    index yet: the timeline's "also in articles" list asks it once per search)."""
    if dialect == POSTGRESQL:
        return f"SELECT id FROM article WHERE to_tsvector('simple', text) @@ to_tsquery('simple', :{param})"
    return f"SELECT rowid FROM article_fts WHERE article_fts MATCH :{param}"


# ts_headline's marks: two control characters, never markup, so that the caller escapes the text
# between them itself (a quote is hostile input); a text that holds one already is not headlined
HIT_START, HIT_STOP = "\x02", "\x03"


def headline_sql(dialect: str, column: str, param: str = "match") -> str | None:
    """SQL: the column's whole text with each word matching `:param` (a `text_query`) between
    HIT_START and HIT_STOP, by the database's own full-text engine; None where the engine cannot
    (SQLite's external-content FTS5 highlights only through its own table), so highlighting falls
    back to app/web/marking.py."""
    if dialect == POSTGRESQL:
        return (f"ts_headline('simple', {column}, to_tsquery('simple', :{param}), "
                f"'StartSel={HIT_START}, StopSel={HIT_STOP}, HighlightAll=true')")
    return None


# --- writers -----------------------------------------------------------------------------------

def lock_for_writing(session: Session) -> None:
    """Take the database's one writer lock until the transaction ends. SQLite has one already (a
    write waits for the other writer's commit); on PostgreSQL, writers of several processes would
    otherwise cluster the same happening side by side into two events, so they take turns through
    a transaction-level advisory lock. Extraction, the costly part, runs before it, in parallel."""
    if name_of(session) == POSTGRESQL:
        session.connection().execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITER_LOCK})


_WRITER_LOCK = 0x4C696E69  # "Lini": any fixed number no other application on the database uses


# --- has the database changed? ------------------------------------------------------------------

def watcher(engine: Engine):  # noqa: ANN201 - a DB-API connection
    """A connection kept for `data_version` alone."""
    raw = engine.raw_connection()
    if engine.dialect.name == POSTGRESQL:
        raw.driver_connection.autocommit = True  # never an open transaction that holds back vacuum
    return raw


def data_version(dialect: str, raw) -> object:  # noqa: ANN001 - the watcher's DB-API connection
    """A value that changes whenever any connection, in any process, commits a write.

    SQLite: `PRAGMA data_version`. PostgreSQL: the current snapshot as text ("xmin:xmax:xip,...");
    only a writing transaction takes a transaction id, and a snapshot lists the ids still running,
    so the text changes when a write starts and again when it commits or aborts, and never on
    reads. (It is the cluster's: a write to another database there also counts as a change.)
    """
    cursor = raw.cursor()
    try:
        if dialect == POSTGRESQL:
            cursor.execute("SELECT CAST(pg_current_snapshot() AS TEXT)")
        else:
            cursor.execute("PRAGMA data_version")
        return cursor.fetchone()[0]
    finally:
        cursor.close()


def primary_unindexed(session) -> str:  # noqa: ANN001 - a Session
    """SQL: the row is a primary mention, as a condition no index serves on SQLite (its planner takes
    ix_citation_primary for `primary_id IS NULL`, every primary mention, over a date or event index)."""
    return f"{unindexed(name_of(session), 'primary_id')} IS NULL"
