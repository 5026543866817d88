"""Ingestion: the one write path. Text in, article + timexes + events + citations stored.

One transaction per article. The same text twice is stored once (content hash).
Each extracted event either joins a stored event telling the same happening (a new
citation; the finer date wins; differing days become a flag) or becomes a new event.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, literal_column
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from ..errors import ArticleTextError, LinimasaError
from ..extract.actors import Gazetteer
from ..extract.cluster import ACTION_FAMILY, EventSketch, finer_value, same_happening
from ..extract.dates import granularity_of, value_bounds
from ..extract.model import Event as ExtractedEvent
from ..extract.outlet import detect_outlet
from ..extract.pipeline import extract_article
from ..extract.text import decode_article
from .filters import linked_events_overlapping, run
from .models import Actor, ActorAlias, Article, Citation, Event, EventActor, Timex

_STATUS_RANK = {"planned": 0, "reported": 1, "happened": 2}


@dataclass
class ArticleMeta:
    """What is known of an article besides its text; unknown stays None, never guessed."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    source_name: str | None = None


@dataclass
class IngestOutcome:
    name: str
    status: str  # added, unchanged, failed
    article_id: int | None = None
    new_events: int = 0
    merged_events: int = 0
    message: str = ""

    def line(self) -> str:
        if self.status == "added":
            return (f"added     {self.name}: article {self.article_id}, {self.new_events} new events, "
                    f"{self.merged_events} merged into events already stored")
        if self.status == "unchanged":
            return f"unchanged {self.name}: already stored as article {self.article_id}"
        return f"failed    {self.message}"


@dataclass
class IngestReport:
    outcomes: list[IngestOutcome] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(o.status == "failed" for o in self.outcomes)

    def lines(self) -> list[str]:
        return [o.line() for o in self.outcomes]

    def summary(self) -> str:
        counts = {s: sum(o.status == s for o in self.outcomes) for s in ("added", "unchanged", "failed")}
        events = sum(o.new_events for o in self.outcomes)
        merged = sum(o.merged_events for o in self.outcomes)
        return (f"{counts['added']} added, {counts['unchanged']} unchanged, {counts['failed']} failed; "
                f"{events} new events, {merged} merged")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_of(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return "(untitled)"


class ActorRegistry:
    """Actor rows by canonical name, created on first use with the gazetteer's aliases."""

    def __init__(self, session: Session, gazetteer: Gazetteer):
        self.session = session
        self.gazetteer = gazetteer
        self.cache: dict[str, Actor] = {}

    def get(self, name: str, kind: str) -> Actor:
        if name in self.cache:
            return self.cache[name]
        actor = self.session.exec(select(Actor).where(Actor.name == name)).first()
        if actor is None:
            actor = Actor(name=name, kind=kind)
            self.session.add(actor)
            self.session.flush()
            entry = self.gazetteer.lookup(name)
            for alias in (entry.aliases if entry else ()):
                taken = self.session.exec(select(ActorAlias).where(ActorAlias.alias == alias)).first()
                if taken is None:
                    self.session.add(ActorAlias(actor_id=actor.id, alias=alias))
        self.cache[name] = actor
        return actor


def _sketches(session: Session, events: list[Event]) -> list[EventSketch]:
    """What merging compares of each stored event, its actors read in one query."""
    actors: dict[int, list[tuple[str, str]]] = {e.id: [] for e in events}
    rows = run(session, "SELECT ea.event_id, a.name, a.kind FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
                        "WHERE ea.event_id IN (SELECT value FROM json_each(:ids))", {"ids": json.dumps(list(actors))})
    for event_id, name, kind in rows:
        actors[event_id].append((name, kind))
    return [EventSketch(value=e.value, actors=frozenset(n for n, _ in actors[e.id]),
                        people=frozenset(n for n, k in actors[e.id] if k == "person"), action=e.action)
            for e in events]


def _find_same_happening(session: Session, found: ExtractedEvent) -> tuple[Event | None, bool]:
    bounds = value_bounds(found.value)
    # one happening needs an action of one family and a shared actor (cluster.same_happening):
    # so only the found actors' stored events near the date are read
    if bounds is None or not found.actors or ACTION_FAMILY.get(found.action or "", found.action) is None:
        return None, False
    session.flush()  # the events this article stored so far are candidates too
    named = run(session, "SELECT id FROM actor WHERE name IN (SELECT value FROM json_each(:names))",
                {"names": json.dumps(sorted(found.actors))})
    actor_ids = [row[0] for row in named]
    ids = linked_events_overlapping(session, actor_ids, bounds[0] - timedelta(days=1), bounds[1] + timedelta(days=1))
    if not ids:
        return None, False
    # the ids as one JSON array: a long event's actor may have more events than SQLite takes parameters
    picked = select(literal_column("value")).select_from(func.json_each(json.dumps(ids)))
    candidates = list(session.exec(select(Event).where(col(Event.id).in_(picked)).order_by(Event.id)).all())
    sketch = EventSketch(value=found.value, actors=frozenset(found.actors), people=frozenset(found.people),
                         action=found.action)
    disagreeing_match = None
    for candidate, stored in zip(candidates, _sketches(session, candidates)):
        same, disagree = same_happening(sketch, stored)
        if same and not disagree:
            return candidate, False
        if same and disagreeing_match is None:
            disagreeing_match = candidate
    return disagreeing_match, disagreeing_match is not None


def _store_event(session: Session, article: Article, found: ExtractedEvent, actors: ActorRegistry,
                 kinds: dict[str, str]) -> bool:
    """Store one extracted event; True when it joined an event already stored."""
    bounds = value_bounds(found.value)
    if bounds is None:
        return False
    existing, disagree = _find_same_happening(session, found)
    if existing is None:
        event = Event(value=found.value, date_start=bounds[0], date_end=bounds[1], granularity=found.granularity,
                      summary=found.summary, status=found.status, place=found.place, action=found.action)
        session.add(event)
        session.flush()
    else:
        event = existing
    citation = Citation(event_id=event.id, article_id=article.id, start=found.start, end=found.end,
                        quote=article.text[found.start:found.end], timex_start=found.timex.start,
                        timex_end=found.timex.end, value=found.value, status=found.status)
    session.add(citation)
    session.flush()
    flags = json.loads(event.flags)
    for flag in found.flags:
        flags.append({**flag, "citations": [citation.id]})
    if existing is not None:
        if disagree:
            readings = [{"date": event.value, "citations": [c.id for c in session.exec(
                select(Citation).where(Citation.event_id == event.id, Citation.id != citation.id)).all()]},
                        {"date": found.value, "citations": [citation.id]}]
            flags.append({"kind": "date_disagreement",
                          "detail": f"sources give {event.value} and {found.value}", "readings": readings})
        else:
            event.value = finer_value(event.value, found.value)
            event.granularity = granularity_of(event.value) if "/" not in event.value else "range"
            event.date_start, event.date_end = value_bounds(event.value)
            for link in session.exec(select(EventActor).where(EventActor.event_id == event.id)).all():
                link.date_start, link.date_end = event.date_start, event.date_end
                session.add(link)
        if _STATUS_RANK[found.status] > _STATUS_RANK.get(event.status, 0):
            event.status = found.status
        event.place = event.place or found.place
        event.action = event.action or found.action
    event.flags = json.dumps(flags, ensure_ascii=False)
    session.add(event)
    linked = {a for a in session.exec(select(EventActor.actor_id).where(EventActor.event_id == event.id)).all()}
    for name in found.actors:
        actor = actors.get(name, kinds.get(name, "person"))
        if actor.id not in linked:
            session.add(EventActor(event_id=event.id, actor_id=actor.id, date_start=event.date_start,
                                   date_end=event.date_end))
            linked.add(actor.id)
    return existing is not None


def ingest_text(session: Session, text: str, meta: ArticleMeta, gazetteer: Gazetteer) -> IngestOutcome:
    """Store one article and its extraction in the session's transaction (the caller commits)."""
    name = meta.source_name or title_of(text)
    digest = content_hash(text)
    stored = session.exec(select(Article).where(Article.content_hash == digest)).first()
    if stored is not None:
        return IngestOutcome(name, "unchanged", stored.id)
    extraction = extract_article(text, meta.published, gazetteer)
    publication = extraction.publication_date
    article = Article(title=meta.title or title_of(text), outlet=meta.outlet or detect_outlet(text), url=meta.url,
                      published=publication.value, published_source=publication.source,
                      source_name=meta.source_name, text=text, content_hash=digest)
    session.add(article)
    session.flush()
    for t in extraction.timexes:
        session.add(Timex(article_id=article.id, start=t.start, end=t.end, text=t.text, value=t.value,
                          granularity=t.granularity, rule=t.rule, explanation=t.explanation,
                          weekday_conflict=t.weekday_conflict))
    kinds = {a.canonical: a.kind for a in extraction.actors}
    registry = ActorRegistry(session, gazetteer)
    outcome = IngestOutcome(name, "added", article.id)
    for found in extraction.events:
        if _store_event(session, article, found, registry, kinds):
            outcome.merged_events += 1
        else:
            outcome.new_events += 1
    return outcome


def ingest_file(engine: Engine, path: Path, gazetteer: Gazetteer, meta: ArticleMeta,
                max_bytes: int) -> IngestOutcome:
    try:
        text = decode_article(path.read_bytes(), str(path), max_bytes)
    except OSError as exc:
        return IngestOutcome(str(path), "failed", message=f"{path}: cannot be read ({exc.strerror})")
    except ArticleTextError as exc:
        return IngestOutcome(str(path), "failed", message=str(exc))
    with Session(engine) as session:
        try:
            outcome = ingest_text(session, text, replace(meta, source_name=meta.source_name or path.name), gazetteer)
            session.commit()
        except LinimasaError as exc:
            session.rollback()
            return IngestOutcome(str(path), "failed", message=f"{path}: {exc}")
    return outcome


def article_files(paths: list[Path]) -> list[Path]:
    """The .txt files named, folders expanded (sorted, so ingestion order is stable)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            files.append(path)
    return files


def ingest_paths(engine: Engine, paths: list[Path], gazetteer: Gazetteer, meta: ArticleMeta,
                 max_bytes: int) -> IngestReport:
    report = IngestReport()
    for path in article_files(paths):
        report.outcomes.append(ingest_file(engine, path, gazetteer, meta, max_bytes))
    return report
