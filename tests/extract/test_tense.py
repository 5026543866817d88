"""Which side of the publication date a clause is on, from its nearest cue word."""
from __future__ import annotations

import pytest

from app.extract.lang.id.tense import clause_tense


@pytest.mark.parametrize("text,date_text,tense", [
    ("Presiden akan berkunjung pada Rabu (12/9).", "Rabu (12/9)", "future"),
    ("Gempa telah terjadi pada Senin (21/11).", "Senin (21/11)", "past"),
    # what a quote says ahead is not the tense of the day it was said
    ("“Saya sedang menuju bandara, akan kami update,” kata juru bicara dikutip dari Antara, Sabtu (9/1).",
     "Sabtu (9/1)", None),
    # "pembunuhan berencana" is premeditated murder, nothing planned
    ("Hakim memvonis terdakwa pembunuhan berencana itu pada Senin (13/2/2023).", "Senin (13/2/2023)", None),
    # a day the calendar gives a holiday is announced before it comes; a plane that "jatuh" fell
    ("Pemerintah menetapkan Idul Adha 2023 jatuh pada Kamis, 29 Juni 2023.", "Kamis, 29 Juni 2023", "future"),
    ("Sidang isbat: 1 Zulhijah 1444 H jatuh pada Selasa (20/6).", "Selasa (20/6)", "future"),
    ("Pesawat Sriwijaya Air jatuh pada Sabtu (9/1) sore.", "Sabtu (9/1)", None),
])
def test_the_nearest_cue_of_the_clause_says_its_tense(text, date_text, tense):
    start = text.index(date_text)
    assert clause_tense(text, start, start + len(date_text)) == tense
