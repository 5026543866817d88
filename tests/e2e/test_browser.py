"""In a real browser (Debian chromium driven by Playwright): filter, open, follow, go back."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .server import running_server

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def test_filter_open_follow_and_come_back(server, page):
    page.goto(server + "/")
    expect(page.locator('article.event[data-date="2024-06-19"]')).to_be_visible()

    page.locator("label.facet", has_text="Vladimir Putin").locator("input").check()
    expect(page).to_have_url(re.compile(r"actor=Vladimir(\+|%20)Putin"))
    expect(page.locator("label.facet", has_text="Vladimir Putin").locator("input")).to_be_checked()

    page.fill("#from", "2024")
    page.press("#from", "Tab")
    expect(page).to_have_url(re.compile(r"from=2024"))
    page.fill("#to", "2024")
    page.press("#to", "Tab")
    expect(page).to_have_url(re.compile(r"to=2024"))
    dates = page.locator("article.event").evaluate_all("els => els.map(e => e.dataset.date)")
    assert dates and all(d.startswith("2024") for d in dates)
    filtered_url = page.url

    card = page.locator('article.event[data-date="2024-06-19"]')
    card.locator("a.sources").click()
    citation = card.locator("ol.citations a.cite-link").first
    expect(citation).to_be_visible()
    expect(card.locator("mark.date").first).to_have_text("Rabu pagi (19 Juni 2024)")

    citation.click()
    expect(page).to_have_url(re.compile(r"/articles/\d+#c\d+$"))
    target = page.locator("mark.cite:target")
    expect(target).to_have_count(1)
    assert target.inner_text().startswith("Presiden Rusia Vladimir Putin tiba di Pyongyang, Korea Utara, "
                                          "pada Rabu pagi (19 Juni 2024)")
    assert target.inner_text().endswith("hubungan persahabatan kedua negara.")
    expect(target).to_be_in_viewport()
    timex = target.locator(".timex").first
    timex.focus()
    expect(timex.locator(".tip")).to_be_visible()
    expect(timex.locator(".tip")).to_contain_text("2024-06-19")

    page.go_back()
    expect(page).to_have_url(filtered_url)
    expect(page.locator("label.facet", has_text="Vladimir Putin").locator("input")).to_be_checked()
    expect(page.locator("#from")).to_have_value("2024")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-filtered.png"), full_page=True)


def test_back_and_forward_restore_htmx_filters(server, page):
    page.goto(server + "/")
    everything = page.locator("article.event").count()
    page.locator("label.facet", has_text="Kim Jong Un").locator("input").check()
    expect(page).to_have_url(re.compile(r"actor=Kim"))
    expect(page.locator("article.event")).not_to_have_count(everything)
    page.go_back()
    expect(page).to_have_url(server + "/")
    expect(page.locator("article.event")).to_have_count(everything)
    page.go_forward()
    expect(page).to_have_url(re.compile(r"actor=Kim"))


def test_phone_width_and_english(server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(server + "/")
    page.click("a.lang")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("section.group h2", has_text="June 2024")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375 + 1, f"page is {width}px wide on a 375px screen"
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-phone-en.png"), full_page=True)
    context.close()


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory):
    """A server whose pages hold four events, so the seeds span several."""
    with running_server(tmp_path_factory.mktemp("pages") / "linimasa.db",
                        settings={"LINIMASA_PAGE_SIZE": "4"}) as base:
        yield base


def test_scrolling_loads_every_page_once(small_pages, page):
    page.goto(small_pages + "/")
    total = int(page.locator(".summary-line strong").inner_text())
    cards = page.locator("article.event")
    expect(cards).to_have_count(4)
    while page.locator(".load-more a").count():
        shown = cards.count()
        page.locator(".load-more a").scroll_into_view_if_needed()  # no click: being seen is enough
        expect(cards).not_to_have_count(shown)
    ids = cards.evaluate_all("cards => cards.map(card => card.id)")
    assert len(ids) == total and len(set(ids)) == total
    assert page.url == small_pages + "/"  # loading more is not a new place in history


def test_a_refused_date_says_why_beside_its_field(server, page):
    page.goto(server + "/")
    page.fill("#from", "kemarin lusa")
    page.press("#from", "Tab")
    error = page.locator("#from + .field-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("kemarin lusa")
    expect(page.locator("#from")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("article.event").first).to_be_visible()  # the timeline stays as it was
    page.fill("#from", "2024")
    page.press("#from", "Tab")
    expect(page.locator(".field-error")).to_have_count(0)


def test_a_swap_keeps_the_field_being_typed_in(server, page):
    page.goto(server + "/")
    page.fill("#from", "2019")
    page.focus("#to")
    page.keyboard.type("20")
    # "24" is typed once "Dari"'s change has gone to the server and before its answer is swapped in
    page.evaluate("""() => document.body.addEventListener('htmx:beforeRequest', () => setTimeout(() => {
        const to = document.getElementById('to'); to.value += '24'; }, 0), {once: true})""")
    with page.expect_response(lambda r: "from=2019" in r.url):
        page.evaluate("htmx.trigger('#from', 'change')")
    page.wait_for_timeout(300)
    expect(page.locator("#to")).to_be_focused()
    expect(page.locator("#to")).to_have_value("2024")
