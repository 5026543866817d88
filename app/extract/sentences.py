"""Sentence splitting for Indonesian news, with exact offsets.

A line break always ends a sentence (headlines and subheadings carry no full stop).
Inside a line, '.', '!' or '?' (with any closing quotes) ends one when what follows
starts a new sentence and what precedes is not an abbreviation ("Dr.", "dll.", "a.n.")
or a number ("1.000"), or the number of a list's item ("3. Pukul 06.33 WIB, ...").
"""
from __future__ import annotations

import re

from .lang import Language, indonesian
from .model import Sentence

_END = re.compile(r"[.!?]+[\"”’'»)]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LIST_NUMBER = re.compile(r"\s*\d{1,2}\.")


def _is_abbreviation(line: str, dot: int, abbreviations: frozenset[str], list_endings: frozenset[str]) -> bool:
    """Whether the '.' at `dot` closes an abbreviation rather than the sentence."""
    m = _WORD_BEFORE.search(line, max(0, dot - 24), dot)  # abbreviations are short: look back a little
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in abbreviations:
        # "dll." and its kin also end sentences: they do when a capital follows
        return not (word in list_endings and _starts_sentence(line, dot + 1))

    # a single capital letter is an initial ("Edy A. Putra"), not a sentence
    return len(word) == 1 and word.isalpha() and line[m.start()].isupper()


def _starts_sentence(line: str, pos: int) -> bool:
    rest = line[pos:].lstrip()
    if not rest:
        return True
    ch = rest[0]
    return ch.isupper() or ch.isdigit() or ch in "\"“‘'(«-–—"


def split_sentences(text: str, keep_together: list[tuple[int, int]] = (),
                    language: Language | None = None) -> list[Sentence]:
    """Sentences in text order. No sentence ends inside a `keep_together` span (a date such as
    "11 Sep. 2023", whose abbreviation dot is not a full stop). The language's abbreviations
    ("Dr.", "dll.") end no sentence."""
    language = language or indonesian()
    inside = bytearray(len(text) + 1)
    for a, b in keep_together:
        inside[a + 1:b] = b"\x01" * max(0, b - a - 1)
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        cursor = 0
        for m in _END.finditer(line):
            end = m.end()
            if end < len(line) and not line[end].isspace():
                continue  # "1.000", "KOMPAS.com", "a.n.": no space after the mark
            if m.group().startswith(".") and len(m.group().rstrip("\"”’'»)")) == 1 \
                    and _is_abbreviation(line, m.start(), language.abbreviations, language.list_endings):
                continue
            if not _starts_sentence(line, end) or inside[offset + end]:
                continue
            if _LIST_NUMBER.fullmatch(line, 0, end):
                continue  # "3. Pukul 06.33 WIB, ...": a list item's number opens its sentence
            _add(sentences, line, offset, cursor, end)
            cursor = end
        _add(sentences, line, offset, cursor, len(line))
        offset += len(line) + 1
    return sentences


def _add(out: list[Sentence], line: str, offset: int, start: int, end: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(offset + start, offset + end, line[start:end]))
