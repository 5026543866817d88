"""Where the date rules need to run: windows of text around trigger tokens.

Scanning for a few trigger patterns is far cheaper than running every grammar rule
over every position of an article, and most of an article holds no date at all.
"""
from __future__ import annotations

import re

from .lexicon import ALL_MONTHS, SE_UNITS, WEEKDAYS, alternation

# Every expression the rules can match holds one of these tokens ("trigger"): a number,
# a month or weekday name, a deictic word, or a unit followed by a relation ("tahun lalu").
# Scanning tokens is far cheaper than running every rule over every position, so the
# rules only run in windows around triggers. The windows reach further than any
# expression extends from its trigger, so the result equals a scan of the whole text.
# three simple scans are much faster than one alternation of all three
_TRIGGERS = (
    re.compile(r"\d+"),
    re.compile(r"\b(?:" + alternation(set(ALL_MONTHS) | set(WEEKDAYS) | set(SE_UNITS) | {
        "kemarin", "besok", "esok", "lusa", "tadi", "semalam", "sekarang", "kini", "dulu", "dahulu", "abad", "dekat", "keesokan", "harinya", "tanggal", "tgl"})
        + r")\b", re.IGNORECASE),
    re.compile(r"\b(?:hari|pagi|siang|sore|petang|malam|pekan|minggu|bulan|tahun|dekade|dasawarsa|saat|dewasa|baru|lama|waktu)"
               r"\s+(?:ini|lalu|depan|kemarin|mendatang|silam|yang|sebelumnya|berikutnya|kemudian|lagi|setelahnya|ke|"
               r"baru)\b", re.IGNORECASE),
)
_WINDOW_BEFORE = 80
_WINDOW_AFTER = 120


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) windows of `text` around every trigger."""
    spans = sorted(m.span() for pattern in _TRIGGERS for m in pattern.finditer(text))
    windows: list[list[int]] = []
    for hit_start, hit_end in spans:
        start, end = max(0, hit_start - _WINDOW_BEFORE), min(len(text), hit_end + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


