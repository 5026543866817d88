"""Ingestion: the one write path. Text in; article, timexes and mentions stored; happenings derived.

One transaction per article. The same text twice is stored once (content hash). Each
extracted mention is stored as a citation with everything clustering weighs of it; then
`happenings.recluster` derives the events around the new mentions, so a happening told by
several outlets is one event whatever order they arrive in.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, select

from ..errors import ArticleTextError, LinimasaError
from ..sources import Source, read_sources, source_files
from ..extract.actors import Gazetteer
from ..extract.model import ArticleExtraction, EventMention
from ..extract.pipeline import extract_article
from ..extract.values import is_partial
from .corrections import apply_all
from .db import execute, run
from .dialect import ids_in, lock_for_writing, name_of
from .event_rows import drop_events, mark_key_moments
from .guessed_years import GUESSED, completing_year, guessed_articles_meeting
from .happenings import recluster
from .models import Article, Citation, Timex

@dataclass
class ArticleMeta:
    """What is known of an article besides its text; unknown stays None, never guessed."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    source_name: str | None = None


@dataclass
class IngestOutcome:
    name: str
    status: str  # added, unchanged, failed, skipped
    article_id: int | None = None
    new_events: int = 0
    merged_events: int = 0
    message: str = ""
    replaced_id: int | None = None  # the stored article this one replaced (same URL or source name)
    refusal: str | None = None  # why it failed, as a code a page words in its language (ArticleTextError.code)
    refusal_detail: str = ""

    def line(self) -> str:
        note = f" ({self.message})" if self.message else ""
        if self.status == "added":
            return (f"added     {self.name}: article {self.article_id}, {self.new_events} new events, "
                    f"{self.merged_events} merged into events already stored{note}")
        if self.status == "unchanged":
            return f"unchanged {self.name}: already stored as article {self.article_id}{note}"
        if self.status == "skipped":
            return f"skipped   {self.message}"
        return f"failed    {self.message}"


@dataclass
class IngestReport:
    outcomes: list[IngestOutcome] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(o.status == "failed" for o in self.outcomes)

    def lines(self) -> list[str]:
        return [o.line() for o in self.outcomes]

    def summary(self) -> str:
        counts = {s: sum(o.status == s for o in self.outcomes) for s in ("added", "unchanged", "failed", "skipped")}
        events = sum(o.new_events for o in self.outcomes)
        merged = sum(o.merged_events for o in self.outcomes)
        skipped = f", {counts['skipped']} skipped" if counts["skipped"] else ""
        return (f"{counts['added']} added, {counts['unchanged']} unchanged, {counts['failed']} failed{skipped}; "
                f"{events} new events, {merged} merged")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _citations_of(article: Article, found: EventMention,
                  make=Citation) -> tuple[Citation, list[Citation]] | None:  # noqa: ANN001
    """The mention as a primary citation, and its other passages (`also`). `make`: Citation, or
    PendingCitation (the batch path, which writes them through Core)."""
    bounds = found.bounds
    if bounds[0] is None and not is_partial(found.value):
        return None
    common = dict(article_id=article.id, value=found.value, status=found.status)
    primary = make(**common, start=found.start, end=found.end, quote=article.text[found.start:found.end],
                       timex_start=found.timex.start if found.timex else None,
                       timex_end=found.timex.end if found.timex else None,
                       date_start=bounds[0], date_end=bounds[1], granularity=found.granularity,
                       event_type=found.event_type, place=found.place, summary=found.summary,
                       date_source=found.date_source, date_explanation=found.date_explanation,
                       place_within=json.dumps(list(found.place_within), ensure_ascii=False),
                       places_named=json.dumps(list(found.places_named), ensure_ascii=False),
                       actors=json.dumps([[a, kind] for a, kind in found.actor_kinds], ensure_ascii=False),
                       reporters=json.dumps(list(found.reporters), ensure_ascii=False),
                       lemmas=json.dumps(sorted(found.lemmas), ensure_ascii=False),
                       names=json.dumps(sorted(found.names), ensure_ascii=False),
                       topic_names=json.dumps(sorted(found.topic_names), ensure_ascii=False),
                       keys=json.dumps(list(found.keys), ensure_ascii=False),
                       figures=json.dumps([f.to_json() for f in found.figures], ensure_ascii=False),
                       flags=json.dumps(list(found.flags), ensure_ascii=False))
    extras = [make(**common, start=a, end=b, quote=article.text[a:b], date_start=bounds[0],
                       date_end=bounds[1], granularity=found.granularity, event_type=found.event_type,
                       summary=found.summary, date_source=found.date_source,
                       date_explanation="the same happening told again in this article")
              for a, b in found.also]
    return primary, extras


def ingest_text(session: Session, text: str, meta: ArticleMeta, gazetteer: Gazetteer,
                extraction=None) -> IngestOutcome:
    """Store one article and its extraction in the session's transaction (the caller commits), then
    cluster its mentions with the stored ones around them. `extraction`: the text's, when a bulk
    ingest's pool has made it already."""
    digest = content_hash(text)
    stored = session.exec(select(Article).where(Article.content_hash == digest)).first()
    if stored is None and extraction is None:
        extraction = extract_article(text, meta.published, gazetteer, today=date.today())
    if stored is None:
        lock_for_writing(session)
        # another process may have stored the same text while this one extracted it
        stored = session.exec(select(Article).where(Article.content_hash == digest)).first()
    name = meta.source_name or (extraction.title if extraction is not None and stored is None else text[:60])
    if stored is not None:
        return IngestOutcome(name, "unchanged", stored.id)
    # the same source (URL, or file name) with changed text: the new text replaces the old, whose
    # mentions go with it, so nothing is told twice
    replaced = _same_source(session, meta)
    affected = _remove_article(session, replaced) if replaced is not None else set()
    publication = extraction.publication_date
    article = Article(title=meta.title or extraction.title, outlet=meta.outlet or extraction.outlet, url=meta.url,
                      published=publication.value, published_source=publication.source,
                      source_name=meta.source_name, text=text, content_hash=digest)
    session.add(article)
    session.flush()
    assigned = _store_derived(session, article, extraction, gazetteer)
    if affected:
        _tidy_events(session, affected, gazetteer)
    complete_guessed_years(session, [article.id], gazetteer)
    apply_all(session, gazetteer)  # what people corrected holds over what was derived again
    outcome = IngestOutcome(name, "added", article.id, replaced_id=replaced.id if replaced is not None else None)
    if assigned:
        rows = run(session, "SELECT event_id, COUNT(DISTINCT article_id) FROM citation WHERE event_id IN "
                            f"({ids_in(name_of(session))}) GROUP BY event_id",
                   {"ids": json.dumps(sorted(set(assigned.values()) - {None}))})
        shared = {event_id for event_id, articles in rows if articles > 1}
        for event_id in set(assigned.values()) - {None}:  # None: a day of unknown year no source completes
            if event_id in shared:
                outcome.merged_events += 1
            else:
                outcome.new_events += 1
    return outcome


def _store_derived(session: Session, article: Article, extraction: ArticleExtraction,
                   gazetteer: Gazetteer) -> dict:
    """An article's dates and mentions, and the happenings around them derived again."""
    for t in extraction.timexes:
        session.add(Timex(article_id=article.id, start=t.start, end=t.end, text=t.text, value=t.value,
                          granularity=t.granularity, rule=t.rule, explanation=t.explanation,
                          weekday_conflict=t.weekday_conflict))
    new = [c for c in (_citations_of(article, found) for found in extraction.events) if c is not None]
    return recluster(session, new, gazetteer)  # the new (primary, other passages) of this article


def complete_guessed_years(session: Session, article_ids: list[int], gazetteer: Gazetteer,
                           today: date | None = None) -> int:
    """Articles whose year was a guess, read again in the year another stored source gives one of
    their days (`guessed_years.py`): these articles, and the stored guessed ones they complete.
    The article keeps its id; its dates and mentions are derived again. Returns how many moved."""
    today = today or date.today()
    moved = 0
    for article_id in dict.fromkeys([*article_ids, *guessed_articles_meeting(session, article_ids, today)]):
        article = session.get(Article, article_id)
        if article is None or article.published_source != GUESSED:
            continue
        again = completing_year(session, article, gazetteer, today)
        if again is None:
            continue
        affected = _remove_derived(session, article.id)
        article.published = again.publication_date.value
        article.published_source = again.publication_date.source
        session.add(article)
        session.flush()
        _store_derived(session, article, again, gazetteer)
        _tidy_events(session, affected, gazetteer)
        moved += 1
    return moved


def _merged(meta: ArticleMeta, source: Source) -> ArticleMeta:
    """What the caller says (command-line flags, seeds/articles.json) over what the file says."""
    return ArticleMeta(title=meta.title or source.title, outlet=meta.outlet or source.outlet,
                       url=meta.url or source.url, published=meta.published or source.published,
                       source_name=source.name if meta.source_name is None else meta.source_name)


def ingest_source(engine: Engine, source: Source, gazetteer: Gazetteer, meta: ArticleMeta) -> IngestOutcome:
    """One source in its own transaction: stored whole, or not at all. Another process writing the
    same database makes it wait and try again; another storing the same text first makes it
    "unchanged" (the content hash is unique), never a duplicate."""
    for attempt in range(_WRITE_ATTEMPTS):
        with Session(engine) as session:
            try:
                outcome = ingest_text(session, source.text, _merged(meta, source), gazetteer)
                session.commit()
                break
            except LinimasaError as exc:
                session.rollback()
                return IngestOutcome(source.name, "failed", message=f"{source.name}: {exc}",
                                     refusal=getattr(exc, "code", None), refusal_detail=getattr(exc, "detail", ""))
            except (OperationalError, IntegrityError) as exc:
                session.rollback()
                if isinstance(exc, OperationalError) and not any(
                        word in str(exc) for word in ("locked", "busy", "deadlock", "could not serialize")):
                    raise
                if attempt == _WRITE_ATTEMPTS - 1:
                    return IngestOutcome(source.name, "failed", message=f"{source.name}: the database stayed busy "
                                                                        f"({exc.orig})")
                time.sleep(min(2.0, 0.05 * 2 ** attempt))  # a writer holds the database, or just stored this text
    if source.note:
        outcome.message = source.note
    return outcome


_WRITE_ATTEMPTS = 12


def ingest_bytes(engine: Engine, data: bytes, name: str, gazetteer: Gazetteer, meta: ArticleMeta,
                 max_bytes: int) -> list[IngestOutcome]:
    """The one entry for a file's bytes (the command line, the seeds and the web upload): each
    article it holds stored in its own transaction, each reported."""
    try:
        sources = read_sources(data, name, max_bytes)
    except ArticleTextError as exc:
        return [IngestOutcome(name, "failed", message=str(exc), refusal=exc.code, refusal_detail=exc.detail)]
    # several records of one file are several articles: none takes another's name
    single = meta if len(sources) == 1 else replace(meta, source_name=None)
    return [ingest_source(engine, source, gazetteer, single) for source in sources]


def _same_source(session: Session, meta: ArticleMeta) -> Article | None:
    """The stored article this one is a new version of: the same URL; with no URL on either, the
    same file name. Two pages both saved as "index.html" with different URLs are two articles."""
    if meta.url:
        return session.exec(select(Article).where(Article.url == meta.url)).first()
    if meta.source_name:
        return session.exec(select(Article).where(Article.source_name == meta.source_name,
                                                  col(Article.url).is_(None))).first()
    return None


def _remove_article(session: Session, article: Article) -> set[int]:
    """The article, its dates and its mentions (the full-text index follows by trigger). Returns
    the events its mentions were on, which `_tidy_events` puts right."""
    affected = _remove_derived(session, article.id)
    session.delete(article)
    session.flush()
    return affected


def _remove_derived(session: Session, article_id: int) -> set[int]:
    """An article's dates and mentions; the events its mentions were on, which `_tidy_events` puts right."""
    affected = {row[0] for row in run(session, "SELECT DISTINCT event_id FROM citation WHERE article_id = :id "
                                               "AND event_id IS NOT NULL", {"id": article_id})}
    execute(session, "DELETE FROM citation WHERE article_id = :id", {"id": article_id})
    execute(session, "DELETE FROM timex WHERE article_id = :id", {"id": article_id})
    return affected


def _tidy_events(session: Session, event_ids: set[int], gazetteer: Gazetteer) -> None:
    """Events that lost mentions: one no source tells any more goes; when others still tell some,
    every happening is derived again (their dates, summaries and counts may change)."""
    left = {row[0] for row in run(session, "SELECT DISTINCT event_id FROM citation WHERE event_id IN "
                                           f"({ids_in(name_of(session))})", {"ids": json.dumps(sorted(event_ids))})}
    months = drop_events(session, event_ids - left)
    if left:
        recluster(session, None, gazetteer, stale=left)
    elif months:
        mark_key_moments(session, months)


def delete_article(session: Session, article_id: int, gazetteer: Gazetteer) -> bool:
    """Remove one article and every mention it supported, then derive the happenings again: an
    event only it told goes, one that others tell too keeps their citations (in the session's
    transaction; the caller commits). False when there is no such article."""
    article = session.get(Article, article_id)
    if article is None:
        return False
    _tidy_events(session, _remove_article(session, article), gazetteer)
    apply_all(session, gazetteer)
    return True


def ingest_file(engine: Engine, path: Path, gazetteer: Gazetteer, meta: ArticleMeta,
                max_bytes: int) -> list[IngestOutcome]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [IngestOutcome(str(path), "failed", message=f"{path}: cannot be read ({exc.strerror})")]
    return ingest_bytes(engine, data, str(path), gazetteer, replace(meta, source_name=meta.source_name or path.name),
                        max_bytes)


def ingest_paths(engine: Engine, paths: list[Path], gazetteer: Gazetteer, meta: ArticleMeta,
                 max_bytes: int) -> IngestReport:
    """Files and folders (walked recursively); a folder's files of other formats are listed as skipped."""
    report = IngestReport()
    files, skipped = source_files(paths)
    for path in files:
        report.outcomes.extend(ingest_file(engine, path, gazetteer, meta, max_bytes))
    for path in skipped:
        report.outcomes.append(IngestOutcome(str(path), "skipped", message=f"{path}: not a format Linimasa reads "
                                                                            f"('{path.suffix or 'no suffix'}')"))
    return report
