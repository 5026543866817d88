"""Linimasa's settings: one class, every field with a default and a description.

Read from the environment with the LINIMASA_ prefix (LINIMASA_DATABASE_URL=...).
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from .paths import project_path


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LINIMASA_")

    database_url: str = Field("sqlite:///./linimasa.db", description="SQLAlchemy URL of the database: a SQLite file, or postgresql+psycopg://user@host/name")
    host: str = Field("127.0.0.1", description="Interface that `linimasa serve` listens on")
    port: int = Field(8000, description="Port that `linimasa serve` listens on")
    seeds_dir: Path = Field(default_factory=lambda: project_path("seeds"),
                            description="Folder of seed articles loaded into an empty database (default: seeds/ "
                                        "beside the package)")
    load_seeds: bool = Field(True, description="Load the seed articles when the database holds no articles")
    gazetteer_path: Path = Field(default_factory=lambda: project_path("seeds") / "actors.json",
                                 description="The curated actor gazetteer (JSON; default: seeds/actors.json "
                                             "beside the package)")
    max_article_bytes: int = Field(5_000_000, description="Largest article file accepted, in bytes")
    page_size: int = Field(25, ge=1, le=500, description="Events per page of the timeline and of /api/events; "
                           "the timeline loads the next page as the reader scrolls")
    dense_group: int = Field(8, description="A month with more events than this shows a 'more events' row")
    reload_templates: bool = Field(False, description="Re-read templates when their files change (for development)")
    admin_token: str | None = Field(None, description="The write token: with it set, a signed-in browser (or an API "
                                   "client sending 'Authorization: Bearer <token>') may add and delete articles; "
                                   "unset, every write from the web is off and reading stays public")
    max_request_bytes: int = Field(20_000_000, ge=1, description="Largest request body accepted, in bytes (a "
                                                                 "larger upload is refused with 413)")
    recover_jobs: bool = Field(True, description="At start, fail the upload jobs a killed server left running and "
                               "resume the queued ones; `linimasa serve --workers N` does it once, before its "
                               "workers start, and turns it off in them (one worker must not fail another's job)")
    timeline_cache_size: int = Field(256, ge=0, description="Filters whose timeline counts are kept until the "
                                                            "data changes (0 keeps none)")
