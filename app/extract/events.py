"""From sentences to event mentions: which passages report a dated happening, and of what kind.

A mention is one article's report of one happening. Its date is the one its clause states;
a sentence that reports a happening (it names one, `event_types.py`) but states no date
takes the date the story is about: the nearest day-level date before it in its paragraph,
else the lead's date. A clause stating several dates ("sejak Kamis (23/1) ... hingga Ahad
(26/1)", year lists) makes one mention per date. Page furniture, captions, terms
("periode 2019-2024") and speech make none. Mentions of one happening in one article
become one mention citing every passage (`also`). How a clause's parts relate to its dates is
`clauses.py`'s; what one mention holds (place, actors, keys, figures) `mention.py`'s; which date a
sentence without one takes, `story.py`'s.
"""
from __future__ import annotations

import re
from datetime import date

from .values import is_partial
from .event_types import ONE_OCCURRENCE_TYPES, WEAK_TYPES, TypeMatch, event_type_of, type_family, type_matches
from .clauses import clauses_of, dates_of_clause, inside_quote, is_noise, main_clause, names_a_term, relative_head
from .dct_years import january_slip
from .headings import heading_spans
from .names import topic_names
from .lang.id import happenings as lexicon
from .lang.id.lexicon import WEEKDAYS
from .model import ActorMention, EventMention, Sentence, Timex
from .mention import make_mention, name_words, with_place
from .places import PlaceMention
from .restatements import merge_restatements, resolve_generic_references
from .status import PLANNED_CUES, relative_to_publication, status_of
from .story import COMPETITION_YEAR, StoryContext, StoryDate, story_mention
from .summary import after_dateline

_RELATIVE = re.compile(lexicon.RELATIVE, re.IGNORECASE)
_BACKGROUND = re.compile(lexicon.BACKGROUND_START, re.IGNORECASE)
_CALENDAR_VALUE = re.compile(r"^(?:\d{2,4}|XXXX-\d\d-\d\d$)")
_PRONOUN_START = re.compile(lexicon.PRONOUN_START, re.IGNORECASE)
_SINCE = re.compile(lexicon.SINCE, re.IGNORECASE)
_BOTH_LEADERS = re.compile(lexicon.BOTH_LEADERS, re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_MIN_UNTYPED_WORDS = 3  # a dated line with no happening named and fewer words is metadata, not news
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
_LEAD_WORDS = 8  # lower-case words that make a line prose: a paragraph of the story, a lead


def is_calendar_value(value: str | None) -> bool:
    """A date on the calendar, at any granularity, or a day whose year is unknown ("XXXX-11-21",
    which another source of the same happening may complete)."""
    return bool(value and _CALENDAR_VALUE.match(value))


def build_events(text: str, sentences: list[Sentence], timexes: list[Timex], actors: list[ActorMention],
                 skip: frozenset[tuple[int, int]] = frozenset(), dct: date | None = None,
                 places: list[PlaceMention] = (), body_start: int = 0,
                 dct_stated: bool = False) -> list[EventMention]:
    """Event mentions of one article. `skip` holds timex spans that are not happenings (the
    dateline); `dct` tells which dates were already past when the article was published;
    `body_start` is where the body starts (after the title line), so the title's date does not
    lead the story; `dct_stated` says the publication date is the article's own (a dateline,
    a footer, metadata), so the first paragraphs may take it as the story's date."""
    mentions: list[EventMention] = []
    published = StoryDate(dct.isoformat(), "day", "the publication date") if dct and dct_stated else None
    ctx = StoryContext(text, published)
    for t in timexes:
        if t.granularity == "day" and is_calendar_value(t.value) and not is_partial(t.value) \
                and (t.start, t.end) not in skip and t.start >= body_start and not names_a_term(text, t):
            ctx.days_ahead.setdefault(text.rfind("\n", 0, t.start) + 1, t)
    t_index = a_index = p_index = 0
    dated = [t for t in timexes if is_calendar_value(t.value) and (t.start, t.end) not in skip]
    headings = heading_spans(text, [(t.start, t.end) for t in dated])
    for sentence in sentences:
        # sentences, actors, places and timexes are all in text order: walk them together
        while a_index < len(actors) and actors[a_index].start < sentence.start:
            a_index += 1
        a_end = a_index
        while a_end < len(actors) and actors[a_end].start < sentence.end:
            a_end += 1
        while p_index < len(places) and places[p_index].start < sentence.start:
            p_index += 1
        p_end = p_index
        while p_end < len(places) and places[p_end].start < sentence.end:
            p_end += 1
        while t_index < len(dated) and dated[t_index].start < sentence.start:
            t_index += 1
        mine = []
        j = t_index
        while j < len(dated) and dated[j].start < sentence.end:
            mine.append(dated[j])
            j += 1
        if headings and len(mine) == 1 and (mine[0].start, mine[0].end) in headings:
            # "26 Juli 2017" on a line of its own (a line break always ends a sentence, so the sentence is
            # that line): the chronology's next step, which the lines below tell
            ctx.heading = ctx.last_told = StoryDate(mine[0].value, mine[0].granularity, f"the heading '{mine[0].text}'")
            ctx.paragraph_day, ctx.heading_first = None, True
            continue
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        if paragraph != ctx.paragraph_start:
            ctx.paragraph_start, ctx.paragraph_day = paragraph, None
            line_end = text.find("\n", paragraph)
            # paragraphs of prose count; a title, a byline or a dateline line is no paragraph of the story
            if paragraph >= body_start and len(_LOWER_WORDS.findall(text, paragraph, line_end if line_end >= 0
                                                                        else len(text))) >= _LEAD_WORDS:
                ctx.paragraphs += 1
        # the outlet and place of a dateline ("Jakarta, CNN Indonesia -- ") are not actors of the happening
        body = after_dateline(text, sentence.start)
        in_sentence = [a for a in actors[a_index:a_end] if a.start >= body]
        sentence_places = [p for p in places[p_index:p_end] if p.start >= body]
        named = _named(sentence, in_sentence, ctx)
        if not is_noise(sentence, text):
            matches = _outside_names(type_matches(text, sentence.start, sentence.end), sentence_places)
            terms_only = bool(mine) and all(names_a_term(text, t) for t in mine)
            if terms_only:
                # "dilantik sebagai Presiden periode 2024-2029": the term says who, not when; the story may
                mention = (story_mention(text, sentence, matches, in_sentence, named, sentence_places, ctx, dct)
                           if sentence.start >= body_start else None)
                if mention is not None:
                    mentions.append(mention)
            elif mine:
                seen: set[str] = set()
                for start, end, inside in clauses_of(sentence, mine, text):
                    for timex in dates_of_clause(text, inside, seen):
                        mention = _stated_mention(text, start, end, timex, matches, in_sentence, named,
                                                  sentence_places, dct)
                        if mention is None:
                            continue
                        mentions.append(mention)
                        ctx.last_told = StoryDate.of(mention, "told", text)
                        main = _main_clause_mention(text, start, end, timex, matches, in_sentence, named,
                                                    sentence_places, ctx, dct)
                        if main is not None:
                            mentions.append(main)
                        if mention.granularity == "day" and mention.start >= body_start:
                            # "hujan deras sejak Selasa (9/9)": when a state began is no day the
                            # paragraph's other sentences tell of
                            if not _SINCE.search(text, max(0, timex.start - 20), timex.start):
                                ctx.paragraph_day = mention
                            # the lead's day is that of its first happening of a kind: "75 pendaki
                            # terdaftar ... sebelum mendaki pada Sabtu (2/12). Gunung Marapi ... meletus
                            # keesokan harinya, Minggu (3/12)" is a story of Sunday
                            untyped_lead = ctx.lead is not None and ctx.lead.event_type in WEAK_TYPES \
                                and mention.event_type not in WEAK_TYPES and ctx.paragraphs <= 1
                            if (ctx.lead is None or untyped_lead) and mention.status != "planned" \
                                    and not _BACKGROUND.match(sentence.text):
                                ctx.lead = mention
            elif sentence.start >= body_start:
                mention = story_mention(text, sentence, matches, in_sentence, named, sentence_places, ctx, dct)
                if mention is not None:
                    mentions.append(mention)
                story = ctx.story_date()
                if (competition := COMPETITION_YEAR.search(sentence.text)) \
                        and not (story and int(competition["year"]) >= int(story.value[:4]) - 1):
                    # "Pertemuan pertama pada Piala Asia 2004. Garuda saat itu kalah 1-3": the time told
                    # (Piala AFF 2020 in a story of its matches in 2021 is the story's own time)
                    ctx.last_told = StoryDate(competition["year"], "year", f"year of '{competition.group()}'")
            ctx.heading_first = False
        if named:
            ctx.previous_named = named
    # the lead: the body's first sentence of prose, not a dateline line or a teaser above it
    lead = next((s for s in sentences if s.start >= body_start and not is_noise(s, text)
                 and len(_LOWER_WORDS.findall(s.text)) >= _LEAD_WORDS), None)
    known = {w for a in actors for w in name_words(a.canonical)}
    lead_end = lead.end if lead else body_start
    topic = topic_names(text, body_start, lead_end, known)
    # ... and, for a fire, a quake, a crash (no one does them: who the passage names is no guide), the bodies
    # and people the headline and lead name: "Kebakaran terjadi sekitar pukul 19.10 WIB" in a story that
    # opens with the Kejaksaan Agung building is that building's fire
    occurrence_topic = topic | {a.canonical.lower() for a in actors
                                if a.start < lead_end and a.kind in ("person", "organisation")}
    merged = merge_restatements(resolve_generic_references(mentions, text), body_start, text)
    return [_with_topic(m, occurrence_topic if m.event_type in ONE_OCCURRENCE_TYPES else topic)
            for m in _with_story_places(merged)]


def _with_story_places(mentions: list[EventMention]) -> list[EventMention]:
    """A flood, a quake, a crash whose passage names no place ("terendam akibat banjir yang terjadi pada
    1 Januari 2020") is where the article's other passages of its kind place it, when they agree on one."""
    places: dict[str | None, list[EventMention]] = {}
    for m in mentions:
        if m.event_type in ONE_OCCURRENCE_TYPES and m.place:
            places.setdefault(m.event_type, []).append(m)
    out = []
    for m in mentions:
        placed = places.get(m.event_type, []) if m.place is None and m.event_type in ONE_OCCURRENCE_TYPES else []
        # the widest place the others name, when every other place lies within it
        widest = next((p for p in placed if all(q.place == p.place or p.place in q.place_within for q in placed)), None)
        out.append(with_place(m, widest.place, widest.place_within) if widest else m)
    return out


def _outside_names(matches: list[TypeMatch], places: list[PlaceMention]) -> list[TypeMatch]:
    """A word of a place's name names no happening: "Kota Serang" is no attack, "Banjarmasin" no flood."""
    if not places:
        return matches
    return [m for m in matches if not any(p.start <= m.start < p.end for p in places)]


def _with_topic(mention: EventMention, topic: frozenset[str]) -> EventMention:
    """`replace(mention, topic_names=topic)`, without its cost: replace runs the frozen __init__, one
    object.__setattr__ per field (about 25), for every mention; a copy of the fields is the same value."""
    copy = object.__new__(EventMention)
    copy.__dict__.update(mention.__dict__)
    copy.__dict__["topic_names"] = topic
    return copy


def _named(sentence: Sentence, in_sentence: list[ActorMention], ctx: StoryContext) -> dict[str, str]:
    named = {a.canonical: a.kind for a in in_sentence if a.kind != "place"}
    if _PRONOUN_START.match(sentence.text):
        named = {**ctx.previous_named, **named}  # "Mereka pertama kali bertemu...": who "they" are
    if _BOTH_LEADERS.search(sentence.text) and len(ctx.people_order) >= 2:
        # "kedua pemimpin", "keduanya": the last two people named before
        named = {**{p: "person" for p in ctx.people_order[-2:]}, **named}
    for name, kind in named.items():
        if kind == "person":
            if name in ctx.people_order:
                ctx.people_order.remove(name)
            ctx.people_order.append(name)
    return named


def _stated_mention(text: str, start: int, end: int, timex: Timex, matches: list[TypeMatch],
                    in_sentence: list[ActorMention], named: dict[str, str], places: list[PlaceMention],
                    dct: date | None) -> EventMention | None:
    in_clause = [m for m in matches if start <= m.start < end]
    # "belasungkawa atas gempa yang melanda Cianjur pada Senin (21/11)": the date is the quake's
    main, anchor = main_clause(text, start, timex, in_clause)
    kind = relative_head(text, start, timex, in_clause) or event_type_of(main, anchor) \
        or event_type_of(matches, timex.start)
    if relative_to_publication(timex.value, dct) != "future":  # a saying is never after publication
        kind = _announced_plan(text, timex, kind, in_clause)
    body = after_dateline(text, start)
    if kind is None and len(_WORDS.findall(text, body, end)) - len(_WORDS.findall(timex.text)) < _MIN_UNTYPED_WORDS:
        return None  # "ARSO 20 Okt 2024": a line that only dates something
    flags: tuple[dict, ...] = ()
    value = timex.value or ""
    if timex.weekday_conflict:
        flags = ({"kind": "weekday_mismatch", "detail": timex.weekday_conflict,
                  "readings": [{"date": value, "weekday": timex.stated_weekday}]},)
        if (meant := _year_slip(timex, dct)) is not None:
            # "Jumat, 3 Januari 2024" in a story of 2 January 2025: the old year written out of habit; the
            # weekday and the publication date agree on the new one. The date as written stays the timex's
            flags = ({**flags[0], "readings": [{"date": value, "weekday": timex.stated_weekday},
                                               {"date": meant, "weekday": timex.stated_weekday}]},)
            value = meant
    status = status_of(text[start:end], timex.start - start, relative_to_publication(timex.value, dct))
    return make_mention(text, start, end, value, timex.granularity, status, timex, kind, in_sentence, named,
                    places, "stated", f"the date stated in the passage ('{timex.text}')", flags, in_clause)


_YEAR_SLIP_DAYS = 45  # how near the publication date the date meant lies, a year from the one written


def _year_slip(timex: Timex, dct: date | None) -> str | None:
    """The day meant when a writer kept last year's number in January (`dct_years.january_slip`),
    when it lies near the publication date."""
    if dct is None or timex.granularity != "day" or not timex.stated_weekday or not re.fullmatch(
            r"\d{4}-\d\d-\d\d", timex.value or ""):
        return None
    weekday = WEEKDAYS.get(timex.stated_weekday.lower())
    meant = january_slip(date.fromisoformat(timex.value), weekday) if weekday is not None else None
    return meant.isoformat() if meant and abs((meant - dct).days) <= _YEAR_SLIP_DAYS else None


def _announced_plan(text: str, timex: Timex, kind: TypeMatch | None, in_clause: list[TypeMatch]) -> TypeMatch | None:
    """"Kemarin, tanggal 8 Januari 2024, Ari menyatakan Presiden akan melakukan lawatan ke tiga negara":
    the date is the saying's; the visit is planned for some other time. What happened that day is the
    statement."""
    if kind is None or kind.type in WEAK_TYPES:
        return kind
    speech = next((m for m in in_clause if m.type == "statement" and m.start < kind.start and not m.is_noun), None)
    if speech is None:
        return kind
    plan = PLANNED_CUES.search(text, speech.end, kind.start)
    if plan is None or plan.start() <= timex.start <= kind.end:
        return kind  # "menyatakan Presiden akan berkunjung pada Selasa (9/1)": the plan's own date
    return speech


def _main_clause_mention(text: str, start: int, end: int, timex: Timex, matches: list[TypeMatch],
                         in_sentence: list[ActorMention], named: dict[str, str], places: list[PlaceMention],
                         ctx: StoryContext, dct: date | None) -> EventMention | None:
    """"Presiden menyampaikan belasungkawa atas gempa yang melanda Cianjur pada Senin (21/11)":
    the date is the quake's, told in a relative clause; the main clause's happening before "yang"
    is of another kind and takes the story's date."""
    head = relative_head(text, start, timex, matches)
    if head is None:
        return None
    before = [m for m in matches if start <= m.start < head.start and not m.is_noun
              and m.type in lexicon.STORY_TYPES and not inside_quote(text, start, m.start)]
    if not before or type_family(before[0].type) == type_family(head.type):
        return None
    relative = _RELATIVE.search(text, head.end, timex.start)
    story = ctx.lead if ctx.lead is not None and ctx.lead.value != timex.value else None
    if story is None:
        return None
    kind = before[0]
    mention = make_mention(text, start, end, story.value, story.granularity,
                       status_of(text[start:relative.start()], relative.start() - start,
                                 relative_to_publication(story.value, dct)),
                       None, kind, in_sentence, named, places, "story",
                       f"the date in the passage is of what the 'yang' clause tells; this takes "
                       f"the lead's date ('{text[story.timex.start:story.timex.end]}')" if story.timex else
                       "the lead's date", (), [kind])
    return mention
