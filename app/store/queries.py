"""Read queries: a page of events, events with their actors and citations, articles, actors.

Filtering is `filters.EventFilter`'s; counting for the timeline is `timeline`'s.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from .db import run
from .dialect import as_date, ids_in, name_of
from .filters import EventFilter, EventQuery, page_ids
from .models import (
    Actor,
    ActorAlias,
    Article,
    Citation,
    CitationPublic,
    Event,
    EventPublic,
    EventActor,
    Timex,
)


def find_event_views(session: Session, query: EventQuery) -> list[EventView]:
    """The query's page of events in timeline order, with their actors and citations."""
    return event_views(session, page_ids(session, query, EventFilter.of(session, query)))


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event row (a happening) as pages and the API read it: plain values, none of the ORM's tracking,
    which cost more than the query on a page of fifty cards."""

    id: int
    value: str
    date_start: date
    date_end: date
    granularity: str
    summary: str
    status: str
    place: str | None
    event_type: str | None
    outlet_count: int
    hidden: bool = False
    corrected: tuple[str, ...] = ()  # the fields people corrected (store/corrections.py)


@dataclass
class EventView:
    """An event with what the timeline shows of it."""

    event: EventRow
    actors: list[str]
    citations: list[CitationPublic]
    flags: list[dict]

    @property
    def id(self) -> int:
        return self.event.id

    def to_public(self) -> EventPublic:
        """The event as the API and exports give it: `EventPublic` is the one definition of that shape."""
        e = self.event
        return EventPublic(id=e.id, date=e.value, start_date=e.date_start, end_date=e.date_end,
                           granularity=e.granularity, status=e.status, summary=e.summary, place=e.place,
                           event_type=e.event_type, outlet_count=e.outlet_count, actors=self.actors,
                           flags=self.flags, citations=self.citations, hidden=e.hidden, corrected=list(e.corrected))


def event_views(session: Session, ids: list[int]) -> list[EventView]:
    """The events of `ids`, in that order, with actors and citations: three queries, the ids
    passed as one JSON array."""
    if not ids:
        return []
    picked = {"ids": json.dumps(ids)}
    listed = ids_in(name_of(session))
    events = {}
    for event_id, value, first, last, *rest, hidden, corrected, flags in run(
            session, "SELECT id, value, date_start, date_end, granularity, summary, status, place, event_type, "
                     "outlet_count, hidden, corrected, flags "
                     f"FROM event WHERE id IN ({listed})", picked):
        events[event_id] = (EventRow(event_id, value, as_date(first), as_date(last), *rest,
                                     bool(hidden), tuple(json.loads(corrected))), json.loads(flags))
    actors: dict[int, list[str]] = {i: [] for i in ids}
    linked = run(session, "SELECT ea.event_id, a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
                          f"WHERE ea.event_id IN ({listed}) ORDER BY a.name", picked)
    for event_id, name in linked:
        actors[event_id].append(name)
    citations: dict[int, list[CitationPublic]] = {i: [] for i in ids}
    rows = run(session, 'SELECT c.event_id, c.id, c.article_id, a.title, a.outlet, a.url, a.published, c.start, '
                        'c."end", c.quote, c.value, '
                        "c.timex_start, c.timex_end, c.date_source, c.date_explanation, c.figures, c.primary_id, "
                        "c.merge_reason FROM citation c JOIN article a ON a.id = c.article_id "
                        f"WHERE c.event_id IN ({listed}) ORDER BY c.id", picked)
    for event_id, *fields in rows:
        # straight from our own columns: pydantic's validation would only re-check their types
        values = dict(zip(_CITATION_FIELDS, fields))
        values["figures"] = json.loads(values["figures"])
        values["merge_reason"] = json.loads(values["merge_reason"])
        values["published"] = as_date(values["published"])
        citations[event_id].append(CitationPublic.model_construct(**values))
    return [EventView(events[i][0], actors[i], citations[i], events[i][1]) for i in ids if i in events]


_CITATION_FIELDS = ("id", "article_id", "title", "outlet", "url", "published", "start", "end", "quote", "value", "timex_start", "timex_end",
                    "date_source", "date_explanation", "figures", "primary_id", "merge_reason")


def get_event(session: Session, event_id: int) -> EventView | None:
    views = event_views(session, [event_id])
    return views[0] if views else None


def outlets(session: Session) -> list[str]:
    return [row[0] for row in run(session, "SELECT DISTINCT outlet FROM article WHERE outlet IS NOT NULL "
                                           "ORDER BY outlet", {})]


def public_events(session: Session, query: EventQuery) -> list[EventPublic]:
    """The query's events in their public shape (the API's, the exports')."""
    return [v.to_public() for v in find_event_views(session, query)]


def list_actors(session: Session) -> list[dict]:
    counts = dict(session.exec(select(EventActor.actor_id, func.count()).group_by(EventActor.actor_id)).all())
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in session.exec(select(ActorAlias.actor_id, ActorAlias.alias)).all():
        aliases.setdefault(actor_id, []).append(alias)
    return [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": sorted(aliases.get(a.id, [])),
             "event_count": counts.get(a.id, 0)}
            for a in session.exec(select(Actor).order_by(Actor.name)).all()]


def list_articles(session: Session, limit: int = 100, offset: int = 0) -> list[Article]:
    return list(session.exec(select(Article).order_by(Article.id).limit(limit).offset(offset)).all())


@dataclass
class ArticleView:
    article: Article
    timexes: list[Timex]
    citations: list[tuple[Citation, Event]]


def get_article(session: Session, article_id: int) -> ArticleView | None:
    article = session.get(Article, article_id)
    if article is None:
        return None
    timexes = list(session.exec(select(Timex).where(Timex.article_id == article_id).order_by(Timex.start)).all())
    citations = list(session.exec(select(Citation, Event).join(Event, Event.id == Citation.event_id)
                                  .where(Citation.article_id == article_id).order_by(Citation.start)).all())
    return ArticleView(article, timexes, citations)
