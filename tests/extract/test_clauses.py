"""Page furniture: the cheap pre-test of is_noise lets through every line the furniture pattern finds."""
from __future__ import annotations

from pathlib import Path

from app.extract.clauses import _FURNITURE, _may_be_furniture, is_noise
from app.extract.model import Sentence
from app.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
FURNITURE_LINES = ["4 views", "12 kali dibaca", "300 dilihat", "5 komentar", "2 shares",
                   "(Antara Foto/Novrian Arbi)", "Foto: dok. BNPB", "(foto: istimewa)", "Warga mengungsi. (Ari/ANTARA)",
                   "Ilustrasi gempa", "Sumber dok. pribadi"]


def test_every_furniture_line_passes_the_pre_test_and_is_noise():
    for line in FURNITURE_LINES:
        assert _FURNITURE.search(line), line  # each alternative of the pattern is exercised
        assert _may_be_furniture(line), line
        assert is_noise(Sentence(0, len(line), line), line), line


def test_the_pre_test_misses_no_furniture_of_the_dev_set():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "dev" / "articles").glob("*.txt"))]
    sentences = [s.text for text in texts for s in split_sentences(text)]
    found = [s for s in sentences if _FURNITURE.search(s)]
    assert found and all(_may_be_furniture(s) for s in found)
    assert not _may_be_furniture("Gempa magnitudo 5,6 mengguncang Cianjur pada Senin siang.")
