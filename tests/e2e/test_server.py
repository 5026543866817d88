"""Over real HTTP: uvicorn on a free port, a first start that seeds, the timeline and its API."""
from __future__ import annotations

import json
import urllib.error
import urllib.request


def get(url: str, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_first_start_serves_the_seeded_timeline(server):
    status, html = get(server + "/")
    assert status == 200
    assert 'data-value="2023-09-11"' in html and 'data-value="2024-06-19"' in html
    status, body = get(server + "/api/events?actor=Kim+Jong+Un&from=2023-09-11&to=2023-09-11")
    arrival = [e for e in json.loads(body) if "tiba" in e["summary"]]
    assert arrival and len({c["article_id"] for c in arrival[0]["citations"]}) == 2  # two articles tell it


def test_static_assets_and_errors_over_http(server):
    assert get(server + "/static/htmx-2.0.11.min.js")[0] == 200
    assert get(server + "/static/linimasa-0.1.0.css")[0] == 200
    assert get(server + "/api/events?from=nonsense")[0] == 400
    assert get(server + "/articles/424242")[0] == 404
    assert get(server + "/healthz")[1] == '{"status":"ok"}'


def test_two_worker_processes_serve_one_database_seeded_once(tmp_path):
    from pathlib import Path

    from .server import ROOT, running_server
    printed: list[str] = []
    seeds = len(list((ROOT / "seeds").glob("*.txt")))
    with running_server(tmp_path / "two.db", workers=2, output=printed) as base:
        answers = [get(base + "/api/articles") for _ in range(20)]
        assert all(status == 200 for status, _ in answers)
        assert {len(json.loads(body)) for _, body in answers} == {seeds}  # seeded once, not once per worker
        assert get(base + "/?actor=Kim+Jong+Un", {"HX-Request": "true"})[0] == 200
    started = {line.split("[")[1].split("]")[0] for line in printed[0].splitlines() if "Started server process" in line}
    assert len(started) == 2, printed[0][-2000:]
    assert Path(tmp_path / "two.db").exists()
