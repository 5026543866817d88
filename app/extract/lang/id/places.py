"""Indonesian names of places that the data packages spell otherwise, and words that are
district names but rarely places in news text."""
from __future__ import annotations

import re

# areaid's province names -> the name outlets use
PROVINCE_NAMES = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
    "Sumatra Barat": "Sumatera Barat", "Sumatra Selatan": "Sumatera Selatan", "Sumatra Utara": "Sumatera Utara",
}
PROVINCE_ALIASES = {
    # "Polda Metro Jaya": the police region of Jakarta, not the city of Metro in Lampung
    "DKI Jakarta": ("Jakarta", "Provinsi DKI Jakarta", "Metro Jaya"),
    "DI Yogyakarta": ("Yogyakarta", "DIY", "Jogja", "Yogya"),
    "Jawa Barat": ("Jabar",), "Jawa Tengah": ("Jateng",), "Jawa Timur": ("Jatim",),
    "Sumatera Barat": ("Sumbar", "Sumatra Barat"), "Sumatera Utara": ("Sumut", "Sumatra Utara"),
    "Sumatera Selatan": ("Sumsel", "Sumatra Selatan"), "Nusa Tenggara Barat": ("NTB",),
    "Nusa Tenggara Timur": ("NTT",), "Sulawesi Selatan": ("Sulsel",), "Sulawesi Utara": ("Sulut",),
    "Sulawesi Tengah": ("Sulteng",), "Sulawesi Tenggara": ("Sultra",), "Kalimantan Timur": ("Kaltim",),
    "Kalimantan Barat": ("Kalbar",), "Kalimantan Selatan": ("Kalsel",), "Kalimantan Tengah": ("Kalteng",),
    "Kalimantan Utara": ("Kaltara",), "Kepulauan Riau": ("Kepri",), "Kepulauan Bangka Belitung": ("Babel",),
}
COUNTRY_ALIASES = {
    "Amerika Serikat": "Amerika Serikat", "AS": "Amerika Serikat", "Korut": "Korea Utara",
    "Korsel": "Korea Selatan", "Rusia": "Rusia", "Tiongkok": "Tiongkok", "China": "Tiongkok",
    "Cina": "Tiongkok", "Inggris": "Inggris", "Belanda": "Belanda",
}
# district names that are ordinary words or titles in news text
NOT_PLACES = {"Kota", "Tengah", "Utara", "Selatan", "Barat", "Timur", "Baru", "Raya", "Pusat", "Kota Baru",
              "Sukamaju", "Batu", "Air", "Jaya", "Indah", "Bunga", "Pasar", "Ibu", "Bapak", "Kepala", "Mandiri",
              "Bersatu", "Damai", "Merdeka", "Makmur", "Harapan", "Sejahtera", "Bahagia", "Sentosa"}
DISTRICT_PREFIX = re.compile(r"\b(?:Kecamatan|Kec\.|kecamatan)\s+$")
# words before a place name that make it where something is ("di", "ke", "Kabupaten" ...)
PLACE_BEFORE = (r"\b(?:di|ke|dari|menuju|wilayah|kawasan|daerah|kota|kabupaten|provinsi|kecamatan|"
                r"desa|kampung|sekitar)\s+"
                # "dari Pelabuhan Ketapang": the place a port, station or airport is named after
                r"(?:(?:Pelabuhan|Bandara|Bandar\s+Udara|Stasiun|Terminal|Dermaga)\s+)?$")
# "rute Jakarta - Pontianak", "tujuan Pontianak": a route's ends, not where the happening was
ROUTE_BEFORE = (r"\b(?:rute|tujuan|jurusan|relasi|trayek)\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
                r"(?:\s*[-–—]\s*|\s+(?:menuju|ke)\s+))?$")  # "rute Gilimanuk menuju Ketapang"
