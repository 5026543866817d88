"""The temporal tagger: text (and an optional known DCT) in, resolved timexes out."""
from __future__ import annotations

from datetime import date

from .dct import detect_publication_date
from .grammar import find_candidates
from .model import PublicationDate, Timex
from .resolve import Resolver


def tag_timexes(text: str, dct: date | None = None) -> tuple[PublicationDate, list[Timex]]:
    """Find every temporal expression in `text` and resolve it.

    A `dct` given by the caller (metadata, --dct) overrides what the text says.
    """
    candidates = find_candidates(text)
    # detection runs even when the date is given: the dateline or footer it finds is
    # publication metadata, not a happening, and a month-first footer must be read as such
    publication, footer = detect_publication_date(text, candidates)
    if dct is not None:
        span = publication.span if publication.source in ("dateline", "footer") else None
        publication = PublicationDate(dct, "given", "publication date given with the article", span)
    if footer is not None:
        footer.parts = {**footer.parts,
                        "month_first": "numeric footer date read month/day/year, as the text's dates agree"}
    resolver = Resolver(text, publication.value)
    timexes = []
    for cand in candidates:
        timex = resolver.resolve(cand)
        if timex is not None:
            timexes.append(timex)
    return publication, timexes
