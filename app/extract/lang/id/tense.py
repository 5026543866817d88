"""Which side of the publication date a clause is on: 'future', 'past' or neither, from the
Indonesian cue word nearest the expression ("akan", "dijadwalkan"; "telah", "lalu").

Used by the resolver (a bare weekday or month after "akan" is the coming one) and by the
publication-date finder (a planned date is no publication date).
"""
from __future__ import annotations

import re

from .lexicon import FUTURE_AFTER, FUTURE_AFTER_REACH, FUTURE_CUES, NOT_FUTURE_AFTER, PAST_CUES

_WORD = re.compile(r"[\w']+")
# a closing quotation mark ends what was said: in "“... akan kami update,” kata X, Sabtu (9/1)" the
# quote's "akan" is not the tense of the day the words were said
_CLAUSE_BREAK = re.compile(r"[.!?;\n”]")


def _tense_of(word: str, previous: str, before: tuple[str, ...] = ()) -> str | None:
    if word in FUTURE_CUES:
        return None if previous in NOT_FUTURE_AFTER.get(word, ()) else "future"
    if word in FUTURE_AFTER:
        return "future" if FUTURE_AFTER[word] & set(before) else None
    return "past" if word in PAST_CUES else None


def _words_before(text: str, pos: int) -> tuple[str, ...]:
    """The few words before `pos` in its clause, lower case."""
    start = pos
    while start > 0 and pos - start < 60 and not _CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    return tuple(w.lower() for w in _WORD.findall(text, start, pos))[-FUTURE_AFTER_REACH:]


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'future', 'past' or None, from the cue word nearest to the expression in its clause."""
    left_bound = start
    while left_bound > 0 and start - left_bound < 120 and not _CLAUSE_BREAK.match(text[left_bound - 1]):
        left_bound -= 1
    right = _CLAUSE_BREAK.search(text, end, min(len(text), end + 30))
    right_bound = right.start() if right else min(len(text), end + 30)
    best: tuple[int, str] | None = None
    previous = ""
    for m in _WORD.finditer(text, left_bound, start):
        word = m.group().lower()
        tense = _tense_of(word, previous, _words_before(text, m.start()) if word in FUTURE_AFTER else ())
        previous = word
        if tense:
            best = (start - m.end(), tense)  # later cues overwrite earlier: nearest wins
    for m in _WORD.finditer(text, end, right_bound):
        word = m.group().lower()
        tense = _tense_of(word, previous, _words_before(text, m.start()) if word in FUTURE_AFTER else ())
        previous = word
        if tense and (best is None or m.start() - end < best[0]):
            best = (m.start() - end, tense)
            break
    return best[1] if best else None
