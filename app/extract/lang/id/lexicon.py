"""Indonesian words for time: months, weekdays, numbers, parts of day and tense cues.

Every table maps a lower-case surface form to its meaning; the grammar builds its
regular expressions from these tables, so a new spelling is added here only.
"""
from __future__ import annotations

import re


def alternation(words) -> str:
    """A regex alternation of `words`, longest first ("dua belas" before "dua", "sept" before "sep")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

MONTHS: dict[str, int] = {
    # full Indonesian names and common misspellings
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
    "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10,
    "november": 11, "nopember": 11, "desember": 12,
    # English names that Indonesian outlets also print
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12,
}
# Abbreviations are only trusted next to a day or a year number.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "mrt": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agst": 8, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
}
ALL_MONTHS = {**MONTHS, **MONTH_ABBREVIATIONS}

MONTH_NAMES_ID = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                  "Agustus", "September", "Oktober", "November", "Desember"]

WEEKDAYS: dict[str, int] = {  # Monday = 0, as datetime.weekday()
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "mingu": 6,  # a typo seen on real news ("pada Mingu (20/10)"), only ever a weekday
}
WEEKDAY_NAMES_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

PARTS_OF_DAY = ["dini hari", "pagi", "siang", "sore", "petang", "malam", "subuh"]

NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
    "tiga belas": 13, "empat belas": 14, "lima belas": 15, "dua puluh": 20,
    "tiga puluh": 30, "empat puluh": 40, "lima puluh": 50, "seratus": 100,
}
# "sehari", "sepekan", "sebulan", "setahun": the prefix se- means one
SE_UNITS = {"sehari": "hari", "sepekan": "pekan", "seminggu": "minggu", "sebulan": "bulan",
            "setahun": "tahun", "sedekade": "dekade", "seabad": "abad"}


# Words that put the clause in the future or the past; used to pick the direction
# of a bare weekday or month ("pada Rabu" after "akan" is the coming Wednesday).
FUTURE_CUES = {"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "berencana",
               "hendak", "nanti", "mendatang", "depan", "segera", "rencana", "diagendakan", "agendanya",
               "menjadwalkan", "merencanakan", "mengagendakan", "terjadwal"}
# a cue word that, after these words, describes a deed instead of saying it lies ahead:
# "pembunuhan berencana" is premeditated murder, not a murder planned
NOT_FUTURE_AFTER = {"berencana": {"pembunuhan", "pembunuh", "pencurian", "penganiayaan"}}
# a cue only after one of these words, a few words before it: "Idul Adha 2023 jatuh pada Kamis, 29 Juni
# 2023", "1 Zulhijah 1444 H jatuh pada Selasa": a day the calendar gives, announced before it comes
# (a plane "jatuh pada Sabtu" fell)
FUTURE_AFTER = {"jatuh": {"adha", "iduladha", "idul", "fitri", "idulfitri", "lebaran", "natal", "raya", "h",
                          "hijriah", "zulhijah", "syawal", "ramadan", "ramadhan", "muharram", "nyepi", "waisak",
                          "imlek", "libur", "cuti", "kemerdekaan", "tahun", "baru", "puasa", "zulhijjah",
                          "dzulhijjah", "arafah", "maulid", "isra", "miraj"}}
FUTURE_AFTER_REACH = 4  # words back
PAST_CUES = {"lalu", "kemarin", "silam", "telah", "sudah", "tadi", "pernah", "sempat", "lampau"}

# Nouns after a four-digit number that make it a count, not a year
COUNT_NOUNS = {
    "orang", "unit", "buah", "ton", "km", "meter", "m", "kg", "gram", "rupiah", "dolar",
    "dollar", "jiwa", "kali", "hektare", "hektar", "ha", "warga", "personel", "pasukan",
    "tentara", "peserta", "kasus", "suara", "kursi", "halaman", "kata", "item", "butir",
    "pucuk", "lembar", "ekor", "batang", "rumah", "keluarga", "siswa", "mahasiswa",
    "pekerja", "karyawan", "liter", "barel", "mw", "kw", "volt", "poin", "persen", "%",
    "x", "mil", "kilometer", "detik", "menit", "jam", "hari", "bulan", "tahun",
    "rudal", "peluru", "senjata", "amunisi", "pesawat", "kapal", "tank", "drone",
}

# Prepositions and temporal words before a bare year that make it a date
YEAR_CUES = ["pada", "sejak", "hingga", "sampai", "awal", "akhir", "pertengahan", "medio",
             "per", "selama", "era", "mulai", "periode", "sebelum", "sesudah", "setelah",
             "menjelang", "jelang", "usai", "dari", "di", "tahun", "thn", "th", "pd", "silam",
             "semenjak", "antara", "musim", "kuartal", "triwulan", "semester", "dekade", "sepanjang"]
# holidays on a fixed day of the Gregorian calendar ("Natal 2023", "Tahun Baru 2024"); the lunar ones
# (Idul Fitri, Imlek, Tahun Baru Islam) move, and are not here
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {"natal": (12, 25), "tahun baru": (1, 1)}

# Relation words as the resolver's neutral relations: relative to the publication date (past,
# next, this) or to the date the story mentioned before (after, before). Defined once: the
# parsers read every relation through this table.
RELATIONS: dict[str, str] = {
    "lalu": "past", "kemarin": "past", "silam": "past", "yang lalu": "past",
    "depan": "next", "mendatang": "next", "nanti": "next", "lagi": "next",
    "ini": "this",
    "kemudian": "after", "setelahnya": "after", "berikutnya": "after",
    "sebelumnya": "before",
}
UNITS: dict[str, str] = {"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
                         "dekade": "decade", "dasawarsa": "decade", "abad": "century"}
# days from the publication date that a deictic word means; the others ("pagi ini", "tadi sore") are that day
DEICTIC_OFFSETS: dict[str, int] = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1,
                                   "esok hari": 1, "lusa": 2, "semalam": -1, "tadi malam": -1, "malam tadi": -1,
                                   "tadi": 0}
# "Oktober tahun lalu": the year from the publication year
YEAR_SHIFTS: dict[str, int] = {"lalu": -1, "kemarin": -1, "ini": 0, "depan": 1, "mendatang": 1}
