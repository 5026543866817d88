"""WCAG AA contrast, audited in the browser on the pages a user sees.

Every visible piece of text is checked against the background it is painted on (the
element's own and its ancestors' background colours composited, as the browser computed
them): 4.5:1 for normal text, 3:1 for large text (24px, or bold 18.66px). SVG text is
read by its fill. Text shown only on focus (a date's tooltip) is checked while shown.
Not covered: text over images or gradients (the pages have none).
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

# Returns the texts whose contrast falls short, each with its ratio and colours.
AUDIT = """() => {
  const parse = (c) => {
    const m = c && c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const over = (top, bottom) => ({r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
                                  b: top.b * top.a + bottom.b * (1 - top.a), a: 1});
  const luminance = ({r, g, b}) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const backdrop = (el) => {
    const chain = [];
    for (let e = el; e; e = e.parentElement) chain.push(e);
    let colour = {r: 255, g: 255, b: 255, a: 1};
    for (const e of chain.reverse()) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) colour = over(c, colour);
    }
    return colour;
  };
  const shortfalls = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const el = walker.currentNode.parentElement;
    if (!text || seen.has(el) || el.closest('title, script, style, noscript')) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
    const bg = backdrop(el);
    const fg = over(parse(el instanceof SVGElement ? style.fill : style.color), bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (parseInt(style.fontWeight) >= 700 && size >= 18.66);
    if (ratio < (large ? 3 : 4.5)) {
      shortfalls.push(`${ratio.toFixed(2)}:1 "${text.slice(0, 30)}" <${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}"> `
                      + `${el instanceof SVGElement ? style.fill : style.color} on rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)})`);
    }
  }
  return shortfalls;
}"""


def audit(page: Page) -> list[str]:
    return page.evaluate(AUDIT)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_timeline_text_meets_wcag_aa(server, page, lang):
    page.goto(f"{server}/lang?to={lang}&next=/")
    assert audit(page) == []
    # a filtered view: active chips, checked facets, the month histogram
    page.goto(server + "/?actor=Vladimir+Putin&from=2024&to=2024")
    assert audit(page) == []
    # evidence opened inline: quoted passages with the date marked
    card = page.locator("article.event").first
    card.locator("a.sources").click()
    card.locator("ol.citations").wait_for()
    assert audit(page) == []


def test_event_and_article_pages_meet_wcag_aa(server, page):
    page.goto(server + "/")
    event_url = page.locator("article.event a.permalink").first.get_attribute("href")
    page.goto(server + event_url)
    assert audit(page) == []
    article_url = page.locator("a.cite-link").first.get_attribute("href")
    page.goto(server + article_url)  # the cited passage highlighted as the target
    assert audit(page) == []
    page.locator(".timex").first.focus()  # the date's tooltip, shown on focus
    assert audit(page) == []
    page.goto(server + "/articles")
    assert audit(page) == []


def test_the_audit_catches_low_contrast(server, browser):
    # the planted style is inline, which the app's Content-Security-Policy rightly blocks: this
    # page alone sets the policy aside to plant it
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(server + "/")
    page.add_style_tag(content=".event .summary { color: #bbbbbb; }")
    shortfalls = audit(page)
    context.close()
    assert shortfalls and all(re.match(r"\d\.\d\d:1 .*<p class=\"summary\">", s) for s in shortfalls)
