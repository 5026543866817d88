"""The `linimasa` command: extract prints the scorer's JSON, ingest reports, errors are one clear line."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from sqlalchemy import text

from app.store.db import make_engine
from tests.conftest import ROOT, SEEDS


def run(*args, env=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=cwd)


def test_extract_prints_the_json_the_scorer_reads():
    result = run("extract", str(SEEDS / "003_c885beee8d69cd11.txt"))
    assert result.returncode == 0, result.stderr
    doc, = json.loads(result.stdout)["documents"]
    assert doc["dct"] == "2023-09-06"
    text = (SEEDS / "003_c885beee8d69cd11.txt").read_bytes().decode("utf-8")
    for t in doc["timexes"]:
        assert {"text", "start", "end", "value", "type"} <= set(t)
        assert text[t["start"]:t["end"]] == t["text"]
    for e in doc["events"]:
        assert {"date", "summary", "actors", "start", "end"} <= set(e)
    assert ("Juli 2023", "2023-07") in [(t["text"], t["value"]) for t in doc["timexes"]]


def test_extract_dct_option_overrides(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Kemarin Kim tiba di Rusia.", encoding="utf-8")
    doc, = json.loads(run("extract", "--dct", "2023-09-12", str(article)).stdout)["documents"]
    assert doc["dct"] == "2023-09-12" and doc["timexes"][0]["value"] == "2023-09-11"
    bad = run("extract", "--dct", "12/9/2023", str(article))
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_extract_reports_unreadable_files_and_goes_on(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\x00")
    good = tmp_path / "good.txt"
    good.write_text("Putin tiba pada 19 Juni 2024.", encoding="utf-8")
    result = run("extract", str(tmp_path / "bin.txt"), str(tmp_path / "missing.txt"), str(good))
    assert result.returncode == 1
    docs = json.loads(result.stdout)["documents"]
    assert [bool(d.get("error")) for d in docs] == [True, True, False]
    assert "binary" in result.stderr and "missing.txt" in result.stderr


def test_ingest_then_again_changes_nothing_and_export(tmp_path):
    env = {"LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    first = run("ingest", str(SEEDS), env=env)
    assert first.returncode == 0, first.stderr
    assert "5 added, 0 unchanged, 0 failed" in first.stdout
    second = run("ingest", str(SEEDS), env=env)
    assert "0 added, 5 unchanged" in second.stdout and "already stored" in second.stdout
    exported = json.loads(run("export", env=env).stdout)["events"]
    assert any(e["date"] == "2024-06-19" for e in exported)


def test_extract_finds_the_gazetteer_beside_the_package_from_any_folder(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024).", encoding="utf-8")
    doc, = json.loads(run("extract", str(article), cwd=tmp_path).stdout)["documents"]
    assert "Vladimir Putin" in doc["events"][0]["actors"]


def test_a_missing_gazetteer_is_one_clear_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Putin tiba pada Rabu (19/6/2024).", encoding="utf-8")
    result = run("extract", str(article), env={"LINIMASA_GAZETTEER_PATH": str(tmp_path / "none.json")})
    assert result.returncode == 2 and "gazetteer is missing" in result.stderr and "Traceback" not in result.stderr


def test_recluster_derives_the_same_happenings_again(tmp_path):
    env = {"LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'l.db'}"}
    assert run("ingest", str(SEEDS), env=env).returncode == 0
    before = json.loads(run("export", env=env).stdout)["events"]
    result = run("recluster", env=env)
    assert result.returncode == 0 and "events before" in result.stdout
    after = json.loads(run("export", env=env).stdout)["events"]
    def groups(events):
        return sorted(sorted((c["article_id"], c["start"]) for c in e["citations"]) for e in events)
    assert groups(after) == groups(before)
    assert [e["id"] for e in after] == [e["id"] for e in before]  # permalinks survive


def test_an_export_cut_short_by_its_reader_ends_quietly(tmp_path):
    env = {**os.environ, "LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    # more than a pipe holds (64 KB), so the writer is still writing when the reader goes
    assert run("ingest", str(ROOT / "tests" / "data" / "dev" / "articles"), env=env).returncode == 0
    # `linimasa export | head -c 100`: the reader closes the pipe after 100 bytes
    export = subprocess.Popen([sys.executable, "-m", "app.cli", "export"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, cwd=ROOT)
    head = export.stdout.read(100)
    export.stdout.close()
    stderr = export.stderr.read().decode()
    export.wait()
    assert head and "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_export_formats_and_filters_from_the_command_line(tmp_path):
    env = {"LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    assert run("ingest", str(SEEDS), env=env).returncode == 0
    out = tmp_path / "putin.ics"
    done = run("export", "--format", "ics", "--actor", "Vladimir Putin", "--from", "2024", "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR") and "20240619" in out.read_text()
    rows = run("export", "--format", "csv", "--q", "Pyongyang", env=env).stdout
    assert rows.startswith("\ufeffid,date,") and "Pyongyang" in rows
    bad = run("export", "--from", "kemarin lusa", env=env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_delete_an_article_from_the_command_line(tmp_path):
    env = {"LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    assert run("ingest", str(SEEDS), env=env).returncode == 0
    done = run("delete", "1", env=env)
    assert done.returncode == 0 and "deleted" in done.stdout, done.stderr
    again = run("delete", "1", env=env)
    assert again.returncode == 2 and "no article 1" in again.stderr
    assert "4 unchanged" in run("ingest", str(SEEDS), env=env).stdout  # the other four stay; the first comes back


def test_two_ingests_of_one_folder_at_once_store_each_article_once(tmp_path):
    import sqlite3
    folder = ROOT / "tests" / "data" / "dev" / "articles"
    env = {**os.environ, "LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    assert run("recluster", env=env).returncode == 0  # migrated before the race
    both = [subprocess.Popen([sys.executable, "-m", "app.cli", "ingest", str(folder)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in both]
    for p, (out, err) in zip(both, results):
        assert p.returncode == 0, (out[-2000:], err[-2000:])
        assert "failed" not in out.replace("0 failed", ""), out[-2000:]
    texts = {p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    with sqlite3.connect(tmp_path / "cli.db") as db:
        stored = db.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM article").fetchone()
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        orphans = db.execute("SELECT COUNT(*) FROM citation WHERE article_id NOT IN (SELECT id FROM article)").fetchone()[0]
    assert stored == (len(texts), len(texts)) and integrity == "ok" and orphans == 0


def test_a_backup_is_a_consistent_copy_made_while_another_process_writes(tmp_path):
    import sqlite3
    env = {**os.environ, "LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'live.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    assert run("ingest", str(SEEDS), env=env).returncode == 0
    writer = subprocess.Popen([sys.executable, "-m", "app.cli", "ingest", str(ROOT / "tests" / "data" / "dev" / "articles")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    copy = tmp_path / "copy.db"
    done = run("backup", str(copy), env=env)
    writer.communicate(timeout=600)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM article").fetchone()[0] >= 5
        assert db.execute("SELECT COUNT(*) FROM citation WHERE article_id NOT IN (SELECT id FROM article)").fetchone()[0] == 0
    again = run("backup", str(copy), env=env)
    assert again.returncode == 2 and "exists already" in again.stderr


def test_an_ingest_killed_at_any_moment_leaves_a_consistent_database_and_a_rerun_completes(tmp_path):
    import signal
    import sqlite3
    import time
    folder = ROOT / "tests" / "data" / "dev" / "articles"
    env = {**os.environ, "LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    assert run("recluster", env=env).returncode == 0  # migrated
    for moment in (0.5, 1.5, 3.0):  # seconds into the run: mid-article, between articles, later
        ingest = subprocess.Popen([sys.executable, "-m", "app.cli", "ingest", str(folder)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        time.sleep(moment)
        ingest.send_signal(signal.SIGKILL)
        ingest.wait()
        with sqlite3.connect(tmp_path / "cli.db") as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("SELECT COUNT(*) FROM citation WHERE article_id NOT IN (SELECT id FROM article) "
                              "OR (event_id IS NOT NULL AND event_id NOT IN (SELECT id FROM event))").fetchone()[0] == 0
            # the full-text index matches its table
            assert db.execute("INSERT INTO citation_fts(citation_fts, rank) VALUES ('integrity-check', 1)") is not None
    done = run("ingest", str(folder), env=env)
    assert done.returncode == 0 and " 0 failed" in done.stdout, done.stdout[-1500:]
    texts = {p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    with sqlite3.connect(tmp_path / "cli.db") as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM article").fetchone() == (len(texts),) * 2


def test_two_ingest_processes_on_one_database_store_nothing_twice(settings, engine, tmp_path):
    """Two `linimasa ingest` of the same articles at once (as two machines feeding one PostgreSQL
    database would): each article once, each happening once, as one process alone stores them."""
    env = {"LINIMASA_DATABASE_URL": settings.database_url, "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    both = [subprocess.Popen([sys.executable, "-m", "app.cli", "ingest", str(SEEDS)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, **env}, cwd=ROOT)
            for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in both]
    assert [p.returncode for p in both] == [0, 0], [err for _, err in outputs]
    with engine.connect() as conn:
        articles = conn.execute(text("SELECT count(*), count(DISTINCT content_hash) FROM article")).one()
        events = sorted(conn.execute(text("SELECT value, summary FROM event")).all())
    assert tuple(articles) == (5, 5)
    # the same happenings as one process alone derives from the same articles
    alone = {"LINIMASA_DATABASE_URL": f"sqlite:///{tmp_path / 'alone.db'}",
             "LINIMASA_GAZETTEER_PATH": str(SEEDS / "actors.json")}
    assert run("ingest", str(SEEDS), env=alone).returncode == 0
    reference = make_engine(alone["LINIMASA_DATABASE_URL"])
    with reference.connect() as conn:
        assert events == sorted(conn.execute(text("SELECT value, summary FROM event")).all())
    reference.dispose()
