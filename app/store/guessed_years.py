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

from datetime import date

from sqlmodel import Session, col, select

from ..extract.actors import Gazetteer
from ..extract.dct_years import other_agreeing_years
from ..extract.happenings import judge, sketch_of_mention
from ..extract.model import ArticleExtraction, EventMention, PublicationDate
from ..extract.pipeline import extract_article
from .event_rows import sketch_of
from .models import Article, Citation

GUESSED = "guessed"


def _days(extraction: ArticleExtraction) -> list[tuple[EventMention, date]]:
    return [(m, m.bounds[0]) for m in extraction.events
            if m.granularity == "day" and m.bounds[0] is not None and m.bounds[0] == m.bounds[1]]


def _stored_on(session: Session, days: list[date], article_id: int) -> list[tuple[Citation, str, str | None]]:
    """Primary mentions of other articles on exactly these days, with their article's hash and outlet."""
    if not days:
        return []
    rows = session.exec(select(Citation, Article.content_hash, Article.outlet)
                        .join(Article, col(Article.id) == Citation.article_id)
                        .where(col(Citation.primary_id).is_(None), Citation.granularity == "day",
                               Citation.article_id != article_id, col(Citation.date_start).in_(sorted(set(days))),
                               col(Citation.date_start) == col(Citation.date_end))).all()
    return [(citation, digest, outlet) for citation, digest, outlet in rows]


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
    primary_days = (col(Citation.primary_id).is_(None), Citation.granularity == "day",
                    col(Citation.date_start).is_not(None))
    stated = session.exec(select(Citation.date_start).distinct().join(Article, col(Article.id) == Citation.article_id)
                          .where(*primary_days, Article.published_source != GUESSED,
                                 col(Citation.article_id).in_(article_ids))).all()
    days = {date(y, day.month, day.day) for day in stated
            for y in other_agreeing_years(day, date(today.year, 12, 31))}
    if not days:
        return []
    mine = set(article_ids)
    found = session.exec(select(Citation.article_id).distinct().join(Article, col(Article.id) == Citation.article_id)
                         .where(*primary_days, Article.published_source == GUESSED,
                                col(Citation.date_start).in_(sorted(days)))).all()
    return sorted(a for a in found if a not in mine)
