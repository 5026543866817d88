"""Request dependencies: the one database session, the language, page-or-partial."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from ..extract.actors import Gazetteer
from ..settings import Settings
from ..store.timeline import TimelineCache
from .i18n import labels


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


# what create_app built once, reached by routes as typed dependencies rather than app.state
def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_gazetteer(request: Request) -> Gazetteer:
    return request.app.state.gazetteer


def get_timeline_cache(request: Request) -> TimelineCache:
    return request.app.state.timeline_cache


SettingsDep = Annotated[Settings, Depends(get_settings)]
GazetteerDep = Annotated[Gazetteer, Depends(get_gazetteer)]
TimelineCacheDep = Annotated[TimelineCache, Depends(get_timeline_cache)]


def wants_partial(request: Request) -> bool:
    """htmx asks for the fragment; a history restore or a boosted page load needs the whole page."""
    return (request.headers.get("HX-Request") == "true"
            and request.headers.get("HX-History-Restore-Request") != "true"
            and request.headers.get("HX-Boosted") != "true")


def language(request: Request) -> str:
    return "en" if request.cookies.get("lang") == "en" else "id"


def render(request: Request, page: str, partial: str, context: dict, status_code: int = 200):
    """The page, or only its partial when htmx asked; the page includes exactly that partial."""
    templates = request.app.state.templates
    lang = language(request)
    context = {**context, "lang": lang, "L": labels(lang), "partial": partial}
    name = partial if wants_partial(request) else page
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Vary"] = "HX-Request"
    return response


def error_page(request: Request, message: str, status_code: int, field: str | None = None):
    """The error page (or, to htmx, the same page, whose `.error p` the script shows beside the
    form, or beside the field that `field` names)."""
    lang = language(request)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"message": message, "field": field, "lang": lang, "L": labels(lang)},
        status_code=status_code)
