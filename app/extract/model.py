"""Dataclasses that the extraction pipeline produces: plain values, no database.

Offsets are always character offsets into the article text exactly as stored
(UTF-8 decoded, no newline translation), end exclusive.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Literal

from .values import value_bounds

Granularity = Literal["day", "week", "month", "quarter", "half", "year", "decade", "century", "range", "ref"]
EventStatus = Literal["happened", "planned", "reported"]
# every status, once: filters check against it, merging ranks by it (what happened outweighs what was
# reported, which outweighs what was planned)
STATUSES: tuple[str, ...] = ("happened", "planned", "reported")
STATUS_RANK = {"planned": 0, "reported": 1, "happened": 2}


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in text, normalised to a TIMEX3 value.

    `value` is None when the expression needs an anchor (the publication date)
    that the article does not give: it then stays unresolved rather than guessed.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity
    rule: str  # which grammar rule matched, e.g. "weekday+day/month"
    explanation: str  # how the value was reached, in words a reader understands
    type: str = "DATE"
    stated_weekday: str | None = None
    weekday_conflict: str | None = None  # set when a stated weekday disagrees with the date

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PublicationDate:
    """The document creation time (DCT) and where it came from."""

    value: date | None
    # "guessed": the text names no year, and the latest year its weekday agrees with was taken
    source: Literal["given", "dateline", "footer", "inferred", "guessed", "none"]
    explanation: str
    span: tuple[int, int] | None = None  # the dateline or footer expression it was read from


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    canonical: str
    kind: Literal["person", "country", "organisation", "place"]
    known: bool  # True when it comes from the gazetteer, False when detected from cues


@dataclass(frozen=True)
class Figure:
    """A number a mention reports: dead, injured, displaced, missing people, or a score."""

    kind: Literal["dead", "injured", "displaced", "missing", "score"]
    value: str  # "162", "3-1"
    start: int
    end: int
    at: str | None = None  # the time the text gives for it ("pukul 17.00 WIB")

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class EventMention:
    """One article's mention of a dated happening, citing the passage it comes from.

    Happenings are derived from mentions by clustering (`happenings.py`): a mention is what
    one source says, with its own date, type, place and actors.
    """

    value: str  # TIMEX3 value of its date: "2023-09-11", "2019", "195X", "1950/1953"
    granularity: Granularity
    summary: str
    status: EventStatus
    start: int  # cited passage
    end: int
    timex: Timex | None  # the date expression; None when the date is the story's (`date_source`)
    place: str | None
    event_type: str | None  # visit, meeting, inauguration, disaster ... (event_types.py)
    flags: tuple[dict, ...] = ()
    date_source: Literal["stated", "story"] = "stated"
    date_explanation: str = ""
    place_within: tuple[str, ...] = ()  # places containing `place`, nearest first
    reporters: tuple[str, ...] = ()  # actors who only tell of it ("kata Kepala BMKG")
    places_named: tuple[str, ...] = ()  # every place the passage names, and the places containing them
    lemmas: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # proper names no actor or place stands for ("semeru", "sambo")
    topic_names: frozenset[str] = frozenset()  # the names of the article's headline and lead
    figures: tuple[Figure, ...] = ()
    keys: tuple[str, ...] = ()  # identifiers that tell happenings apart: case numbers, scores
    also: tuple[tuple[int, int], ...] = ()  # other passages of this article telling the same happening
    actor_kinds: tuple[tuple[str, str], ...] = ()  # (canonical name, kind) of each actor

    @property
    def actors(self) -> tuple[str, ...]:
        """Canonical names, the clause's own first."""
        return tuple(name for name, _ in self.actor_kinds)

    @property
    def people(self) -> tuple[str, ...]:
        """The actors that are persons."""
        return tuple(name for name, kind in self.actor_kinds if kind == "person")
    refers_back: bool = False  # names the happening as one told before ("kunjungan itu", "gempa tersebut")

    @property
    def bounds(self) -> tuple[date | None, date | None]:
        """The first and last day the date can mean ("2023-07": 1 and 31 July); (None, None) for a
        day of unknown year ("XXXX-11-21") or a vague reference."""
        return value_bounds(self.value) or (None, None)

    def to_json(self) -> dict:
        first, last = self.bounds
        return {
            "date": self.value,
            "first_day": first.isoformat() if first else None,
            "last_day": last.isoformat() if last else None,
            "granularity": self.granularity,
            "summary": self.summary,
            "status": self.status,
            "start": self.start,
            "end": self.end,
            "actors": list(self.actors),
            "place": self.place,
            "type": self.event_type,
            "date_source": self.date_source,
            "date_explanation": self.date_explanation,
            "figures": [f.to_json() for f in self.figures],
            "also": [list(span) for span in self.also],
            "flags": list(self.flags),
            "timex": ({"start": self.timex.start, "end": self.timex.end, "text": self.timex.text}
                      if self.timex else None),
        }


@dataclass
class ArticleExtraction:
    """Everything the pipeline found in one article."""

    text: str
    publication_date: PublicationDate
    timexes: list[Timex] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    title: str = ""
    outlet: str | None = None

    def to_json(self, path: str | None = None) -> dict:
        dct = self.publication_date.value
        return {
            "path": path,
            "dct": dct.isoformat() if dct else None,
            "dct_source": self.publication_date.source,
            "dct_explanation": self.publication_date.explanation,
            "timexes": [t.to_json() for t in self.timexes],
            "title": self.title,
            "outlet": self.outlet,
            "events": [e.to_json() for e in self.events],
        }
