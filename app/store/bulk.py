"""Bulk ingestion: many files, extraction in a pool of processes, one writer storing batches.

The pool streams articles in and results out through a bounded window (never more than a few
batches in memory, whatever the number of files), in the files' order, so a run is deterministic.
The writer stores a batch of articles in one transaction: articles and dates through SQLAlchemy
Core (executemany), then one `recluster` of all the batch's mentions with the stored ones around
them. Clustering depends only on the set of mentions, so a batch gives the happenings that article
after article gives. A kill loses at most the batch in flight; a rerun finds the stored texts by
their content hash ("unchanged") and stores the rest, never twice.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import create_engine, insert, text as sql_text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from ..errors import ArticleTextError, LinimasaError
from ..extract.actors import Gazetteer
from ..extract.pipeline import extract_article
from ..sources import read_sources, source_files
from .corrections import apply_all
from .db import run
from .dialect import ids_in, lock_for_writing, name_of, texts_in
from .happenings import recluster
from .ingest import (ArticleMeta, IngestOutcome, IngestReport, _WRITE_ATTEMPTS, _citations_of, _merged,
                     complete_guessed_years, content_hash, ingest_text)
from .models import Article, PendingCitation, Timex, utcnow

BATCH_SIZE = 100  # articles per transaction: what a kill may lose, and what one clustering pass weighs
_WINDOW_BATCHES = 2  # extraction may run this many batches ahead of the writer (memory bound)


@dataclass
class Prepared:
    """One article read and extracted by a worker, ready for the writer; or why it failed."""

    name: str
    meta: ArticleMeta | None = None
    text: str = ""
    digest: str = ""
    extraction: object = None  # None when the text is stored already (no need to extract it)
    stored_id: int | None = None
    failed: IngestOutcome | None = None
    note: str = ""


# -- extraction, in worker processes ------------------------------------------------
_worker: dict = {}


def _init_worker(gazetteer: Gazetteer, database_url: str | None, meta: ArticleMeta, max_bytes: int) -> None:
    _worker.update(gazetteer=gazetteer, meta=meta, max_bytes=max_bytes,
                   engine=create_engine(database_url) if database_url else None)


def _stored_id(digest: str) -> int | None:
    """The article already stored with this text: a rerun does not extract it again."""
    engine = _worker.get("engine")
    if engine is None:
        return None
    with engine.connect() as conn:
        return conn.execute(sql_text("SELECT id FROM article WHERE content_hash = :h"), {"h": digest}).scalar()


def prepare_file(path: str) -> list[Prepared]:
    """A file's articles, decoded and extracted (what `ingest_file` and `ingest_bytes` do before storing)."""
    meta, max_bytes, gazetteer = _worker["meta"], _worker["max_bytes"], _worker["gazetteer"]
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return [Prepared(path, failed=IngestOutcome(path, "failed", message=f"{path}: cannot be read ({exc.strerror})"))]
    meta = replace(meta, source_name=meta.source_name or Path(path).name)
    try:
        sources = read_sources(data, path, max_bytes)
    except ArticleTextError as exc:
        return [Prepared(path, failed=IngestOutcome(path, "failed", message=str(exc), refusal=exc.code,
                                                    refusal_detail=exc.detail))]
    single = meta if len(sources) == 1 else replace(meta, source_name=None)
    out = []
    for source in sources:
        merged = _merged(single, source)
        digest = content_hash(source.text)
        item = Prepared(source.name, merged, source.text, digest, stored_id=_stored_id(digest), note=source.note)
        if item.stored_id is None:
            try:
                item.extraction = extract_article(source.text, merged.published, gazetteer, today=date.today())
            except LinimasaError as exc:
                item.failed = IngestOutcome(source.name, "failed", message=f"{source.name}: {exc}",
                                            refusal=getattr(exc, "code", None), refusal_detail=getattr(exc, "detail", ""))
        out.append(item)
    return out


def prepared_stream(files: list[Path], gazetteer: Gazetteer, database_url: str | None, meta: ArticleMeta,
                    max_bytes: int, processes: int, window: int) -> Iterator[list[Prepared]]:
    """Each file's prepared articles, in the files' order; at most `window` files in flight."""
    init = (gazetteer, database_url, meta, max_bytes)
    if processes <= 1 or len(files) < 2 * processes:
        _init_worker(*init)
        yield from map(prepare_file, map(str, files))
        return
    # fork: the workers inherit the loaded gazetteer and place tables instead of loading them again
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(processes, initializer=_init_worker, initargs=init) as pool:
        pending: deque = deque()
        todo = iter(files)
        for path in todo:
            pending.append(pool.apply_async(prepare_file, (str(path),)))
            if len(pending) >= window:
                break
        while pending:
            result = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(prepare_file, (str(nxt),)))
            yield result


# -- the writer ---------------------------------------------------------------------
def _source_key(meta: ArticleMeta) -> tuple | None:
    """What makes a new text a new version of a stored one (see ingest._same_source)."""
    if meta.url:
        return ("url", meta.url)
    if meta.source_name:
        return ("name", meta.source_name)
    return None


def _stored_sources(session: Session, keys: set[tuple]) -> set[tuple]:
    urls = sorted(v for k, v in keys if k == "url")
    names = sorted(v for k, v in keys if k == "name")
    found = {("url", r[0]) for r in run(session, "SELECT url FROM article WHERE url IN "
                                        f"({texts_in(name_of(session), 'v')})", {"v": json.dumps(urls)})}
    found |= {("name", r[0]) for r in run(session, "SELECT source_name FROM article WHERE url IS NULL AND "
                                          f"source_name IN ({texts_in(name_of(session), 'v')})", {"v": json.dumps(names)})}
    return found


def _write_batch(session: Session, batch: list[Prepared], gazetteer: Gazetteer) -> list[IngestOutcome]:
    """Store a batch in the session's transaction (the caller commits)."""
    # writers of several processes take turns (PostgreSQL's advisory lock; SQLite has one writer), and
    # what is stored is read after the lock, so a batch another process wrote meanwhile is seen
    lock_for_writing(session)
    digests = sorted({p.digest for p in batch if p.failed is None})
    stored = dict(run(session, "SELECT content_hash, id FROM article WHERE content_hash IN "
                               f"({texts_in(name_of(session), 'h')})", {"h": json.dumps(digests)}))
    keys = {k for p in batch if p.failed is None and (k := _source_key(p.meta)) is not None}
    taken = _stored_sources(session, keys)
    outcomes: list[IngestOutcome | None] = [None] * len(batch)
    fresh: list[int] = []  # positions stored in bulk
    later: list[int] = []  # positions that replace a stored article: one by one, after the bulk
    seen: dict[str, int] = {}
    for i, p in enumerate(batch):
        if p.failed is not None:
            outcomes[i] = p.failed
        elif p.digest in stored:
            outcomes[i] = IngestOutcome(p.name, "unchanged", stored[p.digest])
        elif p.digest in seen:
            later.append(i)  # the same text twice in one batch: the second finds the first stored
        else:
            seen[p.digest] = i
            key = _source_key(p.meta)
            if key is not None and key in taken:
                later.append(i)
            else:
                if key is not None:
                    taken.add(key)  # a later article of this batch with this source replaces this one
                fresh.append(i)
    if fresh:
        _store_fresh(session, [batch[i] for i in fresh], gazetteer, outcomes, fresh)
    for i in later:
        p = batch[i]
        outcomes[i] = ingest_text(session, p.text, p.meta, gazetteer,
                                  extraction=p.extraction if p.digest not in stored else None)
    # a guessed year that this batch's dated sources (or the stored ones) complete, and the other way
    # round (in ingest_text for the articles stored one by one above)
    complete_guessed_years(session, [outcomes[i].article_id for i in fresh if outcomes[i].article_id], gazetteer)
    for i, p in enumerate(batch):
        if p.note and outcomes[i].status != "failed":
            outcomes[i].message = p.note
    return outcomes


def _store_fresh(session: Session, items: list[Prepared], gazetteer: Gazetteer,
                 outcomes: list, positions: list[int]) -> None:
    conn = session.connection()
    rows = []
    for p in items:
        publication = p.extraction.publication_date
        rows.append(dict(title=p.meta.title or p.extraction.title, outlet=p.meta.outlet or p.extraction.outlet,
                         url=p.meta.url, published=publication.value, published_source=publication.source,
                         source_name=p.meta.source_name, text=p.text, content_hash=p.digest,
                         ingested_at=utcnow()))
    table = Article.__table__
    ids = [r[0] for r in conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)]
    timexes = [dict(article_id=article_id, start=t.start, end=t.end, text=t.text, value=t.value,
                    granularity=t.granularity, rule=t.rule, explanation=t.explanation,
                    weekday_conflict=t.weekday_conflict)
               for article_id, p in zip(ids, items) for t in p.extraction.timexes]
    if timexes:
        conn.execute(insert(Timex.__table__), timexes)
    mentions = []
    for article_id, p in zip(ids, items):
        article = SimpleNamespace(id=article_id, text=p.text)
        mentions.extend(c for c in (_citations_of(article, found, PendingCitation) for found in p.extraction.events)
                        if c is not None)
    assigned = recluster(session, mentions, gazetteer)
    events = sorted(set(assigned.values()) - {None})
    shared = {e for e, n in run(session, "SELECT event_id, COUNT(DISTINCT article_id) FROM citation WHERE event_id IN "
                                         f"({ids_in(name_of(session))}) GROUP BY event_id",
                                {"ids": json.dumps(events)}) if n > 1}
    by_article: dict[int, set[int]] = {}
    for primary, _ in mentions:
        if primary.event_id is not None:
            by_article.setdefault(primary.article_id, set()).add(primary.event_id)
    for pos, article_id, p in zip(positions, ids, items):
        outcome = IngestOutcome(p.name, "added", article_id)
        for event_id in by_article.get(article_id, ()):
            if event_id in shared:
                outcome.merged_events += 1
            else:
                outcome.new_events += 1
        outcomes[pos] = outcome


def store_batch(engine: Engine, batch: list[Prepared], gazetteer: Gazetteer) -> list[IngestOutcome]:
    """One batch in one transaction, tried again while another process holds the database."""
    for attempt in range(_WRITE_ATTEMPTS):
        with Session(engine) as session:
            try:
                outcomes = _write_batch(session, batch, gazetteer)
                apply_all(session, gazetteer)  # what people corrected holds over what the batch derived again
                session.commit()
                return outcomes
            except (OperationalError, IntegrityError) as exc:
                session.rollback()
                if isinstance(exc, OperationalError) and "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == _WRITE_ATTEMPTS - 1:
                    return [p.failed or IngestOutcome(p.name, "failed", message=f"{p.name}: the database stayed "
                                                                                  f"busy ({exc.orig})") for p in batch]
                time.sleep(min(2.0, 0.05 * 2 ** attempt))  # another writer, or it just stored one of these texts
    raise AssertionError("unreachable")


def bulk_ingest(engine: Engine, paths: list[Path], gazetteer: Gazetteer, meta: ArticleMeta, max_bytes: int,
                batch_size: int = BATCH_SIZE, processes: int | None = None,
                on_outcomes: Callable[[int, int, list[IngestOutcome]], None] | None = None) -> IngestReport:
    """Files and folders (walked recursively) in batches. `on_outcomes(files_done, files_total,
    outcomes)` hears of each stored batch (the progress bar)."""
    files, skipped = source_files(paths)
    processes = processes or os.cpu_count() or 1
    # the workers look up stored texts in the database file; an in-memory one they cannot see
    url = (engine.url.render_as_string(hide_password=False)
           if engine.url.database and engine.url.database != ":memory:" else None)
    report = IngestReport()
    stream = prepared_stream(files, gazetteer, url, meta, max_bytes, processes, _WINDOW_BATCHES * batch_size)
    done = 0
    for chunk in _batches(stream, batch_size):
        outcomes = store_batch(engine, [p for file_items in chunk for p in file_items], gazetteer)
        done += len(chunk)
        report.outcomes.extend(outcomes)
        if on_outcomes is not None:
            on_outcomes(done, len(files), outcomes)
    for path in skipped:
        report.outcomes.append(IngestOutcome(str(path), "skipped", message=f"{path}: not a format Linimasa reads "
                                                                            f"('{path.suffix or 'no suffix'}')"))
    return report


def _batches(stream: Iterable[list[Prepared]], size: int) -> Iterator[list[list[Prepared]]]:
    """Files grouped so that a batch holds about `size` articles (a file's articles stay together)."""
    chunk: list[list[Prepared]] = []
    count = 0
    for items in stream:
        chunk.append(items)
        count += len(items)
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk
