"""Who held an office when, for the year of a date written without one.

"Presiden Joko Widodo ... Sabtu (22/8)" is a Saturday while Joko Widodo was President
(20 Oct 2014 to 20 Oct 2024), so in 2020, not in 2026, the latest year 22 August fell on a
Saturday. Only offices that news names all the time, each with its holder's terms as the
constitution and the inaugurations fixed them: Indonesia's presidents and vice-presidents,
and the presidents of the United States. A name counts only with its title right before it
and no word that puts the office in the past ("mantan Presiden Jokowi", "era Presiden SBY",
"Presiden ke-7 Joko Widodo") or the future ("Presiden terpilih Prabowo").
"""
from __future__ import annotations

from datetime import date

_OPEN = date(9999, 12, 31)  # a term still running

_PRESIDENT = r"Presiden(?:\s+(?:RI|Republik\s+Indonesia|Indonesia))?"
_VICE = r"(?:Wakil\s+Presiden|Wapres)(?:\s+(?:RI|Republik\s+Indonesia|Indonesia))?"
_US_PRESIDENT = r"Presiden(?:\s+(?:AS|Amerika(?:\s+Serikat)?))?"

# (title, the holder's names as news writes them, terms)
OFFICE_TERMS: tuple[tuple[str, tuple[str, ...], tuple[tuple[date, date], ...]], ...] = (
    (_PRESIDENT, ("Megawati Soekarnoputri", "Megawati"), ((date(2001, 7, 23), date(2004, 10, 20)),)),
    (_PRESIDENT, ("Susilo Bambang Yudhoyono", "SBY"), ((date(2004, 10, 20), date(2014, 10, 20)),)),
    (_PRESIDENT, ("Joko Widodo", "Jokowi"), ((date(2014, 10, 20), date(2024, 10, 20)),)),
    (_PRESIDENT, ("Prabowo Subianto", "Prabowo"), ((date(2024, 10, 20), _OPEN),)),
    (_VICE, ("Jusuf Kalla", "JK"), ((date(2004, 10, 20), date(2009, 10, 20)), (date(2014, 10, 20), date(2019, 10, 20)))),
    (_VICE, ("Boediono",), ((date(2009, 10, 20), date(2014, 10, 20)),)),
    (_VICE, ("Ma'ruf Amin", "Maruf Amin", "Ma’ruf Amin"), ((date(2019, 10, 20), date(2024, 10, 20)),)),
    (_VICE, ("Gibran Rakabuming Raka", "Gibran Rakabuming", "Gibran"), ((date(2024, 10, 20), _OPEN),)),
    (_US_PRESIDENT, ("Barack Obama", "Obama"), ((date(2009, 1, 20), date(2017, 1, 20)),)),
    (_US_PRESIDENT, ("Donald Trump", "Trump"), ((date(2017, 1, 20), date(2021, 1, 20)), (date(2025, 1, 20), _OPEN))),
    (_US_PRESIDENT, ("Joe Biden", "Biden"), ((date(2021, 1, 20), date(2025, 1, 20)),)),
)

# words before a title that put its holder's office in the past or make it a reference to an era
NOT_IN_OFFICE_BEFORE = (r"(?:\b(?:mantan|eks|bekas|almarhum|alm\.|era|zaman|jaman|masa|semasa|pemerintahan|"
                        r"kepemimpinan|periode|kala|ketika|saat|sewaktu|dulu|dahulu)\s+$|\beks-$)")
# words after the name that do the same: "Presiden ke-7", "Presiden terpilih", "Presiden periode 2014-2019"
NOT_IN_OFFICE_AFTER = r"^\s*(?:ke-?\s*\d|terpilih|periode|masa\s+jabatan|\d{4})"
