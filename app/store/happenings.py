"""Happenings in the database: events derived from the stored mentions (citations).

`recluster` takes the mentions around some new ones (or all of them), clusters them with
`extract.happenings.cluster_mentions` and writes the result: each group becomes one event,
keeping the id most of its citations already had, so permalinks survive a recluster.
The neighbourhood is closed: every mention whose dates touch a mention in it, and every
citation of an event in it, so the result is the one a full recluster gives, whatever
order the articles came in.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import bindparam, insert, select as core_select, update
from sqlmodel import Session, col, select

from ..extract.actors import Gazetteer
from ..extract.model import STATUS_RANK
from ..extract.event_types import WEAK_TYPES
from ..extract.lang.id.happenings import FIGURE_NAMES
from ..extract.happenings import MERGE_THRESHOLD, MentionSketch, choose_value, cluster_mentions, judge
from ..extract.values import GRANULARITY_RANK, granularity_of, is_partial, month_day, value_bounds
from .candidates import CandidateFinder, best_events, containing_starts, keys_of, MENTIONS_PER_EVENT
from .db import execute, run
from .dialect import ids_in, name_of, texts_in, unindexed
from .models import Actor, ActorAlias, Article, Citation, Event, EventActor, PendingCitation, utcnow

_MAX_ROUNDS = 8  # closing the neighbourhood; a longer chain is clustered as far as it reached


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
WINDOW_LIMIT = 400
EVENT_LIMIT = 300
# Above this many stored primary mentions around a batch, the batch takes the candidate path
# (store/candidates.py): each new mention judged against a bounded number of candidate events. Its
# groups whose own closed neighbourhood stays under GROUP_BOUND (all together under SMALL_BOUND)
# are still clustered exactly with it.
NEIGHBOURHOOD_BOUND = 2000
GROUP_BOUND = 50
SMALL_BOUND = 500  # the stored mentions of all the small neighbourhoods of one batch together
# an event the candidate path derives again whenever it grows: a larger one ("reformasi 1998" in
# every background paragraph) takes no more mentions from it, which start an event of their own
CANDIDATE_EVENT_LIMIT = 100
# what keeps two mentions apart whatever the score (as extract.happenings._joinable has it)
_HARD_APART = ("dates", "type", "keys", "marker", "passage", "people")


def _primary(session: Session) -> str:
    """SQL: the row is a primary mention, as a condition no index serves on SQLite (its planner takes
    ix_citation_primary for `primary_id IS NULL`, every primary mention, over a date or event index)."""
    return f"{unindexed(name_of(session), 'primary_id')} IS NULL"


def _primaries_touching(session: Session, citation: Citation, indexed: bool = False,
                        limit: int = 0) -> list[int]:
    """Primary mentions whose dates touch this one's, and those of the same day of the year when
    either year is unknown ("XXXX-11-21" meets 2022-11-21). A crowded window is narrowed: a year
    or longer meets only mentions of the same value, a day or month its WINDOW_LIMIT nearest.
    `indexed` (a database above NEIGHBOURHOOD_BOUND): only the mentions whose dates contain this
    one's or lie within them or a day beside them, by index points and ranges (`date_start <= :last`
    reads every earlier entry of the index, which a large database cannot afford per mention);
    a mention straddling an edge is never compatible with it."""
    ids = []
    if citation.date_start is not None and indexed:
        starts = containing_starts(citation.date_start)
        points = {f"s{i}": s.isoformat() for i, s in enumerate(starts)}
        rows = run(session, f"SELECT id FROM citation WHERE {_primary(session)} AND date_start IN "
                            f"({', '.join(':' + k for k in points)}) AND date_end >= :last_day LIMIT :limit",
                   {**points, "last_day": citation.date_end.isoformat(), "limit": limit or WINDOW_LIMIT})
        if GRANULARITY_RANK.get(citation.granularity or "", 9) <= GRANULARITY_RANK["month"]:
            rows += run(session, f"SELECT id FROM citation WHERE {_primary(session)} AND date_start BETWEEN :first "
                                 "AND :last AND date_end <= :last ORDER BY date_start, id LIMIT :limit",
                        {"first": (citation.date_start - timedelta(days=1)).isoformat(),
                         "last": (citation.date_end + timedelta(days=1)).isoformat(),
                         "limit": limit or WINDOW_LIMIT})
        ids.extend(r[0] for r in rows)
    elif citation.date_start is not None:
        window = {"first": (citation.date_start - timedelta(days=1)).isoformat(),
                  "last": (citation.date_end + timedelta(days=1)).isoformat(), "limit": WINDOW_LIMIT + 1}
        rows = run(session, f"SELECT id FROM citation WHERE {_primary(session)} AND date_start <= :last "
                            "AND date_end >= :first LIMIT :limit", window)
        if len(rows) > WINDOW_LIMIT:
            if GRANULARITY_RANK.get(citation.granularity or "", 9) > GRANULARITY_RANK["month"]:
                rows = run(session, f"SELECT id FROM citation WHERE {_primary(session)} AND value = :value "
                                    "ORDER BY id LIMIT :limit", {"value": citation.value, "limit": WINDOW_LIMIT})
            else:
                rows = run(session, f"SELECT id FROM citation WHERE {_primary(session)} AND date_start <= :last "
                                    "AND date_end >= :first AND date_end <= :last ORDER BY date_start, id "
                                    "LIMIT :limit", {**window, "limit": WINDOW_LIMIT})
        ids.extend(r[0] for r in rows)
    md = month_day(citation.value)
    if md is not None:
        if is_partial(citation.value):  # rare: a scan of the days of that date in any year
            rows = run(session, "SELECT id FROM citation WHERE primary_id IS NULL AND (value = :partial OR "
                                "(date_start = date_end AND substr(value, 6) = :md AND length(value) = 10)) "
                                "ORDER BY id LIMIT :limit", {"partial": f"XXXX-{md}", "md": md, "limit": WINDOW_LIMIT})
        else:  # a dated day meets the stored days of unknown year: one lookup in the value index
            rows = run(session, f"SELECT id FROM citation WHERE value = :partial AND {_primary(session)} "
                                "ORDER BY id LIMIT :limit", {"partial": f"XXXX-{md}", "limit": WINDOW_LIMIT})
        ids.extend(r[0] for r in rows)
    return ids


def neighbourhood(session: Session, seeds: list[Citation], bound: int | None = None,
                  indexed: bool = False) -> list[Citation] | None:
    """The stored primary mentions that clustering `seeds` may touch, closed over dates and events.
    An event of more than EVENT_LIMIT mentions stays out whole: a part of it would be written as if
    it were all of it. None as soon as more than `bound` mentions are found (the candidate path's
    case: what it read to find that out is bounded by `bound` too)."""
    found: dict[int, Citation] = {}
    frontier = list(seeds)
    events: set[int] = set()
    too_big: set[int] = set()
    for _ in range(_MAX_ROUNDS):
        new_ids: set[int] = set()
        for citation in frontier:
            new_ids.update(i for i in _primaries_touching(session, citation, indexed,
                                                          bound + 1 if bound is not None and indexed else 0)
                           if i not in found)
            if bound is not None and len(found) + len(new_ids) > bound:
                return None
        if events:
            sizes = run(session, f"SELECT event_id, COUNT(*) FROM citation WHERE {_primary(session)} AND event_id IN "
                                 f"({ids_in(name_of(session))}) GROUP BY event_id", {"ids": json.dumps(sorted(events))})
            too_big |= {e for e, n in sizes if n > EVENT_LIMIT}
            small = sorted(events - too_big)
            rows = run(session, f"SELECT id FROM citation WHERE {_primary(session)} AND event_id IN "
                                f"({ids_in(name_of(session))})", {"ids": json.dumps(small)}) if small else []
            new_ids.update(r[0] for r in rows if r[0] not in found)
        if not new_ids:
            break
        if bound is not None and len(found) + len(new_ids) > bound:
            return None
        rows = session.exec(select(Citation).where(col(Citation.id).in_(sorted(new_ids)))).all()
        frontier = []
        new_events = set()
        for c in rows:
            found[c.id] = c
            # a year-long mention touches a whole year: its dates do not widen the search further
            if GRANULARITY_RANK.get(c.granularity or "", 9) <= GRANULARITY_RANK["month"]:
                frontier.append(c)
            if c.event_id is not None and c.event_id not in events:
                new_events.add(c.event_id)
        events |= new_events
    if too_big:
        return [c for c in found.values() if c.event_id not in too_big]
    return list(found.values())


def recluster(session: Session, mentions: list[tuple[Citation, list[Citation]]] | None,
              gazetteer: Gazetteer, stale: set[int] = frozenset()) -> dict[int, int]:
    """Cluster new mentions (unsaved primary citations, each with its other passages) with the stored
    mentions around them, or every stored mention when `mentions` is None. Returns citation id ->
    event id for the new ones. An event whose mentions are the same as stored is not written again,
    unless it is `stale` (it lost mentions to a deletion)."""
    mentions = mentions or []
    new = [primary for primary, _ in mentions]
    if not new:
        stored = list(session.exec(select(Citation).where(col(Citation.primary_id).is_(None))).all())
        return _recluster_exact(session, mentions, stored, gazetteer, stale)
    if not run(session, "SELECT 1 FROM citation WHERE primary_id IS NULL LIMIT 1 OFFSET :n",
               {"n": NEIGHBOURHOOD_BOUND}):
        # a database this small holds no neighbourhood above the bound: exact, as it always was
        return _recluster_exact(session, mentions, neighbourhood(session, new), gazetteer, stale)
    stored = neighbourhood(session, new, bound=NEIGHBOURHOOD_BOUND, indexed=True)
    if stored is not None:
        return _recluster_exact(session, mentions, stored, gazetteer, stale)
    return _recluster_crowded(session, mentions, gazetteer)


def _orm(c):  # noqa: ANN001, ANN202 - a Citation or a PendingCitation
    return c.as_citation() if isinstance(c, PendingCitation) else c


def _recluster_exact(session: Session, mentions: list[tuple[Citation, list[Citation]]], stored: list[Citation],
                     gazetteer: Gazetteer, stale: set[int] = frozenset()) -> dict[int, int]:
    """Cluster the new mentions with `stored`, a closed neighbourhood of them (or every stored
    mention), and write the events that changed. New mentions the batch path made as
    PendingCitation are stored as ORM Citations here (their ids and events copied back)."""
    if any(isinstance(p, PendingCitation) for p, _ in mentions):
        orm = [(_orm(p), [_orm(e) for e in extras]) for p, extras in mentions]
        assigned = _recluster_exact(session, orm, stored, gazetteer, stale)
        for (p, extras), (o, others) in zip(mentions, orm):
            p.id, p.event_id = o.id, o.event_id
            for e, other in zip(extras, others):
                e.id, e.primary_id, e.event_id = other.id, other.primary_id, other.event_id
        return assigned
    new = [primary for primary, _ in mentions]
    everything = stored + new
    # the hash and outlet only: loading whole articles (their text) would cost more than clustering
    articles = {row[0]: (row[1], row[2]) for row in run(
        session, f"SELECT id, content_hash, outlet FROM article WHERE id IN ({ids_in(name_of(session))})",
        {"ids": json.dumps(sorted({c.article_id for c in everything}))})}
    sketches = {}
    by_key = {}
    for c in everything:
        digest, outlet = articles[c.article_id]
        s = sketch_of(c, digest, outlet)
        sketches[id(c)] = s
        by_key[s.key] = c
    groups = cluster_mentions(list(sketches.values()))
    old_events = {c.event_id for c in stored} - {None}
    members: dict[int, set[int]] = {}  # stored event -> its primaries in the neighbourhood
    for c in stored:
        if c.event_id is not None:
            members.setdefault(c.event_id, set()).add(c.id)
    claimed: set[int] = set()
    registry = ActorRegistry(session, gazetteer)
    touched: list[tuple[Event, list[Citation]]] = []
    fresh: list[tuple[Event, list[Citation]]] = []
    moved: list[int] = []  # stored primaries that changed event: their other passages follow
    for group in groups:
        citations = [by_key[s.key] for s in group]
        if all(is_partial(c.value) for c in citations):
            for c in citations:  # no source gives the day's year yet: no happening to show
                if c.id is not None and c.event_id is not None:
                    moved.append(c.id)
                c.event_id = None
                session.add(c)
            continue
        counts = Counter(c.event_id for c in citations if c.id is not None and c.event_id is not None)
        event_id = next((e for e, _ in sorted(counts.items(), key=lambda p: (-p[1], p[0])) if e not in claimed), None)
        if event_id is not None:
            claimed.add(event_id)
            if event_id not in stale and all(c.id is not None for c in citations) \
                    and {c.id for c in citations} == members.get(event_id):
                continue  # the same mentions as stored: the event as written stays what it was
            event = session.get(Event, event_id)
            touched.append((event, citations))
        else:
            event = Event(value="", date_start=date.min, date_end=date.min, granularity="day", summary="",
                          status="happened")
            session.add(event)
            fresh.append((event, citations))
    session.flush()  # the new events' ids, all in one flush
    for event, citations in fresh:
        claimed.add(event.id)
    touched.extend(fresh)
    for event, citations in touched:
        for c in citations:
            if c.id is not None and c.event_id != event.id:
                moved.append(c.id)
            c.event_id = event.id
            session.add(c)
    session.flush()
    # an extra passage that is also a mention of its own (another date in it) is cited once per event
    cited = {(c.event_id, c.article_id, c.start, c.end) for c in everything}
    for c, extras in mentions:
        # a pending mention's other passages wait with it, and follow it when it joins a happening
        for extra in extras:
            extra.primary_id, extra.event_id = c.id, c.event_id
            spot = (extra.event_id, extra.article_id, extra.start, extra.end)
            if spot not in cited:
                cited.add(spot)
                session.add(extra)
    # a moved mention's extras follow it
    if moved:
        execute(session, "UPDATE citation SET event_id = (SELECT p.event_id FROM citation p WHERE p.id = citation.primary_id) "
                     f"WHERE primary_id IN ({ids_in(name_of(session))})",
            {"ids": json.dumps(sorted(moved))})
    session.flush()
    kinds: dict[str, str] = {}
    for _, citations in touched:
        for c in citations:
            for name, kind in json.loads(c.actors):
                kinds.setdefault(name, kind)
    registry.ensure(kinds)  # every actor's id in two queries and one insert, none per event
    for event, citations in touched:
        _write_event(session, event, citations, [sketches[id(c)] for c in citations], articles, registry)
    months = {(e.date_start.year, e.date_start.month) for e, _ in touched}
    months |= drop_events(session, old_events - claimed)
    mark_key_moments(session, months, {e.id for e, _ in touched})
    return {c.id: c.event_id for c in new}


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


def _derive(citations: list, sketches: list[MentionSketch],
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


def _write_event(session: Session, event: Event, citations: list[Citation], sketches: list[MentionSketch],
                 articles: dict[int, tuple[str, str | None]], registry: ActorRegistry) -> None:
    fields, reasons, kinds = _derive(citations, sketches, articles)
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
        _write_event(session, event, citations, sketches, articles, registry)
        months.add((event.date_start.year, event.date_start.month))
    session.flush()
    mark_key_moments(session, months)


# -- the candidate path: a crowded database -------------------------------------------------
def _recluster_crowded(session: Session, mentions: list[tuple[Citation, list[Citation]]],
                       gazetteer: Gazetteer) -> dict[int, int]:
    """New mentions whose neighbourhood is above NEIGHBOURHOOD_BOUND. They are clustered among
    themselves first (exact: a batch's reports of one happening are one group). A group whose own
    closed neighbourhood is small (GROUP_BOUND, and all of those together SMALL_BOUND) is
    clustered with it exactly, as below the bound; every other group is judged against its
    candidate events only, joins the best one that accepts it or starts an event."""
    session.flush()
    new = [primary for primary, _ in mentions]
    articles = _article_keys(session, {c.article_id for c in new})
    sketches = {id(c): sketch_of(c, *articles[c.article_id]) for c in new}
    by_key = {sketches[id(c)].key: c for c in new}
    entry_of = {id(primary): (primary, extras) for primary, extras in mentions}
    small: list[tuple[Citation, list[Citation]]] = []
    small_stored: dict[int, Citation] = {}
    crowded: list[list[Citation]] = []
    for group in _batch_groups(list(sketches.values())):
        citations = [by_key[s.key] for s in group]
        room = SMALL_BOUND - len(small_stored)
        hood = neighbourhood(session, citations, bound=min(GROUP_BOUND, room), indexed=True) if room > 0 else None
        if hood is None:
            crowded.append(citations)
            continue
        for c in hood:
            small_stored.setdefault(c.id, c)
        small.extend(entry_of[id(c)] for c in citations)
    assigned = _recluster_exact(session, small, list(small_stored.values()), gazetteer) if small else {}
    if crowded:
        session.flush()
        assigned.update(_attach_to_candidates(session, crowded, entry_of, sketches, articles, gazetteer))
    return assigned


def _batch_groups(sketches: list[MentionSketch]) -> list[list[MentionSketch]]:
    """A crowded batch's new mentions clustered among themselves. As in a crowded window (and on the
    candidate path), a mention of a year or longer meets only mentions of the same value: every
    mention of a year against every day of it is what made a batch's clustering cost grow."""
    fine, coarse = [], {}
    for s in sketches:
        if s.date_start is None or GRANULARITY_RANK.get(s.granularity, 9) <= GRANULARITY_RANK["month"]:
            fine.append(s)
        else:
            coarse.setdefault(s.value, []).append(s)
    groups = cluster_mentions(fine)
    for value in sorted(coarse):
        groups.extend(cluster_mentions(coarse[value]))
    return sorted(groups, key=lambda g: g[0].key)


def _article_keys(session: Session, article_ids: set[int]) -> dict[int, tuple[str, str | None]]:
    """Article id -> (content hash, outlet): what a sketch needs of its article."""
    return {row[0]: (row[1], row[2]) for row in run(
        session, f"SELECT id, content_hash, outlet FROM article WHERE id IN ({ids_in(name_of(session))})",
        {"ids": json.dumps(sorted(article_ids))})}


def _stored_mentions(session: Session, where, params: dict) -> list:  # noqa: ANN001 - a SQL condition
    """Stored primary mentions as rows (every column of citation, and its article's hash and outlet)."""
    table, article = Citation.__table__, Article.__table__
    statement = (core_select(table, article.c.content_hash.label("article_hash"), article.c.outlet.label("article_outlet"))
                 .join(article, article.c.id == table.c.article_id).where(where))
    return list(session.connection().execute(statement, params).all())


def _sample(session: Session, event_ids: list[int]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """For these events: how many primary mentions each has, and the ids of its first few."""
    sizes: dict[int, int] = {}
    firsts: dict[int, list[int]] = {}
    for i in range(0, len(event_ids), 500):
        rows = run(session, "SELECT event_id, id, n FROM (SELECT event_id, id, COUNT(*) OVER (PARTITION BY event_id) "
                            "AS n, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY id) AS r FROM citation "
                            f"WHERE {_primary(session)} AND event_id IN ({ids_in(name_of(session))})) AS s "
                            "WHERE r <= :k ORDER BY event_id, id",
                   {"ids": json.dumps(event_ids[i:i + 500]), "k": MENTIONS_PER_EVENT})
        for event_id, citation_id, n in rows:
            sizes[event_id] = n
            firsts.setdefault(event_id, []).append(citation_id)
    return sizes, firsts


def _accepts(new: list[MentionSketch], stored: list[MentionSketch]) -> float | None:
    """The mean score of a group of new mentions against some mentions of a stored event, when the
    event may take the group (as `_joinable` has it: nothing keeps a pair apart, one pair is the
    same happening, the mean score reaches the threshold); None when it may not."""
    total, same = 0.0, False
    for a in new:
        for b in stored:
            j = judge(a, b)
            if j.apart in _HARD_APART or (j.disagree and not j.same):
                return None
            total += j.score
            same = same or j.same
    mean = total / (len(new) * len(stored))
    return mean if same and mean >= MERGE_THRESHOLD else None


def _attach_to_candidates(session: Session, groups: list[list[Citation]], entry_of: dict,
                          sketches: dict[int, MentionSketch], articles: dict[int, tuple[str, str | None]],
                          gazetteer: Gazetteer) -> dict[int, int]:
    """Each group of new mentions joins the best of its candidate events that accepts it, or starts
    an event; written through Core (executemany), the events that grew derived again."""
    finder = CandidateFinder(session)
    found = [[finder.find(k) for c in group if (k := keys_of(c)) is not None] for group in groups]
    event_ids = sorted({e for per_group in found for per_mention in per_group for e in per_mention})
    sizes, firsts = _sample(session, event_ids)
    # an event too big to derive again each time it grows takes no more from this path
    excluded = {e for e in event_ids if e not in sizes or sizes[e] > CANDIDATE_EVENT_LIMIT}
    picks: list[list[tuple[int, list[int]]]] = []
    wanted: set[int] = set()
    for per_group in found:
        chosen = []
        for event_id, ids in best_events(per_group, excluded):
            sample = ids[:MENTIONS_PER_EVENT]
            sample += [i for i in firsts[event_id] if i not in sample][:MENTIONS_PER_EVENT - len(sample)]
            chosen.append((event_id, sample))
            wanted.update(sample)
        picks.append(chosen)
    stored_sketches = {}
    if wanted:
        table = Citation.__table__
        for row in _stored_mentions(session, table.c.id.in_(bindparam("ids", expanding=True)), {"ids": sorted(wanted)}):
            stored_sketches[row.id] = sketch_of(row, row.article_hash, row.article_outlet)
    decisions: list[int | None] = []
    for group, chosen in zip(groups, picks):
        best: tuple[float, int] | None = None
        for event_id, sample in chosen:  # best first: a later one must score higher to win
            score = _accepts([sketches[id(c)] for c in group], [stored_sketches[i] for i in sample])
            if score is not None and (best is None or score > best[0]):
                best = (score, event_id)
        decisions.append(best[1] if best else None)
    return _write_attached(session, groups, decisions, entry_of, sketches, articles, gazetteer,
                           _pending_days(session, groups, sketches))


def _pending_days(session: Session, groups: list[list[Citation]],
                  sketches: dict[int, MentionSketch]) -> dict[int, tuple[object, int]]:
    """Stored mentions of a day of unknown year ("XXXX-11-21", waiting for a source to give its
    year) that a group's day of a known year completes: pending id -> (its row, the group's index),
    the group whose days accept it best. One look-up in the value index per day."""
    best: dict[int, tuple[float, object, int]] = {}
    if not run(session, "SELECT 1 FROM citation WHERE event_id IS NULL LIMIT 1", {}):
        return {}  # nothing waits for its year (the common case): no look-up per day
    rows_by_value: dict[str, list] = {}
    for index, group in enumerate(groups):
        days = [c for c in group if c.date_start is not None and c.date_start == c.date_end and month_day(c.value)]
        for value in sorted({f"XXXX-{month_day(c.value)}" for c in days}):
            if value not in rows_by_value:
                ids = [r[0] for r in run(session, f"SELECT id FROM citation WHERE value = :v AND event_id IS NULL "
                                                  f"AND {_primary(session)} ORDER BY id LIMIT 20", {"v": value})]
                rows_by_value[value] = _stored_mentions(
                    session, Citation.__table__.c.id.in_(bindparam("ids", expanding=True)), {"ids": ids}) if ids else []
            for row in rows_by_value[value]:
                score = _accepts([sketch_of(row, row.article_hash, row.article_outlet)], [sketches[id(c)] for c in days])
                if score is not None and (row.id not in best or score > best[row.id][0]):
                    best[row.id] = (score, row, index)
    return {pending: (row, index) for pending, (_, row, index) in best.items()}


def _citation_row(c: Citation) -> dict:
    return {column.name: getattr(c, column.name) for column in Citation.__table__.columns if column.name != "id"}


def _write_attached(session: Session, groups: list[list[Citation]], decisions: list[int | None], entry_of: dict,
                    sketches: dict[int, MentionSketch], articles: dict[int, tuple[str, str | None]],
                    gazetteer: Gazetteer, pending: dict[int, tuple[object, int]]) -> dict[int, int]:
    conn = session.connection()
    event_table, citation_table = Event.__table__, Citation.__table__
    # a group no source gives the year of ("XXXX-11-21" only) waits without an event, as below the bound
    starts = [i for i, (group, d) in enumerate(zip(groups, decisions))
              if d is None and not all(is_partial(c.value) for c in group)]
    if starts:
        placeholder = {"value": "", "date_start": date.min, "date_end": date.min, "granularity": "day", "summary": "",
                       "status": "happened", "outlet_count": 1, "key_moment": False, "flags": "[]", "hidden": False,
                       "corrected": "[]"}
        ids = [r[0] for r in conn.execute(insert(event_table).returning(event_table.c.id, sort_by_parameter_order=True),
                                          [{**placeholder, "created_at": utcnow()} for _ in starts])]
        for i, event_id in zip(starts, ids):
            decisions[i] = event_id
    primaries = []
    for group, event_id in zip(groups, decisions):
        for c in group:
            c.event_id = event_id
            primaries.append(c)
    ids = [r[0] for r in conn.execute(insert(citation_table).returning(citation_table.c.id, sort_by_parameter_order=True),
                                      [_citation_row(c) for c in primaries])]
    for c, citation_id in zip(primaries, ids):
        c.id = citation_id
    # a pending mention's other passages wait with it; one that is also a mention of its own is cited once per event
    cited = {(c.event_id, c.article_id, c.start, c.end) for c in primaries}
    extras = []
    for c in primaries:
        for extra in entry_of[id(c)][1]:
            extra.primary_id, extra.event_id = c.id, c.event_id
            spot = (extra.event_id, extra.article_id, extra.start, extra.end)
            if spot not in cited:
                cited.add(spot)
                extras.append(_citation_row(extra))
    if extras:
        conn.execute(insert(citation_table), extras)
    # every event that took mentions, derived again from all its mentions
    members: dict[int, list] = {}
    for c in primaries:
        if c.event_id is not None:
            members.setdefault(c.event_id, []).append(c)
    joined = sorted(set(d for d in decisions if d is not None) - {decisions[i] for i in starts})
    stored_rows = _stored_mentions(session, citation_table.c.event_id.in_(bindparam("events", expanding=True))
                                   & citation_table.c.primary_id.is_(None), {"events": joined}) if joined else []
    old_reasons = {}
    for row in stored_rows:
        articles.setdefault(row.article_id, (row.article_hash, row.article_outlet))
        sketches[("row", row.id)] = sketch_of(row, row.article_hash, row.article_outlet)
        old_reasons[row.id] = row.merge_reason
        members[row.event_id].append(row)
    # stored days of unknown year a group completes join its event, their other passages with them
    for pending_id, (row, index) in sorted(pending.items()):
        event_id = decisions[index]
        articles.setdefault(row.article_id, (row.article_hash, row.article_outlet))
        sketches[("row", row.id)] = sketch_of(row, row.article_hash, row.article_outlet)
        old_reasons[row.id] = row.merge_reason
        members.setdefault(event_id, []).append(row)
        execute(session, "UPDATE citation SET event_id = :e WHERE id = :id OR primary_id = :id",
                {"e": event_id, "id": pending_id})
    event_rows, reason_rows, actor_kinds = [], [], {}
    written: dict[int, tuple[dict, dict[str, str]]] = {}
    for event_id, citations in sorted(members.items()):
        citations.sort(key=lambda c: c.id)
        own = [sketches[("row", c.id)] if c.id in old_reasons else sketches[id(c)] for c in citations]
        fields, reasons, kinds = _derive(citations, own, articles)
        event_rows.append({**fields, "b_id": event_id})
        for c, reason in zip(citations, reasons):
            if old_reasons.get(c.id) != reason:
                reason_rows.append({"b_id": c.id, "merge_reason": reason})
        written[event_id] = (fields, kinds)
        for name, kind in kinds.items():
            actor_kinds.setdefault(name, kind)
    if event_rows:
        conn.execute(update(event_table).where(event_table.c.id == bindparam("b_id"))
                     .values({k: bindparam(k) for k in event_rows[0] if k != "b_id"}), event_rows)
    if reason_rows:
        conn.execute(update(citation_table).where(citation_table.c.id == bindparam("b_id"))
                     .values(merge_reason=bindparam("merge_reason")), reason_rows)
    registry = ActorRegistry(session, gazetteer)
    registry.ensure(actor_kinds)
    if joined:
        execute(session, f"DELETE FROM event_actor WHERE event_id IN ({ids_in(name_of(session))})",
                {"ids": json.dumps(joined)})
    links = [{"event_id": event_id, "actor_id": registry.cache[name], "date_start": fields["date_start"],
              "date_end": fields["date_end"]}
             for event_id, (fields, kinds) in written.items() for name in sorted(kinds)]
    if links:
        conn.execute(insert(EventActor.__table__), links)
    for obj in list(session.identity_map.values()):  # rows written in Core: the ORM's copies are stale
        if isinstance(obj, Event):
            session.expire(obj)
    mark_key_moments(session, {(f["date_start"].year, f["date_start"].month) for f, _ in written.values()}, set(written))
    return {c.id: c.event_id for c in primaries}
