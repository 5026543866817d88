"""Shared fixtures: every test that touches the database gets a fresh SQLite file."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.extract.actors import Gazetteer
from app.settings import Settings
from app.store.db import make_engine, upgrade_to_head
from app.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TOKEN = "uji-token-tulis"  # the write token of every test app but `readonly_client`'s


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_file(SEEDS / "actors.json")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'linimasa.db'}", seeds_dir=SEEDS,
                    gazetteer_path=SEEDS / "actors.json", admin_token=TOKEN)


@pytest.fixture
def engine(settings: Settings):
    upgrade_to_head(settings.database_url)
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A database that the app's own first start filled with the seeds, built once per test run."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    settings = Settings(database_url=f"sqlite:///{path}", seeds_dir=SEEDS, gazetteer_path=SEEDS / "actors.json")
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/articles").json(), "first start did not load the seeds"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def client(settings: Settings, seeded_template: Path, tmp_path: Path):
    """The app on its own copy of the seeded database: fresh for every test."""
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
