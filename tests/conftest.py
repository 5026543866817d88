"""Shared fixtures: every test that touches the database gets a fresh SQLite file, or, with
LINIMASA_TEST_DATABASE_URL set to a PostgreSQL server (`make test-postgres`), a fresh database
there, copied from a migrated (or seeded) template database."""
from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.extract.actors import Gazetteer
from app.settings import Settings
from app.store.db import make_engine, upgrade_to_head
from app.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TOKEN = "uji-token-tulis"  # the write token of every test app but `readonly_client`'s
POSTGRES_URL = os.environ.get("LINIMASA_TEST_DATABASE_URL")  # a PostgreSQL server to run the tests on
on_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="needs LINIMASA_TEST_DATABASE_URL (make test-postgres)")
sqlite_only = pytest.mark.skipif(bool(POSTGRES_URL), reason="about SQLite's file")


def _postgres(statement: str) -> None:
    """A statement on the server's maintenance database, outside a transaction (CREATE DATABASE)."""
    admin = create_engine(make_url(POSTGRES_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(statement))
    finally:
        admin.dispose()


def postgres_database(template: str | None = None) -> str:
    """The URL of a new database on the test server, a copy of `template` when given."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    if template:
        # a template must have no connections while it is copied
        _postgres(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{template}'")
    _postgres(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    _postgres(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgres_template() -> str | None:
    """A database migrated to head, copied by each test (CREATE DATABASE ... TEMPLATE)."""
    if not POSTGRES_URL:
        yield None
        return
    url = postgres_database()
    upgrade_to_head(url)
    yield make_url(url).database
    drop_postgres_database(url)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_file(SEEDS / "actors.json")


@pytest.fixture
def settings(tmp_path: Path, postgres_template: str | None) -> Settings:
    url = postgres_database(postgres_template) if postgres_template else f"sqlite:///{tmp_path / 'linimasa.db'}"
    yield Settings(database_url=url, seeds_dir=SEEDS, gazetteer_path=SEEDS / "actors.json", admin_token=TOKEN)
    if postgres_template:
        drop_postgres_database(url)


@pytest.fixture
def engine(settings: Settings):
    upgrade_to_head(settings.database_url)
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory, postgres_template: str | None) -> Path | str:
    """A database that the app's own first start filled with the seeds, built once per test run:
    a SQLite file, or the name of a PostgreSQL database."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    url = postgres_database(postgres_template) if postgres_template else f"sqlite:///{path}"
    settings = Settings(database_url=url, seeds_dir=SEEDS, gazetteer_path=SEEDS / "actors.json")
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/articles").json(), "first start did not load the seeds"
    if postgres_template:
        yield make_url(url).database
        drop_postgres_database(url)
        return
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield path


@pytest.fixture
def client(settings: Settings, seeded_template: Path | str, tmp_path: Path):
    """The app on its own copy of the seeded database: fresh for every test."""
    if isinstance(seeded_template, str):
        drop_postgres_database(settings.database_url)
        settings.database_url = postgres_database(seeded_template)
    else:
        shutil.copyfile(seeded_template, tmp_path / "linimasa.db")
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def empty_client(settings: Settings):
    settings.load_seeds = False
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def readonly_client(settings: Settings):
    """An app on an empty database with no write token configured: every write from the web is off."""
    settings.load_seeds = False
    settings.admin_token = None
    with TestClient(create_app(settings)) as client:
        yield client
