"""Property-based: arbitrary text never breaks the tagger, and every span slices back exactly."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract.lang.id.grammar import find_candidates
from app.extract.pipeline import extract_article
from app.extract.timex import tag_timexes

WORDS = st.sampled_from(["Senin", "(11/9)", "11", "September", "2023", "tahun", "lalu", "pada", "Juli", "-an",
                         "1950", "-", "/", "hari", "ini", "kemarin", "Rabu", "pagi", "(", ")", ",", ".", "\n",
                         "Kim", "Putin", "akan", "sejak", "hingga", "abad", "ke-20", "pekan", "depan", "Minggu",
                         # words of the rules that run in narrower windows (grammar._REACH)
                         "tanggal", "kuartal", "ketiga", "anggaran", "beberapa", "waktu", "dalam", "yang",
                         "keesokan", "harinya", "Natal", "baru", "dini", "tadi", "dua", "puluh", "sembilan",
                         "dan", "silam", "(2023)", "2019", "sampai", "dengan"])
NEWSLIKE = st.lists(WORDS, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSLIKE), st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 1, 1))))
def test_tagger_never_raises_and_spans_slice_back(text, dct):
    _, timexes = tag_timexes(text, dct)
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSLIKE))
def test_pipeline_never_raises_and_citations_are_inside_the_text(text):
    extraction = extract_article(text)
    for e in extraction.events:
        assert 0 <= e.start < e.end <= len(text)
        if e.timex is not None:  # none when the story dates the mention
            assert e.start <= e.timex.start < e.timex.end <= e.end
    for s in extraction.sentences:
        assert text[s.start:s.end] == s.text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSLIKE, st.lists(WORDS, max_size=120).map(" ".join)))
def test_rules_in_trigger_windows_find_what_a_full_scan_finds(text):
    """What triggers.py claims: running the rules only around trigger words loses nothing."""
    def spans(candidates):
        return [(c.start, c.end, c.rule) for c in candidates]
    assert spans(find_candidates(text)) == spans(find_candidates(text, [(0, len(text))]))
