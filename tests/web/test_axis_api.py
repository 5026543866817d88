"""/api/axis, the time axis's items: a granularity's extent as start and end, lanes, refusals;
and the page's parts of the axis that work without JavaScript (its hidden container, `lanes`)."""
from __future__ import annotations

from bs4 import BeautifulSoup


def items_by_value(client, params=None) -> dict[str, dict]:
    response = client.get("/api/axis", params=params or {})
    assert response.status_code == 200, response.text
    return {i["value"]: i for i in response.json()["items"]}


def test_each_granularity_spans_its_extent_and_only_days_are_points(client):
    items = items_by_value(client)
    day, month, war, decade = items["2024-06-19"], items["2023-07"], items["1950/1953"], items["195X"]
    assert (day["start"], day["end"], day["type"]) == ("2024-06-19", "2024-06-20", "point")
    assert (month["start"], month["end"], month["type"]) == ("2023-07-01", "2023-08-01", "range")
    assert (war["start"], war["end"], war["type"]) == ("1950-01-01", "1954-01-01", "range")
    assert (decade["start"], decade["end"], decade["type"]) == ("1950-01-01", "1960-01-01", "range")
    years = [i for i in items.values() if i["granularity"] == "year"]
    assert years and all(i["type"] == "range" and i["end"][5:] == "01-01" for i in years)
    assert all(i["type"] == "point" for i in items.values() if i["granularity"] == "day")


def test_the_period_is_the_window_and_the_items_reach_beyond_it(client):
    body = client.get("/api/axis", params={"from": "2024-06", "to": "2024-06"}).json()
    assert body["window"] == {"start": "2024-06-01", "end": "2024-07-01"}
    assert body["total"] == len(client.get("/api/events", params={"limit": 500}).json())
    assert any(i["start"] < "2000" for i in body["items"])  # panning out shows the 1950s
    assert not body["truncated"]
    assert client.get("/api/axis").json()["window"] == {"start": None, "end": None}


def test_other_filters_narrow_the_items(client):
    putin = items_by_value(client, {"actor": "Vladimir Putin"})
    everything = items_by_value(client)
    assert putin and len(putin) < len(everything) and "195X" not in putin


def test_lanes_by_actor_are_the_views_top_actors_then_the_rest(client):
    body = client.get("/api/axis", params={"lanes": "actor"}).json()
    assert body["lanes"][:2] == ["Rusia", "Korea Utara"] and body["lanes"][-1] == ""
    assert len(body["lanes"]) <= 7
    for item in body["items"]:
        assert item["lanes"] and set(item["lanes"]) <= set(body["lanes"])
    day = next(i for i in body["items"] if i["value"] == "2024-06-19")
    assert "Vladimir Putin" in day["lanes"] and "Kim Jong Un" in day["lanes"]
    assert client.get("/api/axis").json()["lanes"] is None


def test_lanes_by_outlet(client):
    body = client.get("/api/axis", params={"lanes": "outlet"}).json()
    assert "Kompas TV" in body["lanes"]
    assert all(set(i["lanes"]) <= set(body["lanes"]) for i in body["items"])


def test_bad_parameters_are_refused_with_a_message(client):
    for params, word in (({"lanes": "aktor"}, "'lanes'"), ({"from": "kemarin lusa"}, "'from'"),
                         ({"from": "2024", "to": "2023"}, "after"), ({"status": "maybe"}, "'status'")):
        response = client.get("/api/axis", params=params)
        assert response.status_code == 400, params
        assert word in response.json()["detail"]
    assert client.get("/?lanes=aktor").status_code == 400


def test_the_axis_container_is_hidden_until_its_script_shows_it(client):
    page = BeautifulSoup(client.get("/?lanes=outlet").text, "html.parser")
    axis = page.select_one("section#axis")
    assert axis.has_attr("hidden") and axis["data-src"] == "/api/axis"
    assert page.select_one("#lanes option[selected]")["value"] == "outlet"
    assert page.select_one("#lanes")["form"] == "filters"  # so the filters carry it into the URL
    scripts = [s["src"] for s in page.select("script[src]")]
    assert "/static/vis-timeline-graph2d-8.5.4.min.js" in scripts and "/static/linimasa-axis-0.1.0.js" in scripts
    assert not page.select("script:not([src])")  # the CSP allows no inline script
    assert "/static/vis-timeline-graph2d-8.5.4.min.css" in [link["href"] for link in page.select("link[rel=stylesheet]")]
    for asset in ("vis-timeline-graph2d-8.5.4.min.js", "vis-timeline-graph2d-8.5.4.min.css",
                  "vis-timeline-graph2d-8.5.4.LICENSE", "linimasa-axis-0.1.0.js"):
        assert client.get(f"/static/{asset}").status_code == 200, asset


def test_only_the_timeline_page_allows_vis_timelines_own_style_sheets(client):
    from app.web.security import CONTENT_SECURITY_POLICY
    timeline = client.get("/").headers["Content-Security-Policy"]
    assert "unsafe-inline" not in timeline and timeline.count("'sha256-") == 15
    assert timeline.replace("style-src 'self' ", "").split("; ")[0] == CONTENT_SECURITY_POLICY.split("; ")[0]
    for url in ("/articles", "/events/1", "/api/axis"):
        assert client.get(url).headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, url
