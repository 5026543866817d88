"""Events: the timeline page (/), one event (/events/{id}), and /api/events.

The page and the API read the same filter parameters; the URL holds the whole state.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import groupby
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlmodel import Session

from ..errors import QueryError
from ..exports import FORMATS, export
from ..extract.model import STATUSES
from ..extract.values import value_bounds
from ..store.axis import axis_data, parse_lanes
from ..store.facets import MAX_FACET_TEXT, actor_facets
from ..store.filters import SORTS, EventFilter, EventQuery, page_ids
from ..store.models import EventPublic
from ..store.queries import EventView, event_views, find_event_views, get_event, outlets, public_events
from ..store.search import ArticleHit, articles_beyond_citations, quote_hits
from ..store.timeline import (
    FACETS_SHOWN,
    ZOOMS,
    TimelineCache,
    TimelineCounts,
    bar_slots,
    clip_bars,
    clipped_span,
    count_events,
    day_histogram,
    fitting_zoom,
    over_period,
    zoom_for,
)
from .corrections import curation_context
from .deps import SettingsDep, TimelineCacheDep, get_session, render, wants_partial
from .i18n import labels
from .labels import label as date_label
from .security import TIMELINE_CONTENT_SECURITY_POLICY
from .writer import may_see_hidden

router = APIRouter()


def event_query(request: Request, settings: SettingsDep, actor: list[str] = Query([], description="Actor (canonical name or alias); "
                                                                         "repeat to require several"),
                date_from: str | None = Query(None, alias="from", description="Earliest date, any granularity: "
                                              "2023-09, Juni 2024, 2019, 11/9/2023"),
                date_to: str | None = Query(None, alias="to", description="Latest date, any granularity"),
                outlet: str | None = Query(None, description="Outlet of a citing article"),
                status: str | None = Query(None, description="happened, planned or reported"),
                q: str | None = Query(None, description="Words that a cited passage contains"),
                moments: str | None = Query(None, description="1: key moments only, happenings told by two or "
                                                              "more outlets and each month's most-told"),
                limit: int | None = Query(None, description="Events per page (1-500)"),
                offset: int = Query(0, description="Events to skip"),
                sort: str | None = Query(None, description="oldest (default), newest, or sources: most cited "
                                                           "first"),
                hidden: str | None = Query(None, description="1: hidden events too (writers only; ignored for "
                                                             "anyone else)")) -> EventQuery:
    return EventQuery.from_params(actor, date_from, date_to, outlet, status, q,
                                  limit if limit is not None else settings.page_size, offset, moments, sort,
                                  hidden if may_see_hidden(request) else None)


def query_params(query: EventQuery, **changes) -> list[tuple[str, str]]:
    """A query as URL parameters, with `changes` applied (None removes a parameter): the URL's
    vocabulary is the web layer's, not the store's."""
    current = {"actor": query.actors, "from": query.date_from, "to": query.date_to, "outlet": query.outlet,
               "status": query.status, "q": query.q, "moments": "1" if query.key_moments else None,
               "sort": query.sort if query.sort != SORTS[0] else None, "hidden": "1" if query.hidden else None}
    current.update(changes)
    out: list[tuple[str, str]] = []
    for key, value in current.items():
        if isinstance(value, list):
            out.extend((key, v) for v in value)
        elif value not in (None, ""):
            out.append((key, str(value)))
    return out


def link(query: EventQuery, changes: dict | None = None, zoom: str | None = None, offset: int | None = None,
         path: str = "/") -> str:
    """URL of `path` with this query's filters, `changes` applied (None drops a filter)."""
    params = query_params(query, **(changes or {}))
    if offset:
        params.append(("offset", str(offset)))
    if zoom:
        params.append(("zoom", zoom))
    return path + ("?" + urlencode(params) if params else "")


def page_title(query: EventQuery, lang: str) -> str:
    """What a timeline page shows, as its title says it: "Vladimir Putin, 2024"; the
    timeline's name when nothing is chosen."""
    L = labels(lang)
    parts = list(query.actors)
    if query.date_from or query.date_to:
        if query.date_from == query.date_to:
            parts.append(date_label(query.date_from, lang))
        else:
            parts.append(f"{date_label(query.date_from, lang) if query.date_from else '…'}–"
                         f"{date_label(query.date_to, lang) if query.date_to else '…'}")
    if query.q:
        parts.append(f"“{query.q}”")
    if query.outlet:
        parts.append(query.outlet)
    if query.status:
        parts.append(L[query.status])
    if query.key_moments:
        parts.append(L["key_moments"])
    return ", ".join(parts) or L["timeline"]


@dataclass
class EventGroup:
    key: str  # TIMEX3 value of the group: "2023-09" or "2019"
    events: list[EventView]
    hidden: int = 0  # events of this month not shown on the page ("12 more events in ...")
    more_url: str | None = None


@dataclass
class TimelinePage:
    query: EventQuery
    total: int
    groups: list[EventGroup]
    next_offset: int | None
    zoom: str
    bars: list[tuple[str, int]] = field(default_factory=list)
    bar_slots: list[tuple[str, int, int]] = field(default_factory=list)  # (value, events, place on the axis)
    slots: int = 0  # the histogram's length in buckets, empty ones included
    facets: list[tuple[str, str, int]] = field(default_factory=list)
    facet_text: str = ""  # the facet's search box
    facets_more: bool = False  # the facet shows the top actors only: offer "show all"
    article_hits: list[ArticleHit] = field(default_factory=list)  # the search words outside any citation
    _actor_urls: dict[str, str] = field(default_factory=dict, repr=False)

    def actor_url(self, name: str) -> str:
        """The timeline narrowed to one more actor; one URL per actor, however many cards show it."""
        if name not in self._actor_urls:
            actors = self.query.actors if name in self.query.actors else [*self.query.actors, name]
            self._actor_urls[name] = link(self.query, {"actor": actors})
        return self._actor_urls[name]


def _group_key(view: EventView) -> str:
    e = view.event
    if e.granularity in ("day", "week", "month"):
        return e.date_start.strftime("%Y-%m")
    return e.date_start.strftime("%Y")


def build_groups(query: EventQuery, views: list[EventView], dense: int, counts: dict[str, int]) -> list[EventGroup]:
    """Cards grouped by month (or year, for coarser dates); a month with more than `dense`
    events shows `dense` of them and a row that opens the month. Most cited first is not
    in date order: one group with no heading (key "")."""
    if query.sort == "sources":
        return [EventGroup("", views)] if views else []
    within_one_month = bool(query.date_from and query.date_to and query.date_from[:7] == query.date_to[:7]
                            and len(query.date_from) >= 7)
    groups = []
    for key, members in groupby(views, key=_group_key):
        members = list(members)
        group = EventGroup(key, members)
        if len(key) == 7 and not within_one_month and counts.get(key, 0) > dense and len(members) > dense:
            group.events = members[:dense]
            group.hidden = len(members) - dense
            group.more_url = link(query, {"from": key, "to": key}, zoom="day")
        groups.append(group)
    return groups


def _auto_zoom(query: EventQuery, counts: TimelineCounts) -> str:
    if not counts.months:
        return "year"
    first, last = value_bounds(min(counts.months)[:4])[0], value_bounds(max(counts.months)[:4])[1]
    asked_first, asked_last = query.period
    first, last = max(first, asked_first or first), min(last, asked_last or last)
    return zoom_for(first, last) if first <= last else "year"


@dataclass(frozen=True)
class FacetChoice:
    """What the actor facet shows: the top actors, every actor (`all`), or those matching `text`."""
    text: str = ""
    all: bool = False


def facet_choice(facet: str | None = Query(None, description="Show the actors whose name contains this"),
                 all_actors: str | None = Query(None, description="1: show every actor in the facet")) -> FacetChoice:
    text = (facet or "").strip()
    if len(text) > MAX_FACET_TEXT:
        raise QueryError(f"'facet' must be at most {MAX_FACET_TEXT} characters", "facet", "too_long",
                         (MAX_FACET_TEXT,))
    if (all_actors or "") not in ("", "0", "1"):
        raise QueryError(f"'all_actors' must be 1 or 0, not {all_actors!r}", "all_actors", "all_actors",
                         (all_actors,))
    return FacetChoice(text, all_actors == "1")


def fill_facets(page: "TimelinePage", session: Session, actors: dict[int, int], top: list,
                choice: FacetChoice) -> None:
    """The facet's actors: the top ones unless every actor or a search was asked for, which are read
    off `actors`, the filter's counts per actor (cached)."""
    page.facet_text = choice.text
    if choice.text or choice.all:
        page.facets = actor_facets(session, actors, choice.text)
    else:
        page.facets = top
        page.facets_more = len(top) >= FACETS_SHOWN


def timeline_page(session: Session, cache: TimelineCache, query: EventQuery, zoom: str | None, dense: int,
                  full: bool, choice: FacetChoice = FacetChoice()) -> TimelinePage:
    """One page of the timeline: the page's events, read fresh, and the filter's counts
    (total, histogram, month sizes, facets), from the cache while the data is unchanged."""
    event_filter = EventFilter.of(session, query)
    counts = cache.get(("counts", *query.filter_key), lambda: count_events(session, event_filter))
    views = event_views(session, page_ids(session, query, event_filter))
    if zoom not in ZOOMS:
        zoom = _auto_zoom(query, counts)
    elif counts.months:
        # asked for days over decades: step out; over the asked period only, so that days of a
        # month stay days even when an event of the 1950s overlaps it
        zoom = fitting_zoom(zoom, *clipped_span(counts.extent(), query.period))
    end = query.offset + len(views)
    total = counts.total
    page = TimelinePage(query, total, build_groups(query, views, dense, counts.months),
                        end if end < total else None, zoom)
    if full:
        if zoom == "day":
            bars = cache.get(("days", *query.filter_key), lambda: day_histogram(session, event_filter))
        else:
            bars = counts.histogram(zoom)
        page.bars = over_period(clip_bars(bars, zoom, *query.period), zoom, *query.period)
        page.bar_slots, page.slots = bar_slots(page.bars, zoom)
        fill_facets(page, session, counts.actors, counts.facets, choice)
        if query.q and not query.offset:
            page.article_hits = articles_beyond_citations(session, query.q)
    return page


@router.get("/", include_in_schema=False)
def timeline(request: Request, settings: SettingsDep, cache: TimelineCacheDep,
             query: EventQuery = Depends(event_query), zoom: str | None = None, lanes: str | None = None,
             choice: FacetChoice = Depends(facet_choice), session: Session = Depends(get_session)):
    lanes = parse_lanes(lanes)  # drawn by the axis script; refused here too so a bad link says why
    page = timeline_page(session, cache, query, zoom, settings.dense_group, full=True, choice=choice)
    response = render(request, "timeline.html", "_timeline_results.html",
                      {"page": page, "outlets": outlets(session), "statuses": STATUSES, "zooms": ZOOMS,
                       "sorts": SORTS, "lanes": lanes})
    response.headers["Content-Security-Policy"] = TIMELINE_CONTENT_SECURITY_POLICY  # the page that loads vis
    return response


@router.get("/events/page", include_in_schema=False)
def timeline_more(request: Request, settings: SettingsDep, cache: TimelineCacheDep,
                  query: EventQuery = Depends(event_query), zoom: str | None = None,
                  session: Session = Depends(get_session)):
    """The next page of event cards, appended by "load more" (a plain link without JavaScript)."""
    page = timeline_page(session, cache, query, zoom, settings.dense_group, full=False)
    return render(request, "timeline_more.html", "_event_page.html", {"page": page})


@router.get("/events/{event_id}", include_in_schema=False)
def event_page(request: Request, event_id: int, q: str | None = None, session: Session = Depends(get_session)):
    view = get_event(session, event_id)
    if view is None:
        raise HTTPException(404, f"no event {event_id}")
    hits = quote_hits(session, [c.id for c in view.citations], q)  # None: the page finds the words itself
    return render(request, "event.html", "_event_evidence.html",
                  {"view": view, "q": q, "hits": hits, "query": EventQuery(),
                   **(curation_context(request, session, event_id, None) if not wants_partial(request) else {})})


@router.get("/api/events", response_model=list[EventPublic], tags=["events"])
def api_events(query: EventQuery = Depends(event_query), session: Session = Depends(get_session)):
    """Events in date order, filtered like the timeline page (same parameters)."""
    return [v.to_public() for v in find_event_views(session, query)]


@router.get("/export.{fmt}", tags=["events"])
def export_view(fmt: str, query: EventQuery = Depends(event_query), session: Session = Depends(get_session)):
    """The current view (same filters as the page, every page of it) as a file: json, csv,
    timelinejs or ics."""
    if fmt not in FORMATS:
        raise HTTPException(404, f"no export format {fmt!r}; there are {', '.join(FORMATS)}")
    media_type, suffix = FORMATS[fmt]
    body = export(public_events(session, replace(query, limit=None, offset=0)), fmt)
    return Response(body, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="linimasa.{suffix}"'})


@router.get("/api/axis", tags=["events"])
def api_axis(query: EventQuery = Depends(event_query),
             lanes: str | None = Query(None, description="actor (the view's top actors) or outlet: one lane each"),
             session: Session = Depends(get_session)) -> dict:
    """The time axis of the timeline page: the filter's events over all time as items (day-level
    events as points, the rest as spans [start, end)), its period as the window, at most 1000 items."""
    # plain JSON already: a JSONResponse skips FastAPI's walk of every value (jsonable_encoder),
    # which cost more than the axis's queries for 1000 items
    return JSONResponse(axis_data(session, query, parse_lanes(lanes)).to_json())


@router.get("/api/events/{event_id}", response_model=EventPublic, tags=["events"])
def api_event(event_id: int, session: Session = Depends(get_session)):
    view = get_event(session, event_id)
    if view is None:
        raise HTTPException(404, f"no event {event_id}")
    return view.to_public()

