"""How a date was reached, in the reader's language: the extractor explains each date in English
("day/month + year 2024 from the publication date ..."); the Indonesian UI words it in Indonesian.

A glossary of the extractor's phrases (app/extract/resolve.py), longest first, so that a new
phrasing there degrades to a partly translated tooltip rather than a broken one. Names of days
and months are the article's own (Indonesian) and stay as they are.
"""
from __future__ import annotations

import re

_PHRASES_ID = {
    "the text says": "teks menyebut",
    "decoded from": "dibaca dari penyandian",  # an upload's note on its encoding (app/sources.py)
    "sources give": "sumber menyebut",
    "the explicit date is kept": "tanggal yang tertulis dipakai",
    "was a": "jatuh pada hari",
    "but": "padahal",
    "day, month and year stated": "hari, bulan, dan tahun disebut",
    "month and year stated": "bulan dan tahun disebut",
    "year stated": "tahun disebut",
    "numeric date, day first as Indonesian writes it": "tanggal angka, hari lebih dulu seperti lazimnya dalam "
                                                       "bahasa Indonesia",
    "numeric footer date read month/day/year, as the text's dates agree": "tanggal angka di catatan kaki dibaca "
                                                                          "bulan/hari/tahun, sesuai tanggal-tanggal "
                                                                          "dalam teks",
    "needs a publication date, and the article gives none": "memerlukan tanggal terbit, dan artikel tidak "
                                                            "mencantumkannya",
    "needs a publication date to find its week": "memerlukan tanggal terbit untuk menemukan pekannya",
    "needs a publication date": "memerlukan tanggal terbit",
    "needs a date before it": "memerlukan tanggal sebelumnya",
    "and no publication date to take it from": "dan tidak ada tanggal terbit untuk melengkapinya",
    "and no publication date to take the month from": "dan tidak ada tanggal terbit untuk mengambil bulannya",
    "day and month without a year": "hari dan bulan tanpa tahun",
    "day range without a year": "rentang hari tanpa tahun",
    "month without a year": "bulan tanpa tahun",
    "a day of the month": "tanggal dalam bulan",
    "of the month nearest the publication date": "pada bulan terdekat dengan tanggal terbit",
    "nearest the publication date": "terdekat dengan tanggal terbit",
    "from the publication date": "dari tanggal terbit",
    "the publication date": "tanggal terbit",
    "the date mentioned before": "tanggal yang disebut sebelumnya",
    "mentioned before": "yang disebut sebelumnya",
    "a vague number of units ahead": "sejumlah waktu yang tak tentu ke depan",
    "a vague number of units ago": "sejumlah waktu yang tak tentu yang lalu",
    "refers vaguely to the present": "merujuk secara samar ke masa kini",
    "refers vaguely to the past": "merujuk secara samar ke masa lalu",
    "refers vaguely to the future": "merujuk secara samar ke masa depan",
    "as the clause says": "seperti kata klausanya",
    "in its year": "dalam tahunnya",
    "in the past": "di masa lalu",
    "in the future": "di masa depan",
    "in the present": "di masa kini",
    "with its year": "dengan tahunnya",
    "a day listed before": "hari yang disebut sebelum",
    "day/month + year": "hari/bulan + tahun",
    "day range": "rentang hari",
    "month range": "rentang bulan",
    "year range": "rentang tahun",
    "decade (-an)": "dekade (-an)",
    "no date in the sentence": "tidak ada tanggal dalam kalimat",
    "day(s) after": "hari setelah",
    "after": "setelah",
    "before": "sebelum",
    "agrees": "cocok",
    "of the": "pada",
    "week": "pekan",
    "quarter": "kuartal",
    "half": "semester",
    "century": "abad",
    "year": "tahun",
    "month": "bulan",
    "day": "hari",
    "of": "dari",
}
_PATTERN = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in sorted(_PHRASES_ID, key=len, reverse=True)))


def explain(text: str, lang: str) -> str:
    """An extractor's explanation in `lang`: as it is in English, through the glossary in Indonesian."""
    if lang == "en" or not text:
        return text
    return _PATTERN.sub(lambda m: _PHRASES_ID[m.group()], text)
