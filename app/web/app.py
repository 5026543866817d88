"""The app factory: builds settings-bound state when called, never at import time."""
from __future__ import annotations

from contextlib import asynccontextmanager

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..errors import QueryError
from ..extract.actors import Gazetteer
from ..paths import project_path
from ..settings import Settings
from ..store.db import make_engine, upgrade_to_head
from ..store.seeds import load_seeds_if_empty
from ..store.timeline import TimelineCache
from . import actors, articles, corrections, events, health, jobs, lang, login
from .deps import error_page, language, wants_partial
from .explain import explain
from .i18n import labels
from .labels import axis_label
from .labels import label as date_label

SWAGGER_UI_VERSION = "5.35.0"  # static/swagger-ui-*-5.35.0.*, from the npm package swagger-ui-dist
from .marking import highlight_words, quote_html, web_url
from .limits import RequestSizeLimitMiddleware
from .security import SecurityHeadersMiddleware
from .timing import ServerTimingMiddleware
from .worker import IngestWorker
from .writer import Refusal, csrf_token, is_writer, writes_on



def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        upgrade_to_head(settings.database_url)
        engine = make_engine(settings.database_url)
        gazetteer = Gazetteer.load(settings.gazetteer_path)
        if settings.load_seeds:
            load_seeds_if_empty(engine, settings.seeds_dir, gazetteer, settings.max_article_bytes)
        app.state.engine = engine
        app.state.gazetteer = gazetteer
        app.state.timeline_cache = TimelineCache(engine, settings.timeline_cache_size)
        # the uploads' ingestion: one thread of the app's own, never the event loop or a request
        app.state.worker = IngestWorker(engine, gazetteer, settings.max_article_bytes, settings.recover_jobs)
        app.state.worker.start()
        yield
        app.state.worker.shutdown()
        app.state.timeline_cache.close()
        engine.dispose()

    # the API docs are served from the vendored Swagger UI (static/), never a CDN: the app works offline
    app = FastAPI(title="Linimasa", description="Indonesian news as a cited timeline of events.",
                  version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None)

    @app.get("/docs", include_in_schema=False)
    def api_docs(request: Request):
        # FastAPI's own docs page starts Swagger UI with an inline script, which the CSP forbids
        return request.app.state.templates.TemplateResponse(
            request, "docs.html", {"version": SWAGGER_UI_VERSION, "openapi_url": app.openapi_url})
    app.state.settings = settings
    # templates are read once; re-reading them on every include (Jinja's default) costs a
    # stat() per event card
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(project_path("templates")),
                                     autoescape=jinja2.select_autoescape(), auto_reload=settings.reload_templates)
    templates = Jinja2Templates(env=environment)
    templates.env.globals.update(link=events.link, page_title=events.page_title, is_partial=wants_partial, label=date_label, axis_label=axis_label, quote_html=quote_html, highlight_words=highlight_words, explain=explain,
                                 web_url=web_url, is_writer=is_writer, csrf_token=csrf_token, writes_on=writes_on)
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(project_path("static"))), name="static")
    for module in (events, articles, corrections, jobs, login, actors, health, lang):
        app.include_router(module.router)

    app.add_middleware(RequestSizeLimitMiddleware, max_bytes=settings.max_request_bytes)
    app.add_middleware(ServerTimingMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)

    @app.exception_handler(Refusal)
    async def refusal(request: Request, exc: Refusal):
        message = labels(language(request))[exc.key].format(*exc.params)
        if request.url.path.startswith("/api/") or request.headers.get("authorization"):
            return JSONResponse({"detail": message}, status_code=exc.status_code)
        return error_page(request, message, exc.status_code)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        L = labels(language(request))
        message = L[f"query_{exc.code}"].format(L[exc.field], *exc.params) if exc.code else str(exc)
        return error_page(request, message, 400, exc.field)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if request.url.path.startswith("/api/"):
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
            return JSONResponse({"detail": problems}, status_code=422)
        # the page words each problem in its language: pydantic's messages are English
        L = labels(language(request))
        errors = exc.errors()
        problems = "; ".join(
            L.get(f"invalid_{e['type']}", L["invalid_other"]).format(
                L[str(e["loc"][-1])] if str(e["loc"][-1]) in L else e["loc"][-1], e.get("input", ""))
            for e in errors)
        field = str(errors[0]["loc"][-1]) if errors else None
        return error_page(request, problems, 422, field)

    return app
