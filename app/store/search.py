"""Search beyond the cited passages: articles whose text matches the search words outside
every passage the timeline cites (the timeline's "also in articles" list); and where the search
words are in a quote, by the database's own engine where it has one (`quote_hits`).

The events' own search stays on the cited passages (filters.py, citation_fts); a word that
only an article's uncited text holds points at the article, not at an event it does not date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from .db import run
from .dialect import HIT_START, HIT_STOP, articles_matching, headline_sql, ids, ids_in, name_of, text_query

CANDIDATES = 200  # articles read per search, at most: each is checked word by word in Python
SNIPPET = 90  # characters each side of the first uncited match


@dataclass(frozen=True)
class ArticleHit:
    id: int
    title: str
    outlet: str | None
    published: date | None
    snippet: str  # the text around the first match outside the citations
    ellipsis_before: bool
    ellipsis_after: bool


def word_pattern(q: str) -> re.Pattern | None:
    """Every word of `q` as a case-insensitive prefix, as the full-text query matches it (text_query)."""
    words = re.findall(r"\w+", q)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE) if words else None


def articles_beyond_citations(session: Session, q: str | None, limit: int = 20) -> list[ArticleHit]:
    """Articles holding every word of `q` with some word outside each of its cited passages."""
    dialect = name_of(session)
    match, pattern = (text_query(dialect, q), word_pattern(q)) if q else (None, None)
    if not match or pattern is None:
        return []
    rows = run(session, "SELECT a.id, a.title, a.outlet, a.published, a.text FROM article a WHERE a.id IN "
                        f"({articles_matching(dialect)}) "
                        "ORDER BY a.published DESC, a.id LIMIT :n", {"match": match, "n": CANDIDATES})
    if not rows:
        return []
    spans: dict[int, list[tuple[int, int]]] = {}
    for article_id, start, end in run(session, "SELECT article_id, start, \"end\" FROM citation WHERE article_id IN "
                                               f"({', '.join(str(int(r[0])) for r in rows)})", {}):
        spans.setdefault(article_id, []).append((start, end))
    hits: list[ArticleHit] = []
    for article_id, title, outlet, published, text in rows:
        cited = spans.get(article_id, [])
        outside = next((m for m in pattern.finditer(text)
                        if not any(s <= m.start() < e for s, e in cited)), None)
        if outside is None:
            continue
        first, last = max(0, outside.start() - SNIPPET), min(len(text), outside.end() + SNIPPET)
        published = date.fromisoformat(published) if isinstance(published, str) else published
        hits.append(ArticleHit(article_id, title, outlet, published, text[first:last], first > 0, last < len(text)))
        if len(hits) >= limit:
            break
    return hits


def quote_hits(session: Session, citation_ids: list[int], q: str | None) -> dict[int, list[tuple[int, int]]] | None:
    """Where the words of `q` are in each citation's quote, as (start, end) offsets in the quote,
    found by the database's full-text engine (ts_headline on PostgreSQL). None where the database
    has none (SQLite): the pages then find the words themselves (app/web/marking.py). A quote
    missing from the result is one the engine's marks could not be read back from."""
    dialect = name_of(session)
    match = text_query(dialect, q) if q else None
    headline = headline_sql(dialect, "quote")
    if headline is None or match is None or not citation_ids:
        return None
    rows = run(session, f"SELECT id, quote, {headline} FROM citation WHERE id IN ({ids_in(dialect)})",
               {"match": match, "ids": ids(citation_ids)})
    found: dict[int, list[tuple[int, int]]] = {}
    for citation_id, quote, marked in rows:
        spans = _spans(marked)
        if spans is not None and HIT_START not in quote and HIT_STOP not in quote and \
                marked.replace(HIT_START, "").replace(HIT_STOP, "") == quote:
            found[citation_id] = spans
    return found


def _spans(marked: str) -> list[tuple[int, int]] | None:
    """The offsets, in the text without them, of the runs between HIT_START and HIT_STOP; None when
    the marks do not pair up."""
    spans, plain, start = [], 0, None
    for char in marked:
        if char == HIT_START:
            if start is not None:
                return None
            start = plain
        elif char == HIT_STOP:
            if start is None:
                return None
            if plain > start:
                spans.append((start, plain))
            start = None
        else:
            plain += 1
    return spans if start is None else None
