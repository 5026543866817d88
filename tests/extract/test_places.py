"""Places from the data packages: Indonesia's areas with what contains them, countries, capitals."""
from __future__ import annotations

from app.extract.places import default_places


def places(text):
    return [(m.text, m.place.name, m.place.level, m.place.within) for m in default_places().find(text)]


def test_regencies_provinces_and_the_districts_in_them():
    found = places("Gempa mengguncang Kabupaten Cianjur, Jawa Barat. Warga Cugenang mengungsi.")
    assert found == [("Kabupaten Cianjur", "Cianjur", "regency", ("Jawa Barat", "Indonesia")),
                     ("Jawa Barat", "Jawa Barat", "province", ("Indonesia",)),
                     ("Cugenang", "Cugenang", "district", ("Cianjur", "Jawa Barat", "Indonesia"))]


def test_a_district_needs_its_regency_or_the_word_kecamatan():
    # "Cugenang" alone names no regency to place it in; with "Kecamatan" it is the one district of that name
    assert places("Warga Cugenang mengungsi.") == []
    assert places("Warga Kecamatan Cugenang mengungsi.")[0][1] == "Cugenang"


def test_countries_by_their_indonesian_names_and_capitals():
    found = {name: (level, within) for _, name, level, within in places("Presiden tiba di Nairobi, Kenya.")}
    assert found == {"Nairobi": ("capital", ("Kenya",)), "Kenya": ("country", ())}
