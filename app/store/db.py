"""The database: engine (SQLite in WAL mode, foreign keys on) and migration to head."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from ..errors import StoreError
from ..paths import project_path
from ..settings import Settings


def migrations_dir() -> Path:
    return project_path("migrations")


def make_engine(database_url: str) -> Engine:
    engine = create_engine(database_url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001 - DB-API connection
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

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
    if target.exists():
        raise StoreError(f"{target} exists already; a backup never overwrites a file")
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(target) as copy:
            raw.driver_connection.backup(copy, pages=1024)
    finally:
        raw.close()


def run(session: Session, sql: str, params: dict) -> list[tuple]:
    """Rows of a plain SQL statement with :named parameters, straight to the DB-API."""
    return list(session.connection().exec_driver_sql(sql, params).all())


def execute(session: Session, sql: str, params: dict) -> int:
    """A plain SQL write with :named parameters; the number of rows it changed."""
    return session.connection().exec_driver_sql(sql, params).rowcount
