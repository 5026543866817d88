"""The timeline's filters: `EventQuery` (parsed from URL parameters) and its SQL.

Every reader of filtered events (the timeline page, its counts, /api/events,
`linimasa export`) takes its FROM and WHERE from `EventFilter`, written once, in SQL.
Plain SQL because this is the hottest path of the app: a filter change runs it several
times per request, and SQLAlchemy's expression building and cache-key hashing cost
more than SQLite's answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session

from ..errors import QueryError
from ..extract.model import STATUSES
from ..extract.typed_dates import parse_date_input
from ..extract.values import value_bounds
from .db import run
from .dialect import citations_matching, name_of, text_query, unindexed

MAX_LIMIT = 500
# the list's orders: `sort=` in the URL; the first is the default
SORTS = ("oldest", "newest", "sources")
_ORDER_BY = {"oldest": "{first}, d.date_end, d.id",
             "newest": "{first} DESC, d.date_end DESC, d.id DESC",
             # most cited first; ties in timeline order
             "sources": "(SELECT count(*) FROM citation c WHERE c.event_id = d.id) DESC, d.date_start, d.date_end, d.id"}
# Longest event (in days, first to last) of span classes 0-3; class 4 is unbounded.
# Must agree with SPAN_CLASS in migrations/versions/0004_span_class.py.
SPAN_CLASS_DAYS = (0, 30, 365, 3652)


@dataclass
class EventQuery:
    actors: list[str] = field(default_factory=list)
    date_from: str | None = None  # TIMEX3 values, any granularity
    date_to: str | None = None
    outlet: str | None = None
    status: str | None = None
    q: str | None = None
    key_moments: bool = False  # only happenings told by two or more outlets, or each month's most-told
    hidden: bool = False  # hidden events too (for writers: the web layer decides who may ask)
    limit: int | None = 50
    offset: int = 0
    sort: str = SORTS[0]

    @classmethod
    def from_params(cls, actors: list[str] | None = None, date_from: str | None = None, date_to: str | None = None,
                    outlet: str | None = None, status: str | None = None, q: str | None = None,
                    limit: int | None = 50, offset: int = 0, moments: str | None = None,
                    sort: str | None = None, hidden: str | None = None) -> "EventQuery":
        """Parse URL parameters; raises QueryError with a message on anything malformed."""
        values = {}
        for name, raw in (("from", date_from), ("to", date_to)):
            raw = (raw or "").strip()
            if raw:
                value = parse_date_input(raw)
                if value is None:
                    raise QueryError(f"'{name}' is not a date Linimasa understands: {raw!r} "
                                     "(try 2023-09, Juni 2024, 2019 or 11/9/2023)", name, "not_a_date", (raw,))
                values[name] = value
        if values.get("from") and values.get("to") and value_bounds(values["from"])[0] > value_bounds(values["to"])[1]:
            raise QueryError(f"'from' ({values['from']}) is after 'to' ({values['to']})", "from", "from_after_to",
                             (values["from"], values["to"]))
        status = (status or "").strip() or None
        if status and status not in STATUSES:
            raise QueryError(f"'status' must be one of {', '.join(STATUSES)}, not {status!r}", "status", "status",
                             (", ".join(STATUSES), status))
        if limit is not None and not 1 <= limit <= MAX_LIMIT:
            raise QueryError(f"'limit' must be between 1 and {MAX_LIMIT}", "limit", "limit", (MAX_LIMIT,))
        if offset < 0:
            raise QueryError("'offset' must not be negative", "offset", "offset")
        moments = (moments or "").strip().lower()
        if moments not in ("", "0", "1", "true", "false"):
            raise QueryError(f"'moments' must be 1 (key moments only) or 0, not {moments!r}", "moments", "moments",
                             (moments,))
        sort = (sort or "").strip().lower() or SORTS[0]
        if sort not in SORTS:
            raise QueryError(f"'sort' must be one of {', '.join(SORTS)}, not {sort!r}", "sort", "sort",
                             (", ".join(SORTS), sort))
        hidden = (hidden or "").strip().lower()
        if hidden not in ("", "0", "1", "true", "false"):
            raise QueryError(f"'hidden' must be 1 (hidden events too) or 0, not {hidden!r}", "hidden", "hidden",
                             (hidden,))
        return cls(actors=[a.strip() for a in actors or [] if a.strip()], date_from=values.get("from"),
                   date_to=values.get("to"), outlet=(outlet or "").strip() or None, status=status,
                   q=(q or "").strip()[:200] or None, key_moments=moments in ("1", "true"),
                   hidden=hidden in ("1", "true"), limit=limit, offset=offset, sort=sort)

    @property
    def is_filtered(self) -> bool:
        return bool(self.actors or self.date_from or self.date_to or self.outlet or self.status or self.q
                    or self.key_moments)

    @property
    def filter_key(self) -> tuple:
        """What selects the events (not which page of them): the key of cached aggregates."""
        return (tuple(self.actors), self.date_from, self.date_to, self.outlet, self.status, self.q,
                self.key_moments, self.hidden)

    @property
    def period(self) -> tuple[date | None, date | None]:
        """First and last day the date filter allows; None for an open end."""
        return (value_bounds(self.date_from)[0] if self.date_from else None,
                value_bounds(self.date_to)[1] if self.date_to else None)

    @property
    def is_selective(self) -> bool:
        """Filters that usually leave few events, so sorting them beats walking the date index."""
        return bool(self.actors or self.date_from or self.date_to or self.q or self.outlet)


def resolve_actor_ids(session: Session, names: list[str]) -> list[int | None]:
    """Actor ids for canonical names or aliases (case-insensitive); None for an unknown name."""
    ids: list[int | None] = []
    for name in names:
        found = run(session, "SELECT id FROM actor WHERE lower(name) = :name UNION ALL "
                             "SELECT actor_id FROM actor_alias WHERE lower(alias) = :name LIMIT 1",
                    {"name": name.lower()})
        ids.append(found[0][0] if found else None)
    return ids


def _overlapping(select: str, conditions: list[str], first: date | None, last: date | None, params: dict) -> str:
    """SQL: `select` (SELECT ... FROM event or event_actor) of the rows that meet
    `conditions` and whose dates overlap [first, last].

    With both ends, one bounded date_start range per span class (migration 0004): an
    event no longer than N days that overlaps the period starts at most N days before
    it. The classes are joined by UNION ALL, not OR, so that each is planned as its own
    index range whether or not SQLite has statistics on the table.
    """
    def where(*more: str) -> str:
        return f"{select} WHERE " + " AND ".join([*conditions, *more])

    if first:
        params["first"] = first.isoformat()
    if last:
        params["last"] = last.isoformat()
    if first and last:
        branches = [where("span_class = 0", "date_start BETWEEN :first AND :last")]
        for span_class, days in enumerate(SPAN_CLASS_DAYS[1:], start=1):
            params[f"first_{span_class}"] = (first - timedelta(days=days)).isoformat()
            branches.append(where(f"span_class = {span_class}", f"date_start BETWEEN :first_{span_class} AND :last",
                                  "date_end >= :first"))
        branches.append(where("span_class = 4", "date_start <= :last", "date_end >= :first"))
        return " UNION ALL ".join(branches)
    if first:
        return where("date_end >= :first")
    if last:
        return where("date_start <= :last")
    return where()


@dataclass(frozen=True)
class EventFilter:
    """The events a query selects, as `SELECT ... FROM {source} WHERE {where}`, in which
    `d` names the selected rows: d.id, d.date_start and d.date_end are the event's.

    The rows come from where they are cheapest. Filtered by actor, from the first
    actor's links (event_actor carries the event's dates, so counting by month and
    ordering need not touch the event table); by period alone, from the event table's
    span-class ranges; otherwise from the event table itself.
    """

    source: str
    where: str
    params: dict

    def select(self, columns: str) -> str:
        return f"SELECT {columns} FROM {self.source} WHERE {self.where}"

    @property
    def selects_everything(self) -> bool:
        return self.source == "event d" and self.where == "TRUE"

    @classmethod
    def of(cls, session: Session, query: EventQuery) -> "EventFilter":
        first, last = query.period
        params: dict = {}
        actor_ids = resolve_actor_ids(session, query.actors)
        if None in actor_ids:
            return cls("event d", "FALSE", {})  # an actor nobody knows is in no event
        if actor_ids:
            params["actor_0"] = actor_ids[0]
            rows_sql = _overlapping("SELECT event_id AS id, date_start, date_end FROM event_actor",
                                    ["actor_id = :actor_0"], first, last, params)
        elif (first or last) and query.key_moments:
            # the period's key moments straight off their own index (migration 0012)
            rows_sql = _overlapping("SELECT id, date_start, date_end FROM event", ["key_moment = TRUE"],
                                    first, last, params)
        elif first or last:
            rows_sql = _overlapping("SELECT id, date_start, date_end FROM event", [], first, last, params)
        else:
            rows_sql = None
        source = f"({rows_sql}) AS d" if rows_sql else "event d"
        conditions: list[str] = []
        for n, actor_id in enumerate(actor_ids[1:], start=1):
            params[f"actor_{n}"] = actor_id
            conditions.append(f"EXISTS (SELECT 1 FROM event_actor ea{n} WHERE ea{n}.event_id = d.id "
                              f"AND ea{n}.actor_id = :actor_{n})")
        moments_in_rows = query.key_moments and not actor_ids and bool(first or last)
        if (query.status or (query.key_moments and not moments_in_rows)) and rows_sql:
            source += " JOIN event e ON e.id = d.id"
        if query.status:
            params["status"] = query.status
            conditions.append(f"{'e' if rows_sql else 'd'}.status = :status")
        if query.key_moments and not moments_in_rows:
            # a key moment is told by two or more outlets, or is its month's most-told happening
            # (flagged when happenings are derived: store/happenings.py, mark_key_moments)
            conditions.append(f"{'e' if rows_sql else 'd'}.key_moment = TRUE")
        if query.outlet:
            params["outlet"] = query.outlet
            conditions.append("d.id IN (SELECT c.event_id FROM citation c JOIN article a ON a.id = c.article_id "
                              "WHERE a.outlet = :outlet)")
        if query.q:
            dialect = name_of(session)
            match = text_query(dialect, query.q)
            if match is None:
                return cls("event d", "FALSE", {})
            params["match"] = match
            conditions.append("d.id IN (SELECT c.event_id FROM citation c WHERE c.id IN "
                              f"({citations_matching(dialect)}))")
        # "hidden = TRUE", not "hidden": a bare column is no index look-up (a scan of 1,000,000 entries)
        if not query.hidden and run(session, "SELECT 1 FROM event WHERE hidden = TRUE LIMIT 1", {}):
            # hidden by a correction: out of the timeline, its counts and exports (checked only when
            # some event is hidden, so the unfiltered timeline keeps its index-only counts)
            conditions.append("d.id NOT IN (SELECT id FROM event WHERE hidden = TRUE)")
        return cls(source, " AND ".join(conditions) or "TRUE", params)


def page_ids(session: Session, query: EventQuery, event_filter: EventFilter) -> list[int]:
    """Ids of the query's page of events, in the query's order (by default timeline order: start, end, id)."""
    # a selective filter: sort what it leaves ("+" keeps SQLite from walking the whole
    # date index in order instead); otherwise walk the index and stop at the page
    first = unindexed(name_of(session), "d.date_start") if query.is_selective else "d.date_start"
    order = _ORDER_BY[query.sort].format(first=first)
    sql = f"{event_filter.select('d.id')} ORDER BY {order}"
    params = dict(event_filter.params)
    if query.limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=query.limit, offset=query.offset)
    return [row[0] for row in run(session, sql, params)]
