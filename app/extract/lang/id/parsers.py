"""What the date rules share: one parse function per rule family (the regex building blocks are in
`patterns.py`).

A parse function turns a rule's match into neutral `DateParts` (day, month, year, weekday,
unit, relation...) or refuses it (None) when the words around it say it is not a date
("setiap Senin", "UU Nomor 11 Tahun 2020"). Indonesian words become neutral values here,
so the resolver holds none. The rules themselves, and the choice between overlapping
matches, are in `grammar.py`.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ...parts import DateParts
from .lexicon import (
    ALL_MONTHS,
    COUNT_NOUNS,
    DEICTIC_OFFSETS,
    FIXED_HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    RELATIONS,
    SE_UNITS,
    UNITS,
    WEEKDAYS,
    YEAR_SHIFTS,
    alternation,
)


class Parsed(NamedTuple):
    """A parser's answer: the parts, and where the expression starts when a cue before the match
    belongs to it ("tanggal 17", "bulan Juli 2023", "akhir pekan lalu")."""

    parts: DateParts
    start: int | None = None


# the regex building blocks, re-exported for the rules (grammar.py)
from .patterns import (  # noqa: E402,F401
    DATE_WORD, DAY, DAY_MONTH_RELATION, MON_ANY, MON_FULL, NUM_WORD, NUMERIC_DATE, PAREN_DAY_RANGE, PART_OF_DAY_AFTER,
    RANGE_WORD, TOD, UNIT, WD, YEAR,
)


_DATE_WORD_BEFORE = re.compile(r"\b(?:tanggal|tgl\.?)\s+$", re.IGNORECASE)
_MONTH_CUE_BEFORE = re.compile(r"\b(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan|medio|mulai|jelang|menjelang|"
                               r"per|selama|sebelum|setelah|sesudah|usai|di)\s+$", re.IGNORECASE)
_RANGE_CUE_BEFORE = re.compile(r"\bantara\s+$", re.IGNORECASE)
_WEEKEND_BEFORE = re.compile(r"\bakhir\s+$", re.IGNORECASE)


def _before(text: str, start: int, pattern: re.Pattern) -> re.Match | None:
    """A cue just before `start` (rules look back rather than start with optional cues: faster)."""
    return pattern.search(text, max(0, start - 20), start)


def _date_word_start(text: str, start: int) -> int | None:
    cue = _before(text, start, _DATE_WORD_BEFORE)
    return cue.start() if cue else None


_SPACES = re.compile(r"\s+")


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _month(value: str | None) -> int | None:
    if not value:
        return None
    return ALL_MONTHS.get(_SPACES.sub(" ", value.lower().rstrip(".")))


def _weekday(value: str | None) -> int | None:
    if not value:
        return None
    return WEEKDAYS.get(value.lower().replace("’", "'"))


def _common(m: re.Match) -> dict:
    g = m.groupdict()
    return {"weekday": _weekday(g.get("wd")), "weekday_text": g.get("wd"), "part_of_day": g.get("tod")}


def _relation(word: str | None) -> dict:
    """A relation word as the neutral relation, keeping the word for explanations."""
    if not word:
        return {}
    word = _SPACES.sub(" ", word.lower())
    return {"relation": RELATIONS[word], "relation_text": word}


def parse_full_date(m: re.Match, text: str) -> Parsed | None:
    parts = DateParts(**_common(m), day=int(m["d"]), month=_month(m["m"]), year=_two_digit_year(m["y"]))
    return Parsed(parts, None if m.groupdict().get("wd") else _date_word_start(text, m.start()))


def parse_holiday(m: re.Match, text: str) -> Parsed | None:
    month, day = FIXED_HOLIDAYS[_SPACES.sub(" ", m["holiday"].lower())]
    return Parsed(DateParts(day=day, month=month, year=int(m["y"])))


def parse_day_month(m: re.Match, text: str) -> Parsed | None:
    parts = DateParts(**_common(m), day=int(m["d"]), month=_month(m["m"]), **_relation(m["rel"]))
    return Parsed(parts, None if m.groupdict().get("wd") else _date_word_start(text, m.start()))


def _two_digit_year(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if len(y) == 2 or (len(y) == 3 and y[0] == "0") else n


def parse_numeric(m: re.Match, text: str) -> Parsed | None:
    if m.start() > 0 and text[m.start() - 1] in "/.,-" and not m.groupdict().get("wd"):
        return None  # inside a longer number ("1.5.2023.4", "0812-05-2023")
    return Parsed(DateParts(**_common(m), day=int(m["d"]), month=int(m["mo"]), year=_two_digit_year(m["y"]),
                            numeric=True))


def parse_cued_day_month(m: re.Match, text: str) -> Parsed | None:
    # "tanggal 31/12" is one expression, "pada" is not
    return Parsed(DateParts(**_common(m), day=int(m["d"]), month=int(m["mo"]), numeric=True),
                  _date_word_start(text, m.start("x")))


def parse_iso(m: re.Match, text: str) -> Parsed | None:
    return Parsed(DateParts(day=int(m["d"]), month=int(m["mo"]), year=int(m["y"])))


def parse_day_range(m: re.Match, text: str) -> Parsed | None:
    g = m.groupdict()
    month2 = _month(g.get("m2")) if g.get("m2") else None
    month1 = _month(g["m1"]) if g.get("m1") else month2
    year2 = _int(g.get("y"))
    year1 = _int(g.get("y1")) or year2  # "31 Desember 2023 hingga 3 Januari 2024" crosses a year
    return Parsed(DateParts(day=int(m["d"]), month=month1, day2=int(m["d2"]), month2=month2, year=year1,
                            year2=year2 if year2 != year1 else None))


def parse_month_range(m: re.Match, text: str) -> Parsed | None:
    return Parsed(DateParts(month=_month(m["m1"]), year=_int(m["y1"]) or int(m["y"]), month2=_month(m["m2"]),
                            year2=int(m["y"])))


_BULAN_BEFORE = re.compile(r"\bbulan\s+$", re.IGNORECASE)


def parse_month_year(m: re.Match, text: str) -> Parsed | None:
    bulan = _before(text, m.start(), _BULAN_BEFORE)
    return Parsed(DateParts(month=_month(m["m"]), year=int(m["y"])), bulan.start() if bulan else None)


def _relative_year(word: str) -> dict:
    word = word.lower()
    return {"year_shift": YEAR_SHIFTS[word], "relation_text": f"tahun {word}"}


def parse_month_of_relative_year(m: re.Match, text: str) -> Parsed | None:
    return Parsed(DateParts(**_common(m), day=_int(m["d"]), month=_month(m["m"]), **_relative_year(m["yrel"])))


_MONTH_LIST_BEFORE = re.compile(r"\b(?:" + alternation(MONTHS) + r")\s*(?:,|\s(?:dan|serta|atau))\s+$", re.IGNORECASE)


def parse_listed_day(m: re.Match, text: str) -> Parsed | None:
    if m.start() > 0 and text[m.start() - 1] in "-./,":
        return None  # part of a number or an ordinal ("ke-20", "1,5")
    shift = _relative_year(m["yrel"]) if m["yrel"] else {}
    return Parsed(DateParts(day=int(m["d"]), month=_month(m["m"]), year=_int(m["y"]), **shift))


def parse_consecutive_days(m: re.Match, text: str) -> Parsed | None:
    """'18 dan 19 Oktober', '6,7, dan 8 Oktober': days that follow one another span the days of one
    happening (a two-day meeting, a three-day strike); other lists stay days of their own."""
    if m.start() > 0 and text[m.start() - 1] in "-./,":
        return None  # part of a number or an ordinal ("ke-20", "1,5")
    days = [int(d) for d in re.findall(r"\d+", text[m.start():m.start("d2")])] + [int(m["d2"])]
    if any(b != a + 1 for a, b in zip(days, days[1:])):
        return None
    shift = _relative_year(m["yrel"]) if m["yrel"] else {}
    month = _month(m["m"])
    return Parsed(DateParts(day=days[0], month=month, day2=days[-1], month2=month, year=_int(m["y"]), **shift))


_MONTH_PART_BEFORE = re.compile(r"\b(?P<part>awal|pertengahan)\s+(?:bulan\s+)?$", re.IGNORECASE)
_MONTH_PARTS = {"awal": "early", "pertengahan": "mid"}


def parse_month_alone(m: re.Match, text: str) -> Parsed | None:
    # a month name with no number is only a date after a cue, and written with a capital
    # ("pada Juli"), after "bulan" ("bulan juli lalu"), or after another month ("Juli dan Agustus")
    if not (m["bulan"] or m["rel"] or _before(text, m.start(), _MONTH_CUE_BEFORE)
            or _before(text, m.start(), _MONTH_LIST_BEFORE)):
        return None
    if not m["bulan"] and not m["m"][0].isupper():
        return None
    # "awal September", "pertengahan Juli": which part of the month, for a month of the publication's own
    part = _before(text, m.start(), _MONTH_PART_BEFORE)
    return Parsed(DateParts(month=_month(m["m"]), part=_MONTH_PARTS[part["part"].lower()] if part else None,
                            **_relation(m["rel"])))


def parse_year_range(m: re.Match, text: str) -> Parsed | None:
    y1 = int(m["y"])
    raw2 = m["y2"]
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not (y1 < y2 <= y1 + 100):
        return None
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt and nxt.group(1).lower() in COUNT_NOUNS:
        return None  # "antara 1998 dan 2000 orang" counts
    if m["sep"].strip().lower() == "dan" and not _before(text, m.start(), _RANGE_CUE_BEFORE):
        return None  # "2019 dan 2023" lists two years; only "antara 2019 dan 2023" spans them
    if m.groupdict().get("dec2") and y2 % 10 == 0:
        return Parsed(DateParts(year=y1, year2=y2, decade=y2 // 10))
    return Parsed(DateParts(year=y1, year2=y2))


def parse_decade(m: re.Match, text: str) -> Parsed | None:
    digits = m["dec"]
    if len(digits) == 2:
        century = "19" if int(digits[0]) >= 3 else "20"
        digits = century + digits
    if len(digits) != 4:
        return None
    return Parsed(DateParts(decade=int(digits[:3])))


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def parse_century(m: re.Match, text: str) -> Parsed | None:
    raw = m["c"]
    n = int(raw) if raw.isdigit() else _roman(raw)
    if not n or n > 22:
        return None
    return Parsed(DateParts(century=n))


_LEGAL_REFERENCE = re.compile(r"(?:nomor|no\.?|nmr\.?|pasal|perpu|perppu|uu|pp|perpres|keppres)\s*[\w/.-]*\s*$",
                              re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([^\s.,;:!?()]+)")


def parse_year(m: re.Match, text: str) -> Parsed | None:
    before = text[max(0, m.start() - 30):m.start()]
    if _LEGAL_REFERENCE.search(before):
        return None  # "UU Nomor 11 Tahun 2020" names a law, it is not a date
    nxt = _NEXT_WORD.match(text, m.end("x") if m.groupdict().get("x") else m.end())
    if nxt and nxt.group(1).lower() in COUNT_NOUNS:
        return None  # "pada 2000 orang" counts people
    return Parsed(DateParts(year=int(m["y"])))


_ORDINALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "pertama": 1, "kedua": 2,
             "ketiga": 3, "keempat": 4}


def parse_quarter(m: re.Match, text: str) -> Parsed | None:
    n = _ORDINALS.get(m["n"].lower())
    half = m["unit"].lower().startswith(("semester", "paruh"))
    if n is None or (half and n > 2):
        return None
    return Parsed(DateParts(year=int(m["y"]), part=f"H{n}" if half else f"Q{n}"))


# "minggu kesepuluh 2024": the ordinal words of a week of the year
WEEK_ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
                 "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}


def parse_week_of_year(m: re.Match, text: str) -> Parsed | None:
    n = int(m["n"]) if m["n"] else WEEK_ORDINALS[m["nw"].lower()]
    return Parsed(DateParts(year=int(m["y"]), part=f"W{n:02d}")) if 1 <= n <= 53 else None


def parse_deictic_day_month(m: re.Match, text: str) -> Parsed | None:
    return Parsed(DateParts(day=int(m["d"]), month=int(m["mo"]), year=_two_digit_year(m["y"]), numeric=True,
                            weekday=_weekday(m["wd"]), weekday_text=m["wd"]))


def parse_paren_day_range(m: re.Match, text: str) -> Parsed | None:
    month = int(m["mo"])
    if not 1 <= month <= 12:
        return None
    return Parsed(DateParts(day=int(m["d"]), month=month, day2=int(m["d2"]), month2=month,
                            year=_two_digit_year(m["y"])))


def parse_day_alone(m: re.Match, text: str) -> Parsed | None:
    return Parsed(DateParts(day=int(m["d"])))


def parse_anaphoric_day(m: re.Match, text: str) -> Parsed | None:
    phrase = _SPACES.sub(" ", m["ana"].lower())
    # "malam sebelumnya": the night before the day told
    return Parsed(DateParts(offset=0 if "sama" in phrase else -1 if "sebelumnya" in phrase else 1, phrase=phrase))


def parse_deictic(m: re.Match, text: str) -> Parsed | None:
    phrase = _SPACES.sub(" ", m["deix"].lower())
    return Parsed(DateParts(deictic_offset=DEICTIC_OFFSETS.get(phrase, 0), phrase=phrase, part_of_day=m["tod"]))


def parse_relative_period(m: re.Match, text: str) -> Parsed | None:
    unit = m["unit"].lower()
    parts = DateParts(unit=UNITS[unit], unit_text=unit, **_relation(m["rel"]))
    akhir = _before(text, m.start(), _WEEKEND_BEFORE)
    if akhir and parts.unit == "week":
        parts.weekend = True
        return Parsed(parts, akhir.start())
    # "akhir tahun lalu": the end of last year; the value is last year, at its own granularity
    return Parsed(parts)


def parse_same_day_years_ago(m: re.Match, text: str) -> Parsed | None:
    """"Hari ini 56 tahun lalu": the publication day, that many years before."""
    raw = _SPACES.sub(" ", m["n"].lower())
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    return Parsed(DateParts(count=n, unit="year", unit_text="tahun")) if n else None


def parse_relative_count(m: re.Match, text: str) -> Parsed | None:
    g = m.groupdict()
    if g.get("se"):
        n, unit = 1, SE_UNITS[g["se"].lower()]
    else:
        raw = _SPACES.sub(" ", g["n"].lower())
        unit = g["unit"].lower()
        if raw.isdigit():
            n = int(raw)
        elif raw in NUMBER_WORDS:
            n = NUMBER_WORDS[raw]
        else:
            n = None  # beberapa, puluhan: vague
    return Parsed(DateParts(count=n, unit=UNITS[unit], unit_text=unit, **_relation(g["rel"])))


def parse_vague(m: re.Match, text: str) -> Parsed | None:
    word = _SPACES.sub(" ", m["vague"].lower())
    if word in ("dulu", "dahulu"):
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:lebih|terlebih|duluan)\s*$", before):
            return None  # "terlebih dahulu" means "first", not "in the past"
    if word in ("dulu", "dahulu", "baru-baru ini", "belum lama ini", "tempo hari") \
            or word.endswith(("lalu", "sebelumnya", "terakhir")):
        vague = "past"
    elif word.startswith("dalam") or word.endswith(("depan", "mendatang", "berikutnya")) \
            or word == "sebentar lagi":
        vague = "future"
    else:
        vague = "present"
    return Parsed(DateParts(vague=vague, phrase=word))


_NOT_A_DAY_BEFORE = re.compile(r"(?:setiap|tiap|salat|sholat|shalat|solat|para|hari-hari)\s+$", re.IGNORECASE)
_MINGGU_AS_WEEK_AFTER = re.compile(r"\s+(?:lalu|depan|ini|ke|kemudian|pertama|kedua|ketiga|terakhir|"
                                   r"berikutnya|sebelumnya|lagi|mendatang)\b", re.IGNORECASE)


def parse_weekday(m: re.Match, text: str) -> Parsed | None:
    wd_text = m["wd"]
    if not m["hari"] and not wd_text[0].isupper():
        return None  # weekdays are capitalised in news; lower case "minggu" is a week
    if _NOT_A_DAY_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
        return None  # "setiap Senin" repeats, "salat Jumat" names a prayer
    if wd_text.lower() == "minggu" and not m["hari"] and not m["tod"]:
        # "Minggu" is Sunday only where a day fits: after a preposition or comma, before a comma or date
        if _MINGGU_AS_WEEK_AFTER.match(text, m.end("wd")):
            return None
        before = text[max(0, m.start() - 10):m.start()]
        if not (re.search(r"(?:pada|sejak|hingga|sampai|,)\s*$", before, re.IGNORECASE)
                or re.match(r"\s*[,(]", text[m.end():m.end() + 3])):
            return None
    week = _relation(m["wrel"]).get("relation")
    return Parsed(DateParts(**_common(m), **_relation(m["rel"]), week_relation=week))
