"""The `linimasa` command: serve, ingest, extract, recluster, delete, backup, export.

A thin wrapper: it parses arguments, calls the library, and turns Linimasa's
exceptions into one clear line on stderr and a non-zero exit status.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from .errors import LinimasaError
from .settings import Settings


def _gazetteer(settings: Settings):
    from .extract.actors import Gazetteer
    return Gazetteer.load(settings.gazetteer_path)


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from .extract.pipeline import extract_article
    from .extract.text import decode_article
    gazetteer = _gazetteer(settings)
    documents, failed = [], 0
    for path in args.files:
        try:
            text = decode_article(Path(path).read_bytes(), path, settings.max_article_bytes)
        except (OSError, LinimasaError) as exc:
            print(f"linimasa extract: {exc}", file=sys.stderr)
            documents.append({"path": path, "error": str(exc), "dct": None, "timexes": [], "events": []})
            failed += 1
            continue
        documents.append(extract_article(text, args.dct, gazetteer, today=date.today()).to_json(path))
    json.dump({"documents": documents}, sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
    sys.stdout.write("\n")
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:

    from .store.bulk import bulk_ingest
    from .store.db import open_database
    from .store.ingest import ArticleMeta
    engine = open_database(settings)
    meta = ArticleMeta(outlet=args.outlet, url=args.url, published=args.published)
    progress = _IngestProgress(sys.stderr.isatty() and not args.no_progress, args.progress_every)
    started = time.perf_counter()
    report = bulk_ingest(engine, [Path(p) for p in args.paths], _gazetteer(settings), meta,
                         settings.max_article_bytes, batch_size=args.batch, processes=args.processes,
                         on_outcomes=progress.update)
    progress.close()
    if not progress.bar:
        for line in report.lines():
            if not line.startswith(("added", "unchanged")) or not args.quiet:
                print(line)
    else:  # the bar told of the stored ones; what went wrong is listed
        for line in report.lines():
            if not line.startswith(("added", "unchanged")):
                print(line)
    seconds = time.perf_counter() - started
    print(f"{report.summary()} in {seconds:.1f} s ({len(report.outcomes) / max(seconds, 1e-9):.1f} articles/s)")
    return 1 if report.failed else 0


class _IngestProgress:
    """A bar on a terminal (tqdm); otherwise a plain line on stderr every `every` files."""

    def __init__(self, terminal: bool, every: int):
        self.bar = None
        self.every, self.reported, self.started = every, 0, time.perf_counter()
        if terminal:
            from tqdm import tqdm
            self.bar = tqdm(unit="file", dynamic_ncols=True, file=sys.stderr)

    def update(self, done: int, total: int, outcomes: list) -> None:
        if self.bar is not None:
            self.bar.total = total
            self.bar.update(done - self.bar.n)
            return
        if done - self.reported >= self.every or done == total:
            elapsed = time.perf_counter() - self.started
            print(f"progress  {done}/{total} files, {elapsed:.0f} s", file=sys.stderr, flush=True)
            self.reported = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import Session

    from .store.db import open_database
    from .store.ingest import delete_article
    engine = open_database(settings)
    with Session(engine) as session:
        if not delete_article(session, args.article_id, _gazetteer(settings)):
            print(f"linimasa delete: no article {args.article_id}", file=sys.stderr)
            return 2
        session.commit()
    print(f"deleted   article {args.article_id}, and every citation only it supported")
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from .store.db import backup_database, open_database
    backup_database(open_database(settings), Path(args.path))
    print(f"backed up to {args.path}")
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import Session

    from .exports import export
    from .store.db import open_database
    from .store.filters import EventQuery
    from .store.queries import public_events
    query = EventQuery.from_params(args.actor or [], args.date_from, args.date_to, args.outlet, args.status, args.q,
                                   None, 0, "1" if args.moments else None)
    engine = open_database(settings)
    with Session(engine) as session:
        data = export(public_events(session, query), args.format)
    if args.output:
        Path(args.output).write_text(data, encoding="utf-8", newline="")
    else:
        sys.stdout.write(data if data.endswith("\n") else data + "\n")
    return 0


def cmd_recluster(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import Session

    from .store.db import open_database
    from .store.corrections import apply_all
    from .store.happenings import recluster
    engine = open_database(settings)
    with Session(engine) as session:
        before = session.connection().exec_driver_sql("SELECT COUNT(*) FROM event").scalar_one()
        # every event written again, not only those whose mentions moved: the rules may have changed
        stale = set(session.connection().exec_driver_sql("SELECT id FROM event").scalars())
        gazetteer = _gazetteer(settings)
        recluster(session, None, gazetteer, stale=stale)
        apply_all(session, gazetteer)  # the corrections people made hold over the new derivation
        session.commit()
        after = session.connection().exec_driver_sql("SELECT COUNT(*) FROM event").scalar_one()
    print(f"reclustered every stored mention: {before} events before, {after} after")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from .web.app import create_app
    if args.host:
        settings.host = args.host
    if args.port:
        settings.port = args.port
    if args.workers <= 1:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
        return 0
    # several processes serve one database: migrate, load the seeds and recover interrupted jobs once,
    # here, then start workers that read their settings from the environment and do none of it
    _prepare_for_workers(settings)
    os.environ.update({"LINIMASA_DATABASE_URL": settings.database_url, "LINIMASA_LOAD_SEEDS": "false",
                       "LINIMASA_RECOVER_JOBS": "false"})
    from .web.supervisor import balances_connections, serve_workers
    if not balances_connections():
        uvicorn.run("app.web.app:create_app", factory=True, workers=args.workers, host=settings.host,
                    port=settings.port, log_level="info")
        return 0
    # a listening socket per worker, so that connections are spread over the workers (app/web/supervisor.py)
    return serve_workers(uvicorn.Config("app.web.app:create_app", factory=True, host=settings.host,
                                        port=settings.port, log_level="info"), args.workers)


def _prepare_for_workers(settings: Settings) -> None:
    from .store.db import open_database
    from .store.jobs import fail_interrupted
    from .store.seeds import load_seeds_if_empty
    engine = open_database(settings)
    if settings.load_seeds:
        load_seeds_if_empty(engine, settings.seeds_dir, _gazetteer(settings), settings.max_article_bytes)
    if settings.recover_jobs:
        fail_interrupted(engine)
    engine.dispose()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linimasa", description="Indonesian news into a cited timeline.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="serve the web app (migrates and loads seeds first)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes serving one database (default 1); each has its own pool of connections")
    p.set_defaults(run=cmd_serve)
    p = sub.add_parser("ingest", help="store articles (files or folders of .txt) and extract their events")
    p.add_argument("paths", nargs="+")
    p.add_argument("--outlet", help="outlet of these articles, when the text does not name it")
    p.add_argument("--url")
    p.add_argument("--published", type=_parse_day, help="publication date YYYY-MM-DD (overrides the text)")
    p.add_argument("--batch", type=int, default=100, help="articles per transaction (a kill loses at most one batch)")
    p.add_argument("--processes", type=int, help="extraction processes (default: one per core)")
    p.add_argument("--progress-every", type=int, default=1000, help="without a terminal, a progress line every N files")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    p.add_argument("--quiet", action="store_true", help="list only what failed or was skipped, then the summary")
    p.set_defaults(run=cmd_ingest)
    p = sub.add_parser("extract", help="print dates and events of article files as JSON (no database)")
    p.add_argument("files", nargs="+")
    p.add_argument("--dct", type=_parse_day, help="publication date YYYY-MM-DD (overrides the text)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(run=cmd_extract)
    p = sub.add_parser("recluster", help="derive every happening again from the stored mentions")
    p.set_defaults(run=cmd_recluster)
    p = sub.add_parser("delete", help="remove an article and every citation only it supported")
    p.add_argument("article_id", type=int)
    p.set_defaults(run=cmd_delete)
    p = sub.add_parser("backup", help="write a consistent copy of the database, even while the server runs")
    p.add_argument("path")
    p.set_defaults(run=cmd_backup)
    p = sub.add_parser("export", help="the stored timeline (or part of it) as JSON, CSV, TimelineJS or iCalendar")
    p.add_argument("--format", choices=["json", "csv", "timelinejs", "ics"], default="json")
    p.add_argument("-o", "--output", help="write to this file (default: standard output)")
    p.add_argument("--actor", action="append", help="only events of this actor (repeat to require several)")
    p.add_argument("--from", dest="date_from", help="earliest date, any granularity (2023-09, Juni 2024)")
    p.add_argument("--to", dest="date_to", help="latest date, any granularity")
    p.add_argument("--outlet")
    p.add_argument("--status", choices=["happened", "planned", "reported"])
    p.add_argument("--q", help="words a cited passage contains")
    p.add_argument("--moments", action="store_true", help="key moments only")
    p.set_defaults(run=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args, Settings())
    except LinimasaError as exc:
        print(f"linimasa {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `linimasa export | head`: the reader has what it wanted. Python's own advice: point stdout
        # at devnull so that the flush at exit does not raise again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
