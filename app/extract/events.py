"""From dated sentences to events: clause, summary, status, action, place and actors.

Each sentence (or clause, where one sentence holds two dated happenings) with a
calendar date becomes an `Event` citing that passage. Vague references
(PRESENT_REF...) and boilerplate lines (navigation, "Baca juga", comment forms)
make no events.
"""
from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from .dates import value_bounds
from .model import ActorMention, Event, Sentence, Timex

BOILERPLATE = re.compile(
    r"^\s*(?:baca\s+juga|advertisement|scroll\s+to|tinggalkan\s+balasan|alamat\s+email|back\s+to\s+top|"
    r"sumber\s*(?:foto)?\s*:|penulis\s*:|editor\s*:|nama\s+penulis|nama\s+penyunting|simak\s+juga|lihat\s+juga|"
    r"artikel\s+terkait|berita\s+terkait|ikuti\s+(?:kami|berita)|dapatkan\s+update|copyright|hak\s+cipta|"
    r"komentar|kirim\s+komentar|share|bagikan|tag\s*:|topik\s*:|my\s+post\s+content|\d+\s+min\s+read)",
    re.IGNORECASE)
_CALENDAR_VALUE = re.compile(r"^\d{2,4}")
_CLAUSE_SPLIT = re.compile(r",\s+(?:meskipun|meski|namun|sedangkan|sementara|tetapi|dan\s+setelah|lalu|kemudian|"
                           r"sebelum|setelah)\b|;\s*|\s+(?:sedangkan|sementara itu)\s+", re.IGNORECASE)

PLANNED_CUES = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|berencana|bakal|hendak|dijadwalkan)\b",
                          re.IGNORECASE)
# "laporan" attributes ("beberapa laporan mengindikasikan") unless it is a thing counted or received
# ("menerima 200 laporan")
REPORTED_CUES = re.compile(r"\b(?:diduga|dilaporkan|menurut|kabarnya|dikabarkan|dituding|menuding|disebut|"
                           r"diyakini|konon|ditengarai|dilansir|melansir|mengutip|dikutip|"
                           r"(?<!\d\s)(?<!menerima\s)(?<!mengajukan\s)(?<!membuat\s)(?<!melayangkan\s)laporan|"
                           r"mencurigai|dicurigai|dituduh|menuduh|reportedly)\b", re.IGNORECASE)

# verb or noun stem -> the happening it names; verbs weigh more than nouns when choosing
ACTIONS: list[tuple[str, str]] = [
    (r"tiba|datang|mendarat|sampai di|kedatangan|sesampainya", "arrive"),
    (r"berkunjung|mengunjungi|kunjungan|melawat|lawatan|bertandang", "visit"),
    (r"bertemu|menemui|pertemuan|bertatap muka|ktt|berjumpa|menyambut|disambut|bertemunya", "meet"),
    (r"melakukan perjalanan|perjalanan|bepergian|berangkat|bertolak|menaiki", "travel"),
    (r"mengumumkan|pengumuman|diumumkan|mengonfirmasi|dikonfirmasi|menkonfirmasi|konfirmasi", "announce"),
    (r"mengatakan|menyatakan|pernyataan|berkata|menegaskan|menuding|menuduh|melaporkan|dilansir", "state"),
    (r"sanksi|menjatuhkan sanksi|embargo", "sanction"),
    (r"menandatangani|penandatanganan|perjanjian|kesepakatan|sepakat|menyepakati", "agree"),
    (r"menyerang|serangan|invasi|menginvasi|meluncurkan|diluncurkan|diluncurkannya|menembakkan", "attack"),
    (r"runtuh|runtuhnya|bubar|pembubaran|jatuh", "collapse"),
    (r"menutup|ditutup|penutupan", "close"),
    (r"perang|berperang|pertempuran", "war"),
    (r"diterbitkan|menerbitkan|terbit|artikel", "publish"),
    (r"mendirikan|didirikan|berdiri|pendirian|membantu mendirikan", "found"),
    (r"ditangkap|menangkap|menahan|ditahan|penangkapan", "arrest"),
    (r"dilantik|melantik|pelantikan|terpilih|pemilu|pemilihan", "elect"),
    (r"meninggal|wafat|tewas|gugur", "die"),
]
# happenings that are one story told differently: a trip, an arrival, a visit and the meeting it was for
ACTION_FAMILY = {"arrive": "visit", "visit": "visit", "meet": "visit", "travel": "visit",
                 "announce": "statement", "state": "statement"}
_ACTION_PATTERN = re.compile(r"\b(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(ACTIONS)) + r")\b",
                             re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\s*(?:mereka|keduanya|ia|dia|beliau|kedua(?:nya| pemimpin| negara)?)\b",
                            re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"\b(?:di|ke|dari|menuju)\s+$", re.IGNORECASE)
SUMMARY_LIMIT = 200


def _relative_to_publication(value: str | None, dct: date | None) -> str | None:
    bounds = value_bounds(value)
    if not dct or not bounds:
        return None
    if bounds[1] < dct:
        return "past"
    if bounds[0] > dct:
        return "future"
    return None


def is_calendar_value(value: str | None) -> bool:
    return bool(value and _CALENDAR_VALUE.match(value))


def action_of(passage: str, anchor: int) -> str | None:
    """The happening named nearest to `anchor` (an offset in passage); verbs before nouns."""
    best: tuple[int, str] | None = None
    for m in _ACTION_PATTERN.finditer(passage):
        index = int(next(k for k, v in m.groupdict().items() if v)[1:])
        word = m.group().lower()
        is_noun = word.startswith(("ke", "pe")) and word.endswith("an") or word in ("ktt", "artikel", "perang")
        distance = abs(anchor - m.start()) + (200 if is_noun else 0)
        if best is None or distance < best[0]:
            best = (distance, ACTIONS[index][1])
    return best[1] if best else None


_SINCE = re.compile(r"\b(?:sejak|semenjak)\s+(?:tahun\s+|bulan\s+)?$", re.IGNORECASE)


def status_of(passage: str, date_offset: int, when: str | None) -> str:
    """planned, reported or happened.

    A cue of plans only counts before the date in its clause ("akan bertemu ... pada Selasa"),
    and never for a date already past at publication (`when` is "past" or "future" relative
    to the publication date, None when unknown) or one that starts a "sejak" (since).
    """
    if when == "future":
        return "planned"  # after publication nothing has happened yet
    if when != "past" and PLANNED_CUES.search(passage, 0, date_offset) \
            and not _SINCE.search(passage, max(0, date_offset - 20), date_offset):
        return "planned"
    if REPORTED_CUES.search(passage):
        return "reported"
    return "happened"


_TERM_BEFORE = re.compile(r"\b(?:periode|masa\s+(?:jabatan|bakti|kerja)|kabinet|angkatan)\s+(?:tahun\s+)?$",
                          re.IGNORECASE)


def _names_a_term(sentence: Sentence, timex: Timex) -> bool:
    """'periode 2019-2024', 'masa jabatan 2014-2019': the date qualifies a noun."""
    offset = timex.start - sentence.start
    return bool(_TERM_BEFORE.search(sentence.text, max(0, offset - 30), offset))


def _clauses(sentence: Sentence, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """Split a sentence so that each dated happening keeps its own clause."""
    if len(timexes) == 1:
        return [(sentence.start, sentence.end, timexes[0])]
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
            # "anggota DPR periode 2024-2029 akan dilantik pada 1 Oktober": a term names who,
            # the other date says when
            dates = [t for t in inside if not _names_a_term(sentence, t)] or inside
            out.append((a, b, dates[0]))
    return out


# "SEMARANG, KOMPAS.com - ", "Jakarta, CNN Indonesia -- ", "TEMPO.CO, Jakarta - ", "Jakarta (ANTARA) - ",
# "Jakarta - ": a place and an outlet before a dash, where a paragraph starts
_DATELINE_LEAD = re.compile(r"(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*,[ \t]*)?[A-Za-z][\w.]*"
                            r"(?:[ \t]+[A-Z][\w.]*){0,2}(?:[ \t]*\([A-Z][\w .]*\))?[ \t]*(?:--|[-–—])[ \t]+")
_DATELINE_LIMIT = 48
_BLANK = re.compile(r"\s*")


def after_dateline(text: str, start: int) -> int:
    """Where the happening begins in a passage starting at `start`: after a dateline that opens
    the paragraph, else `start`."""
    if not _BLANK.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return start  # not the start of a paragraph
    m = _DATELINE_LEAD.match(text, start)
    return m.end() if m and m.end() - start <= _DATELINE_LIMIT else start


_SPACES = re.compile(r"\s+")


def _summary(text: str, start: int, end: int, timex: Timex) -> str:
    # the dateline is not the happening
    passage = _SPACES.sub(" ", text[after_dateline(text, start):end]).strip(" ,;")
    if len(passage) <= SUMMARY_LIMIT:
        return passage
    # keep the part around the date: trim from the far end, on word boundaries
    t0 = timex.start - start
    window_start = max(0, min(t0 - SUMMARY_LIMIT // 2, len(passage) - SUMMARY_LIMIT))
    cut = passage[window_start:window_start + SUMMARY_LIMIT]
    if window_start > 0:
        cut = "…" + cut.split(" ", 1)[-1]
    if window_start + SUMMARY_LIMIT < len(passage):
        cut = cut.rsplit(" ", 1)[0] + "…"
    return cut


def build_events(text: str, sentences: list[Sentence], timexes: list[Timex],
                 actors: list[ActorMention], skip: frozenset[tuple[int, int]] = frozenset(),
                 dct: date | None = None) -> list[Event]:
    """Events of one article. `skip` holds timex spans that are not happenings (the dateline);
    `dct` tells which dates were already past when the article was published."""
    events: list[Event] = []
    previous: dict[str, str] = {}  # canonical name -> kind, of the last sentence that named actors
    t_index = a_index = 0
    dated = [t for t in timexes if is_calendar_value(t.value) and (t.start, t.end) not in skip]
    for sentence in sentences:
        # sentences, actors and timexes are all in text order: walk them together
        while a_index < len(actors) and actors[a_index].start < sentence.start:
            a_index += 1
        a_end = a_index
        while a_end < len(actors) and actors[a_end].start < sentence.end:
            a_end += 1
        # the outlet and place of a dateline ("Jakarta, CNN Indonesia -- ") are not actors of the happening
        body = after_dateline(text, sentence.start)
        in_sentence = [a for a in actors[a_index:a_end] if a.start >= body]
        named = {a.canonical: a.kind for a in in_sentence if a.kind != "place"}
        if _PRONOUN_START.match(sentence.text):
            named = {**previous, **named}  # "Mereka pertama kali bertemu...": who "they" are
        while t_index < len(dated) and dated[t_index].start < sentence.start:
            t_index += 1
        mine = []
        j = t_index
        while j < len(dated) and dated[j].start < sentence.end:
            mine.append(dated[j])
            j += 1
        if mine and not BOILERPLATE.match(sentence.text):
            seen_values = set()
            for start, end, timex in _clauses(sentence, mine):
                if timex.value in seen_values:
                    continue
                seen_values.add(timex.value)
                events.append(_event(text, start, end, timex, in_sentence, named, dct))
        if named:
            previous = named
    return events


def _event(text: str, start: int, end: int, timex: Timex, in_sentence: list[ActorMention],
           named: dict[str, str], dct: date | None) -> Event:
    passage = text[start:end]
    place = None
    for a in in_sentence:
        if start <= a.start < end and a.kind in ("place", "country") \
                and _PLACE_PREPOSITION.search(text[max(start, a.start - 8):a.start]):
            if place is None or a.kind == "place":
                place = a.canonical
                if a.kind == "place":
                    break
    in_clause = {a.canonical: a.kind for a in in_sentence if start <= a.start < end and a.kind != "place"}
    # the clause's own actors first, then the sentence's (and a pronoun's antecedents)
    kinds = {**in_clause, **{k: v for k, v in named.items() if k not in in_clause}}
    kinds.pop(place, None)
    value = timex.value or ""
    flags = ()
    if timex.weekday_conflict:
        flags = ({"kind": "weekday_mismatch", "detail": timex.weekday_conflict,
                  "readings": [{"date": value, "weekday": timex.stated_weekday}]},)
    return Event(value=value, granularity=timex.granularity,
                 summary=_summary(text, start, end, timex),
                 status=status_of(passage, timex.start - start, _relative_to_publication(timex.value, dct)),
                 start=start, end=end, timex=timex, actors=tuple(kinds),
                 people=tuple(k for k, v in kinds.items() if v == "person"), place=place,
                 action=action_of(passage, timex.start - start), flags=flags)
