"""The corpus generator and the ingest benchmark: behaviour only (determinism, shapes, end to end), no timing."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from app.extract.actors import Gazetteer
from app.extract.pipeline import extract_article

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "benchmarks"))  # after the standard library: benchmarks/http.py is no http package

import corpus  # noqa: E402

NAME = re.compile(r"^(\d{6})_h(\d{6})_([a-z0-9]+)\.txt$")


def test_same_seed_same_corpus_other_seed_other_corpus():
    first = list(corpus.generate(25, seed=3))
    assert first == list(corpus.generate(25, seed=3))
    assert first != list(corpus.generate(25, seed=4))
    assert list(corpus.generate(10, seed=3)) == first[:10]  # article i depends on the seed and i only
    assert len({text for _, text in first}) == 25


def test_command_writes_n_articles_of_about_4_kb(tmp_path: Path):
    out = tmp_path / "corpus"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), "30", str(out), "--seed", "5"],
                          capture_output=True, text=True, check=True)
    assert "wrote 30 articles" in done.stdout
    files = sorted(out.glob("*.txt"))
    assert len(files) == 30
    assert [f.name for f in files] == [name for name, _ in corpus.generate(30, seed=5)]
    for f in files:
        assert 3_500 <= f.stat().st_size <= 5_500
        lines = f.read_text(encoding="utf-8").splitlines()
        assert len(lines) >= 6 and all(lines)  # a title, a publication line, a lead, paragraphs
        assert re.search(r"\b20\d\d\b", lines[1])  # the publication line names the year
        assert re.search(r" -{1,2} |: ", lines[2])  # the lead opens with a dateline


def test_happenings_are_told_by_several_outlets():
    by_happening = defaultdict(list)
    for name, _ in corpus.generate(200, seed=0):
        _, happening, outlet = NAME.match(name).groups()
        by_happening[happening].append(outlet)
    sizes = [len(v) for v in by_happening.values()]
    assert max(sizes) <= 6
    assert sum(s >= 3 for s in sizes) >= len(sizes) // 3  # many multi-outlet happenings
    assert all(len(set(v)) == len(v) for v in by_happening.values())  # one report per outlet
    assert len({o for v in by_happening.values() for o in v}) >= 8


def test_the_extractor_finds_events_dates_and_outlets_in_most_articles():
    gazetteer = Gazetteer.load(ROOT / "seeds" / "actors.json")
    articles = list(corpus.generate(40, seed=11))
    results = [extract_article(text, None, gazetteer, today=date.today()) for _, text in articles]
    assert sum(bool(r.events) for r in results) >= 0.9 * len(results)
    assert sum(r.outlet is not None for r in results) >= 0.9 * len(results)
    assert sum(r.publication_date.value is not None for r in results) >= 0.9 * len(results)


def test_ingest_benchmark_runs_end_to_end_and_reports_ratios(tmp_path: Path):
    figures = tmp_path / "figures.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ingest.py"), "--n", "3,6", "--processes", "2",
                           "--json", str(figures)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "storage costs" in done.stdout and "target >= 0.8x" in done.stdout and "10-minute target" in done.stdout
    report = json.loads(figures.read_text(encoding="utf-8"))
    assert [r["n"] for r in report["runs"]] == [3, 6]
    for run in report["runs"]:
        assert run["summary"].startswith(f"{run['n']} added, 0 unchanged, 0 failed")
        assert run["events"] > 0 and run["maxrss_kb"] > 0
        for key in ("loop_rate", "pool_rate", "ingest_rate", "storage_cost_pct", "ingest_vs_loop", "ingest_vs_pool"):
            assert isinstance(run[key], float)
    for key in ("scaling_ingest", "scaling_extraction", "projected_100k_vs_10min", "projected_100k_growing_vs_10min",
                "projected_100k_pool_vs_10min", "peak_memory_vs_1gb", "peak_memory_growth"):
        assert report[key] > 0


@pytest.mark.parametrize("argv", [["--n", "0"], ["--n", ""]])
def test_ingest_benchmark_refuses_empty_sizes(argv):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ingest.py"), *argv],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
