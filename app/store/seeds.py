"""Loading the seed articles of seeds/ into an empty database, with their metadata file."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from ..extract.actors import Gazetteer
from .ingest import ArticleMeta, IngestReport, ingest_file
from .models import Article

METADATA_FILE = "articles.json"


def article_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Article)).one()


def load_seeds(engine: Engine, seeds_dir: Path, gazetteer: Gazetteer, max_bytes: int) -> IngestReport:
    """Ingest every seed article, with what seeds/articles.json knows of it."""
    report = IngestReport()
    metadata_path = seeds_dir / METADATA_FILE
    known = {}
    if metadata_path.is_file():
        known = {a["file"]: a for a in json.loads(metadata_path.read_text(encoding="utf-8"))["articles"]}
    for path in sorted(seeds_dir.glob("*.txt")):
        info = known.get(path.name, {})
        meta = ArticleMeta(title=info.get("title"), outlet=info.get("outlet"), url=info.get("url"),
                           published=date.fromisoformat(info["published"]) if info.get("published") else None,
                           source_name=path.name)
        report.outcomes.extend(ingest_file(engine, path, gazetteer, meta, max_bytes))
    return report


def load_seeds_if_empty(engine: Engine, seeds_dir: Path, gazetteer: Gazetteer, max_bytes: int) -> IngestReport | None:
    if article_count(engine) or not seeds_dir.is_dir():
        return None
    return load_seeds(engine, seeds_dir, gazetteer, max_bytes)
