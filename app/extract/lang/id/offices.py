"""Who held an office when, for the year of a date written without one.

"Presiden Joko Widodo ... Sabtu (22/8)" is a Saturday while Joko Widodo was President
(20 Oct 2014 to 20 Oct 2024), so in 2020, not in 2026, the latest year 22 August fell on a
Saturday. Only offices that news names all the time, each with its holder's terms as the
inaugurations and reshuffles fixed them: Indonesia's presidents and vice-presidents, the best-known
ministers of the cabinets since 2014 (one title for all of a person's ministries: "Menteri ..."),
the chiefs of police and of the armed forces, governors, KPK chairs, and leaders abroad whom
Indonesian news names most. A name counts only with its title before it (a portfolio's words may
stand between: "Menteri Kelautan dan Perikanan Edhy Prabowo"), a minister by the full name, and
no word that puts the office in the past ("mantan Presiden Jokowi", "era Presiden SBY",
"Presiden ke-7 Joko Widodo") or the future ("Presiden terpilih Prabowo").
"""
from __future__ import annotations

from datetime import date

_OPEN = date(9999, 12, 31)  # a term still running

_PRESIDENT = r"Presiden(?:\s+(?:RI|Republik\s+Indonesia|Indonesia))?"
_VICE = r"(?:Wakil\s+Presiden|Wapres)(?:\s+(?:RI|Republik\s+Indonesia|Indonesia))?"
_US_PRESIDENT = r"Presiden(?:\s+(?:AS|Amerika(?:\s+Serikat)?))?"

# a minister by any of the titles ("Menkeu", "Menko Polhukam", "Menteri Pendidikan dan Kebudayaan (Mendikbud)"),
# the portfolio's words between title and name
_PORTFOLIO = r"(?:,?\s+(?:[A-Z][\w/'’-]*|dan|RI|\([A-Za-z/]+\))){0,6}?,?"
_MINISTER = r"(?:Menteri|Menko|Men[a-z]{2,})" + _PORTFOLIO
_POLICE_CHIEF = r"Kapolri(?:\s+(?:Jenderal|Jend\.?))?(?:\s+(?:Polisi|Pol\.?|\(Pol\)))?"
_ARMED_FORCES_CHIEF = r"Panglima\s+TNI(?:\s+(?:Jenderal|Laksamana|Marsekal))?(?:\s+TNI)?"
_GOVERNOR = r"(?:(?:Pj|Plt)\.?\s+)?Gubernur" + _PORTFOLIO
_KPK_CHAIR = r"Ketua(?:\s+Sementara)?\s+(?:KPK|Komisi\s+Pemberantasan\s+Korupsi(?:\s+\(KPK\))?)"
_LEADER = r"(?:Presiden|PM|Perdana\s+Menteri|Raja|Ratu|Paus)(?:\s+[A-Z][\w-]*){0,2}?"


def _term(first: tuple[int, int, int], last: tuple[int, int, int] | None = None) -> tuple[date, date]:
    return date(*first), date(*last) if last else _OPEN


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
    # ministers, by their full names: the Kabinet Kerja (from 27 Oct 2014), Indonesia Maju (from 23 Oct 2019)
    # and Merah Putih (from 21 Oct 2024), with the reshuffles between
    (_MINISTER, ("Sri Mulyani Indrawati", "Sri Mulyani"), (_term((2005, 12, 7), (2010, 5, 20)),
                                                           _term((2016, 7, 27), (2025, 9, 8)))),
    (_MINISTER, ("Retno Lestari Priansari Marsudi", "Retno Marsudi", "Retno LP Marsudi"),
     (_term((2014, 10, 27), (2024, 10, 20)),)),
    (_MINISTER, ("Nadiem Anwar Makarim", "Nadiem Makarim"), (_term((2019, 10, 23), (2024, 10, 20)),)),
    (_MINISTER, ("Muhadjir Effendy",), (_term((2016, 7, 27), (2024, 10, 20)),)),
    (_MINISTER, ("Anies Rasyid Baswedan", "Anies Baswedan"), (_term((2014, 10, 27), (2016, 7, 27)),)),
    (_MINISTER, ("Terawan Agus Putranto",), (_term((2019, 10, 23), (2020, 12, 23)),)),
    (_MINISTER, ("Budi Gunadi Sadikin",), (_term((2020, 12, 23)),)),
    (_MINISTER, ("Tito Karnavian", "Muhammad Tito Karnavian"), (_term((2019, 10, 23)),)),
    (_MINISTER, ("Prabowo Subianto",), (_term((2019, 10, 23), (2024, 10, 20)),)),
    (_MINISTER, ("Sjafrie Sjamsoeddin",), (_term((2024, 10, 21)),)),
    (_MINISTER, ("Erick Thohir",), (_term((2019, 10, 23)),)),
    (_MINISTER, ("Basuki Hadimuljono",), (_term((2014, 10, 27), (2024, 10, 20)),)),
    (_MINISTER, ("Budi Karya Sumadi",), (_term((2016, 7, 27), (2024, 10, 20)),)),
    (_MINISTER, ("Mahfud MD", "Mohammad Mahfud MD"), (_term((2019, 10, 23), (2024, 2, 2)),)),
    (_MINISTER, ("Luhut Binsar Pandjaitan", "Luhut B Pandjaitan", "Luhut Pandjaitan"),
     (_term((2015, 8, 12), (2024, 10, 20)),)),
    (_MINISTER, ("Airlangga Hartarto",), (_term((2016, 7, 27)),)),
    (_MINISTER, ("Yaqut Cholil Qoumas",), (_term((2020, 12, 23), (2024, 10, 20)),)),
    (_MINISTER, ("Lukman Hakim Saifuddin", "Lukman Hakim Syaifuddin"), (_term((2014, 6, 9), (2019, 10, 20)),)),
    (_MINISTER, ("Susi Pudjiastuti",), (_term((2014, 10, 27), (2019, 10, 20)),)),
    (_MINISTER, ("Edhy Prabowo",), (_term((2019, 10, 23), (2020, 11, 26)),)),
    (_MINISTER, ("Juliari Batubara", "Juliari Peter Batubara", "Juliari P Batubara", "Juliari P. Batubara"),
     (_term((2019, 10, 23), (2020, 12, 6)),)),
    (_MINISTER, ("Ignasius Jonan",), (_term((2014, 10, 27), (2019, 10, 20)),)),
    (_MINISTER, ("Hadi Tjahjanto",), (_term((2022, 6, 15), (2024, 10, 20)),)),
    # the chiefs of police and of the armed forces
    (_POLICE_CHIEF, ("Tito Karnavian", "Muhammad Tito Karnavian"), (_term((2016, 7, 13), (2019, 10, 22)),)),
    (_POLICE_CHIEF, ("Idham Azis",), (_term((2019, 11, 1), (2021, 1, 27)),)),
    (_POLICE_CHIEF, ("Listyo Sigit Prabowo", "Listyo Sigit"), (_term((2021, 1, 27)),)),
    (_ARMED_FORCES_CHIEF, ("Hadi Tjahjanto",), (_term((2017, 12, 8), (2021, 11, 17)),)),
    (_ARMED_FORCES_CHIEF, ("Andika Perkasa",), (_term((2021, 11, 17), (2022, 12, 19)),)),
    (_ARMED_FORCES_CHIEF, ("Yudo Margono",), (_term((2022, 12, 19), (2023, 11, 22)),)),
    (_ARMED_FORCES_CHIEF, ("Agus Subiyanto",), (_term((2023, 11, 22)),)),
    # governors, KPK chairs
    (_GOVERNOR, ("Basuki Tjahaja Purnama", "Ahok"), (_term((2014, 11, 19), (2017, 5, 9)),)),
    (_GOVERNOR, ("Anies Rasyid Baswedan", "Anies Baswedan", "Anies"), (_term((2017, 10, 16), (2022, 10, 16)),)),
    (_GOVERNOR, ("Heru Budi Hartono", "Heru Budi"), (_term((2022, 10, 17), (2024, 10, 18)),)),
    (_GOVERNOR, ("Ridwan Kamil",), (_term((2018, 9, 5), (2023, 9, 5)),)),
    (_GOVERNOR, ("Ganjar Pranowo",), (_term((2013, 8, 23), (2023, 9, 5)),)),
    (_GOVERNOR, ("Dedi Mulyadi",), (_term((2025, 2, 20)),)),
    (_GOVERNOR, ("Pramono Anung",), (_term((2025, 2, 20)),)),
    (_KPK_CHAIR, ("Agus Rahardjo",), (_term((2015, 12, 21), (2019, 12, 20)),)),
    (_KPK_CHAIR, ("Firli Bahuri",), (_term((2019, 12, 20), (2023, 11, 24)),)),
    (_KPK_CHAIR, ("Setyo Budiyanto",), (_term((2024, 12, 20)),)),
    # leaders abroad
    (_LEADER, ("Emmanuel Macron", "Macron"), (_term((2017, 5, 14)),)),
    (_LEADER, ("Volodymyr Zelensky", "Zelensky", "Zelenskyy"), (_term((2019, 5, 20)),)),
    (_LEADER, ("Anwar Ibrahim",), (_term((2022, 11, 24)),)),
    (_LEADER, ("Shinzo Abe",), (_term((2012, 12, 26), (2020, 9, 16)),)),
    (_LEADER, ("Fumio Kishida", "Kishida"), (_term((2021, 10, 4), (2024, 10, 1)),)),
    (_LEADER, ("Boris Johnson",), (_term((2019, 7, 24), (2022, 9, 6)),)),
    (_LEADER, ("Rishi Sunak", "Sunak"), (_term((2022, 10, 25), (2024, 7, 5)),)),
    (_LEADER, ("Keir Starmer", "Starmer"), (_term((2024, 7, 5)),)),
    (_LEADER, ("Jacinda Ardern", "Ardern"), (_term((2017, 10, 26), (2023, 1, 25)),)),
    (_LEADER, ("Scott Morrison",), (_term((2018, 8, 24), (2022, 5, 23)),)),
    (_LEADER, ("Anthony Albanese", "Albanese"), (_term((2022, 5, 23)),)),
    (_LEADER, ("Rodrigo Duterte", "Duterte"), (_term((2016, 6, 30), (2022, 6, 30)),)),
    (_LEADER, ("Moon Jae-in",), (_term((2017, 5, 10), (2022, 5, 10)),)),
    (_LEADER, ("Yoon Suk Yeol", "Yoon Suk-yeol"), (_term((2022, 5, 10), (2025, 4, 4)),)),
    (_LEADER, ("Narendra Modi", "Modi"), (_term((2014, 5, 26)),)),
    (_LEADER, ("Elizabeth II", "Elizabeth"), (_term((1952, 2, 6), (2022, 9, 8)),)),
    (_LEADER, ("Charles III",), (_term((2022, 9, 8)),)),
    (_LEADER, ("Fransiskus",), (_term((2013, 3, 13), (2025, 4, 21)),)),
    (_LEADER, ("Leo XIV",), (_term((2025, 5, 8)),)),
)

# words before a title that put its holder's office in the past or make it a reference to an era
NOT_IN_OFFICE_BEFORE = (r"(?:\b(?:mantan|eks|bekas|almarhum|alm\.|era|zaman|jaman|masa|semasa|pemerintahan|"
                        r"kepemimpinan|periode|kala|ketika|saat|sewaktu|dulu|dahulu|mendiang)\s+$|\beks-$)")
# words after the name that do the same: "Presiden ke-7", "Presiden terpilih", "Presiden periode 2014-2019"
NOT_IN_OFFICE_AFTER = r"^\s*(?:ke-?\s*\d|terpilih|periode|masa\s+jabatan|\d{4})"
