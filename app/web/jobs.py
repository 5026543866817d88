"""Upload jobs: the job page (/jobs/{id}), whose partial polls itself while the worker runs the
job, and /api/jobs/{id} for API clients."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlmodel import Session

from ..store.jobs import FINISHED, INTERRUPTED, get_job
from ..store.models import IngestJobPublic
from .deps import get_session, render

router = APIRouter()


def _job(session: Session, job_id: int) -> IngestJobPublic:
    job = get_job(session, job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    return job


@router.get("/jobs/{job_id}", include_in_schema=False)
def job_page(request: Request, job_id: int, session: Session = Depends(get_session)):
    job = _job(session, job_id)
    return render(request, "job.html", "_job.html", {"job": job, "finished": job.status in FINISHED,
                                                       "interrupted": INTERRUPTED})


@router.get("/api/jobs/{job_id}", response_model=IngestJobPublic, tags=["articles"])
def api_job(job_id: int, session: Session = Depends(get_session)):
    """An upload job and each of its files: queued, running, done (with the articles stored) or failed."""
    return _job(session, job_id)
