"""Find an article's publication date (DCT) in its own text.

In order of trust: a dateline near the top ("Kompas dunia | 6 September 2023, 07:05 WIB"),
a byline or footer date near the bottom ("9/11/2023" of a blog footer, whose
day/month order is decided by agreement with the dates the text states), and last
the latest explicit date that the text reports as past. Nothing found: no DCT.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from .model import PublicationDate
from .headline import body_start
from .lang import Language, indonesian
from .parts import Candidate, DateParts



@dataclass(frozen=True)
class _Cues:
    """A language's dateline words, compiled once."""

    dateline: re.Pattern
    time_after: re.Pattern
    today_before: re.Pattern
    today_at: re.Pattern
    term: re.Pattern
    until_before: re.Pattern
    yesterday_after: re.Pattern
    yesterday_before: re.Pattern
    tomorrow_after: re.Pattern
    tomorrow_before: re.Pattern
    year_hint: re.Pattern
    as_of_after: re.Pattern
    as_of_before: re.Pattern
    clause_tense: Callable[[str, int, int], str | None]


@lru_cache(maxsize=4)
def _cues_of(language: Language) -> _Cues:
    words = language.datelines
    return _Cues(re.compile(words.DATELINE_CUES), re.compile(words.TIME_AFTER),
                 re.compile(words.TODAY_BEFORE, re.IGNORECASE), re.compile(words.TODAY_AT, re.IGNORECASE),
                 re.compile(words.TERM_BEFORE, re.IGNORECASE),
                 re.compile(words.UNTIL_BEFORE, re.IGNORECASE), re.compile(words.YESTERDAY_AFTER, re.IGNORECASE),
                 re.compile(words.YESTERDAY_BEFORE, re.IGNORECASE), re.compile(words.TOMORROW_AFTER, re.IGNORECASE),
                 re.compile(words.TOMORROW_BEFORE, re.IGNORECASE), re.compile(words.YEAR_HINT),
                 re.compile(words.AS_OF_AFTER, re.IGNORECASE), re.compile(words.AS_OF_BEFORE, re.IGNORECASE),
                 language.clause_tense)


_PROSE_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_PROSE_WORDS = 4  # lower-case words around a date on its line that make the line a sentence of the story
_AFTER_CHARS = 60
_HEADLINE_WORDS = 3
_WORDS = re.compile(r"[^\W\d_]+")
_EXPLICIT_RULES = {"full-date", "weekday+date", "numeric-date", "iso-date", "weekday+day/month",
                   "paren-day/month"}
_HEAD_CHARS = 400
_HEAD_LINES_SHORT = 8  # a short metadata line ("ARSO 20 Okt 2024 4 views") may stand lower
_HEAD_CHARS_SHORT = 900
_FOOT_CHARS = 400
_NON_EMPTY_LINE = re.compile(r"^[ \t]*\S", re.MULTILINE)
_HEAD_LINES = 3  # a dateline stands in the first lines, a footer in the last ones
_FOOT_LINES = 3


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def _as_date(parts: DateParts, swap: bool = False) -> date | None:
    if not parts.year or not parts.month:
        return None
    day, month = (parts.month, parts.day) if swap else (parts.day, parts.month)
    try:
        return date(parts.year, month, day)
    except (ValueError, TypeError):
        return None


def _is_dateline(text: str, c: Candidate, cues: _Cues) -> bool:
    """Whether a date near the top is the article's own: next to a cue ("Kompas.com - 12/09/2023",
    "Diperbarui 20 Okt 2024", "10:15 WIB") on a line that is not a sentence of the story, or
    alone on a short line."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line = _line_of(text, c.start)
    short = len(line.strip()) <= (c.end - c.start) + 25
    in_head = c.start <= _HEAD_CHARS and text.count("\n", 0, c.start) <= _HEAD_LINES
    # a short line alone is a dateline ("ARSO 20 Okt 2024"), unless it is the headline that opens a
    # longer text and says more than the date ("Gempa Guncang Cianjur Senin (21/11/2022)")
    headline = c.start < body_start(text) and len(_WORDS.findall(line)) - len(_WORDS.findall(
        text[c.start:c.end])) >= _HEADLINE_WORDS
    if short and not headline:
        return True
    if not in_head:
        return False
    line_end = line_start + len(line)
    before = len(_PROSE_WORD.findall(text, line_start, c.start))
    time = cues.time_after.match(text, c.end, min(len(text), c.end + 30))
    # the sentence the date stands in: "JAKARTA, KOMPAS — Presiden Joko Widodo, Kamis (24/11/2022), kembali
    # meninjau ..." is the lead's date, not the article's
    after_start = time.end() if time else c.end
    after = len(_PROSE_WORD.findall(text, after_start, min(line_end, after_start + _AFTER_CHARS)))
    if before >= _PROSE_WORDS or before + after >= _PROSE_WORDS:
        return False
    near = text[max(line_start, c.start - 40):min(len(text), c.end + 25)]
    return bool(cues.dateline.search(near) or time)


def _content_dates(candidates: list[Candidate], year: int, exclude: Candidate) -> list[date]:
    """Day-precision dates the text states, a missing year taken as `year`."""
    out = []
    for c in candidates:
        if c is exclude or c.rule not in _EXPLICIT_RULES | {"day-month"}:
            continue
        p = c.parts
        try:
            d = date(p.year or year, p.month, p.day)
        except (ValueError, TypeError, KeyError):
            continue
        if p.weekday is not None and d.weekday() != p.weekday:
            continue  # a weekday that disagrees is no evidence for this year
        out.append(d)
    return out


def _footer_reading(cand: Candidate, candidates: list[Candidate]) -> tuple[date, bool, str] | None:
    """The date of a footer numeric date, choosing day/month order by the text's own dates."""
    p = cand.parts
    readings = []
    for swap in (False, True):
        d = _as_date(p, swap)
        if d:
            readings.append((d, swap))
    if not readings:
        return None
    if len(readings) == 1 or not p.numeric:
        d, swap = readings[0]
        return d, swap, "footer date"

    def distance(reading: tuple[date, bool]) -> int:
        d = reading[0]
        content = _content_dates(candidates, d.year, cand)
        # a publication date falls on or after what it reports: prefer the nearest such reading
        return min((abs((d - c).days) + (30 if c > d else 0) for c in content), default=10**6)

    best = min(readings, key=lambda r: (distance(r), r[1]))
    d, swap = best
    if distance(best) == 10**6:
        return d, swap, "footer date, day first (nothing in the text to decide the order)"
    order = "month/day/year" if swap else "day/month/year"
    return d, swap, f"footer date read {order}: that reading agrees with the dates the text states"


def detect_publication_date(text: str, candidates: list[Candidate], language: Language | None = None,
                            today: date | None = None) -> tuple[PublicationDate, Candidate | None]:
    """The DCT and, when it came from a numeric footer read month first, that candidate. `today`,
    when given, lets a text that names no year take the latest year its weekday agrees with."""
    cues = _cues_of(language or indonesian())
    clause_tense = cues.clause_tense
    explicit = [c for c in candidates if c.rule in _EXPLICIT_RULES and c.parts.year]
    line_starts = [m.start() for m in _NON_EMPTY_LINE.finditer(text)]
    foot_start = line_starts[-_FOOT_LINES] if len(line_starts) > _FOOT_LINES else len(text)
    for c in explicit:
        if c.start > _HEAD_CHARS_SHORT or c.start >= foot_start or text.count("\n", 0, c.start) > _HEAD_LINES_SHORT:
            break
        if _is_dateline(text, c, cues):
            d = _as_date(c.parts)
            if d:
                return PublicationDate(d, "dateline", f"dateline '{text[c.start:c.end]}'", (c.start, c.end)), None
    for c in reversed(explicit):
        if c.start < len(text) - _FOOT_CHARS or c.start < foot_start:
            break
        line = _line_of(text, c.start).strip()
        if len(line) <= (c.end - c.start) + 40:
            reading = _footer_reading(c, candidates)
            if reading:
                d, swap, how = reading
                return (PublicationDate(d, "footer", f"{how} ('{text[c.start:c.end]}')", (c.start, c.end)),
                        c if swap else None)
    for c in candidates:
        # "hari ini, Selasa (22/11/2022)", "digelar hari ini, Selasa (17/3)": the text says which day it
        # was written; a weekday gives a missing year
        if not (c.parts.day and c.parts.month) or not (cues.today_before.search(text, max(0, c.start - 20), c.start)
                                                       or cues.today_at.match(text, c.start, c.end)):
            continue
        d = _as_date(c.parts) if c.parts.year else _weekday_date(c, candidates, text, cues)
        if d:
            return PublicationDate(d, "inferred", f"the text calls '{text[c.start:c.end]}' today"), None
    stated_past = [d for c in explicit if (d := _as_date(c.parts)) and clause_tense(text, c.start, c.end) != "future"]

    def written_after(d: date) -> bool:
        # "pada 9 Februari 2023 kemarin" in a story that states Senin (13/2/2023): "kemarin" said
        # "recently", not "yesterday"
        return any(other > d for other in stated_past)

    for c in candidates:
        # "Minggu (20/10) kemarin", "Kemarin, tanggal 8 Januari 2024": the day before the one it was
        # written; a weekday gives the year
        if c.parts.day and c.parts.month and (cues.yesterday_after.match(text, c.end, min(len(text), c.end + 12))
                                              or cues.yesterday_before.search(text, max(0, c.start - 20), c.start)):
            d = _as_date(c.parts) if c.parts.year else _weekday_date(c, candidates, text, cues)
            if d and not written_after(d + timedelta(days=1)):
                return PublicationDate(d + timedelta(days=1), "inferred",
                                       f"the text calls '{text[c.start:c.end]}' yesterday"), None
    for c in candidates:
        # "pertandingan Selasa besok", "mulai 1 April besok": the day after the one it was written
        if not (cues.tomorrow_after.match(text, c.end, min(len(text), c.end + 12))
                or cues.tomorrow_before.search(text, max(0, c.start - 20), c.start)):
            continue
        if c.parts.weekday is None and not (c.parts.day and c.parts.month):
            continue
        if c.parts.day and c.parts.month:
            d = _as_date(c.parts) if c.parts.year else _weekday_date(c, candidates, text, cues)
        else:  # a bare "Selasa": the date another passage gives that weekday
            d = next((_as_date(o.parts) for o in explicit
                      if o.parts.weekday == c.parts.weekday and _as_date(o.parts)), None)
        if d and not written_after(d):  # the day called tomorrow may itself be stated without "akan"
            return PublicationDate(d - timedelta(days=1), "inferred",
                                   f"the text calls '{text[c.start:c.end]}' tomorrow"), None
    past = []
    for c in explicit:
        d = _as_date(c.parts)
        # "status tanggap darurat hingga 20 Desember 2022": the end of a period, often still ahead;
        # "hingga Jumat (12/9/2025) pagi, jumlah korban ..." is a tally as of that day
        until = cues.until_before.search(text, max(0, c.start - 12), c.start)
        if until and not cues.as_of_after.match(text, c.end, min(len(text), c.end + 60)) \
                and not cues.as_of_before.search(text, max(0, until.start() - 80), until.start()):
            continue
        if d and clause_tense(text, c.start, c.end) != "future":
            past.append((d, c))
    weekday_year = _year_from_weekdays(text, candidates, cues)
    lead = _lead_date(text, candidates, cues)
    if past:
        d, c = max(past, key=lambda pair: pair[0])
        # ... unless that later day is named by its weekday ("Senin (22/4/2024)"): how news names the
        # days just past, not a schedule's
        recent = c.parts.weekday is not None and lead is not None and d > lead[0]
        # "Proses ini dijadwalkan berlangsung pada 3 Januari 2025" in a lead above "ujar Astri, Jumat
        # (20/12/2024)": a schedule weeks ahead of the day the statement was made, not the story's day
        scheduled = lead is not None and clause_tense(text, lead[1].start, lead[1].end) == "future" \
            and d < lead[0] <= d + timedelta(days=_SCHEDULE_DAYS)
        if lead and not recent and not scheduled \
                and not lead[0] - timedelta(days=_STORY_DAYS) <= d <= lead[0] + timedelta(days=_STORY_DAYS):
            # a schedule ("12 Juni-10 Juli 2022", ...) or a background paragraph far from the day the
            # lead tells of: the lead's day is the story's
            return PublicationDate(lead[0], "inferred", f"no dateline: the lead's date "
                                                        f"('{text[lead[1].start:lead[1].end]}')"), None
        # "Senin (16/10)" that falls on a Monday in 2023 is later than the "2 Mei 2023" a background
        # paragraph states: the story's own day is the better reading
        if weekday_year and weekday_year.value > d:
            return weekday_year, None
        return PublicationDate(d, "inferred", f"no dateline: the latest date the text reports as past "
                                              f"('{text[c.start:c.end]}')"), None
    if weekday_year:
        return weekday_year, None
    if today is not None and _year_evidence(text, candidates, cues) is None:
        guess = _latest_agreeing_year(text, candidates, cues, today)
        if guess:
            return guess, None
    return PublicationDate(None, "none", "no publication date in the text"), None


_GUESS_YEARS = 7  # a weekday and day/month recur after 5, 6 or 11 years: a window this wide holds one


def _latest_agreeing_year(text: str, candidates: list[Candidate], cues: _Cues,
                          today: date) -> PublicationDate | None:
    """'Senin (21/11)' in a text that names no year at all: the latest day before `today` on which
    that date falls on that weekday. A guess, and said to be one: news is mostly read while recent."""
    days = [c for c in candidates if c.parts.weekday is not None and not c.parts.year and c.parts.month
            and c.parts.day and cues.clause_tense(text, c.start, c.end) != "future"]
    if not days:
        return None
    first = days[0].parts
    year = next((y for y in range(today.year, today.year - _GUESS_YEARS, -1)
                 if _weekday_agrees(y, first) and date(y, first.month, first.day) <= today), None)
    if year is None:
        return None
    # the latest of the days that agree with that year, as when the year is stated
    d, c = max(((date(year, c.parts.month, c.parts.day), c) for c in days if _weekday_agrees(year, c.parts)
                and date(year, c.parts.month, c.parts.day) <= today), key=lambda pair: pair[0])
    return PublicationDate(d, "inferred", f"a guess: the text names no year, and '{text[c.start:c.end]}' "
                                          f"last fell on a {c.parts.weekday_text} in {year}")


def _weekday_agrees(year: int, p: DateParts) -> bool:
    try:
        return date(year, p.month, p.day).weekday() == p.weekday
    except ValueError:
        return False


_SCHEDULE_DAYS = 62  # a lead's planned date this soon after a day reported as past is that day's schedule
_STORY_DAYS = 7  # the latest past date within a week of the lead's day is the day the article was written
_LEAD_PARAGRAPHS = 3
_PROSE_LINE_WORDS = 8


def _lead_date(text: str, candidates: list[Candidate], cues: _Cues) -> tuple[date, Candidate] | None:
    """The first day the body's first paragraphs state (a range by its first day), not a period's end."""
    start = body_start(text)
    # the first paragraphs of prose: bylines, captions and teasers above the lead do not count
    limit, seen, pos = len(text), 0, start
    while pos < len(text) and seen < _LEAD_PARAGRAPHS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if len(_PROSE_WORD.findall(text, pos, end)) >= _PROSE_LINE_WORDS:
            seen, limit = seen + 1, end
        pos = end + 1
    for c in candidates:
        if c.start < start or c.rule not in _EXPLICIT_RULES | {"day-range"}:
            continue
        if c.start > limit:
            return None
        if cues.until_before.search(text, max(0, c.start - 12), c.start) \
                or cues.term.search(text, max(0, c.start - 30), c.start):
            continue
        d = _as_date(c.parts)
        if d:
            return d, c
    return None


_WEEKDAY_YEARS = 5
_YEAR_RULES = {"year", "month-year", "year-range", "full-date", "numeric-date", "iso-date", "weekday+date"}


def _year_from_weekdays(text: str, candidates: list[Candidate], cues: _Cues) -> PublicationDate | None:
    """'Senin (11/9)' with no year anywhere near: the year, near the latest one the text names,
    in which the weekday agrees; that date, reported as past, stands for the DCT."""
    years = _year_evidence(text, candidates, cues)
    if not years:
        return None
    for c in candidates:
        p = c.parts
        if p.weekday is None or p.year or not p.month or not p.day:
            continue
        if cues.clause_tense(text, c.start, c.end) == "future":
            continue
        if cues.until_before.search(text, max(0, c.start - 12), c.start) \
                and not cues.as_of_after.match(text, c.end, min(len(text), c.end + 60)):
            continue  # "belum bermain ... hingga Rabu (20/11) dini hari": a period's end, not a day told
        d = _agreeing_date(p, years)
        if d:
            return PublicationDate(d, "inferred", f"no dateline: '{text[c.start:c.end]}' falls on a "
                                                  f"{p.weekday_text} in {d.year}, the text naming {years.named}")
    return None


class _YearEvidence:
    """The latest year a text names, and how firmly: a date's year is a floor (the story is not
    older than its background), a year inside a name ("Pemilu 2024") only says roughly when."""

    def __init__(self, named: int, floor: bool):
        self.named, self.floor = named, floor

    def years(self) -> list[int]:
        if self.floor:
            # news names recent years: a weekday first true more than a few years after the latest
            # year named (1955 named, 1961 found) is a guess, not a reading
            # and, last, the year before: "Jumat (16/12)" in a story that names "3 Januari 2023" ahead
            return [*range(self.named, self.named + _WEEKDAY_YEARS), self.named - 1]
        # nearest first, later before earlier: "Pemilu 2024" in a story of 2023, "Pilpres 2024" of 2022
        return sorted(range(self.named - 3, self.named + 3), key=lambda y: (abs(y - self.named), -y))


def _year_evidence(text: str, candidates: list[Candidate], cues: _Cues) -> _YearEvidence | None:
    stated = _stated_years(text, candidates, cues)
    if stated:
        return _YearEvidence(max(stated), floor=True)
    hinted = [int(m.group()) for m in cues.year_hint.finditer(text)]
    return _YearEvidence(max(hinted), floor=False) if hinted else None


def _stated_years(text: str, candidates: list[Candidate], cues: _Cues) -> list[int]:
    """The years the text names; a term's end ("periode 2024-2029") is no year the story is in, nor
    a year ahead ("inflasi akan terkendali pada tahun 2015 dan 2016")."""
    stated = []
    for c in candidates:
        if c.rule not in _YEAR_RULES:
            continue
        if cues.term.search(text, max(0, c.start - 30), c.start):
            stated.append(c.parts.year)  # a term's start, said of the future or not, is when it begins
        elif cues.clause_tense(text, c.start, c.end) != "future":
            stated.append(c.parts.year2 or c.parts.year)
    return [y for y in stated if y]


def _agreeing_date(p: DateParts, evidence: _YearEvidence) -> date | None:
    for year in evidence.years():
        try:
            d = date(year, p.month, p.day)
        except ValueError:
            continue
        if d.weekday() == p.weekday:
            return d
    return None


def _weekday_date(c: Candidate, candidates: list[Candidate], text: str, cues: _Cues) -> date | None:
    """A weekday and day/month with no year: its date in the year, near the latest the text
    names, in which the weekday agrees."""
    years = _year_evidence(text, candidates, cues)
    if not years:
        return None
    if c.parts.weekday is None:
        # "mulai 1 April besok": no weekday to agree with; the latest year the text states
        return _as_date(replace(c.parts, year=years.named)) if years.floor else None
    return _agreeing_date(c.parts, years)
