"""Figures a mention reports: how many dead, injured, displaced or missing, and scores.

Sources disagree on tolls ("14", "62", "162 meninggal"), so each mention keeps its own
figures with the time the text gives for them; the happening shows where they differ.
"""
from __future__ import annotations

import re

from .lang.id import happenings as lexicon
from .model import Figure

_NUMBER = r"(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+|" + "|".join(lexicon.NUMBER_WORDS) + r")"
_PATTERNS = [(kind, re.compile(_NUMBER + r"\s+" + after + r"\b", re.IGNORECASE))
             for kind, after in lexicon.FIGURE_AFTER_NUMBER.items()]
_PATTERNS += [(kind, re.compile(r"\b" + before + lexicon.FIGURE_LINK + _NUMBER + r"\b(?!\s*(?:" + lexicon.NOT_TOLL_AFTER + r"))",
                                re.IGNORECASE))
              for kind, before in lexicon.FIGURE_BEFORE_NUMBER.items()]
_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(lexicon.NUMBER_WORDS) + r")\b", re.IGNORECASE)
_ANY_FIGURE_WORD = re.compile(lexicon.FIGURE_WORDS, re.IGNORECASE)
# a score may end a sentence ("menaklukkan Singapura 1-0."), but "1-0,5" or "1-0.5" is no score
_SCORE = re.compile(r"(?<![\d/.,:-])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/:-]|[.,]\d)")
_CLOCK = re.compile(lexicon.CLOCK_TIME, re.IGNORECASE)
_CASE = re.compile(lexicon.CASE_NUMBER)
_MAGNITUDE = re.compile(lexicon.MAGNITUDE)


def _number(text: str) -> str | None:
    word = lexicon.NUMBER_WORDS.get(text.lower())
    if word is not None:
        return str(word)
    digits = re.sub(r"[.,]", "", text)
    return digits if digits.isdigit() else None


def find_figures(text: str, start: int, end: int, event_type: str | None) -> tuple[Figure, ...]:
    """The figures of text[start:end]: one per kind, the first the passage gives."""
    out: dict[str, Figure] = {}
    if not _ANY_NUMBER.search(text, start, end):
        return ()  # no number, no figure: most passages
    for kind, pattern in (_PATTERNS if _ANY_FIGURE_WORD.search(text, start, end) else ()):
        for m in pattern.finditer(text, start, end):
            value = _number(m["n"])
            if value is None or kind in out or value == "0":
                continue
            clock = _CLOCK.search(text, max(start, m.start() - 60), min(end, m.end() + 60))
            out[kind] = Figure(kind, value, m.start("n"), m.end("n"), clock.group() if clock else None)
    if event_type == "sports_result":
        m = _SCORE.search(text, start, end)
        if m:
            out["score"] = Figure("score", f"{m[1]}-{m[2]}", m.start(), m.end())
    return tuple(sorted(out.values(), key=lambda f: f.start))


_AFTERSHOCK = re.compile(lexicon.CONTRAST_MARKERS["aftershock"], re.IGNORECASE)
_MAIN_SHOCK_BEFORE = re.compile(lexicon.MAIN_SHOCK_BEFORE, re.IGNORECASE)


def case_numbers(text: str, start: int, end: int) -> tuple[str, ...]:
    """Case numbers ("90/PUU-XXI/2023"): two rulings of one court on one day differ by them."""
    return tuple(dict.fromkeys("case:" + (m[1] or m[2]) for m in _CASE.finditer(text, start, end)))


def magnitudes(text: str, start: int, end: int) -> tuple[str, ...]:
    """A quake's magnitudes ("magnitude:5.6"): the quake is not its M4.0 aftershock. In a passage
    of an aftershock, the magnitudes after its word ("setelah gempa M 7,8, 15 menit kemudian terjadi
    gempa susulan berkekuatan 6,7"): the one before is the quake it follows, not its own."""
    found = list(_MAGNITUDE.finditer(text, start, end))
    aftershock = _AFTERSHOCK.search(text, start, end)
    if aftershock and len(found) > 1 and any(m.start() > aftershock.start() for m in found):
        found = [m for m in found if m.start() > aftershock.start()]
    if aftershock:
        # "152 gempa susulan setelah gempa dengan magnitudo 7,4": the quake the aftershocks follow
        found = [m for m in found if not (m.start() > aftershock.start()
                                          and _MAIN_SHOCK_BEFORE.search(text, aftershock.end(), m.start()))]
    return tuple(dict.fromkeys("magnitude:" + (m[1] or m[2]).replace(",", ".") for m in found))
