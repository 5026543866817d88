"""Corrections re-applied: `apply_all` puts every correction not undone back onto the derived events
and actors, after each recluster and ingestion (and after each new correction or undo).

A correction names its event by its mentions' stable identity, anchors of
[article content hash, start, end, value], which survive re-clustering, deleting and re-ingesting
an article; `locate` finds the event most of them are on now. Re-applying is idempotent: a
correction already in effect changes nothing. Order: merges and splits first (they decide which
mentions an event has, and derive it again), then fields and hiding in the order they were made,
then actor renames and merges, then actors removed from events.
"""
from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session, col, select

from ..extract.actors import Gazetteer
from ..extract.values import granularity_of, value_bounds
from . import dialect
from .db import execute, run
from .event_rows import mark_key_moments, rederive
from .models import Actor, ActorAlias, Correction, Event

EVENT_FIELDS = ("date", "summary", "status", "place")
STRUCTURAL = ("merge", "split")
ACTOR_KINDS = ("actor_rename", "actor_merge")
KINDS = (*EVENT_FIELDS, "hide", "unhide", *STRUCTURAL, *ACTOR_KINDS, "actor_remove")
# what a kind says was corrected on its event ("corrected": [...] in the API and exports)
CORRECTED_FIELD = {"date": "date", "summary": "summary", "status": "status", "place": "place", "hide": "hidden",
                   "unhide": "hidden", "merge": "citations", "split": "citations", "actor_remove": "actors"}



def _match(session: Session) -> str:
    """SQL: FROM ... the primary mentions named by the anchors of the JSON parameter `:anchors`."""
    return (f"FROM ({dialect.anchors_in(dialect.name_of(session))}) j "
            "JOIN article a ON a.content_hash = j.content_hash "
            'JOIN citation c ON c.article_id = a.id AND c.start = j.start AND c."end" = j."end" '
            "AND c.value = j.value AND c.primary_id IS NULL")


def anchors_of_event(session: Session, event_id: int) -> list[list]:
    """The event's mentions as anchors: what names it across re-clustering."""
    return [list(r) for r in run(session, 'SELECT a.content_hash, c.start, c."end", c.value FROM citation c '
                                          "JOIN article a ON a.id = c.article_id WHERE c.event_id = :id "
                                          "AND c.primary_id IS NULL ORDER BY c.id", {"id": event_id})]


def anchors_of_citations(session: Session, citation_ids: list[int]) -> list[list]:
    """Anchors of these citations (a restating passage stands for its primary mention)."""
    return [list(r) for r in run(session, 'SELECT DISTINCT a.content_hash, p.start, p."end", p.value FROM citation c '
                                          "JOIN citation p ON p.id = coalesce(c.primary_id, c.id) "
                                          "JOIN article a ON a.id = p.article_id "
                                          f"WHERE c.id IN ({dialect.ids_in(dialect.name_of(session))})",
                                 {"ids": dialect.ids(citation_ids)})]


def locate(session: Session, anchors: list) -> int | None:
    """The event most of these mentions are on now; None when none of them is on any."""
    if not anchors:
        return None
    rows = run(session, f"SELECT c.event_id, count(*) AS n {_match(session)} WHERE c.event_id IS NOT NULL "
                        "GROUP BY c.event_id ORDER BY n DESC, c.event_id LIMIT 1", {"anchors": json.dumps(anchors)})
    return rows[0][0] if rows else None


def citations_at(session: Session, anchors: list) -> list[tuple[int, int | None]]:
    """(citation id, event id) of the primary mentions these anchors name."""
    return [tuple(r) for r in run(session, f"SELECT c.id, c.event_id {_match(session)} ORDER BY c.id",
                                  {"anchors": json.dumps(anchors)})]


def actor_named(session: Session, name: str) -> Actor | None:
    """The actor of this canonical name, or whose alias it is (case-insensitive)."""
    actor = session.exec(select(Actor).where(Actor.name == name)).first()
    if actor is not None:
        return actor
    rows = run(session, "SELECT id FROM actor WHERE lower(name) = :n UNION ALL "
                        "SELECT actor_id FROM actor_alias WHERE lower(alias) = :n LIMIT 1", {"n": name.lower()})
    return session.get(Actor, rows[0][0]) if rows else None


def _move_citations(session: Session, citation_ids: list[int], event_id: int) -> None:
    """Primary mentions, and the passages restating them, onto another event."""
    listed = dialect.ids_in(dialect.name_of(session))
    execute(session, f"UPDATE citation SET event_id = :event WHERE id IN ({listed}) OR primary_id IN ({listed})",
            {"ids": dialect.ids(citation_ids), "event": event_id})


def _apply_merge(session: Session, c: Correction) -> set[int]:
    target = locate(session, json.loads(c.anchors))
    other = locate(session, json.loads(c.new_value)["anchors"])
    c.event_id = target
    if target is None or other is None or target == other:
        return set()
    execute(session, "UPDATE citation SET event_id = :t WHERE event_id = :o", {"t": target, "o": other})
    return {target, other}


def _apply_split(session: Session, c: Correction) -> set[int]:
    """The chosen mentions on an event of their own (the one made the first time, by id, when free)."""
    new_value = json.loads(c.new_value)
    remaining = locate(session, json.loads(c.anchors))
    chosen = citations_at(session, new_value["anchors"])
    if remaining is None or not chosen:
        c.event_id = remaining
        return set()
    chosen_ids = [i for i, _ in chosen]
    events = {e for _, e in chosen}
    if len(events) == 1 and None not in events and remaining not in events:
        (split_off,) = events
        others = run(session, "SELECT 1 FROM citation WHERE event_id = :e AND primary_id IS NULL AND id NOT IN "
                              f"({dialect.ids_in(dialect.name_of(session))}) LIMIT 1",
                     {"e": split_off, "ids": dialect.ids(chosen_ids)})
        if not others:  # in effect already
            c.event_id = remaining
            return set()
    wanted = new_value.get("event")
    event = Event(value="", date_start=date.min, date_end=date.min, granularity="day", summary="",
                  status="happened")  # derived from its mentions once they are on it
    if wanted is not None and session.get(Event, wanted) is None:
        event.id = wanted  # the same permalink as the first time
    session.add(event)
    session.flush()
    if wanted != event.id:
        c.new_value = json.dumps({**new_value, "event": event.id})
    _move_citations(session, chosen_ids, event.id)
    c.event_id = remaining
    return {remaining, event.id} | (events - {None})


def _apply_field(session: Session, c: Correction, event: Event, months: set[tuple[int, int]]) -> None:
    value = json.loads(c.new_value)
    if c.kind == "date" and event.value != value:
        months.add((event.date_start.year, event.date_start.month))
        first, last = value_bounds(value)
        event.value, event.date_start, event.date_end, event.granularity = value, first, last, granularity_of(value)
        months.add((first.year, first.month))
        # event_actor carries the event's dates (the actor filter's index)
        execute(session, "UPDATE event_actor SET date_start = :first, date_end = :last WHERE event_id = :id",
                {"first": first.isoformat(), "last": last.isoformat(), "id": event.id})
    elif c.kind in ("summary", "status", "place") and getattr(event, c.kind) != value:
        setattr(event, c.kind, value)
    session.add(event)


def _apply_actor(session: Session, c: Correction) -> None:
    """An actor renamed, or merged into another: its links and aliases follow, its old name
    becomes an alias. An actor of the old name that clustering made again is merged again."""
    source = session.exec(select(Actor).where(Actor.name == c.actor_name)).first()
    name = json.loads(c.new_value)["name"]
    if source is None or source.name == name:
        return
    target = session.exec(select(Actor).where(Actor.name == name)).first()
    if target is None:
        execute(session, "DELETE FROM actor_alias WHERE alias = :name", {"name": name})
        source.name = name
        session.add(source)
        target = source
    else:
        # ON CONFLICT DO NOTHING: both dialects' "already linked" (SQLite needs the SELECT's WHERE before it)
        execute(session, "INSERT INTO event_actor (event_id, actor_id, date_start, date_end) "
                         "SELECT event_id, :t, date_start, date_end FROM event_actor WHERE actor_id = :s "
                         "ON CONFLICT DO NOTHING",
                {"t": target.id, "s": source.id})
        execute(session, "DELETE FROM event_actor WHERE actor_id = :s", {"s": source.id})
        execute(session, "UPDATE actor_alias SET actor_id = :t WHERE actor_id = :s", {"t": target.id, "s": source.id})
        session.delete(source)
    session.flush()
    if session.exec(select(ActorAlias).where(ActorAlias.alias == c.actor_name)).first() is None:
        session.add(ActorAlias(actor_id=target.id, alias=c.actor_name))
    session.flush()


def active(session: Session) -> list[Correction]:
    return list(session.exec(select(Correction).where(col(Correction.undone_at).is_(None))
                             .order_by(Correction.created_at, Correction.id)).all())


def apply_all(session: Session, gazetteer: Gazetteer) -> None:
    """Every correction not undone, applied to the events and actors as they are now (in the
    session's transaction; the caller commits). Cheap when there are none."""
    if not run(session, "SELECT 1 FROM correction LIMIT 1", {}):
        return  # nothing was ever corrected: the common case, on every ingestion
    corrections = active(session)
    marked = {r[0] for r in run(session, "SELECT id FROM event WHERE hidden OR corrected != '[]'", {})}
    if not corrections and not marked:
        return
    corrected: dict[int, set[str]] = {}
    hidden: dict[int, bool] = {}
    touched: set[int] = set()
    for c in corrections:
        if c.kind in STRUCTURAL:
            moved = _apply_merge(session, c) if c.kind == "merge" else _apply_split(session, c)
            touched |= moved
            session.add(c)
    session.flush()
    if touched:
        session.expire_all()  # mentions moved in SQL: the ORM's copies must be read again
        rederive(session, touched, gazetteer)
    for c in corrections:
        if c.kind == "split":
            split_off = json.loads(c.new_value).get("event")
            for event_id in (c.event_id, split_off):
                if event_id is not None and session.get(Event, event_id) is not None:
                    corrected.setdefault(event_id, set()).add("citations")
        elif c.kind == "merge" and c.event_id is not None:
            corrected.setdefault(c.event_id, set()).add("citations")
    months: set[tuple[int, int]] = set()
    for c in corrections:
        if c.kind not in (*EVENT_FIELDS, "hide", "unhide"):
            continue
        c.event_id = locate(session, json.loads(c.anchors))
        session.add(c)
        event = session.get(Event, c.event_id) if c.event_id is not None else None
        if event is None:
            continue
        if c.kind in ("hide", "unhide"):
            hidden[event.id] = c.kind == "hide"
        else:
            _apply_field(session, c, event, months)
        corrected.setdefault(event.id, set()).add(CORRECTED_FIELD[c.kind])
    session.flush()
    for c in corrections:
        if c.kind in ACTOR_KINDS:
            _apply_actor(session, c)
    for c in corrections:
        if c.kind != "actor_remove":
            continue
        c.event_id = locate(session, json.loads(c.anchors))
        session.add(c)
        actor = actor_named(session, c.actor_name or "")
        if c.event_id is not None and actor is not None:
            execute(session, "DELETE FROM event_actor WHERE event_id = :e AND actor_id = :a",
                    {"e": c.event_id, "a": actor.id})
            corrected.setdefault(c.event_id, set()).add("actors")
    for event_id in marked | set(corrected) | set(hidden):
        execute(session, "UPDATE event SET hidden = :h, corrected = :c WHERE id = :id",
                {"h": hidden.get(event_id, False), "c": json.dumps(sorted(corrected.get(event_id, ()))),
                 "id": event_id})
    if months:
        mark_key_moments(session, months)
    session.flush()
