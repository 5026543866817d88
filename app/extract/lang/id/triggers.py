"""Where the date rules need to run: windows of text around trigger tokens.

Scanning for a few trigger patterns is far cheaper than running every grammar rule
over every position of an article, and most of an article holds no date at all.
"""
from __future__ import annotations

import re

from .lexicon import ALL_MONTHS, SE_UNITS, WEEKDAYS

# Every expression the rules can match holds one of these tokens ("trigger"): a number,
# a month or weekday name, a deictic word, or a unit followed by a relation ("tahun lalu").
# Scanning tokens is far cheaper than running every rule over every position, so the
# rules only run in windows around triggers. The windows reach further than any
# expression extends from its trigger, so the result equals a scan of the whole text.
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
# words that are triggers on their own ("jum" is the first half of "jum'at")
_TRIGGER_WORDS = frozenset(set(ALL_MONTHS) | set(WEEKDAYS) | set(SE_UNITS) | {
    "jum", "kemarin", "besok", "esok", "lusa", "tadi", "semalam", "sekarang", "kini", "dulu", "dahulu", "abad",
    "dekat", "keesokan", "harinya", "tanggal", "tgl", "tempo"})
# a unit followed by a relation is a trigger ("tahun lalu", "saat ini", "hari yang sama")
_UNITS = frozenset({"hari", "pagi", "siang", "sore", "petang", "malam", "pekan", "minggu", "bulan", "tahun",
                    "dekade", "dasawarsa", "saat", "dewasa", "baru", "lama", "waktu", "belakangan", "sebentar"})
_RELATIONS = frozenset({"ini", "lalu", "depan", "kemarin", "mendatang", "silam", "yang", "sebelumnya", "berikutnya",
                        "kemudian", "lagi", "setelahnya", "ke", "baru", "sama", "terakhir"})


# Each rule holds a token of one kind (`Rule.needs` in grammar.py): a month name ("11 September
# 2023"), a weekday ("Senin pagi"), a numeric day/month ("(11/9)", "11-12/9"), a year ("1950",
# "tahun 2023"), any number ("90-an") or a word ("kemarin", "tahun lalu"). A rule only runs around the
# tokens of its kind: month rules need not scan around every number of an article.
KINDS = ("month", "weekday", "slash", "year", "number", "word")
_MONTH_WORDS = frozenset(ALL_MONTHS)
_WEEKDAY_WORDS = frozenset(set(WEEKDAYS) | {"jum"})
_SLASH = re.compile(r"\d\s*[/.\-–]\s*\d")
_YEAR_DIGITS = 4


def _trigger_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    # one pass over words with set lookups: about twice as fast as a regex of all the words
    spans: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    for m in _NUMBER.finditer(text):
        spans["number"].append(m.span())
        if m.end() - m.start() >= _YEAR_DIGITS:
            spans["year"].append(m.span())
    spans["slash"] = [m.span() for m in _SLASH.finditer(text)]
    previous_is_unit = False
    month, weekday, word_spans = spans["month"], spans["weekday"], spans["word"]
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word in _MONTH_WORDS:
            month.append(m.span())
        elif word in _WEEKDAY_WORDS:
            weekday.append(m.span())
        elif word in _TRIGGER_WORDS or (previous_is_unit and word in _RELATIONS):
            word_spans.append(m.span())
        previous_is_unit = word in _UNITS
    return spans


_WINDOW_BEFORE = 80
_WINDOW_AFTER = 120


def _merged(text: str, spans: list[tuple[int, int]], before: int = _WINDOW_BEFORE,
            after: int = _WINDOW_AFTER) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for hit_start, hit_end in sorted(spans):
        start, end = max(0, hit_start - before), min(len(text), hit_end + after)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


class TriggerWindows:
    """Windows of one text around the triggers of each kind, `before` and `after` characters
    around each trigger (a rule reaches no further from its trigger), computed once per size."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans = _trigger_spans(text)
        self._windows: dict[tuple[str, int, int], list[tuple[int, int]]] = {}

    def of(self, kind: str, before: int = _WINDOW_BEFORE, after: int = _WINDOW_AFTER) -> list[tuple[int, int]]:
        key = (kind, before, after)
        if key not in self._windows:
            self._windows[key] = _merged(self._text, self._spans[kind], before, after)
        return self._windows[key]


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) windows of `text` around every trigger."""
    return _merged(text, [span for spans in _trigger_spans(text).values() for span in spans])
