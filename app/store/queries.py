"""Read queries: a page of events, events with their actors and citations, articles, actors.

Filtering is `filters.EventFilter`'s; counting for the timeline is `timeline`'s.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..extract.dates import label
from .filters import EventFilter, EventQuery, page_ids, run
from .models import (
    Actor,
    ActorAlias,
    Article,
    Citation,
    CitationPublic,
    Event,
    EventActor,
    Timex,
)


def find_events(session: Session, query: EventQuery) -> list[Event]:
    """The query's page of events in timeline order."""
    return events_by_id(session, page_ids(session, query, EventFilter.of(session, query)))


@dataclass
class EventView:
    """An event with what the timeline shows of it."""

    event: Event
    actors: list[str]
    citations: list[CitationPublic]
    flags: list[dict]

    @property
    def id(self) -> int:
        return self.event.id

    def label(self, lang: str = "id") -> str:
        return label(self.event.value, lang)

    def to_public(self) -> dict:
        e = self.event
        return {"id": e.id, "date": e.value, "start_date": e.date_start.isoformat(),
                "end_date": e.date_end.isoformat(), "granularity": e.granularity, "status": e.status,
                "summary": e.summary, "place": e.place, "actors": self.actors, "flags": self.flags,
                "citations": [c.model_dump() for c in self.citations]}


def event_views(session: Session, events: list[Event]) -> list[EventView]:
    """Actors and citations for a page of events, in two queries (the ids as one JSON array)."""
    ids = [e.id for e in events]
    if not ids:
        return []
    picked = {"ids": json.dumps(ids)}
    actors: dict[int, list[str]] = {i: [] for i in ids}
    for event_id, name in run(session, "SELECT ea.event_id, a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
                                       "WHERE ea.event_id IN (SELECT value FROM json_each(:ids)) ORDER BY a.name", picked):
        actors[event_id].append(name)
    citations: dict[int, list[CitationPublic]] = {i: [] for i in ids}
    rows = run(session, 'SELECT c.event_id, c.id, c.article_id, a.title, a.outlet, c.start, c."end", c.quote, c.value, '
                        "c.timex_start, c.timex_end FROM citation c JOIN article a ON a.id = c.article_id "
                        "WHERE c.event_id IN (SELECT value FROM json_each(:ids)) ORDER BY c.id", picked)
    for event_id, *fields in rows:
        citations[event_id].append(CitationPublic(**dict(zip(_CITATION_FIELDS, fields))))
    return [EventView(e, actors[e.id], citations[e.id], json.loads(e.flags)) for e in events]


_CITATION_FIELDS = ("id", "article_id", "title", "outlet", "start", "end", "quote", "value", "timex_start", "timex_end")


def get_event(session: Session, event_id: int) -> EventView | None:
    event = session.get(Event, event_id)
    return event_views(session, [event])[0] if event else None


def outlets(session: Session) -> list[str]:
    return [o for o in session.exec(select(Article.outlet).where(Article.outlet.is_not(None))
                                    .distinct().order_by(Article.outlet)).all()]


def events_by_id(session: Session, ids: list[int]) -> list[Event]:
    """Events in the order of `ids`."""
    if not ids:
        return []
    found = {e.id: e for e in session.exec(select(Event).where(col(Event.id).in_(ids))).all()}
    return [found[i] for i in ids if i in found]


def export_events(session: Session, query: EventQuery) -> list[dict]:
    return [v.to_public() for v in event_views(session, find_events(session, query))]


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
