"""The candidate path's writes: a crowded batch's groups judged against their candidate events
(`candidates.py` finds them), joined to the best that accepts them or written as new events with
SQLAlchemy Core, and days of unknown year that a new dated day completes.
`happenings.py` sends a batch here when the mentions around it are above its bound.
"""
from __future__ import annotations

import json
from datetime import date

from sqlalchemy import bindparam, insert, select as core_select, update
from sqlmodel import Session

from ..extract.actors import Gazetteer
from ..extract.happenings import MERGE_THRESHOLD, MentionSketch, judge
from ..extract.values import is_partial, month_day
from .candidates import CandidateFinder, best_events, keys_of, MENTIONS_PER_EVENT
from .db import execute, run
from .dialect import ids_in, name_of, primary_unindexed
from .event_rows import ActorRegistry, derive, mark_key_moments, sketch_of
from .models import Article, Citation, Event, EventActor, utcnow


# an event the candidate path derives again whenever it grows: a larger one ("reformasi 1998" in
# every background paragraph) takes no more mentions from it, which start an event of their own
CANDIDATE_EVENT_LIMIT = 100
# what keeps two mentions apart whatever the score (as extract.happenings._joinable has it)
_HARD_APART = ("dates", "type", "keys", "marker", "passage", "people")


def article_keys(session: Session, article_ids: set[int]) -> dict[int, tuple[str, str | None]]:
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
                            f"WHERE {primary_unindexed(session)} AND event_id IN ({ids_in(name_of(session))})) AS s "
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


def attach_to_candidates(session: Session, groups: list[list[Citation]], entry_of: dict,
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
                                                  f"AND {primary_unindexed(session)} ORDER BY id LIMIT 20", {"v": value})]
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
        fields, reasons, kinds = derive(citations, own, articles)
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
