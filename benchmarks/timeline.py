"""Server time of the timeline fragment with 100,000 events, filtered and unfiltered, in one run.

    .venv/bin/python benchmarks/timeline.py [--events 100000] [--requests 40]

Generates a database (articles, actors, events, citations, spread over 1950-2024),
then asks the app, in process, for the htmx fragment that a filter change fetches:
a filtered one (one actor, one year) and the unfiltered timeline as the reference,
interleaved. Server time is what the app reports in its Server-Timing header. Reports
p50 and p95 of each and their ratio. Not a test: figures only.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from app.settings import Settings  # noqa: E402
from app.store.db import upgrade_to_head  # noqa: E402
from app.web.app import create_app  # noqa: E402

STATUSES = ["happened"] * 6 + ["planned"] * 2 + ["reported"] * 2


def generate(path: Path, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    upgrade_to_head(f"sqlite:///{path}")
    conn = sqlite3.connect(path)
    now = "2026-01-01 00:00:00"
    n_articles, n_actors = max(1, n_events // 50), 400
    conn.executemany("INSERT INTO article (id, title, outlet, text, content_hash, ingested_at, published_source) "
                     "VALUES (?, ?, ?, ?, ?, ?, 'none')",
                     [(i, f"Artikel {i}", f"Media {i % 12}", f"Teks artikel {i} tentang peristiwa ke-{i}.",
                       f"h{i}", now) for i in range(1, n_articles + 1)])
    conn.executemany("INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)",
                     [(i, f"Aktor {i}", "person" if i % 3 else "country") for i in range(1, n_actors + 1)])
    start = date(1950, 1, 1).toordinal()
    span = date(2024, 12, 31).toordinal() - start
    events, links, citations = [], [], []
    for i in range(1, n_events + 1):
        # recent years are denser, as news is
        day = date.fromordinal(start + int(span * rng.random() ** 0.35))
        grain = rng.random()
        if grain < 0.7:
            value, first, last, g = day.isoformat(), day, day, "day"
        elif grain < 0.9:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            value, g = first.strftime("%Y-%m"), "month"
        else:
            first, last, value, g = date(day.year, 1, 1), date(day.year, 12, 31), str(day.year), "year"
        events.append((i, value, first.isoformat(), last.isoformat(), g, f"Peristiwa {i} pada {value}",
                       rng.choice(STATUSES), "[]", now))
        # a few actors appear everywhere, most rarely (a Zipf-like spread)
        for actor in {min(n_actors, int(rng.paretovariate(1.1))) for _ in range(rng.randint(1, 3))}:
            links.append((i, actor, first.isoformat(), last.isoformat()))
        citations.append((i, i, rng.randint(1, n_articles), 0, 10, f"Kutipan peristiwa {i} pada {value}", 0, 5,
                          value, "happened"))
    conn.executemany("INSERT INTO event (id, value, date_start, date_end, granularity, summary, status, flags, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    conn.executemany("INSERT INTO event_actor (event_id, actor_id, date_start, date_end) VALUES (?, ?, ?, ?)", links)
    conn.executemany("INSERT INTO citation (id, event_id, article_id, start, \"end\", quote, timex_start, timex_end, "
                     "value, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", citations)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        generate(path, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f} s")
        settings = Settings(database_url=f"sqlite:///{path}", load_seeds=False)
        # each round asks for other actors and years, so no single query stays hot
        actors = [3, 10, 25, 57, 120, 7, 2, 40]
        urls = {"filtered (actor + year)": lambda i: f"/?actor=Aktor+{actors[i % 8]}&from={2017 + i % 8}&to={2017 + i % 8}",
                "filtered (text search)": lambda i: f"/?q=Peristiwa+{777 + i}",
                "unfiltered (reference)": lambda i: "/"}
        timings: dict[str, list[float]] = {name: [] for name in urls}
        with TestClient(create_app(settings)) as client:
            for make_url in urls.values():  # warm-up: statement caches, SQLite page cache
                assert client.get(make_url(99), headers={"HX-Request": "true"}).status_code == 200
            for i in range(args.requests):
                for name, make_url in urls.items():
                    url = make_url(i)
                    response = client.get(url, headers={"HX-Request": "true"})
                    assert response.status_code == 200
                    # the app's own time (Server-Timing), without the test client's overhead
                    timings[name].append(float(response.headers["Server-Timing"].split("dur=")[1]))
        reference = percentile(timings["unfiltered (reference)"], 0.95)
        print(f"{args.requests} requests each, interleaved; htmx fragment, server time in process (ms)")
        for name, samples in timings.items():
            p95 = percentile(samples, 0.95)
            print(f"  {name:26} p50 {statistics.median(samples):7.1f}   p95 {p95:7.1f}   "
                  f"p95 ratio to unfiltered {p95 / reference:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
