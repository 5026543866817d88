"""Publication date (DCT) found in the article itself."""
from __future__ import annotations

from datetime import date

import pytest

from app.extract.timex import tag_timexes

BODY = "Paragraf pertama berita.\nParagraf kedua berita.\nParagraf ketiga berita.\n"

CASES = [
    ("Judul\nKompas dunia | 6 September 2023, 07:05 WIBSEOUL, KOMPAS.TV - Seorang pejabat", date(2023, 9, 6), "dateline"),
    ("Judul berita\nSelasa, 5 September 2023 14:30 WIB\nJAKARTA, KOMPAS.com - Presiden", date(2023, 9, 5), "dateline"),
    ("Judul\nDiterbitkan 12/03/2024, 10:00 WIB\nIsi berita.", date(2024, 3, 12), "dateline"),
    ("Judul\nJakarta (ANTARA) - Presiden bertemu pada Senin (11/9).\n" + BODY + "\nDiperbarui 11 September 2023",
     date(2023, 9, 11), "footer"),
    # a blog footer, month first: the weekdays in the text decide the order
    ("Kim tiba pada hari Senin (11/9). Pertemuan Selasa (12/9).\n" + BODY + "adnan\n9/11/20231 min read\n",
     date(2023, 9, 11), "footer"),
    # a blog footer, day first, when that is what the text agrees with
    ("Kim tiba pada hari Kamis (9/11). Lalu pulang.\n" + BODY + "adnan\n9/11/2023\n", date(2023, 11, 9), "footer"),
    ("Putin tiba di Pyongyang pada Rabu pagi (19 Juni 2024). Ia disambut Kim.", date(2024, 6, 19), "inferred"),
    # "kemarin (10/6)" as one expression: that day was yesterday, and the text's year is its year
    ("Judul\nBPS mencatat inflasi pada Mei 2019 sebesar 0,68 persen. Kepala BPS saat konferensi persnya "
     "kemarin (10/6) mengatakan inflasi terkendali.\n" + BODY, date(2019, 6, 11), "inferred"),
    # a syndicated article's credit line links to where it first appeared: the link holds the day
    ("Judul\nNapi terlibat bentrok dengan polisi, Selasa (8/5/2018) malam.\n" + BODY + "Artikel ini telah "
     "tayang di Tribunnews.com dengan judul 5 Polisi Tewas, http://www.tribunnews.com/nasional/2018/05/09/5-polisi",
     date(2018, 5, 9), "footer"),
    ("Judul\nWarga menolak pemakaman pada Minggu (23/5/2021).\n" + BODY + "Artikel ini telah tayang di "
     "Kompas.com dengan judul \"Bongkar Makam\", Klik untuk baca: https://regional.kompas.com/read/2021/05/23/140132278/bongkar",
     date(2021, 5, 23), "footer"),
]


CHRONOLOGY = ("Berikut kronologi kasus Baiq yang dirangkum detikcom, Jumat (5/7/2019):\nTahun 2012\n"
              "Nuril menerima telepon dari Kepsek M.\n27 Maret 2017\nNuril ditahan oleh polisi.\n31 Mei 2017\n"
              "Kasus ini memasuki persidangan di Pengadilan Negeri (PN) Mataram.\n26 Juli 2017\n"
              "Majelis hakim memvonis bebas Nuril.\n12 November 2018\nBaiq menangis mengetahui putusan tersebut.\n")


def test_a_chronology_s_headings_are_no_dateline_or_footer():
    publication, _ = tag_timexes(CHRONOLOGY)
    assert (publication.value, publication.source) == (date(2019, 7, 5), "inferred")
    # one date alone on a line is still a dateline
    publication, _ = tag_timexes("Judul\n27 Maret 2017\nNuril ditahan oleh polisi pada Senin (27/3/2017).\n" + BODY)
    assert (publication.value, publication.source) == (date(2017, 3, 27), "dateline")


@pytest.mark.parametrize("text,dct,source", CASES)
def test_publication_date_from_text(text, dct, source):
    publication, _ = tag_timexes(text)
    assert (publication.value, publication.source) == (dct, source)


def test_footer_read_month_first_also_gives_the_timex_its_value():
    text = "Kim tiba pada hari Senin (11/9).\n" + BODY + "9/11/20231 min read\n"
    _, timexes = tag_timexes(text)
    assert [(t.text, t.value) for t in timexes] == [("Senin (11/9)", "2023-09-11"), ("9/11/2023", "2023-09-11")]


def test_a_planned_date_is_not_taken_as_the_publication_date():
    publication, _ = tag_timexes("Putin akan bertemu Kim pada Selasa (16/6/2024). Sejak Februari 2022 perang.")
    assert publication.value is None and publication.source == "none"


def test_given_date_overrides_the_text():
    publication, timexes = tag_timexes("Kompas | 6 September 2023, 07:05 WIB\nKemarin Kim tiba.", date(2023, 9, 7))
    assert publication.value == date(2023, 9, 7) and publication.source == "given"
    assert [t.value for t in timexes if t.text == "Kemarin"] == ["2023-09-06"]


def test_nothing_to_infer_leaves_relative_dates_unresolved():
    publication, timexes = tag_timexes("Kemarin pejabat itu berkata bahwa tahun lalu sulit.")
    assert publication.value is None
    assert [t.value for t in timexes] == [None, None]


DATELINES = [
    ("Kompas.com - 12/09/2023, 10:15 WIB", date(2023, 9, 12)),
    ("Selasa, 12 Sep 2023 10:15 WIB", date(2023, 9, 12)),
    ("Rabu, 13 September 2023 - 10:15 WIB", date(2023, 9, 13)),
    ("Diterbitkan: 13 September 2023 pukul 10.15", date(2023, 9, 13)),
    ("CNN Indonesia | Rabu, 13/09/2023 10:15 WIB", date(2023, 9, 13)),
    ("13 September 2023", date(2023, 9, 13)),
    ("Oleh Budi | 11 Sept 2023 14:00", date(2023, 9, 11)),
    ("2023-09-12T10:15:00+07:00", date(2023, 9, 12)),
    ("Updated: 12 Sep 2023 10:15 WIB", date(2023, 9, 12)),
]


@pytest.mark.parametrize("line,dct", DATELINES)
def test_dateline_formats(line, dct):
    publication, _ = tag_timexes("Judul Berita\n" + line + "\n" + BODY)
    assert (publication.value, publication.source) == (dct, "dateline")


def test_a_story_date_on_a_long_first_line_is_not_a_dateline():
    text = ("Judul\nTEMPO.CO, Jakarta - Kepala negara dan para menteri bertemu untuk membahas anggaran "
            "pada Selasa, 12 September 2023.\n" + BODY)
    assert tag_timexes(text)[0].source == "inferred"


def test_weekday_dates_without_year_take_it_from_the_weekday_after_the_years_stated():
    text = ("Kim Jong Un bertemu Putin pada tahun 2019.\nIa tiba di Rusia pada hari Senin (11/9), "
            "kata pejabat.\n" + BODY)
    publication, timexes = tag_timexes(text)
    assert publication.value == date(2023, 9, 11) and publication.source == "inferred"
    assert ("Senin (11/9)", "2023-09-11") in [(t.text, t.value) for t in timexes]


# the causes of wrong publication dates seen on real news, each a case
PUBLICATION_CASES = [
    # a part of this day names the day it was written, and a day with no weekday takes the year the
    # text's weekdays agree with, not a background year
    ("Judul\nKTT ke-43 ASEAN akan dibuka pagi ini, Selasa 5 September 2023 di Jakarta.\n" + BODY,
     date(2023, 9, 5), "inferred"),
    # (no weekday, and no other to agree with: the latest year the text states)
    ("Judul\nSiang ini (01/02), Presiden meresmikan merger tiga bank syariah. BRIS melantai di bursa sejak "
     "Mei 2018 silam. Kinerja saham BRIS pada Januari 2021 naik.\n" + BODY,
     date(2021, 2, 1), "inferred"),
    ("Judul\nPada 2021 ia menjabat. Sejak kabar reshuffle pada Selasa (14/6), tokoh bermunculan. Keduanya akan "
     "dilantik siang ini (15/6).\n" + BODY, date(2022, 6, 15), "inferred"),
    # the WIB of a clock time in the lead's sentence is no dateline cue: the lead's date is the happening's
    ("Judul\nGempa bumi berkekuatan M5,6 terjadi di Cianjur, Senin, 21 November 2022 pukul 13.21 WIB.\n" + BODY,
     date(2022, 11, 21), "inferred"),
    # ... also when names leave the sentence few lower-case words: its verb makes it the story's
    ("Judul\nGempa 7,7 SR mengguncang Kabupaten Donggala, Sulawesi Tengah, pada Jumat (28/9/2018) pukul 17.02 WIB.\n"
     + BODY, date(2018, 9, 28), "inferred"),
    # last year's number written in January: the weekday agrees with the next year only
    ("Judul\nMK menghapus ambang batas pencalonan presiden, kata Eddy di Jakarta, Jumat, 3 Januari 2024.\n" + BODY,
     date(2025, 1, 3), "inferred"),
    # ... but a weekday slip, not a year's, when another date of that year has its weekday right
    ("Judul\nGempa menyebabkan longsor di Majene pada Kamis (14/01/2021).\nPeta gempa magnitudo 5,9 yang terjadi "
     "pada Kamis (13/1/2021) dirilis BMKG.\n" + BODY, date(2021, 1, 14), "inferred"),
    # a byline: names, a dash and the date ending the line
    ("Nyepi di Bali, Bandara Tutup 24 Jam\nAndika Pratama - Rabu, 02 Maret 2022\nMerahPutih.com - Bandara akan "
     "berhenti beroperasi saat Nyepi pada Kamis (3/3) dan dibuka kembali Jumat (4/3).\n" + BODY,
     date(2022, 3, 2), "dateline"),
    # a headline's date is no dateline because the dateline below it names an outlet
    ("Hari Ini dalam Sejarah: Gempa Jogja Sabtu Wage 27 Mei 2006\nKompas.com - 27/05/2023, 08:15 WIB\n"
     "KOMPAS.com - Gempa bumi magnitudo 5,9 mengguncang Jogja pada Sabtu Wage, 27 Mei 2006.\n" + BODY,
     date(2023, 5, 27), "dateline"),
    # cue words are whole words: "Nusantara" holds no ANTARA
    ("Judul\nWarga Nusantara berkumpul pada 17 Agustus 2023 di lapangan kota untuk upacara.\n" + BODY,
     date(2023, 8, 17), "inferred"),
    # a dateline below the first three lines, on a short line with no cue word
    ("Judul\nOleh\nRedaksi\nBerita daerah\nARSO 20 Okt 2024\nWarga berkumpul di balai desa pada Sabtu (19/10/2024).\n"
     + BODY, date(2024, 10, 20), "dateline"),
    # "hari ini" next to a full date says when the article was written
    ("Judul\nPresiden meninjau lokasi gempa hari ini, Selasa (22/11/2022). Gempa terjadi Senin (21/11/2022).\n"
     + BODY, date(2022, 11, 22), "inferred"),
    # ... also when the tagger takes "hari ini," into the date's extent, and over an earlier day it reports
    ("Judul\nPengadilan negeri membatasi jumlah pengunjung sidang putusan perkara pembunuhan berencana dengan "
     "terdakwa Ferdy Sambo yang digelar hari ini, Senin (13/2/2023).\n"
     "Jaksa menyampaikan tuntutannya saat dikonfirmasi, Minggu (12/2/2023).\n" + BODY, date(2023, 2, 13), "inferred"),
    # ... and a year-less "hari ini, Selasa (17/3)" beats a later date the text gives ("berlaku efektif pada 18 Maret")
    ("Judul\nBank Indonesia menahan suku bunga. Hasil rapat yang digelar hari ini, Selasa (17/3) merupakan rapat "
     "ketiga tahun 2015.\nKeputusan itu berlaku efektif pada 18 Maret 2015.\n", date(2015, 3, 17), "inferred"),
    # a lead's schedule two weeks ahead of a statement dated as past: the statement's day
    ("Judul\nKPU menyatakan penetapan gubernur terpilih akan dilakukan setelah menerima berkas dari MK.\n"
     "Proses ini dijadwalkan berlangsung pada 3 Januari 2025, sesuai peraturan yang berlaku.\n"
     "\"Penetapan dilakukan maksimal tiga hari setelah itu,\" ujar Astri di Jakarta, Jumat (20/12/2024).\n" + BODY,
     date(2024, 12, 20), "inferred"),
    # a weekday after "hingga" ends a period ("belum bermain ... hingga Rabu (20/11)"): not the story's day
    ("Judul\nTimnas Indonesia menang 2-0 atas Arab Saudi dalam Kualifikasi Piala Dunia 2026, Selasa (19/11/2024).\n"
     "Australia, yang belum bermain melawan Bahrain hingga Rabu (20/11) dini hari WIB, berada di posisi kedua.\n"
     + BODY, date(2024, 11, 19), "inferred"),
    # "kemarin" after a day: the article was written the day after
    ("Judul\nPresiden periode 2024-2029 yang dilantik pada Minggu (20/10) kemarin menggelar rapat.\n" + BODY,
     date(2024, 10, 21), "inferred"),
    # the story's weekday, in a year the text names, beats an older background date
    ("Judul\nGugatan itu diajukan pada 2 Mei 2023.\nMK memutus perkara itu pada Senin (16/10).\n" + BODY,
     date(2023, 10, 16), "inferred"),
    # a clock time after the date does not make the lead's sentence a dateline
    ("Judul\nDalam update terkini, Rabu (23/11/2022) pukul 17:00 WIB, BNPB menyebut korban meninggal mencapai "
     "271 orang.\n" + BODY, date(2022, 11, 23), "inferred"),
    # a period's end is no evidence of when the article appeared
    ("Judul\nGempa terjadi pada Senin (21/11/2022). Status tanggap darurat berlaku hingga 20 Desember 2022.\n"
     + BODY, date(2022, 11, 21), "inferred"),
    # a scheduled date is no publication date
    ("Judul\nRapat diagendakan pada Kamis (12/9/2024). Sebelumnya warga protes pada Senin (9/9/2024).\n" + BODY,
     date(2024, 9, 9), "inferred"),
    # "Selasa besok": the article was written the day before the Tuesday another passage dates
    ("Judul\nLaga kedua tim itu akan digelar di stadion utama kota pada Selasa 25 Maret 2025 pukul 20.45 WIB.\nTim harus menang pada laga Selasa besok.\n"
     + BODY, date(2025, 3, 24), "inferred"),
    # a year typed with a digit missing ("1/11/022") is still a year
    ("Judul\nInflasi naik, kata pejabat dalam keterangan resmi, Selasa (1/11/022).\n" + BODY,
     date(2022, 11, 1), "inferred"),
    # "9 Februari 2023 kemarin" in a story that states a later day: "kemarin" said recently, not yesterday
    ("Judul\nHakim membacakan vonis itu dalam sidang pada Senin (13/2/2023) di pengadilan negeri.\n"
     "Jaksa telah mengajukan tuntutan pada 9 Februari 2023 kemarin kepada majelis.\n" + BODY,
     date(2023, 2, 13), "inferred"),
    # a schedule far beyond the lead's day: the lead's day is the story's
    ("Judul\nPanitia mengumumkan rangkaian festival budaya tahun ini pada Sabtu (16/4/2022) di kantor dinas.\n"
     "Festival pertama digelar 12-13 Agustus 2022 di pantai dan yang terakhir 24 Desember 2022 di alun-alun.\n"
     + BODY, date(2022, 4, 16), "inferred"),
    # the lead's day ahead ("akan melantik ... Rabu (17/1/2018)") beats a background date two years back
    ("Judul\nPresiden akan melantik menteri baru di istana negara pada Rabu (17/1/2018) pagi ini.\n"
     "Perombakan sebelumnya dilakukan pada Rabu 27 Juli 2016 di tempat yang sama.\n" + BODY,
     date(2018, 1, 17), "inferred"),
    # a tally "hingga Jumat (12/9/2025) pagi" is as of that day, not the end of a period
    ("Judul\nBanjir besar melanda Bali sejak Rabu (10/9) dini hari dan terus menelan korban.\n"
     "BPBD Bali melaporkan hingga Jumat (12/9/2025) pagi, jumlah korban meninggal mencapai 16 orang.\n" + BODY,
     date(2025, 9, 12), "inferred"),
    # ... and so is a count told before "sampai": "30 orang tewas ... sampai Selasa (2/1/2024)"
    ("Judul\nGempa Jepang terjadi pada Senin (1/1/2024) sore di Ishikawa.\nKabar terbaru, 30 orang tewas dan 14 "
     "korban luka parah sampai Selasa (2/1/2024).\n" + BODY, date(2024, 1, 2), "inferred"),
    # a year said of the future ("akan ... pada tahun 2015 dan 2016") is no floor for the weekday's year
    ("Judul\nBank Indonesia menahan suku bunga dalam rapat yang digelar hari ini, Selasa (17/3), rapat ketiga "
     "tahun 2015.\nInflasi akan tetap terkendali pada tahun 2015 dan 2016, kata pejabat bank itu.\n" + BODY,
     date(2015, 3, 17), "inferred"),
    # no date names a year, but a name does ("Pemilu 2024"): the weekday agrees in 2023, the nearest year
    ("Judul\nMK memutus perkara itu dalam sidang pleno, Senin (16/10).\nPutusan berlaku untuk Pemilu 2024.\n"
     + BODY, date(2023, 10, 16), "inferred"),
    # a later day named by its weekday is a day just past, not a schedule: it beats the lead's
    ("Judul\nKPU menetapkan hasil pemilu pada 20 Maret 2024 di kantornya di Jakarta Pusat.\n"
     "Terbaru, MK membacakan putusan sengketa itu dalam sidang pada Senin (22/4/2024).\n" + BODY,
     date(2024, 4, 22), "inferred"),
    # "hari ini (27/11)": the day in brackets after "hari ini" is the day of writing, later than the
    # "26 November 2017" the text also states
    ("Judul\nBMKG hari ini (27/11) mengumumkan bandara ditutup. Abu vulkanik sampai ke Lombok pada "
     "26 November 2017 sore.\n" + BODY, date(2017, 11, 27), "inferred"),
    # a bare weekday called yesterday ("Sabtu malam kemarin") is the day after the date another passage
    # gives that weekday
    ("Judul\nTsunami menerjang pantai Banten pada Sabtu (22/12/2018) malam.\nApa penyebab tsunami Banten, "
     "Sabtu malam kemarin? Para ahli menjelaskannya.\n" + BODY, date(2018, 12, 23), "inferred"),
    # "Kemarin, tanggal 8 Januari 2024": yesterday said before the date
    ("Judul\nKemarin, tanggal 8 Januari 2024, Presiden meresmikan bendungan di Lebak, Banten.\n" + BODY,
     date(2024, 1, 9), "inferred"),
    # "mulai 1 April besok": a day and month with no weekday, its year the one the text states
    ("Judul\nTarif PPN naik menjadi 11 persen mulai 1 April besok, sesuai aturan yang diumumkan pada "
     "15 Maret 2022.\n" + BODY, date(2022, 3, 31), "inferred"),
    # "Jumat (16/12)" before a "3 Januari 2023" ahead: the weekday agrees in the year before
    ("Judul\nKPK menahan tersangka dalam konferensi pers Jumat (16/12) dini hari di gedung KPK.\n"
     "Tersangka ditahan selama 20 hari pertama sampai 3 Januari 2023.\n" + BODY, date(2022, 12, 16), "inferred"),
    # "Kamis (22/4/2021) hari ini": today, said after the date
    ("Judul\nLatihan menembakkan rudal dijadwalkan digelar Kamis (22/4/2021) hari ini di utara Bali.\n"
     "Kapal selam itu hilang kontak pada Rabu (21/4/2021) dini hari.\n" + BODY, date(2021, 4, 22), "inferred"),
    # "Hari ini, 22 tahun yang lalu, tepatnya 12 Mei 1998": written on the anniversary; a photo caption's
    # "Senin 12 Mei 2008" is not the day of writing
    ("Judul\nKOMPAS/TOTOK WIJAYANTO\nSambil membawa poster, ratusan mahasiswa berunjuk rasa di Gedung Kejaksaan "
     "Agung, Senin 12 Mei 2008. Mereka menuntut pemerintah menuntaskan kasus itu.\nEditor: Sari Hardiyanto\n"
     "\nKOMPAS.com - Hari ini, 22 "
     "tahun yang lalu, tepatnya 12 Mei 1998, empat mahasiswa Trisakti meninggal dunia usai tertembak.\n" + BODY,
     date(2020, 5, 12), "inferred"),
    # "menjadwalkan ... pada Senin, 23 Oktober 2023" is a schedule: the latest day past is the access date
    ("Judul\nBila dilihat dari laman resmi MK yang diakses pada Kamis (19/10/2023), ada agenda sidang putusan.\n"
     "Sebelumnya diberitakan, MK menjadwalkan sidang putusan gugatan itu pada Senin, 23 Oktober 2023.\n" + BODY,
     date(2023, 10, 19), "inferred"),
]


@pytest.mark.parametrize("today,expected", [
    (date(2026, 12, 3), date(2023, 3, 4)),  # Saturday 4 March: last in 2023
    (date(2023, 3, 2), date(2017, 3, 4)),  # read before that Friday of 2023: an earlier year
    (None, None),  # not knowing when the text is read, nothing to guess from
])
def test_a_text_naming_no_year_takes_the_latest_year_its_weekdays_agree_with(today, expected):
    text = ("Judul\nKebakaran depo terjadi pada Jumat (3/3) malam di Jakarta Utara.\nHingga Sabtu (4/3) dini hari, "
            "petugas masih memadamkan api di lokasi.\n" + BODY)
    publication, _ = tag_timexes(text, today=today)
    assert publication.value == expected
    if expected:
        assert publication.explanation.startswith("a guess")


@pytest.mark.parametrize("text,expected", [
    # the only year named is history ("buatan 1979"): the latest Wednesday 21 April before the reading
    ("Judul\nKapal selam buatan tahun 1979 itu hilang kontak di perairan Bali pada Rabu (21/4) pagi.\n",
     date(2021, 4, 21)),
    # ... also when the text calls the day today
    ("Judul\nKapal selam buatan 1981 itu dicari. Kapal perang berlayar pada Kamis (22/4) hari ini.\n",
     date(2021, 4, 22)),
    # a law's year ("UU Nomor 19 Tahun 2019", "UU Pilkada Nomor 10/2016") only bounds the guess from
    # below: "Kamis (23/11)" last fell on a Thursday in 2023, not in the 2017 nearer to 2019
    ("Judul\nIstana menunggu surat itu sesuai Pasal 32 UU Nomor 19 Tahun 2019 tentang KPK.\nSurat diterima "
     "pada Kamis (23/11) pagi.\n", date(2023, 11, 23)),
    ("Judul\nDPR menyetujui revisi UU Pilkada Nomor 10/2016. Rapat pembahasan berlangsung pada Rabu (21/8).\n",
     date(2024, 8, 21)),
    # a background year ("8 Oktober 2010") near which no year has the weekday: the latest agreeing year
    # before the reading, not before the year named
    ("Judul\nTimnas kalah dari Argentina di Stadion Gelora Bung Karno, Senin (19/6) malam.\nTimnas pernah "
     "melawan Uruguay pada 8 Oktober 2010 di tempat yang sama.\n", date(2023, 6, 19)),
    # no year at all, and the weekday last agreed eight years before the reading
    ("Judul\nTsunami menerjang pantai Banten pada Sabtu (22/12) malam dan menewaskan puluhan warga.\n",
     date(2018, 12, 22)),
])
def test_a_year_long_past_is_background_and_the_weekday_is_read_from_the_day_of_reading(text, expected):
    publication, _ = tag_timexes(text + BODY, today=date(2026, 12, 3))
    assert publication.value == expected, publication.explanation


@pytest.mark.parametrize("names,expected", [
    # no year and no office-holder: the latest Saturday 22 August before the reading
    ("Kebakaran", date(2026, 8, 22)),
    # "Presiden Joko Widodo" held office from 20 Oct 2014 to 20 Oct 2024: 2020, not 2026
    ("Presiden Joko Widodo menyoroti kebakaran", date(2020, 8, 22)),
    ("Presiden RI Jokowi menyoroti kebakaran", date(2020, 8, 22)),
    # two holders together: the days both held office (Jusuf Kalla beside Jokowi: 2014-2019)
    ("Presiden Jokowi dan Wapres Jusuf Kalla menyoroti kebakaran", date(2015, 8, 22)),
    # an office further back than a guess looks, without the office: SBY's term (2004-2014)
    ("Presiden Susilo Bambang Yudhoyono menyoroti kebakaran", date(2009, 8, 22)),
    # the office in the past or ahead says nothing of when the text was written
    ("Mantan Presiden Jokowi menyoroti kebakaran", date(2026, 8, 22)),
    ("Di era Presiden Jokowi, kebakaran", date(2026, 8, 22)),
    ("Presiden terpilih Prabowo menyoroti kebakaran", date(2026, 8, 22)),
    # a minister by the full name, the portfolio's words between title and name
    ("Mendikbud Nadiem Makarim menyoroti kebakaran", date(2020, 8, 22)),
    ("Menteri Kelautan dan Perikanan Edhy Prabowo menyoroti kebakaran", date(2020, 8, 22)),
    # one person's two terms as minister: the later one first
    ("Menteri Keuangan (Menkeu) Sri Mulyani menyoroti kebakaran", date(2020, 8, 22)),
    # chiefs of police, leaders abroad
    ("Kapolri Jenderal Idham Azis menyoroti kebakaran", date(2020, 8, 22)),
    # no Saturday 22 August in Tito Karnavian's years as chief of police (2016-2019): the latest one before the reading
    ("Kapolri Jenderal Tito Karnavian menyoroti kebakaran", date(2026, 8, 22)),
    ("PM Jepang Shinzo Abe menyoroti kebakaran", date(2020, 8, 22)),
    # holders who never held office together (a quote of an earlier time): no era
    ("Presiden SBY dan Presiden Prabowo menyoroti kebakaran", date(2026, 8, 22)),
])
def test_a_weekday_without_a_year_falls_in_the_terms_of_the_office_holders_named(names, expected):
    text = f"Judul\n{names} yang terjadi pada Sabtu (22/8) malam di gedung itu.\n" + BODY
    publication, _ = tag_timexes(text, today=date(2026, 12, 3))
    assert publication.value == expected, publication.explanation


@pytest.mark.parametrize("text,dct,source", PUBLICATION_CASES)
def test_publication_date_causes_seen_on_real_news(text, dct, source):
    publication, _ = tag_timexes(text)
    assert (publication.value, publication.source) == (dct, source), publication.explanation


@pytest.mark.parametrize("years,expected", [
    ("pada tahun 2019", date(2023, 9, 11)),  # 11 Sep is a Monday first in 2023, four years on
    # searched from the term's start (2024), not its end (2029, which gave 2030)
    ("anggota DPR periode 2024-2029", date(2028, 9, 11)),
    ("Kabinet Merah Putih Tahun 2024-2029", date(2028, 9, 11)),  # a cabinet named before its term
    ("Presiden Terpilih 2024-2029", date(2028, 9, 11)),
    ("Konferensi Asia Afrika tahun 1955", None),  # a Monday 11 Sep only in 1961: a guess, not a reading
    ("Pilpres 2024", date(2023, 9, 11)),  # a year in a name is no floor: the nearest agreeing year
    # no year from the one stated on agrees; a year the text names in a name does
    ("Piala Dunia 2006 dan rencana tahun 2008", date(2006, 9, 11)),
    ("nomor 12/PUU/2010", None),  # no year within three of the one named
])
def test_the_year_of_a_weekday_date_comes_from_the_years_the_story_names(years, expected):
    publication, _ = tag_timexes(f"Judul\nIa bicara soal {years}.\nIa tiba pada hari Senin (11/9), kata pejabat.\n"
                                 + BODY)
    assert publication.value == expected
