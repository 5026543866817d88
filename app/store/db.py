"""The database: engine (SQLite in WAL mode with foreign keys on, or PostgreSQL) and migration to head.

What differs between the two is `dialect`'s."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from ..errors import StoreError
from ..paths import project_path
from ..settings import Settings
from . import dialect


def migrations_dir() -> Path:
    return project_path("migrations")


def make_engine(database_url: str) -> Engine:
    engine = create_engine(database_url, connect_args=dialect.connect_args(database_url))
    name = engine.dialect.name

    @event.listens_for(engine, "connect")
    def _connection_settings(dbapi_connection, _record):  # noqa: ANN001 - DB-API connection
        dialect.on_connect(name, dbapi_connection)

    return engine


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", database_url)
    return config


def upgrade_to_head(database_url: str) -> None:
    command.upgrade(alembic_config(database_url), "head")


def open_database(settings: Settings) -> Engine:
    """Migrate the database to head and return an engine on it."""
    upgrade_to_head(settings.database_url)
    return make_engine(settings.database_url)


def backup_database(engine: Engine, target: Path) -> None:
    """A consistent copy of the database at `target`, made while others read and write it
    (SQLite's online backup API, page by page)."""
    import sqlite3
    if engine.dialect.name != dialect.SQLITE:
        raise StoreError("a backup copies a SQLite file; back up PostgreSQL with pg_dump")
    if target.exists():
        raise StoreError(f"{target} exists already; a backup never overwrites a file")
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(target) as copy:
            raw.driver_connection.backup(copy, pages=1024)
    finally:
        raw.close()


def run(session: Session, sql: str, params: dict) -> list[tuple]:
    """Rows of a plain SQL statement with :named parameters, straight to the DB-API on SQLite
    (whose paramstyle is :named); through `text()` elsewhere, which binds them in the driver's."""
    connection = session.connection()
    if connection.dialect.name == dialect.SQLITE:
        return list(connection.exec_driver_sql(sql, params).all())
    return list(connection.execute(text(sql), params).all())


def execute(session: Session, sql: str, params: dict) -> int:
    """A plain SQL write with :named parameters; the number of rows it changed."""
    connection = session.connection()
    if connection.dialect.name == dialect.SQLITE:
        return connection.exec_driver_sql(sql, params).rowcount
    return connection.execute(text(sql), params).rowcount
