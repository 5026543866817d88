"""The output layer: a timeline's events in the formats people take them to.

- `json`: the API's shape, each citation with its source's URL and publication date;
- `csv`: UTF-8 with a BOM (spreadsheets open it), one row per event, its citations joined;
- `timelinejs`: TimelineJS3's JSON (`events` of `start_date`/`end_date` at the event's
  granularity, `text.headline`/`text.text`, `group`), which loads in TimelineJS;
- `ics`: iCalendar (RFC 5545, by the icalendar package): all-day events, a month or a year as a
  span over its days, the cited passage and its source in the description.

Events come in as `EventPublic` (store/models.py), the one public shape; nothing here reads the
database.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from html import escape

from .store.models import CitationPublic, EventPublic

FORMATS = {"json": ("application/json", "json"), "csv": ("text/csv; charset=utf-8", "csv"),
           "timelinejs": ("application/json", "timelinejs.json"), "ics": ("text/calendar; charset=utf-8", "ics")}


def _source(c: CitationPublic) -> str:
    """'Kompas.com, 21 Nov 2022 — https://...': who said it, when, where to read it."""
    parts = [c.outlet or c.title, c.published.isoformat() if c.published else None, c.url]
    return " — ".join(p for p in parts if p)


def _primary(event: EventPublic) -> list[CitationPublic]:
    return [c for c in event.citations if c.primary_id is None] or event.citations


def to_json(events: list[EventPublic]) -> str:
    return json.dumps({"events": [e.model_dump(mode="json") for e in events]}, ensure_ascii=False, indent=1)


def to_csv(events: list[EventPublic]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "date", "start_date", "end_date", "granularity", "status", "event_type", "place",
                     "summary", "actors", "outlets", "outlet_count", "sources", "quotes", "corrected"])
    for e in events:
        cited = _primary(e)
        writer.writerow([e.id, e.date, e.start_date.isoformat(), e.end_date.isoformat(), e.granularity, e.status,
                         e.event_type or "", e.place or "", e.summary, "; ".join(e.actors),
                         "; ".join(dict.fromkeys(c.outlet for c in cited if c.outlet)), e.outlet_count,
                         " | ".join(_source(c) for c in cited), " | ".join(c.quote for c in cited),
                         "; ".join(e.corrected)])
    return "\ufeff" + out.getvalue()  # the BOM: spreadsheets then read UTF-8


_CHECKED = "Diperiksa, diubah"  # what a checked event's export says before the corrected fields


def _timelinejs_date(day, granularity: str) -> dict:
    """A TimelineJS date with only the parts the granularity knows ("2023-07" has no day)."""
    date = {"year": day.year}
    if granularity in ("month", "week", "day"):
        date["month"] = day.month
    if granularity in ("week", "day"):
        date["day"] = day.day
    return date


def to_timelinejs(events: list[EventPublic], title: str = "Linimasa") -> str:
    items = []
    for e in events:
        cited = _primary(e)
        text = "".join(f"<blockquote>{escape(c.quote)}</blockquote><p>{escape(_source(c))}</p>" for c in cited)
        if e.corrected:  # checked by a person: say which fields they changed
            text += f"<p>{escape(_CHECKED)}: {escape(', '.join(e.corrected))}</p>"
        item = {"unique_id": f"event-{e.id}", "start_date": _timelinejs_date(e.start_date, e.granularity),
                "text": {"headline": escape(e.summary), "text": text}}
        if e.end_date != e.start_date and e.granularity not in ("day",):
            item["end_date"] = _timelinejs_date(e.end_date, e.granularity)
        if e.actors:
            item["group"] = e.actors[0]
        items.append(item)
    return json.dumps({"title": {"text": {"headline": escape(title)}}, "events": items}, ensure_ascii=False,
                      indent=1)


def to_ics(events: list[EventPublic]) -> str:
    from icalendar import Calendar, Event
    calendar = Calendar()
    calendar.add("prodid", "-//Linimasa//linimasa//ID")
    calendar.add("version", "2.0")
    for e in events:
        item = Event()
        item.add("uid", f"event-{e.id}@linimasa")
        item.add("summary", e.summary)
        # all-day: DTEND is the day after the last (RFC 5545), so a month spans its days
        item.add("dtstart", e.start_date)
        item.add("dtend", e.end_date + timedelta(days=1))
        if e.place:
            item.add("location", e.place)
        description = "\n\n".join(f"“{c.quote}”\n{_source(c)}" for c in _primary(e))
        if e.corrected:  # checked by a person: say which fields they changed
            description += f"\n\n{_CHECKED}: {', '.join(e.corrected)}"
            item.add("categories", ["diperiksa"])
        item.add("description", description)
        calendar.add_component(item)
    return calendar.to_ical().decode("utf-8")


def export(events: list[EventPublic], fmt: str) -> str:
    """The events in format `fmt` (one of FORMATS)."""
    return {"json": to_json, "csv": to_csv, "timelinejs": to_timelinejs, "ics": to_ics}[fmt](events)
