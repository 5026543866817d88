"""Ingest jobs: the browser's uploads stored as a job of files, run later by the app's worker.

A job is created in the request (its files' bytes kept in the rows, never written to disk under
their own names) and answered at once; `run_job` then ingests each file through the one write
path (`ingest_bytes`), recording what became of it: the articles added (and any they replaced),
their event counts, or why the file was refused. Refusals carry a code that the page words in
its own language. A job the server was killed in the middle of is marked failed at the next
start (`fail_interrupted`); jobs never started stay queued and are run then.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from ..errors import ArticleTextError
from ..extract.actors import Gazetteer
from ..sources import FORMATS, parse_published
from .ingest import ArticleMeta, IngestOutcome, ingest_bytes
from .models import IngestJob, IngestJobFile, IngestJobFilePublic, IngestJobPublic, utcnow

log = logging.getLogger(__name__)

FINISHED = ("done", "failed")
INTERRUPTED = "the server stopped while this job was running; upload the file again"


@dataclass
class JobItem:
    """One thing to ingest: an uploaded file or the pasted text, with what the form said of it."""

    name: str
    data: bytes
    pasted: bool = False
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_text: str | None = None


def create_job(engine: Engine, items: list[JobItem]) -> int:
    """Store a queued job with its files (in one transaction); its id."""
    with Session(engine) as session:
        job = IngestJob()
        session.add(job)
        session.flush()
        for position, item in enumerate(items):
            fields = asdict(item)
            if item.pasted:  # a name of its own: two pastes without a URL are two articles, not one replacing another
                fields["name"] = f"pasted-{job.id}.txt"
            session.add(IngestJobFile(job_id=job.id, position=position, **fields))
        session.commit()
        return job.id


def get_job(session: Session, job_id: int) -> IngestJobPublic | None:
    job = session.get(IngestJob, job_id)
    if job is None:
        return None
    files = session.exec(select(IngestJobFile).where(IngestJobFile.job_id == job_id)
                         .order_by(col(IngestJobFile.position))).all()
    return IngestJobPublic(**job.model_dump(), files=[
        IngestJobFilePublic(**f.model_dump(exclude={"data", "results"}), results=json.loads(f.results))
        for f in files])


def queued_jobs(engine: Engine) -> list[int]:
    with Session(engine) as session:
        return list(session.exec(select(IngestJob.id).where(IngestJob.status == "queued").order_by(col(IngestJob.id))))


def fail_interrupted(engine: Engine) -> int:
    """Jobs left 'running' by a server that was killed: failed, with every file not finished
    failed too (nothing of a file is half-stored: each article is its own transaction). The
    number of jobs."""
    with Session(engine) as session:
        jobs = session.exec(select(IngestJob).where(IngestJob.status == "running")).all()
        for job in jobs:
            for f in session.exec(select(IngestJobFile).where(IngestJobFile.job_id == job.id,
                                                              col(IngestJobFile.status).not_in(FINISHED))):
                f.status, f.refusal, f.message, f.data, f.finished_at = "failed", "interrupted", INTERRUPTED, None, utcnow()
                session.add(f)
            job.status, job.message, job.finished_at = "failed", INTERRUPTED, utcnow()
            session.add(job)
        session.commit()
        return len(jobs)


def precheck(name: str, data: bytes, max_bytes: int) -> tuple[str, str] | None:
    """The refusals the page words in its language, found before reading: (code, detail), or None.
    The input layer refuses the rest (undecodable text, a record without text) in its own words."""
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        return "format", suffix or "(no suffix)"
    if not data.strip():
        return "empty", ""
    if len(data) > max_bytes:
        return "too_large", f"{len(data):,} > {max_bytes:,}"
    if b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return "binary", ""
    return None


def _meta(f: IngestJobFile) -> ArticleMeta:
    published = parse_published(f.published_text, f.name) if f.published_text else None
    # an uploaded file's own metadata (front matter, a page's title and date) is read by the input layer
    return ArticleMeta(title=f.title, outlet=f.outlet, url=f.url, published=published, source_name=f.name)


def _record(f: IngestJobFile, outcomes: list[IngestOutcome]) -> None:
    f.results = json.dumps([{"name": o.name, "status": o.status, "article_id": o.article_id,
                             "replaced_id": o.replaced_id, "new_events": o.new_events,
                             "merged_events": o.merged_events, "message": o.message,
                             # a refusal the page words in its language, as for a whole file
                             "refusal": o.refusal, "refusal_detail": o.refusal_detail} for o in outcomes],
                           ensure_ascii=False)
    f.new_events = sum(o.new_events for o in outcomes)
    f.merged_events = sum(o.merged_events for o in outcomes)
    stored = [o for o in outcomes if o.status != "failed"]
    if stored:
        f.status = "done"
        f.message = "; ".join(o.message for o in outcomes if o.message)
    elif len(outcomes) == 1 and outcomes[0].refusal:
        # a refusal the page words in its language ("tidak ada teks"), its detail filled in
        f.status, f.refusal, f.message = "failed", outcomes[0].refusal, outcomes[0].refusal_detail
    else:
        f.status, f.refusal = "failed", "ingest"
        f.message = "; ".join(o.message for o in outcomes) or "nothing was stored"


def _save(engine: Engine, f: IngestJobFile) -> None:
    with Session(engine) as session:
        session.merge(f)
        session.commit()


def _set_job(engine: Engine, job_id: int, status: str, message: str = "") -> None:
    with Session(engine) as session:
        job = session.get(IngestJob, job_id)
        job.status, job.message = status, message
        if status in FINISHED:
            job.finished_at = utcnow()
        session.add(job)
        session.commit()


def _claim(engine: Engine, job_id: int) -> bool:
    """Take a queued job for this process: one UPDATE, so that of several workers serving one
    database exactly one runs it."""
    with Session(engine) as session:
        taken = session.exec(update(IngestJob).where(col(IngestJob.id) == job_id, col(IngestJob.status) == "queued")
                             .values(status="running")).rowcount
        session.commit()
    return taken == 1


def run_job(engine: Engine, job_id: int, gazetteer: Gazetteer, max_bytes: int,
            stopping: Callable[[], bool] = lambda: False) -> str:
    """Ingest a queued job's files in order, each file's result stored as soon as it is known.
    When `stopping()` turns true between files, the job goes back to 'queued' with the files not
    yet read, to be run at the next start. The job's status at the end."""
    with Session(engine) as session:
        job = session.get(IngestJob, job_id)
        if job is None or job.status != "queued":
            return job.status if job else "missing"
        ids = list(session.exec(select(IngestJobFile.id).where(IngestJobFile.job_id == job_id,
                                                               IngestJobFile.status == "queued")
                                .order_by(col(IngestJobFile.position))))
    if not _claim(engine, job_id):
        return "running"  # another worker process took it first
    try:
        for file_id in ids:
            if stopping():
                _set_job(engine, job_id, "queued")
                return "queued"
            _run_file(engine, file_id, gazetteer, max_bytes)
    except Exception as exc:  # a bug, or the database gone: the job says so rather than staying 'running'
        log.exception("ingest job %s failed", job_id)
        _set_job(engine, job_id, "failed", f"{type(exc).__name__}: {exc}")
        return "failed"
    _set_job(engine, job_id, "done")
    return "done"


def _run_file(engine: Engine, file_id: int, gazetteer: Gazetteer, max_bytes: int) -> None:
    with Session(engine) as session:
        f = session.get(IngestJobFile, file_id)
        session.expunge(f)
    f.status = "running"
    _save(engine, f)
    data = f.data or b""
    refused = precheck(f.name, data, max_bytes)
    if refused is not None:
        f.status, (f.refusal, f.message) = "failed", refused
    else:
        try:
            meta = _meta(f)
        except ArticleTextError:
            f.status, f.refusal, f.message = "failed", "date", f.published_text or ""
        else:
            _record(f, ingest_bytes(engine, data, f.name, gazetteer, meta, max_bytes))
    f.data, f.finished_at = None, utcnow()  # the bytes are read: the row keeps only the result
    _save(engine, f)
