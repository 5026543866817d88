"""Sentence splitting with exact offsets."""
from __future__ import annotations

import pytest

from app.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("Kim tiba. Putin menyambut.", ["Kim tiba.", "Putin menyambut."]),
    ("Dr. Budi hadir. Ia bicara.", ["Dr. Budi hadir.", "Ia bicara."]),
    ("Ada buku, pena, dll. Semua dibawa.", ["Ada buku, pena, dll.", "Semua dibawa."]),
    ("Rekening a.n. Budi dibekukan. Lalu dibuka.", ["Rekening a.n. Budi dibekukan.", "Lalu dibuka."]),
    ("Harga Rp 1.500.000 naik. Warga protes.", ["Harga Rp 1.500.000 naik.", "Warga protes."]),
    ("Pejabat AS hadir. Korut diam.", ["Pejabat AS hadir.", "Korut diam."]),
    ("Judul Tanpa Titik\nIsi pertama. Isi kedua.", ["Judul Tanpa Titik", "Isi pertama.", "Isi kedua."]),
    ("“Ini kemenangan,” kata Easley. Ia tersenyum.", ["“Ini kemenangan,” kata Easley.", "Ia tersenyum."]),
    ("Ia berkata, “Kami siap.” Lalu pergi.", ["Ia berkata, “Kami siap.”", "Lalu pergi."]),
    ("Surat No. 12 dikirim. Selesai.", ["Surat No. 12 dikirim.", "Selesai."]),
    ("Editor : Edy A. Putra", ["Editor : Edy A. Putra"]),
    ("Apa kabar? Baik!", ["Apa kabar?", "Baik!"]),
    # a list item's number opens its sentence
    ("Kronologi:\n3. Pukul 06.33 WIB, AirNav hilang kontak.\n4. Pukul 10.26 WIB, pesawat jatuh.",
     ["Kronologi:", "3. Pukul 06.33 WIB, AirNav hilang kontak.", "4. Pukul 10.26 WIB, pesawat jatuh."]),
])
def test_sentences(text, expected):
    assert texts(text) == expected


def test_offsets_are_exact():
    text = "  Judul\n\nKim tiba di Rusia.  Putin menyambut. \n"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_no_sentence_ends_inside_a_date():
    text = "Ia tiba pada 11 Sep. 2023 di Moskow."
    assert texts(text) == ["Ia tiba pada 11 Sep.", "2023 di Moskow."]
    kept = split_sentences(text, [(text.index("11"), text.index(" di"))])
    assert [s.text for s in kept] == [text]
