"""Who may write: the write token, the signed-in writer's cookie, CSRF tokens, and `require_writer`,
the one dependency every route that writes depends on.

Reading is public. Writing from the web needs LINIMASA_ADMIN_TOKEN set; with none, every write is
refused (403) and the pages say how to turn it on. A browser signs in once with the token
(login.py) and gets an HttpOnly, SameSite=Strict cookie holding an HMAC keyed by the token, never
the token itself; each of its POST forms carries a CSRF token derived from that cookie. An API
client sends `Authorization: Bearer <token>` instead and needs no CSRF token. A POST whose Origin
header names another origin is refused whatever it carries.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import FormData

COOKIE = "linimasa_writer"
_SESSION_PURPOSE = b"linimasa writer session v1"
_CSRF_PURPOSE = b"linimasa csrf v1"


class Refusal(Exception):
    """A request refused with a message in the UI's language: `key` names a label in i18n.py,
    formatted with `args`."""

    def __init__(self, status_code: int, key: str, *args: object) -> None:
        super().__init__(key)
        self.status_code, self.key, self.params = status_code, key, args


@dataclass(frozen=True)
class Writer:
    via: str  # "cookie" (a signed-in browser) or "bearer" (an API client)


def _token(request: Request) -> str | None:
    return request.app.state.settings.admin_token or None


def writer_cookie(token: str) -> str:
    """The cookie's value: derived from the token, so the token itself is never stored in a browser."""
    return hmac.new(token.encode(), _SESSION_PURPOSE, hashlib.sha256).hexdigest()


def _csrf_for(cookie: str) -> str:
    return hmac.new(cookie.encode(), _CSRF_PURPOSE, hashlib.sha256).hexdigest()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def writes_on(request: Request) -> bool:
    return _token(request) is not None


def is_writer(request: Request) -> bool:
    """The browser holds a valid writer cookie."""
    token, cookie = _token(request), request.cookies.get(COOKIE)
    return token is not None and cookie is not None and _same(cookie, writer_cookie(token))


def csrf_token(request: Request) -> str:
    """The hidden input of every POST form a signed-in writer is shown ("" to anyone else)."""
    return _csrf_for(request.cookies[COOKIE]) if is_writer(request) else ""


def may_see_hidden(request: Request) -> bool:
    """A signed-in writer, or an API client with the bearer token: who may ask for hidden events."""
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    return is_writer(request) or (scheme.lower() == "bearer" and token_matches(request, credentials.strip()))


def token_matches(request: Request, given: str) -> bool:
    token = _token(request)
    return token is not None and _same(given, token)


def check_origin(request: Request) -> None:
    """A POST that says it comes from another origin (a page elsewhere submitting a form here) is refused."""
    origin = request.headers.get("origin")
    if origin is None:
        return
    own = f"{request.url.scheme}://{request.url.netloc}"
    if origin.lower() != own.lower():
        raise Refusal(403, "refused_origin", origin)


async def read_form(request: Request) -> FormData:
    """The request's form, read once (Starlette keeps it). Parts may be as large as the whole
    request may be: pasted text is a field, and Starlette's own limit for one is 1 MB."""
    return await request.form(max_part_size=request.app.state.settings.max_request_bytes)


async def require_writer(request: Request) -> Writer:
    """The dependency of every write route: a configured token, then the bearer token or a signed-in
    browser whose form carries its CSRF token, and never another origin."""
    token = _token(request)
    if token is None:
        raise Refusal(403, "writes_off")
    check_origin(request)
    authorization = request.headers.get("authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer":
        if _same(credentials.strip(), token):
            return Writer("bearer")
        raise Refusal(403, "refused_bad_token")
    if not is_writer(request):
        raise Refusal(403, "refused_not_signed_in")
    sent = (await read_form(request)).get("csrf")
    if not isinstance(sent, str) or not _same(sent, csrf_token(request)):
        raise Refusal(403, "refused_csrf")
    return Writer("cookie")
