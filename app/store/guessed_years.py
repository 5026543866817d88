"""The year of a text that names none, read from another source telling the same day.

"Gedung Kejaksaan Agung ... Sabtu (22/8) terbakar" names no year: the extractor takes the latest
year before the day of reading in which 22 August is a Saturday (2026), and says it is a guess
(`PublicationDate.source == "guessed"`). When a stored source of another article tells a happening
on that day and month in another year the weekday agrees with (22 August 2020), and clustering's
judge finds one of the guessed text's mentions the same happening, the text is read again as of
that year: all its dates move together, and its mentions join that happening.

Both ways round, so the result does not depend on the order articles arrive in: a guessed text
meets the dated sources stored before it (`completing_year`), and a dated text reaching the store
asks which stored guessed texts it completes (`guessed_articles_meeting`). Ingestion does the
storing (`ingest.complete_guessed_years`).
"""
from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session

from ..extract.actors import Gazetteer
from ..extract.dct_years import other_agreeing_years
from ..extract.happenings import MentionSketch, judge
from ..extract.model import ArticleExtraction, EventMention, PublicationDate
from ..extract.pipeline import extract_article
from .db import run
from .dialect import ids_in, name_of
from .event_rows import sketch_of
from .models import Article, Citation

GUESSED = "guessed"


def sketch_of_mention(m: EventMention, article_hash: str, outlet: str | None) -> MentionSketch:
    """What clustering compares of a mention not stored yet."""
    first, last = m.bounds
    return MentionSketch(
        key=(article_hash, m.start, m.end, m.value), article=article_hash, value=m.value, date_start=first,
        date_end=last, granularity=m.granularity, event_type=m.event_type, place=m.place,
        place_within=m.place_within, places_named=frozenset(m.places_named), actors=frozenset(m.actors),
        people=frozenset(m.people), reporters=frozenset(m.reporters), lemmas=m.lemmas, names=m.names,
        topic_names=m.topic_names, keys=frozenset(m.keys), outlet=outlet)


def _days(extraction: ArticleExtraction) -> list[tuple[EventMention, date]]:
    return [(m, m.bounds[0]) for m in extraction.events
            if m.granularity == "day" and m.bounds[0] is not None and m.bounds[0] == m.bounds[1]]


def _points(days) -> tuple[str, dict]:
    """`IN (...)` over days as bound parameters, which either backend compares with a date column."""
    params = {f"d{i}": d.isoformat() for i, d in enumerate(sorted(days))}
    return ", ".join(":" + k for k in params), params


def _stored_on(session: Session, days: list[date], article_id: int) -> list[tuple[Citation, str, str | None]]:
    """Primary mentions of other articles on exactly these days, with their article's hash and outlet."""
    if not days:
        return []
    points, params = _points(set(days))
    rows = run(session, "SELECT citation.id, article.content_hash, article.outlet FROM citation JOIN article "
                        "ON article.id = citation.article_id WHERE citation.primary_id IS NULL "
                        "AND citation.granularity = 'day' AND citation.article_id != :article "
                        f"AND citation.date_start IN ({points})", {**params, "article": article_id})
    out = []
    for citation_id, digest, outlet in rows:
        citation = session.get(Citation, citation_id)
        if citation is not None and citation.date_start == citation.date_end:
            out.append((citation, digest, outlet))
    return out


def completing_year(session: Session, article: Article, gazetteer: Gazetteer,
                    today: date) -> ArticleExtraction | None:
    """The stored article's text read again in the year another source gives one of its days, when
    the judge finds a mention of both the same happening; None when no stored source does (the guess
    stands)."""
    if article.published_source != GUESSED or article.published is None:
        return None
    text, digest, outlet, article_id = article.text, article.content_hash, article.outlet, article.id
    for year in other_agreeing_years(article.published, today):
        # the day the text was written falls on its weekday in `year` too: read as of that year's end
        again = extract_article(text, None, gazetteer, today=date(year, 12, 31))
        if again.publication_date.source != GUESSED or again.publication_date.value is None \
                or again.publication_date.value.year != year:
            continue
        mine = _days(again)
        stored = _stored_on(session, [d for _, d in mine], article_id)
        for m, day in mine:
            sketch = sketch_of_mention(m, digest, outlet)
            for citation, other_digest, other_outlet in stored:
                if citation.date_start != day:
                    continue
                if judge(sketch, sketch_of(citation, other_digest, other_outlet)).same:
                    again.publication_date = PublicationDate(
                        again.publication_date.value, "inferred",
                        f"the text names no year; {year}, in which its weekdays agree too, is the year "
                        f"another source gives '{text[m.start:m.end][:60]}' ({other_outlet or 'another article'})")
                    return again
    return None


def guessed_articles_meeting(session: Session, article_ids: list[int], today: date) -> list[int]:
    """Stored articles whose year is a guess and whose days fall on a day and month these articles
    state in another year with the same weekday: the ones these articles may complete."""
    if not article_ids:
        return []
    rows = run(session, "SELECT DISTINCT citation.date_start FROM citation JOIN article ON article.id = "
                        "citation.article_id WHERE citation.primary_id IS NULL AND citation.granularity = 'day' "
                        f"AND citation.date_start IS NOT NULL AND article.published_source != '{GUESSED}' AND citation.article_id IN "
                        f"({ids_in(name_of(session))})", {"ids": json.dumps(sorted(article_ids))})
    days = set()
    for (start,) in rows:
        day = start if isinstance(start, date) else date.fromisoformat(str(start)[:10])
        days.update(date(y, day.month, day.day) for y in other_agreeing_years(day, date(today.year, 12, 31)))
    if not days:
        return []
    points, params = _points(days)
    rows = run(session, "SELECT DISTINCT citation.article_id FROM citation JOIN article ON article.id = "
                        f"citation.article_id WHERE article.published_source = '{GUESSED}' "
                        "AND citation.primary_id IS NULL AND citation.granularity = 'day' "
                        f"AND citation.date_start IN ({points})", params)
    return sorted(r[0] for r in rows if r[0] not in set(article_ids))
