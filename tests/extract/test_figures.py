"""Figures a mention reports, per kind, with the time the text gives for them."""
from __future__ import annotations

import pytest

from app.extract.figures import case_numbers, find_figures, magnitudes


@pytest.mark.parametrize("text,expected", [
    ("Gempa menewaskan 46 orang.", {"dead": "46"}),
    ("Korban meninggal dunia bertambah menjadi 162 orang, 326 orang luka-luka dan 13.784 orang mengungsi.",
     {"dead": "162", "injured": "326", "displaced": "13784"}),
    ("Sebanyak tiga orang masih hilang.", {"missing": "3"}),
    ("Harga naik 5 persen pada 2022.", {}),
])
def test_tolls(text, expected):
    assert {f.kind: f.value for f in find_figures(text, 0, len(text), None)} == expected


def test_a_toll_keeps_the_time_it_was_counted():
    text = "Hingga pukul 17.00 WIB, korban meninggal mencapai 162 orang."
    figure, = find_figures(text, 0, len(text), None)
    assert figure.value == "162" and figure.at == "pukul 17.00 WIB"


def test_scores_only_for_sports_results():
    text = "Timnas menang 3-1 atas Vietnam."
    assert [f.value for f in find_figures(text, 0, len(text), "sports_result")] == ["3-1"]
    assert find_figures(text, 0, len(text), None) == ()
    text = "Filipina menaklukkan Singapura 1-0."  # a score ends the sentence
    assert [f.value for f in find_figures(text, 0, len(text), "sports_result")] == ["1-0"]
    text = "Skor rata-rata naik 1-0,5 poin."  # a decimal is no score
    assert find_figures(text, 0, len(text), "sports_result") == ()


def test_identifiers_that_tell_kindred_happenings_apart():
    text = "Putusan nomor 90/PUU-XXI/2023 dibacakan. Gempa magnitudo 5,6 mengguncang Cianjur."
    assert case_numbers(text, 0, len(text)) == ("case:90/PUU-XXI/2023",)
    assert magnitudes(text, 0, len(text)) == ("magnitude:5.6",)
    # a passage of an aftershock: its own magnitude, not the quake's it follows
    text = "Setelah gempa M 7,8, 15 menit kemudian terjadi gempa susulan berkekuatan M 6,7."
    assert magnitudes(text, 0, len(text)) == ("magnitude:6.7",)
    text = "Gempa susulan berkekuatan magnitudo (M) 6,2 kembali guncang Majene."
    assert magnitudes(text, 0, len(text)) == ("magnitude:6.2",)
    # a count of aftershocks names the quake they follow: no magnitude of their own
    text = "BMKG mendeteksi 152 gempa bumi susulan setelah gempa dengan magnitudo 7,4 di Donggala."
    assert magnitudes(text, 0, len(text)) == ()
