"""The news outlet an article names in its dateline or masthead ("JAKARTA, KOMPAS.com -")."""
from __future__ import annotations

import re

# surface form in the text -> outlet name; checked near the top, where datelines stand
OUTLETS = [
    (r"KOMPAS\.TV|Kompas\s*TV", "Kompas TV"), (r"KOMPAS\.com|Kompas\.com", "Kompas.com"),
    (r"\(ANTARA\)|ANTARA\s*News|antaranews", "ANTARA"), (r"detik(?:News|com|\.com|Finance|Sport)", "detik.com"),
    (r"TEMPO\.CO|Tempo\.co", "Tempo"), (r"Liputan6\.com", "Liputan6.com"), (r"CNN\s+Indonesia", "CNN Indonesia"),
    (r"CNBC\s+Indonesia", "CNBC Indonesia"), (r"Tribunnews\.com|TRIBUNNEWS\.COM", "Tribunnews"),
    (r"Republika\.co\.id|REPUBLIKA\.CO\.ID", "Republika"), (r"Okezone|okezone\.com", "Okezone"),
    (r"Suara\.com|SUARA\.COM", "Suara.com"), (r"VIVA\.co\.id|VIVA\.id", "VIVA"), (r"kumparan", "kumparan"),
    (r"Sindonews\.com|SINDONEWS", "Sindonews"), (r"JPNN\.com", "JPNN"), (r"IDN\s*Times", "IDN Times"),
    (r"Bisnis\.com", "Bisnis.com"), (r"Kontan\.co\.id", "Kontan"), (r"Media\s+Indonesia", "Media Indonesia"),
]
_PATTERN = re.compile("|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(OUTLETS)))
_HEAD = 600


def detect_outlet(text: str) -> str | None:
    m = _PATTERN.search(text, 0, min(len(text), _HEAD))
    if not m:
        return None
    index = int(next(k for k, v in m.groupdict().items() if v)[1:])
    return OUTLETS[index][1]
