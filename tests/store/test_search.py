"""Where the search words are in a quote: found by PostgreSQL's ts_headline (quote_hits), as
offsets into the quote, so that the page escapes the quote itself; SQLite leaves it to the page."""
from __future__ import annotations

from sqlmodel import Session

from app.store.db import run
from app.store.ingest import ArticleMeta, ingest_text
from app.store.search import quote_hits
from tests.conftest import on_postgres, sqlite_only

HOSTILE = 'Putin <b onmouseover="x()">tiba</b> & disambut di Pyongyang pada Rabu (19/6/2024), kata putinis.'


def quotes(session: Session) -> dict[int, str]:
    return dict(run(session, "SELECT id, quote FROM citation", {}))


@on_postgres
def test_ts_headline_finds_every_search_word_in_a_hostile_quote(engine, gazetteer):
    with Session(engine) as session:
        ingest_text(session, HOSTILE, ArticleMeta(outlet="A"), gazetteer)
        session.commit()
        cited = quotes(session)
        hits = quote_hits(session, list(cited), "putin tiba")
        assert set(hits) == set(cited)
        for citation_id, spans in hits.items():
            quote = cited[citation_id]
            # whole words, the last also as a prefix, case-insensitive, as the search matches: not "putinis"
            assert "putinis" in quote and [quote[s:e] for s, e in spans] == ["Putin", "tiba"]


@on_postgres
def test_a_quote_holding_the_marks_own_characters_is_left_to_the_page(engine, gazetteer):
    with Session(engine) as session:
        ingest_text(session, "Putin \x02tiba\x03 di Pyongyang pada Rabu (19/6/2024).", ArticleMeta(), gazetteer)
        session.commit()
        assert quote_hits(session, list(quotes(session)), "putin") == {}


@sqlite_only
def test_sqlite_leaves_the_highlight_to_the_page(engine, gazetteer):
    with Session(engine) as session:
        ingest_text(session, HOSTILE, ArticleMeta(), gazetteer)
        session.commit()
        assert quote_hits(session, list(quotes(session)), "putin") is None
