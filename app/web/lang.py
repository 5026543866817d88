"""The language switch: Indonesian or English, remembered in a cookie."""
from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import RedirectResponse

router = APIRouter()


@router.get("/lang", include_in_schema=False)
def switch_language(to: str = Query("id", pattern="^(id|en)$"), next: str = "/"):
    # only local paths, so the switch cannot be used to redirect elsewhere
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie("lang", to, max_age=365 * 24 * 3600, samesite="lax")
    return response
