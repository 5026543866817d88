"""SQLModel tables and their public shapes. Only Alembic migrations change the schema."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# -- articles ---------------------------------------------------------------
class ArticleBase(SQLModel):
    title: str = Field(description="First line of the article")
    outlet: str | None = Field(default=None, description="News outlet, where known")
    url: str | None = None
    published: date | None = Field(default=None, description="Publication date, where known")
    published_source: str = Field(default="none", description="given, dateline, footer, inferred, guessed or none")
    source_name: str | None = Field(default=None, description="File name the article came from")


class Article(ArticleBase, table=True):
    __table_args__ = (Index("ix_article_source_name", "source_name"),)
    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(index=True, unique=True)
    url: str | None = Field(default=None, index=True, unique=True)  # one article per page (migration 0009)
    ingested_at: datetime = Field(default_factory=utcnow)


class ArticlePublic(ArticleBase):
    id: int
    ingested_at: datetime


# -- temporal expressions -----------------------------------------------------
class TimexBase(SQLModel):
    start: int
    end: int
    text: str
    value: str | None = Field(default=None, description="TIMEX3 value; null when unresolved")
    granularity: str
    rule: str
    explanation: str
    weekday_conflict: str | None = None


class Timex(TimexBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")


class TimexPublic(TimexBase):
    id: int


# -- actors -----------------------------------------------------------------
class ActorBase(SQLModel):
    name: str = Field(index=True, unique=True, description="Canonical name")
    kind: str = Field(description="person, country, organisation or place")


class Actor(ActorBase, table=True):
    id: int | None = Field(default=None, primary_key=True)


class ActorAlias(SQLModel, table=True):
    __tablename__ = "actor_alias"
    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", index=True, ondelete="CASCADE")
    alias: str = Field(index=True, unique=True)


class ActorPublic(ActorBase):
    id: int
    aliases: list[str] = []
    event_count: int = 0


# -- events and their evidence ------------------------------------------------
class EventBase(SQLModel):
    value: str = Field(description="TIMEX3 value of the event's date: 2023-09-11, 2019, 195X, 1950/1953")
    date_start: date = Field(description="First day the date covers")
    date_end: date = Field(description="Last day the date covers")
    granularity: str
    summary: str
    status: str = Field(description="happened, planned or reported")
    place: str | None = None
    event_type: str | None = Field(default=None, description="visit, meeting, inauguration, disaster ...")
    outlet_count: int = Field(default=1, description="Independent outlets (or articles, where the outlet is "
                                                     "unknown) that report it")
    key_moment: bool = Field(default=False, description="Told by two or more outlets, or the most-told "
                                                         "happening of its month")


class Event(EventBase, table=True):
    """A happening: the mentions (citations) that clustering judged one."""

    __table_args__ = (Index("ix_event_dates", "date_start", "date_end"),
                      Index("ix_event_date_end", "date_end", "date_start"),
                      Index("ix_event_outlet_count", "outlet_count", "date_start"),
                      Index("ix_event_key_moment", "key_moment", "date_start"),
                      # a month's most told happening, without reading each of its events (migration 0013)
                      Index("ix_event_granularity_start", "granularity", "date_start", "outlet_count"))
    id: int | None = Field(default=None, primary_key=True)
    flags: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    created_at: datetime = Field(default_factory=utcnow)
    # the state corrections leave (store/corrections.py writes both, extraction neither)
    hidden: bool = Field(default=False, index=True)
    corrected: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))


class EventActor(SQLModel, table=True):
    __tablename__ = "event_actor"
    __table_args__ = (Index("ix_event_actor_actor", "actor_id", "event_id"),
                      Index("ix_event_actor_actor_start", "actor_id", "date_start", "event_id"),
                      Index("ix_event_actor_actor_end", "actor_id", "date_end", "event_id"))
    event_id: int = Field(foreign_key="event.id", primary_key=True, ondelete="CASCADE")
    actor_id: int = Field(foreign_key="actor.id", primary_key=True, ondelete="CASCADE")
    # the event's dates, copied so that an actor narrowed to a period is one index range
    date_start: date | None = None
    date_end: date | None = None


def _json_column(default: str = "[]") -> Column:
    return Column(Text, nullable=False, server_default=default)


class Citation(SQLModel, table=True):
    """One article's mention of a happening, with everything clustering weighs of it; or, with
    `primary_id`, another passage of the same article telling the same happening again."""

    __table_args__ = (Index("ix_citation_dates", "date_start", "date_end"), Index("ix_citation_value", "value"),
                      # the candidate path's look-ups (migration 0013): primary mentions by place, by type
                      Index("ix_citation_place_start", "place", "date_start"),
                      Index("ix_citation_type_start", "event_type", "date_start"))
    id: int | None = Field(default=None, primary_key=True)
    # None while no happening takes it: a day of unknown year ("XXXX-11-21") that no other source
    # has given a year yet
    event_id: int | None = Field(default=None, foreign_key="event.id", index=True, ondelete="CASCADE")
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    primary_id: int | None = Field(default=None, foreign_key="citation.id", index=True, ondelete="CASCADE")
    start: int = Field(description="Offset of the cited passage in the article text")
    end: int
    quote: str = Field(sa_column=Column(Text, nullable=False))
    timex_start: int | None = Field(default=None, description="The date expression; none when the story dates it")
    timex_end: int | None = None
    value: str = Field(description="The date as this source states it")
    status: str
    date_start: date | None = None
    date_end: date | None = None
    granularity: str | None = None
    event_type: str | None = None
    place: str | None = None
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    date_source: str = Field(default="stated", description="stated, or story: the sentence has no date")
    date_explanation: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    place_within: str = Field(default="[]", sa_column=_json_column())
    places_named: str = Field(default="[]", sa_column=_json_column(), description="every place the passage names")
    actors: str = Field(default="[]", sa_column=_json_column(), description="[[name, kind], ...]")
    reporters: str = Field(default="[]", sa_column=_json_column())
    lemmas: str = Field(default="[]", sa_column=_json_column())
    names: str = Field(default="[]", sa_column=_json_column(), description="proper names no actor or place stands for")
    topic_names: str = Field(default="[]", sa_column=_json_column(),
                             description="the names of the article's headline and lead")
    keys: str = Field(default="[]", sa_column=_json_column())
    figures: str = Field(default="[]", sa_column=_json_column())
    flags: str = Field(default="[]", sa_column=_json_column(), description="this source's own flags")
    merge_reason: str = Field(default="{}", sa_column=_json_column("{}"))


class PendingCitation:
    """A new mention not stored yet: Citation's columns on a plain object. A SQLModel instance costs
    more to build than its mention costs to cluster (validation, instrumented attributes), and the
    batch path writes these through Core; `as_citation` makes the ORM object where one is needed."""

    def __init__(self, **values):
        self.__dict__.update(_CITATION_DEFAULTS)
        self.__dict__.update(values)

    def as_citation(self) -> Citation:
        return Citation(**{k: v for k, v in self.__dict__.items() if k in _CITATION_COLUMNS})


_CITATION_COLUMNS = frozenset(c.name for c in Citation.__table__.columns)
_CITATION_DEFAULTS = {name: f.default for name, f in Citation.model_fields.items()
                      if name in _CITATION_COLUMNS and isinstance(f.default, (str, type(None)))}


class CitationPublic(SQLModel):
    id: int
    article_id: int
    title: str
    outlet: str | None
    url: str | None = Field(default=None, description="The source's URL, where known")
    published: date | None = Field(default=None, description="The source's publication date, where known")
    start: int
    end: int
    quote: str
    value: str
    timex_start: int | None
    timex_end: int | None
    date_source: str = "stated"
    date_explanation: str = ""
    figures: list[dict] = []
    primary_id: int | None = Field(default=None, description="Set on another passage of the same article "
                                                             "telling the same happening")
    merge_reason: dict = Field(default_factory=dict, description="Why this mention joined the event: what it "
                                                                 "shares with the mention the card quotes")


class EventPublic(SQLModel):
    id: int
    date: str
    start_date: date
    end_date: date
    granularity: str
    status: str
    summary: str
    place: str | None
    event_type: str | None
    outlet_count: int
    actors: list[str]
    flags: list[dict]
    citations: list[CitationPublic]
    hidden: bool = Field(default=False, description="Hidden by a correction (shown only to writers who ask)")
    corrected: list[str] = Field(default_factory=list, description="Fields people corrected: date, summary, "
                                                                    "status, place, hidden, citations, actors")


# -- corrections: what people changed, kept apart from what extraction produced ----------
class Correction(SQLModel, table=True):
    """One change made by hand. `anchors` names the event by its mentions' stable identity
    ([[article content hash, start, end], ...]), which survives re-clustering and re-ingesting;
    an actor correction names its actor by `actor_name`."""

    id: int | None = Field(default=None, primary_key=True)
    target: str = Field(description="event or actor")
    kind: str = Field(description="date, summary, status, place, hide, unhide, merge, split, actor_rename, "
                                  "actor_merge, actor_remove")
    anchors: str = Field(default="[]", sa_column=_json_column())
    actor_name: str | None = None
    old_value: str = Field(default="null", sa_column=_json_column("null"))
    new_value: str = Field(default="null", sa_column=_json_column("null"))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    event_id: int | None = Field(default=None, index=True, description="Where it applied last; null when its "
                                                                      "sources are gone")
    created_at: datetime = Field(default_factory=utcnow)
    undone_at: datetime | None = None


# -- ingest jobs: what the browser asked to add, and what became of each file ---------------
class IngestJobBase(SQLModel):
    status: str = Field(default="queued", index=True, description="queued, running, done or failed")
    message: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""),
                         description="Why the job failed, when it did")
    created_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class IngestJob(IngestJobBase, table=True):
    id: int | None = Field(default=None, primary_key=True)


class IngestJobFileBase(SQLModel):
    position: int = Field(description="Order within the job, from 0")
    name: str = Field(description="The uploaded file's name (a name only: nothing is written under it)")
    pasted: bool = Field(default=False, description="Text pasted into the form rather than a file")
    status: str = Field(default="queued", description="queued, running, done or failed")
    refusal: str | None = Field(default=None, description="Why the file was refused, as a code the page words "
                                                          "in its language (empty, binary, too_large, format, "
                                                          "date, interrupted, ingest)")
    message: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""),
                         description="The result in words: the refusal's detail, or the ingest's note")
    new_events: int = 0
    merged_events: int = 0
    finished_at: datetime | None = None


class IngestJobFile(IngestJobFileBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="ingestjob.id", index=True, ondelete="CASCADE")
    data: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True),
                               description="The uploaded bytes until the worker has read them")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_text: str | None = Field(default=None, description="The publication date as typed, read by the worker")
    results: str = Field(default="[]", sa_column=_json_column(),
                         description="Each article the file held: [{name, status, article_id, replaced_id, "
                                     "new_events, merged_events, message}]")


class IngestJobFilePublic(IngestJobFileBase):
    id: int
    results: list[dict] = []


class IngestJobPublic(IngestJobBase):
    id: int
    files: list[IngestJobFilePublic] = []
