"""Signing in and out as the writer: GET/POST /login with the write token, POST /logout.

The cookie set on sign-in holds an HMAC keyed by the token (writer.py), HttpOnly, SameSite=Strict,
and Secure when the request came over https.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from .deps import language, render
from .i18n import labels
from .writer import COOKIE, Writer, check_origin, read_form, require_writer, token_matches, writer_cookie

router = APIRouter()


def _local(path: object) -> str:
    """Where to go after signing in: a path on this site only, never another ('//evil.example')."""
    if isinstance(path, str) and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return "/articles/new"


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str = "/articles/new"):
    return render(request, "login.html", "_login.html", {"next": _local(next)})


@router.post("/login", include_in_schema=False)
async def login(request: Request):
    check_origin(request)
    form = await read_form(request)
    given, target = form.get("token"), _local(form.get("next"))
    if not isinstance(given, str) or not token_matches(request, given):
        # with no token set, the page itself says how to turn writing on
        error = None if request.app.state.settings.admin_token is None else labels(language(request))["refused_bad_token"]
        return render(request, "login.html", "_login.html", {"next": target, "error": error}, status_code=403)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(COOKIE, writer_cookie(request.app.state.settings.admin_token), httponly=True,
                        samesite="strict", secure=request.url.scheme == "https", path="/")
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, writer: Writer = Depends(require_writer)):
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response
