"""The HTTP load benchmark: it runs end to end on a tiny database and reports its ratios (no timing)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_http_benchmark_loads_one_and_two_workers_and_datasette_and_reports_ratios(tmp_path: Path):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "http.py"), "--events", "400", "--requests", "12",
                           "--concurrency", "4", "--db", str(tmp_path / "load.db")],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for server in ("1 worker", "2 workers", "datasette"):
        assert re.search(rf"^{server}\s+\S", done.stdout, re.MULTILINE), done.stdout
    assert re.search(r"filtered fragment: 2 workers / 1 worker throughput = \d+\.\d\dx", done.stdout)
    assert re.search(r"2 workers, /api/events \(filtered\) / datasette's query: \d+\.\d\dx", done.stdout)


def test_http_benchmark_refuses_a_zero_load():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "http.py"), "--requests", "0"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "at least 1" in done.stderr
