"""Health check: 200 when the database answers."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlmodel import Session

from .deps import get_session

router = APIRouter()


@router.get("/healthz", tags=["health"])
def healthz(session: Session = Depends(get_session)):
    try:
        session.exec(text("SELECT 1")).one()
    except Exception as exc:  # any database failure means unhealthy, and says why
        return JSONResponse({"status": "error", "detail": str(exc)}, status_code=503)
    return {"status": "ok"}

