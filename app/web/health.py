"""Health check and the language switch."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, RedirectResponse
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


@router.get("/lang", include_in_schema=False)
def switch_language(to: str = Query("id", pattern="^(id|en)$"), next: str = "/"):
    # only local paths, so the switch cannot be used to redirect elsewhere
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie("lang", to, max_age=365 * 24 * 3600, samesite="lax")
    return response
