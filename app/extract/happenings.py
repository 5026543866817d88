"""Happenings from mentions: which mentions, across articles, tell one happening.

Two mentions are weighed by a score, not by hard rules: the type of happening (from
lemmas), the place (Cugenang lies in Cianjur), the actors (a quoted official who only tells
of it does not count against a merge), and how many content lemmas the passages share.
Some differences keep mentions apart whatever the score: dates that cannot be one day,
types of different families, different case numbers or scores, and a marker one has and
the other lacks (an aftershock is not the quake, a bronze match is not the final).

Clustering depends only on the set of mentions, never on the order they arrived in:
mentions are sorted by a stable key, pairs are merged best score first (ties by key), and
two groups join only when no pair across them is kept apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

from .event_types import ONE_OCCURRENCE_TYPES, WEAK_TYPES, type_family
from .values import GRANULARITY_RANK, dates_compatible, days_apart, granularity_of, is_partial, month_day

# judge weighs the same few values again and again: parse each pair once
_dates_compatible = lru_cache(maxsize=1 << 16)(dates_compatible)
_days_apart = lru_cache(maxsize=1 << 16)(days_apart)

MERGE_THRESHOLD = 3.0
_PER_NAME, _NAMES_MAX, _TOPIC = 1.25, 2.5, 1.0
_JOIN_ROUNDS = 4
_DISAGREE_SIMILARITY = 0.45  # words two sources a day apart must share to be one happening


@dataclass(frozen=True)
class MentionSketch:
    """What clustering compares of one mention."""

    key: tuple  # stable identity, independent of arrival order: (article hash, start, end, value)
    article: str
    value: str
    date_start: date | None  # None for a day of unknown year ("XXXX-11-21")
    date_end: date | None
    granularity: str
    event_type: str | None = None
    place: str | None = None
    place_within: tuple[str, ...] = ()
    places_named: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    reporters: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    topic_names: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    outlet: str | None = None

    # derived sets, computed once per sketch (a frozen dataclass keeps them in its __dict__)
    @cached_property
    def markers(self) -> frozenset[str]:
        """Contrast markers ("marker:aftershock"): a mention with one is not one without it."""
        return frozenset(k for k in self.keys if k.startswith("marker:"))

    def identifiers(self) -> dict[str, frozenset[str]]:
        """Case numbers, scores, magnitudes, rulings' outcomes, by family ("case", "score"...): two
        mentions that both give one family must share one of its values."""
        return self._identifiers

    @cached_property
    def _identifiers(self) -> dict[str, frozenset[str]]:
        families: dict[str, set[str]] = {}
        for k in self.keys:
            family, _, value = k.partition(":")
            if family != "marker":
                families.setdefault(family, set()).add(value)
        return {f: frozenset(v) for f, v in families.items()}

    @cached_property
    def who(self) -> frozenset[str]:
        """Who the passage says did it: its people, and the full names no actor list knew."""
        return _lower(self.people - self.reporters) | frozenset(n for n in self.names if " " in n)

    @cached_property
    def all_names(self) -> frozenset[str]:
        """The passage's names, its story's, and its actors' in lower case."""
        return self.names | self.topic_names | self.lower_actors

    @cached_property
    def lower_people(self) -> frozenset[str]:
        return _lower(self.people)

    @cached_property
    def lower_actors(self) -> frozenset[str]:
        return _lower(self.actors)

    @cached_property
    def agents(self) -> frozenset[str]:
        return self.actors - self.reporters


def sketch_of_mention(m, article: str, outlet: str | None = None) -> MentionSketch:  # noqa: ANN001 - an EventMention
    """What clustering compares of one extracted mention (the store builds the same from a stored
    citation, `store.event_rows.sketch_of`)."""
    first, last = m.bounds
    return MentionSketch(
        key=(article, m.start, m.end, m.value), article=article, value=m.value, date_start=first,
        date_end=last, granularity=m.granularity, event_type=m.event_type, place=m.place,
        place_within=m.place_within, places_named=frozenset(m.places_named), actors=frozenset(m.actors),
        people=frozenset(m.people), reporters=frozenset(m.reporters), lemmas=m.lemmas, names=m.names,
        topic_names=m.topic_names, keys=frozenset(m.keys), outlet=outlet)


@dataclass
class Judgement:
    """Whether two mentions are one happening, and why."""

    same: bool
    score: float
    apart: str | None = None  # the difference that keeps them apart
    disagree: bool = False  # one happening, but the days differ
    reasons: dict = field(default_factory=dict)


def _lower(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.lower() for n in names)


def places_compatible(a: MentionSketch, b: MentionSketch) -> bool | None:
    """True when one place is or contains the other, False when both are known and differ."""
    if not a.place or not b.place:
        return None
    return a.place == b.place or a.place in b.place_within or b.place in a.place_within


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _serials(case_numbers: frozenset[str]) -> frozenset[str]:
    """A case's serial and kind ("62/PUU" of "62/PUU-XXII/2024"): on one day, one outlet's "62/PUU-XXI/2023"
    is the same case written with the wrong year, not another ruling."""
    return frozenset(n.split("-")[0] for n in case_numbers if "/" in n.split("-")[0])


def _one_person_named_apart(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """People one source names in full and the other by part of the name ("Nurul Ghufron" and
    "Ghufron"): the full names."""
    found = set()
    for x in a:
        for y in b:
            short, full = sorted((x, y), key=len)
            words = short.split()
            if x != y and set(words) <= set(full.split()) and max(map(len, words)) >= 4:
                found.add(full)
    return frozenset(found)


_MAGNITUDE_REVISED = 0.35  # how far one agency's first magnitude and its revision (M7.7, then M7.4) lie apart


def _near_magnitudes(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Magnitudes of one quake as sources give them: the first reading and its revision ("7,7 SR",
    "magnitudo 7,4") differ by a few tenths; a foreshock or an aftershock by a whole unit or more."""
    return frozenset(f"{x}~{y}" for x in sorted(a) for y in sorted(b) if abs(float(x) - float(y)) <= _MAGNITUDE_REVISED)


def judge(a: MentionSketch, b: MentionSketch) -> Judgement:
    """The merge score of two mentions, with its reasons."""
    reasons: dict = {}
    disagree = False
    if a.key[:3] == b.key[:3]:
        # one passage stating two dates ("dilantik Minggu (20/10) ... Senin (21/10)") tells two happenings
        return Judgement(False, 0.0, "passage", reasons={"passage": "the same passage, another date"})
    if a.article == b.article and a.event_type == b.event_type and a.event_type not in ONE_OCCURRENCE_TYPES \
            and a.who and b.who and not a.who & b.who \
            and (a.people - a.reporters or b.people - b.reporters):  # a full name alone may be a place
        # one article telling what two people did the same day ("Sambo divonis mati ... Putri
        # Candrawathi divonis 20 tahun") tells two happenings: nothing may join them
        return Judgement(False, 0.0, "people", reasons={"people": f"{sorted(a.who)} vs {sorted(b.who)}"})
    if not _dates_compatible(a.value, b.value):
        apart = _days_apart(a.value, b.value)
        if apart != 1 or a.article == b.article:  # an article does not disagree with itself
            return Judgement(False, 0.0, "dates", reasons={"dates": f"{a.value} and {b.value} differ"})
        disagree = True
    reasons["date"] = a.value if a.value == b.value else f"{a.value} ~ {b.value}"
    family_a, family_b = type_family(a.event_type), type_family(b.event_type)
    score = 0.0
    if a.event_type not in WEAK_TYPES and b.event_type not in WEAK_TYPES:
        if family_a != family_b:
            return Judgement(False, 0.0, "type", reasons={"type": f"{a.event_type} vs {b.event_type}"})
        score += 2.0
        reasons["type"] = a.event_type if a.event_type == b.event_type else f"{a.event_type} ~ {b.event_type}"
    ids_a, ids_b = a.identifiers(), b.identifiers()
    shared_ids = []
    for family in sorted(ids_a.keys() & ids_b.keys()):
        serials = _serials(ids_a[family]) & _serials(ids_b[family]) if family == "case" else \
            _near_magnitudes(ids_a[family], ids_b[family]) if family == "magnitude" else frozenset()
        if not ids_a[family] & ids_b[family] and not serials:
            return Judgement(False, 0.0, "keys",
                             reasons={"keys": f"{family} {sorted(ids_a[family])} vs {sorted(ids_b[family])}"})
        shared_ids.extend(f"{family}:{v}" for v in sorted(ids_a[family] & ids_b[family]) or sorted(serials))
    if shared_ids:
        score += 3.0 if any(not k.startswith("outcome:") for k in shared_ids) else 1.0
        reasons["keys"] = shared_ids
    if a.markers != b.markers and not any(k.startswith("magnitude:") for k in shared_ids):
        # (the M6.2 quake one outlet calls an aftershock of the day before's M5.9 is the M6.2 quake)
        return Judgement(False, 0.0, "marker", reasons={"marker": sorted(a.markers ^ b.markers)})
    place = places_compatible(a, b)
    if place is True:
        score += 1.5
        reasons["place"] = a.place if a.place == b.place else f"{a.place} ~ {b.place}"
    elif a.places_named & b.places_named:
        score += 0.75  # the places each chose differ, but both passages name one place
        reasons["place"] = sorted(a.places_named & b.places_named)
    elif place is False:
        # two places, neither within the other: rarely one happening; but a tsunami, a flood reaches
        # several, and two passages that name its own name ("Anak Krakatau") chose two of them
        own_name = a.event_type in ONE_OCCURRENCE_TYPES and any(" " in n for n in a.names & b.names)
        score -= 1.5 if own_name else 3.5
        reasons["place"] = f"{a.place} vs {b.place}"
    shared_people = a.people & b.people or _one_person_named_apart(a.people, b.people)
    agents_a, agents_b = a.agents, b.agents
    if shared_people:
        score += min(3.0, 1.5 * len(shared_people))
        reasons["people"] = sorted(shared_people)
    elif (a.people - a.reporters) and (b.people - b.reporters) \
            and not (a.lower_people & b.all_names or b.lower_people & a.all_names):
        score -= 2.0  # each names who did it, and they are other people
        reasons["people"] = f"{sorted(a.people - a.reporters)} vs {sorted(b.people - b.reporters)}"
    others = (agents_a - a.people) & (agents_b - b.people)
    if others:
        union = (agents_a - a.people) | (agents_b - b.people)
        score += 1.5 * len(others) / len(union)
        reasons["actors"] = sorted(others)
    # a name one passage has as an actor ("Ferdy Sambo", a person) and the other only as a name
    shared_names = (a.names | a.lower_actors) & (b.names | b.lower_actors) - (a.lower_actors & b.lower_actors)
    if shared_names:
        # "Semeru", "Sambo": a name both passages give, which no actor or place layer knew
        score += min(_NAMES_MAX, _PER_NAME * len(shared_names))
        reasons["names"] = sorted(shared_names)
    elif (common := a.all_names & b.all_names) and (topic := common - _lower(shared_people | others)):
        # "erupsi yang terjadi pada Sabtu" in a story whose headline names Semeru; an actor both
        # name counts here when it was not weighed above (a court that reports its own ruling)
        score += _TOPIC
        reasons["names"] = sorted(topic)
    similarity = _dice(a.lemmas, b.lemmas)
    score += 4.0 * similarity
    reasons["similarity"] = round(similarity, 2)
    coarse = max(GRANULARITY_RANK.get(a.granularity, 9), GRANULARITY_RANK.get(b.granularity, 9))
    # sources a day apart are one happening only when they tell it nearly alike: consecutive days
    # often hold kindred happenings (the president sworn in on Sunday, the ministers on Monday)
    needed = MERGE_THRESHOLD + (1.0 if coarse >= GRANULARITY_RANK["month"] else 0.0) + (3.0 if disagree else 0.0)
    said = {a.event_type, b.event_type} == {"statement", "announcement"}
    if said:
        # "Presiden Joko Widodo mengumumkan ..." and "..., kata Jokowi": what someone announced and what
        # they said that day, kin when the words and the speaker agree
        score += 1.0
        reasons["type"] = "statement ~ announcement"
    elif family_a != family_b and similarity < 0.3:
        needed += 1.0  # one of them names no kind of happening: the words must agree instead
    reasons["score"] = round(score, 2)
    reasons["needed"] = needed
    # two days apart are one happening only when the words agree and something particular does too:
    # a figure, a person, the very place ("gempa di laut selatan Jawa Barat" on Sunday is not
    # Monday's Cianjur quake, though Cianjur is in Jawa Barat and both are told in BMKG's words)
    particular = bool(shared_ids or shared_people or (a.place and a.place == b.place))
    same = score >= needed and (not disagree or (similarity >= _DISAGREE_SIMILARITY and particular))
    return Judgement(same, score, None if same else "score", disagree, reasons)


def _find(parent: dict, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


_COARSE_DAYS = 31  # a date longer than a month (a quarter, a year, a decade, a long range) is coarse


def _coarse(m: MentionSketch) -> bool:
    return (m.date_end - m.date_start).days > _COARSE_DAYS


def cluster_mentions(mentions: list[MentionSketch]) -> list[list[MentionSketch]]:
    """Happenings as groups of mentions, each group sorted by key, groups by their first key."""
    ordered = sorted(mentions, key=lambda m: m.key)
    dated = [i for i in range(len(ordered)) if ordered[i].date_start is not None]
    by_start = sorted(dated, key=lambda i: (ordered[i].date_start, ordered[i].key))
    judgements: dict[tuple[int, int], Judgement] = {}
    # a day of unknown year meets that day of any year
    by_month_day: dict[str, list[int]] = {}
    for i, m in enumerate(ordered):
        if (md := month_day(m.value)) is not None:
            by_month_day.setdefault(md, []).append(i)
    for i, m in enumerate(ordered):
        if is_partial(m.value):
            for j in by_month_day[month_day(m.value)]:
                if j != i and (min(i, j), max(i, j)) not in judgements:
                    judgements[(min(i, j), max(i, j))] = judge(ordered[min(i, j)], ordered[max(i, j)])
    # block by date: a pair is weighed only when its dates overlap or touch
    for pos, i in enumerate(by_start):
        a = ordered[i]
        for j in by_start[pos + 1:]:
            b = ordered[j]
            if (b.date_start - a.date_end).days > 1:
                break
            if b.date_start > a.date_end and a.granularity != "day":
                continue
            if (a.granularity == "day" or b.granularity == "day") and (_coarse(a) or _coarse(b)):
                # a day is not weighed against a year (or longer): a source that gives the year alone tells
                # a happening too vaguely to say which day's it is, and whether the two met would depend on
                # how crowded the year was when they came (the store narrows a crowded year's window)
                continue
            judgements[(min(i, j), max(i, j))] = judge(a, b)
    # pairs a date keeps apart were never weighed: treat them as kept apart
    parent = {i: i for i in range(len(ordered))}
    members = {i: [i] for i in range(len(ordered))}
    # pairs that agree on the day first, then the strongest: a report a day off ("hari ini" in a story
    # stamped after midnight) joins the happening the same-day reports make, not the other way round;
    # a pair refused because its group was not yet whole is tried again once the groups have grown,
    # until nothing changes
    edges = sorted(((j.disagree, -j.score, pair) for pair, j in judgements.items() if j.same))
    for _ in range(_JOIN_ROUNDS):
        joined = False
        for _, _, (i, j) in edges:
            ri, rj = _find(parent, i), _find(parent, j)
            if ri == rj or not _joinable(members[ri], members[rj], judgements):
                continue
            parent[rj] = ri
            members[ri].extend(members.pop(rj))
            joined = True
        if not joined:
            break
    groups = [sorted((ordered[i] for i in group), key=lambda m: m.key) for group in members.values()]
    return sorted(groups, key=lambda g: g[0].key)


def _joinable(left: list[int], right: list[int], judgements: dict[tuple[int, int], Judgement]) -> bool:
    """No pair across the two groups is kept apart by a hard difference, and the groups agree on
    average (one strong pair does not chain two happenings together)."""
    total, count = 0.0, 0
    for i in left:
        for j in right:
            judgement = judgements.get((min(i, j), max(i, j)))
            if judgement is None or judgement.apart in ("dates", "type", "keys", "marker", "passage", "people"):
                return False
            if judgement.disagree and not judgement.same:
                return False  # two days are one happening only where each pair of them says so
            total += judgement.score
            count += 1
    return total / count >= MERGE_THRESHOLD


def choose_value(values: list[str]) -> tuple[str, list[str]]:
    """The happening's date from its mentions' dates: the finest date most sources agree with;
    the days that disagree with it come second. A day of unknown year counts only when no source
    gives its year."""
    values = [v for v in values if not is_partial(v)] or values
    days = [v for v in values if GRANULARITY_RANK.get(granularity_of(v), 9) == 0]
    if days:
        best = max(sorted(set(days)), key=days.count)
        return best, sorted({d for d in days if d != best})
    return min(values, key=lambda v: (GRANULARITY_RANK.get(granularity_of(v), 9), v)), []
