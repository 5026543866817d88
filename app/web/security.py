"""Security headers on every response: a Content-Security-Policy that allows no inline script or
style and nothing from elsewhere (the app works offline, from its own static files), no framing,
no MIME sniffing, and no full referrer sent to the sources users follow.

A plain ASGI middleware, like timing.py, so responses are not streamed through an extra task.
"""
from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                           "form-action 'self'; frame-ancestors 'none'")
# vis-timeline's standalone build (static/vis-timeline-graph2d-8.5.4.min.js) injects its stylesheets
# as <style> elements when it loads. The same rules come from the vendored CSS file, but a refused
# injection is a console error per sheet; the timeline page, the one page that loads vis, allows
# exactly these sheets by hash (the 1st is the empty sheet each starts as). No 'unsafe-inline': no
# other inline style is allowed. A new vis version needs its hashes here (the browser's message
# names them; tests/e2e/test_security.py fails until then).
VIS_TIMELINE_STYLE_HASHES = (
    "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "ATJNJCL6Wpn/tPBpNaKy3Ig13EdPxHee6ABd7iI5mws=",
    "4cgFR0//m8/eHo2G/esYsuZetUHlzCUWYM59sfgE9zY=", "gGUn/VMBXCeWm86qX/pOf+4ZDSbe0JcaXXb4rJjw1mA=",
    "QuPewnJYr+SnQiTnCNHFBw99ExTsz9f8w5320PimEPw=", "v0QGAkPIWT/V4bfkkxL6vDfyRDULSXZUBrHxAFR30lY=",
    "c5RgAgDBfjnEymw+IboUyFPkkpdh8YEBSEryb+t1dMk=", "Pp9TeUBeLNGvSpG/WQNr6F3PYBi3hh26KmQ3FkCtS/s=",
    "JpD3E+Z6xKRloIXUfvynO2x74VKoQhS46cmzKyphJl4=", "XBP/Oxjt3ECoRQDQ/Oy5mLhrX1dQxCIiptFACGjUcTs=",
    "q+AlK1feXh8YLw+gxDqtezQZl8UqsWOM3W5c0pt//tg=", "w0Te9S8PSkCwFxTBObrIR3XmcxltdxckbplgXIG85qk=",
    "U3cY7+F4GcTGxjocx4JSltmifCzwxxzq20dqKX4Tpyc=", "baaZQ3ax85WnC7GoHJg/b0c0Mc2RCKGK73AZ1RkuJn8=",
    "w6U1+htdQc1k4FTNbX5Rk8gOIBBM7jVgmCKvXCQklGE=",
)
TIMELINE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
    "style-src 'self';", "style-src 'self' " + " ".join(f"'sha256-{h}'" for h in VIS_TIMELINE_STYLE_HASHES) + ";")
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors' older spelling, for older browsers
}


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
