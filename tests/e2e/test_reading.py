"""In a real browser, issue 12's fixes: the keyboard (skip link, tab stops, j/k), "sumber" closing
its evidence, a refusal in the page's language, the actor facet's search, the phone's fold."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def test_the_skip_link_is_the_first_tab_stop_and_leads_to_the_first_card(server, page):
    page.goto(server + "/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#events")).to_be_focused()
    page.keyboard.press("Tab")
    first = page.locator("#events article.event").first
    assert page.evaluate("() => document.activeElement.closest('article.event')?.id") == first.get_attribute("id")


def test_empty_histogram_bars_are_not_tab_stops(server, page):
    page.goto(server + "/?zoom=month")
    bars = page.locator(".histogram a.bar").evaluate_all(
        "bs => bs.map(b => [b.getAttribute('aria-label').endsWith(': 0 peristiwa'), b.tabIndex])")
    assert any(empty for empty, _ in bars) and not all(empty for empty, _ in bars)
    assert all((tab < 0) == empty for empty, tab in bars), bars
    # Tab from the last bar with events leaves the histogram rather than visiting empty ones
    last = max(i for i, (empty, _) in enumerate(bars) if not empty)
    page.locator(".histogram a.bar").nth(last).focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => !document.activeElement.closest('.histogram')") or \
        page.evaluate("() => !document.activeElement.getAttribute('aria-label').endsWith(': 0 peristiwa')")


def test_j_k_and_the_arrow_keys_move_between_cards_with_visible_focus(server, page):
    page.goto(server + "/")
    cards = page.locator("article.event")
    page.keyboard.press("j")
    expect(cards.nth(0)).to_be_focused()
    page.keyboard.press("j")
    expect(cards.nth(1)).to_be_focused()
    outline = cards.nth(1).evaluate("c => getComputedStyle(c).outlineStyle + ' ' + getComputedStyle(c).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px"), outline
    page.keyboard.press("ArrowDown")
    expect(cards.nth(2)).to_be_focused()
    page.keyboard.press("k")
    page.keyboard.press("ArrowUp")
    expect(cards.nth(0)).to_be_focused()
    page.keyboard.press("k")
    expect(cards.nth(0)).to_be_focused()  # the first card stays first
    # typing in a field is typing, not moving
    page.focus("#q")
    page.keyboard.press("j")
    expect(page.locator("#q")).to_have_value("j")


def test_clicking_sumber_again_closes_the_evidence(server, page):
    page.goto(server + "/")
    card = page.locator('article.event[data-date="2024-06-19"]')
    sources = card.locator("a.sources")
    sources.click()
    expect(card.locator(".evidence ol.citations")).to_be_visible()
    expect(sources).to_have_attribute("aria-expanded", "true")
    sources.click()
    expect(card.locator(".evidence ol.citations")).to_have_count(0)
    expect(sources).to_have_attribute("aria-expanded", "false")
    sources.click()
    expect(card.locator(".evidence ol.citations")).to_be_visible()


def test_a_refused_date_is_explained_in_the_pages_language(server, page):
    page.goto(server + "/")
    page.fill("#from", "kemarin lusa")
    page.press("#from", "Tab")
    error = page.locator("#from + .field-error")
    expect(error).to_have_text(re.compile(r"^'Dari' bukan tanggal yang dikenali Linimasa: 'kemarin lusa'"))
    page.goto(server + "/lang?to=en&next=/")
    page.fill("#to", "kemarin lusa")
    page.press("#to", "Tab")
    expect(page.locator("#to + .field-error")).to_have_text(re.compile(r"^'To' is not a date Linimasa understands"))
    expect(page.locator("#to")).to_have_attribute("aria-invalid", "true")


def test_typing_in_the_actor_facet_filters_its_list_and_show_all(server, page):
    page.goto(server + "/")
    facets = page.locator("#actor-facet label.facet")
    everyone = facets.count()
    page.locator("#facet").press_sequentially("puti")
    expect(facets).to_have_count(1)
    expect(facets.first).to_contain_text("Vladimir Putin")
    facets.first.locator("input").check()
    expect(page).to_have_url(re.compile(r"actor=Vladimir(\+|%20)Putin"))
    expect(page.locator("article.event").first).to_be_visible()
    expect(page).to_have_title("Vladimir Putin - Linimasa")  # the swap carries the page's new title
    expect(page.locator("#results > title")).to_have_count(0)
    page.fill("#facet", "")
    page.locator("#facet").dispatch_event("search")
    expect(facets).not_to_have_count(1)
    assert facets.count() <= everyone


def test_on_a_phone_the_filters_fold_and_the_first_event_is_on_the_first_screen(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server + "/")
    fold = page.locator("details.filter-fold")
    expect(fold.locator("summary")).to_be_visible()
    expect(page.locator("#from")).to_be_hidden()
    top = page.locator("article.event").first.bounding_box()["y"]
    assert top < 844, f"the first event starts {top}px down a 844px screen"
    fold.locator("summary").click()
    expect(page.locator("#from")).to_be_visible()
    page.locator("#status").select_option("happened")
    expect(page).to_have_url(re.compile(r"status=happened"))
    expect(page.locator("#from")).to_be_visible()  # the fold stays open across the swap
    context.close()
    # a wide screen shows the filters without the button
    wide = browser.new_context(viewport={"width": 1280, "height": 900})
    page = wide.new_page()
    page.goto(server + "/")
    expect(page.locator("details.filter-fold summary")).to_be_hidden()
    expect(page.locator("#from")).to_be_visible()
    wide.close()
