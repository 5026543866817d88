"""The regex building blocks the date rules and their parsers share: a weekday, a part of the day,
a month, a year, a day, the words that join a range, a numeric date."""
from __future__ import annotations

from .lexicon import ALL_MONTHS, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, alternation

WD = r"(?P<wd>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|mingu|ahad)"
TOD = r"(?:\s+(?P<tod>" + alternation(PARTS_OF_DAY) + r"))?"
# a part of the day after the date ("Minggu 12/5 pagi"): part of the expression, no part of its value
PART_OF_DAY_AFTER = r"(?:\s+(?:" + alternation(PARTS_OF_DAY) + r")\b)?"
MON_FULL = r"(?P<m>" + alternation(MONTHS) + r")"
DAY_MONTH_RELATION = r"(?:\s+(?P<rel>lalu|kemarin|depan|mendatang|nanti|ini))?"
MON_ANY = r"(?P<m>" + alternation(ALL_MONTHS) + r")\.?"
YEAR = r"(?P<y>1[0-9]\d\d|20\d\d)"
DAY = r"(?P<d>[0-3]?\d)"
RANGE_WORD = r"(?:\s*[-–—]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|sd)\s+)"
NUM_WORD = alternation(NUMBER_WORDS)
UNIT = r"(?P<unit>hari|pekan|minggu|bulan|tahun|dekade|dasawarsa|abad)"
DATE_WORD = r"(?:(?:tanggal|tgl\.?)\s+)?"
PAREN_DAY_RANGE = (r"\(\s*" + DAY + r"\s*[-–]\s*(?P<d2>[0-3]?\d)\s*/\s*(?P<mo>[01]?\d)"
                   r"(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)")
# day first; the lookahead also accepts a blog footer's "9/11/20231 min read", where the year runs into the next line
NUMERIC_DATE = (DAY + r"(?P<sep>[/.-])(?P<mo>[01]?\d)(?P=sep)(?P<y>1[0-9]\d\d|20\d\d)"
                r"(?:(?![\d/]|[.,-]\d)|(?=\d{1,2}\s*(?:min|menit)\s+(?:read|baca)))")
