"""An article's headline: its first line when that line is a title, not the start of the body.

The pipeline takes the title from it, events skip it as the lead, and the publication-date
finder does not read a date in it as a dateline.
"""
from __future__ import annotations

import re

_FIRST_LINE = re.compile(r"[ \t]*(\S[^\n]*)\n")
_TITLE_LIMIT = 200


def title_of(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return "(untitled)"


def body_start(text: str) -> int:
    """Where the body starts: after a first line that is a headline (short, no closing full stop,
    more text after it), else at the start."""
    m = _FIRST_LINE.match(text.lstrip("\n"))
    if not m:
        return 0
    offset = len(text) - len(text.lstrip("\n"))
    line = m.group(1).rstrip()
    if len(line) <= _TITLE_LIMIT and not line.endswith((".", "!", "?", '"', "”")) and text[offset + m.end():].strip():
        return offset + m.end()
    return 0
