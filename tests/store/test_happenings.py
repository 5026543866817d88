"""Happenings derived from stored mentions: the same whatever order articles arrive in, and
kept when everything is clustered again."""
from __future__ import annotations

import itertools
from pathlib import Path

from sqlmodel import Session, select

from app.store.db import make_engine, upgrade_to_head
from app.store.happenings import recluster
from app.store.ingest import ArticleMeta, ingest_text
from app.store.filters import EventQuery
from app.store.models import Article, Citation, Event
from app.store.queries import find_event_views

DEV = Path(__file__).resolve().parent.parent / "data" / "dev" / "articles"
# reports of one swearing-in and of the next day's ministers, from several outlets
ARTICLES = ["inaug_01_tribunnews.txt", "inaug_05_boomnews.txt", "inaug_07_tempo.txt", "inaug_09_kumparan.txt",
            "inaug_13_haijakarta.txt", "inaug_14_suarakita.txt"]


def happenings(engine) -> list[list[tuple[str, int, str]]]:
    with Session(engine) as session:
        names = {a.id: a.source_name for a in session.exec(select(Article)).all()}
        groups: dict[int, list] = {}
        for c in session.exec(select(Citation)).all():
            groups.setdefault(c.event_id, []).append((names[c.article_id], c.start, c.value))
    return sorted(sorted(g) for g in groups.values())


def ingest_in_order(tmp_path: Path, order: tuple[str, ...], gazetteer, n: int):
    url = f"sqlite:///{tmp_path / f'order{n}.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    with Session(engine) as session:
        for name in order:
            ingest_text(session, (DEV / name).read_text(encoding="utf-8"), ArticleMeta(source_name=name), gazetteer)
            session.commit()
    return engine


def test_the_happenings_do_not_depend_on_the_order_articles_arrive_in(tmp_path, gazetteer):
    orders = [tuple(ARTICLES), tuple(reversed(ARTICLES))]
    orders += list(itertools.islice(itertools.permutations(ARTICLES), 100, 400, 150))
    results = []
    for n, order in enumerate(orders):
        engine = ingest_in_order(tmp_path, order, gazetteer, n)
        results.append(happenings(engine))
        engine.dispose()
    assert all(r == results[0] for r in results[1:])
    assert any(len({name for name, _, _ in g}) >= 3 for g in results[0])  # some happening has 3+ outlets


def test_a_full_recluster_gives_what_ingestion_gave(tmp_path, gazetteer):
    engine = ingest_in_order(tmp_path, tuple(ARTICLES), gazetteer, 0)
    before = happenings(engine)
    with Session(engine) as session:
        recluster(session, None, gazetteer)
        session.commit()
    assert happenings(engine) == before
    engine.dispose()


# no year, and no weekday to guess one from
NO_YEAR = "Gempa Cianjur\nGempa magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada 21 November siang."
WITH_YEAR = ("Gempa di Cianjur\nCIANJUR, KOMPAS.com - Gempa bumi magnitudo 5,6 mengguncang Cugenang, Cianjur, "
             "Senin, 21 November 2022 pukul 13.21 WIB.")


def test_a_day_without_a_year_waits_for_a_source_that_gives_it(tmp_path, gazetteer):
    for n, order in enumerate([(NO_YEAR, WITH_YEAR), (WITH_YEAR, NO_YEAR)]):
        url = f"sqlite:///{tmp_path / f'partial{n}.db'}"
        upgrade_to_head(url)
        engine = make_engine(url)
        with Session(engine) as session:
            ingest_text(session, order[0], ArticleMeta(source_name="first"), gazetteer)
            session.commit()
            pending = session.exec(select(Citation).where(Citation.value == "XXXX-11-21")).all()
            if order[0] is NO_YEAR:  # alone, the day has no year: no event yet, the mention is kept
                assert pending and all(c.event_id is None for c in pending)
            ingest_text(session, order[1], ArticleMeta(source_name="second"), gazetteer)
            session.commit()
            quake = session.exec(select(Citation).where(Citation.value == "XXXX-11-21")).first()
            event = session.get(Event, quake.event_id)
            assert event.value == "2022-11-21"
            assert len({c.article_id for c in session.exec(select(Citation).where(
                Citation.event_id == event.id)).all()}) == 2
            # a third source, year-less too, meets the happening the others made
            ingest_text(session, NO_YEAR.replace("siang", "sore"), ArticleMeta(source_name="third"), gazetteer)
            session.commit()
            assert len({c.article_id for c in session.exec(select(Citation).where(
                Citation.event_id == event.id)).all()}) == 3
        engine.dispose()


def test_key_moments_are_the_happenings_of_several_outlets_and_each_month_s_most_told(engine, gazetteer):
    one_outlet = [
        ("a.txt", "Rapat\nJAKARTA - DPR menggelar rapat paripurna pada Senin (6/3/2023). "
                  "Banjir merendam Kemang pada Selasa (7/3/2023)."),
        ("b.txt", "Banjir\nJAKARTA - Banjir merendam Kemang, Jakarta Selatan, pada Selasa (7/3/2023) pagi."),
        ("c.txt", "Gempa\nJAKARTA - Gempa magnitudo 4,1 mengguncang Garut pada Rabu (5/4/2023)."),
    ]
    with Session(engine) as session:
        for name, text in one_outlet:
            ingest_text(session, text, ArticleMeta(source_name=name), gazetteer)
        session.commit()
        moments = [v.event.summary for v in find_event_views(session, EventQuery(limit=None, key_moments=True))]
    # no outlet is named, so each article counts as one: the flood (two articles) is a key moment;
    # April's only happening is its month's most-told
    assert any("Banjir" in s for s in moments) and any("Gempa" in s for s in moments)
    assert not any("rapat" in s for s in moments)


def test_the_neighbourhood_is_closed_over_a_long_chain_of_days(tmp_path, gazetteer):
    # one flood a day for a fortnight: each day touches the next, so what clustering the first may
    # touch reaches the last (a chain cut short made the dev set's happenings depend on the order)
    from app.store.happenings import neighbourhood
    days = "\n".join(f"Banjir melanda Desa Sukamaju{'i' * d} pada {d} November 2020 sore." for d in range(1, 15))
    url = f"sqlite:///{tmp_path / 'chain.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    with Session(engine) as session:
        ingest_text(session, f"Banjir Sepanjang November\n{days}\n", ArticleMeta(source_name="chain.txt"), gazetteer)
        session.commit()
        first = session.exec(select(Citation).where(Citation.value == "2020-11-01")).first()
        reached = {c.value for c in neighbourhood(session, [first])}
    engine.dispose()
    assert "2020-11-14" in reached
