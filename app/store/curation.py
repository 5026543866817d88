"""Curation: the corrections people make (an event's date, summary, status or place; hiding it;
merging and splitting events; renaming, merging and removing actors), each stored as a
`Correction` row and applied at once, and undoing one.

Every function works in the session's transaction (the caller commits) and raises
`CorrectionError` with a message for the person when the change cannot be made as asked.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlmodel import Session, col, select

from ..errors import LinimasaError
from ..extract.actors import Gazetteer
from ..extract.model import STATUSES
from ..extract.typed_dates import parse_date_input
from .corrections import (
    ACTOR_KINDS,
    EVENT_FIELDS,
    actor_named,
    anchors_of_citations,
    anchors_of_event,
    apply_all,
    locate,
)
from . import dialect
from .db import execute, run
from .event_rows import rederive
from .happenings import recluster
from .models import Actor, ActorAlias, Correction, Event

MAX_TEXT = 1000


class CorrectionError(LinimasaError):
    """A correction that cannot be made as asked; `code` names the label a page words it with."""

    def __init__(self, message: str, code: str, *args: object) -> None:
        super().__init__(message)
        self.code, self.args_ = code, args


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise CorrectionError(f"no event {event_id}", "no_event", event_id)
    return event


def _reason(reason: str | None) -> str:
    return (reason or "").strip()[:MAX_TEXT]


def _store(session: Session, gazetteer: Gazetteer, **fields) -> Correction:
    correction = Correction(**fields)
    session.add(correction)
    session.flush()
    apply_all(session, gazetteer)
    return correction


def correct_event(session: Session, event_id: int, kind: str, value: str | None, reason: str | None,
                  gazetteer: Gazetteer) -> Correction:
    """An event's date (typed like the filters, any granularity), summary, status or place, or
    hiding and unhiding it."""
    event = _event(session, event_id)
    text = (value or "").strip()
    if kind == "date":
        new = parse_date_input(text)
        if new is None:
            raise CorrectionError(f"not a date Linimasa understands: {text!r}", "bad_date", text)
        old = event.value
    elif kind == "summary":
        if not text:
            raise CorrectionError("a summary cannot be empty", "empty_summary")
        new, old = text[:MAX_TEXT], event.summary
    elif kind == "status":
        if text not in STATUSES:
            raise CorrectionError(f"status must be one of {', '.join(STATUSES)}", "bad_status", ", ".join(STATUSES))
        new, old = text, event.status
    elif kind == "place":
        new, old = text[:200] or None, event.place
    elif kind in ("hide", "unhide"):
        if kind == "hide" and not _reason(reason):
            raise CorrectionError("say why the event is hidden", "reason_needed")
        new, old = kind == "hide", bool(event.hidden)
    else:
        raise CorrectionError(f"no correction {kind!r}", "bad_kind", kind)
    return _store(session, gazetteer, target="event", kind=kind, anchors=json.dumps(anchors_of_event(session, event_id)),
                  old_value=json.dumps(old, ensure_ascii=False), new_value=json.dumps(new, ensure_ascii=False),
                  reason=_reason(reason), event_id=event_id)


def merge_events(session: Session, event_id: int, other_id: int, reason: str | None,
                 gazetteer: Gazetteer) -> Correction:
    """The other event's mentions onto this one, which keeps its id."""
    event, other = _event(session, event_id), _event(session, other_id)
    if event.id == other.id:
        raise CorrectionError("an event cannot be merged with itself", "merge_self")
    return _store(session, gazetteer, target="event", kind="merge", anchors=json.dumps(anchors_of_event(session, event_id)),
                  old_value=json.dumps({"event": other.id, "date": other.value, "summary": other.summary},
                                       ensure_ascii=False),
                  new_value=json.dumps({"event": event.id, "anchors": anchors_of_event(session, other_id)}),
                  reason=_reason(reason), event_id=event_id)


def split_event(session: Session, event_id: int, citation_ids: list[int], reason: str | None,
                gazetteer: Gazetteer) -> Correction:
    """The chosen citations out into a new event; at least one must stay."""
    _event(session, event_id)
    on_event = {r[0] for r in run(session, "SELECT id FROM citation WHERE event_id = :e", {"e": event_id})}
    if not citation_ids or not set(citation_ids) <= on_event:
        raise CorrectionError("choose citations of this event to split out", "split_choose")
    chosen = anchors_of_citations(session, citation_ids)
    remaining = [a for a in anchors_of_event(session, event_id) if a not in chosen]
    if not remaining:
        raise CorrectionError("at least one citation must stay on the event", "split_all")
    return _store(session, gazetteer, target="event", kind="split", anchors=json.dumps(remaining),
                  old_value=json.dumps({"event": event_id}), new_value=json.dumps({"event": None, "anchors": chosen}),
                  reason=_reason(reason), event_id=event_id)


def remove_actor(session: Session, event_id: int, actor_id: int, reason: str | None,
                 gazetteer: Gazetteer) -> Correction:
    _event(session, event_id)
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise CorrectionError(f"no actor {actor_id}", "no_actor", actor_id)
    return _store(session, gazetteer, target="actor", kind="actor_remove", anchors=json.dumps(anchors_of_event(session, event_id)),
                  actor_name=actor.name, old_value=json.dumps(actor.name, ensure_ascii=False),
                  new_value="null", reason=_reason(reason), event_id=event_id)


def rename_actor(session: Session, actor_id: int, new_name: str | None, reason: str | None,
                 gazetteer: Gazetteer) -> Correction:
    """A new name; a name another actor has (or is known by) merges the two."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise CorrectionError(f"no actor {actor_id}", "no_actor", actor_id)
    name = (new_name or "").strip()[:200]
    if not name:
        raise CorrectionError("an actor's name cannot be empty", "empty_name")
    other = actor_named(session, name)
    if other is not None and other.id == actor.id and name == actor.name:
        raise CorrectionError("that is the actor's name already", "same_name")
    merging = other is not None and other.id != actor.id
    aliases = [a for (a,) in run(session, "SELECT alias FROM actor_alias WHERE actor_id = :a ORDER BY alias",
                                 {"a": actor.id})]
    return _store(session, gazetteer, target="actor", kind="actor_merge" if merging else "actor_rename",
                  actor_name=actor.name, old_value=json.dumps({"name": actor.name, "aliases": aliases}, ensure_ascii=False),
                  new_value=json.dumps({"name": other.name if merging else name}, ensure_ascii=False),
                  reason=_reason(reason))


def undo(session: Session, correction_id: int, gazetteer: Gazetteer) -> Correction:
    """The correction marked undone and its effect taken back: what extraction derived returns,
    with every other correction applied again."""
    correction = session.get(Correction, correction_id)
    if correction is None:
        raise CorrectionError(f"no correction {correction_id}", "no_correction", correction_id)
    if correction.undone_at is not None:
        raise CorrectionError("this correction is undone already", "undone_already")
    correction.undone_at = datetime.now(timezone.utc)
    session.add(correction)
    session.flush()
    if correction.kind in ("merge", "split"):
        recluster(session, None, gazetteer)  # which mentions are one happening: clustering's to say again
        if correction.kind == "merge":
            _restore_id(session, json.loads(correction.new_value)["anchors"], json.loads(correction.old_value)["event"])
    elif correction.kind in ACTOR_KINDS:
        _undo_actor(session, correction, gazetteer)
    elif correction.kind in (*EVENT_FIELDS, "actor_remove"):
        event_id = locate(session, json.loads(correction.anchors))
        if event_id is not None:
            rederive(session, {event_id}, gazetteer)
    apply_all(session, gazetteer)
    return correction


def _restore_id(session: Session, anchors: list, old_id: int) -> None:
    """The event a merge took in, parted again, under its old id (its permalink) when that is free."""
    current = locate(session, anchors)
    if current is None or current == old_id or session.get(Event, old_id) is not None:
        return
    event = session.get(Event, current)
    copy = Event(**{k: getattr(event, k) for k in Event.model_fields if k != "id"}, id=old_id)
    session.add(copy)
    session.flush()
    for table in ("citation", "event_actor"):
        execute(session, f"UPDATE {table} SET event_id = :old WHERE event_id = :new", {"old": old_id, "new": current})
    session.delete(event)
    session.flush()


def _undo_actor(session: Session, correction: Correction, gazetteer: Gazetteer) -> None:
    """The old name back: its aliases return to it, and the events whose mentions name it link it again."""
    old = json.loads(correction.old_value)
    current = actor_named(session, json.loads(correction.new_value)["name"])
    mine = {old["name"], *old["aliases"]}
    if current is not None:
        taken = session.exec(select(ActorAlias).where(ActorAlias.actor_id == current.id,
                                                      col(ActorAlias.alias).in_(sorted(mine)))).all()
        for alias in taken:
            session.delete(alias)
        if correction.kind == "actor_rename" and current.name != old["name"] and \
                session.exec(select(Actor).where(Actor.name == old["name"])).first() is None:
            current.name = old["name"]  # renamed in place: the row takes its old name back
            session.add(current)
        session.flush()
    needle = json.dumps(old["name"], ensure_ascii=False)
    has_name = dialect.contains(dialect.name_of(session), "actors", "needle")
    events = {r[0] for r in run(session, "SELECT DISTINCT event_id FROM citation WHERE event_id IS NOT NULL AND "
                                         f"{has_name}", {"needle": needle})}
    rederive(session, events, gazetteer)
    actor = session.exec(select(Actor).where(Actor.name == old["name"])).first()
    if actor is not None:
        for alias in old["aliases"]:
            if session.exec(select(ActorAlias).where(ActorAlias.alias == alias)).first() is None:
                session.add(ActorAlias(actor_id=actor.id, alias=alias))
    session.flush()


def history(session: Session, event_id: int | None = None, limit: int = 500) -> list[Correction]:
    """Corrections, newest first; of one event, only those in effect on it now."""
    query = select(Correction).order_by(col(Correction.created_at).desc(), col(Correction.id).desc()).limit(limit)
    if event_id is not None:
        query = query.where(Correction.event_id == event_id, col(Correction.undone_at).is_(None))
    return list(session.exec(query).all())


def event_actors(session: Session, event_id: int) -> list[tuple[int, str]]:
    """(id, name) of the actors linked to the event, by name."""
    return [tuple(r) for r in run(session, "SELECT a.id, a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id "
                                           "WHERE ea.event_id = :e ORDER BY a.name", {"e": event_id})]
