"""Actors: people, countries, organisations (and places) named in an article.

Two sources: the curated gazetteer (every alias resolves to one canonical actor) and
cue-based detection of names it does not list ("Leif-Eric Easley, profesor ...",
"kata peneliti Yang Wu", "Universitas Ewha Womans"). A detected person's surname
then also resolves to them within the same article ("Easley menambahkan").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import simplemma

from ..errors import GazetteerError
from .lang.id import actors as lexicon
from .names import common_words
from .model import ActorMention


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]


# a position where a whole word ends: the next character is neither a word character nor a hyphen
_ALIAS_END = re.compile(r"(?=[^\w-])")
_WORD_AT = re.compile(r"\w+")
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z]\w*")
_WHOLE_WORD = re.compile(r"(?<![\w-])\w+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Gazetteer:
    """Canonical actors and their aliases, matched case-sensitively on word boundaries."""

    def __init__(self, entries: list[GazetteerEntry]):
        self.entries = entries
        self.by_alias: dict[str, GazetteerEntry] = {}
        for entry in entries:
            for alias in (entry.name, *entry.aliases):
                self.by_alias[alias] = entry
        # aliases by their first two characters, longest first: a word start tries only the few
        # that can begin there, where one big alternation tried them all (its cost grew with the list)
        self.by_prefix: dict[str, list[str]] = {}
        for alias in sorted(self.by_alias, key=len, reverse=True):
            self.by_prefix.setdefault(alias[:2], []).append(alias)
        self.by_lower = {a.lower(): e for a, e in self.by_alias.items()}
        # the longest alias each first word opens: the ends tried after a word reach no further
        self.longest_by_first: dict[str, int] = {}
        for a in self.by_alias:
            if m := _WORD_AT.match(a):
                self.longest_by_first[m.group()] = max(self.longest_by_first.get(m.group(), 0), len(a))
        self.first_words = set(self.longest_by_first)
        self.longest_by_prefix = {prefix: max(map(len, aliases)) for prefix, aliases in self.by_prefix.items()}
        self.capitalised_only = all(a[:1].isupper() for a in self.by_alias)

    def alias_at(self, text: str, start: int) -> str | None:
        """The longest alias that stands at `start` as whole words (case-sensitive), if any."""
        if start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] == "-"):
            return None  # inside a word, or the second half of one ("Korea-Rusia" names neither here)
        longest = self.longest_by_prefix.get(text[start:start + 2])
        if longest is None:
            return None
        word = _WORD_AT.match(text, start)
        if word is None or word.group() not in self.first_words:
            return None  # no alias starts with this word
        # every place where a whole-word alias could end: one dict lookup each, so a gazetteer of
        # thousands of places costs no more per word than one of ten names
        limit = min(len(text), start + self.longest_by_first[word.group()])
        best = None
        for m in _ALIAS_END.finditer(text, start + 1, limit + 1):
            end = m.start()
            if text[start:end] in self.by_alias:
                best = text[start:end]
        if limit == len(text) and text[start:limit] in self.by_alias:
            best = text[start:limit]
        return best

    def matches(self, text: str):
        """(start, end, alias) in text order. Every alias starts with a capital, so only the starts
        of capitalised words are tried."""
        starts = _CAPITALISED_WORD if self.capitalised_only else _WHOLE_WORD  # an edited list may hold "x..."
        # the few words of this text that open an alias, by one findall and a set intersection, then
        # where each stands: a Python step per word of the text cost more than the rest together
        opening = self.first_words.intersection(starts.findall(text))
        positions = []
        for word in opening:
            at = text.find(word)
            while at >= 0:  # str.find, not a regex: a fast search for a literal
                after = at + len(word)
                if (at == 0 or not (_is_word_char(text[at - 1]) or text[at - 1] == "-")) \
                        and (after == len(text) or not _is_word_char(text[after])):
                    positions.append(at)  # a whole word, where `starts` finds it
                at = text.find(word, at + 1)
        end = 0
        for start in sorted(positions):
            if start < end:
                continue
            alias = self.alias_at(text, start)
            if alias:
                end = start + len(alias)
                yield start, end, alias

    @classmethod
    def from_file(cls, path: str | Path) -> "Gazetteer":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls([GazetteerEntry(a["name"], a["kind"], tuple(a.get("aliases", ())))
                    for a in data["actors"]])

    @classmethod
    def load(cls, path: str | Path) -> "Gazetteer":
        """The gazetteer at `path`; a clear error when it is missing or broken, never a silent empty one
        (extraction would run on, finding no known actor)."""
        path = Path(path)
        if not path.is_file():
            raise GazetteerError(f"the actor gazetteer is missing: {path} (set LINIMASA_GAZETTEER_PATH)")
        try:
            return cls.from_file(path)
        except (ValueError, KeyError, TypeError) as exc:
            raise GazetteerError(f"the actor gazetteer {path} cannot be read: {exc}") from None

    @classmethod
    def empty(cls) -> "Gazetteer":
        return cls([])

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry an alias names, case-insensitively ("putin" finds Vladimir Putin)."""
        return self.by_alias.get(name) or self.by_lower.get(name.strip().lower())


_NOT_NAME = {w.capitalize() for w in lexicon.NOT_NAME_WORDS} | {w.capitalize() for w in lexicon.MONTH_AND_WEEKDAY_NAMES}

_NAME_TOKEN = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
_INITIALS = re.compile(r"[A-Z]{1,2}|(?:[A-Z]\.){1,3}")
_NAME = r"(?P<name>" + _NAME_TOKEN + r"(?:\s" + _NAME_TOKEN + r"){0,2})"
# title, then a run of capitalised words: portfolio, country or office words, and last the name
_AFTER_TITLE = re.compile(r"\b" + lexicon.PERSON_TITLE + lexicon.TITLE_ORDINAL
                          + r"?(?P<name>(?:\s(?:[A-Z][\w'’-]*|" + lexicon.AND
                          + r"|\([A-Z][\w-]*\)))*\s[A-Z][\w'’-]*)")
_BEFORE_APPOSITION = re.compile(_NAME + lexicon.APPOSITION)
_AFTER_SPEECH = re.compile(lexicon.SPEECH_BEFORE + _NAME + r"\b")
_ORGANISATION = re.compile(lexicon.ORGANISATION)
_ORGANISATION_HEADS = frozenset(lexicon.ORGANISATION_HEADS)


def _mostly_common(name: str, text: str) -> bool:
    """More than half of the name's words are written in lower case elsewhere in the article."""
    words = name.split()
    common = common_words(text)
    return sum(w.lower() in common for w in words) * 2 > len(words)


def _clean_name(name: str) -> str | None:
    tokens = name.split()
    while tokens and tokens[-1] in _NOT_NAME:
        tokens.pop()
    while tokens and tokens[0] in _NOT_NAME:
        tokens.pop(0)
    if not tokens or any(t in _NOT_NAME for t in tokens):
        return None
    return " ".join(tokens)


def _trailing_name(run: str, gazetteer: Gazetteer) -> str | None:
    """The name at the end of a title's run: "Departemen Industri Amunisi Jo Chun Ryong" -> "Jo Chun Ryong"."""
    tokens = run.split()
    name: list[str] = []
    while tokens and len(name) < 3:
        token = tokens.pop()
        known = gazetteer.lookup(token)
        if known is not None and known.kind == "person":
            if not name and " " not in token and tokens and _other_given_name(tokens[-1], gazetteer):
                name.insert(0, token)  # "Menteri Kelautan dan Perikanan Edhy Prabowo": not Prabowo Subianto
                continue
            return None  # "Gibran Rakabuming Raka": the rest of a known person's name is no one else
        if token in _ORGANISATION_HEADS:
            return None  # "... Polda Metro Jaya": the words after the head name the body, not a person
        if token in _NOT_NAME or known:
            break
        if not re.fullmatch(_NAME_TOKEN, token):
            # "Presiden ketiga Republik Indonesia BJ Habibie": initials open a name, never end one
            if name and _INITIALS.fullmatch(token):
                name.insert(0, token)
            break
        name.insert(0, token)
    if len(name) < 2 or gazetteer.lookup(" ".join(name)):
        return None
    return " ".join(name)


_NAMED_AFTER = re.compile(lexicon.NAMED_AFTER)
_NEXT_NAME_TOKEN = re.compile(r"\s(" + _NAME_TOKEN + r")")


def _followed_by_other_name(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a one-word person alias runs on into an unknown name ("Kim" of "Kim Taewoo")."""
    m = _NEXT_NAME_TOKEN.match(text, end, end + 40)
    if not m or m.group(1) in _NOT_NAME:
        return False
    return gazetteer.alias_at(text, end + 1) is None


_NAME_BEFORE = re.compile(r"(?<![\w-])(" + _NAME_TOKEN + r") $")
_SHORT_TITLE = re.compile(lexicon.SHORT_TITLE + r"$")
_TITLE_CASE_SHARE = 0.75  # a line this capitalised is a headline: its capitals say nothing of names


def _other_given_name(word: str, gazetteer: Gazetteer) -> bool:
    """A capitalised word before a known one-word name that makes it someone else's ("Edhy" of "Edhy
    Prabowo", "Brigitte" of "Brigitte Macron"): no title, no Indonesian word, no actor it knows."""
    if not re.fullmatch(_NAME_TOKEN, word) or word in _NOT_NAME or _SHORT_TITLE.match(word) or gazetteer.lookup(word):
        return False
    lower = word.lower()
    # "Kepulangan Jokowi", "Dilantik Prabowo": a headline's capitalised word is no name
    return not (simplemma.is_known(lower, lang="id") or simplemma.lemmatize(lower, lang="id") != lower)


def _preceded_by_other_name(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a one-word person alias closes another person's name ("Prabowo" of "Edhy Prabowo")."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if not m or not _other_given_name(m.group(1), gazetteer):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = text[line_start:line_end if line_end >= 0 else len(text)].split()
    capitalised = sum(w[:1].isupper() for w in words)
    return not (len(words) >= 4 and capitalised >= _TITLE_CASE_SHARE * len(words))


def find_actors(text: str, gazetteer: Gazetteer) -> list[ActorMention]:
    """Actor mentions in text order, each resolved to its canonical name."""
    mentions: list[ActorMention] = []
    taken = bytearray(len(text))  # 1 where a mention already stands

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) == -1

    def add(s: int, e: int, canonical: str, kind: str, known: bool) -> None:
        mentions.append(ActorMention(s, e, text[s:e], canonical, kind, known))
        taken[s:e] = b"\x01" * (e - s)

    # 1. names the gazetteer does not know, found by their cues
    detected: dict[str, str] = {}
    for pattern in (_BEFORE_APPOSITION, _AFTER_TITLE, _AFTER_SPEECH):
        for m in pattern.finditer(text):
            name = _trailing_name(m["name"], gazetteer) if pattern is _AFTER_TITLE else _clean_name(m["name"])
            if not name or gazetteer.lookup(name):
                continue
            if len(name.split()) == 1 and pattern is not _AFTER_SPEECH:
                continue
            if _mostly_common(name, text):
                continue  # "Kantor Gubernur Sulbar Rusak Berat Gempa": a headline's capitals, not a name
            if name not in m["name"]:
                continue  # a run across a line break ("... Gempa\nGempa ..."): the words are no one name
            s = m.start("name") + m["name"].index(name)
            known = gazetteer.alias_at(text, s)
            if known and len(known) >= len(name):
                continue  # a known actor covers it ("kata Menteri Keuangan Sri Mulyani"): the gazetteer's
            if free(s, s + len(name)):
                add(s, s + len(name), name, "person", False)
                detected[name] = "person"
    for m in _ORGANISATION.finditer(text):
        if free(m.start(), m.end()) and not gazetteer.lookup(m.group()):
            add(m.start(), m.end(), m.group(), "organisation", False)
            detected[m.group()] = "organisation"

    # 2. the gazetteer; a one-word alias followed by another name word is someone else ("Kim Taewoo")
    for s, e, alias in gazetteer.matches(text):
        if not free(s, e):
            continue
        entry = gazetteer.by_alias[alias]
        if entry.kind == "person" and " " not in alias and (_followed_by_other_name(text, e, gazetteer)
                                                            or _preceded_by_other_name(text, s, gazetteer)):
            continue
        if entry.kind == "person" and _NAMED_AFTER.search(text, max(0, s - 40), s):
            continue  # "Gelora Bung Karno", "Bandara Soekarno-Hatta": a place named after the person
        add(s, e, entry.name, entry.kind, True)

    # 3. surnames of people detected above, within this article
    surnames = {}
    for name, kind in detected.items():
        parts = name.split()
        if kind == "person" and len(parts) > 1 and len(parts[-1]) >= 4 and not gazetteer.lookup(parts[-1]):
            surnames[parts[-1]] = name
    if surnames:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, surnames)) + r")(?![\w-])")
        for m in pattern.finditer(text):
            if free(*m.span()):
                add(m.start(), m.end(), surnames[m.group()], "person", False)

    mentions.sort(key=lambda a: a.start)
    return _link_acronyms(text, _link_short_names(mentions))


_ACRONYM_AFTER = re.compile(r"[^()\n]{0,60}?\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")
_ACRONYM_RIGHT_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{3,9})\)")


def _link_acronyms(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": the long name is the actor the acronym
    names, the gazetteer's where it knows the acronym, else the acronym itself."""
    by_start = {a.start: a for a in mentions}
    out = []
    for a in mentions:
        if not a.known and a.kind == "organisation":
            m = _ACRONYM_AFTER.match(text, a.end)
            if m:
                acronym = by_start.get(m.start("acronym"))
                canonical = acronym.canonical if acronym else m["acronym"]
                a = ActorMention(a.start, a.end, a.text, canonical, a.kind, a.known)
        elif not a.known and a.kind == "person" and (m := _ACRONYM_RIGHT_AFTER.match(text, a.end)) \
                and m["acronym"] != "".join(w[0] for w in a.text.split()).upper():
            # "Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)": capitals before an acronym that
            # are not its initials ("Susilo Bambang Yudhoyono (SBY)") name a body, not a person
            acronym = by_start.get(m.start("acronym"))
            kind = acronym.kind if acronym else "organisation"
            a = ActorMention(a.start, a.end, a.text, acronym.canonical if acronym else m["acronym"], kind, a.known)
        out.append(a)
    return out


def _link_short_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """A detected one-word name that is the first or last word of a detected full name in the
    same article is that person ("ujar Arief" after "Arief Prasetyo Adi")."""
    full: dict[str, str] = {}
    for a in mentions:
        parts = a.canonical.split()
        if not a.known and a.kind == "person" and len(parts) > 1:
            for token in (parts[0], parts[-1]):
                if len(token) >= 3:
                    full.setdefault(token, a.canonical)
    if not full:
        return mentions
    return [ActorMention(a.start, a.end, a.text, full[a.canonical], a.kind, a.known)
            if not a.known and a.canonical in full else a for a in mentions]
