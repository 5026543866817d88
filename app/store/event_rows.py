"""A happening's event row, derived from its citations: its date (the finest the sources agree on,
a source a day off flagged), summary, status, place, type, outlets, flags where figures disagree,
and its actors; key moments marked by month; events dropped and derived again. Also the sketch
clustering compares of a stored citation, and the actors resolved to rows in memory per batch.
`happenings.py` decides which citations are one happening; this module writes what that makes.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import insert
from sqlmodel import Session, col, select

from ..extract.actors import Gazetteer
from ..extract.model import STATUS_RANK
from ..extract.event_types import WEAK_TYPES
from ..extract.lang.id.happenings import FIGURE_NAMES
from ..extract.happenings import MentionSketch, choose_value, judge
from ..extract.values import granularity_of, value_bounds
from .db import execute, run
from .dialect import ids_in, name_of, texts_in
from .models import Actor, ActorAlias, Article, Citation, Event, EventActor


def sketch_of(citation: Citation, article_hash: str, outlet: str | None) -> MentionSketch:
    actors = json.loads(citation.actors)
    return MentionSketch(
        key=(article_hash, citation.start, citation.end, citation.value), article=article_hash,
        value=citation.value, date_start=citation.date_start, date_end=citation.date_end,
        granularity=citation.granularity or granularity_of(citation.value), event_type=citation.event_type,
        place=citation.place, place_within=tuple(json.loads(citation.place_within)),
        places_named=frozenset(json.loads(citation.places_named)),
        actors=frozenset(n for n, _ in actors), people=frozenset(n for n, k in actors if k == "person"),
        reporters=frozenset(json.loads(citation.reporters)), lemmas=frozenset(json.loads(citation.lemmas)),
        names=frozenset(json.loads(citation.names)), topic_names=frozenset(json.loads(citation.topic_names)),
        keys=frozenset(json.loads(citation.keys)), outlet=outlet)


class ActorRegistry:
    """Actor rows by canonical name, created on first use with the gazetteer's aliases."""

    def __init__(self, session: Session, gazetteer: Gazetteer):
        self.session = session
        self.gazetteer = gazetteer
        self.cache: dict[str, int] = {}

    def preload(self, names: set[str]) -> None:
        """The ids of these actors in one query, so that writing many events asks once."""
        wanted = sorted(set(names) - self.cache.keys())
        for i in range(0, len(wanted), 500):
            for actor_id, name in run(self.session, "SELECT id, name FROM actor WHERE name IN "
                                                    f"({texts_in(name_of(self.session), 'names')})",
                                      {"names": json.dumps(wanted[i:i + 500], ensure_ascii=False)}):
                self.cache[name] = actor_id

    def ensure(self, kinds: dict[str, str]) -> None:
        """Rows for all these actors (name -> kind), the missing ones created through Core in one
        executemany with their gazetteer aliases (an alias another actor holds stays with it)."""
        self.preload(set(kinds))
        missing = sorted(n for n in kinds if n not in self.cache)
        if not missing:
            return
        conn = self.session.connection()
        table = Actor.__table__
        ids = [r[0] for r in conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                                          [{"name": n, "kind": kinds[n]} for n in missing])]
        aliases: dict[str, int] = {}
        for name, actor_id in zip(missing, ids):
            self.cache[name] = actor_id
            entry = self.gazetteer.lookup(name)
            for alias in (entry.aliases if entry else ()):
                aliases.setdefault(alias, actor_id)
        if aliases:
            taken = {r[0] for r in run(self.session, "SELECT alias FROM actor_alias WHERE alias IN "
                                                     f"({texts_in(name_of(self.session), 'aliases')})",
                                       {"aliases": json.dumps(sorted(aliases), ensure_ascii=False)})}
            rows = [{"actor_id": a, "alias": alias} for alias, a in sorted(aliases.items()) if alias not in taken]
            if rows:
                conn.execute(insert(ActorAlias.__table__), rows)

    def get(self, name: str, kind: str) -> int:
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
        self.cache[name] = actor.id
        return actor.id


# Bounds for a crowded database (a bulk ingest of a newsroom's archive): a date window holding more
# stored mentions than this is narrowed, and an event with more mentions than that is left as it
# is. Below them (every test, the dev set) the neighbourhood is complete and clustering is exact.


def drop_events(session: Session, event_ids: set[int]) -> set[tuple[int, int]]:
    """Delete events no mention is on any more; the months they were in, whose key moments
    may change."""
    months = set()
    for event_id in event_ids:
        event = session.get(Event, event_id)
        if event is not None:
            months.add((event.date_start.year, event.date_start.month))
            session.delete(event)
    session.flush()
    return months


def mark_key_moments(session: Session, months: set[tuple[int, int]], events: set[int] | None = None) -> None:
    """Flag the key moments of these months: happenings told by two or more outlets, and the most
    told of each month (by outlets, then citations), so one outlet's collection has them too.
    `events`: the only events whose outlets changed (every other event's flag is right as it is):
    they are flagged by their outlets, and each month's most told is found among its events of the
    most outlets only (ix_event_granularity_start), so that a month of thousands of events costs
    a few index reads rather than a write of each and a count of each one's citations."""
    if events is not None:
        _mark_incrementally(session, months, events)
        return
    for year, month in sorted(months):
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        params = {"first": first.isoformat(), "last": last.isoformat()}
        execute(session, "UPDATE event SET key_moment = (outlet_count >= 2) "
                         "WHERE date_start BETWEEN :first AND :last", params)
        execute(session, "UPDATE event SET key_moment = TRUE WHERE id = ("
                         "SELECT e.id FROM event e WHERE e.date_start BETWEEN :first AND :last "
                         "AND e.granularity IN ('day', 'month') ORDER BY e.outlet_count DESC, "
                         "(SELECT count(*) FROM citation c WHERE c.event_id = e.id) DESC, e.date_start, e.id "
                         "LIMIT 1)", params)


def _mark_incrementally(session: Session, months: set[tuple[int, int]], events: set[int]) -> None:
    ordered = sorted(events)
    for i in range(0, len(ordered), 500):
        execute(session, f"UPDATE event SET key_moment = (outlet_count >= 2) WHERE id IN ({ids_in(name_of(session))})",
                {"ids": json.dumps(ordered[i:i + 500])})
    for year, month in sorted(months):
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        params = {"first": first.isoformat(), "last": last.isoformat()}
        top = run(session, "SELECT e.id FROM event e WHERE e.granularity IN ('day', 'month') AND e.date_start "
                           "BETWEEN :first AND :last AND e.outlet_count = (SELECT MAX(outlet_count) FROM event WHERE "
                           "granularity IN ('day', 'month') AND date_start BETWEEN :first AND :last) ORDER BY "
                           "(SELECT count(*) FROM citation c WHERE c.event_id = e.id) DESC, e.date_start, e.id "
                           "LIMIT 1", params)
        top_id = top[0][0] if top else None
        # a former most told of the month, told by one outlet, is no key moment any more
        execute(session, "UPDATE event SET key_moment = FALSE WHERE outlet_count IN (0, 1) AND date_start BETWEEN "
                         ":first AND :last AND key_moment AND id != :top", {**params, "top": top_id or 0})
        if top_id is not None:
            execute(session, "UPDATE event SET key_moment = TRUE WHERE id = :top", {"top": top_id})


def _agreed_place(citations: list[Citation]) -> str | None:
    """The place most sources agree on, counted by article: "Cianjur" when one says Cianjur and
    another Cugenang, which lies in it; the finer of two that as many articles support."""
    support: dict[str, set[int]] = {}
    depth: dict[str, int] = {}
    for c in citations:
        if c.place:
            within = json.loads(c.place_within)
            depth[c.place] = max(depth.get(c.place, 0), len(within))
            for place in (c.place, *within):
                support.setdefault(place, set()).add(c.article_id)
    named = sorted(depth, key=lambda p: (-len(support[p]), -depth[p], p))
    return named[0] if named else None


def _representative(citations: list[Citation], value: str) -> Citation:
    """The mention whose words the card shows: one that states the happening's date, names its kind,
    and reads as a sentence."""
    def rank(c: Citation) -> tuple:
        return (c.date_source != "stated", c.value != value, c.event_type in WEAK_TYPES,
                not 40 <= len(c.quote) <= 260, c.article_id, c.start)
    return min(citations, key=rank)


def derive(citations: list, sketches: list[MentionSketch],
            articles: dict[int, tuple[str, str | None]]) -> tuple[dict, list[str], dict[str, str]]:
    """What an event is, derived from its mentions (Citations, or rows with their columns, all
    with ids): its columns, each mention's merge reason (JSON), and its actors (name -> kind)."""
    value, disagreeing = choose_value([c.value for c in citations])
    lead = _representative(citations, value)
    bounds = value_bounds(value)
    fields = {"value": value, "date_start": bounds[0], "date_end": bounds[1], "granularity": granularity_of(value),
              "summary": lead.summary or lead.quote[:200]}
    # what the sources that state the date say; a sentence dated by the story follows them
    stated = [c for c in citations if c.date_source == "stated"] or citations
    fields["status"] = max((c.status for c in stated), key=lambda s: STATUS_RANK.get(s, 0))
    fields["place"] = _agreed_place(citations)
    types = Counter(c.event_type for c in citations if c.event_type not in WEAK_TYPES)
    fields["event_type"] = types.most_common(1)[0][0] if types else lead.event_type
    fields["outlet_count"] = len({articles[c.article_id][1] or f"article {c.article_id}" for c in citations})
    flags: list[dict] = []
    for c in citations:
        for flag in json.loads(c.flags):
            flags.append({**flag, "citations": [c.id]})
    if disagreeing:
        readings = [{"date": value, "citations": [c.id for c in citations if c.value == value]}]
        readings += [{"date": d, "citations": [c.id for c in citations if c.value == d]} for d in disagreeing]
        flags.append({"kind": "date_disagreement", "detail": f"sources give {', '.join(r['date'] for r in readings)}",
                      "readings": readings})
    flags.extend(_figure_disagreements(citations, articles))
    fields["flags"] = json.dumps(flags, ensure_ascii=False)
    lead_sketch = sketches[citations.index(lead)]
    reasons = [json.dumps({"representative": True} if c is lead else judge(s, lead_sketch).reasons, ensure_ascii=False)
               for c, s in zip(citations, sketches)]
    kinds: dict[str, str] = {}
    for c in citations:
        for name, kind in json.loads(c.actors):
            kinds.setdefault(name, kind)
    return fields, reasons, kinds


def write_event(session: Session, event: Event, citations: list[Citation], sketches: list[MentionSketch],
                 articles: dict[int, tuple[str, str | None]], registry: ActorRegistry) -> None:
    fields, reasons, kinds = derive(citations, sketches, articles)
    for name, value in fields.items():
        setattr(event, name, value)
    for c, reason in zip(citations, reasons):
        c.merge_reason = reason
        session.add(c)
    session.add(event)
    execute(session, "DELETE FROM event_actor WHERE event_id = :id", {"id": event.id})
    for name in sorted(kinds):
        session.add(EventActor(event_id=event.id, actor_id=registry.get(name, kinds[name]),
                               date_start=event.date_start, date_end=event.date_end))


def _figure_disagreements(citations: list[Citation], articles: dict[int, tuple[str, str | None]]) -> list[dict]:
    """Where sources give different numbers for one figure ("14, 62, 162 meninggal"), say so and
    name each source."""
    by_kind: dict[str, dict[str, list[Citation]]] = {}
    for c in citations:
        for figure in json.loads(c.figures):
            by_kind.setdefault(figure["kind"], {}).setdefault(figure["value"], []).append(c)
    out = []
    for kind, values in sorted(by_kind.items()):
        if len(values) < 2:
            continue
        ordered = sorted(values, key=lambda v: (len(v), v) if v.isdigit() else (99, v))
        out.append({"kind": "figures_disagree", "figure": kind,
                    "detail": f"sumber menyebut {', '.join(ordered)} {FIGURE_NAMES.get(kind, kind)}",
                    "readings": [{"value": v, "citations": [c.id for c in values[v]],
                                  "outlets": sorted({articles[c.article_id][1] or f"artikel {c.article_id}"
                                                     for c in values[v]})} for v in ordered]})
    return out


def rederive(session: Session, event_ids: set[int], gazetteer: Gazetteer) -> None:
    """Derive these events again from the mentions on them now (a correction moved mentions between
    them, or was undone); an event left with none goes."""
    registry = ActorRegistry(session, gazetteer)
    months: set[tuple[int, int]] = set()
    for event_id in sorted(event_ids):
        event = session.get(Event, event_id)
        if event is None:
            continue
        months.add((event.date_start.year, event.date_start.month))
        citations = list(session.exec(select(Citation).where(Citation.event_id == event_id,
                                                             col(Citation.primary_id).is_(None))
                                      .order_by(Citation.id)).all())
        if not citations:
            months |= drop_events(session, {event_id})
            continue
        articles = {a.id: (a.content_hash, a.outlet) for a in session.exec(
            select(Article).where(col(Article.id).in_(sorted({c.article_id for c in citations}))))}
        sketches = [sketch_of(c, *articles[c.article_id]) for c in citations]
        write_event(session, event, citations, sketches, articles, registry)
        months.add((event.date_start.year, event.date_start.month))
    session.flush()
    mark_key_moments(session, months)


# -- the candidate path: a crowded database -------------------------------------------------
