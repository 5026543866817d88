"""The size limit on a whole request (LINIMASA_MAX_REQUEST_BYTES): a request whose Content-Length
says it is larger is refused with 413 before anything reads it, and a body streamed without one
(chunked) is counted as it arrives and refused as soon as it passes the limit.

A plain ASGI middleware, like timing.py: it sees the body's chunks before any route does.
"""
from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .deps import error_page, language
from .i18n import labels


class _TooLarge(Exception):
    """Raised into the route reading the body; the 413 has been sent already."""


async def _refuse(scope: Scope, send: Send, limit: int) -> None:
    request = Request(scope)
    response = error_page(request, labels(language(request))["too_large"].format(f"{limit:,}"), 413)
    response.headers["Connection"] = "close"

    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)


class RequestSizeLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            await _refuse(scope, send, limit)
            return
        received = 0
        refused = started = False

        async def counted_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if not started:
                        await _refuse(scope, send, limit)
                    refused = True
                    raise _TooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:  # the 413 is the answer: whatever the route makes of the broken body is dropped
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not refused:
                raise
