"""One mention per happening per article: a headline and its lead, or a happening told again in
like words, by the same people, or named as the one told before ("kunjungan itu"), become one
mention citing every passage (`EventMention.also`). Steps of their own ("Setelah mengucapkan sumpah,
mereka menandatangani berita acara") stay mentions of their own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .event_types import ONE_OCCURRENCE_TYPES, WEAK_TYPES, type_family
from .lang.id import clause_words
from .model import EventMention
from .summary import opens_with_dateline

_QUOTE_MARKS = "\"“”‘'"
_ANOTHER = re.compile(clause_words.ANOTHER_OF_A_KIND, re.IGNORECASE)
# a passage that opens on its clock time: "Pukul 06.33 WIB, ...", "3. Sekitar pukul 13.32 WIB, ..."
_OPENING_CLOCK = re.compile(r"\W*(?:\d{1,2}\.\s+)?(?:(?:[Pp]ada|[Ss]ekitar|[Ss]ejak|[Hh]ingga)\s+)*(?:[Pp]ukul|[Jj]am)\s+"
                            r"(?P<time>\d{1,2}[.:]\d{2})")
# a numbered step that gives its own clock time: "1. Gempa pukul 14.00 WIB dengan kekuatan 5,9 SR."
_LISTED_CLOCK = re.compile(r"\W*\d{1,2}\.\s+[^\n]{0,40}?\b(?:[Pp]ukul|[Jj]am)\s+(?P<time>\d{1,2}[.:]\d{2})")
_RESTATED_WORDS = 0.5  # share of their lemmas two untyped passages of one date need to be one happening
_RESTATED_KIN_WORDS = 0.2  # the share two passages of one kind of happening need


def _who(m: EventMention) -> frozenset[str]:
    """Who a passage says did it: its people, and the full names no actor list knew."""
    people = {p.lower() for p in m.people if p not in m.reporters}
    return frozenset(people | {n for n in m.names if " " in n})


def _sides(m: EventMention) -> frozenset[str]:
    """The countries a passage names: a match's sides."""
    return frozenset(n for n, kind in m.actor_kinds if kind == "country")


def _same_area(a: EventMention, b: EventMention) -> bool:
    """No two places that exclude each other: Cugenang lies in Cianjur, Subang does not."""
    if not a.place or not b.place or a.place == b.place:
        return True
    return a.place in b.place_within or b.place in a.place_within


def _markers(m: EventMention) -> frozenset[str]:
    return frozenset(k for k in m.keys if k.startswith("marker:"))


def _restates(a: EventMention, b: EventMention, text: str = "") -> bool:
    """Whether b, later in the same article, tells a's happening again."""
    if a.value != b.value or a.keys != b.keys and a.keys and b.keys:
        return False
    if text and (clock := _OPENING_CLOCK.match(text, b.start, b.end) or _LISTED_CLOCK.match(text, b.start, b.end)) \
            and clock["time"] not in text[a.start:a.end]:
        # "4. Pukul 10.26 WIB, Basarnas memastikan ...": a step of the day at its own time, as a
        # chronology tells them, not the happening told again
        return False
    if text and a.event_type == b.event_type and _ANOTHER.search(text, b.start, b.end) and not b.refers_back:
        # "Untuk tahap kedua, WNI tiba ...", "gempa ... juga terjadi usai gempa 7 SR", "Vietnam yang pada
        # saat bersamaan menang 4-0", "korban tewas bertambah": another of its kind, or a later count
        return False
    if _markers(a) != _markers(b) and not (a.event_type == b.event_type == "sports_result"
                                           and not (_markers(a) and _markers(b))):
        # "gempa susulan" after "gempa": an aftershock is not the quake told again; a match told once with
        # its stage ("leg pertama semifinal") and once without is one match (two matches differ by sides)
        return False
    if a.event_type == b.event_type and a.event_type in ONE_OCCURRENCE_TYPES and "story" in (a.date_source, b.date_source) \
            and _same_area(a, b):
        # "pesawat dikabarkan hilang kontak" ... "nelayan melihat pesawat jatuh": one crash told again
        # without its date, whoever the witness; a quake's aftershock differs by its marker (above)
        return True
    who_a, who_b = _who(a), _who(b)
    if who_a and who_b and not who_a & who_b:
        return False  # "Ferdy Sambo divonis mati ... di hari yang sama, Putri Candrawathi divonis": two people
    family_a, family_b = type_family(a.event_type), type_family(b.event_type)
    if a.event_type == b.event_type == "sports_result" and len(_sides(a)) > 1 and len(_sides(b)) > 1 \
            and not _sides(a) & _sides(b):
        return False  # "Filipina menaklukkan Singapura 1-0" beside Indonesia's win: another match that day
    shared = len(a.lemmas & b.lemmas) / max(1, len(a.lemmas | b.lemmas))
    if family_a and family_a == family_b and family_a not in WEAK_TYPES:
        if a.event_type not in ONE_OCCURRENCE_TYPES and not _same_area(a, b):
            # (a quake is felt, and a flood reaches, in places apart: one happening still)
            return False  # the lawatan to Vietnam announced, and the visit to Banten made the same day
        # one kind of happening on one day: the same one when told in like words, or when one of them
        # states its date and the other only takes it from the story ("Gempa itu terjadi pukul
        # 13.21 WIB" after the lead); a story sentence with other words tells a step of its own
        # ("Setelah mengucapkan sumpah, mereka menandatangani berita acara")
        if shared >= _RESTATED_KIN_WORDS or b.refers_back or (a.actors and set(a.actors) == set(b.actors)):
            return True  # like words, "kunjungan itu", or the same people doing the same kind of thing
        if a.event_type == b.event_type and who_a & who_b:
            return True  # "Firli Bahuri akhirnya ditetapkan tersangka" ... "Penetapan status tersangka terhadap
            # Firli Bahuri itu diumumkan Direktur ...": one person, one kind of step, one day
        return (a.date_source == "stated") != (b.date_source == "stated") and a.event_type == b.event_type \
            and not b.people and not a.people
    if family_a not in WEAK_TYPES and family_b not in WEAK_TYPES:
        return False  # two kinds of happening: a visit to the swearing-in is not the swearing-in
    if b.date_source == "story" or a.date_source == "story":
        return False  # an untyped or speech sentence dated by the story is its own
    return shared >= _RESTATED_WORDS


def _story_start(text: str, body_start: int) -> int:
    """Where the story proper begins: the first paragraph a dateline opens ("TRIBUNNEWS.COM,
    JAKARTA — ..."); without one, the body's start."""
    pos = body_start
    while 0 <= pos < len(text):
        if opens_with_dateline(text, pos):
            return pos
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1
    return body_start


_GENERIC_REFERENCE = re.compile(clause_words.GENERIC_REFERENCE)


def resolve_generic_references(mentions: list[EventMention], text: str) -> list[EventMention]:
    """"Longsor ... menyebabkan 11 warga meninggal. ... Peristiwa itu terjadi pada Sabtu (9/1)": a passage
    that names its happening only by a general noun and "itu", and names no kind of its own, is of the
    kind of the latest happening of a kind told before it."""
    out: list[EventMention] = []
    latest: EventMention | None = None
    for m in mentions:
        if m.event_type in WEAK_TYPES and latest is not None and _GENERIC_REFERENCE.search(text, m.start, m.end):
            m = replace(m, event_type=latest.event_type, refers_back=True)
        if m.event_type not in WEAK_TYPES:
            latest = m
        out.append(m)
    return out


def merge_restatements(mentions: list[EventMention], body_start: int = 0, text: str = "") -> list[EventMention]:
    """One mention per happening per article: a headline and its lead, or a happening told again,
    become one mention citing every passage. The mention that states its date, outside the
    headline, leads; the paragraph a dateline opens before any other."""
    kept: list[EventMention] = []
    story = _story_start(text, body_start)
    for mention in mentions:
        for i, earlier in enumerate(kept):
            if _restates(earlier, mention, text):
                def rank(m: EventMention) -> tuple[bool, bool, bool, bool, bool]:
                    # the lead ("JAKARTA, KOMPAS — ...") and what follows it over a caption or teaser
                    # above it that tells it first; a sentence that tells over one that quotes
                    # someone ("\"Yang ragu boleh mundur,\" kata Prabowo saat pelantikan"); among
                    # equals, the first told
                    return (m.date_source == "stated", m.start >= body_start, m.start >= story,
                            bool(text) and opens_with_dateline(text, m.start),
                            not any(q in text[m.start:m.end] for q in _QUOTE_MARKS[:3]))
                lead, other = (mention, earlier) if rank(mention) > rank(earlier) else (earlier, mention)
                kept[i] = replace(lead, also=tuple(sorted({*lead.also, *other.also, (other.start, other.end)})),
                                  actor_kinds=tuple({**dict(lead.actor_kinds),
                                                     **{n: k for n, k in other.actor_kinds
                                                        if n not in dict(lead.actor_kinds)}}.items()),
                                  place=lead.place or other.place,
                                  place_within=lead.place_within or other.place_within,
                                  places_named=tuple(dict.fromkeys(lead.places_named + other.places_named)),
                                  keys=tuple(dict.fromkeys(lead.keys + other.keys)),
                                  lemmas=lead.lemmas | other.lemmas, names=lead.names | other.names,
                                  figures=lead.figures or other.figures)
                break
        else:
            kept.append(mention)
    return kept
