"""Turn candidates into TIMEX3 values, anchored on the publication date.

Language-neutral: a language's parsers give `DateParts` with neutral units and relations,
and each of its rules names the resolver here that reads them (`Rule.resolver`). Each
resolver returns (value, granularity, explanation). Expressions that need an anchor the
article lacks resolve to value None: never to today's date.
"""
from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

from .model import Timex
from .parts import Candidate, DateParts

# the granularities a story moves by, and which of them a shift by a unit can count from:
# a year after a day, a month or a year; a month after a day or a month; days and weeks
# only after a day stated outright (`Resolver.reference`)
_STORY_GRANULARITIES = ("day", "month", "year")
_ANCHORS_FOR_UNIT = {"month": ("day", "month"), "year": _STORY_GRANULARITIES, "decade": _STORY_GRANULARITIES,
                     "century": _STORY_GRANULARITIES}

# the side of the publication date that a relation puts a day or month on
RELATION_TENSE = {"past": "past", "next": "future", "this": "present"}
# relations counted from the date the story mentioned before, not from the publication date
_STORY_RELATIONS = ("after", "before")
_WEEKDAY_REACH = 183  # days from publication within which a stated weekday picks the year
_SIGN = {"past": -1, "before": -1, "next": 1, "after": 1, "this": 0}


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


_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ENGLISH_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


_PART_PAST = {"early": 3, "mid": 18}  # the day of the month by which its early or middle part is past


class Resolver:
    """Resolves one article's candidates in text order.

    `reference` is the last explicit day-precision date seen, the anchor of
    anaphoric expressions such as "two days later". `story` is the last day, month
    or year the text moved to, however it got there: the anchor of coarser ones
    ("in 2017 ... a year later", "three months later ... a month before").
    """

    def __init__(self, text: str, dct: date | None, tense: Callable[[str, int, int], str | None],
                 month_first: Candidate | None = None, month_first_reason: str = "",
                 weekday_names: tuple[str, ...] = _ENGLISH_WEEKDAYS, month_names: tuple[str, ...] = _ENGLISH_MONTHS):
        """`tense` tells the side of the publication date a clause is on (the language's
        `clause_tense`); `month_first` is a numeric date (a blog footer) that the text's own dates
        say to read month first, for the reason given. Explanations name days and months in the
        article's language (`weekday_names` from Monday, `month_names` from index 1)."""
        self.text = text
        self.dct = dct
        self.tense = tense
        self.month_first = month_first
        self.month_first_reason = month_first_reason
        self.weekday_names = weekday_names
        self.month_names = month_names
        self.reference: date | None = None
        self.story: tuple[date, str, str] | None = None  # first day, granularity, value

    def describe(self, d: date) -> str:
        return f"{self.weekday_names[d.weekday()]} {d.day} {self.month_names[d.month]} {d.year}"

    # -- entry point -------------------------------------------------------
    def resolve(self, cand: Candidate) -> Timex | None:
        result = cand.resolver(self, cand, cand.parts)
        if result is None:
            return None
        value, granularity, explanation = result[:3]
        conflict = result[3] if len(result) > 3 else None
        if value and granularity in _STORY_GRANULARITIES and value[:4].isdigit():
            self.story = (date(int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1)), granularity, value)
        return Timex(start=cand.start, end=cand.end, text=self.text[cand.start:cand.end], value=value,
                     granularity=granularity, rule=cand.rule, explanation=explanation,
                     type="DATE", stated_weekday=cand.parts.weekday_text, weekday_conflict=conflict)

    # -- explicit dates ----------------------------------------------------
    def _check_weekday(self, d: date, parts: DateParts) -> str | None:
        if parts.weekday is None or parts.weekday == d.weekday():
            return None
        return (f"the text says {parts.weekday_text}, but {d.isoformat()} was a "
                f"{self.weekday_names[d.weekday()]}; the explicit date is kept")

    def _dated(self, d: date, explanation: str, parts: DateParts):
        self.reference = d
        conflict = self._check_weekday(d, parts)
        if parts.weekday is not None and not conflict:
            explanation += f"; {parts.weekday_text} agrees"
        return d.isoformat(), "day", explanation, conflict

    def full_date(self, c: Candidate, p: DateParts):
        d = _safe_date(p.year, p.month, p.day)
        if d is None:
            return None
        return self._dated(d, "day, month and year stated", p)

    def numeric(self, c: Candidate, p: DateParts):
        day, month = p.day, p.month
        how = "numeric date, day first as Indonesian writes it"
        if month > 12 and day <= 12:
            day, month = month, day
            how = "numeric date read month first (the second number cannot be a month)"
        if c is self.month_first:
            day, month = month, day
            how = self.month_first_reason
        if p.year:
            d = _safe_date(p.year, month, day)
            return self._dated(d, how, p) if d else None
        # "Pada Senin (11/5) lalu" in a report of December: the May before, not the May to come
        return self._day_month_without_year(day, month, p, self._tense(c, p.relation))

    def _tense(self, c: Candidate, relation: str | None) -> str | None:
        return RELATION_TENSE.get(relation or "") or self.tense(self.text, c.start, c.end)

    def day_month(self, c: Candidate, p: DateParts):
        # "1 October to come", "will be held on 1 October": the year that puts the day on that
        # side of the publication date (in March, last year's 1 October is the nearer one)
        return self._day_month_without_year(p.day, p.month, p, self._tense(c, p.relation))

    def listed_day(self, c: Candidate, p: DateParts):
        """A day of a list that the last day's month and year (or 'last year') complete."""
        if p.year:
            d = _safe_date(p.year, p.month, p.day)
            return self._dated(d, f"a day listed before {self.month_names[p.month]} {p.year}", p) if d else None
        if p.year_shift is not None:
            return self.month_of_relative_year(c, p)
        return self.day_month(c, p)

    def consecutive_days(self, c: Candidate, p: DateParts):
        """Days in a row of one month: the last day resolved as a listed day is, and the first
        day of the span in its month and year."""
        last = self.listed_day(c, replace(p, day=p.day2, day2=None, month2=None))
        if last is None or last[0] is None or not last[0][:4].isdigit():
            return last
        end = date.fromisoformat(last[0])
        start = _safe_date(end.year, end.month, p.day)
        if start is None:
            return None
        return f"{start.isoformat()}/{end.isoformat()}", "range", f"days in a row: {last[2]}"

    def _day_month_without_year(self, day: int, month: int, p: DateParts, tense: str | None = None):
        if self.dct is None:
            if _safe_date(2000, month, day) is None:
                return None
            # TIMEX3's unknown year: the day and month are data (another source may give the year)
            return f"XXXX-{month:02d}-{day:02d}", "day", ("day and month without a year, and no publication "
                                                          "date to take it from")
        options = [d for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)
                   if (d := _safe_date(y, month, day))]
        if not options:
            return None
        # a stated weekday outweighs tense cues, within half a year: "Wednesday (28/1)" in a report of
        # 1 Feb 2025 is a misprinted Tuesday, not Wednesday 28 Jan 2026
        agreeing = [d for d in options if p.weekday is not None and d.weekday() == p.weekday
                    and abs((d - self.dct).days) <= _WEEKDAY_REACH]
        if agreeing:
            d = min(agreeing, key=lambda d: abs((d - self.dct).days))
            self.reference = d
            return d.isoformat(), "day", (f"day/month + year {d.year} from the publication date "
                                          f"{self.dct.isoformat()}; {p.weekday_text} agrees")
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
    def day_range(self, c: Candidate, p: DateParts):
        year = p.year or (self.dct.year if self.dct else None)
        if year is None:
            return None, "range", "day range without a year, and no publication date to take it from"
        d1 = _safe_date(year, p.month, p.day)
        d2 = _safe_date(p.year2 or year, p.month2, p.day2)
        if not d1 or not d2 or d2 < d1:
            return None
        how = "day range" + (" with its year" if p.year else f", year {year} from the publication date")
        return f"{d1.isoformat()}/{d2.isoformat()}", "range", how

    def month_range(self, c: Candidate, p: DateParts):
        a, b = (p.year, p.month), (p.year2, p.month2)
        if b <= a:
            return None
        return f"{a[0]}-{a[1]:02d}/{b[0]}-{b[1]:02d}", "range", "month range"

    def month_year(self, c: Candidate, p: DateParts):
        return f"{p.year}-{p.month:02d}", "month", "month and year stated"

    def month(self, c: Candidate, p: DateParts):
        month = p.month
        if self.dct is None:
            return None, "month", "month without a year, and no publication date to take it from"
        tense = self._tense(c, p.relation)
        if tense == "present":
            year = self.dct.year
        elif tense == "past":
            # "awal September" in a story of 7 September: the part of this month already past
            done = month == self.dct.month and self.dct.day >= _PART_PAST.get(p.part or "", 32)
            year = self.dct.year if month < self.dct.month or done else self.dct.year - 1
        elif tense == "future":
            year = self.dct.year if month >= self.dct.month else self.dct.year + 1
        else:
            # nearest in months; a tie goes to the past, which news reports more often
            here = self.dct.year * 12 + self.dct.month
            year = min((self.dct.year - 1, self.dct.year, self.dct.year + 1),
                       key=lambda y: (abs(y * 12 + month - here), y * 12 + month > here))
        how = f"{self.month_names[month]} nearest the publication date"
        if tense in ("past", "future"):
            how += f" in the {tense}"
        return f"{year}-{month:02d}", "month", how

    def month_of_relative_year(self, c: Candidate, p: DateParts):
        granularity = "day" if p.day else "month"
        if self.dct is None:
            return None, granularity, f"'{p.relation_text}' needs a publication date, and the article gives none"
        year = self.dct.year + p.year_shift
        how = f"{self.month_names[p.month]} of {year}, '{p.relation_text}' from the publication date"
        if p.day:
            d = _safe_date(year, p.month, p.day)
            return self._dated(d, f"day {p.day}, " + how, p) if d else None
        return f"{year}-{p.month:02d}", "month", how

    def day(self, c: Candidate, p: DateParts):
        if self.dct is None:
            return None, "day", "a day of the month, and no publication date to take the month from"
        tense = self.tense(self.text, c.start, c.end)
        this_month = self.dct.replace(day=1)
        options = [add_months(this_month, k) for k in (-1, 0, 1)]
        days = [_safe_date(o.year, o.month, p.day) for o in options]
        days = [d for d in days if d]
        if tense == "future":
            days = [d for d in days if d >= self.dct] or days
        elif tense == "past":
            days = [d for d in days if d <= self.dct] or days
        if not days:
            return None
        d = min(days, key=lambda d: abs((d - self.dct).days))
        self.reference = d
        return d.isoformat(), "day", f"day {p.day} of the month nearest the publication date"

    def anaphoric_day(self, c: Candidate, p: DateParts):
        anchor, anchor_name = self._anchor("after")
        if anchor is None:
            return None, "day", f"'{p.phrase}' needs a date before it"
        d = anchor + timedelta(days=p.offset)
        self.reference = d  # the story has moved on: the next "the same day" means this day
        return d.isoformat(), "day", (f"'{p.phrase}': {abs(p.offset)} day(s) {'before' if p.offset < 0 else 'after'} "
                                      f"{anchor_name}")

    def year_range(self, c: Candidate, p: DateParts):
        if p.decade is not None:
            return f"{p.year}/{p.decade}X", "range", "from a year to a decade (-an)"
        return f"{p.year}/{p.year2}", "range", "year range"

    def quarter(self, c: Candidate, p: DateParts):
        name = "half" if p.part.startswith("H") else "quarter"
        return f"{p.year}-{p.part}", name, f"{name} {p.part[1]} of {p.year}"

    def week_of_year(self, c: Candidate, p: DateParts):
        return f"{p.year}-{p.part}", "week", f"week {int(p.part[1:])} of {p.year}"

    def year(self, c: Candidate, p: DateParts):
        return str(p.year), "year", "year stated"

    def decade(self, c: Candidate, p: DateParts):
        return f"{p.decade}X", "decade", "decade (-an)"

    def century(self, c: Candidate, p: DateParts):
        return f"{p.century - 1:02d}", "century", f"century {p.century}"

    # -- relative to the publication date ----------------------------------
    def deictic(self, c: Candidate, p: DateParts):
        if self.dct is None:
            return None, "day", f"'{p.phrase}' needs a publication date, and the article gives none"
        d = self.dct + timedelta(days=p.deictic_offset or 0)
        return d.isoformat(), "day", f"'{p.phrase}' from the publication date {self.dct.isoformat()}"

    def _anchor(self, relation: str, unit: str | None = None) -> tuple[date | None, str]:
        if relation in _STORY_RELATIONS:
            if self.story and self.story[1] in _ANCHORS_FOR_UNIT.get(unit or "", ()):
                return self.story[0], f"the {self.story[1]} mentioned before ({self.story[2]})"
            if self.reference:
                return self.reference, f"the date mentioned before ({self.reference.isoformat()})"
        return self.dct, "the publication date"

    def _shift(self, anchor: date, unit: str, n: int) -> tuple[str, str]:
        if unit == "day":
            return (anchor + timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return iso_week(anchor + timedelta(weeks=n)), "week"
        if unit == "month":
            return add_months(anchor, n).strftime("%Y-%m"), "month"
        if unit == "year":
            return str(anchor.year + n), "year"
        if unit == "decade":
            return f"{(anchor.year + 10 * n) // 10}X", "decade"
        return f"{(anchor.year + 100 * n) // 100:02d}", "century"

    def relative_period(self, c: Candidate, p: DateParts):
        anchor, anchor_name = self._anchor(p.relation, p.unit)
        if anchor is None:
            return None, "ref", f"'{self.text[c.start:c.end]}' needs a publication date"
        value, granularity = self._shift(anchor, p.unit, _SIGN[p.relation])
        if p.weekend:
            value += "-WE"
        return value, granularity, f"{p.unit_text} {p.relation_text} from {anchor_name}"

    def same_day_years_ago(self, c: Candidate, p: DateParts):
        if self.dct is None:
            return None, "day", f"'{self.text[c.start:c.end]}' needs a publication date"
        year = self.dct.year - p.count
        d = _safe_date(year, self.dct.month, self.dct.day) or _safe_date(year, self.dct.month, self.dct.day - 1)
        return d.isoformat(), "day", f"the publication day {self.dct.isoformat()}, {p.count} years before"

    def relative_count(self, c: Candidate, p: DateParts):
        future = p.relation in ("after", "next")
        if p.count is None:
            value = "FUTURE_REF" if future else "PAST_REF"
            return value, "ref", "a vague number of units " + ("ahead" if future else "ago")
        anchor, anchor_name = self._anchor(p.relation, p.unit)
        if anchor is None:
            return None, "ref", f"'{self.text[c.start:c.end]}' needs a publication date"
        value, granularity = self._shift(anchor, p.unit, p.count if future else -p.count)
        return value, granularity, f"{p.count} {p.unit_text} {'after' if future else 'before'} {anchor_name}"

    def vague(self, c: Candidate, p: DateParts):
        value = f"{p.vague.upper()}_REF"
        return value, "ref", f"'{p.phrase}' refers vaguely to the {p.vague}"

    def weekday(self, c: Candidate, p: DateParts):
        wd = p.weekday
        if self.dct is None:
            return None, "day", f"{p.weekday_text} needs a publication date to find its week"
        if p.week_relation:
            # "Friday last week": that weekday in the week before (or after) the publication week
            shift = 7 * _SIGN[p.week_relation]
            monday = self.dct - timedelta(days=self.dct.weekday()) + timedelta(days=shift)
            d = monday + timedelta(days=wd)
            return d.isoformat(), "day", f"{p.weekday_text} of the {p.week_relation} week ({iso_week(d)})"
        # "this Monday" says nothing of the side: the clause decides, as for a bare weekday
        tense = ({"past": "past", "next": "future"}.get(p.relation or "")
                 or self.tense(self.text, c.start, c.end))
        delta = (wd - self.dct.weekday()) % 7  # days ahead to the next such weekday (0 = today)
        if tense == "future":
            d = self.dct + timedelta(days=delta)
        elif tense == "past":
            d = self.dct - timedelta(days=(7 - delta) % 7)
        else:
            ahead, back = delta, (7 - delta) % 7
            d = self.dct + timedelta(days=ahead) if ahead < back else self.dct - timedelta(days=back)
        how = f"{p.weekday_text} nearest the publication date ({self.describe(self.dct)})"
        if tense:
            how += f", in the {tense} as the clause says"
        self.reference = d  # "gempa pertama terjadi pada Minggu ... Gempa kedua pada hari sama": that Sunday
        return d.isoformat(), "day", how
