"""Dates as a reader sees them: "11 Sep 2023", "Juli 2023", "1950-an", and short axis labels.

Display is the web layer's: extraction and storage keep TIMEX3 values (`extract/values.py`).
"""
from __future__ import annotations

from ..extract.values import _CENTURY, _DAY, _DECADE, _MONTH, _PART, _WEEK, _YEAR

MONTH_NAMES_ID = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                  "Agustus", "September", "Oktober", "November", "Desember"]
MONTH_NAMES_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
_SHORT_ID = ["", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
_SHORT_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def label(value: str | None, lang: str = "id") -> str:
    """A value as a reader says it: "11 Sep 2023", "Juli 2023", "1950-an", "1950–1953"."""
    if not value:
        return "?"
    if "/" in value:
        a, b = value.split("/", 1)
        return f"{label(a, lang)}–{label(b, lang)}"
    months = MONTH_NAMES_ID if lang == "id" else MONTH_NAMES_EN
    short = _SHORT_ID if lang == "id" else _SHORT_EN
    if m := _DAY.match(value):
        return f"{int(m[3])} {short[int(m[2])]} {m[1]}"
    if m := _MONTH.match(value):
        return f"{months[int(m[2])]} {m[1]}"
    if _YEAR.match(value):
        return value
    if m := _PART.match(value):
        roman = ["", "I", "II", "III", "IV"][int(m[2][1])]
        if lang == "id":
            return f"{'Kuartal' if m[2][0] == 'Q' else 'Semester'} {roman} {m[1]}"
        return f"{m[2]} {m[1]}"
    if m := _WEEK.match(value):
        week = int(m[2])
        if lang == "id":
            return f"{'akhir pekan' if value.endswith('-WE') else 'pekan'} ke-{week} {m[1]}"
        return f"{'weekend of ' if value.endswith('-WE') else ''}week {week}, {m[1]}"
    if m := _DECADE.match(value):
        return f"{m[1]}0-an" if lang == "id" else f"{m[1]}0s"
    if m := _CENTURY.match(value):
        n = int(m[1]) + 1
        return f"abad ke-{n}" if lang == "id" else f"{n}th century"
    return value


def axis_label(value: str, lang: str = "id", first: bool = False) -> str:
    """A histogram bar's label, short enough to sit under its bar: the year only on the
    first bar and where a year starts ("Jan 2024", "Feb"; "1 Sep", "2")."""
    short = _SHORT_ID if lang == "id" else _SHORT_EN
    if m := _DAY.match(value):
        day = int(m[3])
        return f"{day} {short[int(m[2])]}" if first or day == 1 else str(day)
    if m := _MONTH.match(value):
        month = int(m[2])
        return f"{short[month]} {m[1]}" if first or month == 1 else short[month]
    return label(value, lang)
