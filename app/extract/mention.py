"""One event mention from a passage: its place, actors and reporters, the keys that tell it from
other happenings (case numbers, magnitudes, scores, a ruling's outcome, contrast markers), its
figures, lemmas and names. `events.py` decides which passages are mentions and of which date."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .event_types import TypeMatch, content_lemmas
from .figures import case_numbers, find_figures, magnitudes
from .lang.id import happenings as lexicon
from .model import ActorMention, EventMention, Timex
from .names import common_words, passage_names
from .places import PlaceMention, after_place_preposition, on_route, place_rank
from .summary import after_dateline, summary_of

_WORDS = re.compile(r"[^\W\d_]+")
_NAME_WORD = re.compile(r"\w+")
_PLACE_PREPOSITION = re.compile(lexicon.PLACE_PREPOSITION, re.IGNORECASE)
_REFERS_BACK = re.compile(lexicon.REFERS_BACK, re.IGNORECASE)
_MARKERS = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in lexicon.CONTRAST_MARKERS.items()}
# any marker at all: most passages hold none, and one search tells so
_ANY_MARKER = re.compile("|".join(f"(?:{p})" for p in lexicon.CONTRAST_MARKERS.values()), re.IGNORECASE)
_SPEECH_AFTER = re.compile(lexicon.SPEECH_AFTER_NAME, re.IGNORECASE)
_PLACE_LEVEL = {"district": 0, "city": 1, "regency": 1, "capital": 1, "province": 2, "country": 3}


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The lower-cased words of an actor's or place's name: every mention asks for the same few."""
    return tuple(w.lower() for w in _NAME_WORD.findall(name))


def _reporters(text: str, start: int, end: int, in_sentence: list[ActorMention]) -> set[str]:
    """Actors who only tell of the happening: "kata Kepala BMKG Dwikorita", "Dwikorita mengatakan"."""
    out = set()
    for a in in_sentence:
        if not start <= a.start < end:
            continue
        before = text[max(start, a.start - 45):a.start].lower()
        words = _WORDS.findall(before)
        if any(w in lexicon.SPEECH_VERBS or w == "menurut" for w in words[-4:]) \
                or _SPEECH_AFTER.match(text, a.end, min(end, a.end + 40)):
            out.add(a.canonical)
    return out


def _place_of(text: str, start: int, end: int, places: list[PlaceMention], in_sentence: list[ActorMention],
              anchor: int) -> tuple[str | None, tuple[str, ...]]:
    """The happening's place: the most specific place of the clause, one after "di"/"ke" first."""
    # a country is the place only after "di", "ke"...: elsewhere it is an actor ("Rusia menyerang")
    inside = [p for p in places if start <= p.start < end
              and (p.place.level != "country" or after_place_preposition(text, p.start))
              and not on_route(text, p.start)]
    if inside:
        # how surely it is the place, then nearness to the date or trigger, then the finer place
        best = min(inside, key=lambda p: (place_rank(text, p.start), abs(p.start - anchor) // 60,
                                          _PLACE_LEVEL.get(p.place.level, 4), p.start))
        return best.place.name, best.place.within
    for a in in_sentence:  # the actor gazetteer's places and countries ("tiba di Pyongyang")
        if start <= a.start < end and a.kind in ("place", "country") \
                and _PLACE_PREPOSITION.search(text[max(start, a.start - 8):a.start]):
            return a.canonical, ()
    return None, ()


def actors_of(start: int, end: int, in_sentence: list[ActorMention], named: dict[str, str],
               place: str | None) -> dict[str, str]:
    in_clause = {a.canonical: a.kind for a in in_sentence if start <= a.start < end and a.kind != "place"}
    # the clause's own actors first, then the sentence's (and a pronoun's antecedents)
    kinds = {**in_clause, **{k: v for k, v in named.items() if k not in in_clause}}
    kinds.pop(place, None)
    return kinds


def with_place(mention: EventMention, place: str, within: tuple[str, ...]) -> EventMention:
    return replace(mention, place=place, place_within=within)


def make_mention(text: str, start: int, end: int, value: str, granularity, status: str, timex: Timex | None,
             kind: TypeMatch | None, in_sentence: list[ActorMention], named: dict[str, str],
             places: list[PlaceMention], source: str, explanation: str, flags: tuple[dict, ...],
             matches: list[TypeMatch] = ()) -> EventMention:
    anchor = timex.start if timex else (kind.start if kind else start)
    place, within = _place_of(text, start, end, places, in_sentence, kind.start if kind else anchor)
    # every place the passage names, with what contains it: reports of one quake name Cianjur, Cugenang,
    # Jawa Barat or where it was felt, and one of them is enough to agree
    named_places = tuple(dict.fromkeys(n for p in places if start <= p.start < end
                                       for n in (p.place.name, *p.place.within) if n != "Indonesia"))
    kinds = actors_of(start, end, in_sentence, named, place)
    event_type = kind.type if kind else None
    keys = case_numbers(text, start, end)
    if event_type in ("disaster", "casualties"):
        keys += magnitudes(text, start, end)
    figures = find_figures(text, start, end, event_type)
    keys += tuple(f"score:{f.value}" for f in figures if f.kind == "score")
    lemmas = content_lemmas(text, after_dateline(text, start), end)
    if event_type == "court_ruling":
        keys += tuple(f"outcome:{o}" for lemma, o in lexicon.RULING_OUTCOMES.items() if lemma in lemmas)
    if _ANY_MARKER.search(text, start, end):
        keys += tuple(f"marker:{name}" for name, pattern in _MARKERS.items() if pattern.search(text, start, end))
    known = {w for n in (*kinds, *named_places, place or "") for w in name_words(n)}
    names = passage_names(text, after_dateline(text, start), end, known, common_words(text))
    return EventMention(
        value=value, granularity=granularity, summary=summary_of(text, start, end, anchor), status=status,
        start=start, end=end, timex=timex, actor_kinds=tuple(kinds.items()),
        place=place, event_type=event_type,
        flags=flags, date_source=source, date_explanation=explanation, place_within=within,
        reporters=tuple(sorted(_reporters(text, start, end, in_sentence))), places_named=named_places,
        lemmas=lemmas, names=names, figures=figures, keys=keys,
        # "Dalam kunjungan itu", "kunjungan ini didorong oleh ...": the happening told before
        refers_back=any(m.is_noun and _REFERS_BACK.match(text, m.end) for m in matches))
