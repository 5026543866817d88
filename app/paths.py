"""Where Linimasa's folders are: one rule for seeds, the gazetteer, templates, static files and
migrations. Beside the package in a source checkout (whatever the working directory), else in
the working directory (an installed package run from a folder that holds them, as the Docker
image does)."""
from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def project_path(name: str) -> Path:
    beside = PROJECT_DIR / name
    return beside if beside.exists() else Path.cwd() / name
