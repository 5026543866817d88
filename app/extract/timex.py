"""The temporal tagger: text (and an optional known DCT) in, resolved timexes out."""
from __future__ import annotations

from datetime import date

from .dct import detect_publication_date
from .lang import Language, indonesian
from .model import PublicationDate, Timex

_MONTH_FIRST = "numeric footer date read month/day/year, as the text's dates agree"


def tag_timexes(text: str, dct: date | None = None, language: Language | None = None,
                today: date | None = None) -> tuple[PublicationDate, list[Timex]]:
    """Find every temporal expression in `text` and resolve it.

    A `dct` given by the caller (metadata, --dct) overrides what the text says; `today` is when
    the text is read (an article is not published later).
    """
    language = language or indonesian()
    candidates = language.find_candidates(text)
    # detection runs even when the date is given: the dateline or footer it finds is
    # publication metadata, not a happening, and a month-first footer must be read as such
    publication, footer = detect_publication_date(text, candidates, language, today)
    if dct is not None:
        span = publication.span if publication.source in ("dateline", "footer") else None
        publication = PublicationDate(dct, "given", "publication date given with the article", span)
    resolver = language.resolver(text, publication.value, month_first=footer, month_first_reason=_MONTH_FIRST)
    timexes = []
    for cand in candidates:
        timex = resolver.resolve(cand)
        if timex is not None:
            timexes.append(timex)
    return publication, timexes
