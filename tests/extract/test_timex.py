"""The Indonesian date grammar, family by family: text + publication date -> (expression, value)."""
from __future__ import annotations

from datetime import date

import pytest

from app.extract.timex import tag_timexes

DCT = date(2023, 9, 6)  # a Wednesday
TUESDAY_DCT = date(2020, 11, 17)


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str | None]]:
    _, timexes = tag_timexes(text, dct)
    return [(t.text, t.value) for t in timexes]


def only(text: str, dct: date | None = DCT) -> tuple[str, str | None]:
    result = found(text, dct)
    assert len(result) == 1, result
    return result[0]


FULL_DATES = [
    ("Ia tiba pada 11 September 2023.", "11 September 2023", "2023-09-11"),
    ("Ia tiba pada Senin, 11 September 2023.", "Senin, 11 September 2023", "2023-09-11"),
    ("tiba pada hari Senin, 11 September 2023 di Rusia", "Senin, 11 September 2023", "2023-09-11"),
    ("Putin tiba pada Rabu pagi (19 Juni 2024) di Pyongyang", "Rabu pagi (19 Juni 2024)", "2024-06-19"),
    ("digelar 19 Juni 2024 lalu", "19 Juni 2024", "2024-06-19"),
    ("pada 11 Sept 2023", "11 Sept 2023", "2023-09-11"),
    ("pada 11 Sep. 2023", "11 Sep. 2023", "2023-09-11"),
    ("pada 17 Agt 2023", "17 Agt 2023", "2023-08-17"),
    ("pada 17 Agu 2023", "17 Agu 2023", "2023-08-17"),
    ("pada 5 Okt 2022", "5 Okt 2022", "2022-10-05"),
    ("pada 10 Nop 2021", "10 Nop 2021", "2021-11-10"),
    ("pada 10 Nov 2021", "10 Nov 2021", "2021-11-10"),
    ("pada 25 Des 2019", "25 Des 2019", "2019-12-25"),
    ("pada 1 Pebruari 2020", "1 Pebruari 2020", "2020-02-01"),
    ("Gempa 21-Nov-22 pukul 13.21 WIB", "21-Nov-22", "2022-11-21"),
    ("Jumat malam, 1 Maret 2024, sekitar pukul 20.00", "Jumat malam, 1 Maret 2024", "2024-03-01"),
    ("Jum'at, 1 Maret 2024", "Jum'at, 1 Maret 2024", "2024-03-01"),
    ("Sabtu dini hari, 2 Maret 2024", "Sabtu dini hari, 2 Maret 2024", "2024-03-02"),
    ("tanggal 17 Agustus 1945", "tanggal 17 Agustus 1945", "1945-08-17"),
    ("pada 3 Mei, 2022", "3 Mei, 2022", "2022-05-03"),
]


@pytest.mark.parametrize("text,expression,value", FULL_DATES)
def test_full_dates(text, expression, value):
    assert only(text) == (expression, value)


NUMERIC_DATES = [
    ("Dilansir Associated Press, Selasa (5/9/2023), pejabat AS", "Selasa (5/9/2023)", "2023-09-05"),
    ("pada Selasa (16/6/2024)", "Selasa (16/6/2024)", "2024-06-16"),
    ("laga Selasa (19/11/2024) malam WIB", "Selasa (19/11/2024) malam", "2024-11-19"),  # the part of day is in it
    ("kata dia, (16/6/2024).", "(16/6/2024)", "2024-06-16"),
    ("rapat 5-9-2023 di Jakarta", "5-9-2023", "2023-09-05"),
    ("rapat 05.09.2023 di Jakarta", "05.09.2023", "2023-09-05"),
    ("rapat 2023-09-05 di Jakarta", "2023-09-05", "2023-09-05"),
    ("Senin, 11/9/2023", "Senin, 11/9/2023", "2023-09-11"),
    ("pada Kamis (7/9/23) lalu", "Kamis (7/9/23)", "2023-09-07"),
    ("rilis 25/12/2022", "25/12/2022", "2022-12-25"),
    # a weekday before a date without parentheses, as regional outlets write it
    ("banjir bandang Minggu 12/5/24 dini hari", "Minggu 12/5/24 dini hari", "2024-05-12"),
    ("laga Sabtu 1/10-2022 jelang senja", "Sabtu 1/10-2022", "2022-10-01"),
]


@pytest.mark.parametrize("text,expression,value", NUMERIC_DATES)
def test_numeric_dates_are_day_first(text, expression, value):
    assert only(text) == (expression, value)


DAY_MONTH_WITHOUT_YEAR = [
    # the year that makes the weekday agree, nearest the publication date
    ("pada hari Senin (11/9)", date(2023, 9, 11), "Senin (11/9)", "2023-09-11"),
    ("dijadwalkan Selasa (12/9)", date(2023, 9, 11), "Selasa (12/9)", "2023-09-12"),
    ("Rabu (27/12) lalu", date(2024, 1, 3), "Rabu (27/12)", "2023-12-27"),
    ("Senin (1/1) mendatang", date(2023, 12, 28), "Senin (1/1)", "2024-01-01"),
    ("pada 17 Agustus", date(2023, 9, 6), "17 Agustus", "2023-08-17"),
    ("tanggal 17 Agustus", date(2023, 9, 6), "tanggal 17 Agustus", "2023-08-17"),
    ("Kamis, 7 September, ia berangkat", date(2023, 9, 6), "Kamis, 7 September", "2023-09-07"),
    ("(11/9)", date(2023, 9, 13), "(11/9)", "2023-09-11"),
    ("meninjau lokasi Minggu 12/5 pagi", date(2024, 5, 12), "Minggu 12/5 pagi", "2024-05-12"),
    ("ditemukan Senin (13/5) kemarin", date(2024, 5, 15), "Senin (13/5)", "2024-05-13"),  # no yesterday of its own
    # a past cue beside a numeric day/month: the one before the publication date, its weekday agreeing
    ("Pada Senin (11/5) lalu, AW mencuri uang", date(2020, 12, 15), "Senin (11/5)", "2020-05-11"),
    # a relation word or the clause's tense picks the side of the publication date; the day stays
    ("digelar serentak pada 14 Februari lalu", date(2024, 3, 20), "14 Februari lalu", "2024-02-14"),
    ("akan digelar pada 1 Oktober mendatang", date(2024, 3, 20), "1 Oktober mendatang", "2024-10-01"),
    ("pelantikan akan digelar pada 1 Oktober", date(2024, 3, 20), "1 Oktober", "2024-10-01"),
    ("sudah dibuka pada 20 Desember", date(2024, 1, 5), "20 Desember", "2023-12-20"),
    ("pada 25 Desember ini", date(2024, 3, 20), "25 Desember ini", "2024-12-25"),
    ("pada 1 Oktober", date(2024, 3, 20), "1 Oktober", "2023-10-01"),  # no cue: the nearest
    ("akan tiba Kamis, 7 September", date(2023, 9, 20), "Kamis, 7 September", "2023-09-07"),  # weekday wins
]


@pytest.mark.parametrize("text,dct,expression,value", DAY_MONTH_WITHOUT_YEAR)
def test_day_month_takes_year_from_publication(text, dct, expression, value):
    assert only(text, dct) == (expression, value)


def test_day_month_without_publication_date_keeps_its_unknown_year():
    # TIMEX3's XXXX: the year stays unknown, never today's, and another source may give it
    assert only("pada hari Senin (11/9)", None) == ("Senin (11/9)", "XXXX-09-11")


MONTHS = [
    ("pada Juli 2023", DCT, "Juli 2023", "2023-07"),
    ("sejak Februari 2022", DCT, "Februari 2022", "2022-02"),
    ("bulan Januari 2020", DCT, "bulan Januari 2020", "2020-01"),
    ("pada Jan 2020", DCT, "Jan 2020", "2020-01"),
    ("bulan Juli lalu", DCT, "bulan Juli lalu", "2023-07"),
    ("pada Juli lalu", date(2023, 3, 1), "Juli lalu", "2022-07"),
    # the early part of the publication's own month is already past on its 7th; the whole month is not
    ("telah diresmikan di awal September", date(2021, 9, 7), "September", "2021-09"),
    ("telah diresmikan pada September", date(2021, 9, 7), "September", "2020-09"),
    ("telah diresmikan di pertengahan September", date(2021, 9, 7), "September", "2020-09"),
    ("akan digelar pada Desember", DCT, "Desember", "2023-12"),
    ("digelar pada Maret", DCT, "Maret", "2023-03"),
    ("telah dimulai pada Oktober", DCT, "Oktober", "2022-10"),
    ("Januari-Maret 2023", DCT, "Januari-Maret 2023", "2023-01/2023-03"),
    ("Januari 2022 hingga Maret 2023", DCT, "Januari 2022 hingga Maret 2023", "2022-01/2023-03"),
    # a month of a year named relative to publication is one expression, at the month's granularity
    ("sejak Oktober tahun lalu", DCT, "Oktober tahun lalu", "2022-10"),
    ("pada bulan Mei tahun ini", DCT, "bulan Mei tahun ini", "2023-05"),
    ("pada Januari tahun depan", DCT, "Januari tahun depan", "2024-01"),
    ("HUT RI pada 17 Agustus tahun depan", DCT, "17 Agustus tahun depan", "2024-08-17"),
]


@pytest.mark.parametrize("text,dct,expression,value", MONTHS)
def test_months(text, dct, expression, value):
    assert only(text, dct) == (expression, value)


YEARS = [
    ("pertemuan pada tahun 2019", "tahun 2019", "2019"),
    ("runtuhnya Uni Soviet pada 1991.", "1991", "1991"),
    ("sejak 2014, Rusia", "2014", "2014"),
    ("hingga 2030 mendatang", "2030", "2030"),
    ("film Parasite (2019) menang", "2019", "2019"),
    ("pada akhir 2022", "2022", "2022"),
    ("tahun 2019 lalu", "tahun 2019 lalu", "2019"),
    ("berangkat pada bulan ini", "bulan ini", "2023-09"),
    ("APBN tahun anggaran 2024", "tahun anggaran 2024", "2024"),
    ("kasus sepanjang 2019 naik", "2019", "2019"),
]


@pytest.mark.parametrize("text, expression, value", [
    # a fixed holiday of a stated year is its day
    ("harga beras menjelang libur Natal 2023 naik", "Natal 2023", "2023-12-25"),
    ("jelang Tahun Baru 2024 warga berbelanja", "Tahun Baru 2024", "2024-01-01"),
])
def test_fixed_holidays_of_a_stated_year(text, expression, value):
    assert only(text) == (expression, value)


def test_a_lunar_new_year_is_no_fixed_holiday():
    assert ("Tahun Baru Imlek 2024", "2024-01-01") not in found("perayaan Tahun Baru Imlek 2024 meriah")


def test_a_count_after_a_year_is_not_the_next_year():
    assert found("pada tahun 1998 dan 2000 orang mengungsi") == [("tahun 1998", "1998")]


def test_years_in_a_list():
    assert found("Impor serupa dilakukan pada 2018 dan 2022.") == [("2018", "2018"), ("2022", "2022")]
    assert found("pemilu tahun 2014, 2019 dan 2024") == [("tahun 2014", "2014"), ("2019", "2019"), ("2024", "2024")]


@pytest.mark.parametrize("text,expression,value", YEARS)
def test_years_with_context(text, expression, value):
    assert only(text) == (expression, value)


NOT_DATES = [
    "sejak pandemi Covid-19 melanda",
    "KTT ASEAN ke-43 di Jakarta",
    "sebanyak 2019 orang mengungsi",
    "UU Nomor 11 Tahun 2020 tentang Cipta Kerja",
    "harga Rp 2.023.000 per unit",
    "hubungi 0812-2023-1999",
    "lihat halaman 2019",
    "ada 1950 kasus baru",
    "pukul 15.15 WIB",
    "selama tiga tahun",
    "dalam lebih dari empat tahun",
    "di masa depan",
    "saat itu, Donald Trump",
    "Selama ini, Rusia adalah salah satu negara",
    "salat Jumat berjamaah",
    "setiap Senin pagi",
    "minggu pertama kampanye",
    "skor 2-1 untuk tim tamu",
    "terlebih dahulu",
    "seperti yang tadi disebutkan",
    "lebih dulu",
    "Kali ini Putin datang",
    "SEPTEMBER\n1000",
    "versi 3.11.7 dirilis",
    "sebanyak 2/3 dari warga hadir",
    "hingga 1/3 bagian rusak",
    "pada 1/2 persen",
    "skor 2/1 di babak pertama",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert found(text) == []


DECADES_AND_RANGES = [
    ("setelah Perang Korea pada 1950-an", "1950-an", "195X"),
    ("pada tahun 1990an", "tahun 1990an", "199X"),
    ("era 80-an", "80-an", "198X"),
    ("selama Perang Korea (1950-1953)", "1950-1953", "1950/1953"),
    ("berjaya pada 1970 hingga 1990-an", "1970 hingga 1990-an", "1970/199X"),  # a range that ends in a decade
    # a week of the year, as health reports count them
    ("kasus pada minggu ke-10 tahun 2023", "minggu ke-10 tahun 2023", "2023-W10"),
    ("pemantauan di minggu kesepuluh 2024", "minggu kesepuluh 2024", "2024-W10"),
    ("periode 2019–2023", "2019–2023", "2019/2023"),
    ("sejak 2019 hingga 2023", "2019 hingga 2023", "2019/2023"),
    ("antara 2019 dan 2023", "2019 dan 2023", "2019/2023"),
    ("KTT pada 11-13 September 2023", "11-13 September 2023", "2023-09-11/2023-09-13"),
    ("pada 11-13 Mei 2022", "11-13 Mei 2022", "2022-05-11/2022-05-13"),
    # each end may carry its year, and the span may cross one
    ("mulai 20 Februari 2020 hingga 27 Februari 2020.", "20 Februari 2020 hingga 27 Februari 2020",
     "2020-02-20/2020-02-27"),
    ("sejak 31 Desember 2023 hingga 3 Januari 2024", "31 Desember 2023 hingga 3 Januari 2024",
     "2023-12-31/2024-01-03"),
    ("hujan sejak Sabtu 3 April 2021 hingga Minggu 4 April 2021.", "Sabtu 3 April 2021 hingga Minggu 4 April 2021",
     "2021-04-03/2021-04-04"),
    ("30 Agustus - 2 September 2023", "30 Agustus - 2 September 2023", "2023-08-30/2023-09-02"),
    ("pada abad ke-20", "abad ke-20", "19"),
    ("musim 2019-20", "2019-20", "2019/2020"),
    ("pada kuartal III 2023", "kuartal III 2023", "2023-Q3"),
    ("pada triwulan pertama tahun 2024", "triwulan pertama tahun 2024", "2024-Q1"),
    ("semester II 2022", "semester II 2022", "2022-H2"),
    ("tumbuh pada kuartal I/2023 dibanding", "kuartal I/2023", "2023-Q1"),  # economy news writes a slash
    ("pada laga persahabatan 2018 silam, Timnas", "2018 silam", "2018"),  # said to be past: no cue needed
    ("pelaksanaan Pilgub sebelumnya, 2018 lalu. Kalau", "2018 lalu", "2018"),
    ("pada triwulan II-2022 lalu", "triwulan II-2022", "2022-Q2"),
]


@pytest.mark.parametrize("text,expression,value", DECADES_AND_RANGES)
def test_decades_and_ranges(text, expression, value):
    assert only(text) == (expression, value)


WEEKDAYS_ALONE = [
    # DCT Monday 11 Sep 2023
    ("pertemuan dapat berlangsung pada hari Rabu", date(2023, 9, 11), "hari Rabu", "2023-09-13"),
    ("artikel yang diterbitkan Selasa pagi", date(2024, 6, 19), "Selasa pagi", "2024-06-18"),
    ("Putin akan tiba pada Jumat", date(2023, 9, 11), "Jumat", "2023-09-15"),
    ("Kim telah tiba pada Jumat", date(2023, 9, 11), "Jumat", "2023-09-08"),
    ("Kim tiba Sabtu lalu", date(2023, 9, 11), "Sabtu lalu", "2023-09-09"),
    ("rapat digelar Kamis depan", date(2023, 9, 11), "Kamis depan", "2023-09-14"),
    ("pada Minggu (10/9)", date(2023, 9, 11), "Minggu (10/9)", "2023-09-10"),
    ("Jakarta, Minggu, ia berkata", date(2023, 9, 11), "Minggu", "2023-09-10"),
    ("rapat Jumat pekan lalu", date(2023, 9, 11), "Jumat pekan lalu", "2023-09-08"),
    ("digelar Selasa pekan depan", date(2023, 9, 11), "Selasa pekan depan", "2023-09-19"),
    ("kata dia kemarin (10/9)", date(2023, 9, 11), "kemarin (10/9)", "2023-09-10"),
    ("hari ini, Senin (11/9/2023)", date(2023, 9, 11), "hari ini, Senin (11/9/2023)", "2023-09-11"),
]


@pytest.mark.parametrize("text,dct,expression,value", WEEKDAYS_ALONE)
def test_weekdays_alone(text, dct, expression, value):
    assert only(text, dct) == (expression, value)


def test_a_fraction_after_a_weekday_and_a_comma_is_no_date():
    assert found("Pada Rabu, 3/4 warga hadir.")[0][0] == "Rabu"


RELATIVE = [
    ("hari ini", TUESDAY_DCT, "2020-11-17"),
    ("kemarin", TUESDAY_DCT, "2020-11-16"),
    ("besok", TUESDAY_DCT, "2020-11-18"),
    ("lusa", TUESDAY_DCT, "2020-11-19"),
    ("kemarin lusa", TUESDAY_DCT, "2020-11-15"),
    ("Hari ini 56 tahun lalu", TUESDAY_DCT, "1964-11-17"),  # an anniversary: this day, that year
    ("hari ini, tepat lima tahun lalu", TUESDAY_DCT, "2015-11-17"),
    ("pekan ini", TUESDAY_DCT, "2020-W47"),
    ("pekan lalu", TUESDAY_DCT, "2020-W46"),
    ("pekan depan", TUESDAY_DCT, "2020-W48"),
    ("minggu lalu", TUESDAY_DCT, "2020-W46"),
    ("akhir pekan ini", TUESDAY_DCT, "2020-W47-WE"),
    ("bulan lalu", TUESDAY_DCT, "2020-10"),
    ("bulan depan", TUESDAY_DCT, "2020-12"),
    ("bulan ini", TUESDAY_DCT, "2020-11"),
    ("tahun lalu", TUESDAY_DCT, "2019"),
    ("tahun depan", TUESDAY_DCT, "2021"),
    ("tahun ini", TUESDAY_DCT, "2020"),
    ("tiga tahun lalu", TUESDAY_DCT, "2017"),
    ("dua hari lalu", TUESDAY_DCT, "2020-11-15"),
    ("sepekan lalu", TUESDAY_DCT, "2020-W46"),
    ("setahun lalu", TUESDAY_DCT, "2019"),
    ("lima bulan lalu", TUESDAY_DCT, "2020-06"),
    ("10 tahun silam", TUESDAY_DCT, "2010"),
    ("sekarang", TUESDAY_DCT, "PRESENT_REF"),
    ("saat ini", TUESDAY_DCT, "PRESENT_REF"),
    ("kini", TUESDAY_DCT, "PRESENT_REF"),
    ("dulu", TUESDAY_DCT, "PAST_REF"),
    ("dahulu", TUESDAY_DCT, "PAST_REF"),
    ("tempo hari", TUESDAY_DCT, "PAST_REF"),
    ("sebentar lagi", TUESDAY_DCT, "FUTURE_REF"),
    ("beberapa waktu terakhir", TUESDAY_DCT, "PAST_REF"),
    ("tahun-tahun sebelumnya", TUESDAY_DCT, "PAST_REF"),  # years in general, not the year before
    ("bulan-bulan terakhir", TUESDAY_DCT, "PAST_REF"),
    ("hari-hari mendatang", TUESDAY_DCT, "FUTURE_REF"),
    ("beberapa hari mendatang", TUESDAY_DCT, "FUTURE_REF"),
    ("beberapa tahun lalu", TUESDAY_DCT, "PAST_REF"),
    ("sejak jutaan tahun lalu", TUESDAY_DCT, "PAST_REF"),
    ("puluhan tahun lalu", TUESDAY_DCT, "PAST_REF"),
    ("akhir tahun lalu", TUESDAY_DCT, "2019"),
    ("awal bulan depan", TUESDAY_DCT, "2020-12"),
    ("berlangsung pada 18-20 Desember mendatang", TUESDAY_DCT, "2020-12-18/2020-12-20"),
    ("pagi tadi", TUESDAY_DCT, "2020-11-17"),
    ("baru pertama kali tadi mencoba kereta itu", TUESDAY_DCT, "2020-11-17"),
    ("belakangan ini", TUESDAY_DCT, "PRESENT_REF"),
    ("dalam waktu dekat", TUESDAY_DCT, "FUTURE_REF"),
    ("belum lama ini", TUESDAY_DCT, "PAST_REF"),
    ("beberapa waktu lalu", TUESDAY_DCT, "PAST_REF"),
    ("beberapa waktu ke depan", TUESDAY_DCT, "FUTURE_REF"),
    ("pada tanggal 10", TUESDAY_DCT, "2020-11-10"),
]


@pytest.mark.parametrize("text,dct,value", RELATIVE)
def test_relative_expressions(text, dct, value):
    assert only(f"Hal itu terjadi {text}.", dct)[1] == value


def test_the_next_day_and_the_same_day_count_from_the_date_before():
    assert found("Ia tiba pada 11 September 2023. Keesokan harinya ia bertemu Putin. "
                 "Pada hari yang sama Shoigu datang.") == [
        ("11 September 2023", "2023-09-11"), ("Keesokan harinya", "2023-09-12"), ("hari yang sama", "2023-09-12")]
    assert found("Komisi I menerima surat pada 18 Februari 2025. Pada tanggal yang sama, rapat digelar.")[-1] == \
        ("tanggal yang sama", "2025-02-18")
    assert found("Ia ditangkap pada Kamis (16/11/2017). Bahkan pada malam sebelumnya ia kabur.")[-1] == \
        ("malam sebelumnya", "2017-11-15")
    # a bare weekday is a date mentioned too: "the same day" is that day, not the lead's
    assert found("Gempa terjadi sejak Minggu (31/12/2023) hingga Rabu (3/1/2024). Gempa pertama terjadi pada "
                 "Minggu pukul 14.35 WIB. Gempa kedua pada hari yang sama.", date(2024, 1, 3))[-1] == (
        "hari yang sama", "2023-12-31")
    # "yang" left out, as reporters write it
    assert found("Gempa terjadi Minggu (31/12/2023). Masih pada hari sama, gempa lain mengguncang.") == [
        ("Minggu (31/12/2023)", "2023-12-31"), ("hari sama", "2023-12-31")]


def test_a_day_range_in_brackets():
    assert only("KTT digelar Senin-Selasa (11-12/9).", date(2023, 9, 6)) == (
        "Senin-Selasa (11-12/9)", "2023-09-11/2023-09-12")
    assert only("KTT digelar (11-12/9/2023).") == ("(11-12/9/2023)", "2023-09-11/2023-09-12")


def test_two_days_later_counts_from_the_date_before():
    assert found("Ia tiba pada 11 September 2023. Dua hari kemudian ia pulang.") == [
        ("11 September 2023", "2023-09-11"), ("Dua hari kemudian", "2023-09-13")]


def test_a_coarser_shift_counts_from_the_year_or_month_the_story_is_in():
    assert found("Kasus ini bermula pada 2017. Setahun kemudian, proyek dikerjakan. Tahun sebelumnya, tender dibuka.") \
        == [("2017", "2017"), ("Setahun kemudian", "2018"), ("Tahun sebelumnya", "2017")]
    assert found("Penyidikan dimulai pada 5 Januari 2023. Tiga bulan kemudian, kantor digeledah. "
                 "Sebulan sebelumnya, auditor menemukan kerugian.") == [
        ("5 Januari 2023", "2023-01-05"), ("Tiga bulan kemudian", "2023-04"), ("Sebulan sebelumnya", "2023-03")]
    # days still count from a day stated outright, never from a month or year
    assert found("Pada 2 Oktober 2023 ia ditahan. Pada 2017 kasus bermula. Dua hari kemudian ia bebas.")[-1] == \
        ("Dua hari kemudian", "2023-10-04")


LISTS = [
    # the days before the last take its month and year; each is its own expression
    ("pada 20 dan 22 Juni", date(2024, 6, 20), [("20", "2024-06-20"), ("22 Juni", "2024-06-22")]),
    ("pada 5, 7, dan 9 Mei 2024", DCT, [("5", "2024-05-05"), ("7", "2024-05-07"), ("9 Mei 2024", "2024-05-09")]),
    ("pada 12 dan 14 September tahun lalu", date(2024, 6, 20),
     [("12", "2023-09-12"), ("14 September tahun lalu", "2023-09-14")]),
    # ... unless they follow one another: a two-day meeting, a three-day strike is one span
    ("pada 20 dan 21 Juni", date(2024, 6, 20), [("20 dan 21 Juni", "2024-06-20/2024-06-21")]),
    ("mogok nasional pada 6,7, dan 8 Oktober.", date(2020, 10, 9), [("6,7, dan 8 Oktober", "2020-10-06/2020-10-08")]),
    ("pada 5, 6, dan 7 Mei 2024", DCT, [("5, 6, dan 7 Mei 2024", "2024-05-05/2024-05-07")]),
    ("pada 12 dan 13 September tahun lalu", date(2024, 6, 20),
     [("12 dan 13 September tahun lalu", "2023-09-12/2023-09-13")]),
    ("pada 30 dan 31 Desember", date(2025, 1, 3), [("30 dan 31 Desember", "2024-12-30/2024-12-31")]),
    ("pada Juli, Agustus dan September", date(2024, 6, 20),
     [("Juli", "2024-07"), ("Agustus", "2024-08"), ("September", "2024-09")]),
    # an ordinal or a decimal is no day of a list
    ("pada hari ke-20 dan 21 Juni", date(2024, 6, 20), [("21 Juni", "2024-06-21")]),
    ("sebanyak 1,5 dan 7 Juni", date(2024, 6, 20), [("7 Juni", "2024-06-07")]),
]


@pytest.mark.parametrize("text,dct,expected", LISTS)
def test_lists_of_days_and_months(text, dct, expected):
    assert found(text, dct) == expected


def test_a_bare_day_and_month_after_a_date_word():
    assert found("Pada 12/3 malam, tim bergerak.", date(2024, 3, 14)) == [("12/3", "2024-03-12")]
    assert found("Kantor tutup tanggal 31/12.", date(2024, 3, 14)) == [("tanggal 31/12", "2023-12-31")]


@pytest.mark.parametrize("text", ["kemarin", "tahun lalu", "pekan depan", "pada hari Rabu", "Juli lalu"])
def test_relative_without_publication_date_stays_unresolved(text):
    (expression, value), = found(f"Hal itu terjadi {text}.", None)
    assert value is None


def test_weekday_that_disagrees_with_the_date_keeps_the_date_and_says_so():
    _, (timex,) = tag_timexes("pada Selasa (16/6/2024)", None)
    assert timex.value == "2024-06-16"
    assert "Selasa" in timex.weekday_conflict and "Minggu" in timex.weekday_conflict


def test_every_value_explains_itself():
    _, (timex,) = tag_timexes("pada hari Senin (11/9)", date(2023, 9, 11))
    assert "2023" in timex.explanation and "Senin agrees" in timex.explanation
    assert timex.rule == "weekday+day/month"


def test_spelling_variants_of_the_same_date_agree():
    values = {only(text)[1] for text in ("11 September 2023", "11 Sept 2023", "11 Sep 2023", "11/9/2023",
                                         "11-9-2023", "11.09.2023", "2023-09-11", "tanggal 11 September 2023")}
    assert values == {"2023-09-11"}


def test_offsets_slice_back_to_the_text():
    text = "Kompas | 6 September 2023, 07:05 WIB\nKim tiba Senin (11/9) dan pulang tahun depan."
    for start, end, expression in ((t.start, t.end, t.text) for t in tag_timexes(text)[1]):
        assert text[start:end] == expression


def test_each_rule_hint_is_in_every_match_of_its_rule():
    """A rule only runs in windows holding its hint, so every match must hold it (else a date is lost)."""
    from collections import Counter
    from pathlib import Path

    from app.extract.lang.id.grammar import _HINTS, RULES

    names = Counter(rule.name for rule in RULES)
    assert _HINTS and all(names[name] == 1 for name in _HINTS)  # a hint is of one pattern
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / "dev" / "articles").glob("*.txt"))]
    texts.append("Pada 1990-an, tahun 80 an, kuartal III 2023, Oktober tahun lalu, abad ke-21, libur Natal 2023, "
                 "Senin (11 September 2023).")
    seen = Counter()
    for rule in RULES:
        if rule.name in _HINTS:
            for text in texts:
                for m in rule.pattern.finditer(text):
                    assert _HINTS[rule.name].search(m.group()), (rule.name, m.group())
                    seen[rule.name] += 1
    assert set(seen) == set(_HINTS)  # every hinted rule was tried on a match
