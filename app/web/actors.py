"""Actors: /api/actors, every actor with its aliases and event count; /actors/facet, the
timeline's actor facet (its search box and "show all")."""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from sqlmodel import Session

from ..store.facets import filter_actor_counts
from ..store.filters import EventFilter, EventQuery
from ..store.models import ActorPublic
from ..store.queries import list_actors
from ..store.timeline import FACETS_SHOWN, named_facets, top_actors
from .deps import TimelineCacheDep, get_session, render, wants_partial
from .events import FacetChoice, TimelinePage, event_query, facet_choice, fill_facets, query_params

router = APIRouter()


@router.get("/api/actors", response_model=list[ActorPublic], tags=["actors"])
def api_actors(session: Session = Depends(get_session)):
    return list_actors(session)


def facet_params(query: EventQuery, choice: FacetChoice) -> list[tuple[str, str]]:
    params = query_params(query)
    if choice.text:
        params.append(("facet", choice.text))
    if choice.all:
        params.append(("all_actors", "1"))
    return params


@router.get("/actors/facet", include_in_schema=False)
def actor_facet(request: Request, cache: TimelineCacheDep, query: EventQuery = Depends(event_query),
                choice: FacetChoice = Depends(facet_choice), session: Session = Depends(get_session)):
    """The facet's list for the current filters (htmx active search, "show all"); as a plain
    GET, the timeline showing that facet. Read off the filter's actor counts, which the page that
    shows the facet has left in the cache."""
    if not wants_partial(request):
        params = facet_params(query, choice)
        return RedirectResponse("/" + ("?" + urlencode(params) if params else ""), status_code=303)
    page = TimelinePage(query, 0, [], None, "year")
    actors = filter_actor_counts(session, cache, query, EventFilter.of(session, query))
    top = [] if choice.text or choice.all else named_facets(session, top_actors(actors, FACETS_SHOWN))
    fill_facets(page, session, actors, top, choice)
    return render(request, "_actor_facet.html", "_actor_facet.html", {"page": page, "query": query})
