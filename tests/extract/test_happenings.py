"""Whether mentions are one happening: a score over type, place, actors and words, and the
differences that keep them apart whatever the score."""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from app.extract.actors import Gazetteer
from app.extract.happenings import MentionSketch, choose_value, cluster_mentions, judge, sketch_of_mention
from app.extract.pipeline import extract_article
from app.extract.values import dates_compatible, finer_value


def sketch_of(text: str, gazetteer: Gazetteer, dct: date, name: str, index: int = 0) -> MentionSketch:
    return sketch_of_mention(extract_article(text, dct, gazetteer).events[index], name)


def test_a_year_and_a_month_in_it_are_compatible_and_the_month_is_finer():
    assert dates_compatible("2019", "2019-04")
    assert finer_value("2019", "2019-04") == "2019-04"
    assert not dates_compatible("2019", "2020-04")


def test_the_date_most_sources_give_wins_and_the_others_disagree():
    assert choose_value(["2022-11-21", "2022-11-21", "2022-11-22", "2022"]) == ("2022-11-21", ["2022-11-22"])
    assert choose_value(["2019", "2019-04"]) == ("2019-04", [])


SAME = [
    # a disaster has no person: type, place and words carry it (Cugenang lies in Cianjur)
    ("Gempa magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin (21/11/2022) siang.",
     "Gempa bumi berkekuatan M5,6 terjadi di Cugenang, Cianjur, Senin, 21 November 2022 pukul 13.21 WIB."),
    # paraphrases: tiba / mendarat
    ("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) dini hari.",
     "Pesawat yang membawa Putin mendarat di Pyongyang, Rabu, 19 Juni 2024."),
    # dilantik / mengucapkan sumpah
    ("Prabowo Subianto dilantik sebagai Presiden RI pada Minggu (20/10/2024).",
     "Prabowo Subianto mengucapkan sumpah jabatan sebagai presiden pada 20 Oktober 2024."),
    # a name no gazetteer knows, in two wordings of one eruption with no place found
    ("Gunung Semeru mengeluarkan awan panas guguran pada Sabtu (4/12/2021) sore.",
     "Erupsi Semeru terjadi pada Sabtu, 4 Desember 2021, disertai hujan abu tebal."),
    # a defendant the actor list does not know, sentenced: two outlets' words
    ("Majelis hakim menjatuhkan vonis mati kepada Ferdy Sambo pada Senin (13/2/2023).",
     "Ferdy Sambo divonis hukuman mati dalam sidang di PN Jakarta Selatan, Senin (13/2/2023)."),
    # one outlet calls the M6.2 quake an aftershock (of the day before's M5.9): the magnitude says which quake
    ("Gempa susulan berkekuatan magnitudo (M) 6,2 kembali guncang wilayah Majene, Sulawesi Barat, pada Jumat "
     "(15/1/2021) dini hari.",
     "Gempa dengan magnitudo 6,2 yang terjadi di wilayah Kabupaten Majene pada Jumat (15/1/2021) pukul 01.28 WIB "
     "menimbulkan korban jiwa dan kerusakan bangunan."),
    # a tsunami reaches two provinces: each passage chose one, both name the volcano that caused it
    ("Tsunami yang terjadi di Anyer dan pantai di pesisir Lampung Selatan pada Sabtu malam (22/12/2018) diduga "
     "akibat aktivitas Gunung Anak Krakatau.",
     "Bencana tsunami menimpa Banten dan kawasan sekitar Selat Sunda, pada Sabtu (22/12/2018) malam, setelah "
     "erupsi Anak Krakatau."),
    # what someone announced and what they said of it that day, in like words
    ("Presiden Joko Widodo pada Senin (2/3/2020) mengumumkan adanya dua orang di Indonesia yang positif "
     "terjangkit virus corona.",
     "\"Saya mendapatkan laporan dari Pak Menkes bahwa ibu ini dan putrinya positif corona,\" ujar "
     "Jokowi di Istana Merdeka, Senin (2/3/2020)."),
    # one case, its year miswritten by one outlet: the serial and kind agree
    ("MK mengabulkan gugatan dalam perkara Nomor 62/PUU-XXII/2024 soal ambang batas pada Kamis (2/1/2025).",
     "MK mengabulkan gugatan perkara Nomor 62/PUU-XXI/2023 yang menghapus ambang batas, Kamis (2/1/2025)."),
    # one quake, its first magnitude and the revised one (M7.7, then M7.4)
    ("Gempa 7,7 SR mengguncang Kabupaten Donggala, Sulawesi Tengah, pada Jumat (28/9/2018) pukul 17.02 WIB.",
     "Gempa magnitudo 7,4 mengguncang Kabupaten Donggala, Sulawesi Tengah, Jumat (28/9/2018)."),
    # a quoted official who reports the quake does not count against the merge
    ("Gempa M5,6 mengguncang Cianjur pada Senin (21/11/2022), kata Kepala BMKG Dwikorita Karnawati.",
     "Gempa M5,6 mengguncang wilayah Cianjur, Jawa Barat, Senin (21/11/2022)."),
]
APART = [
    # the same date and person, another happening: the swearing-in and that evening's cabinet
    ("Prabowo Subianto dilantik sebagai Presiden RI pada Minggu (20/10/2024).",
     "Prabowo Subianto mengumumkan susunan Kabinet Merah Putih pada Minggu (20/10/2024) malam."),
    # the main quake and an aftershock the same day, same place
    ("Gempa magnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022).",
     "Gempa susulan magnitudo 4,0 mengguncang Cianjur pada Senin (21/11/2022)."),
    # two rulings of one court on one day
    ("MK menolak gugatan Nomor 29/PUU-XXI/2023 soal batas usia capres pada Senin (16/10/2023).",
     "MK mengabulkan sebagian gugatan Nomor 90/PUU-XXI/2023 soal batas usia capres pada Senin (16/10/2023)."),
    # a final and the bronze match of one day
    ("Indonesia menang 2-1 atas Thailand di final pada Minggu (14/5/2023).",
     "Vietnam menang 3-1 atas Myanmar dalam perebutan medali perunggu pada Minggu (14/5/2023)."),
    # one court, one day, two defendants sentenced
    ("Majelis hakim menjatuhkan vonis mati kepada terdakwa Ferdy Sambo pada Senin (13/2/2023).",
     "Majelis hakim menjatuhkan vonis 20 tahun penjara kepada terdakwa Putri Candrawathi pada Senin (13/2/2023)."),
    # the foreshock and the main shock of one day and place: a whole unit apart
    ("Gempa magnitudo 5,9 mengguncang Kabupaten Donggala pada Jumat (28/9/2018) pukul 14.00 WIB.",
     "Gempa magnitudo 7,4 mengguncang Kabupaten Donggala pada Jumat (28/9/2018) pukul 17.02 WIB."),
    # the quake and the tsunami warning issued after it
    ("Gempa magnitudo 7,4 mengguncang Kabupaten Donggala pada Jumat (28/9/2018).",
     "BMKG mengeluarkan peringatan dini tsunami setelah gempa di Kabupaten Donggala pada Jumat (28/9/2018)."),
    # quakes in two places
    ("Gempa magnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022).",
     "Gempa magnitudo 4,2 mengguncang Garut pada Senin (21/11/2022)."),
    # the ministers sworn in that morning, their deputies that afternoon
    ("Presiden Prabowo Subianto melantik 48 menteri Kabinet Merah Putih pada Senin (21/10/2024).",
     "Pada Senin (21/10/2024) sore, Presiden Prabowo Subianto melantik 56 wakil menteri Kabinet Merah Putih."),
]


def test_a_person_named_in_full_and_by_one_name_is_one_person():
    # "Nurul Ghufron" in one source, "Ghufron" in the other: shared, not two people doing two things
    def arrest(key, people):
        return MentionSketch(key=(key, 0, 10, "2020-11-25"), article=key, value="2020-11-25",
                             date_start=date(2020, 11, 25), date_end=date(2020, 11, 25), granularity="day",
                             event_type="arrest", people=frozenset(people), actors=frozenset(people))
    judgement = judge(arrest("a", {"Ghufron"}), arrest("b", {"Nurul Ghufron", "Edhy Prabowo"}))
    assert judgement.reasons["people"] == ["Nurul Ghufron"]
    assert judgement.same


@pytest.mark.parametrize("a, b", SAME)
def test_one_happening_told_two_ways_merges(gazetteer, a, b):
    judgement = judge(sketch_of(a, gazetteer, date(2024, 12, 1), "a"), sketch_of(b, gazetteer, date(2024, 12, 1), "b"))
    assert judgement.same, judgement.reasons


@pytest.mark.parametrize("a, b", APART)
def test_different_happenings_on_one_day_stay_apart(gazetteer, a, b):
    judgement = judge(sketch_of(a, gazetteer, date(2024, 12, 1), "a"), sketch_of(b, gazetteer, date(2024, 12, 1), "b"))
    assert not judgement.same, judgement.reasons


def test_sources_one_day_apart_with_the_same_people_are_one_happening_that_disagrees(gazetteer):
    a = sketch_of("Kim Jong Un bertemu Vladimir Putin di Vladivostok pada 13 September 2023.", gazetteer,
                  date(2023, 9, 20), "a")
    b = sketch_of("Kim Jong Un dan Vladimir Putin bertemu di Vladivostok pada 14 September 2023.", gazetteer,
                  date(2023, 9, 20), "b")
    judgement = judge(a, b)
    assert judgement.same and judgement.disagree


def test_clustering_does_not_depend_on_the_order_of_mentions(gazetteer):
    texts = [a for pair in SAME + APART for a in pair]
    sketches = [sketch_of(t, gazetteer, date(2024, 12, 1), f"article{i}") for i, t in enumerate(texts)]
    expected = [[m.key for m in g] for g in cluster_mentions(sketches)]
    for order in itertools.islice(itertools.permutations(sketches), 0, 2000, 397):
        assert [[m.key for m in g] for g in cluster_mentions(list(order))] == expected
    assert len(expected) < len(texts)  # something merged


def test_a_day_apart_and_alike_in_words_is_not_enough_without_something_particular(gazetteer):
    # BMKG's words for two quakes of consecutive days; Cianjur lies in Jawa Barat
    sunday = sketch_of("Gempa bumi terjadi di wilayah Jawa Barat pada Minggu (20/11/2022), menurut analisis BMKG "
                       "terhadap gempa bumi itu.", gazetteer, date(2022, 11, 22), "a")
    monday = sketch_of("Gempa bumi terjadi di wilayah Cianjur, Jawa Barat, pada Senin (21/11/2022), menurut "
                       "analisis BMKG terhadap gempa bumi itu.", gazetteer, date(2022, 11, 22), "b")
    judgement = judge(sunday, monday)
    assert judgement.disagree and not judgement.same, judgement.reasons


def test_two_people_of_one_article_keep_their_rulings_apart_but_not_a_crash(gazetteer):
    from dataclasses import replace
    dct = date(2021, 1, 9)
    crash = sketch_of("Judul\nPesawat Sriwijaya Air hilang kontak pada Sabtu (9/1/2021).", gazetteer, dct, "a")
    crash = replace(crash, names=frozenset())
    witness = replace(crash, key=("a", 500), people=frozenset({"Junaedi"}), actors=frozenset({"Junaedi"}))
    told_by_airline = replace(crash, key=("a", 900), people=frozenset({"Yohanes Sirait"}),
                              actors=frozenset({"Yohanes Sirait"}))
    assert judge(witness, told_by_airline).apart is None  # witnesses do not make two crashes
    ruling = replace(witness, event_type="court_ruling")
    assert judge(ruling, replace(told_by_airline, event_type="court_ruling")).apart == "people"


def test_a_day_is_not_weighed_against_a_year(gazetteer):
    # however alike, a source giving the year alone is too vague to say it is that day's happening, and
    # whether the two met would depend on how crowded the year was when they came (so, on their order)
    day = sketch_of("UTBK hari pertama digelar di Universitas Sriwijaya pada Senin (8/5/2023).", gazetteer,
                    date(2023, 5, 8), "a")
    year = sketch_of("UTBK digelar di Universitas Sriwijaya pada 2023.", gazetteer, date(2023, 5, 8), "b")
    assert (day.granularity, year.granularity) == ("day", "year")
    assert len(cluster_mentions([day, year])) == 2
    month = sketch_of("UTBK digelar di Universitas Sriwijaya pada Mei 2023.", gazetteer, date(2023, 5, 8), "c")
    assert month.granularity == "month" and len(cluster_mentions([month, year])) == 1  # a month of it may be
