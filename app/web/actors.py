"""Actors: /api/actors, every actor with its aliases and event count."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlmodel import Session

from ..store.models import ActorPublic
from ..store.queries import list_actors
from .deps import get_session

router = APIRouter()


@router.get("/api/actors", response_model=list[ActorPublic], tags=["actors"])
def api_actors(session: Session = Depends(get_session)):
    return list_actors(session)
