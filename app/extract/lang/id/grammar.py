"""The Indonesian date grammar: regular-expression rules that find temporal expressions.

Each rule finds candidate spans, and its parser (`parsers.py`) turns them into `Candidate`
parts (day, month, year, weekday, relative unit...). Nothing here knows the publication
date: turning parts into TIMEX3 values is `resolve.py`'s job. Where two candidates
overlap, the longest wins ("Senin, 11 September 2023" over "hari Senin").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ...parts import Candidate
from ...resolve import Resolver
from . import parsers
from .lexicon import ALL_MONTHS, MONTHS, SE_UNITS, YEAR_CUES, alternation
from .parsers import (
    DATE_WORD,
    DAY,
    DAY_MONTH_RELATION,
    MON_ANY,
    MON_FULL,
    NUM_WORD,
    NUMERIC_DATE,
    PAREN_DAY_RANGE,
    PART_OF_DAY_AFTER,
    RANGE_WORD,
    TOD,
    UNIT,
    WD,
    YEAR,
    Parsed,
)
from .triggers import TriggerWindows


@dataclass(frozen=True)
class Rule:
    """A pattern, the parser that reads its match, and the resolver that gives its value."""

    name: str
    pattern: re.Pattern
    parse: Callable[[re.Match, str], Parsed | None]
    resolver: Callable
    extent_group: str | None = None  # the group that is the expression, when cues around it are not
    needs: str = "number"  # the kind of trigger every match holds (triggers.KINDS)
    reach: tuple[int, int] = (80, 120)  # how far a match may reach before and after its trigger


def _rule(name: str, pattern: str, parse, resolver, extent_group: str | None = None,
          needs: str | None = None) -> Rule:
    needs = needs or _NEEDS[name]
    return Rule(name, re.compile(pattern, re.IGNORECASE), parse, resolver, extent_group, needs,
                _REACH.get(name, (80, 120)))


# the kind of token every match of a rule holds, so that the rule runs only around such tokens
_NEEDS = {
    "day-range": "slash", "month-range": "month", "weekday+date": "month", "full-date": "month",
    "weekday+day/month": "slash", "day": "word", "anaphoric-day": "word", "paren-day/month": "slash",
    "cued-day/month": "slash", "numeric-date": "slash", "iso-date": "slash", "day-month": "month",
    "listed-day": "month", "month-of-relative-year": "month", "month-year": "month", "month": "month",
    "year-range": "year", "holiday": "year", "decade": "number", "century": "word", "year": "year",
    "quarter": "year", "deictic": "word", "relative-period": "word", "relative-count": "word", "vague": "word", "same-day-years-ago": "word", "week-of-year": "year",
    "weekday": "weekday",
}
# rules that reach only a little way from their trigger run in narrower windows: a year and its cue
# ("sejak 2019", "kuartal ketiga tahun 2023"), a deictic or relative word and its number or unit
_REACH = {"year": (40, 30), "quarter": (40, 30), "week-of-year": (40, 30), "holiday": (20, 30), "year-range": (20, 60),
          "deictic": (30, 40), "relative-count": (60, 30), "relative-period": (40, 30), "vague": (40, 30),
          "anaphoric-day": (30, 40), "day": (20, 40), "century": (20, 30)}

# text that every match of a rule holds ("Oktober tahun lalu" holds "tahun"): a window without it
# cannot hold a match, and one search for it is far cheaper than trying the rule at every position.
# Only for rule names used once; a hint must stay true of its rule's pattern (change them together).
_HINTS = {name: re.compile(hint, re.IGNORECASE) for name, hint in {
    "month-of-relative-year": r"tahun", "weekday+date": r"\(", "quarter": r"kuartal|triwulan|semester|paruh",
    "holiday": r"natal|tahun", "decade": r"0\s*-?\s*an", "century": r"abad",
}.items()}


WEEKDAY_WORD = r"(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"

RULES: list[Rule] = [
    # "20 Februari 2020 hingga 27 Februari 2020": each end may carry its year; "sejak Sabtu 3 April 2021
    # hingga Minggu 4 April 2021": and its weekday
    _rule("day-range", r"\b(?:" + WEEKDAY_WORD + r"\s*,?\s+)?(?P<d>[0-3]?\d)(?:\s+(?P<m1>" + alternation(ALL_MONTHS)
          + r")\.?(?:\s+(?P<y1>1[0-9]\d\d|20\d\d))?)?" + RANGE_WORD + r"(?:" + WEEKDAY_WORD + r"\s*,?\s+)?"
          # "1-5 Desember mendatang": the relation belongs to the range, which the year of its context dates
          + r"(?P<d2>[0-3]?\d)\s+(?P<m2>" + alternation(ALL_MONTHS) + r")\.?(?:\s+" + YEAR
          + r"|\s+(?:mendatang|nanti|depan|lalu|kemarin))?\b",
          parsers.parse_day_range, Resolver.day_range, needs="month"),
    _rule("month-range", r"\b(?P<m1>" + alternation(MONTHS) + r")(?:\s+(?P<y1>1[0-9]\d\d|20\d\d))?" + RANGE_WORD
          + r"(?P<m2>" + alternation(MONTHS) + r")\s+" + YEAR + r"\b", parsers.parse_month_range, Resolver.month_range),
    _rule("weekday+date", r"\b" + WD + TOD + r"\s*\(\s*" + DAY + r"\s+" + MON_ANY + r"\s+" + YEAR + r"\s*\)"
          + PART_OF_DAY_AFTER,
          parsers.parse_full_date, Resolver.full_date),
    _rule("full-date", r"\b" + WD + TOD + r"\s*,?\s*" + DATE_WORD + DAY + r"\s+" + MON_ANY + r"\s*,?\s+" + YEAR
          + r"(?!\d)", parsers.parse_full_date, Resolver.full_date),
    _rule("full-date", r"\b" + DAY + r"\s+" + MON_ANY + r"\s*,?\s+" + YEAR + r"(?!\d)", parsers.parse_full_date, Resolver.full_date),
    # "21-Nov-22", "21-Nov-2022": a day, a month's name and a year joined by dashes
    _rule("full-date", r"\b" + DAY + r"-" + MON_ANY + r"-(?P<y>1[0-9]\d\d|20\d\d|\d\d)(?![\d-])", parsers.parse_full_date,
          Resolver.full_date),
    # "Selasa (1/11/022)": a year typed with a digit missing is still 2022
    _rule("weekday+day/month", r"\b" + WD + TOD + r"\s*,?\s*\(\s*" + DAY + r"\s*[/.-]\s*(?P<mo>[01]?\d)"
          r"(?:\s*[/.-]\s*(?P<y>\d{4}|0\d\d|\d{2}))?\s*\)" + PART_OF_DAY_AFTER, parsers.parse_numeric, Resolver.numeric),
    # "Minggu 12/5 pagi", "Minggu 12/5/24 dini hari", "Sabtu 1/10-2022": a weekday names the date that
    # follows it without parentheses, as regional outlets write it
    # ("Rabu, 3/4 warga" is a fraction after the day: no comma between them)
    _rule("weekday+day/month", r"\b" + WD + TOD + r"\s+" + DAY + r"/(?P<mo>[01]?\d)(?:\s*[/-]\s*(?P<y>1[0-9]\d\d|"
          r"20\d\d|\d{2}))?(?![\d/]|[.,-]\d|\s*(?:bagian|dari|persen|%))" + PART_OF_DAY_AFTER, parsers.parse_numeric, Resolver.numeric),
    # "Senin-Selasa (11-12/9)", "(11-12/9/2023)": a day range inside one month
    _rule("day-range", r"\b" + WD + r"\s*[-–]\s*(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)\s*"
          + PAREN_DAY_RANGE, parsers.parse_paren_day_range, Resolver.day_range),
    _rule("day-range", PAREN_DAY_RANGE, parsers.parse_paren_day_range, Resolver.day_range),
    # "tanggal 17": a day of the month the publication date suggests
    _rule("day", r"\b(?:tanggal|tgl\.?)\s+" + DAY + r"\b(?!\s*[-/.]?\s*(?:\d|" + alternation(ALL_MONTHS) + r"))",
          parsers.parse_day_alone, Resolver.day),
    # anchored on the date mentioned before: "keesokan harinya", "pada hari yang sama"
    _rule("anaphoric-day", r"\b(?P<ana>keesokan\s+harinya|esok\s+harinya|hari\s+(?:yang\s+)?sama|tanggal\s+yang\s+sama|hari\s+berikutnya|"
          r"(?:malam|hari)\s+sebelumnya)\b",
          parsers.parse_anaphoric_day, Resolver.anaphoric_day),
    _rule("paren-day/month", r"\(\s*" + DAY + r"\s*/\s*(?P<mo>[01]?\d)(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)",
          parsers.parse_numeric, Resolver.numeric),
    # "pada 12/3 malam": a bare day/month only after a word that wants a date, and not a fraction
    _rule("cued-day/month", r"\b(?:pada|tanggal|tgl\.?|sejak|hingga|sampai|per)\s+(?P<x>" + DAY
          + r"/(?P<mo>[01]?\d))(?![/\d]|[.,]\d|\s*(?:bagian|dari|persen|%))", parsers.parse_cued_day_month, Resolver.numeric, "x"),
    _rule("numeric-date", r"\b" + WD + TOD + r"\s*,?\s*" + NUMERIC_DATE, parsers.parse_numeric, Resolver.numeric),
    _rule("numeric-date", r"\b" + NUMERIC_DATE, parsers.parse_numeric, Resolver.numeric),
    _rule("iso-date", r"(?<![\d-])(?P<y>1[0-9]\d\d|20\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", parsers.parse_iso, Resolver.full_date),
    # "14 Februari lalu", "1 Oktober mendatang": the relation says which year, and the day stays
    _rule("day-month", r"\b" + WD + TOD + r"\s*,?\s*" + DATE_WORD + DAY + r"\s+" + MON_FULL
          + r"\b" + DAY_MONTH_RELATION + r"(?!\s*,?\s*\d)", parsers.parse_day_month, Resolver.day_month),
    # "pada 18 dan 19 Oktober", "6,7, dan 8 Oktober": days in a row are one span
    _rule("day-range", r"\b(?P<d>[0-3]?\d)(?:\s*,\s*[0-3]?\d)*\s*,?\s+(?:dan|serta)\s+(?P<d2>[0-3]?\d)\s+" + MON_FULL
          + r"\b(?:\s*,?\s+" + YEAR + r"|\s+tahun\s+(?P<yrel>lalu|kemarin|ini|depan|mendatang))?",
          parsers.parse_consecutive_days, Resolver.consecutive_days, needs="month"),
    # "pada 20 dan 22 Juni", "5, 7, dan 9 Mei 2024": the days before the last take its month and year
    _rule("listed-day", r"\b" + DAY + r"(?=(?:\s*,\s+[0-3]?\d)*\s*,?\s+(?:dan|serta|atau)\s+[0-3]?\d\s+" + MON_FULL
          + r"\b(?:\s*,?\s+" + YEAR + r"|\s+tahun\s+(?P<yrel>lalu|kemarin|ini|depan|mendatang))?)",
          parsers.parse_listed_day, Resolver.listed_day),
    _rule("day-month", r"\b" + DAY + r"\s+" + MON_FULL + r"\b" + DAY_MONTH_RELATION + r"(?!\s*,?\s*\d)",
          parsers.parse_day_month, Resolver.day_month),
    # "Oktober tahun lalu", "17 Agustus tahun depan": one expression, not a month and a year
    _rule("month-of-relative-year", r"\b(?:" + DAY + r"\s+|bulan\s+)?" + MON_FULL
          + r"\s+tahun\s+(?P<yrel>lalu|kemarin|ini|depan|mendatang)\b", parsers.parse_month_of_relative_year, Resolver.month_of_relative_year),
    _rule("month-year", r"\b" + MON_ANY + r"\s*,?\s+(?:tahun\s+)?" + YEAR + r"(?!\d)", parsers.parse_month_year, Resolver.month_year),
    _rule("month", r"\b(?P<bulan>bulan\s+)?" + MON_FULL
          + r"\b(?:\s+(?P<rel>lalu|kemarin|depan|mendatang|ini|nanti))?(?!\s*,?\s*\d)", parsers.parse_month_alone, Resolver.month),
    _rule("year-range", r"(?P<x>\b(?:tahun\s+)?" + YEAR
          + r"(?P<sep>\s*[-–—/]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|ke|dan)\s+)(?:tahun\s+)?"
          # "1970 hingga 1990-an": the range ends with a decade
          r"(?P<y2>1[0-9]\d\d|20\d\d|\d\d)\b(?![-/.,]\d)(?P<dec2>\s*-?\s*an\b)?)", parsers.parse_year_range,
          Resolver.year_range, "x"),
    # "libur Natal 2023 dan Tahun Baru 2024": a fixed holiday of a stated year is its day
    _rule("holiday", r"\b(?P<holiday>natal|tahun\s+baru)\s+" + YEAR + r"\b(?![-/.,]?\d)", parsers.parse_holiday,
          Resolver.full_date),
    _rule("decade", r"\b(?P<x>(?:tahun\s+)?(?P<dec>(?:1\d|20)?\d0)\s*-?\s*an)\b", parsers.parse_decade, Resolver.decade, "x"),
    _rule("century", r"\babad\s+(?:ke\s*-?\s*)?(?P<c>\d{1,2}|[IVXL]{1,5})\b", parsers.parse_century, Resolver.century),
    _rule("year", r"\b(?P<x>(?:tahun(?:\s+anggaran)?|thn\.?|th\.?)\s+" + YEAR + r"(?:\s+(?:lalu|silam))?)(?![-/.,]?\d|\s*-?\s*an\b)",
          parsers.parse_year, Resolver.year, "x"),
    _rule("year", r"\b(?:" + "|".join(c for c in YEAR_CUES if c not in ("tahun", "thn", "th")) + r")\s+"
          r"(?P<x>" + YEAR + r"(?:\s+(?:lalu|silam))?)(?![-/.,]?\d|\s*-?\s*an\b)", parsers.parse_year, Resolver.year, "x"),
    _rule("year", r"\((?P<x>" + YEAR + r")\)", parsers.parse_year, Resolver.year, "x"),
    # "laga persahabatan 2018 silam", "Pilgub sebelumnya, 2018 lalu": a year said to be past needs no cue before it
    _rule("year", r"\b(?P<x>" + YEAR + r"\s+(?:silam|lalu))\b", parsers.parse_year, Resolver.year, "x"),
    # the next year of a list: "pada 2018 dan 2022", "tahun 2014, 2019 dan 2024"
    # (the next year sits in a lookahead, so that it can itself start the following pair)
    _rule("year", r"\b(?:1[0-9]\d\d|20\d\d)(?=(?:\s*,\s*|\s+(?:dan|atau|serta)\s+)(?P<x>" + YEAR
          + r")(?![-/.,]?\d|\s*-?\s*an\b))", parsers.parse_year, Resolver.year, "x"),
    # "minggu ke-10 tahun 2023", "pekan kesepuluh 2024": a week of the year, as health reports count them
    # (a week without its year, "minggu pertama kampanye", counts from something else)
    _rule("week-of-year", r"\b(?:minggu|pekan)\s+(?:ke\s*-?\s*(?P<n>\d{1,2})|(?P<nw>" + alternation(parsers.WEEK_ORDINALS)
          + r"))\s+(?:tahun\s+)?" + YEAR + r"\b(?![-/.,]?\d)", parsers.parse_week_of_year, Resolver.week_of_year),
    _rule("quarter", r"\b(?P<unit>kuartal|triwulan|semester|paruh)\s+(?P<n>IV|I{1,3}|[1-4]|pertama|kedua|ketiga|"
          r"keempat)(?:\s+tahun\s+|\s*[/-]\s*|\s+)" + YEAR + r"\b(?![-/.,]?\d)", parsers.parse_quarter,
          Resolver.quarter),  # "kuartal I/2023", "triwulan II-2022", "semester pertama tahun 2024"
    # "kemarin (10/9)", "hari ini, Rabu (13/9)": the deictic word and its date are one expression
    _rule("weekday+day/month", r"\b(?:hari\s+ini|kemarin|besok)\s*,?\s*(?:" + WD + r"\s*,?\s*)?\(\s*" + DAY
          + r"\s*/\s*(?P<mo>[01]?\d)(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)", parsers.parse_deictic_day_month, Resolver.numeric),
    _rule("deictic", r"\b(?P<deix>hari\s+ini|kemarin\s+lusa|kemarin|besok|esok\s+hari|esok|lusa|tadi\s+pagi|"
          r"tadi\s+siang|tadi\s+sore|tadi\s+malam|malam\s+tadi|pagi\s+tadi|siang\s+tadi|sore\s+tadi|"
          r"dini\s+hari\s+tadi|semalam|pagi\s+ini|siang\s+ini|sore\s+ini|malam\s+ini|petang\s+ini|"
          # "baru pertama kali tadi": earlier today; "yang tadi", "seperti tadi" point back in the text
          r"(?<!yang\s)(?<!seperti\s)(?<!tersebut\s)tadi)\b" + TOD,
          parsers.parse_deictic, Resolver.deictic),
    _rule("relative-period", r"\b" + UNIT + r"\s+(?P<rel>lalu|kemarin|depan|ini|mendatang|"
          r"silam|yang\s+lalu|sebelumnya|berikutnya)\b", parsers.parse_relative_period, Resolver.relative_period),
    # "Hari ini 56 tahun lalu": this day of the year, then (an anniversary), not just that year
    _rule("same-day-years-ago", r"\bhari\s+ini\s*,?\s+(?:tepat\s+)?(?P<n>\d{1,3}|" + NUM_WORD
          + r")\s+tahun\s+(?:yang\s+)?(?:lalu|silam)\b", parsers.parse_same_day_years_ago, Resolver.same_day_years_ago),
    # "puluhan tahun lalu", "jutaan tahun lalu": a vague past, never last year
    _rule("relative-count", r"\b(?:dalam\s+)?(?:(?P<n>\d{1,3}|" + NUM_WORD
          + r"|beberapa|belasan|puluhan|ratusan|ribuan|jutaan)\s+" + UNIT
          + r"|(?P<se>" + alternation(SE_UNITS) + r"))\s+(?P<rel>yang\s+lalu|lalu|silam|sebelumnya|kemudian|"
          r"mendatang|lagi|setelahnya|berikutnya)\b", parsers.parse_relative_count, Resolver.relative_count),
    _rule("vague", r"\b(?P<vague>saat\s+ini|sekarang|dewasa\s+ini|kini|baru-baru\s+ini|dulu|dahulu|"
          r"dalam\s+waktu\s+dekat|belum\s+lama\s+ini|beberapa\s+waktu\s+(?:(?:yang\s+)?lalu|terakhir)|"
          r"beberapa\s+waktu\s+(?:ke\s+depan|mendatang)|belakangan\s+ini|"
          r"sebentar\s+lagi|tempo\s+hari|"
          # "tahun-tahun sebelumnya": years in general, not the year before
          r"(?P<plural>tahun|bulan|hari|pekan|minggu)-(?P=plural)\s+(?:sebelumnya|terakhir|lalu|mendatang|berikutnya))\b",
          parsers.parse_vague, Resolver.vague),
    _rule("weekday", r"\b(?P<hari>hari\s+)?" + WD + TOD + r"(?:\s+(?P<week>pekan|minggu)\s+(?P<wrel>lalu|depan|ini))?"
          r"(?:\s+(?P<rel>lalu|kemarin|depan|ini|mendatang|nanti))?\b", parsers.parse_weekday, Resolver.weekday),
]

_RULE_RANK = {rule.name: i for i, rule in enumerate(RULES)}


def find_candidates(text: str, windows: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """All non-overlapping temporal expressions in `text`, in text order. Each rule runs in the
    windows around the trigger words of its kind (`triggers.py`) unless `windows` says where."""
    found: list[Candidate] = []
    triggers = TriggerWindows(text) if windows is None else None
    for rule in RULES:
        hint = _HINTS.get(rule.name)
        for m in (m for a, b in (triggers.of(rule.needs, *rule.reach) if triggers is not None else windows)
                  if hint is None or hint.search(text, a, b) for m in rule.pattern.finditer(text, a, b)):
            parsed = rule.parse(m, text)
            if parsed is None:
                continue
            start, end = m.span(rule.extent_group) if rule.extent_group else m.span()
            if parsed.start is not None:
                start = parsed.start
            # a trailing space or dot is punctuation, not part of the expression
            while end > start and text[end - 1] in " \t\n.,":
                end -= 1
            if "\n" in text[start:end]:
                continue  # a line break ends a headline or paragraph: no expression runs across it
            found.append(Candidate(start, end, rule.name, parsed.parts, rule.resolver))
    found.sort(key=lambda c: (-(c.end - c.start), _RULE_RANK[c.rule], c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    chosen.sort(key=lambda c: c.start)
    # "Senin (13/5) kemarin": after a date, "kemarin" says the date is past ("the other day"), as
    # "lalu" does; it is no yesterday of its own
    return [c for i, c in enumerate(chosen)
            if not (i and c.rule == "deictic" and text[c.start:c.end].lower() == "kemarin"
                    and not text[chosen[i - 1].end:c.start].strip())]
