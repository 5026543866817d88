"""The time axis above the cards, in a real browser: drawn to the URL's filter, panned and zoomed
with the list and the URL following, back and forward, items opening their cards."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .server import running_server

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def drawn(page, url: str):
    page.goto(url)
    expect(page.locator('#axis[data-ready="true"]')).to_have_count(1)
    return page.locator("#axis")


def window_of(page) -> str:
    return page.locator("#axis").get_attribute("data-window")


def test_days_are_points_to_scale(server, page):
    errors = []
    page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))  # CSP refusals among them
    page.on("pageerror", lambda e: errors.append(str(e)))
    axis = drawn(page, server + "/?from=2024-06&to=2024-06")
    expect(axis).to_be_visible()
    points = axis.locator(".vis-item.vis-point.axis-point")
    expect(points).to_have_count(3)  # the three day-level events of June 2024
    expect(axis.locator(".vis-item.vis-range")).to_have_count(0)
    # a point is a dot, not a bar: its marker is a few pixels wide whatever the zoom
    dot = axis.locator(".vis-item.vis-dot").first.bounding_box()
    assert dot["width"] <= 12
    assert not errors, errors


def test_ranges_and_decades_are_spans_to_scale(server, page):
    # a page of its own, like every view here that follows another (see the note on the month test)
    errors = []
    page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    axis = drawn(page, server + "/?from=1950&to=1955")
    spans = axis.locator(".vis-item.vis-range.axis-span")
    expect(spans).to_have_count(2)  # 1950-1953 (a range) and the 1950s (a decade)
    expect(axis.locator(".vis-item.vis-point")).to_have_count(0)
    panel = axis.locator(".vis-panel.vis-center").bounding_box()["width"]
    war = axis.locator(".vis-item.granularity-range").bounding_box()
    # 1950-1953 is four of the window's six years, to scale
    assert 0.6 * panel < war["width"] < 0.72 * panel, (war, panel)
    assert not errors, errors


def test_dense_periods_are_clustered_until_zoomed_in(server, page):
    axis = drawn(page, server + "/")
    expect(axis.locator(".vis-item.vis-cluster").first).to_be_visible()
    points = axis.locator(".vis-item.vis-point").count()
    axis.locator(".vis-item.vis-cluster").last.dblclick()  # opens: the axis zooms to it, the URL follows
    expect(page).to_have_url(re.compile(r"from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d"))
    # the zoomed axis draws more single points than the clustered one (vis redraws after the fit)
    page.wait_for_function("n => document.querySelectorAll('#axis .vis-item.vis-point').length > n", arg=points)
    expect(page.locator('#axis[data-ready="true"]')).to_have_count(1)  # the zoom's list has come back


def test_a_month_s_few_events_are_not_clustered(server, page):
    # on a page of its own: navigating away while a zoom's list was still loading could leave the
    # axis drawing the zoom's items (seen under load in CI twice; not reproduced here)
    axis = drawn(page, server + "/?from=2024-06&to=2024-06")
    expect(axis.locator(".vis-item.vis-point")).to_have_count(3)
    expect(axis.locator(".vis-item.vis-cluster")).to_have_count(0)


def test_pan_and_zoom_move_the_url_and_the_list_and_back_restores_both(server, page):
    drawn(page, server + "/?from=2024-06-17&to=2024-06-19")
    assert window_of(page) == "2024-06-17/2024-06-19"
    narrow = page.locator("article.event").count()

    page.focus("#axis .axis-view")
    page.keyboard.press("-")
    page.keyboard.press("-")
    page.keyboard.press("-")
    expect(page).not_to_have_url(re.compile(r"from=2024-06-17&to=2024-06-19$"))
    expect(page.locator('#axis[data-ready="true"]')).to_have_count(1)
    zoomed = page.url
    assert re.search(r"from=2024-06-\d\d&to=2024-06-\d\d$", zoomed), zoomed
    low, high = re.search(r"from=([\d-]+)&to=([\d-]+)", zoomed).groups()
    expect(page.locator("#from")).to_have_value(low)
    dates = page.locator("article.event").evaluate_all("els => els.map(e => e.dataset.date)")
    assert len(dates) > narrow and all(low <= d <= high for d in dates), (low, high, dates)

    box = page.locator("#axis .vis-panel.vis-center").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + 10)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + 10, steps=8)
    page.mouse.up()
    expect(page).not_to_have_url(zoomed)
    panned = page.url
    new_low = re.search(r"from=([\d-]+)", panned).group(1)
    assert new_low < low  # dragged right: earlier days come into view
    expect(page.locator("#from")).to_have_value(new_low)

    page.go_back()
    expect(page).to_have_url(zoomed)
    expect(page.locator('#axis[data-ready="true"]')).to_have_count(1)
    assert window_of(page) == f"{low}/{high}"
    expect(page.locator("#from")).to_have_value(low)
    expect(page.locator("article.event")).to_have_count(len(dates))

    page.go_back()
    expect(page).to_have_url(re.compile(r"from=2024-06-17&to=2024-06-19$"))
    expect(page.locator('#axis[data-ready="true"]')).to_have_count(1)
    assert window_of(page) == "2024-06-17/2024-06-19"
    expect(page.locator("article.event")).to_have_count(narrow)

    page.go_forward()
    expect(page).to_have_url(zoomed)
    expect(page.locator('#axis[data-ready="true"]')).to_have_count(1)
    assert window_of(page) == f"{low}/{high}"

    page.focus("#axis .axis-view")  # the restored axis still answers the keys
    page.keyboard.press("ArrowLeft")
    expect(page).not_to_have_url(zoomed)


def test_selecting_an_item_opens_its_card_evidence(server, page):
    axis = drawn(page, server + "/?from=2024-06&to=2024-06")
    card = page.locator('article.event[data-date="2024-06-19"]')
    axis.locator(f".vis-item.vis-point.axis-e{card.get_attribute('id')[1:]}").click()
    expect(card.locator("ol.citations a.cite-link").first).to_be_visible()
    expect(card).to_be_in_viewport()


@pytest.fixture(scope="module")
def one_per_page(tmp_path_factory):
    """A server whose pages hold one event, so most items of the axis have no card yet."""
    with running_server(tmp_path_factory.mktemp("axis-pages") / "linimasa.db",
                        settings={"LINIMASA_PAGE_SIZE": "1"}) as base:
        yield base


def test_an_item_whose_card_is_not_listed_brings_its_day_in(one_per_page, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 480})
    page = context.new_page()
    axis = drawn(page, one_per_page + "/?from=2024-06&to=2024-06")
    listed = set(page.locator("article.event").evaluate_all("els => els.map(e => e.id.slice(1))"))
    items = axis.locator(".vis-item.vis-point").evaluate_all(
        "els => els.map(e => (/axis-e(\\d+)/.exec(e.className) || [])[1])")
    missing = [i for i in items if i not in listed]
    assert missing, (items, listed)
    axis.locator(f".vis-item.vis-point.axis-e{missing[0]}").click()
    card = page.locator(f"#e{missing[0]}")
    expect(card.locator("ol.citations a.cite-link").first).to_be_visible()
    day = card.get_attribute("data-date")
    expect(page).to_have_url(re.compile(f"from={day}&to={day}"))
    context.close()


def test_lanes_by_actor_from_the_control(server, page):
    axis = drawn(page, server + "/?from=2024&to=2024")
    page.select_option("#lanes", "actor")
    expect(page).to_have_url(re.compile(r"lanes=actor"))
    expect(axis.locator(".vis-label", has_text="Vladimir Putin")).to_be_visible()
    expect(axis.locator(".vis-label").last).to_have_text("lainnya")
    page.reload()
    expect(page.locator("#lanes")).to_have_value("actor")
    expect(page.locator('#axis[data-ready="true"] .vis-label', has_text="Vladimir Putin")).to_be_visible()


def test_without_javascript_the_axis_stays_hidden_and_the_list_works(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/?from=2024-06&to=2024-06")
    expect(page.locator("#axis")).to_be_hidden()
    expect(page.locator("article.event")).to_have_count(3)
    context.close()


def test_screenshots_of_the_axis(server, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    for name, width, url in (("desktop", 1280, "/?from=2023&to=2024&lanes=actor"), ("phone", 390, "/?from=2023&to=2024")):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        axis = drawn(page, server + url)
        expect(axis.locator(".vis-item.vis-point:visible").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / f"axis-{name}.png"))
        context.close()
