"""Corrections are data: each is stored apart, applied at once, re-applied after `recluster` and
after an article is deleted and ingested again, and can be undone."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import Session, select

from app.store.corrections import apply_all
from app.store.curation import (
    CorrectionError,
    correct_event,
    merge_events,
    remove_actor,
    rename_actor,
    split_event,
    undo,
)
from app.store.db import run
from app.store.dialect import as_date
from app.store.filters import EventQuery, resolve_actor_ids
from app.store.happenings import recluster
from app.store.ingest import ArticleMeta, delete_article, ingest_text
from app.store.models import Actor, ActorAlias, Article, Correction, Event
from app.store.queries import find_event_views, get_event
from app.store.seeds import load_seeds
from tests.conftest import SEEDS


@pytest.fixture
def seeded(engine, gazetteer):
    load_seeds(engine, SEEDS, gazetteer, 5_000_000)
    return engine


def event_saying(session: Session, words: str) -> int:
    rows = run(session, "SELECT id FROM event WHERE summary LIKE :w ORDER BY id", {"w": f"%{words}%"})
    assert rows, f"no event says {words!r}"
    return rows[0][0]


def event_quoting(session: Session, words: str) -> int | None:
    """The event of the mention that quotes these words, whatever its id and summary now."""
    rows = run(session, "SELECT event_id FROM citation WHERE quote LIKE :w AND primary_id IS NULL", {"w": f"%{words}%"})
    assert rows, f"no mention quotes {words!r}"
    return rows[0][0]


def articles_of(session: Session, event_id: int) -> list[int]:
    return [r[0] for r in run(session, "SELECT DISTINCT article_id FROM citation WHERE event_id = :e", {"e": event_id})]


def recluster_all(session: Session, gazetteer) -> None:
    """What `linimasa recluster` does."""
    recluster(session, None, gazetteer)
    apply_all(session, gazetteer)
    session.commit()


def reingest(session: Session, article_id: int, gazetteer) -> None:
    """The article deleted, then ingested again from the same text: every id of its mentions is new."""
    a = session.get(Article, article_id)
    text, meta = a.text, ArticleMeta(title=a.title, outlet=a.outlet, url=a.url, published=a.published,
                                     source_name=a.source_name)
    assert delete_article(session, article_id, gazetteer)
    session.commit()
    ingest_text(session, text, meta, gazetteer)
    session.commit()


def citation_count(session: Session, event_id: int) -> int:
    return run(session, "SELECT count(*) FROM citation WHERE event_id = :e AND primary_id IS NULL", {"e": event_id})[0][0]


def test_a_corrected_date_survives_recluster_and_reingesting_its_article(seeded, gazetteer):
    with Session(seeded) as session:
        event_id = event_saying(session, "Pertemuan puncak antara kedua pemimpin")
        correct_event(session, event_id, "date", "14 September 2023", "the summit was on the 14th", gazetteer)
        session.commit()
        assert get_event(session, event_id).event.value == "2023-09-14"
        assert get_event(session, event_id).to_public().corrected == ["date"]
        recluster_all(session, gazetteer)
        for article_id in articles_of(session, event_id):
            reingest(session, article_id, gazetteer)
        moved = event_quoting(session, "Pertemuan puncak antara kedua pemimpin")
        view = get_event(session, moved)
        assert (view.event.value, view.event.date_start.isoformat()) == ("2023-09-14", "2023-09-14")
        assert view.to_public().corrected == ["date"]
        # the actor links carry the corrected dates (the actor filter reads them)
        assert {as_date(r[0]) for r in run(session, "SELECT date_start FROM event_actor WHERE event_id = :e",
                                           {"e": moved})} == {date(2023, 9, 14)}


def test_a_merge_survives_recluster_and_reingesting_and_keeps_the_first_events_id(seeded, gazetteer):
    with Session(seeded) as session:
        first = event_saying(session, "Pertemuan puncak antara kedua pemimpin")
        second = event_saying(session, "meskipun sebelumnya ada yang mengatakan")
        together = citation_count(session, first) + citation_count(session, second)
        merge_events(session, first, second, "one summit", gazetteer)
        session.commit()
        assert session.get(Event, second) is None and citation_count(session, first) == together
        recluster_all(session, gazetteer)
        assert session.get(Event, second) is None and citation_count(session, first) == together
        for article_id in articles_of(session, first):
            reingest(session, article_id, gazetteer)
        merged = event_quoting(session, "meskipun sebelumnya ada yang mengatakan")
        assert merged == event_quoting(session, "Pertemuan puncak antara kedua pemimpin")
        assert citation_count(session, merged) == together
        assert "citations" in get_event(session, merged).to_public().corrected


def test_a_split_survives_recluster_with_the_same_new_event(seeded, gazetteer):
    with Session(seeded) as session:
        event_id = event_saying(session, "Kim Jong Un tiba di Rusia")
        primaries = [r[0] for r in run(session, "SELECT id FROM citation WHERE event_id = :e AND primary_id IS NULL "
                                                "ORDER BY id", {"e": event_id})]
        assert len(primaries) >= 3
        correction = split_event(session, event_id, primaries[-1:], "another happening", gazetteer)
        session.commit()
        split_off = json.loads(correction.new_value)["event"]
        assert split_off != event_id and citation_count(session, split_off) == 1
        assert citation_count(session, event_id) == len(primaries) - 1
        recluster_all(session, gazetteer)
        assert citation_count(session, split_off) == 1
        assert citation_count(session, event_id) == len(primaries) - 1
        with pytest.raises(CorrectionError):
            split_event(session, event_id, [r[0] for r in run(session, "SELECT id FROM citation WHERE event_id = :e",
                                                              {"e": event_id})], "", gazetteer)


def test_a_hidden_event_is_out_of_the_timeline_unless_asked_for(seeded, gazetteer):
    with Session(seeded) as session:
        event_id = event_saying(session, "Kementerian Luar Negeri")
        total = len(find_event_views(session, EventQuery(limit=None)))
        with pytest.raises(CorrectionError):
            correct_event(session, event_id, "hide", None, "", gazetteer)  # hiding needs a reason
        correct_event(session, event_id, "hide", None, "not an event", gazetteer)
        session.commit()
        shown = [v.id for v in find_event_views(session, EventQuery(limit=None))]
        assert event_id not in shown and len(shown) == total - 1
        assert event_id in [v.id for v in find_event_views(session, EventQuery(limit=None, hidden=True))]
        recluster_all(session, gazetteer)
        assert event_id not in [v.id for v in find_event_views(session, EventQuery(limit=None))]
        correct_event(session, event_id, "unhide", None, "it is one after all", gazetteer)
        session.commit()
        assert event_id in [v.id for v in find_event_views(session, EventQuery(limit=None))]


def test_an_actor_renamed_keeps_its_links_and_aliases_through_recluster(seeded, gazetteer):
    with Session(seeded) as session:
        actor = session.exec(select(Actor).where(Actor.name == "Kementerian Luar Negeri")).one()
        events = {r[0] for r in run(session, "SELECT event_id FROM event_actor WHERE actor_id = :a", {"a": actor.id})}
        rename_actor(session, actor.id, "Kemlu Korea Selatan", "its full name", gazetteer)
        session.commit()
        recluster_all(session, gazetteer)
        assert session.exec(select(Actor).where(Actor.name == "Kementerian Luar Negeri")).first() is None
        renamed = session.exec(select(Actor).where(Actor.name == "Kemlu Korea Selatan")).one()
        assert {r[0] for r in run(session, "SELECT event_id FROM event_actor WHERE actor_id = :a",
                                  {"a": renamed.id})} == events
        assert resolve_actor_ids(session, ["Kementerian Luar Negeri"]) == [renamed.id]  # the old name is an alias


def test_two_actors_merged_become_one_with_every_alias_and_undo_parts_them(seeded, gazetteer):
    with Session(seeded) as session:
        putin = session.exec(select(Actor).where(Actor.name == "Vladimir Putin")).one()
        russia = session.exec(select(Actor).where(Actor.name == "Rusia")).one()
        putin_aliases = {a.alias for a in session.exec(select(ActorAlias).where(ActorAlias.actor_id == putin.id))}
        putin_events = {r[0] for r in run(session, "SELECT event_id FROM event_actor WHERE actor_id = :a",
                                          {"a": putin.id})}
        correction = rename_actor(session, putin.id, "Rusia", "", gazetteer)
        assert correction.kind == "actor_merge"
        session.commit()
        recluster_all(session, gazetteer)
        assert session.exec(select(Actor).where(Actor.name == "Vladimir Putin")).first() is None
        aliases = {a.alias for a in session.exec(select(ActorAlias).where(ActorAlias.actor_id == russia.id))}
        assert putin_aliases | {"Vladimir Putin"} <= aliases
        undo(session, correction.id, gazetteer)
        session.commit()
        back = session.exec(select(Actor).where(Actor.name == "Vladimir Putin")).one()
        assert {r[0] for r in run(session, "SELECT event_id FROM event_actor WHERE actor_id = :a",
                                  {"a": back.id})} == putin_events


def test_an_actor_removed_from_an_event_stays_removed(seeded, gazetteer):
    with Session(seeded) as session:
        event_id = event_saying(session, "Kim Jong Un tiba di Rusia")
        ytn = session.exec(select(Actor).where(Actor.name == "YTN")).one()
        remove_actor(session, event_id, ytn.id, "a news agency, not an actor", gazetteer)
        session.commit()
        recluster_all(session, gazetteer)
        assert "YTN" not in get_event(session, event_id).actors
        assert "actors" in get_event(session, event_id).to_public().corrected


def test_undoing_brings_back_what_extraction_derived(seeded, gazetteer):
    with Session(seeded) as session:
        event_id = event_saying(session, "Pertemuan puncak antara kedua pemimpin")
        other = event_saying(session, "meskipun sebelumnya ada yang mengatakan")
        before = get_event(session, event_id).event
        date = correct_event(session, event_id, "date", "2023", "", gazetteer)
        summary = correct_event(session, event_id, "summary", "KTT Putin-Kim", "", gazetteer)
        merge = merge_events(session, event_id, other, "", gazetteer)
        session.commit()
        undo(session, date.id, gazetteer)
        session.commit()
        after = get_event(session, event_id)
        assert after.event.value == before.value and after.event.summary == "KTT Putin-Kim"
        assert set(after.to_public().corrected) == {"summary", "citations"}
        undo(session, merge.id, gazetteer)
        undo(session, summary.id, gazetteer)
        session.commit()
        assert get_event(session, event_id).event.summary == before.summary
        assert get_event(session, event_id).to_public().corrected == []
        parted = event_quoting(session, "meskipun sebelumnya ada yang mengatakan")
        assert parted == other and citation_count(session, other) == 1  # its own event again, under its old id
        assert all(c.undone_at for c in session.exec(select(Correction)))
        with pytest.raises(CorrectionError):
            undo(session, date.id, gazetteer)


def test_bad_corrections_are_refused_with_a_message(seeded, gazetteer):
    with Session(seeded) as session:
        event_id = event_saying(session, "Pertemuan puncak antara kedua pemimpin")
        for kind, value in (("date", "kemarin lusa"), ("status", "maybe"), ("summary", "  "), ("colour", "x")):
            with pytest.raises(CorrectionError):
                correct_event(session, event_id, kind, value, "", gazetteer)
        with pytest.raises(CorrectionError):
            merge_events(session, event_id, event_id, "", gazetteer)
        assert not session.exec(select(Correction)).all()
