"""Reading article bytes as text, refusing what is not an article.

The text is kept exactly as decoded (UTF-8, no newline translation) because every
offset Linimasa stores points into it.
"""
from __future__ import annotations

from ..errors import ArticleTextError

DEFAULT_MAX_BYTES = 5_000_000


def decode_article(data: bytes, name: str = "article", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    if len(data) > max_bytes:
        raise ArticleTextError(f"{name}: {len(data):,} bytes is larger than the {max_bytes:,}-byte limit "
                               "for one article (LINIMASA_MAX_ARTICLE_BYTES)", "too_large", f"{len(data):,} > {max_bytes:,}")
    if b"\x00" in data:
        raise ArticleTextError(f"{name}: looks like a binary file (it contains NUL bytes), not article text",
                               "binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleTextError(f"{name}: is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                               "save it as UTF-8 and try again", "undecodable", f"0x{data[exc.start]:02x}@{exc.start}") from None
    return check_article_text(text, name)


def check_article_text(text: str, name: str = "article") -> str:
    """`text` itself when it is an article's text; a clear error when it is empty or binary."""
    if not text.strip():
        raise ArticleTextError(f"{name}: is empty", "empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise ArticleTextError(f"{name}: looks like a binary file ({controls} control characters), not article text",
                               "binary")
    return text
