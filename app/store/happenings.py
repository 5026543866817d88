"""Happenings in the database: events derived from the stored mentions (citations).

`recluster` takes the mentions around some new ones (or all of them), clusters them with
`extract.happenings.cluster_mentions` and writes the result: each group becomes one event,
keeping the id most of its citations already had, so permalinks survive a recluster.
The neighbourhood is closed: every mention whose dates touch a mention in it, and every
citation of an event in it, so the result is the one a full recluster gives, whatever
order the articles came in. Above NEIGHBOURHOOD_BOUND stored mentions around a batch, the batch
takes the candidate path (`crowded.py`, `candidates.py`); how a group of citations becomes an
event row is `event_rows.py`'s.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

from sqlmodel import Session, col, select

from ..extract.actors import Gazetteer
from ..extract.happenings import MentionSketch, cluster_mentions
from ..extract.values import GRANULARITY_RANK, is_partial, month_day
from .candidates import containing_starts
from .db import execute, run
from .dialect import ids_in, name_of, primary_unindexed
from .crowded import article_keys, attach_to_candidates
from .event_rows import ActorRegistry, drop_events, mark_key_moments, sketch_of, write_event
from .models import Citation, Event, PendingCitation

_MAX_ROUNDS = 64  # closing the neighbourhood; a longer chain is clustered as far as it reached (days of
# unknown year chain across years: "XXXX-10-29" meets 29 October of every year, each of those its neighbours;
# eight rounds left the dev set of 717 articles order-dependent)


WINDOW_LIMIT = 400
EVENT_LIMIT = 300
# Above this many stored primary mentions around a batch, the batch takes the candidate path
# (store/candidates.py): each new mention judged against a bounded number of candidate events. Its
# groups whose own closed neighbourhood stays under GROUP_BOUND (all together under SMALL_BOUND)
# are still clustered exactly with it.
NEIGHBOURHOOD_BOUND = 2000
GROUP_BOUND = 50
SMALL_BOUND = 500  # the stored mentions of all the small neighbourhoods of one batch together


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
        rows = run(session, f"SELECT id FROM citation WHERE {primary_unindexed(session)} AND date_start IN "
                            f"({', '.join(':' + k for k in points)}) AND date_end >= :last_day LIMIT :limit",
                   {**points, "last_day": citation.date_end.isoformat(), "limit": limit or WINDOW_LIMIT})
        if GRANULARITY_RANK.get(citation.granularity or "", 9) <= GRANULARITY_RANK["month"]:
            rows += run(session, f"SELECT id FROM citation WHERE {primary_unindexed(session)} AND date_start BETWEEN :first "
                                 "AND :last AND date_end <= :last ORDER BY date_start, id LIMIT :limit",
                        {"first": (citation.date_start - timedelta(days=1)).isoformat(),
                         "last": (citation.date_end + timedelta(days=1)).isoformat(),
                         "limit": limit or WINDOW_LIMIT})
        ids.extend(r[0] for r in rows)
    elif citation.date_start is not None:
        window = {"first": (citation.date_start - timedelta(days=1)).isoformat(),
                  "last": (citation.date_end + timedelta(days=1)).isoformat(), "limit": WINDOW_LIMIT + 1}
        rows = run(session, f"SELECT id FROM citation WHERE {primary_unindexed(session)} AND date_start <= :last "
                            "AND date_end >= :first LIMIT :limit", window)
        if len(rows) > WINDOW_LIMIT:
            if GRANULARITY_RANK.get(citation.granularity or "", 9) > GRANULARITY_RANK["month"]:
                rows = run(session, f"SELECT id FROM citation WHERE {primary_unindexed(session)} AND value = :value "
                                    "ORDER BY id LIMIT :limit", {"value": citation.value, "limit": WINDOW_LIMIT})
            else:
                rows = run(session, f"SELECT id FROM citation WHERE {primary_unindexed(session)} AND date_start <= :last "
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
            rows = run(session, f"SELECT id FROM citation WHERE value = :partial AND {primary_unindexed(session)} "
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
            sizes = run(session, f"SELECT event_id, COUNT(*) FROM citation WHERE {primary_unindexed(session)} AND event_id IN "
                                 f"({ids_in(name_of(session))}) GROUP BY event_id", {"ids": json.dumps(sorted(events))})
            too_big |= {e for e, n in sizes if n > EVENT_LIMIT}
            small = sorted(events - too_big)
            rows = run(session, f"SELECT id FROM citation WHERE {primary_unindexed(session)} AND event_id IN "
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
        write_event(session, event, citations, [sketches[id(c)] for c in citations], articles, registry)
    months = {(e.date_start.year, e.date_start.month) for e, _ in touched}
    months |= drop_events(session, old_events - claimed)
    mark_key_moments(session, months, {e.id for e, _ in touched})
    return {c.id: c.event_id for c in new}


def _recluster_crowded(session: Session, mentions: list[tuple[Citation, list[Citation]]],
                       gazetteer: Gazetteer) -> dict[int, int]:
    """New mentions whose neighbourhood is above NEIGHBOURHOOD_BOUND. They are clustered among
    themselves first (exact: a batch's reports of one happening are one group). A group whose own
    closed neighbourhood is small (GROUP_BOUND, and all of those together SMALL_BOUND) is
    clustered with it exactly, as below the bound; every other group is judged against its
    candidate events only, joins the best one that accepts it or starts an event."""
    session.flush()
    new = [primary for primary, _ in mentions]
    articles = article_keys(session, {c.article_id for c in new})
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
        assigned.update(attach_to_candidates(session, crowded, entry_of, sketches, articles, gazetteer))
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
