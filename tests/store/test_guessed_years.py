"""A text that names no year takes the year another stored source gives its day, when one of its
mentions is the same happening: whichever of the two arrives first, one by one or in bulk."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.store.bulk import bulk_ingest
from app.store.ingest import ArticleMeta, ingest_text
from app.store.models import Article, Citation

# 22 August was a Saturday in 2015, 2020 and 2026: a text naming no year is first guessed in 2026
DATED = ("Gedung Utama Kejaksaan Agung Terbakar\n"
         "JAKARTA, KOMPAS.com - Gedung Utama Kejaksaan Agung di Jalan Sultan Hasanuddin, Kebayoran Baru, "
         "Jakarta Selatan, terbakar pada Sabtu (22/8/2020) malam. Api melahap ruang kepegawaian.\n"
         "Sebanyak 34 mobil pemadam kebakaran dikerahkan ke lokasi.\n")
YEARLESS = ("Kebakaran Gedung Kejaksaan Agung\n"
            "MerahPutih.com - Gedung Utama Kejaksaan Agung di Jalan Sultan Hasanuddin, Kebayoran Baru, "
            "Jakarta Selatan, Sabtu (22/8) terbakar. Api melahap sayap kanan gedung.\n"
            "Petugas pemadam kebakaran masih berupaya memadamkan api hingga malam.\n")
# the same day of 2020, another happening: no reason to move the guess
OTHER = ("Persija Menang di Stadion\n"
         "JAKARTA - Persija Jakarta mengalahkan Persib Bandung 2-1 dalam laga persahabatan di Stadion Madya, "
         "Sabtu (22/8/2020) sore.\nGol kemenangan dicetak pada menit ke-80.\n")
TODAY = date.today()
pytestmark = pytest.mark.skipif(not (2026 <= TODAY.year < 2037), reason="the guess of 2026 holds until 2037")


def stored(engine) -> dict[str, tuple[date | None, str, set[int]]]:
    with Session(engine) as session:
        out = {}
        for a in session.exec(select(Article)).all():
            events = {c.event_id for c in session.exec(select(Citation).where(Citation.article_id == a.id)).all()}
            out[a.source_name] = (a.published, a.published_source, events)
        return out


@pytest.mark.parametrize("order", [("dated", "yearless"), ("yearless", "dated")])
def test_a_guessed_year_takes_the_year_another_source_gives_the_same_happening(engine, gazetteer, order):
    texts = {"dated": DATED, "yearless": YEARLESS}
    with Session(engine) as session:
        for name in order:
            ingest_text(session, texts[name], ArticleMeta(source_name=name), gazetteer)
            session.commit()
    found = stored(engine)
    assert found["yearless"][:2] == (date(2020, 8, 22), "inferred")
    assert found["dated"][2] & found["yearless"][2], "the fire is one event citing both"
    with Session(engine) as session:
        article = session.exec(select(Article).where(Article.source_name == "yearless")).one()
        assert article.id == (1 if order[0] == "yearless" else 2), "the article keeps its id"


def test_a_guess_stands_when_the_other_source_tells_another_happening(engine, gazetteer):
    with Session(engine) as session:
        for name, text in (("other", OTHER), ("yearless", YEARLESS)):
            ingest_text(session, text, ArticleMeta(source_name=name), gazetteer)
            session.commit()
    found = stored(engine)
    assert found["yearless"][:2] == (date(2026, 8, 22), "guessed")
    assert not found["other"][2] & found["yearless"][2]


def test_bulk_ingestion_completes_a_guessed_year_within_one_batch(engine, gazetteer, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_yearless.txt").write_text(YEARLESS, encoding="utf-8")
    (folder / "b_dated.txt").write_text(DATED, encoding="utf-8")
    bulk_ingest(engine, [folder], gazetteer, ArticleMeta(), 10**6, batch_size=10, processes=1)
    found = {Path(k).name: v for k, v in stored(engine).items()}
    assert found["a_yearless.txt"][:2] == (date(2020, 8, 22), "inferred")
    assert found["a_yearless.txt"][2] & found["b_dated.txt"][2]
