"""Actors from the gazetteer and from cues, each alias resolved to one canonical name."""
from __future__ import annotations

import json

import pytest

from app.extract.actors import find_actors
from tests.conftest import SEEDS


def canon(text, gazetteer):
    return [(a.text, a.canonical) for a in find_actors(text, gazetteer)]


def test_aliases_resolve_to_one_actor(gazetteer):
    text = "Kim Jong-un bertemu Putin. Presiden Rusia Vladimir Putin dan Kim berbicara. Korut dan AS."
    names = {c for _, c in canon(text, gazetteer)}
    assert names == {"Kim Jong Un", "Vladimir Putin", "Rusia", "Korea Utara", "Amerika Serikat"}


def test_one_word_alias_is_not_someone_else(gazetteer):
    assert ("Kim Taewoo", "Kim Taewoo") in canon("kata Kim Taewoo, mantan kepala institut.", gazetteer)
    assert all(c != "Kim Jong Un" for _, c in canon("kata Kim Taewoo, mantan kepala institut.", gazetteer))


@pytest.mark.parametrize("text,person,not_person", [
    # a one-word alias closing another person's name: the minister, not Prabowo Subianto
    ("KPK menangkap Menteri Kelautan dan Perikanan Edhy Prabowo di bandara.", "Edhy Prabowo", "Prabowo Subianto"),
    ("Presiden Prancis tiba bersama istrinya, Brigitte Macron, di Halim.", None, "Emmanuel Macron"),
    # a title or form of address before it is no name, nor a headline's capitalised word
    ("Menhan Prabowo meninjau pabrik itu.", "Prabowo Subianto", None),
    ("Pak Prabowo meninjau pabrik itu.", "Prabowo Subianto", None),
    ("Menlu Retno bertemu mitranya.", "Retno Marsudi", None),
    ("Kepulangan Jokowi ke Solo Disambut Warga", "Joko Widodo", None),
])
def test_a_one_word_alias_after_a_given_name_is_someone_else(gazetteer, text, person, not_person):
    names = {c for _, c in canon(text, gazetteer)}
    assert person is None or person in names
    assert not_person not in names


def test_people_the_gazetteer_does_not_know_are_found_by_cues(gazetteer):
    text = ("Michael Madden, seorang ahli kepemimpinan, menyatakan hal itu. "
            "kata Leif-Eric Easley, profesor studi internasional. Easley menambahkan bahwa itu penting. "
            "Direktur Departemen Industri Amunisi Jo Chun Ryong hadir.")
    found = canon(text, gazetteer)
    assert ("Michael Madden", "Michael Madden") in found
    assert ("Leif-Eric Easley", "Leif-Eric Easley") in found
    assert ("Easley", "Leif-Eric Easley") in found  # the surname, within the same article
    assert ("Jo Chun Ryong", "Jo Chun Ryong") in found


def test_organisations_by_their_head_words(gazetteer):
    found = {c for _, c in canon("menurut Institut Studi Kebijakan Asan di Seoul", gazetteer)}
    assert "Institut Studi Kebijakan Asan" in found


def test_the_words_after_a_police_unit_name_the_unit_and_a_rank_opens_a_name(gazetteer):
    text = ("Penetapan itu diumumkan Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Metro Jaya, Kombes Pol "
            "Ade Safri Simanjuntak. \"Cukup bukti,\" kata Direktur Reskrimsus Polda Metro Jaya Kombes Ade Safri "
            "Simanjuntak.")
    found = {(a.canonical, a.kind) for a in find_actors(text, gazetteer)}
    assert ("Polda Metro Jaya", "organisation") in found and ("Ade Safri Simanjuntak", "person") in found
    assert not {name for name, kind in found if kind == "person"} - {"Ade Safri Simanjuntak"}


def test_offsets_are_exact(gazetteer):
    text = "Presiden Rusia Vladimir Putin tiba di Pyongyang."
    for a in find_actors(text, gazetteer):
        assert text[a.start:a.end] == a.text


def test_lookup_is_case_insensitive(gazetteer):
    assert gazetteer.lookup("putin").name == "Vladimir Putin"
    assert gazetteer.lookup("Korut").name == "Korea Utara"
    assert gazetteer.lookup("nobody at all") is None


def test_minister_with_a_long_portfolio(gazetteer):
    text = "Menurut Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki Hadimuljono, proyek itu selesai."
    assert [c for _, c in canon(text, gazetteer)] == ["Basuki Hadimuljono"]


def test_a_first_name_alone_is_the_person_named_in_full_before(gazetteer):
    text = "Kepala Bapanas Arief Prasetyo Adi mengatakan harga naik. \"Kami siap,\" ujar Arief di Jakarta."
    assert {c for _, c in canon(text, gazetteer)} >= {"Arief Prasetyo Adi"}
    assert "Arief" not in {c for _, c in canon(text, gazetteer)}


def test_the_shipped_gazetteer_is_consistent():
    entries = json.loads((SEEDS / "actors.json").read_text(encoding="utf-8"))["actors"]
    aliases = [alias for e in entries for alias in (e["name"], *e["aliases"])]
    assert len(aliases) == len(set(aliases)), "an alias names two actors"
    assert all(alias[:1].isupper() or alias[:1].isdigit() for alias in aliases), "matching assumes capitals"
    assert {e["kind"] for e in entries} <= {"person", "country", "organisation", "place"}


def test_actors_of_indonesian_public_life_beyond_the_seeds(gazetteer):
    text = ("Kejaksaan Agung menetapkan tersangka. MK akan membacakan putusan. Bulog mengimpor beras, "
            "kata Menteri Keuangan Sri Mulyani. Hamas menyerang Israel, dan Mesir menjadi penengah.")
    assert {a.canonical for a in find_actors(text, gazetteer)} >= {
        "Kejaksaan Agung", "Mahkamah Konstitusi", "Bulog", "Sri Mulyani Indrawati", "Hamas", "Israel", "Mesir"}


@pytest.mark.parametrize("text,expected", [
    # an acronym in parentheses names the long organisation before it
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut gempa itu dangkal.", {"BMKG"}),
    # ... also when "dan" split the long name and its last words looked like a person's
    ("Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) mengatakan status naik.", {"PVMBG"}),
    # a title alone is no person
    ("Kata Komandan Kodim kepada wartawan.", set()),
    # the rest of a known person's name is no one else
    ("Wakil Presiden Gibran Rakabuming Raka hadir.", {"Gibran Rakabuming Raka"}),
    # an ordinal after the title, and initials that open the name
    ("Presiden ketiga Republik Indonesia BJ Habibie wafat. Habibie dirawat sejak awal bulan.",
     {"Indonesia", "BJ Habibie"}),
    ("Presiden ke-5 Megawati Soekarnoputri hadir di acara itu.", {"Megawati Soekarnoputri"}),
    # a place named after a person is not the person
    ("Laga digelar di Stadion Utama Gelora Bung Karno pada malam hari.", set()),
    ("Rombongan mendarat di Bandara Soekarno-Hatta pada malam hari.", set()),
])
def test_actors_seen_wrong_on_real_news(gazetteer, text, expected):
    assert {a.canonical for a in find_actors(text, gazetteer)} == expected


def _every_word_scan(gazetteer, text):
    """What `Gazetteer.matches` must find: every word start tried, in text order."""
    import re
    starts = re.compile(r"(?<![\w-])[A-Z]\w*" if gazetteer.capitalised_only else r"(?<![\w-])\w+")
    end, out = 0, []
    for word in starts.finditer(text):
        if word.start() < end or word.group() not in gazetteer.first_words:
            continue
        if alias := gazetteer.alias_at(text, word.start()):
            end = word.start() + len(alias)
            out.append((word.start(), end, alias))
    return out


@pytest.mark.parametrize("aliases", [["Putin", "Vladimir Putin", "Korea", "Korea Utara", "Rusia"],
                                     ["Putin", "korea", "Rusia", "Ölçer"]])  # the second is not all capitalised
def test_matches_finds_what_a_scan_of_every_word_finds(aliases):
    from app.extract.actors import Gazetteer, GazetteerEntry
    gazetteer = Gazetteer([GazetteerEntry(a, "person", ()) for a in aliases])
    text = ("Putin, Vladimir Putin dan Korea Utara. Korea-Rusia, -Putin, Putinisme, xPutin, _Putin, "
            "Putin_ dan Putin2 korea Korea. Ölçer Rusia\nPutin")
    assert list(gazetteer.matches(text)) == _every_word_scan(gazetteer, text)
    assert list(gazetteer.matches(text))  # it finds something to compare


@pytest.mark.parametrize("text", [
    "Kantor Gubernur Sulbar Rusak Berat Gempa\nGempa merusak berat kantor itu; gedung lain juga rusak.",
    "Menurut Pelaksana Harian BPBD, evakuasi berjalan lancar.",
])
def test_a_headline_s_capitals_and_an_office_are_no_person(gazetteer, text):
    assert [a.text for a in find_actors(text, gazetteer) if a.kind == "person" and not a.known] == []


@pytest.mark.parametrize("text,person", [
    ("Bupati Cianjur Herman Suherman mengatakan warga mengungsi.", "Herman Suherman"),
    ("Gubernur Bali Wayan Koster meninjau lokasi banjir.", "Wayan Koster"),
])
def test_the_place_of_an_official_s_title_is_not_part_of_the_name(gazetteer, text, person):
    from app.extract.pipeline import extract_article
    people = [a.text for a in extract_article(text, None, gazetteer).actors if a.kind == "person"]
    assert person in people and not any(p != person and person in p for p in people), people
