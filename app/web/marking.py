"""HTML for passages: the article with its citations and dates marked, quotes with hits.

Everything from the article is escaped; only the marks are markup. Offsets are the
stored ones, so a mark covers exactly the cited characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    open_tag: Markup
    close_tag: Markup


def citation_span(start: int, end: int, citation_id: int, event_id: int) -> Span:
    """A cited passage, the target of /articles/{id}#c{citation}."""
    return Span(start, end, Markup('<mark class="cite" id="c{}" data-event="{}">').format(citation_id, event_id),
                Markup("</mark>"))


def timex_span(start: int, end: int, value: str | None, tip: str, conflict: bool) -> Span:
    """A date expression with its value and explanation in a tooltip (hover or keyboard focus)."""
    css = "timex conflict" if conflict else "timex"
    return Span(start, end, Markup('<span class="{}" tabindex="0" data-value="{}" aria-label="{}">'
                                   '<span class="tip" role="tooltip">{}</span>').format(css, value or "", tip, tip),
                Markup("</span>"))


def mark_spans(text: str, outer: list[Span], inner: list[Span]) -> Markup:
    """`text` with outer spans (citations) and inner spans (dates) marked.

    Outer spans that overlap an earlier one, and inner spans that cross an outer
    boundary, are left unmarked rather than producing broken markup.
    """
    kept_outer: list[Span] = []
    for span in sorted(outer, key=lambda s: (s.start, -s.end)):
        if not kept_outer or span.start >= kept_outer[-1].end:
            kept_outer.append(span)
    kept_inner: list[Span] = []
    for span in sorted(inner, key=lambda s: (s.start, -s.end)):
        if kept_inner and span.start < kept_inner[-1].end:
            continue
        crosses = any(o.start < span.end and span.start < o.end and not (o.start <= span.start and span.end <= o.end)
                      for o in kept_outer)
        if not crosses:
            kept_inner.append(span)
    tags: list[tuple[int, int, str]] = []  # (offset, order, html): closes before opens at one offset
    for span in kept_outer:
        tags.append((span.start, 2, span.open_tag))
        tags.append((span.end, 1, span.close_tag))
    for span in kept_inner:
        tags.append((span.start, 3, span.open_tag))
        tags.append((span.end, 0, span.close_tag))
    tags.sort(key=lambda t: (t[0], t[1]))
    out, cursor = [], 0
    for offset, _, html in tags:
        out.append(str(escape(text[cursor:offset])))
        out.append(html)
        cursor = offset
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def word_hits(text: str, query: str | None) -> list[tuple[int, int]]:
    """(start, end) of every word of `query` in `text` (prefix match, case-insensitive)."""
    words = [w for w in re.findall(r"\w+", query or "") if w]
    if not words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def mark_hits(text: str, hits: list[tuple[int, int]], offset: int = 0) -> Markup:
    """Escaped text with the hits (offsets from `offset` before the text's start; clipped to it) in
    <mark class="hit">."""
    out, cursor = [], 0
    for start, end in sorted(hits):
        start, end = max(start - offset, cursor), min(end - offset, len(text))
        if start >= end:
            continue
        out.append(str(escape(text[cursor:start])))
        out.append(Markup('<mark class="hit">{}</mark>').format(text[start:end]))
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def highlight_words(text: str, query: str | None) -> Markup:
    """Escaped text with every word of `query` (prefix match, case-insensitive) in <mark class="hit">."""
    return mark_hits(text, word_hits(text, query))


def quote_html(quote: str, date_start: int, date_end: int, query: str | None = None,
               hits: list[tuple[int, int]] | None = None) -> Markup:
    """A cited passage with its date expression marked (offsets relative to the quote), and the
    search words: `hits` when the database found them (app/store/search.py quote_hits), else
    every word of `query`."""
    hits = word_hits(quote, query) if hits is None else hits
    if not (0 <= date_start < date_end <= len(quote)):
        return mark_hits(quote, hits)
    return Markup("").join([mark_hits(quote[:date_start], hits),
                            Markup('<mark class="date">'), mark_hits(quote[date_start:date_end], hits, date_start),
                            Markup("</mark>"), mark_hits(quote[date_end:], hits, date_end)])


def web_url(url: str | None) -> str | None:
    """`url` when it is a web address to link (http or https); None for anything else, so a
    hostile "javascript:" URL in an article's metadata is never a link."""
    if not url:
        return None
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    return url if scheme in ("http", "https") else None
