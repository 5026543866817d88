"""Indonesian words of the actor finder: words that are never part of a name, the titles
and speech verbs that announce one, and the heads of organisation names."""
from __future__ import annotations

from .lexicon import MONTHS, WEEKDAYS

# capitalised words that start sentences or titles and are never part of a name
NOT_NAME_WORDS = (
    "yang di ke dari dan atau dengan untuk pada dalam oleh sebagai namun tetapi meski meskipun sementara "
    "sebelumnya kemudian selain bahkan juga ini itu tersebut para sang seorang mereka dia ia kami kita "
    "saya beliau menurut kata ujar baca sumber penulis editor foto presiden menteri wakil juru bicara "
    "profesor analis peneliti pengamat pakar ahli direktur ketua kepala mantan pemimpin jenderal "
    "pejabat perdana raja ratu gubernur bupati dubes duta besar sekjen sekretaris tertinggi urusan negara "
    "republik demokratik rakyat pertahanan luar negeri keuangan pertama utama hubungan perang pertemuan "
    "kunjungan apa bagaimana mengapa kenapa berikut selama sejak hingga tak tidak bukan jika bila ketika "
    "saat setelah sebelum hal salah satu beberapa banyak semua tiap setiap ada adalah akan telah sudah "
    "kedatangan lalu nama di sisi baik wajar terkonfirmasinya kenikmatan dilansir melansir dikutip "
    "universitas institut kementerian departemen badan komisi dewan partai lembaga kantor pusat timur "
    "barat utara selatan asia eropa korea studi kebijakan nasional internasional khusus "
    # portfolios that stand between a minister's title and name
    "koordinator bidang politik hukum keamanan perekonomian kesehatan pendidikan sosial agama perhubungan "
    "pertanian perdagangan perindustrian energi sumber daya mineral kelautan perikanan pariwisata kebudayaan "
    "riset teknologi komunikasi informatika ham kabinet usaha milik koperasi ketenagakerjaan lingkungan hidup "
    "kehutanan investasi pemuda olahraga desa transmigrasi pemberdayaan perempuan anak aparatur reformasi "
    "birokrasi pekerjaan umum perumahan sekretariat pertahanan kejaksaan agung "
    # titles and units: "Komandan Kodim" is an office, not a person
    "komandan dandim danrem kapolres kapolda kapolri kapolsek kasat kapuskes camat lurah kades sekda plt plh "
    "kodim korem kodam polres polda polsek satpol pangdam kasdim danramil bupati walikota wakil ketua "
    "pusat gempabumi tsunami meteorologi klimatologi geofisika ekonomi "
    # offices and desks a title's run names before the person, or instead of one
    "pelaksana harian deputi divisi dinas bagian kabid kasi manajer prakirawan perwakilan hakim panglima "
    "data informasi humas protokol staf angkatan festival "
    # police desks and ranks: "Direktur Reskrimsus Polda Metro Jaya Kombes Pol Ade Safri Simanjuntak"
    "reserse kriminal reskrim reskrimsus reskrimum dirreskrimsus dirreskrimum ditreskrimsus ditreskrimum "
    "krimsus krimum narkoba lantas kombes pol akbp akp kompol brigjen irjen komjen ipda iptu aiptu bripka "
    "briptu").split()
MONTH_AND_WEEKDAY_NAMES = [*MONTHS, *WEEKDAYS]

AND = "dan"  # a title's run may join portfolios ("Menteri Koordinator Bidang Politik dan Keamanan")

# titles before a name ("Menteri Keuangan Sri Mulyani")
PERSON_TITLE = (r"(?:[Pp]rofesor|[Aa]nalis|[Pp]eneliti|[Pp]engamat|[Pp]akar|[Aa]hli|[Jj]uru [Bb]icara|Jubir|"
                 r"Presiden|Wakil Presiden|Perdana Menteri|PM|Menteri|Direktur|Ketua|Gubernur|Bupati|Wali Kota|"
                 r"Kepala|Jenderal|Panglima|Raja|Ratu|Duta Besar|Dubes|Sekretaris Jenderal|Sekjen|Dr\.|Prof\.|"
                 # the parties of a case are people: "terdakwa Ferdy Sambo", "tersangka AS"
                 r"[Tt]erdakwa|[Tt]ersangka|[Tt]erpidana|[Tt]erlapor|[Pp]elapor|[Ss]aksi|[Hh]akim [Kk]etua|[Jj]aksa|"
                 # police ranks: "Kombes Pol Ade Safri Simanjuntak", "Irjen Nico Afinta"
                 r"(?:Kombes|AKBP|AKP|Kompol|Brigjen|Irjen|Komjen|Jenderal|Ipda|Iptu|Aiptu|Bripka|Briptu)(?: Pol\.?)?)")
# short titles and forms of address before a name: "Menlu Retno", "Pak Prabowo", "Wapres Gibran"
SHORT_TITLE = (r"(?:Men[a-z]+|Wa(?:pres|menlu|mendagri)|Capres|Cawapres|Cagub|Cawagub|Paslon|Pak|Bapak|Bu|Ibu|Mas|"
               r"Mbak|Bung|Kak|Abah|Gus|Habib|Kiai|Kyai|Ustaz|Ustadz|Buya|Marves|Kapolri|Panglima|Jenderal|Letjen|Mayjen|"
               r"Pangdam|Kasad|Kasal|Kasau|Sekjen|Ketum|Waketum|Jubir|RI|AS|PM)")
# an ordinal after a title: "Presiden ketiga Republik Indonesia BJ Habibie", "Presiden ke-7 Joko Widodo"
TITLE_ORDINAL = r"(?:\s(?:ke-?\d{1,2}|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan))"
# an apposition after a name ("Leif-Eric Easley, profesor ...")
APPOSITION = (r",\s(?:seorang\s|yang\s)?(?:profesor|analis|peneliti|pengamat|pakar|ahli|"
                                r"mantan|juru bicara|direktur|kepala|wakil|menteri|presiden|ketua|dosen|guru besar|"
                                r"anggota|pejabat|pemimpin|penasihat|diplomat|jurnalis|wartawan)\b")
# speech verbs before a name ("kata peneliti Yang Wu")
SPEECH_BEFORE = r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|menurut)\s"
# words that open an organisation's name: the capitalised words after one are its name, not a
# person's ("Direktur Reskrimsus Polda Metro Jaya")
ORGANISATION_HEADS = ("Kementerian", "Departemen", "Badan", "Institut", "Universitas", "Komisi", "Dewan", "Partai",
                      "Lembaga", "Organisasi", "Mahkamah", "Pengadilan", "Kepolisian", "Angkatan", "Polda", "Polres",
                      "Polresta", "Polrestabes", "Polsek", "Kodam", "Korem", "Kodim", "Kejati", "Kejari", "Lapas",
                      "Rutan")
# organisation names: a head word and capitalised words after it, or before an English head
ORGANISATION = (r"\b(?:(?:" + "|".join((*ORGANISATION_HEADS, "Kantor Berita")) + r")(?:\s[A-Z][\w-]*)+"
                r"|(?:[A-Z][\w-]*\s)+(?:Center|Centre|Institute|University|Foundation|Agency|Council))\b")

# a person's name after these words names a place or a thing after them: "Stadion Utama Gelora Bung
# Karno", "Bandara Soekarno-Hatta", "Jalan Sudirman", "RSUD Dr. Soetomo", "Universitas Gadjah Mada"
NAMED_AFTER = (r"(?:Gelora|Stadion|Bandara|Bandar\s+Udara|Jalan|Jl\.?|Universitas|Masjid|Gedung|Lapangan|Pelabuhan|"
               r"Monumen|Museum|Taman|Kampus|Rumah\s+Sakit|RS|RSUD|RSU|Tol|Terminal|Stasiun|Pangkalan|Kapal|KRI|"
               r"Yayasan|Graha|Balai|Plaza|Hotel|Wisma|Pasar|Makam|Kompleks)(?:\s+[A-Z][\w.-]*){0,2}\s+$")
