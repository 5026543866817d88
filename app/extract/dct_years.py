"""Which year a date the text gives without one is in: "Senin (11/9)" falls on a Monday in 2023,
near the latest year the text states ("Pemilu 2024" only hints); with nothing stated, the latest
year before the day the text is read, within the terms of the office-holders the text names
("Presiden Joko Widodo": 2014-2024). Used by `dct.py` for the publication date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import PublicationDate
from .parts import Candidate, DateParts

if TYPE_CHECKING:
    from .dct import _Cues


def as_date(parts: DateParts, swap: bool = False) -> date | None:
    if not parts.year or not parts.month:
        return None
    day, month = (parts.month, parts.day) if swap else (parts.day, parts.month)
    try:
        return date(parts.year, month, day)
    except (ValueError, TypeError):
        return None


def january_slip(written: date, weekday: int) -> date | None:
    """The day meant when a writer kept last year's number in January ("Jumat, 3 Januari 2024" written
    in 2025): that day of the next year, when only it falls on the stated `weekday` (Monday 0). Later in
    the year a year back is a story of a year before ("Selasa, 2 Maret 2020" in an article of March 2021),
    its weekday the slip."""
    if written.month != 1 or written.weekday() == weekday:
        return None
    meant = written.replace(year=written.year + 1)
    return meant if meant.weekday() == weekday else None


def meant_date(parts: DateParts, candidates: list[Candidate] = ()) -> date | None:
    """The date a text means: as written, unless it is a January slip (`january_slip`) and no other date
    of the text in that year has its weekday right ("Kamis (13/1/2021)" beside "Kamis (14/01/2021)": the
    weekday is the slip)."""
    d = as_date(parts)
    if d is None or parts.weekday is None or (meant := january_slip(d, parts.weekday)) is None:
        return d
    if any(c.parts.year == parts.year and c.parts.weekday is not None and (o := as_date(c.parts))
           and o.weekday() == c.parts.weekday for c in candidates):
        return d
    return meant


_GUESS_YEARS = 12  # a weekday and day/month recur after 5, 6 or 11 years: a window this wide holds one
_NEAR_DAYS = 31  # how near a weekday's agreeing date a date without one must be to take its year


def latest_agreeing_year(text: str, candidates: list[Candidate], cues: _Cues,
                          today: date) -> PublicationDate | None:
    """'Senin (21/11)' in a text that names no year at all: the latest day before `today` on which
    that date falls on that weekday. A guess, and said to be one: news is mostly read while recent."""
    days = [c for c in candidates if c.parts.weekday is not None and not c.parts.year and c.parts.month
            and c.parts.day and cues.clause_tense(text, c.start, c.end) != "future"]
    if not days:
        return None
    era = office_era(text, cues)
    latest = latest_agreeing_day(days[0].parts, today, legal_floor(text, cues), era)
    if latest is None:
        return None
    year = latest.year
    # the latest of the days that agree with that year, as when the year is stated
    d, c = max(((date(year, c.parts.month, c.parts.day), c) for c in days if weekday_agrees(year, c.parts)
                and date(year, c.parts.month, c.parts.day) <= today), key=lambda pair: pair[0])
    in_era = era and any(start <= latest <= end for start, end in era)
    said = (f"fell on a {c.parts.weekday_text} in {year}, the latest such year while the office-holders it names "
            f"held office") if in_era else f"last fell on a {c.parts.weekday_text} in {year}"
    return PublicationDate(d, "guessed", f"a guess: the text names no year, and '{text[c.start:c.end]}' {said}")


def latest_agreeing_day(p: DateParts, today: date, floor: int | None = None,
                        era: tuple[tuple[date, date], ...] | None = None) -> date | None:
    """The latest day, not after `today` and at most _GUESS_YEARS back (nor before the year `floor`),
    on which p's day and month fall on its weekday; with an `era` (the terms of the office-holders
    the text names), the latest such day inside it, however far back, when there is one."""
    for start, end in sorted(era or (), key=lambda term: term[1], reverse=True):
        for y in range(min(today.year, end.year), start.year - 1, -1):
            if weekday_agrees(y, p) and start <= (d := date(y, p.month, p.day)) <= min(end, today) \
                    and (not floor or y >= floor):
                return d
    last = max(today.year - _GUESS_YEARS, floor - 1 if floor else today.year - _GUESS_YEARS)
    return next((d for y in range(today.year, last, -1)
                 if weekday_agrees(y, p) and (d := date(y, p.month, p.day)) <= today), None)


def office_patterns(terms: tuple) -> tuple[tuple[re.Pattern, tuple[tuple[date, date], ...]], ...]:
    """Each office-holder of `lang.id.offices.OFFICE_TERMS` as one pattern, title then name, with their terms."""
    def names(alternatives: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(alternatives, key=len, reverse=True)))  # the longest name first
    return tuple((re.compile(rf"\b(?:{title})\s+(?:{names(holder)})\b"), held) for title, holder, held in terms)


@lru_cache(maxsize=16)  # asked for each year-less weekday of a text: its 70 patterns read the text once
def office_era(text: str, cues: _Cues) -> tuple[tuple[date, date], ...] | None:
    """When the text was written, by the office-holders it names in office ("Presiden Joko
    Widodo"): the days all of them held their offices, as terms; None when it names none, or
    names some who never held office together (a quote of an earlier time)."""
    era: list[tuple[date, date]] | None = None
    for pattern, terms in cues.offices:
        if not any(not cues.not_in_office_before.search(text, max(0, m.start() - 25), m.start())
                   and not cues.not_in_office_after.match(text, m.end()) for m in pattern.finditer(text)):
            continue
        era = list(terms) if era is None else [
            (max(a, c), min(b, d)) for a, b in era for c, d in terms if max(a, c) < min(b, d)]
        if not era:
            return None
    return tuple(era) if era is not None else None


def other_agreeing_years(day: date, today: date) -> list[int]:
    """The other years, latest first, in the window a guess looks through (not after `today`'s),
    in which `day`'s day and month fall on its weekday: where a guessed year could be instead."""
    years = []
    for y in range(today.year, today.year - _GUESS_YEARS, -1):
        try:
            if y != day.year and date(y, day.month, day.day).weekday() == day.weekday():
                years.append(y)
        except ValueError:  # 29 February
            continue
    return years


def weekday_agrees(year: int, p: DateParts) -> bool:
    try:
        return date(year, p.month, p.day).weekday() == p.weekday
    except ValueError:
        return False


_WEEKDAY_YEARS = 5
_YEAR_RULES = {"year", "month-year", "year-range", "full-date", "numeric-date", "iso-date", "weekday+date"}


def year_from_weekdays(text: str, candidates: list[Candidate], cues: _Cues,
                       today: date | None = None) -> PublicationDate | None:
    """'Senin (11/9)' with no year anywhere near: the year, near the latest one the text names,
    in which the weekday agrees; that date, reported as past, stands for the DCT."""
    years = year_evidence(text, candidates, cues, today)
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
        d = agreeing_date(p, years)
        if d is None and years.floor:
            # "Pilwali Makassar 2018 ... Jumat (6/7)" beside "periode 2019-2024" and a coming "tahun 2020": no year
            # from 2020 on has 6 July on a Friday; a year the text names has
            d = next((date(y, p.month, p.day) for y in named_years(text, cues) if weekday_agrees(y, p)), None)
        if d is None and years.floor and today is not None:
            # "Senin (19/6)" beside a background "8 Oktober 2010": no year near 2010 has 19 June on a Monday,
            # so the year named is no guide; the latest agreeing year before the reading, not before it, is
            d = latest_agreeing_day(p, today, years.named)
        if d:
            return PublicationDate(d, "inferred", f"no dateline: '{text[c.start:c.end]}' falls on a "
                                                  f"{p.weekday_text} in {d.year}, the text naming "
                                                  f"{d.year if d.year in named_years(text, cues) else years.named}")
    return None


class YearEvidence:
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


_HISTORY_YEARS = 20  # a text whose latest year is this long before it is read names its background's years


def year_evidence(text: str, candidates: list[Candidate], cues: _Cues, today: date | None = None) -> YearEvidence | None:
    """The latest year the text names; None when it names none, or (with `today`, the day it is read)
    only years long past: "KRI Nanggala 402 ... buatan 1979" beside "Rabu (21/4)" is background."""
    stated = stated_years(text, candidates, cues)
    if stated and today is not None and max(stated) < today.year - _HISTORY_YEARS:
        return None
    if stated:
        return YearEvidence(max(stated), floor=True)
    hinted = [int(m.group()) for m in cues.year_hint.finditer(text)]
    if not hinted or today is not None and max(hinted) < today.year - _HISTORY_YEARS:
        return None
    floor = legal_floor(text, cues)
    if floor is not None and floor >= max(hinted):
        # "Pasal 32 UU Nomor 19 Tahun 2019" beside "Kamis (23/11)": the law was made before the story, by
        # any number of years; its year only bounds the guess from the day of reading
        return None
    return YearEvidence(max(hinted), floor=False)


def named_years(text: str, cues: _Cues) -> list[int]:
    """Every year the text names, in dates or in names ("Pilwali Makassar 2018"), latest first."""
    return sorted({int(m.group()) for m in cues.year_hint.finditer(text)}, reverse=True)


def legal_floor(text: str, cues: _Cues) -> int | None:
    """The latest year of a law the text cites by number ("UU Nomor 19 Tahun 2019", "UU Pilkada Nomor
    10/2016"): the story is not older."""
    return max((int(m["year"]) for m in cues.legal_year.finditer(text)), default=None)


def stated_years(text: str, candidates: list[Candidate], cues: _Cues) -> list[int]:
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


def agreeing_date(p: DateParts, evidence: YearEvidence) -> date | None:
    for year in evidence.years():
        try:
            d = date(year, p.month, p.day)
        except ValueError:
            continue
        if d.weekday() == p.weekday:
            return d
    return None


def weekday_date(c: Candidate, candidates: list[Candidate], text: str, cues: _Cues,
                 today: date | None = None) -> date | None:
    """A weekday and day/month with no year: its date in the year, near the latest the text
    names, in which the weekday agrees."""
    years = year_evidence(text, candidates, cues, today)
    if not years:
        if today is None or c.parts.weekday is None or not c.parts.month or not c.parts.day:
            return None
        # no year worth reading: a guess from the reading day
        return latest_agreeing_day(c.parts, today, legal_floor(text, cues), office_era(text, cues))
    if c.parts.weekday is None:
        # "siang ini (15/6)" beside "Selasa (14/6)": the year the text's weekdays agree with, near that day
        agreeing = year_from_weekdays(text, candidates, cues, today)
        if agreeing is not None and agreeing.value is not None:
            d = as_date(replace(c.parts, year=agreeing.value.year))
            if d is not None and abs((d - agreeing.value).days) <= _NEAR_DAYS:
                return d
        # "mulai 1 April besok": no weekday to agree with; the latest year the text states
        return as_date(replace(c.parts, year=years.named)) if years.floor else None
    d = agreeing_date(c.parts, years)
    if d is None and years.floor and today is not None:
        d = latest_agreeing_day(c.parts, today, years.named)  # as in year_from_weekdays
    return d
