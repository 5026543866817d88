"""Turn grammar candidates into TIMEX3 values, anchored on the publication date.

Each resolver returns (value, granularity, explanation). Expressions that need an
anchor the article lacks resolve to value None: never to today's date.
"""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .grammar import Candidate
from .lexicon import FUTURE_CUES, MONTH_NAMES_ID, PAST_CUES, WEEKDAY_NAMES_ID
from .model import Timex

_WORD = re.compile(r"[\w']+")
_CLAUSE_BREAK = re.compile(r"[.!?;\n]")


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'future', 'past' or None, from the cue word nearest to the expression in its clause."""
    left_bound = start
    while left_bound > 0 and start - left_bound < 120 and not _CLAUSE_BREAK.match(text[left_bound - 1]):
        left_bound -= 1
    right = _CLAUSE_BREAK.search(text, end, min(len(text), end + 30))
    right_bound = right.start() if right else min(len(text), end + 30)
    best: tuple[int, str] | None = None
    for m in _WORD.finditer(text, left_bound, start):
        word = m.group().lower()
        tense = "future" if word in FUTURE_CUES else "past" if word in PAST_CUES else None
        if tense:
            best = (start - m.end(), tense)  # later cues overwrite earlier: nearest wins
    for m in _WORD.finditer(text, end, right_bound):
        word = m.group().lower()
        tense = "future" if word in FUTURE_CUES else "past" if word in PAST_CUES else None
        if tense and (best is None or m.start() - end < best[0]):
            best = (m.start() - end, tense)
            break
    return best[1] if best else None


# the granularities a story moves by, and which of them a shift by a unit can count from:
# a year after a day, a month or a year; a month after a day or a month; days and weeks
# only after a day stated outright (`Resolver.reference`)
_STORY_GRANULARITIES = ("day", "month", "year")
_ANCHORS_FOR_UNIT = {"bulan": ("day", "month"), "tahun": _STORY_GRANULARITIES, "dekade": _STORY_GRANULARITIES,
                     "dasawarsa": _STORY_GRANULARITIES, "abad": _STORY_GRANULARITIES}

# the side of the publication date that a relation word puts a day or month on
_RELATION_TENSE = {"lalu": "past", "kemarin": "past", "depan": "future", "mendatang": "future", "nanti": "future",
                   "ini": "present"}


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def describe(d: date) -> str:
    return f"{WEEKDAY_NAMES_ID[d.weekday()]} {d.day} {MONTH_NAMES_ID[d.month]} {d.year}"


class Resolver:
    """Resolves one article's candidates in text order.

    `reference` is the last explicit day-precision date seen, the anchor of
    anaphoric expressions such as "dua hari kemudian". `story` is the last day, month
    or year the text moved to, however it got there: the anchor of coarser ones
    ("pada 2017 ... Setahun kemudian", "Tiga bulan kemudian ... Sebulan sebelumnya").
    """

    def __init__(self, text: str, dct: date | None):
        self.text = text
        self.dct = dct
        self.reference: date | None = None
        self.story: tuple[date, str, str] | None = None  # first day, granularity, value

    # -- entry point -------------------------------------------------------
    def resolve(self, cand: Candidate) -> Timex | None:
        method = getattr(self, "_" + cand.rule.replace("-", "_").replace("+", "_").replace("/", "_"))
        result = method(cand, cand.parts)
        if result is None:
            return None
        value, granularity, explanation = result[:3]
        conflict = result[3] if len(result) > 3 else None
        if value and granularity in _STORY_GRANULARITIES and value[:4].isdigit():
            self.story = (date(int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1)), granularity, value)
        p = cand.parts
        return Timex(start=cand.start, end=cand.end, text=self.text[cand.start:cand.end], value=value,
                     granularity=granularity, rule=cand.rule, explanation=explanation,
                     type="DATE", stated_weekday=p.get("weekday_text"), weekday_conflict=conflict)

    # -- explicit dates ----------------------------------------------------
    def _check_weekday(self, d: date, parts: dict) -> str | None:
        wd = parts.get("weekday")
        if wd is None or wd == d.weekday():
            return None
        return (f"the text says {parts['weekday_text']}, but {d.isoformat()} was a "
                f"{WEEKDAY_NAMES_ID[d.weekday()]}; the explicit date is kept")

    def _dated(self, d: date, explanation: str, parts: dict):
        self.reference = d
        conflict = self._check_weekday(d, parts)
        if parts.get("weekday") is not None and not conflict:
            explanation += f"; {parts['weekday_text']} agrees"
        return d.isoformat(), "day", explanation, conflict

    def _full_date(self, c: Candidate, p: dict):
        d = _safe_date(p["year"], p["month"], p["day"])
        if d is None:
            return None
        return self._dated(d, "day, month and year stated", p)

    _weekday_date = _full_date
    _iso_date = _full_date

    def _numeric(self, c: Candidate, p: dict):
        day, month = p["day"], p["month"]
        how = "numeric date, day first as Indonesian writes it"
        if month > 12 and day <= 12:
            day, month = month, day
            how = "numeric date read month first (the second number cannot be a month)"
        if p.get("month_first"):
            day, month = month, day
            how = p["month_first"]
        if p.get("year"):
            d = _safe_date(p["year"], month, day)
            return self._dated(d, how, p) if d else None
        return self._day_month_without_year(day, month, p)

    _weekday_day_month = _numeric
    _paren_day_month = _numeric
    _cued_day_month = _numeric
    _numeric_date = _numeric

    def _day_month(self, c: Candidate, p: dict):
        # "1 Oktober mendatang", "akan digelar pada 1 Oktober": the year that puts the day on that
        # side of the publication date (in March, last year's 1 October is the nearer one)
        tense = _RELATION_TENSE.get(p["relation"] or "") or clause_tense(self.text, c.start, c.end)
        return self._day_month_without_year(p["day"], p["month"], p, tense)

    def _listed_day(self, c: Candidate, p: dict):
        """A day of a list that the last day's month and year (or 'tahun lalu') complete."""
        if p["year"]:
            d = _safe_date(p["year"], p["month"], p["day"])
            return self._dated(d, f"a day listed before {MONTH_NAMES_ID[p['month']]} {p['year']}", p) if d else None
        if p["relation"]:
            return self._month_of_relative_year(c, p)
        return self._day_month(c, p)

    def _day_month_without_year(self, day: int, month: int, p: dict, tense: str | None = None):
        if self.dct is None:
            if _safe_date(2000, month, day) is None:
                return None
            return None, "day", "day and month without a year, and no publication date to take it from"
        options = [d for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)
                   if (d := _safe_date(y, month, day))]
        if not options:
            return None
        wd = p.get("weekday")
        agreeing = [d for d in options if wd is not None and d.weekday() == wd]
        if agreeing:  # a stated weekday outweighs tense cues
            d = min(agreeing, key=lambda d: abs((d - self.dct).days))
            self.reference = d
            return d.isoformat(), "day", (f"day/month + year {d.year} from the publication date "
                                          f"{self.dct.isoformat()}; {p['weekday_text']} agrees")
        how = "nearest the publication date"
        side = {"present": [d for d in options if d.year == self.dct.year],
                "future": [d for d in options if d >= self.dct],
                "past": [d for d in options if d <= self.dct]}.get(tense or "")
        if side:
            options, how = side, how + (" in its year" if tense == "present" else f" in the {tense}")
        d = min(options, key=lambda d: abs((d - self.dct).days))
        self.reference = d
        conflict = self._check_weekday(d, p)
        return d.isoformat(), "day", f"day/month + year {d.year}, {how}", conflict

    # -- ranges, months, years, decades ------------------------------------
    def _day_range(self, c: Candidate, p: dict):
        year = p["year"] or (self.dct.year if self.dct else None)
        if year is None:
            return None, "range", "day range without a year, and no publication date to take it from"
        d1 = _safe_date(year, p["month"], p["day"])
        d2 = _safe_date(year, p["month2"], p["day2"])
        if not d1 or not d2 or d2 < d1:
            return None
        how = "day range" + (" with its year" if p["year"] else f", year {year} from the publication date")
        return f"{d1.isoformat()}/{d2.isoformat()}", "range", how

    def _month_range(self, c: Candidate, p: dict):
        a, b = (p["year"], p["month"]), (p["year2"], p["month2"])
        if b <= a:
            return None
        return f"{a[0]}-{a[1]:02d}/{b[0]}-{b[1]:02d}", "range", "month range"

    def _month_year(self, c: Candidate, p: dict):
        return f"{p['year']}-{p['month']:02d}", "month", "month and year stated"

    def _month(self, c: Candidate, p: dict):
        month, rel = p["month"], p.get("relation")
        if self.dct is None:
            return None, "month", "month without a year, and no publication date to take it from"
        tense = _RELATION_TENSE.get(rel or "") or clause_tense(self.text, c.start, c.end)
        if tense == "present":
            year = self.dct.year
        elif tense == "past":
            year = self.dct.year if month < self.dct.month else self.dct.year - 1
        elif tense == "future":
            year = self.dct.year if month >= self.dct.month else self.dct.year + 1
        else:
            # nearest in months; a tie goes to the past, which news reports more often
            here = self.dct.year * 12 + self.dct.month
            year = min((self.dct.year - 1, self.dct.year, self.dct.year + 1),
                       key=lambda y: (abs(y * 12 + month - here), y * 12 + month > here))
        how = f"{MONTH_NAMES_ID[month]} nearest the publication date"
        if tense in ("past", "future"):
            how += f" in the {tense}"
        return f"{year}-{month:02d}", "month", how

    def _month_of_relative_year(self, c: Candidate, p: dict):
        granularity = "day" if p["day"] else "month"
        if self.dct is None:
            return None, granularity, f"'tahun {p['relation']}' needs a publication date, and the article gives none"
        year = self.dct.year + p["shift"]
        how = f"{MONTH_NAMES_ID[p['month']]} of {year}, 'tahun {p['relation']}' from the publication date"
        if p["day"]:
            d = _safe_date(year, p["month"], p["day"])
            return self._dated(d, f"day {p['day']}, " + how, p) if d else None
        return f"{year}-{p['month']:02d}", "month", how

    def _day(self, c: Candidate, p: dict):
        if self.dct is None:
            return None, "day", "a day of the month, and no publication date to take the month from"
        tense = clause_tense(self.text, c.start, c.end)
        this_month = add_months(self.dct.replace(day=1), 0)
        options = [add_months(this_month, k) for k in (-1, 0, 1)]
        days = [_safe_date(o.year, o.month, p["day"]) for o in options]
        days = [d for d in days if d]
        if tense == "future":
            days = [d for d in days if d >= self.dct] or days
        elif tense == "past":
            days = [d for d in days if d <= self.dct] or days
        if not days:
            return None
        d = min(days, key=lambda d: abs((d - self.dct).days))
        self.reference = d
        return d.isoformat(), "day", f"day {p['day']} of the month nearest the publication date"

    def _anaphoric_day(self, c: Candidate, p: dict):
        anchor, anchor_name = self._anchor("kemudian")
        if anchor is None:
            return None, "day", f"'{p['phrase']}' needs a date before it"
        d = anchor + timedelta(days=p["offset"])
        self.reference = d  # the story has moved on: the next "hari yang sama" means this day
        return d.isoformat(), "day", f"'{p['phrase']}': {p['offset']} day(s) after {anchor_name}"

    def _year_range(self, c: Candidate, p: dict):
        return f"{p['year']}/{p['year2']}", "range", "year range"

    def _quarter(self, c: Candidate, p: dict):
        name = "half" if p["part"].startswith("H") else "quarter"
        return f"{p['year']}-{p['part']}", name, f"{name} {p['part'][1]} of {p['year']}"

    def _year(self, c: Candidate, p: dict):
        return str(p["year"]), "year", "year stated"

    def _decade(self, c: Candidate, p: dict):
        return f"{p['decade']}X", "decade", "decade (-an)"

    def _century(self, c: Candidate, p: dict):
        return f"{p['century'] - 1:02d}", "century", f"century {p['century']}"

    # -- relative to the publication date ----------------------------------
    def _deictic(self, c: Candidate, p: dict):
        offsets = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1,
                   "esok hari": 1, "lusa": 2, "semalam": -1, "tadi malam": -1, "malam tadi": -1}
        offset = offsets.get(p["deictic"], 0)
        if self.dct is None:
            return None, "day", f"'{p['deictic']}' needs a publication date, and the article gives none"
        d = self.dct + timedelta(days=offset)
        return d.isoformat(), "day", f"'{p['deictic']}' from the publication date {self.dct.isoformat()}"

    def _anchor(self, relation: str, unit: str | None = None) -> tuple[date | None, str]:
        if relation in ("kemudian", "setelahnya", "berikutnya", "sebelumnya"):
            if self.story and self.story[1] in _ANCHORS_FOR_UNIT.get(unit or "", ()):
                return self.story[0], f"the {self.story[1]} mentioned before ({self.story[2]})"
            if self.reference:
                return self.reference, f"the date mentioned before ({self.reference.isoformat()})"
        return self.dct, "the publication date"

    def _shift(self, anchor: date, unit: str, n: int) -> tuple[str, str]:
        if unit == "hari":
            return (anchor + timedelta(days=n)).isoformat(), "day"
        if unit in ("pekan", "minggu"):
            return iso_week(anchor + timedelta(weeks=n)), "week"
        if unit == "bulan":
            return add_months(anchor, n).strftime("%Y-%m"), "month"
        if unit == "tahun":
            return str(anchor.year + n), "year"
        if unit in ("dekade", "dasawarsa"):
            return f"{(anchor.year + 10 * n) // 10}X", "decade"
        return f"{(anchor.year + 100 * n) // 100:02d}", "century"

    def _relative_period(self, c: Candidate, p: dict):
        rel = p["relation"]
        sign = {"lalu": -1, "kemarin": -1, "silam": -1, "yang lalu": -1, "sebelumnya": -1,
                "depan": 1, "mendatang": 1, "berikutnya": 1, "ini": 0}[rel]
        anchor, anchor_name = self._anchor(rel, p["unit"])
        if anchor is None:
            return None, "ref", f"'{self.text[c.start:c.end]}' needs a publication date"
        value, granularity = self._shift(anchor, p["unit"], sign)
        if p["weekend"]:
            value += "-WE"
        return value, granularity, f"{p['unit']} {rel} from {anchor_name}"

    def _relative_count(self, c: Candidate, p: dict):
        rel = p["relation"]
        future = rel in ("kemudian", "mendatang", "lagi", "setelahnya", "berikutnya")
        if p["count"] is None:
            value = "FUTURE_REF" if future else "PAST_REF"
            return value, "ref", "a vague number of units " + ("ahead" if future else "ago")
        anchor, anchor_name = self._anchor(rel, p["unit"])
        if anchor is None:
            return None, "ref", f"'{self.text[c.start:c.end]}' needs a publication date"
        value, granularity = self._shift(anchor, p["unit"], p["count"] if future else -p["count"])
        return value, granularity, f"{p['count']} {p['unit']} {'after' if future else 'before'} {anchor_name}"

    def _vague(self, c: Candidate, p: dict):
        word = p["vague"]
        if word in ("dulu", "dahulu", "baru-baru ini", "belum lama ini") or word.endswith("lalu"):
            value = "PAST_REF"
        elif word.startswith("dalam") or word.endswith(("depan", "mendatang")):
            value = "FUTURE_REF"
        else:
            value = "PRESENT_REF"
        return value, "ref", f"'{word}' refers vaguely to the {value.split('_')[0].lower()}"

    def _weekday(self, c: Candidate, p: dict):
        wd = p["weekday"]
        if self.dct is None:
            return None, "day", f"{p['weekday_text']} needs a publication date to find its week"
        if p.get("week"):
            # "Jumat pekan lalu": that weekday in the week before (or after) the publication week
            shift = {"lalu": -7, "depan": 7, "ini": 0}[p["week"]]
            monday = self.dct - timedelta(days=self.dct.weekday()) + timedelta(days=shift)
            d = monday + timedelta(days=wd)
            return d.isoformat(), "day", f"{p['weekday_text']} of the week {p['week']} ({iso_week(d)})"
        rel = p.get("relation")
        tense = {"lalu": "past", "kemarin": "past", "depan": "future", "mendatang": "future",
                 "nanti": "future", "ini": None}.get(rel or "") or clause_tense(self.text, c.start, c.end)
        delta = (wd - self.dct.weekday()) % 7  # days ahead to the next such weekday (0 = today)
        if tense == "future":
            d = self.dct + timedelta(days=delta)
        elif tense == "past":
            d = self.dct - timedelta(days=(7 - delta) % 7)
        else:
            ahead, back = delta, (7 - delta) % 7
            d = self.dct + timedelta(days=ahead) if ahead < back else self.dct - timedelta(days=back)
        how = f"{p['weekday_text']} nearest the publication date ({describe(self.dct)})"
        if tense:
            how += f", in the {tense} as the clause says"
        return d.isoformat(), "day", how
