"""Event types from lemmas: paraphrases of one happening fall into one type."""
from __future__ import annotations

import pytest

from app.extract.event_types import event_type_of, type_family, type_matches


@pytest.mark.parametrize("text,kind", [
    ("Presiden Jokowi tiba di Cianjur", "visit"),
    ("Pesawat yang membawa Putin mendarat di Pyongyang", "visit"),
    ("Ketibaan rombongan disambut warga", "visit"),
    ("Sebuah alat berat proyek (crane) terjatuh di Masjidil Haram dan menimpa para jemaah", "accident"),
    ("Pertamina menaikkan harga Pertamax menjadi Rp12.500 per liter", "policy"),
    ("Harga Pertamax resmi naik mulai hari ini", "policy"),
    ("Polisi menghentikan festival musik di Istora Senayan", "closure"),
    ("Konser itu dibubarkan pihak keamanan", "closure"),
    ("Kedatangan Kim disambut Putin", "visit"),
    ("Prabowo dilantik sebagai presiden", "inauguration"),
    ("Prabowo mengucapkan sumpah jabatan", "inauguration"),
    ("MPR mengambil sumpah presiden", "inauguration"),
    ("Pelantikan berlangsung khidmat", "inauguration"),
    ("Gempa magnitudo 5,6", "disaster"),
    ("Guncangan terasa hingga Jakarta", "disaster"),
    ("Banjir merendam ratusan rumah", "disaster"),
    ("Kerusuhan pecah di Stadion Kanjuruhan", "unrest"),
    ("Bandara Sam Ratulangi ditutup sementara", "closure"),
    ("PVMBG menaikkan level Gunung Ruang menjadi Awas", "policy"),
    ("Suporter berdesak-desakan di pintu keluar", "unrest"),
    ("Bentrokan antarwarga terjadi di Sorong", "unrest"),
    ("Sempat terjadi adu fisik antara polisi dan keluarga korban", "unrest"),
    ("Gunung Semeru meletus", "disaster"),
    ("Tanah longsor menutup jalan", "disaster"),
    ("Kebakaran melanda pasar", "disaster"),
    ("Tanggul Situ Gintung jebol dini hari", "disaster"),
    ("Korban meninggal bertambah", "casualties"),
    ("MK menolak gugatan itu", "court_ruling"),
    ("Hakim memvonis terdakwa dua tahun penjara", "court_ruling"),
    ("Indonesia mengalahkan Vietnam", "sports_result"),
    ("KPU mengumumkan hasil pemilu", "announcement"),
    # naming a suspect is the case's step, whoever announces it
    ("Polda Metro Jaya menetapkan Ketua KPK Firli Bahuri sebagai tersangka", "arrest"),
    ("Penetapan status tersangka terhadap Firli Bahuri itu diumumkan Direktur Reskrimsus", "arrest"),
    ("Ketua KPK akhirnya ditetapkan tersangka kasus pemerasan", "arrest"),
    # a clause that sets the scene ("Usai dilantik, ...") is not what the sentence tells
    ("Usai dilantik, Prabowo memberikan pidato di depan para tamu undangan", "statement"),
    ("Sebelum dilantik, Prabowo bertemu Presiden Joko Widodo di Istana", "meeting"),
    # what a trip is for is not what happened
    ("Kim Jong Un melakukan perjalanan ke Rusia untuk bertemu dengan Presiden Vladimir Putin", "visit"),
    # a king's accession is his inauguration; a light verb before an attack's noun says it took place
    ("Pangeran Charles otomatis naik tahta menggantikan posisi ibunya", "inauguration"),
    ("Militer Israel melakukan serangan udara ke Jalur Gaza", "attack"),
    # the ministry's session that sets a holiday is no court's
    ("Putusan ini diambil berdasarkan sidang isbat penetapan awal Dzulhijjah 1444 H", "policy"),
    # an outbreak declared, a haze
    ("Dinas Kesehatan Jawa Barat menetapkan kasus campak sebagai Kejadian Luar Biasa", "policy"),
    ("Kota Palembang kembali diselimuti kabut asap", "disaster"),
    # a company letting staff go, whoever announces it
    ("PT Goto Gojek Tokopedia mengumumkan pemutusan hubungan kerja (PHK) terhadap 1.300 karyawannya", "layoff"),
    ("Shopee Indonesia kembali melakukan PHK terhadap sejumlah karyawan", "layoff"),
    # demonstrations and strikes
    ("Ribuan buruh berunjuk rasa di depan gedung DPR", "protest"),
    ("Mahasiswa menggelar demo menolak RUU Pilkada", "protest"),
    ("Pengemudi ojek daring mogok kerja", "protest"),
    ("Massa dari berbagai elemen menggeruduk Gedung DPR", "protest"),
    # a bill's name tells of no election, and what is refused did not happen
    ("Lagu Indonesia Pusaka bergema saat demonstrasi tolak RUU Pilkada di depan gedung DPR", "protest"),
    ("Ribuan mahasiswa berdemonstrasi dengan tuntutan menolak disahkannya Rancangan Undang-Undang (RUU) Pilkada",
     "protest"),
    # a meeting is where; what it decided is the news
    ("Pengesahan itu diambil saat pembicaraan tingkat II Rapat Paripurna DPR", "policy"),
    ("RKUHP resmi disahkan oleh DPR pada rapat paripurna", "policy"),
    ("Rapat Dewan Gubernur BI memutuskan menaikkan suku bunga acuan", "policy"),
    # a legislature's decision is a law passed, no court's ruling
    ("Keputusan tersebut diambil dalam Rapat Paripurna DPR RI yang digelar di Gedung DPR", "policy"),
    ("Persetujuan ini dicapai dalam pengambilan keputusan tingkat dua dalam sidang paripurna DPR", "policy"),
    ("Aturan itu mulai berlaku", "policy"),
    ("Bank Indonesia menahan suku bunga acuan di 7,5%", "policy"),
    ("The Fed menaikkan suku bunga 25 basis poin", "policy"),
    ("Perusahaan meluncurkan produk baru", "launch"),
    ("Pemuda itu tega membunuh ayah dan anak", "crime"),
    ("Pembunuhan terjadi di rumah korban", "crime"),
    ("Korban dibacok orang tak dikenal", "crime"),
    ("Polisi menangkap pelaku", "arrest"),
    # the crime is what a ruling or an arrest is about
    ("Ferdy Sambo divonis hukuman mati atas pembunuhan berencana Brigadir Yosua", "court_ruling"),
    ("Polisi menangkap pemuda yang membunuh ayah dan anak", "arrest"),
    ("Kedua menteri menandatangani perjanjian", "agreement"),
    # a signing told as a noun after a light verb, or as reporters spell it
    ("Keduanya melakukan penandatanganan Defence Cooperation Agreement", "agreement"),
    ("Kementerian Pertahanan telah meneken kontrak 42 unit Rafale", "agreement"),
    ("Acara dilanjutkan dengan penandatangan MoU antara kedua menteri", "agreement"),
    # an appeal is the case's next step; the law's people pass no sentence
    ("Menanggapi vonis itu, Ahok dan tim penasihat hukumnya mengajukan banding", "appeal"),
    ("Ahok mencabut banding atas vonis dua tahun penjara", "appeal"),
    ("Keduanya menggelar pertemuan empat mata di Veranda Belakang Istana Bogor", "meeting"),
    # a guest welcomed is a visit; a proposal welcomed is none
    ("Prabowo menyambut rombongan Wakil Perdana Menteri Australia di Akmil", "visit"),
    ("Dilakukan pula upacara penyambutan di Lapangan Pancasila", "visit"),
    # transport accidents, and a match's verbs beside a match's words
    ("KA Turangga bertabrakan dengan KA Commuter Line di jalur Cicalengka", "accident"),
    ("Kecelakaan kereta terjadi di perlintasan sebidang", "accident"),
    ("Pesawat latih jatuh di Serpong", "accident"),
    ("Pesawat Sriwijaya Air SJ-182 dikabarkan hilang kontak", "accident"),
    ("Garuda membungkam Arab Saudi 2-0 di stadion", "sports_result"),
    ("Timnas menundukkan Arab Saudi dengan skor 2-0", "sports_result"),
    # what a quake did, told on its own: the quake is only named as its cause
    ("Sejumlah bangunan di Mamuju roboh akibat gempa", "damage"),
    ("Kantor gubernur ambruk", "damage"),
    ("Gempa mengguncang Majene dan merobohkan kantor gubernur", "disaster"),  # the quake told, its damage with it
    # the toll a riot or an eruption caused is a figure of it; a toll told on its own is the toll
    ("Kerusuhan usai laga Arema FC melawan Persebaya menimbulkan ratusan korban jiwa", "unrest"),
    ("Erupsi Gunung Lewotobi yang terjadi Senin dini hari telah menyebabkan sejumlah korban jiwa", "disaster"),
    ("Korban jiwa akibat gempa bertambah menjadi 268 orang", "casualties"),
    # a relative clause's verb describes its noun: the clause tells of the deaths
    ("Sebanyak 10 orang tewas tertimpa bangunan yang roboh akibat letusan gunung", "casualties"),
    # a ship by its prefix is a vehicle; the toll of its sinking, told first, is a figure of it
    ("Pada Selasa malam, KMP Yunicee tenggelam di Selat Bali", "accident"),
    ("Enam orang tewas saat KMP Yunicee tenggelam di Selat Bali", "accident"),
])
def test_paraphrases_fall_into_one_type(text, kind):
    assert event_type_of(type_matches(text), len(text)).type == kind


@pytest.mark.parametrize("text", ["Presiden terpilih Prabowo Subianto membentuk kementerian baru",
                                  "Gubernur terpilih itu berkantor di balai kota"])
def test_elected_in_a_title_tells_of_no_election(text):
    assert [m.type for m in type_matches(text)] == []



@pytest.mark.parametrize("text,types", [
    ("Tidak ada korban jiwa dalam kejadian itu", []),
    ("BMKG tidak mencatat adanya gempa malam ini", []),
    ("Yang terjadi di Anyer bukan tsunami, melainkan gelombang pasang", []),
    ("Belum ada laporan korban meninggal", []),
    ("Gempa itu menewaskan tiga orang", ["disaster", "casualties"]),  # nothing denied
])
def test_what_the_text_says_did_not_happen_names_no_happening(text, types):
    assert [m.type for m in type_matches(text)] == types


def test_a_goal_conceded_is_no_dam_breaking():
    assert [m.type for m in type_matches("Gawang Indonesia jebol dua kali")] == []


def test_what_falls_is_no_soldier_fallen():
    assert [m.type for m in type_matches("Material vulkanik berguguran ke laut")] == []
    assert [m.type for m in type_matches("Dua prajurit gugur dalam tugas")] == ["death"]


def test_a_lemma_that_needs_its_context_names_nothing_without_it():
    # "memutuskan" is any decision; only a court's next to a court
    assert [m.type for m in type_matches("Keluarga memutuskan pindah rumah")] == []
    assert [m.type for m in type_matches("Majelis hakim memutuskan perkara itu")] == ["court_ruling"]
    assert [m.type for m in type_matches("Pemerintah menyambut baik usulan itu")] == []
    assert [m.type for m in type_matches("Kuasa hukum terdakwa menolak")] == []


def test_a_visit_and_the_meeting_it_was_for_are_one_family_a_quake_and_its_toll_two():
    assert type_family("visit") == type_family("meeting")
    assert type_family("disaster") != type_family("casualties")
    assert type_family("inauguration") != type_family("announcement")


@pytest.mark.parametrize("text", ["Harga cabai anjlok di pasar induk", "Pemerintah dituding membungkam kritik warga",
                                  "Sudewo naik ke atas mobil polisi", "Hujan turun sejak sore",
                                  "Cicilan itu jatuh tempo bulan depan"])
def test_accident_and_match_verbs_need_their_context(text):
    assert [m.type for m in type_matches(text)] == []


@pytest.mark.parametrize("text,lemma,is_noun", [
    ("Vonis dibacakan hakim.", "vonis", True),  # the noun names the ruling
    ("Plate divonis 15 tahun penjara.", "vonis", False),  # the prefix makes it a verb: it happened
    ("Sidang perkara itu dipimpin hakim.", "sidang", True),
    ("Terdakwa disidang hakim di PN Jakarta.", "sidang", False),
    ("Jenazah dibawa ke rumah duka.", "jenazah", True),
    # a light verb before a meeting's or a signing's noun says it took place
    ("Pertemuan itu membahas kerja sama.", "temu", True),
    ("Keduanya menggelar pertemuan empat mata.", "temu", False),
    ("Keduanya melakukan penandatanganan perjanjian.", "penandatanganan", False),
])
def test_a_noun_with_a_verbal_prefix_is_a_verb(text, lemma, is_noun):
    match, = [m for m in type_matches(text, 0, len(text)) if m.lemma == lemma]
    assert match.is_noun is is_noun


@pytest.mark.parametrize("text", [
    "Basarnas mengerahkan 180 personel ke lokasi.",
    "Tim gabungan menyisir perairan Pulau Laki.",
    "Petugas memadamkan api pada pukul 22.00.",
    "Pencarian korban dilanjutkan hari ini.",
])
def test_the_response_to_a_disaster_is_a_rescue(text):
    assert "rescue" in {m.type for m in type_matches(text, 0, len(text))}


def test_an_urging_is_no_crowd_crush():
    text = "DPR mendesak pemerintah menurunkan harga."
    assert "unrest" not in {m.type for m in type_matches(text, 0, len(text))}


def test_a_search_for_a_solution_is_no_rescue():
    text = "Pemerintah mencari solusi atas harga beras."
    assert "rescue" not in {m.type for m in type_matches(text, 0, len(text))}
