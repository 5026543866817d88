"""The JSON API: events with filters, actors, articles, health, and 4xx for bad parameters."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup


def test_events_in_date_order_with_their_citations(client):
    events = client.get("/api/events", params={"limit": 500}).json()
    starts = [e["start_date"] for e in events]
    assert starts == sorted(starts)
    visit = next(e for e in events if e["date"] == "2024-06-19" and e["event_type"] == "visit")
    assert visit["granularity"] == "day" and visit["status"] == "happened" and visit["place"] == "Pyongyang"
    # the arrival and the passages of the same article that tell it again
    assert len(visit["citations"]) >= 1 and len({c["article_id"] for c in visit["citations"]}) == 1
    for citation in visit["citations"]:
        article = client.get(f"/api/articles/{citation['article_id']}").json()
        assert article["text"][citation["start"]:citation["end"]] == citation["quote"]
    assert {"id", "date", "end_date", "summary", "actors", "flags", "citations", "event_type",
            "outlet_count"} <= set(visit)


@pytest.mark.parametrize("params,expected", [
    ({"actor": "Vladimir Putin", "from": "2024", "to": "2024"}, {"2024-06-16", "2024-06-18", "2024-06-19"}),
    ({"actor": "putin", "from": "Juni 2024", "to": "Juni 2024"}, {"2024-06-16", "2024-06-18", "2024-06-19"}),
    ({"actor": ["Kim Jong Un", "Vladimir Putin"], "from": "2019", "to": "2019"}, {"2019-04"}),
    ({"from": "11/9/2023", "to": "2023-09-11"}, {"2023-09-11"}),
    ({"status": "planned", "from": "2024"}, {"2024-06-16"}),
    ({"outlet": "Kompas TV", "to": "1999"}, {"1991"}),
    ({"q": "Pyongyang", "from": "2024"}, {"2024-06-19"}),
    ({"actor": "Nobody Known"}, set()),
])
def test_filters(client, params, expected):
    assert {e["date"] for e in client.get("/api/events", params=params).json()} == expected


def test_limit_and_offset_page_through(client):
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert len(first) == 3 and not {e["id"] for e in first} & {e["id"] for e in second}


@pytest.mark.parametrize("params,status", [
    ({"from": "kemarin lusa depan"}, 400), ({"to": "2023-13"}, 400), ({"status": "rumour"}, 400),
    ({"limit": 0}, 400), ({"limit": 10_000}, 400), ({"offset": -1}, 400), ({"limit": "many"}, 422),
    ({"from": "2024", "to": "2019"}, 400), ({"q": '"unbalanced AND ('}, 200), ({"q": "*"}, 200),
])
def test_bad_parameters_get_4xx_with_a_message(client, params, status):
    response = client.get("/api/events", params=params)
    assert response.status_code == status
    if status != 200:
        assert response.json()["detail"]


def test_actors_with_aliases_and_counts(client):
    actors = {a["name"]: a for a in client.get("/api/actors").json()}
    assert "Putin" in actors["Vladimir Putin"]["aliases"]
    assert actors["Vladimir Putin"]["event_count"] >= 5
    assert actors["Korea Utara"]["kind"] == "country"


def test_health_articles_and_docs(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert len(client.get("/api/articles").json()) == 5
    assert client.get("/api/articles/999").status_code == 404
    assert client.get("/api/events/999").status_code == 404
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200


def test_the_api_docs_load_only_vendored_assets_so_they_work_offline(client):
    page = BeautifulSoup(client.get("/docs").text, "html.parser")
    assets = [t.get("src") or t.get("href") for t in page.select("script[src], link[href]")]
    assert assets and all(a.startswith("/static/") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200
