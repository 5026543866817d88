"""A sentence with no date of its own: the date the story gives it, and whether it reports a happening.

The story's date is the nearest day-level date before the sentence in its paragraph, else the lead's
date, else the first day stated later in the paragraph, else (near the top) the publication date; a
sentence that says "saat itu" takes the date told just before. Speech, questions, what generally or
might happen, and plans in a story of a past day take none. `events.py` walks the article and asks here.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .clauses import inside_quote
from .event_types import TypeMatch, event_type_of
from .lang.id import clause_words, happenings as lexicon
from .mention import make_mention, with_place
from .model import ActorMention, EventMention, Sentence, Timex
from .places import PlaceMention
from .status import relative_to_publication, status_of

_WORDS = re.compile(r"[^\W\d_]+")
COMPETITION_YEAR = re.compile(lexicon.COMPETITION_YEAR)
_THEN_ANAPHOR = re.compile(lexicon.THEN_ANAPHOR, re.IGNORECASE)
_NOUN_AT_TIME = re.compile(lexicon.NOUN_AT_TIME, re.IGNORECASE)
_TALLY_AS_OF_NOW = re.compile(lexicon.TALLY_AS_OF_NOW, re.IGNORECASE)
_SINCE_CLOCK = re.compile(lexicon.SINCE_CLOCK, re.IGNORECASE)
_FIRST_OF_ALL = re.compile(clause_words.FIRST_OF_ALL, re.IGNORECASE)
_PAST_WORD = re.compile(clause_words.PAST_WORD, re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(clause_words.RELATIVE_BEFORE, re.IGNORECASE)
_ABLE = clause_words.ABLE_WORDS
_ABLE_WORD = re.compile(clause_words.ABLE, re.IGNORECASE)
_NEGATED_ABLE = re.compile(clause_words.NEGATED_ABLE, re.IGNORECASE)
_DONE_ABLE = re.compile(clause_words.DONE_ABLE, re.IGNORECASE)
_THAT_IF = re.compile(clause_words.THAT_IF, re.IGNORECASE)
_IF_WORD = re.compile(clause_words.IF_WORD, re.IGNORECASE)
_QUOTE_OPEN = "\"“”‘'"
_QUOTED = re.compile(r"[\"“”]")
_PUBLISHED_PARAGRAPHS = 3  # paragraphs that may take the publication date when no day was stated yet


class StoryDate(NamedTuple):
    """The date a sentence without one takes, and where it comes from."""

    value: str
    granularity: str
    source: str
    place: str | None = None
    place_within: tuple[str, ...] = ()

    @classmethod
    def of(cls, mention: EventMention, where: str, text: str) -> "StoryDate":
        said = f" ('{text[mention.timex.start:mention.timex.end]}')" if mention.timex else ""
        return cls(mention.value, mention.granularity, f"{where} date{said}", mention.place, mention.place_within)


class StoryContext:
    """What the walk through one article carries from sentence to sentence."""

    def __init__(self, text: str, published: StoryDate | None) -> None:
        self.text = text
        self.previous_named: dict[str, str] = {}
        self.people_order: list[str] = []  # persons in order of last mention
        self.lead: EventMention | None = None
        self.last_told: StoryDate | None = None  # the last date told, at any granularity ("saat itu")
        self.paragraph_start = -1
        self.paragraph_day: EventMention | None = None
        self.published = published
        self.paragraphs = 0
        self.days_ahead: dict[int, Timex] = {}  # paragraph start -> its first stated day
        self.heading: StoryDate | None = None  # a chronology's last date heading ("26 Juli 2017")
        self.heading_first = False  # the next sentence is the first under that heading: its step

    def story_date(self) -> StoryDate | None:
        """The nearest day before in the paragraph, else the date heading above it, else the lead's
        day, else the first day stated later in the paragraph, else (near the top) the publication date."""
        if self.paragraph_day:
            return StoryDate.of(self.paragraph_day, "the paragraph's", self.text)
        if self.heading:
            return self.heading
        if self.lead:
            return StoryDate.of(self.lead, "the lead's", self.text)
        later = self.days_ahead.get(self.paragraph_start)
        if later is not None:
            return StoryDate(later.value, later.granularity, f"the paragraph's date ('{later.text}')")
        if self.published and self.paragraphs <= _PUBLISHED_PARAGRAPHS:
            return self.published
        return None


def story_mention(text: str, sentence: Sentence, matches: list[TypeMatch], in_sentence: list[ActorMention],
                   named: dict[str, str], places: list[PlaceMention], ctx: StoryContext,
                   dct: date | None) -> EventMention | None:
    """A sentence that reports a happening but states no date takes the story's date, or, when it
    says "saat itu" ("at that time"), the date told just before."""
    if not matches and not (ctx.heading_first and ctx.heading is not None):
        return None  # no happening named: the searches below would find no mention (most sentences)
    if ctx.last_told is not None and (then := _THEN_ANAPHOR.search(sentence.text)):
        story = ctx.last_told._replace(source=f"'{then.group()}': the {ctx.last_told.source} just before")
        not_story = lexicon.NOT_ANCHORED
    else:
        story, not_story = ctx.story_date(), lexicon.NOT_STORY
    # under a chronology's heading the heading dates what the lines tell, as "saat itu" does
    under_heading = story is not None and story is ctx.heading
    first_under_heading = under_heading and ctx.heading_first
    if under_heading:
        not_story = lexicon.NOT_ANCHORED
    competition = COMPETITION_YEAR.search(sentence.text)
    # ... a competition named by the year before the story's is often still that one: Piala AFF 2020 and
    # Euro 2020 were played in 2021
    if competition and story and int(competition["year"]) < int(story.value[:4]) - 1:
        # "memenangkan medali emas di SEA Games 1991" in a story of 2023: what happened at that one
        story = StoryDate(competition["year"], "year", f"the year of '{competition.group()}'")
    if story is None:
        return None
    words = set(map(str.lower, _WORDS.findall(sentence.text)))
    blocking = words & not_story
    if blocking and blocking <= {"sejak", "semenjak"} and _SINCE_CLOCK.search(sentence.text):
        blocking = set()
    if "jika" in blocking and len(_THAT_IF.findall(sentence.text)) == len(_IF_WORD.findall(sentence.text)):
        blocking -= {"jika"}  # "Basarnas memastikan jika pesawat ... jatuh": that, not if
    if blocking & _ABLE and len(_DONE_ABLE.findall(sentence.text)) == len(_ABLE_WORD.findall(sentence.text)):
        blocking -= _ABLE  # "empat WNI sudah bisa keluar dari kota": they got out
    if blocking & {"dulu", "dahulu"} and not _PAST_WORD.search(_FIRST_OF_ALL.sub("", sentence.text)):
        blocking -= {"dulu", "dahulu"}  # "terlebih dahulu melakukan kirab": first, not long ago
    if blocking & _ABLE and len(_NEGATED_ABLE.findall(sentence.text)) == len(_ABLE_WORD.findall(sentence.text)):
        # "41 warga binaan tewas akibat tidak bisa keluar dari kamar": what could not be done then, told as
        # a fact, not a happening that might be
        blocking -= _ABLE
    if blocking or sentence.text.rstrip().endswith("?"):
        return None
    # a sentence anchored on the time told before ("Saat itu tim SAR juga menemukan 11 jenazah") says
    # its noun's happening was then
    anchored = not_story is lexicon.NOT_ANCHORED
    strong = [m for m in matches if m.type in lexicon.STORY_TYPES
              and (not m.is_noun or anchored or _NOUN_AT_TIME.match(text, m.end, sentence.end))]
    if not strong and words & lexicon.HAPPENING_VERBS:
        # "gempa magnitudo 1,7 terjadi pukul 00.15 WIB": the noun names it, the verb says it happened
        strong = [m for m in matches if m.type in lexicon.STORY_TYPES]
    speech = any(m.type == "statement" for m in matches) or sentence.text.lstrip()[:1] in _QUOTE_OPEN \
        or _QUOTED.search(sentence.text)
    said_of: list[TypeMatch] = []
    if speech:
        # "Dia menegaskan, berkas perkara tidak berada di gedung yang terbakar": the burnt building is what
        # the speaker speaks of, not a happening the sentence tells; what that day's speaker said is the
        # sentence's happening (unless a happening's noun heads that clause: "gempa yang mengguncang Cianjur")
        described = [m for m in strong if (relative := _RELATIVE_BEFORE.search(
            text, max(sentence.start, m.start - 6), m.start)) and not any(
            n.is_noun and 0 <= relative.start() - n.end <= 12 for n in matches)]
        if described and len(described) == len(strong):
            said_of = [m for m in matches if m.type == "statement"]
        strong = [m for m in strong if m not in described]
    if speech and not strong and not said_of:
        return None  # someone says something, and names no happening: what they say may be of any time
    # what someone says inside quotation marks keeps its own time ("Kim Jong Un telah melakukan
    # perjalanan ke Rusia ..."): the story's day does not date it
    strong = [m for m in strong if not inside_quote(text, sentence.start, m.start)]
    weak = [m for m in matches if m.type == "other"] if (words & lexicon.NARRATIVE or under_heading) and not speech \
        else []
    kind = event_type_of(strong or weak or said_of, sentence.start)
    if kind is None and not first_under_heading:
        return None
    if kind is not None and kind.type == "casualties" and dct is not None and story.granularity == "day" \
            and story.value < dct.isoformat() and _TALLY_AS_OF_NOW.search(sentence.text):
        # a count as of now in an article of a later day: the toll when it appeared
        story = StoryDate(dct.isoformat(), "day", f"a count as of the publication date "
                                                  f"('{_TALLY_AS_OF_NOW.search(sentence.text).group()}')")
    explanation = f"no date in the sentence: {story.source}"
    when = relative_to_publication(story.value, dct)
    status = status_of(sentence.text, len(sentence.text), when)
    if status == "planned" and when == "past":
        return None  # "akan" in a story of a past day: planned for some other day
    mention = make_mention(text, sentence.start, sentence.end, story.value, story.granularity, status, None, kind,
                       in_sentence, named, places, "story", explanation, (), matches)
    if mention.place is None and story.place:
        mention = with_place(mention, story.place, story.place_within)
    return mention
