"""Corrections from the web: the writes of the event page's "Koreksi" forms (date, summary, status,
place, hide/unhide, merge, split; actors renamed, merged, removed), undo, and the "Riwayat"
(history) page. Every write is a POST behind `require_writer` (CSRF for browsers, or the bearer
token), answered with a redirect to the page to see it on; the forms are boosted by htmx.
"""
from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from sqlmodel import Session
from starlette.datastructures import FormData

from ..store.curation import (
    CorrectionError,
    correct_event,
    event_actors,
    history,
    merge_events,
    remove_actor,
    rename_actor,
    split_event,
    undo,
)
from ..store.filters import EventQuery
from ..store.queries import find_event_views, get_event
from .deps import GazetteerDep, get_session, render
from .writer import Refusal, Writer, is_writer, read_form, require_writer

router = APIRouter()
NOT_FOUND = ("no_event", "no_actor", "no_correction")


async def form_fields(request: Request) -> FormData:
    return await read_form(request)


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


def _local(path: str | None, default: str) -> str:
    """Where to go back to: a path of this site only."""
    if path and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return default


def _done(session: Session, work, where: str) -> RedirectResponse:
    try:
        work()
    except CorrectionError as exc:
        session.rollback()
        raise Refusal(404 if exc.code in NOT_FOUND else 400, f"corr_{exc.code}", *exc.args_) from exc
    session.commit()
    return RedirectResponse(where, status_code=303)


@router.post("/events/{event_id}/corrections", include_in_schema=False)
def correct(event_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
            form: FormData = Depends(form_fields), session: Session = Depends(get_session)):
    """kind: date, summary, status, place, hide or unhide; value; reason."""
    kind = _text(form, "kind") or ""
    return _done(session, lambda: correct_event(session, event_id, kind, _text(form, "value"), _text(form, "reason"),
                                                gazetteer), _local(_text(form, "next"), f"/events/{event_id}"))


@router.post("/events/{event_id}/merge", include_in_schema=False)
def merge(event_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
          form: FormData = Depends(form_fields), session: Session = Depends(get_session)):
    """other: the event whose citations join this one."""
    other = (_text(form, "other") or "").strip().lstrip("#")
    if not other.isdigit():
        raise Refusal(400, "corr_bad_other")
    return _done(session, lambda: merge_events(session, event_id, int(other), _text(form, "reason"), gazetteer),
                 _local(_text(form, "next"), f"/events/{event_id}"))


@router.post("/events/{event_id}/split", include_in_schema=False)
def split(event_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
          form: FormData = Depends(form_fields), session: Session = Depends(get_session)):
    """citation (repeated): the citations to move into a new event."""
    chosen = [int(v) for v in form.getlist("citation") if isinstance(v, str) and v.isdigit()]
    return _done(session, lambda: split_event(session, event_id, chosen, _text(form, "reason"), gazetteer),
                 f"/events/{event_id}")


@router.post("/events/{event_id}/actors/{actor_id}/remove", include_in_schema=False)
def remove(event_id: int, actor_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
           form: FormData = Depends(form_fields), session: Session = Depends(get_session)):
    return _done(session, lambda: remove_actor(session, event_id, actor_id, _text(form, "reason"), gazetteer),
                 f"/events/{event_id}")


@router.post("/actors/{actor_id}/rename", include_in_schema=False)
def rename(actor_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
           form: FormData = Depends(form_fields), session: Session = Depends(get_session)):
    """name: the new name; another actor's name (or alias) merges the two, its aliases following."""
    return _done(session, lambda: rename_actor(session, actor_id, _text(form, "name"), _text(form, "reason"), gazetteer),
                 _local(_text(form, "next"), "/riwayat"))


@router.post("/corrections/{correction_id}/undo", include_in_schema=False)
def undo_correction(correction_id: int, gazetteer: GazetteerDep, writer: Writer = Depends(require_writer),
                    form: FormData = Depends(form_fields), session: Session = Depends(get_session)):
    return _done(session, lambda: undo(session, correction_id, gazetteer), _local(_text(form, "next"), "/riwayat"))


def _shown(raw: str) -> object:
    value = json.loads(raw)
    if isinstance(value, dict):
        return value.get("name") or value.get("date") or value.get("summary") or (
            f"#{value['event']}" if value.get("event") else "")
    return value


@router.get("/riwayat", include_in_schema=False)
def history_page(request: Request, session: Session = Depends(get_session)):
    """Every correction, newest first, each with its undo button."""
    rows = [{"c": c, "old": _shown(c.old_value), "new": _shown(c.new_value)} for c in history(session)]
    return render(request, "riwayat.html", "_riwayat.html", {"rows": rows})


def curation_context(request: Request, session: Session, event_id: int, merge_q: str | None) -> dict:
    """What the event page shows of corrections: those in effect, and for a writer the forms' choices."""
    context = {"corrections": [{"c": c, "old": _shown(c.old_value), "new": _shown(c.new_value)}
                               for c in history(session, event_id)], "merge_q": merge_q, "candidates": []}
    if not is_writer(request):
        return context
    context["actor_ids"] = event_actors(session, event_id)
    words = (merge_q or "").strip()
    if words.lstrip("#").isdigit():
        found = get_event(session, int(words.lstrip("#")))
        context["candidates"] = [found] if found and found.id != event_id else []
    elif words:
        context["candidates"] = [v for v in find_event_views(session, EventQuery(q=words[:200], limit=11, hidden=True))
                                 if v.id != event_id][:10]
    return context


@router.get("/events/{event_id}/merge-candidates", include_in_schema=False)
def merge_candidates(request: Request, event_id: int, merge_q: str | None = None,
                     session: Session = Depends(get_session)):
    """The merge form's search answers (htmx active search; the event page shows the same without JS)."""
    context = curation_context(request, session, event_id, merge_q)
    return render(request, "event_merge.html", "_merge_candidates.html", {"event_id": event_id, **context})
