"""Proper names of a passage that the actor and place layers did not recognise.

"Erupsi Gunung Semeru", "vonis mati Ferdy Sambo": reports of one happening by several outlets
name the same mountain, defendant or ship even when nothing in the gazetteer knows it. A name
is a capitalised word inside a sentence (a sentence's first word is capitalised anyway), or an
acronym, that is no title, kind of place or calendar word, and no word of an actor or place
the passage already has: those are weighed on their own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lang.id.happenings import NOT_NAMES

_NAME = re.compile(r"\b(?:[A-Z][a-z]{2,}|[A-Z]{3,})\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘(\n–—-])\s*$")
_LOOK_BEHIND = 4
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")  # characters before a word that tell whether it opens a sentence


@lru_cache(maxsize=8)  # every mention of one article asks: the text's hash is cached by Python
def common_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case somewhere: "Pemohon" in a quote, "Awan Panas" in a
    headline are common words capitalised, not names."""
    return frozenset(_LOWER_WORD.findall(text))


def passage_names(text: str, start: int, end: int, known: set[str] = frozenset(),
                  common: frozenset[str] = frozenset(), sentence_start: bool = False) -> frozenset[str]:
    """Lower-cased names in text[start:end], leaving out the words of `known` (lower case) and
    the article's `common` words. `sentence_start` keeps a sentence's first word (a headline's)."""
    out: set[str] = set()
    run: list[str] = []  # consecutive names: "Putri Candrawathi" is also kept whole
    last_end = -1
    for m in _NAME.finditer(text, start, end):
        word = m.group().lower()
        keep = word not in NOT_NAMES and word not in known and word not in common and (
            sentence_start or not (m.start() == start
                                   or _SENTENCE_START.search(text, max(start, m.start() - _LOOK_BEHIND), m.start())))
        if not keep or text[last_end:m.start()] != " ":
            if len(run) > 1:
                out.add(" ".join(run))
            run = []
        if keep:
            out.add(word)
            run.append(word)
            last_end = m.end()
    if len(run) > 1:
        out.add(" ".join(run))
    return frozenset(out)


def full_names(names: frozenset[str]) -> frozenset[str]:
    """The names of several words ("putri candrawathi"): most often a person's."""
    return frozenset(n for n in names if " " in n)


def topic_names(text: str, body_start: int, lead_end: int, known: set[str] = frozenset()) -> frozenset[str]:
    """The names of the article's headline and lead: what the whole story is about ("Semeru"), for
    a passage that only says "erupsi yang terjadi pada Sabtu"."""
    common = common_words(text)
    return (passage_names(text, 0, body_start, known, common, sentence_start=True)
            | passage_names(text, body_start, lead_end, known, common))
