"""Ingestion: one article once, its events stored and merged across outlets, bad files refused."""
from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session, func, select

from app.store.filters import EventQuery
from app.store.ingest import ArticleMeta, ingest_paths, ingest_text
from app.store.models import Article, Citation, Event, EventActor
from app.store.queries import find_event_views
from app.store.seeds import load_seeds
from tests.conftest import SEEDS


def all_events(engine):
    with Session(engine) as session:
        return find_event_views(session, EventQuery(limit=None))


def test_seeds_give_the_arrival_and_the_visit(engine, gazetteer):
    report = load_seeds(engine, SEEDS, gazetteer, 10**6)
    assert report.failed == 0 and len(report.outcomes) == 5
    views = all_events(engine)
    arrival = [v for v in views if v.event.value == "2023-09-11" and v.event.event_type == "visit"]
    assert len(arrival) == 1 and {c.article_id for c in arrival[0].citations} == {1, 2}
    visit = [v for v in views if v.event.value == "2024-06-19"]
    assert len(visit) == 1 and "Vladimir Putin" in visit[0].actors


def test_the_first_meeting_of_2019_is_one_event_with_three_sources_at_the_finer_date(engine, gazetteer):
    load_seeds(engine, SEEDS, gazetteer, 10**6)
    meetings = [v for v in all_events(engine) if v.event.value.startswith("2019")]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.event.value == "2019-04" and meeting.event.granularity == "month"
    assert len({c.article_id for c in meeting.citations}) == 3
    assert {c.value for c in meeting.citations} == {"2019", "2019-04"}


def test_same_text_twice_is_stored_once_and_changes_nothing(engine, gazetteer):
    load_seeds(engine, SEEDS, gazetteer, 10**6)
    before = [(v.event.id, v.event.value, len(v.citations)) for v in all_events(engine)]
    report = ingest_paths(engine, [SEEDS], gazetteer, ArticleMeta(), 10**6)
    assert {o.status for o in report.outcomes} == {"unchanged"}
    assert "0 added, 5 unchanged" in report.summary()
    assert [(v.event.id, v.event.value, len(v.citations)) for v in all_events(engine)] == before


def test_citations_point_at_the_exact_characters(engine, gazetteer):
    load_seeds(engine, SEEDS, gazetteer, 10**6)
    with Session(engine) as session:
        for citation in session.exec(select(Citation)).all():
            article = session.get(Article, citation.article_id)
            assert article.text[citation.start:citation.end] == citation.quote
            if citation.timex_start is not None:  # none when the story dates the mention
                assert citation.start <= citation.timex_start < citation.timex_end <= citation.end


def test_weekday_mismatch_is_flagged_with_its_citation(engine, gazetteer):
    load_seeds(engine, SEEDS, gazetteer, 10**6)
    with Session(engine) as session:
        event = session.exec(select(Event).where(Event.value == "2024-06-16")).one()
        flags = json.loads(event.flags)
    assert flags[0]["kind"] == "weekday_mismatch" and flags[0]["citations"]


def test_sources_one_day_apart_become_one_event_with_a_disagreement_flag(engine, gazetteer):
    with Session(engine) as session:
        ingest_text(session, "Kim Jong Un bertemu Vladimir Putin di Vladivostok pada 13 September 2023.",
                    ArticleMeta(outlet="A"), gazetteer)
        ingest_text(session, "Kim Jong Un dan Vladimir Putin bertemu di Vladivostok pada 14 September 2023.",
                    ArticleMeta(outlet="B"), gazetteer)
        session.commit()
        events = session.exec(select(Event)).all()
        assert len(events) == 1
        flag, = json.loads(events[0].flags)
        assert flag["kind"] == "date_disagreement"
        assert {r["date"] for r in flag["readings"]} == {"2023-09-13", "2023-09-14"}


def test_bad_files_are_refused_with_a_clear_message_and_lose_nothing(engine, gazetteer, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Kim tiba pada 11 September 2023 di Moskva, caf\xe9".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * 2000)
    (tmp_path / "good.txt").write_text("Putin tiba di Pyongyang pada 19 Juni 2024.", encoding="utf-8")
    report = ingest_paths(engine, [tmp_path], gazetteer, ArticleMeta(), max_bytes=1000)
    messages = {o.name.split("/")[-1]: o for o in report.outcomes}
    assert messages["empty.txt"].status == "failed" and "empty" in messages["empty.txt"].message
    assert "binary" in messages["binary.txt"].message
    # a legacy encoding is read, and the result line says so
    assert messages["latin1.txt"].status == "added" and "Windows-1252" in messages["latin1.txt"].message
    assert "limit" in messages["huge.txt"].message
    assert messages["good.txt"].status == "added"
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Article)).one() == 2
        assert session.exec(select(Article).where(Article.source_name == "latin1.txt")).one().text.endswith("café")


def test_actor_links_carry_their_event_dates_after_a_merge_refines_them(engine, gazetteer):
    load_seeds(engine, SEEDS, gazetteer, 10**6)
    with Session(engine) as session:
        rows = session.exec(select(Event, EventActor).join(EventActor, EventActor.event_id == Event.id)).all()
        assert rows and all((link.date_start, link.date_end) == (e.date_start, e.date_end) for e, link in rows)


def test_each_record_of_a_jsonl_is_its_own_article_with_its_own_date(engine, gazetteer, tmp_path):
    records = [{"title": "Tiba", "outlet": "Kompas", "published": "2023-09-11", "text": "Putin tiba di Moskva hari ini."},
               {"title": "Bertemu", "outlet": "Tempo", "published": "13/09/2023",
                "text": "Kim dan Putin bertemu di Vladivostok kemarin."}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = ingest_paths(engine, [path], gazetteer, ArticleMeta(), 10**6)
    assert [o.status for o in report.outcomes] == ["added", "added"]
    with Session(engine) as session:
        articles = session.exec(select(Article).order_by(Article.id)).all()
        # the metadata's date outranks the text's, and the article says where its date came from
        assert [(a.title, a.outlet, a.published, a.published_source) for a in articles] == \
            [("Tiba", "Kompas", date(2023, 9, 11), "given"), ("Bertemu", "Tempo", date(2023, 9, 13), "given")]
        meeting = session.exec(select(Event).where(Event.value == "2023-09-12")).one()
        assert "bertemu" in meeting.summary


def test_a_folder_ingest_lists_what_it_skipped(engine, gazetteer, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text("Putin tiba di Pyongyang pada 19 Juni 2024.", encoding="utf-8")
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
    report = ingest_paths(engine, [folder], gazetteer, ArticleMeta(), 10**6)
    assert [o.status for o in report.outcomes] == ["added", "skipped"]
    assert "slides.pptx" in report.lines()[1] and "1 skipped" in report.summary()


def test_the_same_source_with_changed_text_replaces_it_and_nothing_is_told_twice(engine, gazetteer):
    with Session(engine) as session:
        ingest_text(session, "Putin tiba di Pyongyang pada Rabu (19/6/2024).", ArticleMeta(source_name="a.txt",
                    url="https://x.id/a"), gazetteer)
        ingest_text(session, "Gempa mengguncang Cianjur pada Senin (21/11/2022).", ArticleMeta(source_name="b.txt"),
                    gazetteer)
        session.commit()
        outcome = ingest_text(session, "Putin tiba di Pyongyang pada Rabu (19/6/2024) pagi, disambut Kim Jong Un.",
                              ArticleMeta(source_name="a-edited.txt", url="https://x.id/a"), gazetteer)
        session.commit()
        assert outcome.status == "added"
        articles = session.exec(select(Article)).all()
        assert sorted(a.source_name for a in articles) == ["a-edited.txt", "b.txt"]
        visits = session.exec(select(Event).where(Event.value == "2024-06-19")).all()
        assert len(visits) == 1 and "disambut" in " ".join(
            c.quote for c in session.exec(select(Citation).where(Citation.event_id == visits[0].id)))


def test_deleting_an_article_removes_what_only_it_supported(engine, gazetteer):
    from app.store.ingest import delete_article
    with Session(engine) as session:
        first = ingest_text(session, "Kim Jong Un bertemu Vladimir Putin di Vladivostok pada 13 September 2023.",
                            ArticleMeta(outlet="A"), gazetteer)
        ingest_text(session, "Kim Jong Un dan Vladimir Putin bertemu di Vladivostok pada 13 September 2023. "
                             "Banjir merendam Kemang pada Senin (2/10/2023).", ArticleMeta(outlet="B"), gazetteer)
        lone = ingest_text(session, "Gempa mengguncang Garut pada Rabu (4/10/2023).", ArticleMeta(outlet="C"),
                           gazetteer)
        session.commit()
        assert delete_article(session, first.article_id, gazetteer) and delete_article(session, lone.article_id,
                                                                                       gazetteer)
        session.commit()
        assert not delete_article(session, 999, gazetteer)
        events = {e.value: e for e in session.exec(select(Event)).all()}
        # the meeting B also tells stays, with B's citation only; the quake only C told is gone
        assert set(events) == {"2023-09-13", "2023-10-02"} and events["2023-09-13"].outlet_count == 1
        assert {c.article_id for c in session.exec(select(Citation)).all()} == {first.article_id + 1}


def test_two_pages_of_one_file_name_but_other_urls_are_two_articles(engine, gazetteer):
    with Session(engine) as session:
        ingest_text(session, "Putin tiba di Pyongyang pada Rabu (19/6/2024).",
                    ArticleMeta(source_name="index.html", url="https://a.id/1"), gazetteer)
        ingest_text(session, "Gempa mengguncang Cianjur pada Senin (21/11/2022).",
                    ArticleMeta(source_name="index.html", url="https://b.id/2"), gazetteer)
        session.commit()
        assert session.exec(select(func.count()).select_from(Article)).one() == 2
