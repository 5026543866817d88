"""How a sentence's parts relate to its dates: which clause a date belongs to, dates that only
name a term or repeat another in a second zone, a relative clause that dates its noun, a date
set off by a comma that dates the main clause, quoted speech, and the lines that are page
furniture, not news. Text and timexes in, offsets out; no mentions are made here.
"""
from __future__ import annotations

import re
from itertools import pairwise

from .event_types import TypeMatch
from .lang.id import clause_words, happenings as lexicon
from .model import Sentence, Timex
from .summary import after_dateline

BOILERPLATE = re.compile(lexicon.BOILERPLATE, re.IGNORECASE)
_FURNITURE = re.compile(lexicon.FURNITURE)
_CAPTION_END = re.compile(lexicon.CAPTION_END)
_CREDIT_LINE = re.compile(lexicon.PHOTO_CREDIT_LINE)
# text that every match of FURNITURE holds, one piece per alternative (a counter's word, "ANTARA FOTO",
# "Foto:", "(foto:", "/ANTARA)", "dok. ", "Ilustrasi"): a few substring tests rule out most sentences,
# where the pattern itself is tried at every position. Change them with lexicon.FURNITURE.
_FURNITURE_PIECES = ("view", "dibaca", "dilihat", "komentar", "share", "Foto", "(foto", "/", "dok.", "Ilustrasi")
_FURNITURE_ANTARA = re.compile(r"antara\s+foto", re.IGNORECASE)
_CAPTION_LIMIT = 160
_CAPTION_LINE_LIMIT = 500  # a line that ends in a photo credit and is longer runs on into the story
_RELATIVE = re.compile(lexicon.RELATIVE, re.IGNORECASE)
_TERM_BEFORE = re.compile(lexicon.TERM_BEFORE, re.IGNORECASE)
_TERM_LIST_BEFORE = re.compile(lexicon.TERM_LIST_BEFORE, re.IGNORECASE)
_TERM_TITLE_BEFORE = re.compile(lexicon.TERM_TITLE_BEFORE)
_YEAR_SPAN = re.compile(r"\d{4}/\d{4}")
_CLAUSE_SPLIT = re.compile(lexicon.CLAUSE_SPLIT, re.IGNORECASE)
_ZONE_EQUIVALENT = re.compile(lexicon.ZONE_EQUIVALENT, re.IGNORECASE)
_ZONE_AFTER = re.compile(lexicon.ZONE_AFTER)
_DATE_AFTER_COMMA = re.compile(r",\s*$")
_HEAD_GAP = 12  # characters between a happening's noun and the "yang" of its clause ("gempa bumi yang")
# ... or its measure between them: "Gempa dengan magnitudo 6,2 yang terjadi ... pada Jumat"
_HEAD_MEASURE = re.compile(clause_words.HEAD_MEASURE, re.IGNORECASE)


def is_noise(sentence: Sentence, text: str = "") -> bool:
    """Navigation, bylines, counters and photo captions: never a happening."""
    if BOILERPLATE.match(sentence.text):
        return True
    # a caption or counter is a short line; a long one that holds "Sumber Foto: ..." runs on into the lead
    if len(sentence.text) < _CAPTION_LIMIT and _may_be_furniture(sentence.text) and _FURNITURE.search(sentence.text):
        return True
    if not text:
        return False
    line_end = text.find("\n", sentence.start)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if line_end - line_start > _CAPTION_LINE_LIMIT:
        return False
    if _CAPTION_END.search(text, line_start, line_end):
        return True
    # "ANTARA FOTO/Arnas Padda/wpa/foc." or "KOMPAS/TOTOK WIJAYANTO" on the line above: this line is its caption,
    # unless a dateline opens it ("REPUBLIKA.CO.ID, JAKARTA -- ..." under "Foto: ANTARA/..."): the lead
    credit_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start > 0 and bool(_CREDIT_LINE.fullmatch(text, credit_start, line_start - 1)) \
        and after_dateline(text, line_start) == line_start


def _may_be_furniture(sentence: str) -> bool:
    return any(piece in sentence for piece in _FURNITURE_PIECES) or _FURNITURE_ANTARA.search(sentence) is not None


def names_a_term(text: str, timex: Timex) -> bool:
    """'periode 2019-2024', 'masa jabatan 2014-2019', 'Presiden Terpilih 2024-2029': the date qualifies a noun."""
    return bool(_TERM_BEFORE.search(text, max(0, timex.start - 30), timex.start)
                or _TERM_LIST_BEFORE.search(text, max(0, timex.start - 60), timex.start)
                or (_YEAR_SPAN.fullmatch(timex.value or "")
                    and _TERM_TITLE_BEFORE.search(text, max(0, timex.start - 40), timex.start)))


def zone_equivalent(text: str, timex: Timex, before: list[Timex]) -> bool:
    """'Senin (20/1) waktu setempat atau Selasa (21/1) WIB': the second is the first in WIB."""
    return bool(before and _ZONE_EQUIVALENT.search(text, max(0, timex.start - 8), timex.start)
                and _ZONE_AFTER.search(text[timex.end:timex.end + 40]))


def clauses_of(sentence: Sentence, timexes: list[Timex], text: str) -> list[tuple[int, int, list[Timex]]]:
    """Split a sentence so that each dated happening keeps its own clause, with its dates."""
    if len(timexes) == 1:
        return [(sentence.start, sentence.end, timexes)]
    cuts = [sentence.start]
    for m in _CLAUSE_SPLIT.finditer(sentence.text):
        pos = sentence.start + m.start()
        # cut only between two different dates
        if any(t.end <= pos for t in timexes) and any(t.start >= pos for t in timexes):
            cuts.append(pos)
    cuts.append(sentence.end)
    out = []
    for a, b in pairwise(cuts):
        inside = [t for t in timexes if a <= t.start and t.end <= b]
        if inside:
            out.append((a, b, inside))
    return out


def dates_of_clause(text: str, inside: list[Timex], seen: set[str]) -> list[Timex]:
    """The clause's dates that each make a mention: not a term when another date says when, not
    a date given twice ("Senin (21/11) ... atau Selasa (22/11) WIB", the same day again)."""
    dates = [t for t in inside if not names_a_term(text, t)] or inside[:1]
    out: list[Timex] = []
    for t in dates:
        if t.value in seen or zone_equivalent(text, t, out):
            continue
        seen.add(t.value)
        out.append(t)
    return out


def relative_head(text: str, start: int, timex: Timex, matches: list[TypeMatch]) -> TypeMatch | None:
    """The happening a date belongs to when it stands in a relative clause: "gempa bumi yang
    melanda Cianjur pada Senin (21/11)" dates "gempa", the noun just before "yang"."""
    # "menyusul banjir yang menelan korban jiwa, Rabu (10/9/2025)": a date set off by a comma dates the
    # main clause, as news writes it; "yang melanda Cianjur, Jawa Barat, pada Senin (21/11)" goes on
    if _DATE_AFTER_COMMA.search(text, max(start, timex.start - 4), timex.start):
        return None
    for relative in _RELATIVE.finditer(text, start, timex.start):
        nouns = [m for m in matches if m.is_noun and start <= m.start and (
            0 <= relative.start() - m.end <= _HEAD_GAP or _HEAD_MEASURE.fullmatch(text, m.end, relative.start()))]
        if nouns:
            return nouns[-1]
    return None


def main_clause(text: str, start: int, timex: Timex, matches: list[TypeMatch]) -> tuple[list[TypeMatch], int]:
    """The matches that type a clause, and where to look from. A date set off by a comma at the end
    dates what the clause's first words say, not a relative clause before it ("menetapkan status
    tanggap darurat menyusul banjir yang menelan korban jiwa, Rabu (10/9/2025)" is a decree)."""
    if not _DATE_AFTER_COMMA.search(text, max(start, timex.start - 4), timex.start):
        return matches, timex.start
    relative = _RELATIVE.search(text, start, timex.start)
    before = [m for m in matches if relative is not None and m.start < relative.start()]
    return (before, after_dateline(text, start)) if before else (matches, timex.start)


def inside_quote(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its sentence (from `start`)."""
    before = text[start:pos]
    if "“" in before or "”" in before:
        return before.rfind("“") > before.rfind("”")
    return before.count('"') % 2 == 1
