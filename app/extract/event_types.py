"""What kind of happening a clause reports: an event type from the lemmas of its words.

"tiba", "mendarat", "ketibaan" and "kedatangan" are one type (a visit) because their
lemmas are listed under it, not because their surface forms are: simplemma's Indonesian
lemmatiser, which ships its dictionary in its wheel, strips the affixes. The word lists
are the language's (`lang/id/happenings.py`); this module holds none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import simplemma

from .lang.id import clause_words, happenings as lexicon

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# types that name no particular kind of happening: they neither tell happenings apart nor join them
WEAK_TYPES = frozenset({None, "other", "statement"})
# kinds of happening no one does, which occur once on a day in one story: a crash, a quake, a riot.
# Who a passage names for them are witnesses and officials, not doers that tell two happenings apart
ONE_OCCURRENCE_TYPES = frozenset({"accident", "disaster", "unrest"})


@lru_cache(maxsize=131072)
def lemma(word: str) -> str:
    """The lemma of one word, lower case ("dilantik" -> "lantik")."""
    lower = word.lower()
    return simplemma.lemmatize(lower, lang="id") or lower


_TYPE_OF_LEMMA: dict[str, str] = {}
for _type, _lemmas in lexicon.TYPE_LEMMAS.items():
    for _lemma in _lemmas:
        _TYPE_OF_LEMMA.setdefault(_lemma, _type)
_SURFACES = sorted(((s, t) for t, ss in lexicon.TYPE_SURFACES.items() for s in ss), key=lambda p: -len(p[0]))
# surfaces by their first word: a word of the text is tried against the phrases it can open, so
# a clause is read word by word once, not scanned by one long alternation at every character
_SURFACES_BY_FIRST: dict[str, re.Pattern] = {}
for _first in {s.split()[0] for s, _ in _SURFACES}:
    _SURFACES_BY_FIRST[_first] = re.compile("|".join(
        "(?P<s%d>%s)" % (i, re.escape(s).replace(r"\ ", r"\s+")) for i, (s, _) in enumerate(_SURFACES)
        if s.split()[0] == _first) + r"(?![\w-])", re.IGNORECASE)
_TITLE_PART_AFTER = {surface: re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                                         + r")\)?\s+$", re.IGNORECASE)  # "Rancangan Undang-Undang (RUU) Pilkada"
                     for surface, words in lexicon.TITLE_PART_AFTER.items()}
# a weak type names a happening only when nothing more specific stands in the clause
_WEAK = {"statement": 160, "other": 200}
_NOUN_PENALTY = 60
_NEGATED = re.compile(clause_words.NEGATED_BEFORE, re.IGNORECASE)
_CAUSE = re.compile(clause_words.CAUSE_BEFORE, re.IGNORECASE)
_CAUSES = re.compile(clause_words.CAUSES, re.IGNORECASE)
_DURING = re.compile(clause_words.DURING_AFTER, re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(clause_words.RELATIVE_BEFORE, re.IGNORECASE)
_LIGHT_VERB_BEFORE = re.compile(lexicon.LIGHT_VERB_BEFORE, re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(clause_words.PURPOSE_BEFORE, re.IGNORECASE)
_BACKDROP_BEFORE = re.compile(clause_words.BACKDROP_BEFORE)


@dataclass(frozen=True, slots=True)
class TypeMatch:
    """A word (or phrase) of the text that names a type of happening."""

    type: str
    start: int
    end: int
    lemma: str
    is_noun: bool
    is_cause: bool = False  # named as what caused the clause's happening ("roboh akibat gempa")
    is_effect: bool = False  # a toll the clause's crash, quake or riot caused ("... menewaskan 3 orang")
    describes: bool = False  # a verb of a relative clause, which describes a noun ("bangunan yang roboh")
    purpose: bool = False  # what something was done for ("... ke Rusia untuk bertemu Putin")
    backdrop: bool = False  # in a clause that sets the scene ("Usai dilantik, Prabowo berpidato")


def _is_noun(surface: str, word_lemma: str) -> bool:
    s = surface.lower()
    # "kunjungan", "kedatangan", "pertemuan": a stem with -an and no verbal prefix ("menyerahkan",
    # "diberlakukan" are verbs)
    verbal = s != word_lemma and s.startswith(lexicon.VERB_PREFIXES)
    suffixed_noun = s.endswith("an") and s != word_lemma and not verbal
    # a noun made a verb by its prefix says it happened: "divonis", "disidang", "berlaga"
    return suffixed_noun or (word_lemma in lexicon.NOUN_LEMMAS and not (verbal and word_lemma in s))


@lru_cache(maxsize=131072)
def _word_type(word: str) -> tuple[str, str, bool] | None:
    """(type, lemma, is a noun) of a word that names a happening, None for any other word."""
    if word.lower() in lexicon.NOT_TRIGGERS:
        return None
    word_lemma = lemma(word)
    kind = _TYPE_OF_LEMMA.get(word_lemma)
    return None if kind is None else (kind, word_lemma, _is_noun(word, word_lemma))


# word as written -> None when it neither opens a phrase nor names a type (most words), else (the
# phrases it opens, its _word_type): one dict lookup per word of the text, where the loop below made
# a lower() and two lookups. Cleared when full, so memory stays bounded over any number of articles.
_WORD_HITS: dict[str, tuple[re.Pattern | None, tuple[str, str, bool] | None] | None] = {}
_WORD_HITS_LIMIT = 200_000
_UNSEEN = object()


def _word_hit(word: str):
    if len(_WORD_HITS) >= _WORD_HITS_LIMIT:
        _WORD_HITS.clear()
    phrases, info = _SURFACES_BY_FIRST.get(word.lower()), _word_type(word)
    hit = _WORD_HITS[word] = None if phrases is None and info is None else (phrases, info)
    return hit


def type_matches(text: str, start: int = 0, end: int | None = None) -> list[TypeMatch]:
    """Every word of text[start:end] that names a type, in text order."""
    end = len(text) if end is None else end
    clause = ""  # the clause in lower case and its words, for NEEDS_CONTEXT, read when first needed
    words: set[str] | None = None
    found: list[TypeMatch] = []
    taken_end = -1  # the end of the last phrase found: its words are not read again one by one
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        hit = _WORD_HITS.get(word, _UNSEEN)
        if hit is _UNSEEN:
            hit = _word_hit(word)
        if hit is None or m.start() < taken_end:
            continue
        phrases, info = hit
        if phrases is not None:
            phrase = phrases.match(text, m.start(), end)
            if phrase is not None and _NEGATED.search(text, max(start, m.start() - 40), m.start()):
                taken_end = phrase.end()
                continue
            if phrase is not None:
                index = int(phrase.lastgroup[1:])  # the alternatives are not nested: the last group is the one
                surface = _SURFACES[index][0]
                found.append(TypeMatch(_SURFACES[index][1], phrase.start(), phrase.end(), phrase.group().lower(),
                                       surface in lexicon.NOUN_SURFACES))
                taken_end = phrase.end()
                continue
        if info is None:
            continue  # most words name no happening: one cached lookup
        title_before = _TITLE_PART_AFTER.get(word.lower())
        if title_before is not None and title_before.search(text, max(start, m.start() - 30), m.start()):
            continue  # "Presiden terpilih": part of a title
        if _NEGATED.search(text, max(start, m.start() - 40), m.start()):
            continue  # "tidak ada korban jiwa", "bukan tsunami": what the text says did not happen
        kind, word_lemma, is_noun = info
        context = lexicon.NEEDS_CONTEXT.get(word_lemma)
        beside = lexicon.TYPE_BESIDE.get(word_lemma)
        if (context or beside) and words is None:
            clause = text[start:end].lower()
            words = set(_WORD.findall(clause))
        if beside is not None and any(w in words for w in beside[0]):
            kind = beside[1]  # another type beside these words, whatever else the lemma needs
        elif context and not any((c in words) if " " not in c else (c in clause) for c in context):
            # whole words ("ma" is Mahkamah Agung, not the "ma" of "rumah"); phrases as phrases
            continue
        found.append(TypeMatch(kind, m.start(), m.end(), word_lemma, is_noun,
                               bool(_CAUSE.search(text, max(start, m.start() - 30), m.start())),
                               describes=not is_noun and bool(_RELATIVE_BEFORE.search(text, max(start, m.start() - 6),
                                                                                      m.start())),
                               purpose=bool(_PURPOSE_BEFORE.search(text, max(start, m.start() - 8), m.start())),
                               backdrop=bool(_BACKDROP_BEFORE.search(text, start, m.start()))))
    found.sort(key=lambda t: t.start)
    # "menggelar demo", "melakukan unjuk rasa": a light verb makes its noun say it happened, as "berdemo" does
    found = [replace(t, is_noun=False)
             if t.is_noun and t.type in lexicon.LIGHT_VERB_TYPES
             and _LIGHT_VERB_BEFORE.search(text, max(start, t.start - 24), t.start) else t
             for t in found]
    if len(found) > 1 and any(t.type == "casualties" for t in found):
        found = _tolls_as_effects(text, found)
    return found


def _tolls_as_effects(text: str, found: list[TypeMatch]) -> list[TypeMatch]:
    """"Kerusuhan di Stadion Kanjuruhan ... mengakibatkan seratusan jiwa melayang": the toll a crash, a
    quake, a riot caused is a figure of it, not the clause's happening: marked an effect."""
    out = []
    for t in found:
        if t.type == "casualties" and not t.is_cause:
            cause = next((c for c in found if c.start < t.start and c.type in ONE_OCCURRENCE_TYPES), None)
            # ... or told first: "Enam orang tewas saat KMP Yunicee tenggelam di Selat Bali"
            during = next((c for c in found if c.start > t.end and c.type in ONE_OCCURRENCE_TYPES
                           and _DURING.search(text, t.end, c.start)), None)
            if cause is not None and _CAUSES.search(text, cause.end, t.start) or during is not None:
                t = replace(t, is_effect=True)
        out.append(t)
    return out


def event_type_of(matches: list[TypeMatch], anchor: int) -> TypeMatch | None:
    """The type named nearest to `anchor` (an offset in the text): verbs before nouns,
    specific types before speech and the catch-all."""
    def cost(t: TypeMatch) -> int:
        return abs(anchor - t.start) + (_NOUN_PENALTY if t.is_noun or t.describes or t.purpose else 0) \
            + _WEAK.get(t.type, 0)
    present = {t.type for t in matches if not t.is_cause and not t.backdrop}
    chosen = [t for t in matches if not (lexicon.YIELDS_TO.get(t.type, frozenset()) & present)
              and not (t.is_effect and present & ONE_OCCURRENCE_TYPES)]
    if any(not t.backdrop for t in chosen):
        chosen = [t for t in chosen if not t.backdrop]  # the scene set is not what the clause tells
    return min(chosen, key=cost, default=None)


def content_lemmas(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The lemmas of a passage's content words: what two mentions of one happening share."""
    end = len(text) if end is None else end
    out = set()
    for word in _WORD.findall(text, start, end):
        word_lemma = _CONTENT_LEMMAS.get(word, _UNSEEN)
        if word_lemma is _UNSEEN:
            word_lemma = _content_lemma(word)
        if word_lemma is not None:
            out.add(word_lemma)
    return frozenset(out)


# word as written -> its lemma, None for a short word or a stopword: one dict lookup per word of every
# mention's passage (bounded like _WORD_HITS)
_CONTENT_LEMMAS: dict[str, str | None] = {}


def _content_lemma(word: str) -> str | None:
    if len(_CONTENT_LEMMAS) >= _WORD_HITS_LIMIT:
        _CONTENT_LEMMAS.clear()
    word_lemma = None if len(word) < 3 else lemma(word)
    if word_lemma in lexicon.STOPWORDS:
        word_lemma = None
    _CONTENT_LEMMAS[word] = word_lemma
    return word_lemma


def type_family(kind: str | None) -> str | None:
    """Types that tell one story ("a visit" and "the meeting it was for") share a family."""
    if kind is None:
        return None
    return lexicon.TYPE_FAMILY.get(kind, kind)
