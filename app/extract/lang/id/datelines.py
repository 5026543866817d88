"""Indonesian words of datelines and bylines: where an article says when it appeared."""
from __future__ import annotations

from .offices import NOT_IN_OFFICE_AFTER, NOT_IN_OFFICE_BEFORE, OFFICE_TERMS  # noqa: F401 - a dateline cue too

# cues are whole words: "antara" (between) is no outlet, "Nusantara" even less; ANTARA in capitals is
DATELINE_CUES = (
    r"\||(?i:\b(?:diterbitkan|dipublikasikan|published|diperbarui|updated?|posted|dibaca|views?|"
    r"kompas(?:\.com|\.tv|\.id)?|detik(?:com|news|\.com)?|tempo(?:\.co)?|liputan6(?:\.com)?|cnn|okezone|tribun\w*|"
    r"republika|sindonews|suara\.com|kumparan)\b)|\bANTARA\b|\(Antara\)")
# a clock time in a zone right after the date ("12/09/2023, 10:15 WIB"); in a prose sentence it is when
# something happened ("Senin, 21 November 2022 pukul 13.21 WIB"), not when the article appeared
TIME_AFTER = r"[\s,|–-]*(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT|GMT)\b"
# "hari ini, Selasa (22/11/2022)": the text names the day it was written
# ("pagi ini, Selasa 5 September 2023", "Siang ini (01/02)": a part of this day names it too;
# "harı": a dotless i a page's encoding left)
TODAY_BEFORE = r"\b(?:har[iı]\s+ini|hari\s+ini\s+juga|(?:pagi|siang|sore|petang|malam)\s+ini)\s*,?\s*$"
# ... or right after it: "pada Kamis (22/4) hari ini"
TODAY_AFTER = r"\s*har[iı]\s+ini\b"
# "Hari ini, 22 tahun yang lalu, tepatnya 12 Mei 1998": the text was written on the date's anniversary
ANNIVERSARY_BEFORE = (r"\b(?:hari\s+ini|tepat)\s*,?\s*(?P<years>\d{1,3})\s+tahun\s+(?:yang\s+)?(?:lalu|silam)\s*,?\s*"
                      r"(?:tepatnya\s+|yakni\s+|yaitu\s+)?(?:pada\s+)?(?:tanggal\s+)?$")
# ... or inside the date's own extent, when the tagger took "hari ini," with it
# ("hari ini (27/11)" too: the day in brackets after it)
TODAY_AT = r"(?:hari\s+ini|hari\s+ini\s+juga|(?:pagi|siang|sore|petang|malam)\s+ini)\s*(?:,\s*\w|\()"
# a term's years ("periode 2024-2029") are no year the story is in
# ... "Kabinet Merah Putih Tahun 2024-2029", "Presiden Terpilih 2024-2029" name one too
TERM_BEFORE = (r"\b(?:periode|masa\s+(?:jabatan|bakti|kerja|tugas)|kabinet(?:\s+\w+){0,3}|"
               r"(?:presiden|wakil\s+presiden|gubernur|bupati|wali\s*kota|capres|cawapres)\s+terpilih)\s+(?:tahun\s+)?$")
# "hingga 20 Desember": the end of a period, no evidence of when the article appeared
UNTIL_BEFORE = r"\b(?:hingga|sampai|s\.?d\.?|berakhir)\s+(?:tanggal\s+)?$"
# "Minggu (20/10) kemarin": that day was the day before the article
YESTERDAY_AFTER = r"\s*(?:kemarin|kemarin\s+lalu)\b"
# "Kemarin, tanggal 8 Januari 2024": the same, said before the date
YESTERDAY_BEFORE = r"\bkemarin\s*,?\s*(?:tanggal\s+|tgl\.?\s+)?$"
# ... or inside the date's own extent ("konferensi persnya kemarin (10/6)")
YESTERDAY_AT = r"kemarin\s*,?\s*(?:\(|\w)"
# ... or at the end of it, when the tagger took "kemarin" with the weekday ("Sabtu malam kemarin")
YESTERDAY_END = r"\bkemarin$"
# "pertandingan Selasa besok": that day is the day after the article
TOMORROW_AFTER = r"\s*(?:besok|esok(?:\s+hari)?)\b"
TOMORROW_BEFORE = r"\b(?:besok|esok(?:\s+hari)?)\s*,?\s*(?:tanggal\s+|tgl\.?\s+)?$"
# a year inside a name ("Pemilu 2024", "nomor 29/PUU-XXI/2023") is no date, but it tells roughly when the story is
YEAR_HINT = r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d.,]\d)"
# ... and a law's number its year ("UU Nomor 19 Tahun 2019"): the story is that year or later
# ("UU Pilkada Nomor 10/2016" too: a name between, the year after a slash)
LEGAL_YEAR = (r"\b(?:UU|Undang-[Uu]ndang|Perppu|Perpres|PP|Permen\w*|Perda|Perkada|Pergub|Perbup|Keppres|Inpres|"
              r"Perma|Perpol|Perkap|Peraturan)(?:\s+[A-Z][\w-]*){0,2}\s+(?:Nomor|Nomer|No\.?)\s*\d+\s*"
              r"(?:/\s*|[Tt]ahun\s+)(?P<year>(?:19|20)\d\d)\b")
# "30 orang tewas dan 14 luka parah sampai Selasa (2/1/2024)": the count told before the day
AS_OF_BEFORE = (r"\b(?:tewas|meninggal|korban|luka|mengungsi|hilang|jumlah|total|tercatat|terdata|mencapai|"
                r"bertambah)\b[^.;]{0,60}$")
# "hingga Jumat (12/9/2025) pagi, jumlah korban meninggal ...": what was counted up to that day
AS_OF_AFTER = (r"[^.;]{0,25}?(?:,\s*|\s+)(?:jumlah|total|tercatat|terdata|korban|data|sebanyak|mencapai|"
               r"sudah|telah)\b")
# "Artikel ini telah tayang di Kompas.com dengan judul ..., Klik untuk baca: https://regional.kompas.com/
# read/2021/05/23/...": a syndicated article names where it first appeared, and the link holds that day
REPUBLISHED_FROM = (r"\b(?:artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dipublikasikan)|telah\s+tayang\s+di|"
                    r"sudah\s+tayang\s+di)\b")
# a verb before a date on its line (prefixed "me-", "di-", "ber-", "ter-": "mengguncang", "dilantik") makes
# the line a sentence of the story, however many names leave few lower-case words in it
PROSE_VERB = r"\b(?:mem|men|meng|meny|me|di|ber|ter)[a-z]{4,}\b"
