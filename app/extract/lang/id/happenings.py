"""Indonesian words that name happenings, by lemma (simplemma's Indonesian lemmatiser).

Keyed by lemma so that one entry covers a verb and its nouns: "tiba", "ketibaan";
"lantik", "dilantik", "pelantikan"; "guncang", "mengguncang", "guncangan". A few triggers
are phrases or need their surface form because their lemma means something else
("meninggal" lemmatises to "tinggal", to live).
"""
from __future__ import annotations

# event type -> lemmas that name it
TYPE_LEMMAS: dict[str, tuple[str, ...]] = {
    "visit": ("tiba", "datang", "kunjung", "lawat", "tandang", "sambang", "tinjau", "jenguk", "singgah",
              "berangkat", "sambut"),
    "meeting": ("temu", "jumpa", "ktt", "rapat", "runding", "dialog"),
    "inauguration": ("lantik", "sumpah", "kukuh", "tahta", "takhta", "dinobatkan"),
    "election": ("pemilu", "pilkada", "pilpres", "coblos", "pilih", "rekapitulasi"),
    "court_ruling": ("vonis", "putus", "kabul", "hukum", "sidang", "tuntut", "gugat"),
    "disaster": ("bencana", "gempa", "guncang", "banjir", "erupsi", "letus", "longsor", "bakar", "tsunami", "lahar",
                 "guguran", "beliung", "badai", "topan", "siklon", "abrasi", "terjang", "genang", "rendam", "jebol"),
    "casualties": ("tewas", "korban", "luka", "ungsi", "hilang", "evakuasi", "jenazah"),
    # what a disaster did to buildings and roads: "Sejumlah bangunan roboh akibat gempa"
    "damage": ("roboh", "ambruk", "runtuh", "hancur", "porak-poranda", "ambles"),
    # the response to a disaster or an accident: the search, the crews sent, the fire put out
    "rescue": ("kerah", "sisir", "madam", "padam", "cari", "terjun"),
    # a riot, a clash, a crowd crush: "kericuhan usai laga", "bentrokan warga", "suporter berdesakan"
    "unrest": ("kericuhan", "ricuh", "rusuh", "bentrok", "tawuran", "amuk", "desak"),
    # transport and road accidents: a train collision, a plane crash, a ship sinking
    "accident": ("celaka", "tabrak", "anjlok", "guling", "tergelincir", "karam", "tenggelam", "insiden", "jatuh"),
    "sports_result": ("menang", "kalah", "tanding", "juara", "unggul", "skor", "gol", "imbang", "takluk",
                      "tumbang", "final", "laga", "medali", "bungkam", "tekuk", "gulung", "bantai", "hajar",
                      "libas", "menggilas", "kandas", "tunduk"),
    "announcement": ("umum", "konferensi", "rilis", "konfirmasi"),
    "policy": ("laku", "tetap", "sah", "kebijakan", "regulasi", "terbit", "teken", "cabut", "naik", "turun"),
    # a place people use closed: an airport, a climbing route, a toll road
    "closure": ("tutup", "henti", "bubar", "batal", "tunda"),
    "launch": ("luncur", "resmi", "perkenal"),
    "arrest": ("tangkap", "tahan", "ciduk", "bekuk", "tersangka"),
    # an appeal lodged or withdrawn (its phrases are in TYPE_SURFACES: "banding" alone also compares)
    "appeal": (),
    # a company letting staff go: "GoTo mengumumkan PHK terhadap 1.300 karyawannya"
    "layoff": ("phk",),
    # a demonstration, a strike: "menggelar demo di depan DPR", "berunjuk rasa", "mogok kerja"
    "protest": ("demo", "demonstrasi", "demonstran", "mogok"),
    "crime": ("bunuh", "aniaya", "rampok", "curi", "culik", "keroyok", "begal", "tikam", "bacok", "perkosa"),
    "attack": ("serang", "tembak", "bom", "ledak", "gempur", "rudal", "invasi"),
    "death": ("wafat", "gugur", "mangkat"),
    "condolence": ("belasungkawa", "takziah", "melayat"),
    "agreement": ("menandatangani", "ditandatangani", "tandatangan", "penandatanganan", "sepakat", "janji",
                  "kesepakatan"),
    "statement": ("kata", "ujar", "ungkap", "nyata", "tegas", "sebut", "jelas", "klaim", "bantah", "akui", "pidato"),
    "other": ("gelar", "laksana", "selenggara", "langsung", "hadir", "serah", "salur", "tulis", "tanam",
              "capai", "catat", "kirim", "dengar", "temui", "resmikan", "salam", "kirab"),
}

# a type that yields to others in one clause: "divonis mati atas pembunuhan berencana", "ditangkap
# karena membunuh" tell the ruling and the arrest; the crime is what they are about
YIELDS_TO: dict[str, frozenset[str]] = {"crime": frozenset({"court_ruling", "arrest"}),
                                        # "longsor menutup jalan": the landslide is the happening
                                        "closure": frozenset({"disaster", "accident", "unrest"}),
                                        # "gempa mengguncang Majene dan merobohkan kantor gubernur": the quake;
                                        # unless the quake is only the cause named ("roboh akibat gempa")
                                        "damage": frozenset({"disaster", "accident", "unrest"}),
                                        # "kerusuhan usai laga Arema FC melawan Persebaya": the riot is the news
                                        "sports_result": frozenset({"unrest"}),
                                        # "Penetapan status tersangka ... diumumkan Direktur ...": what is announced
                                        "announcement": frozenset({"arrest", "layoff"}),
                                        # "Polda menetapkan Ketua KPK Firli Bahuri sebagai tersangka": the case's step
                                        "policy": frozenset({"arrest"}),
                                        # "RKUHP disahkan dalam rapat paripurna", "Rapat Dewan Gubernur BI memutuskan
                                        # menaikkan suku bunga": the meeting is where; what it decided is the news
                                        "meeting": frozenset({"policy", "election", "court_ruling", "inauguration"})}

NOUN_SURFACES_ATTACK = ("bom bunuh diri", "aksi teror", "serangan teror")
# phrases that name a happening as a noun does (weighed as nouns, "bom bunuh diri" says nothing happened)
SIGNED_THINGS = ("kontrak", "perjanjian", "kesepakatan", "mou", "nota", "memorandum")
NOUN_SURFACES = frozenset(NOUN_SURFACES_ATTACK) | {f"penandatangan {thing}" for thing in SIGNED_THINGS} | {
    "pemutusan hubungan kerja", "unjuk rasa", "aksi unjuk rasa", "aksi massa", "aksi demo", "aksi protes"}

# surface forms (lower case) whose lemma misleads, or phrases
TYPE_SURFACES: dict[str, tuple[str, ...]] = {
    "visit": ("mendarat", "bertolak", "bepergian", "sesampainya", "perjalanan", "melakukan perjalanan"),
    "meeting": ("bertatap muka", "bertemunya", "pertemuan bilateral"),
    "inauguration": ("mengucapkan sumpah", "mengambil sumpah", "diambil sumpahnya", "sumpah jabatan",
                     "resmi menjabat", "serah terima jabatan"),
    "casualties": ("meninggal", "meninggal dunia", "korban jiwa", "luka-luka", "luka berat", "luka ringan",
                   "mengungsi", "pengungsi", "menewaskan"),
    "death": ("tutup usia", "berpulang", "mangkat", "bunuh diri", "gantung diri"),
    # a suicide bombing is an attack, not a killing: "bom bunuh diri", "pelaku bom bunuh diri"
    "attack": NOUN_SURFACES_ATTACK,
    "crime": ("menikam", "ditikam", "membacok", "dibacok", "dibegal", "membegal", "memerkosa", "diperkosa"),
    "condolence": ("duka cita", "dukacita", "bela sungkawa", "turut berduka"),
    "court_ruling": ("amar putusan", "membacakan putusan", "menjatuhkan vonis", "dijatuhi vonis", "dijatuhi hukuman",
                     "dijatuhi pidana", "menjatuhkan hukuman", "menjatuhkan pidana", "diberi hukuman", "menolak gugatan",
                     "mengabulkan sebagian", "menolak permohonan", "mengabulkan permohonan"),
    "sports_result": ("mengalahkan", "menaklukkan", "ditahan imbang", "bermain imbang", "meraih medali"),
    # naming a suspect is the case's step against a person, whoever announces it
    "arrest": ("menetapkan status tersangka", "penetapan status tersangka", "ditetapkan sebagai tersangka",
               "ditetapkan tersangka", "ditetapkan menjadi tersangka", "menetapkan tersangka", "penetapan tersangka",
               "status tersangka", "menjadi tersangka", "jadi tersangka"),
    "policy": ("mulai berlaku", "diberlakukan", "resmi berlaku", "menaikkan status", "menetapkan status",
               "menurunkan status", "status tanggap darurat", "menahan suku bunga", "mempertahankan suku bunga",
               "menaikkan suku bunga", "menurunkan suku bunga", "memangkas suku bunga", "mengerek suku bunga",
               # a volcano's alert level: "status Gunung Ruang naik menjadi Level IV (Awas)"
               # the religious affairs ministry's session that sets a holiday: no court's
               "sidang isbat", "sidang itsbat",
               "memperbarui status", "menaikkan level", "menurunkan level", "naik menjadi level", "turun menjadi level",
               "dinaikkan menjadi level", "diturunkan menjadi level"),
    "disaster": ("kabut asap", "karhutla", "kebakaran hutan", "kebakaran lahan", "angin kencang", "awan panas guguran", "awan panas", "panas guguran", "guguran lava", "lava pijar", "hujan abu"),
    "announcement": ("konferensi pers", "jumpa pers", "mengumumkan", "diumumkan"),
    # a plane or ship that "hilang kontak" is an accident, whatever it turns out to be
    "accident": ("hilang kontak", "kehilangan kontak", "putus kontak", "lost kontak", "lost contact"),
    "layoff": ("pemutusan hubungan kerja", "perampingan karyawan", "merumahkan karyawan", "merumahkan",
               "pengurangan karyawan", "memberhentikan karyawan", "pemangkasan karyawan"),
    "protest": ("unjuk rasa", "berunjuk rasa", "aksi unjuk rasa", "aksi massa", "long march", "aksi demo",
                "mogok kerja", "aksi protes", "menggeruduk", "digeruduk"),
    # an appeal lodged or withdrawn is the case's next step, not the ruling it is against
    "appeal": ("mengajukan banding", "ajukan banding", "menyatakan banding", "mencabut banding", "upaya banding",
               "mengajukan kasasi", "mengajukan upaya hukum", "mengajukan peninjauan kembali", "memori banding"),
    # "meneken kontrak 42 unit Rafale"; "penandatangan MoU", as reporters often write the signing
    "agreement": tuple(f"{verb} {thing}" for verb in ("meneken", "diteken", "penandatangan") for thing in SIGNED_THINGS),
    "unrest": ("berdesak-desakan", "terinjak-injak", "huru-hara", "adu fisik", "baku hantam", "adu jotos",
               "keributan"),
}

# which words a type needs beside it, or turns into beside some words (type_context.py)
from .type_context import NEEDS_CONTEXT, TITLE_PART_AFTER, TYPE_BESIDE  # noqa: E402,F401 - re-exported

# lemmas that are nouns in their base form: "gempa" names the quake but does not say it happened
# then, so a sentence with only such words takes no date from the story
NOUN_LEMMAS = frozenset({"bencana", "gempa", "banjir", "erupsi", "longsor", "tsunami", "invasi", "rudal", "bom", "korban",
                         "jenazah", "ktt", "pemilu", "pilkada", "pilpres", "vonis", "sidang", "final", "laga",
                         "skor", "gol", "medali", "kebijakan", "regulasi", "konferensi", "sumpah", "juara",
                         "tersangka", "lahar", "guguran", "badai", "topan", "siklon", "beliung", "kesepakatan",
                         "insiden", "kericuhan", "tawuran", "demo", "demonstrasi", "phk",
                         "penandatanganan"})

# words whose lemma names a type they do not: "tersebut" (the aforesaid) lemmatises to "sebut", to mention
NOT_TRIGGERS = frozenset({"tersebut"})

# prefixes that make a word ending in -an a verb ("menyerahkan", "diberlakukan", "bertemuan" is rare)
VERB_PREFIXES = ("me", "di", "ber", "ter")

# happenings that are one story told differently: a trip, its arrival and the meeting it was for.
# A disaster and its toll are not one: the count of the dead, the climbers evacuated, are cards of
# their own beside the quake or the eruption (as every blind annotator of the dev set had it), and
# the sources' counts meet on the toll's card, which says where they disagree
TYPE_FAMILY: dict[str, str] = {
    "visit": "visit", "meeting": "visit",
    # a demonstration that turns into a riot ("unjuk rasa ... berujung ricuh") is one happening
    "protest": "protest", "unrest": "protest",
    "death": "death",
}

# types that can date a sentence with no date of its own from the story (not "statement":
# speech is not a happening; not "other" alone: too vague to stand without a date)
STORY_TYPES = frozenset(TYPE_LEMMAS) - {"statement", "other"}

# function words left out of the lemmas compared between mentions
STOPWORDS = frozenset("""
yang di ke dari dan atau dengan untuk pada dalam oleh sebagai itu ini tersebut juga akan telah sudah
para sang seorang ia dia mereka kami kita saya beliau adalah ada tidak tak bukan namun tetapi serta
bahwa karena agar supaya hingga sampai sejak saat ketika setelah sebelum usai lalu kemudian pun pula
nya-nya lebih sangat masih bisa dapat harus mau ingin per secara atas bagi tentang antara terhadap
hari tanggal pukul wib wita wit senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret
april mei juni juli agustus september oktober november desember tahun bulan pekan kata ujar
""".split())

# words that, directly before a date, make it the date of a report rather than of the happening
# ("kata Kapolres, Senin (21/11)"); used for nothing else
# a speech verb right after a name ("Dwikorita mengatakan"); matched at the name's end, so no ^
SPEECH_AFTER_NAME = (r"[\s,]*(?:\w+\s+){0,1}(?:mengatakan|menyatakan|menjelaskan|menyampaikan|menegaskan|"
                     r"mengungkapkan|menuturkan|menerangkan|memaparkan)\b")
# what a number before these counts is no toll ("5 persen", "20 tahun")
NOT_TOLL_AFTER = r"persen|%|tahun"
SPEECH_VERBS = frozenset({"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "terang", "papar",
                          "sebut", "imbuh", "tambah", "lanjut", "katanya", "ujarnya", "ucapnya", "tuturnya",
                          "ungkapnya", "jelasnya", "tegasnya", "terangnya", "paparnya", "imbuhnya"})

# -- figures: how many died, were hurt, fled, are missing ------------------------------------
# "162 orang meninggal", "menewaskan 14 orang", "korban meninggal ... menjadi 162 orang"
FIGURE_AFTER_NUMBER = {
    "dead": r"(?:orang\s+|jiwa\s+|warga\s+)?(?:meninggal(?:\s+dunia)?|tewas|wafat|korban\s+jiwa|korban\s+meninggal"
            r"|korban\s+tewas)",
    "injured": r"(?:orang\s+|warga\s+)?(?:luka(?:-luka)?|terluka|korban\s+luka(?:-luka)?)",
    "displaced": r"(?:orang\s+|jiwa\s+|warga\s+|kepala\s+keluarga\s+)?(?:mengungsi|pengungsi|terdampak\s+mengungsi)",
    "missing": r"(?:orang\s+|warga\s+)?(?:hilang|masih\s+hilang|dinyatakan\s+hilang)",
}
FIGURE_BEFORE_NUMBER = {
    "dead": r"(?:korban\s+(?:meninggal(?:\s+dunia)?|tewas|jiwa)|meninggal\s+dunia|menewaskan|tewas)",
    "injured": r"(?:korban\s+luka(?:-luka)?|luka-luka|terluka)",
    "displaced": r"(?:pengungsi|warga\s+yang\s+mengungsi|mengungsi)",
    "missing": r"(?:korban\s+hilang|dinyatakan\s+hilang|masih\s+hilang)",
}
# words between the figure's noun and its number: "korban meninggal dunia bertambah menjadi 162 orang"
FIGURE_LINK = r"(?:\s+(?:dunia|akibat\s+gempa|bertambah|menjadi|mencapai|sebanyak|sudah|kini|tercatat|"  \
              r"total|sementara|hingga|sejumlah|berjumlah|ada|yang))*\s+"
# how a card names a figure ("sumber menyebut 14, 62, 162 meninggal")
FIGURE_NAMES = {"dead": "meninggal", "injured": "luka", "displaced": "mengungsi", "missing": "hilang",
                "score": "skor"}
# one of these in a passage, or it reports no toll (a cheap test before the figure patterns)
FIGURE_WORDS = r"meninggal|tewas|newas|wafat|korban|luka|ungsi|hilang"  # "menewaskan": me- + tewas
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seorang": 1}
CLOCK_TIME = r"(?:pukul|jam)\s+\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?"

# words that make a happening another one than its kin of the same day and place: an aftershock is
# not the quake, the bronze match not the final
CONTRAST_MARKERS = {
    "aftershock": r"\bgempa\s+susulan\b|\bsusulan\b", "bronze": r"\bperunggu\b|\btempat\s+ketiga\b",
    # ... the match of that stage, not the one that qualified for it ("lolos ke babak semifinal")
    "semifinal": r"(?<!lolos ke )(?<!melaju ke )(?<!maju ke )(?<!tiket ke )(?<!lolos ke babak )(?<!melaju ke babak )"
                 r"(?<!tiket )\bsemi-?final\b",
    # a qualifying session, not a qualifying competition ("Kualifikasi Piala Dunia 2026" is the match's own)
    "qualifier": r"\bkualifikasi\b(?!\s+(?:piala|pra-?piala|zona|grup|asia|euro|olimpiade|fifa|afc|world))",
    "drill": r"\bsimulasi\b",
    # a tsunami warning issued or ended is not the quake or the tsunami it warns of
    "warning": r"\bperingatan\s+dini\b",
    # "MK juga telah menolak gugatan serupa dari PSI": a like one, so another one
    "another": r"\b(?:gugatan|permohonan|perkara|kasus|kejadian|peristiwa)\s+(?:serupa|lain(?:nya)?)\b",
    # "pengangkatan 56 wakil menteri" in the afternoon is not the ministers' swearing-in that morning;
    # "melantik menteri dan wakil menteri" tells of the ministers and is not marked
    "deputy": r"\b(?:pelantikan|melantik|dilantik|pengangkatan|mengangkat|diangkat)\s+(?:\d+\s+|para\s+)?"
              r"wakil\s+(?:menteri|gubernur|bupati|wali\s*kota|presiden|ketua)\b",
}
# a quake's magnitude tells it from its aftershocks and from other quakes: "magnitudo 5,6", "M5,6", "5,6 SR"
MAGNITUDE = (r"\b(?:magnitudo|[Mm]agnitude|M|kekuatan)\s*(?:\(M\)\s*)?(?:sebesar\s*)?(\d{1,2}[,.]\d)\b"
             r"|\b(\d{1,2}[,.]\d)\s*(?:magnitudo|SR|skala\s+richter|M\b)")
# what a court decided: one court's rulings of one day differ by it ("menolak" a petition, "mengabulkan" one)
RULING_OUTCOMES = {"kabul": "granted", "tolak": "rejected"}
# identifiers that tell one court's rulings of one day apart
# "152 gempa susulan setelah gempa dengan magnitudo 7,4": the words before the quake the aftershocks follow
MAIN_SHOCK_BEFORE = r"\b(?:setelah|sesudah|usai|pasca|menyusul|mengikuti)\s*(?:gempa|guncangan)\b[^.]{0,30}$"
CASE_NUMBER = r"\b(?:[Nn]omor|[Nn]o\.|[Pp]erkara)\s+(\d+(?:/[\w.-]+)+)|\b(\d+/PUU-[A-Z]+/\d{4})\b"

# capitalised words that are no name of their own: titles, kinds of place and body, calendar words,
# outlets' bylines. What is left ("Semeru", "Sambo", "Candrawathi") names who or what a happening is
# about even where the actor and place lists know nothing of it
NOT_NAMES = frozenset("""
presiden wakil menteri kepala ketua sekretaris direktur gubernur bupati wali walikota camat lurah kapolri
kapolda kapolres kapolsek kajati kajari jaksa hakim komisioner anggota juru bicara jubir panglima komandan
danrem dandim pangdam kasad kasal kasau dirut presdir ceo raja ratu pangeran perdana paus uskup imam kyai
kiai haji hajah ustaz ustadz bapak ibu pak bu mas mbak saudara tuan nyonya dokter prof profesor doktor
kabupaten kota provinsi kecamatan desa kelurahan dusun kampung jalan gunung pulau sungai danau selat
teluk laut pantai bandara pelabuhan stasiun terminal istana gedung kantor rumah sakit masjid gereja
republik negara pemerintah pemerintahan kementerian badan dinas lembaga komisi dewan majelis mahkamah
pengadilan kejaksaan kepolisian polisi partai tim timnas klub universitas sekolah sma smp sd
utara selatan barat timur tengah raya besar baru lama pusat daerah nasional internasional umum
senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli agustus
september oktober november desember wib wita wit utc gmt
baca juga simak lihat foto video sumber editor penulis reporter pewarta redaksi
the and of for in on at
""".split())

# -- what is not a happening -----------------------------------------------------------------
# page furniture and navigation at the start of a line
BOILERPLATE = (r"^\s*(?:baca\s+juga|by\s+\w+|advertisement|scroll\s+to|tinggalkan\s+balasan|alamat\s+email|back\s+to\s+top|"
               r"sumber\s*(?:foto)?\s*:|penulis\s*:|editor\s*:|nama\s+penulis|nama\s+penyunting|simak\s+juga|"
               r"lihat\s+juga|artikel\s+terkait|berita\s+terkait|ikuti\s+(?:kami|berita)|dapatkan\s+update|"
               r"copyright|hak\s+cipta|komentar|kirim\s+komentar|share|bagikan|tag\s*:|topik\s*:|"
               r"my\s+post\s+content|\d+\s+min\s+read|diperbarui|diterbitkan|dipublikasikan|updated|published|"
               r"posted|reporter\s*:|pewarta\s*:|penyunting\s*:|redaktur\s*:|laporan\s+wartawan|"
               r"(?:foto|video|ilustrasi)\s*:|klik\s|download\s|unduh\s|follow\s|dibaca\s+\d|read\s+next|"
               r"baca\s+selengkapnya|selengkapnya\s*:|halaman\s+selanjutnya|lanjut\s+baca|simak\s+video|"
               # a syndicated article's credit line ("Artikel ini telah tayang di Kompas.com dengan judul ...")
               r"artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dipublikasikan))")
# "4 views", "Dibaca 120 kali", "(ANTARA FOTO/Novrian Arbi)", "Foto: dok. BNPB": a counter or a caption
FURNITURE = (r"\b\d+\s+(?:views?|kali\s+dibaca|dilihat|komentar|shares?)\b|(?i:\bANTARA\s+FOTO\b)|\bFoto\s*:|\(foto\s*:|"
             r"/(?:ANTARA|Kompas|Detik|Tempo|Tribun)[\w.]*\)|\bdok\.\s|\bIlustrasi\b")
# a photo's credit closing a line: the line is its caption, however long ("... di Istana Negara. (Foto: setkab.go.id)")
# a line that only credits a photo, above its caption: "ANTARA FOTO/Arnas Padda/wpa/foc.", "KOMPAS/TOTOK WIJAYANTO"
PHOTO_CREDIT_LINE = (r"[ \t]*(?:(?:(?:ANTARA\s+)?FOTO|Foto)\s*[/:]|[A-Z]{3,}(?:\.(?:COM|ID|CO))?\s*/)"
                     r"\s*[^\n]{2,80}?[ \t]*")
CAPTION_END = (r"(?i:\(\s*(?:foto|photo|sumber\s+foto|dok(?:umentasi)?\.?)\s*[:/][^()]{0,80}\)\s*$)"
               # "... pada Senin, 6 Februari 2023/Net", ".../Istimewa", ".../ANTARA FOTO": a credit after a slash
               r"|/\s*(?:Net|Istimewa|Ist|Dok|Antara|ANTARA(?:\s+FOTO)?|Reuters|AFP|AP|Getty\s+Images|Instagram)\.?\s*$")
# a date in these clauses names a term, not when something happened ("periode 2019-2024")
# ("menjelang libur Natal 2023": the happening is before that day, on the story's)
TERM_BEFORE = (r"\b(?:periode|masa\s+(?:jabatan|bakti|kerja|tugas)|kabinet|angkatan|tahun\s+anggaran|TA|"
               r"(?:menjelang|jelang)(?:\s+(?:libur|perayaan|momen|musim))?)\s+(?:tahun\s+)?$")
# a span of years right after an office names its term: "Presiden Terpilih 2024-2029", "anggota DPR RI
# 2019-2024", "Gubernur DKI Jakarta 2017-2022" (a happening's own span is rarely told after a title)
TERM_TITLE_BEFORE = (r"\b(?i:terpilih|presiden|wapres|gubernur|bupati|wali\s*kota|walikota|DPR|DPRD|DPD|MPR|menteri|"
                     r"kapolri|panglima\s+TNI|legislatif|capres|cawapres|paslon|pasangan\s+calon)"
                     r"(?:\s+(?:RI|[A-Z][\w.-]*)){0,3}\s+(?:periode\s+)?$")
# the next of a list the approach names: "menjelang libur Natal 2023 dan Tahun Baru 2024"
TERM_LIST_BEFORE = r"\b(?:menjelang|jelang)\s+[^.;()]{1,40}?\s+(?:dan|serta)\s+$"
# a sentence with these words tells what generally happens, or happened once long ago: the story's
# date does not date it
NOT_STORY = frozenset({"pernah", "dulu", "dahulu", "biasanya", "sering", "kerap", "selalu", "setiap", "jika",
                       "apabila", "bila", "kalau", "seandainya", "harus", "perlu", "sebaiknya", "diharapkan",
                       "berharap", "semoga", "bisa", "dapat", "mungkin", "silam", "historis", "sejarah",
                       "kemungkinan", "sejak", "semenjak", "seharusnya", "semestinya", "sedianya"})
# verbs that say a named happening took place: "gempa ... terjadi pukul 00.15 WIB", "banjir melanda"
HAPPENING_VERBS = frozenset({"terjadi", "melanda", "menimpa", "berlangsung", "digelar", "dilaksanakan", "diadakan",
                             "dimulai", "berakhir", "menewaskan", "merusak", "mengguncang", "terasa", "dirasakan",
                             "dilanjutkan", "mengeluarkan", "melontarkan", "memuntahkan", "meluncur", "meluncurkan",
                             "menerjang", "menghantam", "merendam", "menggenangi", "menimbun", "meletus",
                             # "dua korban sudah ditemukan", "jenazah bertambah menjadi 13": the count moved
                             "ditemukan", "bertambah", "dievakuasi",
                             # "majelis hakim menjatuhi vonis 12 tahun", "kericuhan memuncak", "kerusuhan pecah"
                             # (not "putusan dibacakan": a hearing reads out many things, on the dev set two
                             # more happenings told twice)
                             "menjatuhi", "menjatuhkan", "dijatuhi", "dijatuhkan", "memuncak", "pecah"})
# a light verb right before a happening's noun says it took place: "elemen masyarakat menggelar demo",
# "LBH melakukan unjuk rasa" (not any noun of the sentence: "menggelar nonton bareng sidang vonis")
# ... for the types mostly told by a noun (a demonstration, a signing); "melakukan peninjauan" stays the noun it is
LIGHT_VERB_TYPES = frozenset({"protest", "attack", "agreement", "meeting"})  # "melancarkan serangan", "melakukan serangan udara"
LIGHT_VERB_BEFORE = r"\b(?:menggelar|melakukan|melancarkan|mengadakan)\s+(?:aksi\s+)?$"
# a clock time right after a happening's noun says when it happened: "Gunung Marapi itu erupsi pada
# pukul 14.54 WIB" (the noun used as a verb, as reporters do)
NOUN_AT_TIME = r"\s+(?:pada\s+)?(?:sekitar\s+)?(?:pukul|jam)\s+\d"
# the narrative words that let a sentence of a weak type ("menulis pesan") take the story's date
NARRATIVE = frozenset({"kemudian", "lalu", "selanjutnya", "setelah", "usai", "seusai", "sesudah", "sempat",
                       "langsung", "juga", "tiba-tiba", "sebelum", "saat", "ketika", "sembari", "sambil"})
# a competition named with its year ("medali emas di SEA Games 1991 Manila", "Piala Asia 2007"): a
# sentence telling what happened there, with no date of its own, is of that year
COMPETITION_YEAR = (r"\b(?:SEA\s+Games|Asian\s+Games|Asian\s+Para\s+Games|Olimpiade|Paralimpiade|Piala\s+(?:Dunia|Asia|AFF|"
                    r"Eropa|Konfederasi|Thomas|Uber|Sudirman|Presiden)|Euro|Copa\s+America|PON|Pekan\s+Olahraga\s+"
                    r"Nasional|Tour\s+de\s+France|All\s+England)\s+(?P<year>(?:19|20)\d\d)\b")
# a count told as of now ("Hingga saat ini, 33 orang telah berhasil turun", "BPBD mencatat 17 orang meninggal
# dunia"): the tally when the article appeared, not the day of the disaster it counts
TALLY_AS_OF_NOW = (r"\b(?:(?:hingga|sampai)\s+(?:saat\s+ini|kini|sekarang|berita\s+ini\s+(?:diturunkan|ditulis))|"
                   r"sejauh\s+ini|data\s+terbaru|data\s+terkini|terkini|per\s+hari\s+ini|mencatat|tercatat|terdata|"
                   r"mendata)\b")
# "Garuda saat itu kalah 1-3", "pada saat bersamaan": at the time of the date told just before
THEN_ANAPHOR = (r"\b(?:saat|ketika|kala|waktu)\s+itu\b|\b(?:pada|di)\s+(?:saat|waktu|hari)\s+(?:yang\s+)?"
                r"(?:bersamaan|sama)\b|\bsaat\s+bersamaan\b"
                # a sentence opening on a part of that day goes on with the day just told: "Malam hari
                # sekitar pukul 22.00, Tim Evakuasi ... melanjutkan pencarian"
                r"|^\s*(?:[Pp]ada\s+)?(?:[Mm]alam|[Ss]ore|[Ss]iang|[Pp]etang)\s+(?:hari(?:nya)?|itu)\b"
                r"|^\s*(?:[Mm]alam|[Ss]ore|[Ss]iang|[Pp]etang)nya\b")
# what a sentence anchored on a date told before may still say: "pernah", "dulu", "sejarah" do
# not make it general ("Saat itu Pemerintah ... menunjuk Angkatan Darat"), a condition does
NOT_ANCHORED = frozenset({"jika", "apabila", "bila", "kalau", "seandainya", "harus", "perlu", "sebaiknya",
                          "diharapkan", "berharap", "semoga", "setiap", "biasanya", "selalu"})
# "Mereka", "keduanya", "kedua pemimpin": the people named just before
PRONOUN_START = r"^\s*(?:mereka|keduanya|ia|dia|beliau|kedua(?:nya| pemimpin| negara)?)\b"
BOTH_LEADERS = r"\b(?:keduanya|kedua\s+(?:pemimpin|kepala\s+negara|presiden|pemimpin\s+negara|tokoh|menteri))\b"
# "pembunuhan berencana" is premeditated murder, not a planned one
PLANNED_CUES = (r"\b(?:akan|dijadwalkan|direncanakan|rencananya|(?<!pembunuhan\s)(?<!pembunuh\s)berencana|bakal|"
                r"hendak|diagendakan|agendanya)\b")
# "laporan" attributes ("beberapa laporan mengindikasikan") unless it is a thing counted or received
REPORTED_CUES = (r"\b(?:diduga|dilaporkan|menurut|kabarnya|dikabarkan|dituding|menuding|disebut|"
                 r"diyakini|konon|ditengarai|dilansir|melansir|mengutip|dikutip|"
                 r"(?<!\d\s)(?<!menerima\s)(?<!mengajukan\s)(?<!membuat\s)(?<!melayangkan\s)laporan|"
                 r"mencurigai|dicurigai|dituduh|menuduh|reportedly)\b")
SINCE = r"\b(?:sejak|semenjak)\s+(?:tahun\s+|bulan\s+)?$"
# "tercatat sejak pukul 12.00 WIB": since a time of the story's day, no background
SINCE_CLOCK = r"\b(?:sejak|semenjak)\s+(?:(?:pukul|jam)\s+\d|pagi|siang|sore|petang|malam|dini\s+hari)"
CLAUSE_SPLIT = (r",\s+(?:meskipun|meski|namun|sedangkan|sementara|tetapi|dan\s+setelah|lalu|kemudian|"
                r"sebelum|setelah|dan|hingga|sampai)\b|;\s*|\s+(?:sedangkan|sementara itu)\s+|\s+(?:hingga|sampai)\s+(?=\w+\s*\()")
# "... waktu setempat atau Selasa (21/1) WIB": the second date is the first one in another zone
ZONE_EQUIVALENT = r"\batau\s+$"
ZONE_AFTER = r"^[^.,;]{0,30}?\b(?:WIB|WITA|WIT)\b"
PLACE_PREPOSITION = r"\b(?:di|ke|dari|menuju|wilayah|kawasan|daerah)\s+$"
# where a place stands says how surely it is where the happening was: "di Cianjur" surely, "ke" nearly,
# a bare name less, "dari" (where someone came from) least
PLACE_RANK = {"di": 0, "wilayah": 0, "kawasan": 0, "daerah": 0, "kabupaten": 0, "kota": 0, "provinsi": 0,
              "kecamatan": 0, "desa": 0, "kampung": 0, "sekitar": 1, "ke": 1, "menuju": 1, "dari": 3}
# a sentence opening with these tells background: its day is no lead for the story's other sentences
BACKGROUND_START = (r"^\W*(?:sebelumnya|sebagai\s+informasi|diketahui|seperti\s+diberitakan|diberitakan\s+sebelumnya|"
                    r"untuk\s+diketahui|perlu\s+diketahui|sekadar\s+informasi|sebagai\s+catatan)\b")
# "gempa bumi yang melanda Cianjur pada Senin (21/11)": a relative clause that dates the noun before it
RELATIVE = r"\byang\b"
# "kunjungan itu", "gempa tersebut": a happening named as the one told before
REFERS_BACK = r"\s+(?:itu|tersebut|ini)\b"
