"""A generator of realistic Indonesian news articles, for benchmarks at scale.

    .venv/bin/python benchmarks/corpus.py N OUT [--seed S]

Writes N `.txt` articles of about 4 KB into OUT: a title line, a publication line
("Senin, 21 Nov 2022 10:15 WIB"), a lead with an outlet's dateline ("JAKARTA, KOMPAS.com - "),
then paragraphs, one a line. The sentences recombine the shapes of real reports (tests/data/dev):
arrivals ("Presiden X tiba di Y pada Senin (21/11/2022)."), earthquakes ("Gempa magnitudo 5,6
mengguncang Y, Senin (21/11) siang."), rulings ("MK menolak gugatan ... pada ..."), floods,
meetings, bills passed, inaugurations; quotes ("kata X"), and background paragraphs with years,
months, "tahun lalu", "1950-an". Dates are worded many ways, actors, places (Indonesian regencies
and cities, world capitals), outlets and publication dates vary.

Most happenings are reported by 3 to 6 outlets in different wordings (so that clustering is
exercised), the rest by one. The output is deterministic by seed: article i depends only on the
seed and i, and is written as soon as it is made (bounded memory, whatever N).
"""
from __future__ import annotations

import os as _os
import sys as _sys

# benchmarks/http.py would shadow the standard library's http package (urllib and httpx import it)
# while this folder stands first on sys.path, as it does for a script run from here: it goes last
_HERE_DIR = _os.path.dirname(_os.path.abspath(__file__))
_sys.path[:] = [p for p in _sys.path if _os.path.abspath(p or ".") != _HERE_DIR] + [_HERE_DIR]

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

# (name, dateline, publication line style)
OUTLETS = [
    ("kompas", "{CITY}, KOMPAS.com - ", "{wd}, {d} {mon} {y} {hh}:{mm} WIB"),
    ("detik", "{City}, detikNews - ", "{wd}, {d} {mon3} {y} {hh}:{mm} WIB"),
    ("tempo", "TEMPO.CO, {City} - ", "{wd}, {d} {mon} {y} {hh}:{mm} WIB"),
    ("antara", "{City} (ANTARA) - ", "{wd}, {d} {mon} {y} {hh}:{mm} WIB"),
    ("liputan6", "Liputan6.com, {City} - ", "{d} {mon3} {y}, {hh}:{mm} WIB"),
    ("republika", "REPUBLIKA.CO.ID, {CITY} -- ", "{wd} {d} {mon3} {y} {hh}:{mm} WIB"),
    ("tribunnews", "TRIBUNNEWS.COM, {CITY} - ", "{wd}, {d} {mon} {y} {hh}:{mm} WIB"),
    ("okezone", "{CITY} - Okezone: ", "{wd} {d} {mon} {y} {hh}:{mm} WIB"),
    ("suara", "Suara.com - ", "{wd}, {d} {mon} {y} | {hh}:{mm} WIB"),
    ("cnnindonesia", "{City}, CNN Indonesia -- ", "{wd}, {d}/{m:02d}/{y} {hh}:{mm} WIB"),
    ("kumparan", "{City}, kumparan - ", "{d} {mon} {y} {hh}:{mm} WIB"),
    ("jpnn", "JPNN.com, {CITY} - ", "{wd}, {d} {mon} {y} – {hh}:{mm} WIB"),
]

# Indonesian regencies and cities with their province
REGIONS = [
    ("Cianjur", "Jawa Barat"), ("Sukabumi", "Jawa Barat"), ("Garut", "Jawa Barat"), ("Bandung", "Jawa Barat"),
    ("Bogor", "Jawa Barat"), ("Tasikmalaya", "Jawa Barat"), ("Lumajang", "Jawa Timur"), ("Malang", "Jawa Timur"),
    ("Banyuwangi", "Jawa Timur"), ("Jember", "Jawa Timur"), ("Surabaya", "Jawa Timur"), ("Semarang", "Jawa Tengah"),
    ("Cilacap", "Jawa Tengah"), ("Banjarnegara", "Jawa Tengah"), ("Klaten", "Jawa Tengah"), ("Bantul", "DI Yogyakarta"),
    ("Sleman", "DI Yogyakarta"), ("Agam", "Sumatera Barat"), ("Padang", "Sumatera Barat"), ("Medan", "Sumatera Utara"),
    ("Nias", "Sumatera Utara"), ("Aceh Besar", "Aceh"), ("Pidie Jaya", "Aceh"), ("Palembang", "Sumatera Selatan"),
    ("Lampung Selatan", "Lampung"), ("Pandeglang", "Banten"), ("Serang", "Banten"), ("Mataram", "Nusa Tenggara Barat"),
    ("Lombok Utara", "Nusa Tenggara Barat"), ("Kupang", "Nusa Tenggara Timur"), ("Denpasar", "Bali"),
    ("Karangasem", "Bali"), ("Palu", "Sulawesi Tengah"), ("Donggala", "Sulawesi Tengah"), ("Makassar", "Sulawesi Selatan"),
    ("Mamuju", "Sulawesi Barat"), ("Manado", "Sulawesi Utara"), ("Ambon", "Maluku"), ("Ternate", "Maluku Utara"),
    ("Jayapura", "Papua"), ("Balikpapan", "Kalimantan Timur"), ("Samarinda", "Kalimantan Timur"),
    ("Pontianak", "Kalimantan Barat"), ("Banjarmasin", "Kalimantan Selatan"), ("Pekanbaru", "Riau"),
]
CAPITALS = [("Tokyo", "Jepang"), ("Beijing", "China"), ("Seoul", "Korea Selatan"), ("Moskow", "Rusia"),
            ("Washington", "Amerika Serikat"), ("Canberra", "Australia"), ("Kuala Lumpur", "Malaysia"),
            ("Singapura", "Singapura"), ("Bangkok", "Thailand"), ("Hanoi", "Vietnam"), ("Manila", "Filipina"),
            ("New Delhi", "India"), ("Paris", "Prancis"), ("Berlin", "Jerman"), ("London", "Inggris"),
            ("Riyadh", "Arab Saudi"), ("Kairo", "Mesir"), ("Ankara", "Turki"), ("Doha", "Qatar"),
            ("Brasilia", "Brasil")]
LEADERS = [("Presiden", "Joko Widodo", "Jokowi"), ("Presiden", "Prabowo Subianto", "Prabowo"),
           ("Wakil Presiden", "Ma'ruf Amin", "Ma'ruf"), ("Wakil Presiden", "Gibran Rakabuming Raka", "Gibran"),
           ("Menteri Luar Negeri", "Retno Marsudi", "Retno"), ("Menteri Keuangan", "Sri Mulyani Indrawati", "Sri Mulyani"),
           ("Menteri BUMN", "Erick Thohir", "Erick"), ("Menko Marves", "Luhut Binsar Pandjaitan", "Luhut"),
           ("Menteri PUPR", "Basuki Hadimuljono", "Basuki"), ("Menteri Kesehatan", "Budi Gunadi Sadikin", "Budi"),
           ("Kapolri Jenderal", "Listyo Sigit Prabowo", "Listyo"), ("Mendagri", "Tito Karnavian", "Tito"),
           ("Ketua DPR", "Puan Maharani", "Puan"), ("Menko Polhukam", "Mahfud MD", "Mahfud"),
           ("Menparekraf", "Sandiaga Uno", "Sandiaga"), ("Gubernur Jawa Barat", "Ridwan Kamil", "Ridwan")]
FOREIGN = ["Fumio Kishida", "Xi Jinping", "Yoon Suk Yeol", "Vladimir Putin", "Joe Biden", "Anthony Albanese",
           "Anwar Ibrahim", "Narendra Modi", "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan",
           "Ferdinand Marcos Jr.", "Antonio Guterres", "Mohammed bin Salman"]
OFFICIALS = [("Kepala BPBD", "Budi Santosa"), ("Kepala Pusat Data BNPB", "Abdul Muhari"),
             ("Kepala BMKG", "Dwikorita Karnawati"), ("Juru bicara MK", "Fajar Laksono"),
             ("Kapolres", "AKBP Rudy Hartono"), ("Kepala Basarnas", "Marsekal Madya Henri Alfiandi"),
             ("Bupati", "Herman Suherman"), ("Wali Kota", "Eri Cahyadi"), ("pengamat politik", "Adi Prayitno"),
             ("Kepala Dinas Sosial", "Siti Nurhayati"), ("Koordinator Bidang Mitigasi", "Daryono"),
             ("Direktur Eksekutif Indikator", "Burhanuddin Muhtadi")]
LAWS = ["Undang-Undang Pemilu", "UU Cipta Kerja", "Undang-Undang Ibu Kota Negara", "UU Pilkada",
        "Undang-Undang Kesehatan", "UU Perkawinan", "Undang-Undang KPK", "UU Minerba"]
BILLS = ["RUU Perampasan Aset", "RUU Kesehatan", "RUU Desa", "RUU KUHP", "RUU Penyiaran", "RUU Energi Baru"]
TOPICS = ["kerja sama ekonomi", "investasi infrastruktur", "ketahanan pangan", "transisi energi",
          "keamanan kawasan", "perdagangan bilateral", "pendidikan vokasi", "kesehatan global"]
KINDS = ["visit", "quake", "ruling", "flood", "meeting", "bill", "inauguration", "landslide"]


@dataclass
class Happening:
    kind: str
    day: date
    hour: int
    minute: int
    leader: tuple[str, str, str]
    foreign: str
    region: tuple[str, str]
    capital: tuple[str, str]
    official: tuple[str, str]
    official2: tuple[str, str]
    law: str
    bill: str
    topic: str
    magnitude: str
    depth: int
    count: int
    outlets: list[int]


def _happening(seed: int, h: int) -> Happening:
    rng = random.Random(f"happening:{seed}:{h}")
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(10 * 365))
    multi = rng.random() < 0.6
    outlets = rng.sample(range(len(OUTLETS)), rng.randint(3, 6) if multi else 1)
    o1, o2 = rng.sample(OFFICIALS, 2)
    return Happening(kind=rng.choice(KINDS), day=day, hour=rng.randint(6, 21), minute=rng.randrange(60),
                     leader=rng.choice(LEADERS), foreign=rng.choice(FOREIGN), region=rng.choice(REGIONS),
                     capital=rng.choice(CAPITALS), official=o1, official2=o2, law=rng.choice(LAWS),
                     bill=rng.choice(BILLS), topic=rng.choice(TOPICS),
                     magnitude=f"{rng.randint(4, 7)},{rng.randint(0, 9)}", depth=rng.randint(5, 120),
                     count=rng.randint(12, 480), outlets=outlets)


class Dates:
    """The ways an article words one day, relative to its publication date."""

    def __init__(self, rng: random.Random, day: date, published: date):
        self.rng, self.day, self.published = rng, day, published

    def wd(self, d: date | None = None) -> str:
        return WEEKDAYS[(d or self.day).weekday()]

    def paren(self) -> str:  # "Senin (21/11/2022)" or "Senin (21/11)"
        d = self.day
        if self.rng.random() < 0.5:
            return f"{self.wd()} ({d.day}/{d.month}/{d.year})"
        return f"{self.wd()} ({d.day}/{d.month})"

    def full(self) -> str:  # "Senin, 21 November 2022" or "21 November 2022"
        d = self.day
        long = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        return f"{self.wd()}, {long}" if self.rng.random() < 0.5 else long

    def any(self) -> str:
        lag = (self.published - self.day).days
        choices = [self.paren, self.paren, lambda: "pada " + self.full(), lambda: "pada " + self.paren()]
        if lag == 1:
            choices.append(lambda: self.rng.choice(["kemarin", f"{self.wd()} kemarin"]))
        elif lag == 0:
            choices.append(lambda: self.rng.choice(["hari ini", f"{self.wd()} ini"]))
        elif 1 < lag < 7:
            choices.append(lambda: f"{self.wd()} lalu")
        return self.rng.choice(choices)()


def _leads(h: Happening, dt: Dates, rng: random.Random) -> list[str]:
    title, name, short = h.leader
    region, province = h.region
    capital, country = h.capital
    time_ = f"pukul {h.hour:02d}.{h.minute:02d} WIB"
    when = dt.any()
    sep = ", " if not when.startswith("pada") else " "
    if h.kind == "visit":
        return [f"{title} {name} tiba di {region}, {province}, {dt.paren()}.",
                f"{title} {name} tiba di {region} {when}{'' if sep == ' ' else ''} untuk meninjau proyek {h.topic}.",
                f"{title} {name} melakukan kunjungan kerja ke {region}, {province}, {dt.paren()} pagi.",
                f"Kunjungan {short} ke {region} berlangsung {dt.paren()}, disambut ratusan warga."]
    if h.kind == "quake":
        return [f"Gempa magnitudo {h.magnitude} mengguncang {region}, {province}, {dt.paren()} siang.",
                f"Gempa bumi berkekuatan M{h.magnitude} terjadi di wilayah {region} pada {dt.full()} {time_}.",
                f"BMKG mencatat gempa magnitudo {h.magnitude} mengguncang {region} {when}, {time_}.",
                f"Warga {region} berhamburan keluar rumah saat gempa M {h.magnitude} mengguncang {dt.paren()}."]
    if h.kind == "ruling":
        return [f"Mahkamah Konstitusi (MK) menolak gugatan uji materi {h.law} pada {dt.full()}.",
                f"MK menolak gugatan terhadap {h.law} yang diajukan sejumlah warga, {dt.paren()}.",
                f"Majelis hakim konstitusi menolak seluruh permohonan uji materi {h.law} dalam sidang {dt.paren()}.",
                f"Gugatan uji materi {h.law} ditolak Mahkamah Konstitusi {when}."]
    if h.kind == "flood":
        return [f"Banjir merendam {h.count} rumah di {region}, {province}, sejak {dt.paren()} dini hari.",
                f"Ratusan rumah warga di {region} terendam banjir setelah hujan deras mengguncur {dt.paren()}.",
                f"Banjir melanda {h.count} rumah di {region} pada {dt.full()}.",
                f"Hujan deras yang mengguyur {region} {when} menyebabkan banjir di sejumlah kecamatan."]
    if h.kind == "landslide":
        return [f"Tanah longsor menimbun jalan dan {h.count // 10 + 2} rumah di {region}, {province}, {dt.paren()}.",
                f"Longsor terjadi di {region} pada {dt.full()} {time_} setelah hujan deras.",
                f"Bencana tanah longsor melanda {region} {when}, menutup akses jalan provinsi."]
    if h.kind == "meeting":
        return [f"{title} {name} bertemu {h.foreign} di {capital}, {country}, {dt.paren()}.",
                f"{title} {name} mengadakan pertemuan bilateral dengan {h.foreign} di {capital} pada {dt.full()}.",
                f"{short} dan {h.foreign} membahas {h.topic} dalam pertemuan di {capital}, {dt.paren()}.",
                f"{title} {name} tiba di {capital} {when} untuk bertemu {h.foreign}."]
    if h.kind == "bill":
        return [f"DPR mengesahkan {h.bill} menjadi undang-undang dalam rapat paripurna, {dt.paren()}.",
                f"Rapat paripurna DPR pada {dt.full()} menyetujui {h.bill} menjadi undang-undang.",
                f"{h.bill} resmi disahkan DPR {when} setelah pembahasan panjang."]
    return [f"{title} {name} melantik {h.count // 20 + 2} pejabat baru di Istana Negara, Jakarta, {dt.paren()}.",
            f"Pelantikan pejabat baru oleh {title} {name} berlangsung di Istana Negara pada {dt.full()}.",
            f"{short} resmi melantik sejumlah pejabat di Jakarta {when}."]


def _details(h: Happening, dt: Dates, rng: random.Random) -> list[str]:
    region, province = h.region
    capital, _ = h.capital
    title, name, short = h.leader
    common = [f"Hingga {rng.choice(['sore', 'malam', 'siang'])} hari itu, situasi di lokasi dilaporkan masih "
              f"{rng.choice(['kondusif', 'ramai', 'terkendali'])}.",
              f"Sejumlah warga mengaku baru mengetahui kabar tersebut dari media sosial.",
              f"Aparat gabungan dari TNI dan Polri disiagakan di sekitar lokasi."]
    per = {
        "visit": [f"Dalam kunjungan itu, {short} meninjau pembangunan {h.topic} dan berdialog dengan warga.",
                  f"{short} dijadwalkan kembali ke Jakarta keesokan harinya setelah meresmikan sejumlah proyek."],
        "quake": [f"Pusat gempa berada di darat pada kedalaman {h.depth} kilometer, sekitar {h.depth // 3 + 4} km "
                  f"barat daya {region}.",
                  f"BPBD mencatat {h.count} rumah rusak ringan hingga berat akibat guncangan tersebut.",
                  f"Getaran gempa dirasakan hingga sejumlah daerah di {province}."],
        "ruling": [f"Dalam pertimbangannya, majelis menilai dalil para pemohon tidak beralasan menurut hukum.",
                   f"Putusan dibacakan oleh Ketua MK dalam sidang terbuka di Gedung MK, Jakarta."],
        "flood": [f"Ketinggian air mencapai {h.depth % 150 + 30} sentimeter di permukiman terdampak.",
                  f"Sebanyak {h.count * 3} jiwa terpaksa mengungsi ke balai desa dan masjid terdekat."],
        "landslide": [f"Tim SAR gabungan masih mencari {h.count % 7 + 1} warga yang diduga tertimbun material.",
                      f"Alat berat dikerahkan untuk membersihkan material longsor dari badan jalan."],
        "meeting": [f"Kedua pemimpin sepakat memperkuat {h.topic} dan menandatangani sejumlah nota kesepahaman.",
                    f"Pertemuan di {capital} berlangsung tertutup selama sekitar dua jam."],
        "bill": [f"Sebanyak {h.count % 9 + 1} fraksi menyatakan setuju, sementara fraksi lainnya menyampaikan catatan.",
                 f"Pengesahan {h.bill} sempat diwarnai interupsi dari sejumlah anggota dewan."],
        "inauguration": [f"Pelantikan disaksikan sejumlah menteri Kabinet dan pimpinan lembaga negara.",
                         f"Usai pelantikan, para pejabat baru langsung mengikuti rapat terbatas bersama {short}."],
    }
    return per[h.kind] + common


def _quotes(h: Happening, dt: Dates, rng: random.Random) -> list[str]:
    role, who = rng.choice([h.official, h.official2])
    region = h.region[0]
    said = rng.choice(["kata", "ujar", "ucap", "jelas", "tutur"])
    lines = [
        f"\"Kami terus memantau perkembangan di lapangan dan berkoordinasi dengan pemerintah daerah,\" {said} "
        f"{role} {who} kepada wartawan, {dt.paren()}.",
        f"\"Masyarakat kami imbau tetap tenang dan tidak mudah percaya kabar bohong,\" {said} {who}.",
        f"\"Ini menjadi perhatian kami bersama, terutama untuk warga {region} dan sekitarnya,\" {said} {who} "
        f"dalam keterangan tertulis yang diterima, {dt.wd()}.",
        f"{who} menjelaskan, pihaknya telah menyiapkan langkah lanjutan dalam beberapa hari ke depan.",
        f"Menurut {who}, koordinasi dengan kementerian terkait sudah dilakukan sejak awal.",
        f"\"Kita ingin semua berjalan dengan baik dan transparan,\" {said} {h.leader[2]}.",
    ]
    return rng.sample(lines, 3)


def _background(h: Happening, rng: random.Random) -> Iterator[str]:
    """Paragraphs of context, each template once per article (in a random order), then again with
    other years and months if an article needs still more."""
    region, province = h.region
    title, name, short = h.leader
    role, who = h.official2
    y = h.day.year
    templates = [
        "Sebelumnya, pada {d} {m} {past}, peristiwa serupa juga pernah terjadi di {region} dan menjadi sorotan "
        "publik. Saat itu pemerintah daerah menetapkan status tanggap darurat selama dua pekan.",
        "Tahun lalu, {short} juga sempat menyampaikan komitmen pemerintah terkait {topic}. Komitmen itu kemudian "
        "dituangkan dalam sejumlah kebijakan yang diterbitkan pada {m} {prev}.",
        "Wilayah {province} tercatat beberapa kali mengalami kejadian besar sejak 1950-an. Data BNPB menunjukkan "
        "frekuensinya meningkat dalam satu dekade terakhir, terutama sejak {past}.",
        "{region} dikenal sebagai salah satu daerah yang rawan bencana di {province}. Pemerintah "
        "setempat telah membangun jalur evakuasi dan memasang rambu peringatan di sejumlah titik.",
        "DPR dan pemerintah juga telah membahas isu tersebut dalam rapat kerja. Sejumlah "
        "anggota dewan meminta agar kebijakan yang diambil berpihak kepada masyarakat kecil.",
        "Isu ini bukan hal baru. Pada 1980-an hingga 1990-an, persoalan serupa kerap muncul dan baru mendapat "
        "perhatian serius setelah reformasi 1998.",
        "Berdasarkan catatan, pemerintah pernah membentuk tim khusus untuk menangani persoalan "
        "{topic}. Tim itu bekerja selama enam bulan dan menyerahkan rekomendasinya kepada presiden.",
        "Dua tahun lalu, masyarakat {region} juga menggelar aksi serupa untuk menuntut perhatian pemerintah pusat. "
        "Aksi itu berlangsung damai dan diikuti ratusan orang.",
        "{role} {who} mengatakan, anggaran untuk penanganan {topic} naik dibandingkan tahun sebelumnya. "
        "Sebagian dana dialokasikan untuk daerah seperti {region}.",
        "Pada {d} {m} {past2}, {short} pernah berkunjung ke {province} dan berjanji mempercepat pembangunan "
        "di wilayah itu. Janji tersebut kembali ditagih warga dalam beberapa bulan terakhir.",
        "Menurut catatan Badan Pusat Statistik, jumlah penduduk {region} terus bertambah sejak awal 2000-an. "
        "Pertumbuhan itu membuat kebutuhan akan layanan publik ikut meningkat.",
        "Bulan lalu, pemerintah provinsi {province} menggelar rapat koordinasi dengan pemerintah kabupaten dan "
        "kota untuk membahas langkah antisipasi hingga akhir tahun.",
        "Warga berharap pemerintah tidak hanya hadir saat ada kejadian, tetapi juga memperhatikan kebutuhan "
        "sehari-hari masyarakat. Mereka meminta akses jalan, air bersih dan layanan kesehatan diperbaiki.",
        "Pengamat menilai langkah pemerintah sudah tepat, tetapi pelaksanaannya di lapangan perlu diawasi. "
        "Menurut mereka, koordinasi antarlembaga kerap menjadi kendala utama.",
        "Di media sosial, warganet ramai membagikan foto dan video dari lokasi. Sebagian mempertanyakan "
        "kesiapan petugas, sebagian lainnya memuji respons cepat aparat.",
    ]
    while True:
        for template in rng.sample(templates, len(templates)):
            yield template.format(d=rng.randint(1, 28), m=MONTHS[rng.randrange(12)],
                                  past=rng.randint(1990, max(1991, y - 2)), past2=rng.randint(2000, max(2001, y - 1)),
                                  prev=y - 1, y=y, region=region, province=province, short=short, topic=h.topic,
                                  role=role, who=who)


TITLES = {
    "visit": ["{short} Tiba di {region}, Tinjau Proyek {Topic}", "Kunjungi {region}, {short} disambut warga"],
    "quake": ["Gempa M{mag} Guncang {region}, Warga Panik", "BMKG: Gempa Magnitudo {mag} Guncang {region}"],
    "ruling": ["MK Tolak Gugatan {law}", "Gugatan Uji Materi {law} Kandas di MK"],
    "flood": ["Banjir Rendam {count} Rumah di {region}", "{region} Dilanda Banjir, Ratusan Warga Mengungsi"],
    "landslide": ["Longsor Terjang {region}, Akses Jalan Tertutup", "Tanah Longsor di {region}, Tim SAR Dikerahkan"],
    "meeting": ["{short} Bertemu {foreign} di {capital}", "{short} dan {foreign} bahas {topic}"],
    "bill": ["DPR Sahkan {bill} Jadi Undang-Undang", "Paripurna DPR Setujui {bill}"],
    "inauguration": ["{short} Lantik Pejabat Baru di Istana", "{short} lantik {n} pejabat baru"],
}


def article(seed: int, h: int, k: int, happening: Happening, target: int = 4000) -> tuple[str, str]:
    """The k-th outlet's report of happening h: (file name, text)."""
    rng = random.Random(f"article:{seed}:{h}:{k}")
    outlet, dateline, pubfmt = OUTLETS[happening.outlets[k]]
    lag = rng.choice([0, 0, 0, 1, 1, 2, 3])
    published = happening.day + timedelta(days=lag)
    dt = Dates(rng, happening.day, published)
    title, name, short = happening.leader
    region = happening.region[0]
    city = "Jakarta" if happening.kind in ("ruling", "bill", "inauguration") or rng.random() < 0.3 else region
    if happening.kind == "meeting":
        city = happening.capital[0]
    fields = dict(short=short, title=title, name=name, region=region, Topic=happening.topic.title(), topic=happening.topic,
                  mag=happening.magnitude, law=happening.law, count=happening.count, foreign=happening.foreign,
                  capital=happening.capital[0], bill=happening.bill, n=happening.count // 20 + 2)
    head = rng.choice(TITLES[happening.kind]).format(**fields)
    hh, mm = rng.randint(5, 23), rng.randrange(60)
    pub = pubfmt.format(wd=WEEKDAYS[published.weekday()], d=published.day, mon=MONTHS[published.month - 1],
                        mon3=MONTHS_SHORT[published.month - 1], m=published.month, y=published.year,
                        hh=f"{hh:02d}", mm=f"{mm:02d}")
    leads = _leads(happening, dt, rng)
    rng.shuffle(leads)
    details = _details(happening, dt, rng)
    rng.shuffle(details)
    quotes = _quotes(happening, dt, rng)
    lines = [head, pub, dateline.format(CITY=city.upper(), City=city) + leads[0] + " " + details[0]]
    body = [" ".join(leads[1:3]), details[1] + " " + quotes[0], " ".join(details[2:4]), quotes[1] + " " + quotes[2]]
    if rng.random() < 0.3:
        body.insert(1, f"Baca juga: {rng.choice(TITLES[happening.kind]).format(**fields)}")
    lines.extend(p for p in body if p)
    size = sum(len(x.encode()) + 1 for x in lines)
    for paragraph in _background(happening, rng):
        if size >= target:
            break
        lines.append(paragraph)
        size += len(paragraph.encode()) + 1
    lines.append(f"({rng.choice(['ant', 'dtk', 'kps', 'rep', 'tmp'])}/{rng.choice(['iwd', 'has', 'nsa', 'fik'])})")
    return f"{outlet}", "\n".join(lines) + "\n"


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """The first n articles of the corpus of this seed, one at a time: (file name, text)."""
    i, h = 0, 0
    while i < n:
        happening = _happening(seed, h)
        for k in range(len(happening.outlets)):
            if i >= n:
                return
            outlet, text = article(seed, h, k, happening)
            yield f"{i:06d}_h{h:06d}_{outlet}.txt", text
            i += 1
        h += 1


def write_corpus(n: int, out: Path, seed: int = 0) -> int:
    """Write n articles into out; returns the bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in generate(n, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="the folder to write them into")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    total = write_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles, {total:,} bytes ({total / max(1, args.n) / 1024:.1f} KB each), "
          f"seed {args.seed}, into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
