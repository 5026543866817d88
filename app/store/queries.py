"""Read queries of the timeline: filtered events, facets, histogram, one event, one article.

Every filter is a field of `EventQuery`, parsed from the same URL parameters by the
timeline page and /api/events, and every query rides an index (dates, actor links,
citations by event, FTS5 for text).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, literal_column, or_, text
from sqlmodel import Session, col, select

from ..errors import QueryError
from ..extract.dates import label, parse_date_input, value_bounds
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

STATUSES = ("happened", "planned", "reported")
_BUCKET_CHARS = {"decade": 3, "year": 4, "month": 7, "day": 10}  # prefix of the ISO date that names the bucket
ZOOMS = ("decade", "year", "month", "day")
MAX_LIMIT = 500


@dataclass
class EventQuery:
    actors: list[str] = field(default_factory=list)
    date_from: str | None = None  # TIMEX3 values, any granularity
    date_to: str | None = None
    outlet: str | None = None
    status: str | None = None
    q: str | None = None
    limit: int | None = 50
    offset: int = 0

    @classmethod
    def from_params(cls, actors: list[str] | None = None, date_from: str | None = None, date_to: str | None = None,
                    outlet: str | None = None, status: str | None = None, q: str | None = None,
                    limit: int | None = 50, offset: int = 0) -> "EventQuery":
        """Parse URL parameters; raises QueryError with a message on anything malformed."""
        values = {}
        for name, raw in (("from", date_from), ("to", date_to)):
            raw = (raw or "").strip()
            if raw:
                value = parse_date_input(raw)
                if value is None:
                    raise QueryError(f"'{name}' is not a date Linimasa understands: {raw!r} "
                                     "(try 2023-09, Juni 2024, 2019 or 11/9/2023)")
                values[name] = value
        if values.get("from") and values.get("to") and value_bounds(values["from"])[0] > value_bounds(values["to"])[1]:
            raise QueryError(f"'from' ({values['from']}) is after 'to' ({values['to']})")
        status = (status or "").strip() or None
        if status and status not in STATUSES:
            raise QueryError(f"'status' must be one of {', '.join(STATUSES)}, not {status!r}")
        if limit is not None and not 1 <= limit <= MAX_LIMIT:
            raise QueryError(f"'limit' must be between 1 and {MAX_LIMIT}")
        if offset < 0:
            raise QueryError("'offset' must not be negative")
        return cls(actors=[a.strip() for a in actors or [] if a.strip()], date_from=values.get("from"),
                   date_to=values.get("to"), outlet=(outlet or "").strip() or None, status=status,
                   q=(q or "").strip()[:200] or None, limit=limit, offset=offset)

    def params(self, **changes) -> list[tuple[str, str]]:
        """This query as URL parameters, with `changes` applied (None removes a parameter)."""
        current = {"actor": self.actors, "from": self.date_from, "to": self.date_to, "outlet": self.outlet,
                   "status": self.status, "q": self.q}
        current.update(changes)
        out: list[tuple[str, str]] = []
        for key, value in current.items():
            if isinstance(value, list):
                out.extend((key, v) for v in value)
            elif value not in (None, ""):
                out.append((key, str(value)))
        return out


def fts_match(q: str) -> str | None:
    """User text as a safe FTS5 query: every word must appear, the last as a prefix."""
    words = re.findall(r"\w+", q)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def resolve_actor_ids(session: Session, names: list[str]) -> list[int | None]:
    """Actor ids for canonical names or aliases (case-insensitive); None for an unknown name."""
    ids: list[int | None] = []
    for name in names:
        found = session.exec(select(Actor.id).where(func.lower(Actor.name) == name.lower())).first()
        if found is None:
            found = session.exec(select(ActorAlias.actor_id).where(func.lower(ActorAlias.alias) == name.lower())).first()
        ids.append(found)
    return ids


def _filtered(session: Session, query: EventQuery, with_actors: bool = True):
    stmt = select(Event)
    first = value_bounds(query.date_from)[0] if query.date_from else None
    last = value_bounds(query.date_to)[1] if query.date_to else None
    if with_actors:
        for actor_id in resolve_actor_ids(session, query.actors):
            if actor_id is None:
                return stmt.where(False)
            links = select(EventActor.event_id).where(EventActor.actor_id == actor_id)
            if first and last:
                # the actor's events in the period, straight from the (actor, date) indexes
                links = links.where(or_(EventActor.date_start.between(first, last),
                                        and_(EventActor.date_end >= first, EventActor.date_start < first)))
            stmt = stmt.where(col(Event.id).in_(links))
    if first and last:
        # overlap with [first, last], written so that each branch is one index range:
        # events starting inside it, and events starting before it that are still running
        stmt = stmt.where(or_(Event.date_start.between(first, last),
                              and_(Event.date_end >= first, Event.date_start < first)))
    elif first:
        stmt = stmt.where(Event.date_end >= first)
    elif last:
        stmt = stmt.where(Event.date_start <= last)
    if query.status:
        stmt = stmt.where(Event.status == query.status)
    if query.outlet:
        stmt = stmt.where(col(Event.id).in_(select(Citation.event_id).join(Article, Article.id == Citation.article_id)
                                            .where(Article.outlet == query.outlet)))
    if query.q:
        match = fts_match(query.q)
        if match is None:
            return stmt.where(False)
        matching = text("SELECT rowid FROM citation_fts WHERE citation_fts MATCH :match").bindparams(match=match)
        stmt = stmt.where(col(Event.id).in_(select(Citation.event_id).where(col(Citation.id).in_(matching))))
    return stmt


def find_events(session: Session, query: EventQuery) -> list[Event]:
    if query.actors or query.date_from or query.date_to or query.q or query.outlet:
        # a selective filter: let SQLite use its index for the filter and sort what is left
        # ("+" keeps it from walking the whole date index in order instead)
        order = (literal_column("+event.date_start"), Event.date_end, Event.id)
    else:
        order = (Event.date_start, Event.date_end, Event.id)
    stmt = _filtered(session, query).order_by(*order)
    if query.limit is not None:
        stmt = stmt.limit(query.limit).offset(query.offset)
    return list(session.exec(stmt).all())


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
    """Actors and citations for a page of events, in two queries."""
    ids = [e.id for e in events]
    if not ids:
        return []
    actors: dict[int, list[str]] = {i: [] for i in ids}
    for event_id, name in session.exec(select(EventActor.event_id, Actor.name)
                                       .join(Actor, Actor.id == EventActor.actor_id)
                                       .where(col(EventActor.event_id).in_(ids)).order_by(Actor.name)).all():
        actors[event_id].append(name)
    citations: dict[int, list[CitationPublic]] = {i: [] for i in ids}
    rows = session.exec(select(Citation, Article.title, Article.outlet)
                        .join(Article, Article.id == Citation.article_id)
                        .where(col(Citation.event_id).in_(ids)).order_by(Citation.id)).all()
    for c, title, outlet in rows:
        citations[c.event_id].append(CitationPublic(id=c.id, article_id=c.article_id, title=title, outlet=outlet,
                                                    start=c.start, end=c.end, quote=c.quote, value=c.value,
                                                    timex_start=c.timex_start, timex_end=c.timex_end))
    return [EventView(e, actors[e.id], citations[e.id], json.loads(e.flags)) for e in events]


def get_event(session: Session, event_id: int) -> EventView | None:
    event = session.get(Event, event_id)
    return event_views(session, [event])[0] if event else None


def is_unfiltered(query: EventQuery) -> bool:
    return not (query.actors or query.date_from or query.date_to or query.outlet or query.status or query.q)


def actor_facets(session: Session, query: EventQuery, limit: int = 40) -> list[tuple[str, str, int]]:
    """(name, kind, event count) of the actors in the events the filters select, most frequent first.

    Counted on the event_actor index alone; names are fetched for the few actors shown.
    """
    counted = select(EventActor.actor_id, func.count().label("n")).group_by(EventActor.actor_id)
    if not is_unfiltered(query):
        counted = counted.where(col(EventActor.event_id).in_(_filtered(session, query).with_only_columns(Event.id)))
    top = session.exec(counted.order_by(text("n DESC")).limit(limit)).all()
    return _named_facets(session, top)


def _named_facets(session: Session, top) -> list[tuple[str, str, int]]:
    if not top:
        return []
    names = {i: (n, k) for i, n, k in session.exec(select(Actor.id, Actor.name, Actor.kind)
                                                   .where(col(Actor.id).in_([a for a, _ in top]))).all()}
    return sorted(((*names[a], n) for a, n in top if a in names), key=lambda r: (-r[2], r[0]))


def outlets(session: Session) -> list[str]:
    return [o for o in session.exec(select(Article.outlet).where(Article.outlet.is_not(None))
                                    .distinct().order_by(Article.outlet)).all()]


@dataclass
class FilteredEvents:
    """The events a query selects, as (id, first day, last day) ISO strings in timeline order.

    Fetched once per request: the count, the histograms, the month counts and the page
    are all derived from it, instead of each re-running the filter in SQL.
    """

    rows: list[tuple[int, str, str]]

    @property
    def total(self) -> int:
        return len(self.rows)

    def histogram(self, zoom: str) -> list[tuple[str, int]]:
        width = _BUCKET_CHARS[zoom]
        counts: dict[str, int] = {}
        for _, start, _ in self.rows:
            key = start[:width] + ("X" if zoom == "decade" else "")
            counts[key] = counts.get(key, 0) + 1
        return _fill_gaps(counts, zoom)

    def month_counts(self) -> dict[str, int]:
        return dict(self.histogram("month"))

    def page_ids(self, offset: int, limit: int | None) -> list[int]:
        end = None if limit is None else offset + limit
        return [i for i, _, _ in self.rows[offset:end]]


def filtered_events(session: Session, query: EventQuery) -> FilteredEvents:
    # raw ISO strings: no date objects built for rows that are only counted
    stmt = _filtered(session, query).with_only_columns(Event.id, literal_column("event.date_start"),
                                                       literal_column("event.date_end"))
    rows = [(i, str(a), str(b)) for i, a, b in session.execute(stmt).all()]
    rows.sort(key=lambda r: (r[1], r[2], r[0]))
    return FilteredEvents(rows)


def events_by_id(session: Session, ids: list[int]) -> list[Event]:
    """Events in the order of `ids`."""
    if not ids:
        return []
    found = {e.id: e for e in session.exec(select(Event).where(col(Event.id).in_(ids))).all()}
    return [found[i] for i in ids if i in found]


def facets_for_ids(session: Session, ids: list[int], limit: int = 40) -> list[tuple[str, str, int]]:
    """Actor facets over a set of event ids, passed as one JSON parameter (no variable limit)."""
    top = session.connection().exec_driver_sql(
        "SELECT event_actor.actor_id, count(*) AS n FROM json_each(?) AS picked "
        "JOIN event_actor ON event_actor.event_id = picked.value "
        "GROUP BY event_actor.actor_id ORDER BY n DESC LIMIT ?", (json.dumps(ids), limit)).all()
    return _named_facets(session, top)


def zoom_for(first: date, last: date) -> str:
    """The zoom that shows the span from `first` to `last` in a readable number of bars."""
    days = (last - first).days
    if days <= 62:
        return "day"
    if days <= 3 * 366:
        return "month"
    if days <= 40 * 366:
        return "year"
    return "decade"


def decades_from_years(years: list[tuple[str, int]]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for year, n in years:
        counts[year[:3] + "X"] = counts.get(year[:3] + "X", 0) + n
    return _fill_gaps(counts, "decade")




def histogram(session: Session, query: EventQuery, zoom: str) -> list[tuple[str, int]]:
    """(bucket value, event count) in date order; bucket values are TIMEX3 values."""
    sub = _filtered(session, query).subquery()
    bucket = func.substr(sub.c.date_start, 1, _BUCKET_CHARS[zoom])
    rows = session.exec(select(bucket, func.count()).select_from(sub).group_by(bucket).order_by(bucket)).all()
    counts = {(b + "X" if zoom == "decade" else b): n for b, n in rows}
    return _fill_gaps(counts, zoom)


def _next_bucket(value: str, zoom: str) -> str:
    if zoom == "decade":
        return f"{int(value[:3]) + 1}X"
    if zoom == "year":
        return str(int(value) + 1)
    if zoom == "month":
        y, m = int(value[:4]), int(value[5:7])
        return f"{y + m // 12}-{m % 12 + 1:02d}"
    return (date.fromisoformat(value) + timedelta(days=1)).isoformat()


def _fill_gaps(counts: dict[str, int], zoom: str, most: int = 240) -> list[tuple[str, int]]:
    """Buckets from first to last, empty ones included, so the axis keeps its proportions."""
    if not counts:
        return []
    keys = sorted(counts)
    filled, current = [], keys[0]
    while current <= keys[-1] and len(filled) < most:
        filled.append((current, counts.get(current, 0)))
        current = _next_bucket(current, zoom)
    if len(filled) >= most:
        return [(k, counts[k]) for k in keys]  # too sparse to draw as an axis: only the buckets with events
    return filled


def month_counts(session: Session, query: EventQuery, first: date, last: date) -> dict[str, int]:
    """Events per month (by start) between `first` and `last`, under the query's filters."""
    sub = _filtered(session, query).where(Event.date_start.between(first, last)).subquery()
    bucket = func.substr(sub.c.date_start, 1, 7)
    return dict(session.exec(select(bucket, func.count()).select_from(sub).group_by(bucket)).all())


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
