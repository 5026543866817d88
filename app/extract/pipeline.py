"""The whole extraction of one article: timexes, sentences, actors, places, event mentions,
its title and outlet. What comes out is finished: the store only writes it."""
from __future__ import annotations

from datetime import date

from .actors import Gazetteer, find_actors
from .events import build_events
from .model import ActorMention, ArticleExtraction
from .headline import body_start, title_of
from .lang import Language, indonesian
from .places import PlaceGazetteer, PlaceMention, default_places
from .sentences import split_sentences
from .timex import tag_timexes

def without_places(actors: list[ActorMention], places: list[PlaceMention]) -> list[ActorMention]:
    """A person found by a title's cue whose name starts with a place is the place's official: "Bupati
    Cianjur Herman Suherman" is Herman Suherman; a "person" that is all place ("Kabupaten Garut") is none."""
    if not places:
        return actors
    starts = {p.start: p for p in places}
    out = []
    for a in actors:
        start = a.start
        while a.kind == "person" and not a.known and start in starts and starts[start].end < a.end:
            rest = a.text[starts[start].end - a.start:]
            start = a.end - len(rest.lstrip())  # the name goes on after the place and its space
        if start == a.start:
            if not (a.kind == "person" and not a.known and start in starts):
                out.append(a)  # (a person that is all one place is none)
            continue
        name = a.text[start - a.start:]
        if name[:1].isupper() and start not in starts:
            out.append(ActorMention(start, a.end, name, name, a.kind, a.known))
    return out


def extract_article(text: str, dct: date | None = None, gazetteer: Gazetteer | None = None,
                    places: PlaceGazetteer | None = None, language: Language | None = None,
                    today: date | None = None) -> ArticleExtraction:
    """Run the pipeline on one article's text. `dct` overrides the date found in the text; `today`
    (when the article is read) lets a text that names no year at all take the latest year its
    weekdays agree with."""
    language = language or indonesian()
    publication, timexes = tag_timexes(text, dct, language, today)
    sentences = split_sentences(text, [(t.start, t.end) for t in timexes], language)
    place_mentions = (places or default_places()).find(text)
    actors = without_places(find_actors(text, gazetteer or Gazetteer.empty()), place_mentions)
    skip = frozenset({publication.span}) if publication.span else frozenset()
    events = build_events(text, sentences, timexes, actors, skip, publication.value, place_mentions,
                          body_start(text), publication.source != "none")
    return ArticleExtraction(text=text, publication_date=publication, timexes=timexes,
                             sentences=sentences, actors=actors, events=events, title=title_of(text),
                             outlet=language.detect_outlet(text))
