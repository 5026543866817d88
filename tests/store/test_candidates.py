"""The candidate path of clustering (store/candidates.py, store/crowded.py, store/happenings.py): above the bound, a
new mention is judged only against candidate events. A new report of a stored happening joins it
there, a hard distractor stays apart, and the `judge` calls per new mention are bounded whatever
the database holds (counted, never timed)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.store import crowded as candidate_path, happenings
from app.store.bulk import bulk_ingest
from app.store.candidates import CANDIDATE_EVENTS, MENTIONS_PER_EVENT, CandidateFinder, best_events, keys_of
from app.store.ingest import ArticleMeta, ingest_text
from app.store.models import Article, Citation
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "dev" / "articles"
# Indonesia 2-0 Saudi Arabia, 19 Nov 2024, told by five outlets; the same evening Japan beat China 3-1
MATCH = ["heB_02_goal.txt", "heB_03_pintasan.txt", "heB_04_monitorday.txt", "heB_05_okezone.txt"]
NEW_REPORT = "heB_01_liputan6.txt"
REPORT = "Garuda membungkam Arab Saudi 2-0 pada Matchday 6"
DISTRACTOR = "Jepang tanpa kesulitan membekuk China 3-1"


@pytest.fixture
def crowded(monkeypatch):
    """Every database above the bound, and no neighbourhood small enough to cluster exactly: each new
    mention with a stored one around takes the candidate path. Returns the new mentions it took."""
    monkeypatch.setattr(happenings, "NEIGHBOURHOOD_BOUND", 0)
    monkeypatch.setattr(happenings, "GROUP_BOUND", 0)
    taken: list[int] = []
    real = happenings.attach_to_candidates

    def spy(session, groups, *args):  # noqa: ANN001, ANN202
        taken.append(sum(len(g) for g in groups))
        return real(session, groups, *args)

    monkeypatch.setattr(happenings, "attach_to_candidates", spy)
    return taken


def _ingest(session: Session, name: str, gazetteer) -> None:  # noqa: ANN001
    ingest_text(session, (DEV / name).read_text(encoding="utf-8"), ArticleMeta(source_name=name), gazetteer)
    session.commit()


def _mention(session: Session, name: str, words: str) -> Citation:
    article = session.exec(select(Article).where(Article.source_name == name)).one()
    at = article.text.index(words)
    # the passage's own citation: a primary mention, or another passage of one (which is on its event)
    found = sorted((c for c in session.exec(select(Citation).where(Citation.article_id == article.id)).all()
                    if c.start <= at < c.end), key=lambda c: (c.primary_id is not None, c.id))
    assert found, words
    return found[0]


def _match_event(session: Session) -> int:
    events = {_mention(session, name, words).event_id for name, words in (
        ("heB_03_pintasan.txt", "Timnas Indonesia berhasil mengamankan kemenangan penting dengan skor 2-0"),
        ("heB_04_monitorday.txt", "Timnas Indonesia meraih kemenangan gemilang dengan skor 2-0"))}
    assert len(events) == 1 and None not in events
    return events.pop()


def test_a_new_report_of_a_stored_happening_joins_it_through_the_candidate_path(engine, gazetteer, crowded):
    with Session(engine) as session:
        for name in MATCH:
            _ingest(session, name, gazetteer)
        match = _match_event(session)
        crowded.clear()
        _ingest(session, NEW_REPORT, gazetteer)
        assert crowded and crowded[0] > 0  # the new article's mentions went the candidate way
        assert _mention(session, NEW_REPORT, REPORT).event_id == match
        assert _match_event(session) == match  # the stored reports stay where they were


def test_a_hard_distractor_stays_apart_though_it_is_a_candidate(engine, gazetteer, crowded):
    with Session(engine) as session:
        for name in MATCH:
            _ingest(session, name, gazetteer)
        match = _match_event(session)
        _ingest(session, NEW_REPORT, gazetteer)
        distractor = _mention(session, NEW_REPORT, DISTRACTOR)
        # the same evening, the same kind of happening: the match's event is among its candidates,
        # judged, and refused (another score)
        candidates = [e for e, _ in best_events([CandidateFinder(session).find(keys_of(distractor))])]
        assert match in candidates
        assert distractor.event_id is not None and distractor.event_id != match


def _corpus(tmp_path: Path, names: list[str], texts: dict[str, str], label: str) -> Path:
    folder = tmp_path / label
    folder.mkdir()
    for name in names:
        (folder / name).write_text(texts[name], encoding="utf-8")
    return folder


def test_judge_calls_per_new_mention_are_bounded_whatever_the_database_holds(engine, gazetteer, crowded,
                                                                              monkeypatch, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus
    texts = dict(corpus.generate(160, seed=11))
    names = sorted(texts)
    # the new article: one outlet's report of a happening whose other reports are stored
    multi = [n for n in names[:40] if sum(m.split("_")[1] == n.split("_")[1] for m in names) >= 3]
    new = multi[-1]
    stored = [n for n in names if n != new]
    counted = {"on": False, "calls": 0}
    real_judge, real_accepts = candidate_path.judge, candidate_path._accepts

    def judge(a, b):  # noqa: ANN001, ANN202
        counted["calls"] += counted["on"]
        return real_judge(a, b)

    def accepts(new_sketches, stored_sketches):  # noqa: ANN001, ANN202
        counted["on"] = True
        try:
            return real_accepts(new_sketches, stored_sketches)
        finally:
            counted["on"] = False

    monkeypatch.setattr(candidate_path, "judge", judge)
    monkeypatch.setattr(candidate_path, "_accepts", accepts)
    calls = {}
    for size in (40, 159):
        if size == 40:
            eng = engine
        else:  # a second, larger database beside the fixture's (a SQLite file, on any backend's run)
            from app.store.db import make_engine, upgrade_to_head
            url = f"sqlite:///{tmp_path / 'large.db'}"
            upgrade_to_head(url)
            eng = make_engine(url)
        bulk_ingest(eng, [_corpus(tmp_path, stored[:size], texts, f"stored{size}")], gazetteer, ArticleMeta(),
                    10**6, batch_size=40, processes=1)
        crowded.clear()
        counted["calls"] = 0
        report = bulk_ingest(eng, [_corpus(tmp_path, [new], texts, f"new{size}")], gazetteer, ArticleMeta(), 10**6,
                             processes=1)
        assert report.outcomes[0].status == "added" and report.outcomes[0].merged_events > 0
        mentions = sum(crowded)
        assert mentions > 0
        calls[size] = counted["calls"]
        assert 0 < calls[size] <= mentions * CANDIDATE_EVENTS * MENTIONS_PER_EVENT, (size, calls[size], mentions)
        if eng is not engine:
            eng.dispose()
    # four times the database, and the judging of the new article does not grow with it
    assert calls[159] <= 1.5 * calls[40], calls


def test_a_day_without_a_year_meets_its_happening_on_the_candidate_path(engine, gazetteer, crowded):
    from app.store.models import Event
    from tests.store.test_happenings import NO_YEAR, WITH_YEAR
    with Session(engine) as session:
        for name, text in (("first", NO_YEAR), ("second", WITH_YEAR), ("third", NO_YEAR.replace("siang", "sore"))):
            ingest_text(session, text, ArticleMeta(source_name=name), gazetteer)
            session.commit()
            if name == "first":
                crowded.clear()
        assert crowded  # the second and third took the candidate path
        # the stored day without a year joins the happening the dated source starts; the third finds it
        events = {c.event_id for c in session.exec(select(Citation).where(Citation.value == "XXXX-11-21")).all()}
        assert len(events) == 1 and None not in events
        event = session.get(Event, events.pop())
        assert event.value == "2022-11-21"
        assert len({c.article_id for c in session.exec(select(Citation).where(Citation.event_id == event.id))}) == 3
