"""Indonesian words whose type depends on the words around them: a lemma that names a type only beside
its context ("putus" is a court's ruling only next to a court), or another type beside some words
("menetapkan ... sebagai tersangka"), and surface forms that are part of a title ("Presiden terpilih").
Read by `event_types.py` through `happenings.py`, which re-exports them.
"""
from __future__ import annotations

# a surface form that is part of a title after these words: "Presiden terpilih Prabowo" names the
# president-elect, it tells of no election
TITLE_PART_AFTER: dict[str, tuple[str, ...]] = {
    "terpilih": ("presiden", "wakil presiden", "wapres", "gubernur", "wakil gubernur", "bupati", "wakil bupati",
                 "wali kota", "walikota", "wakil wali kota", "kepala daerah", "anggota", "ketua", "pasangan"),
    # "tim penasihat hukumnya", "kuasa hukum", "proses hukum": the law's people and ways, no sentence passed
    **{word: ("penasihat", "penasehat", "kuasa", "tim", "badan", "bantuan", "proses", "upaya", "jalur", "ahli", "pakar",
              "lembaga", "kepastian", "penegak", "penegakan", "aparat", "konsultan", "biro", "pengamat", "dasar",
              "payung", "celah", "produk", "kajian", "perlindungan", "negara")
       for word in ("hukum", "hukumnya")},
    # a bill's or a law's name: "demonstrasi tolak RUU Pilkada" tells of a protest, not of an election
    **{word: ("ruu", "uu", "undang-undang", "rancangan undang-undang", "revisi uu", "revisi undang-undang")
       for word in ("pilkada", "pemilu", "pilpres")},
}
_MATCH_WORDS = ("skor", "gol", "laga", "pertandingan", "timnas", "babak", "menit", "stadion", "klasemen", "tim",
                "kualifikasi", "piala", "liga", "grup", "set", "poin")
_VEHICLE_WORDS = ("kereta", "ka", "krl", "commuter", "pesawat", "kapal", "perahu", "speedboat", "bus", "truk", "mobil",
                  "motor", "sepeda", "kendaraan", "minibus", "angkot", "lokomotif", "gerbong", "rel", "jalur",
                  "lalu lintas", "tol", "penumpang", "helikopter", "maut",
                  # ships by their prefixes: "KMP Yunicee", "KRI Nanggala-402" (not "KM": a kilometre post too)
                  "kmp", "kri", "feri", "ferry", "kapal selam", "tongkang",
                  # what falls or gives way on people: "crane terjatuh di Masjidil Haram", "jembatan gantung putus"
                  "crane", "alat berat", "derek", "lift", "eskalator", "jembatan", "panggung", "balkon", "tribun")
_PRICE_WORDS = ("harga", "tarif", "iuran", "suku bunga", "bi rate", "upah", "ump", "umk", "gaji", "bbm", "pertamax",
                "pertalite", "solar", "elpiji", "lpg", "listrik", "cukai", "ppn", "pajak", "ongkos", "biaya")
# lemmas that only name the type when a word of its context stands in the same clause
# ("putus" is any decision, "tolak" any refusal: a court's only next to a court)
NEEDS_CONTEXT: dict[str, tuple[str, ...]] = {
    "putus": ("mk", "mahkamah", "hakim", "pengadilan", "majelis", "perkara", "gugatan", "permohonan", "uji",
              "pn", "pt", "ma", "sidang", "terdakwa", "vonis"),
    "kabul": ("mk", "mahkamah", "hakim", "pengadilan", "gugatan", "permohonan", "perkara", "uji"),
    "hukum": ("penjara", "hakim", "pengadilan", "terdakwa", "vonis", "tahun", "bulan"),
    "sidang": ("hakim", "pengadilan", "terdakwa", "mk", "mahkamah", "perkara", "putusan"),
    # ... and an outbreak declared: "menetapkan kasus campak sebagai Kejadian Luar Biasa (KLB)"
    "tetap": ("peraturan", "kebijakan", "keputusan", "status", "tersangka", "darurat", "perpres", "permen",
              "klb", "kejadian luar biasa",
              "perda", "uu", "undang-undang", "tarif", "harga"),
    # a price or rate raised or cut ("Pertamina menaikkan harga Pertamax", "tarif listrik turun"), not a climb
    # ("naik ke panggung") or a fall of rain
    "naik": _PRICE_WORDS, "turun": _PRICE_WORDS,
    "sah": ("uu", "undang-undang", "ruu", "rancangan", "peraturan", "dpr", "paripurna", "perda", "apbn"),
    "terbit": ("peraturan", "perpres", "pp", "permen", "surat", "keputusan", "edaran", "inpres"),
    "resmi": ("meresmikan", "diresmikan", "peresmian"),
    "laku": ("berlaku", "diberlakukan", "pemberlakuan"),
    # "menutup pintu dialog", "rapat ditutup": a closure is a decision only of a place people use
    "tutup": ("bandara", "bandar udara", "jalur", "pendakian", "akses", "jalan", "tol", "sekolah", "operasional",
              "penerbangan", "pelabuhan", "penyeberangan", "perbatasan", "objek wisata", "kawasan wisata",
              "pintu masuk", "booking", "pasar", "stasiun"),
    "tahan": ("polisi", "ditahan", "penahanan", "tersangka", "kpk", "kejaksaan", "polda", "polres"),
    "bakar": ("kebakaran", "terbakar", "api", "hangus", "dilalap"),
    # "tanggul Situ Gintung jebol": a dam gives way; a goal conceded ("gawang jebol") is no disaster
    "jebol": ("tanggul", "bendungan", "waduk", "situ", "dam", "pintu air", "embung", "tembok", "dinding"),
    # "kejadian bencana", "bencana banjir": not the "Penanggulangan Bencana" of BNPB's name
    "bencana": ("kejadian", "alam", "melanda", "terjadi", "banjir", "longsor", "gempa", "erupsi", "korban"),
    "hilang": ("korban", "orang", "warga", "pencarian", "tertimbun"),
    # "mendesak pemerintah" urges: only a crowd pressing ("berdesakan") is a crush
    "desak": ("berdesakan", "berdesak-desakan", "berdesak"),
    # "mencari solusi", "terjun ke politik": a search or crews sent only beside what they are for
    "cari": ("pencarian", "korban", "sar", "basarnas", "jenazah", "puing", "serpihan", "kotak hitam", "penumpang"),
    "terjun": ("menerjunkan", "diterjunkan"),
    "madam": ("memadamkan", "pemadaman", "dipadamkan"),
    "padam": ("memadamkan", "pemadaman", "dipadamkan", "api"),
    "gol": ("mencetak", "menit", "skor", "laga", "pertandingan"),
    "final": ("laga", "partai", "babak", "juara", "pertandingan", "menang", "kalah"),
    "pilih": ("terpilih", "pemilihan", "pemungutan", "suara", "pilkada", "pemilu"),
    "umum": ("mengumumkan", "diumumkan", "pengumuman"),
    # "menyambut rombongan Wakil Perdana Menteri", "upacara penyambutan": a guest welcomed, not "menyambut baik"
    "sambut": ("rombongan", "kedatangan", "tamu", "delegasi", "penyambutan", "tiba", "bandara", "bandar udara",
               "kunjungan", "karpet merah", "jajar kehormatan", "upacara"),
    "datang": ("kedatangan", "datang ke", "didatangi", "mendatangi"),
    "temu": ("bertemu", "pertemuan", "menemui", "ditemui"),
    "tinjau": ("meninjau", "peninjauan", "ditinjau"),
    "rapat": ("rapat",),
    # "material yang berguguran", "awan panas guguran": what falls is no soldier fallen
    "gugur": ("prajurit", "pahlawan", "tentara", "anggota", "polisi", "personel", "tugas", "medan", "pertempuran",
              "syahid", "kru", "awak", "jenazah", "dimakamkan"),
    # a score's verbs beyond football ("membungkam kritik", "menghajar warga"): only beside a match's words
    "bungkam": _MATCH_WORDS, "tekuk": _MATCH_WORDS, "gulung": _MATCH_WORDS, "bantai": _MATCH_WORDS,
    "hajar": _MATCH_WORDS, "libas": _MATCH_WORDS, "menggilas": _MATCH_WORDS, "kandas": _MATCH_WORDS,
    "tunduk": _MATCH_WORDS,
    # "harga anjlok", "jatuh tempo", "tenggelam dalam pikiran": an accident only beside a vehicle or a victim
    "anjlok": _VEHICLE_WORDS, "guling": _VEHICLE_WORDS, "tergelincir": _VEHICLE_WORDS, "jatuh": _VEHICLE_WORDS,
    "tenggelam": _VEHICLE_WORDS + ("korban", "warga", "bocah", "anak", "perahu", "sungai", "laut", "pantai"),
    "karam": _VEHICLE_WORDS, "insiden": _VEHICLE_WORDS, "tabrak": _VEHICLE_WORDS + ("korban", "pejalan"),
    "luka": ("luka-luka", "terluka", "korban", "orang", "luka berat", "luka ringan"),
    "korban": ("meninggal", "tewas", "luka", "jiwa", "bertambah", "orang"),
    "langsung": ("berlangsung",),
    "serah": ("menyerahkan", "diserahkan", "penyerahan", "serah terima"),
    "catat": ("mencatat", "tercatat", "dicatat"),
    "capai": ("mencapai", "tercapai"),
}

# a lemma that names another type beside these words: "Polda Metro Jaya menetapkan Ketua KPK Firli Bahuri
# sebagai tersangka" names a suspect (the case's step), not a policy ("tersangka" lemmatises to "sangka",
# to suppose, so it is matched as a word of the clause)
TYPE_BESIDE: dict[str, tuple[tuple[str, ...], str]] = {
    "tetap": (("tersangka",), "arrest"),
    # "Keputusan tersebut diambil dalam Rapat Paripurna DPR", "pengambilan keputusan tingkat dua dalam sidang
    # paripurna": a legislature's decision is a law passed, no court's ruling
    "putus": (("paripurna", "dprd", "legislasi"), "policy"),
}
