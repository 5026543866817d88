"""The whole extraction of one article: timexes, sentences, actors, events."""
from __future__ import annotations

from datetime import date

from .actors import Gazetteer, find_actors
from .events import build_events
from .model import ArticleExtraction
from .sentences import split_sentences
from .timex import tag_timexes


def extract_article(text: str, dct: date | None = None, gazetteer: Gazetteer | None = None) -> ArticleExtraction:
    """Run the pipeline on one article's text. `dct` overrides the date found in the text."""
    publication, timexes = tag_timexes(text, dct)
    sentences = split_sentences(text, [(t.start, t.end) for t in timexes])
    actors = find_actors(text, gazetteer or Gazetteer.empty())
    skip = frozenset({publication.span}) if publication.span else frozenset()
    events = build_events(text, sentences, timexes, actors, skip, publication.value)
    return ArticleExtraction(text=text, publication_date=publication, timexes=timexes,
                             sentences=sentences, actors=actors, events=events)
