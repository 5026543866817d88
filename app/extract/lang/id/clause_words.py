"""Indonesian words that tie a clause's words to its happening: what names a cause or an effect,
what says something did not happen or could not be done, a relative clause, a quake's measure, and
another of a kind told after the first. Read by `event_types.py`, `clauses.py`, `story.py` and
`restatements.py`.
"""
from __future__ import annotations

# right before a happening's word, what names it as the cause of the clause's happening: "roboh akibat gempa"
CAUSE_BEFORE = r"\b(?:akibat|karena|imbas|dampak|disebabkan|diakibatkan)\s+(?:oleh\s+|dari\s+)?(?:adanya\s+)?$"

# in a later passage of the same kind, what says it tells another one, or a later count: "tahap kedua",
# "juga terjadi", "pada saat bersamaan", "bertambah menjadi"
ANOTHER_OF_A_KIND = (r"\b(?:tahap|gelombang|kloter|sesi)\s+(?:kedua|ketiga|berikutnya|selanjutnya)\b|"
                     r"\bjuga\s+terjadi\b|\bpada\s+saat\s+(?:yang\s+)?bersamaan\b|\bbertambah\s+menjadi\b|"
                     r"\b(?:ledakan|gempa|letusan|erupsi|serangan)\s+(?:kedua|ketiga|berikutnya|selanjutnya)\b|"
                     # "Jokowi juga meresmikan Bandara Maratua": someone did another of what they did
                     r"\bjuga\s+(?:meresmikan|melantik|meluncurkan|menandatangani|mengunjungi|meninjau|menemui|"
                     r"menetapkan|menangkap|memvonis|menahan)\b")

# what a happening did: "gempa ... menewaskan", "kerusuhan ... mengakibatkan seratusan jiwa melayang"
CAUSES = r"\b(?:menimbulkan|mengakibatkan|menyebabkan|menelan|menewaskan|merenggut|memakan)\b"

# right before a happening's word, what says it did not happen: "tidak ada korban jiwa", "bukan tsunami",
# "tidak mencatat adanya gempa", "belum ada laporan korban", "tanpa korban"
# ("menolak disahkannya RUU", "warga menolak dievakuasi": what is refused did not happen either)
NEGATED_BEFORE = (r"\b(?:tidak|tak|belum|bukan|tanpa|menolak|tolak)\s+(?:ada\s+|terjadi\s+|mencatat\s+|menemukan\s+)?"
                  r"(?:adanya\s+|laporan\s+|jejak\s+)?(?:korban\s+)?$")

# a relative clause's "yang" right before a word: its verb describes the noun before ("bangunan yang roboh")
RELATIVE_BEFORE = r"\byang\s+$"
# a toll told before the happening that caused it: "Enam orang tewas saat KMP Yunicee tenggelam"
DURING_AFTER = r"^\W*(?:\w+\W+){0,2}?(?:saat|ketika|sewaktu|dalam)\b"
# what could or could not be done: "bisa terjadi" is no story's happening, "tidak bisa keluar" is one
ABLE_WORDS = frozenset({"bisa", "dapat"})
ABLE = r"\b(?:bisa|dapat)\b"
NEGATED_ABLE = r"\b(?:tidak|tak|belum)\s+(?:bisa|dapat)\b"
# "sudah bisa keluar dari kota", "berhasil dapat ...": what could be done, and was
DONE_ABLE = r"\b(?:sudah|telah|berhasil|akhirnya)\s+(?:bisa|dapat)\b"
# "terlebih dahulu": first of all, not long ago
FIRST_OF_ALL = r"\b(?:terlebih|lebih)\s+(?:dahulu|dulu)\b"
PAST_WORD = r"\b(?:dahulu|dulu)\b"
IF_WORD = r"\bjika\b"
# "memastikan jika pesawat ... jatuh": "jika" after a verb of saying or knowing is "that", no condition
THAT_IF = r"\b(?:memastikan|dipastikan|mengatakan|menyebut|menyebutkan|menjelaskan|mengungkapkan|menegaskan|" \
          r"menyatakan|membenarkan|mengaku|mengakui|menilai|menduga|mengetahui|tahu|melaporkan|mengabarkan)\s+jika\b"
# a quake's measure between its noun and the "yang" of its clause: "Gempa dengan magnitudo 6,2 yang terjadi"
HEAD_MEASURE = (r"(?:\s+bumi)?\s+(?:dengan|berkekuatan|bermagnitudo|berskala)\s+(?:magnitudo\s+|kekuatan\s+)?"
                r"(?:\(?M\)?\s*)?\d{1,2}(?:[,.]\d)?(?:\s*(?:SR|skala\s+richter|magnitudo))?\s+")

# "melakukan perjalanan ke Rusia untuk bertemu dengan Presiden Putin": what a trip is for is not what
# happened; the word after "untuk" weighs as a noun does
PURPOSE_BEFORE = r"\b(?:untuk|guna)\s+$"

# a happening named by a general noun and "itu": "Peristiwa itu terjadi pada Sabtu (9/1) sekitar pukul
# 15.30 WIB" tells the happening told before, of whatever kind it was
GENERIC_REFERENCE = r"\b(?:[Pp]eristiwa|[Kk]ejadian|[Mm]usibah|[Tt]ragedi)\s+(?:itu|tersebut|ini)\b"

# a clause that opens on "Usai", "Setelah" ... up to its comma sets the scene: "Usai dilantik, Prabowo
# memberikan pidato" tells of the speech
BACKDROP_BEFORE = r"(?:^|[.!?\n]\s*|,\s*)(?:[Uu]sai|[Ss]eusai|[Ss]etelah|[Ss]esudah|[Ss]elepas|[Ss]ebelum|[Ss]ehabis)\s+[^,.;]*$"
