"""Languages the extractor reads. A `Language` is what the pipeline is given: the date grammar,
the tense cues, the sentence splitter's abbreviations and the outlet names of one language.

Each language lives in its own package (`id/` for Indonesian) and holds every word list the
pipeline needs for it. The date layer (grammar, resolver, publication date) reads its
language only from here. The event layer (`events.py`, `event_types.py`, `places.py`,
`figures.py`, `names.py`) still imports `lang.id`'s word lists directly; it would read them from
here too when a second language joins.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Callable


@dataclass(frozen=True)
class Language:
    code: str
    find_candidates: Callable  # text -> list[parts.Candidate], each naming its resolver
    clause_tense: Callable[[str, int, int], str | None]  # which side of publication a clause is on
    abbreviations: frozenset[str]  # words whose full stop ends no sentence ("Dr.", "dll.")
    list_endings: frozenset[str]  # abbreviations that also end sentences when a capital follows
    detect_outlet: Callable[[str], str | None]
    weekday_names: tuple[str, ...]  # Monday first, for explanations
    month_names: tuple[str, ...]  # index 1 is January
    datelines: ModuleType  # where an article says when it appeared: cue words, "hari ini", "kemarin"...

    def resolver(self, text: str, dct, **options):
        """A resolver for one article in this language."""
        from ..resolve import Resolver
        return Resolver(text, dct, self.clause_tense, weekday_names=self.weekday_names,
                        month_names=self.month_names, **options)


@lru_cache(maxsize=1)
def indonesian() -> Language:
    from .id import datelines, grammar, lexicon, outlets, sentences, tense
    return Language("id", grammar.find_candidates, tense.clause_tense, sentences.ABBREVIATIONS,
                    sentences.LIST_ENDINGS, outlets.detect_outlet, tuple(lexicon.WEEKDAY_NAMES_ID),
                    tuple(lexicon.MONTH_NAMES_ID), datelines)
