"""The app's ingest worker: one thread, owned by the app (started and stopped by its lifespan),
that runs the upload jobs in the order they came. Ingestion never runs in the event loop or in a
request: a request stores the job and answers at once.

At start, a job a killed server left 'running' is marked failed with a message (its finished
files keep their results), and jobs never started are run. At shutdown the worker finishes the
file it is on; a job's files not yet read stay queued for the next start.
"""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy.engine import Engine

from ..extract.actors import Gazetteer
from ..store.jobs import fail_interrupted, queued_jobs, run_job


class IngestWorker:
    def __init__(self, engine: Engine, gazetteer: Gazetteer, max_article_bytes: int,
                 recover: bool = True) -> None:
        self._engine, self._gazetteer, self._max_bytes = engine, gazetteer, max_article_bytes
        self._recover = recover
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="linimasa-ingest")
        self._stopping = threading.Event()

    def start(self) -> None:
        if self._recover:  # off in the workers of `serve --workers N`: a job 'running' may be another's
            fail_interrupted(self._engine)
        # queued jobs are offered to every worker process; the first to claim one runs it
        for job_id in queued_jobs(self._engine):
            self.submit(job_id)

    def submit(self, job_id: int) -> Future:
        return self._executor.submit(run_job, self._engine, job_id, self._gazetteer, self._max_bytes,
                                     self._stopping.is_set)

    def shutdown(self) -> None:
        self._stopping.set()
        self._executor.shutdown(wait=True, cancel_futures=True)
