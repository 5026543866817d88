"""Bulk ingestion (store/bulk.py): batches give the happenings article-by-article ingestion gives,
a rerun adds nothing twice, and a kill mid-way loses at most the batch in flight."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlmodel import Session, func, select

from app.store.bulk import bulk_ingest
from app.store.db import make_engine, upgrade_to_head
from app.store.ingest import ArticleMeta, ingest_paths, ingest_text
from app.store.models import Article
from tests.conftest import ROOT, SEEDS
from tests.store.test_happenings import happenings

DEV = ROOT / "tests" / "data" / "dev" / "articles"
# reports of one swearing-in and the next day's ministers, and of one quake, from several outlets
NAMES = ["inaug_01_tribunnews.txt", "inaug_05_boomnews.txt", "inaug_07_tempo.txt", "inaug_09_kumparan.txt",
         "inaug_13_haijakarta.txt", "inaug_14_suarakita.txt"]


def fresh_engine(path: Path):
    url = f"sqlite:///{path}"
    upgrade_to_head(url)
    return make_engine(url)


def folder_of(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        shutil.copy(DEV / name, folder / name)
    return folder


def test_batches_give_the_happenings_one_article_at_a_time_gives(tmp_path, gazetteer):
    names = sorted(NAMES + [p.name for p in sorted(DEV.glob("gempa_*.txt"))[:6]])
    folder = folder_of(tmp_path, names)
    one = fresh_engine(tmp_path / "one.db")
    with Session(one) as session:
        for name in names:
            ingest_text(session, (DEV / name).read_text(encoding="utf-8"), ArticleMeta(source_name=name), gazetteer)
            session.commit()
    expected = happenings(one)
    assert any(len({n for n, _, _ in g}) >= 3 for g in expected)
    for batch, processes in ((3, 1), (100, 1), (4, 2)):
        engine = fresh_engine(tmp_path / f"bulk{batch}-{processes}.db")
        report = bulk_ingest(engine, [folder], gazetteer, ArticleMeta(), 10**6, batch_size=batch,
                             processes=processes)
        assert report.failed == 0 and {o.status for o in report.outcomes} == {"added"}
        assert happenings(engine) == expected, (batch, processes)
        engine.dispose()


def test_a_rerun_stores_nothing_twice(engine, gazetteer, tmp_path):
    folder = folder_of(tmp_path, NAMES)
    bulk_ingest(engine, [folder], gazetteer, ArticleMeta(), 10**6, batch_size=4)
    before = happenings(engine)
    again = bulk_ingest(engine, [folder], gazetteer, ArticleMeta(), 10**6, batch_size=4)
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert happenings(engine) == before
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Article)).one() == len(NAMES)


def test_a_file_name_twice_in_one_batch_is_replaced_as_one_at_a_time_would(engine, gazetteer, tmp_path):
    for sub, text in (("a", "Putin tiba di Pyongyang pada Rabu (19/6/2024)."),
                      ("b", "Putin tiba di Pyongyang pada Rabu (19/6/2024) pagi, disambut Kim Jong Un.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "berita.txt").write_text(text, encoding="utf-8")
    report = bulk_ingest(engine, [tmp_path / "a", tmp_path / "b"], gazetteer, ArticleMeta(), 10**6, batch_size=10)
    assert [o.status for o in report.outcomes] == ["added", "added"]
    assert report.outcomes[1].replaced_id == report.outcomes[0].article_id
    one = fresh_engine(tmp_path / "one.db")
    ingest_paths(one, [tmp_path / "a", tmp_path / "b"], gazetteer, ArticleMeta(), 10**6)
    with Session(engine) as session, Session(one) as other:
        assert [a.text for a in session.exec(select(Article))] == [a.text for a in other.exec(select(Article))]
    assert happenings(engine) == happenings(one)


def _articles(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def test_a_bulk_ingest_killed_mid_way_completes_on_rerun_without_duplicates(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus
    folder = tmp_path / "corpus"
    corpus.write_corpus(48, folder, seed=3)
    env = {**os.environ, "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    cmd = [sys.executable, "-m", "app.cli", "ingest", str(folder), "--batch", "8", "--progress-every", "8"]
    killed_db = tmp_path / "killed.db"
    ingest = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                              env={**env, "LINIMASA_DATABASE_URL": f"sqlite:///{killed_db}"})
    while _articles(killed_db) == 0 and ingest.poll() is None:  # the first batch is stored: kill
        time.sleep(0.05)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait()
    stored = _articles(killed_db)
    assert 0 < stored < 48 and stored % 8 == 0  # whole batches, nothing of the one in flight
    rerun = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                           env={**env, "LINIMASA_DATABASE_URL": f"sqlite:///{killed_db}"})
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"{48 - stored} added, {stored} unchanged, 0 failed" in rerun.stdout
    assert "progress  8/48 files" in rerun.stderr and "progress  48/48 files" in rerun.stderr  # no terminal
    clean_db = tmp_path / "clean.db"
    clean = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                           env={**env, "LINIMASA_DATABASE_URL": f"sqlite:///{clean_db}"})
    assert clean.returncode == 0, clean.stderr[-2000:]
    killed, whole = make_engine(f"sqlite:///{killed_db}"), make_engine(f"sqlite:///{clean_db}")
    with sqlite3.connect(killed_db) as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM article").fetchone() == (48, 48)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert happenings(killed) == happenings(whole)
