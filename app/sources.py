"""The input layer: a file's bytes into sources, the article texts it holds and what is known of them.

Chosen by the file's format, in the manner of sqlite-utils' formats: `.txt`; `.html`/`.htm` (the
main text without navigation or "Baca juga", with its title, site name, publication date and
canonical URL, by trafilatura); `.md` with YAML front matter; `.json` (one record or a list),
`.jsonl` and `.csv` records with `title`, `url`, `outlet`, `published` and `text`. Bytes are
decoded as UTF-8, UTF-16 with its BOM, or a legacy single-byte encoding that charset-normalizer
recognises (Windows-1252, Latin-1), saying which. Anything else is refused by name.

This layer comes before extraction and knows nothing of the database: `store/ingest.py` stores
what it gives.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import ArticleTextError
from .extract.text import DEFAULT_MAX_BYTES, check_article_text

# the encodings a legacy file may be in: single-byte Western ones, which Indonesian text uses
_LEGACY_ENCODINGS = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2"}
# Linimasa's own files beside articles (seeds/articles.json, seeds/actors.json): a folder walk leaves them
OWN_FILES = frozenset({"articles.json", "actors.json"})


@dataclass
class Source:
    """One article's text and what is known of it; unknown stays None, never guessed."""

    name: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    note: str = ""  # how it was read ("decoded from cp1252")


def decode_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """The text of `data` and a note on its encoding ("" for UTF-8)."""
    if len(data) > max_bytes:
        raise ArticleTextError(f"{name}: {len(data):,} bytes is larger than the {max_bytes:,}-byte limit "
                               "for one article (LINIMASA_MAX_ARTICLE_BYTES)", "too_large", f"{len(data):,} > {max_bytes:,}")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "decoded from UTF-16"
        except UnicodeDecodeError:
            raise ArticleTextError(f"{name}: starts as UTF-16 but does not decode as UTF-16", "utf16") from None
    if b"\x00" in data:
        raise ArticleTextError(f"{name}: looks like a binary file (it contains NUL bytes), not article text",
                               "binary")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        failure = exc
    from charset_normalizer import from_bytes  # only for the files that need it
    guess = from_bytes(data).best()
    if guess is not None and guess.encoding.lower() in _LEGACY_ENCODINGS:
        # which single-byte Western code page is a guess on short texts (cp1250 for "café"):
        # Indonesian news is written in Windows-1252, and Latin-1 reads what it leaves undefined
        try:
            return data.decode("cp1252"), "decoded from Windows-1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "decoded from Latin-1"
    raise ArticleTextError(f"{name}: is neither UTF-8 nor a legacy encoding it can be read in (byte "
                           f"0x{data[failure.start]:02x} at offset {failure.start}); save it as UTF-8 "
                           "and try again", "undecodable", f"0x{data[failure.start]:02x}@{failure.start}")


def parse_published(value: object, name: str) -> date | None:
    """A publication date as metadata gives it, in any format ("2022-11-21T14:00:00+07:00",
    "Senin, 21 Nov 2022 14:00 WIB", "21/11/2022"), by dateparser; None when there is none."""
    if value in (None, ""):
        return None
    import dateparser  # loaded once, when metadata first has a date
    parsed = dateparser.parse(str(value), languages=["id", "en"],
                              settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        raise ArticleTextError(f"{name}: the publication date {value!r} is not a date", "date", str(value))
    return parsed.date()


def _text_source(text: str, name: str, note: str) -> list[Source]:
    return [Source(name, check_article_text(text, name), note=note)]


def _html_source(html: str, name: str, note: str) -> list[Source]:
    import trafilatura
    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise ArticleTextError(f"{name}: no article text found in this HTML page", "no_html_text")
    return [Source(name, check_article_text(doc.text, name), title=doc.title, outlet=doc.sitename,
                   url=doc.url, published=parse_published(doc.date, name), note=note)]


def _markdown_source(text: str, name: str, note: str) -> list[Source]:
    import frontmatter
    try:
        post = frontmatter.loads(text)
    except Exception as exc:  # the YAML parser's own errors, by several names
        raise ArticleTextError(f"{name}: its front matter is not valid YAML ({exc})", "front_matter") from None
    return [_record_source({**post.metadata, "text": post.content}, name, note)]


def _record_source(record: object, name: str, note: str) -> Source:
    if not isinstance(record, dict):
        raise ArticleTextError(f"{name}: is not a record with a text field", "not_record", name)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleTextError(f"{name}: has no text", "no_text", name)
    def field_of(key: str) -> str | None:
        value = record.get(key)
        return str(value).strip() or None if value not in (None, "") else None
    return Source(name, check_article_text(text, name), title=field_of("title"), outlet=field_of("outlet"),
                  url=field_of("url"), published=parse_published(record.get("published"), name), note=note)


def _json_sources(text: str, name: str, note: str) -> list[Source]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleTextError(f"{name}: is not valid JSON (line {exc.lineno}: {exc.msg})", "json",
                               str(exc.lineno)) from None
    records = data if isinstance(data, list) else [data]
    return [_record_source(r, f"{name}#{i}" if len(records) > 1 else name, note)
            for i, r in enumerate(records, start=1)]


def _jsonl_sources(text: str, name: str, note: str) -> list[Source]:
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleTextError(f"{name}: line {number} is not valid JSON ({exc.msg})", "json",
                                       str(number)) from None
        out.append(_record_source(record, f"{name}#{number}", note))
    return out


def _csv_sources(text: str, name: str, note: str) -> list[Source]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise ArticleTextError(f"{name}: a CSV of articles needs a 'text' column (it has "
                               f"{', '.join(reader.fieldnames or []) or 'none'})", "csv_no_text")
    # the header is line 1: a record's line is where it starts
    return [_record_source(row, f"{name}#{reader.line_num}", note) for row in reader]


FORMATS = {".txt": _text_source, ".text": _text_source, ".html": _html_source, ".htm": _html_source,
           ".md": _markdown_source, ".markdown": _markdown_source, ".json": _json_sources,
           ".jsonl": _jsonl_sources, ".ndjson": _jsonl_sources, ".csv": _csv_sources}


def read_sources(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Source]:
    """The sources a file named `name` holds (its format from the name's suffix)."""
    reader = FORMATS.get(Path(name).suffix.lower())
    if reader is None:
        raise ArticleTextError(f"{name}: unknown format '{Path(name).suffix or '(no suffix)'}'; Linimasa reads "
                               f"{', '.join(sorted(FORMATS))}", "format", Path(name).suffix or "(no suffix)")
    text, note = decode_bytes(data, name, max_bytes)
    return reader(text, name, note)


def source_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files named, folders walked recursively (sorted, so ingestion order is stable), and the
    files of those folders skipped because their format is not one Linimasa reads."""
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")
                            and q.name not in OWN_FILES):
                (files if p.suffix.lower() in FORMATS else skipped).append(p)
        else:
            files.append(path)
    return files, skipped
