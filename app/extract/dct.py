"""Find an article's publication date (DCT) in its own text.

In order of trust: a dateline near the top ("Kompas dunia | 6 September 2023, 07:05 WIB"),
a byline or footer date near the bottom ("9/11/2023" of a blog footer, whose
day/month order is decided by agreement with the dates the text states), and last
the latest explicit date that the text reports as past. Nothing found: no DCT. Which year a
date given without one is in is `dct_years.py`'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from .dct_years import (as_date, latest_agreeing_year, meant_date, office_patterns, weekday_date, year_evidence,
                        year_from_weekdays)
from .headings import heading_spans
from .headline import body_start
from .lang import Language, indonesian
from .model import PublicationDate
from .parts import Candidate



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
    yesterday_at: re.Pattern
    tomorrow_after: re.Pattern
    tomorrow_before: re.Pattern
    year_hint: re.Pattern
    as_of_after: re.Pattern
    as_of_before: re.Pattern
    republished_from: re.Pattern
    clause_tense: Callable[[str, int, int], str | None]
    anniversary_before: re.Pattern
    today_after: re.Pattern
    yesterday_end: re.Pattern
    legal_year: re.Pattern
    offices: tuple[tuple[re.Pattern, tuple[tuple[date, date], ...]], ...]
    not_in_office_before: re.Pattern
    not_in_office_after: re.Pattern
    prose_verb: re.Pattern


@lru_cache(maxsize=4)
def _cues_of(language: Language) -> _Cues:
    words = language.datelines
    return _Cues(re.compile(words.DATELINE_CUES), re.compile(words.TIME_AFTER),
                 re.compile(words.TODAY_BEFORE, re.IGNORECASE), re.compile(words.TODAY_AT, re.IGNORECASE),
                 re.compile(words.TERM_BEFORE, re.IGNORECASE),
                 re.compile(words.UNTIL_BEFORE, re.IGNORECASE), re.compile(words.YESTERDAY_AFTER, re.IGNORECASE),
                 re.compile(words.YESTERDAY_BEFORE, re.IGNORECASE), re.compile(words.YESTERDAY_AT, re.IGNORECASE),
                 re.compile(words.TOMORROW_AFTER, re.IGNORECASE),
                 re.compile(words.TOMORROW_BEFORE, re.IGNORECASE), re.compile(words.YEAR_HINT),
                 re.compile(words.AS_OF_AFTER, re.IGNORECASE), re.compile(words.AS_OF_BEFORE, re.IGNORECASE),
                 re.compile(words.REPUBLISHED_FROM, re.IGNORECASE), language.clause_tense,
                 re.compile(words.ANNIVERSARY_BEFORE, re.IGNORECASE), re.compile(words.TODAY_AFTER, re.IGNORECASE),
                 re.compile(words.YESTERDAY_END, re.IGNORECASE), re.compile(words.LEGAL_YEAR),
                 office_patterns(words.OFFICE_TERMS), re.compile(words.NOT_IN_OFFICE_BEFORE, re.IGNORECASE),
                 re.compile(words.NOT_IN_OFFICE_AFTER, re.IGNORECASE), re.compile(words.PROSE_VERB))


_PROSE_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_BYLINE_BEFORE = re.compile(r"[ \t]*(?:[A-Z][\w.'’]*[ \t]+){1,6}?(?:-|–|—|\|)[ \t]*")  # names, then a dash
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


def _is_dateline(text: str, c: Candidate, cues: _Cues, headings: frozenset[tuple[int, int]] = frozenset()) -> bool:
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
    if short and not headline and (c.start, c.end) not in headings:
        return True  # ... and not the first heading of a chronology ("27 Maret 2017" above what happened then)
    if not in_head:
        return False
    line_end = line_start + len(line)
    if not headline and _BYLINE_BEFORE.fullmatch(text, line_start, c.start) and not text[c.end:line_end].strip():
        return True  # a byline: "Andika Pratama - Rabu, 02 Maret 2022", names, a dash, the date ending the line
    before = len(_PROSE_WORD.findall(text, line_start, c.start))
    time = cues.time_after.match(text, c.end, min(len(text), c.end + 30))
    # the sentence the date stands in: "JAKARTA, KOMPAS — Presiden Joko Widodo, Kamis (24/11/2022), kembali
    # meninjau ..." is the lead's date, not the article's
    after_start = time.end() if time else c.end
    after = len(_PROSE_WORD.findall(text, after_start, min(line_end, after_start + _AFTER_CHARS)))
    if before >= _PROSE_WORDS or before + after >= _PROSE_WORDS:
        return False
    if any(not cues.dateline.fullmatch(v.group()) for v in cues.prose_verb.finditer(text, line_start, c.start)):
        # "Gempa 7,7 SR mengguncang Kabupaten Donggala, Sulawesi Tengah, pada Jumat (28/9/2018) pukul 17.02 WIB":
        # names leave few lower-case words, but a verb before the date makes the line the story's sentence
        return False
    # the cue on the date's own line: one on the next line ("Kompas.com - 27/05/2023") is that line's date's
    near = text[max(line_start, c.start - 40):min(line_end, c.end + 25)]
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
        d = as_date(p, swap)
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


# a link's date path: ".../read/2021/05/23/140132278/...", ".../nasional/2018/05/09/..."
_URL_DAY = re.compile(r"https?://[^\s\"'<>]*?/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?:/|\b)")
_REPUBLISHED_REACH = 400  # characters from "telah tayang di" to its link


def _republished_on(text: str, cues: _Cues) -> PublicationDate | None:
    """The day a syndicated article first appeared, from the link its credit line gives."""
    for cue in cues.republished_from.finditer(text):
        link = _URL_DAY.search(text, cue.end(), cue.end() + _REPUBLISHED_REACH)
        if link:
            try:
                d = date(int(link[1]), int(link[2]), int(link[3]))
            except ValueError:
                continue
            return PublicationDate(d, "footer", f"the link to where it first appeared ('{link.group()}')",
                                   link.span())
    return None


def detect_publication_date(text: str, candidates: list[Candidate], language: Language | None = None,
                            today: date | None = None) -> tuple[PublicationDate, Candidate | None]:
    """The DCT and, when it came from a numeric footer read month first, that candidate. `today`,
    when given, lets a text that names no year take the latest year its weekday agrees with."""
    cues = _cues_of(language or indonesian())
    clause_tense = cues.clause_tense
    explicit = [c for c in candidates if c.rule in _EXPLICIT_RULES and c.parts.year]
    line_starts = [m.start() for m in _NON_EMPTY_LINE.finditer(text)]
    foot_start = line_starts[-_FOOT_LINES] if len(line_starts) > _FOOT_LINES else len(text)
    headings = heading_spans(text, [(c.start, c.end) for c in candidates if c.parts.year])
    for c in explicit:
        if c.start > _HEAD_CHARS_SHORT or c.start >= foot_start or text.count("\n", 0, c.start) > _HEAD_LINES_SHORT:
            break
        if _is_dateline(text, c, cues, headings):
            d = as_date(c.parts)
            if d:
                return PublicationDate(d, "dateline", f"dateline '{text[c.start:c.end]}'", (c.start, c.end)), None
    for c in reversed(explicit):
        if c.start < len(text) - _FOOT_CHARS or c.start < foot_start:
            break
        line = _line_of(text, c.start).strip()
        if len(line) <= (c.end - c.start) + 40 and (c.start, c.end) not in headings:
            reading = _footer_reading(c, candidates)
            if reading:
                d, swap, how = reading
                return (PublicationDate(d, "footer", f"{how} ('{text[c.start:c.end]}')", (c.start, c.end)),
                        c if swap else None)
    republished = _republished_on(text, cues)
    if republished:
        return republished, None
    for c in candidates:
        # "Hari ini, 22 tahun yang lalu, tepatnya 12 Mei 1998": written on that day's anniversary
        if c.parts.year and c.parts.month and c.parts.day \
                and (years := cues.anniversary_before.search(text, max(0, c.start - 60), c.start)):
            d = as_date(replace(c.parts, year=c.parts.year + int(years["years"])))
            if d:
                return PublicationDate(d, "inferred", f"the text says '{text[c.start:c.end]}' was "
                                                      f"{years['years']} years ago today"), None
    for c in candidates:
        # "hari ini, Selasa (22/11/2022)", "digelar hari ini, Selasa (17/3)": the text says which day it
        # was written; a weekday gives a missing year
        if not (c.parts.day and c.parts.month) or not (cues.today_before.search(text, max(0, c.start - 20), c.start)
                                                       or cues.today_at.match(text, c.start, c.end)
                                                       or cues.today_after.match(text, c.end)):
            continue
        d = meant_date(c.parts, candidates) if c.parts.year else weekday_date(c, candidates, text, cues, today)
        if d:
            return PublicationDate(d, "inferred", f"the text calls '{text[c.start:c.end]}' today"), None
    stated_past = [d for c in explicit if (d := as_date(c.parts)) and clause_tense(text, c.start, c.end) != "future"]

    def written_after(d: date) -> bool:
        # "pada 9 Februari 2023 kemarin" in a story that states Senin (13/2/2023): "kemarin" said
        # "recently", not "yesterday"
        return any(other > d for other in stated_past)

    for c in candidates:
        # "Minggu (20/10) kemarin", "Kemarin, tanggal 8 Januari 2024": the day before the one it was
        # written; a weekday gives the year
        if c.parts.day and c.parts.month and (cues.yesterday_after.match(text, c.end, min(len(text), c.end + 12))
                                              or cues.yesterday_before.search(text, max(0, c.start - 20), c.start)
                                              or cues.yesterday_at.match(text, c.start, c.end)):
            d = meant_date(c.parts, candidates) if c.parts.year else weekday_date(c, candidates, text, cues, today)
        elif c.parts.weekday is not None and not c.parts.day and (
                cues.yesterday_after.match(text, c.end, min(len(text), c.end + 12))
                or cues.yesterday_end.search(text, c.start, c.end)):
            # "tsunami Banten, Sabtu malam kemarin?" beside "pada Sabtu (22/12) malam": the day after
            # the date another passage gives that weekday
            d = _date_of_weekday(c.parts.weekday, explicit, candidates, text, cues, today)
        else:
            continue
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
            d = meant_date(c.parts, candidates) if c.parts.year else weekday_date(c, candidates, text, cues, today)
        else:  # a bare "Selasa": the date another passage gives that weekday
            d = _date_of_weekday(c.parts.weekday, explicit, candidates, text, cues, today)
        if d and not written_after(d):  # the day called tomorrow may itself be stated without "akan"
            return PublicationDate(d - timedelta(days=1), "inferred",
                                   f"the text calls '{text[c.start:c.end]}' tomorrow"), None
    past = []
    for c in explicit:
        d = meant_date(c.parts, candidates)
        # "status tanggap darurat hingga 20 Desember 2022": the end of a period, often still ahead;
        # "hingga Jumat (12/9/2025) pagi, jumlah korban ..." is a tally as of that day
        until = cues.until_before.search(text, max(0, c.start - 12), c.start)
        if until and not cues.as_of_after.match(text, c.end, min(len(text), c.end + 60)) \
                and not cues.as_of_before.search(text, max(0, until.start() - 80), until.start()):
            continue
        if d and clause_tense(text, c.start, c.end) != "future":
            past.append((d, c))
    weekday_year = year_from_weekdays(text, candidates, cues, today)
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
    if today is not None and year_evidence(text, candidates, cues, today) is None:
        guess = latest_agreeing_year(text, candidates, cues, today)
        if guess:
            return guess, None
    return PublicationDate(None, "none", "no publication date in the text"), None


def _date_of_weekday(weekday: int, explicit: list[Candidate], candidates: list[Candidate], text: str,
                     cues: _Cues, today: date | None) -> date | None:
    """The date another passage gives a bare weekday: a stated date first, else a year-less day/month
    of that weekday, its year read as for any such date."""
    d = next((as_date(o.parts) for o in explicit if o.parts.weekday == weekday and as_date(o.parts)), None)
    if d:
        return d
    return next((d for o in candidates if o.parts.weekday == weekday and o.parts.day and o.parts.month
                 and not o.parts.year and (d := weekday_date(o, candidates, text, cues, today))), None)


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
        d = as_date(c.parts)
        if d:
            return d, c
    return None
