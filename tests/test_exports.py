"""Exports: the current view as JSON, CSV, TimelineJS and iCalendar, from the page and the command line."""
from __future__ import annotations

import csv
import io
import json

from icalendar import Calendar


def test_every_export_format_of_a_filtered_view(client):
    # the seed timeline, filtered to one actor and year, as the page's export links ask for it
    params = {"actor": "Vladimir Putin", "from": "2024", "to": "2024"}
    as_json = client.get("/export.json", params=params)
    assert as_json.status_code == 200 and "attachment" in as_json.headers["content-disposition"]
    events = json.loads(as_json.text)["events"]
    assert events and all("Vladimir Putin" in e["actors"] for e in events)
    assert all(e["start_date"] >= "2024-01-01" for e in events)
    assert {"url", "published", "outlet"} <= set(events[0]["citations"][0])

    as_csv = client.get("/export.csv", params=params)
    assert as_csv.content.startswith("\ufeff".encode("utf-8"))  # the BOM: spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [str(e["id"]) for e in events] and rows[0]["quotes"]

    timeline = json.loads(client.get("/export.timelinejs", params=params).text)
    # TimelineJS3's documented shape: events of start_date {year, month?, day?} and text {headline, text}
    first = timeline["events"][0]
    assert set(first["start_date"]) <= {"year", "month", "day"} and isinstance(first["start_date"]["year"], int)
    assert first["text"]["headline"] and "<blockquote>" in first["text"]["text"]
    assert "headline" in timeline["title"]["text"]

    calendar = Calendar.from_ical(client.get("/export.ics", params=params).content)
    items = list(calendar.walk("VEVENT"))
    assert len(items) == len(events)
    visit = next(i for i in items if i.decoded("dtstart").isoformat() == "2024-06-19")
    assert visit.decoded("dtend").isoformat() == "2024-06-20"  # all-day: DTEND is the day after


def test_a_month_is_a_span_over_its_days_in_timelinejs_and_ics(client):
    events = json.loads(client.get("/export.json").text)["events"]
    month = next(e for e in events if e["granularity"] == "month")
    timeline = json.loads(client.get("/export.timelinejs").text)
    item = next(i for i in timeline["events"] if i["unique_id"] == f"event-{month['id']}")
    assert "day" not in item["start_date"] and "day" not in item["end_date"]  # no invented day
    calendar = Calendar.from_ical(client.get("/export.ics").content)
    span = next(i for i in calendar.walk("VEVENT") if str(i["uid"]) == f"event-{month['id']}@linimasa")
    assert (span.decoded("dtend") - span.decoded("dtstart")).days >= 28


def test_an_unknown_export_format_is_a_404_and_the_page_links_every_format(client):
    assert client.get("/export.pdf").status_code == 404
    page = client.get("/", params={"actor": "Vladimir Putin"}).text
    for fmt in ("csv", "json", "timelinejs", "ics"):
        assert f"/export.{fmt}?actor=Vladimir+Putin" in page
