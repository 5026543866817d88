"""Proper names of a passage that no actor or place stands for."""
from __future__ import annotations

import pytest

from app.extract.names import common_words, passage_names, topic_names

CASES = [
    # a mountain inside a sentence; "Gunung" is a kind of place, "Sabtu" a calendar word
    ("Warga panik saat Gunung Semeru meletus pada Sabtu sore.", set(), {"semeru"}),
    # a sentence's first word is capitalised anyway
    ("Sambo divonis mati oleh hakim.", set(), set()),
    # the words of actors and places the passage already has are weighed on their own
    ("Hakim membacakan vonis Ferdy Sambo di Jakarta Selatan.", {"jakarta", "selatan"}, {"ferdy", "sambo", "ferdy sambo"}),
    # titles are no names; acronyms are
    ("Kemudian Presiden dan Kepala BNPB meninjau lokasi.", set(), {"bnpb"}),
]


@pytest.mark.parametrize("text, known, names", CASES)
def test_names_of_a_passage(text, known, names):
    assert passage_names(text, 0, len(text), known) == names


def test_a_word_the_article_writes_in_lower_case_is_no_name():
    text = "Permohonan itu ditolak. Hakim bilang, \"Menolak Permohonan Pemohon.\" Pemohon kecewa atas permohonan itu."
    assert "permohonan" not in passage_names(text, 0, len(text), common=common_words(text))


def test_the_headline_gives_the_story_its_names():
    text = "Erupsi Gunung Semeru, Warga Mengungsi\nLUMAJANG - Ribuan warga mengungsi setelah erupsi pada Sabtu (4/12/2021)."
    body = text.index("\n") + 1
    assert topic_names(text, body, len(text)) == {"semeru"}


def test_a_full_name_is_kept_whole_beside_its_words():
    text = "Hakim membacakan vonis untuk Putri Candrawathi hari itu."
    assert passage_names(text, 0, len(text)) == {"putri", "candrawathi", "putri candrawathi"}
