"""The whole extraction of one article: timexes, sentences, actors, places, event mentions,
its title and outlet. What comes out is finished: the store only writes it."""
from __future__ import annotations

import re
from datetime import date

from .actors import Gazetteer, find_actors
from .events import build_events
from .model import ArticleExtraction
from .lang import Language, indonesian
from .places import PlaceGazetteer, default_places
from .sentences import split_sentences
from .timex import tag_timexes

_FIRST_LINE = re.compile(r"[ \t]*(\S[^\n]*)\n")
_TITLE_LIMIT = 200


def title_of(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return "(untitled)"


def body_start(text: str) -> int:
    """Where the body starts: after a first line that is a headline (short, no closing full stop,
    more text after it), else at the start."""
    m = _FIRST_LINE.match(text.lstrip("\n"))
    if not m:
        return 0
    offset = len(text) - len(text.lstrip("\n"))
    line = m.group(1).rstrip()
    if len(line) <= _TITLE_LIMIT and not line.endswith((".", "!", "?", '"', "”")) and text[offset + m.end():].strip():
        return offset + m.end()
    return 0


def extract_article(text: str, dct: date | None = None, gazetteer: Gazetteer | None = None,
                    places: PlaceGazetteer | None = None, language: Language | None = None) -> ArticleExtraction:
    """Run the pipeline on one article's text. `dct` overrides the date found in the text."""
    language = language or indonesian()
    publication, timexes = tag_timexes(text, dct, language)
    sentences = split_sentences(text, [(t.start, t.end) for t in timexes], language)
    actors = find_actors(text, gazetteer or Gazetteer.empty())
    place_mentions = (places or default_places()).find(text)
    skip = frozenset({publication.span}) if publication.span else frozenset()
    events = build_events(text, sentences, timexes, actors, skip, publication.value, place_mentions,
                          body_start(text), publication.source != "none")
    return ArticleExtraction(text=text, publication_date=publication, timexes=timexes,
                             sentences=sentences, actors=actors, events=events, title=title_of(text),
                             outlet=language.detect_outlet(text))
