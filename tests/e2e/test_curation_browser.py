"""Correcting the timeline in a real browser against real uvicorn: edit a date and see the card
move, merge two events and see one card with both citations, hide one, re-run ingestion (and
`linimasa recluster`) and see the corrections hold, undo one."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import httpx
import pytest
from playwright.sync_api import expect

from .server import ROOT, running_server
from .test_security import watch

TOKEN = "token-kurasi-e2e"
SUMMIT = "Pertemuan puncak antara kedua pemimpin"
SUMMIT_TOO = "meskipun sebelumnya ada yang mengatakan"
MINISTRY = "Kementerian Luar Negeri dan"


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e-curation") / "linimasa.db"
    with running_server(db, settings={"LINIMASA_ADMIN_TOKEN": TOKEN}) as base:
        yield base, db


def linimasa(db, *args: str) -> str:
    """The command line on the server's database, as someone beside the running server would."""
    env = {**os.environ, "LINIMASA_DATABASE_URL": f"sqlite:///{db}", "LINIMASA_SEEDS_DIR": str(ROOT / "seeds"),
           "LINIMASA_GAZETTEER_PATH": str(ROOT / "seeds" / "actors.json")}
    done = subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def event_id(base: str, words: str) -> int:
    events = httpx.get(base + "/api/events", params={"limit": 500}).json()
    found = [e["id"] for e in events if any(words in c["quote"] for c in e["citations"])]
    assert found, words
    return found[0]


def card(page, words: str):
    return page.locator("article.event", has=page.locator("p.summary", has_text=words))


def sign_in(page, base: str) -> None:
    page.goto(base + "/login?next=/")
    page.fill("#token", TOKEN)
    page.locator("form.login button").click()
    expect(page.locator("nav form.sign-out")).to_be_visible()


def test_edit_merge_hide_reingest_and_undo_in_the_browser(curated, page):
    base, db = curated
    problems = watch(page)
    sign_in(page, base)
    summit, summit_too, ministry = event_id(base, SUMMIT), event_id(base, SUMMIT_TOO), event_id(base, MINISTRY)

    # edit a date: the card moves from September 2023 to 2019
    page.goto(base + "/")
    expect(page.locator(f"#e{summit}")).to_have_attribute("data-date", "2023-09-12")
    assert page.locator(f"section.group:has(#e{summit}) h2").inner_text() == "September 2023"
    page.goto(base + f"/events/{summit}")
    page.fill("#value-date", "Mei 2019")
    page.fill("#reason-date", "tanggal salah")
    page.locator("form.correct-date button").click()
    expect(page.locator("#checked")).to_contain_text("tanggal salah")
    expect(page.locator(".event .checked")).to_contain_text("diperiksa")
    page.goto(base + "/")
    expect(page.locator(f"#e{summit}")).to_have_attribute("data-date", "2019-05")
    assert page.locator(f"section.group:has(#e{summit}) h2").inner_text() == "Mei 2019"

    # merge two events, the other picked from a search: one card with both citations
    page.goto(base + f"/events/{summit}")
    page.fill("#merge_q", f"#{summit_too}")
    merge = page.locator(f"#merge-candidates form.merge:has(input[name=other][value='{summit_too}'])")
    expect(merge).to_be_visible()  # htmx's active search filled the list in place
    merge.locator("button").click()
    expect(page.locator("#checked")).to_contain_text("digabung")
    expect(page).to_have_url(base + f"/events/{summit}")
    page.goto(base + "/")
    expect(page.locator(f"#e{summit_too}")).to_have_count(0)
    merged = page.locator(f"#e{summit}")
    expect(merged.locator("a.sources")).to_have_text(re.compile(r"^\s*2 sumber\s*$"))
    merged.locator("a.sources").click()
    expect(merged.locator(".evidence blockquote")).to_have_count(2)
    expect(merged.locator(".evidence")).to_contain_text(SUMMIT_TOO)

    # hide one, with a reason: out of the timeline, back with the writers' filter
    page.goto(base + f"/events/{ministry}")
    page.fill("#reason-hide", "bukan peristiwa")
    page.locator("form.correct-hide button").click()
    expect(page.locator(".event .hidden-event")).to_be_visible()
    expect(page.locator("#checked")).to_contain_text("bukan peristiwa")
    page.goto(base + "/")
    expect(page.locator(f"#e{ministry}")).to_have_count(0)
    page.goto(base + "/?hidden=1")
    expect(page.locator(f"#e{ministry}")).to_be_visible()

    # ingestion again: every mention re-derived (`linimasa recluster`), the summit's article deleted and
    # ingested anew, a new article added from the browser's API; the corrections hold
    linimasa(db, "recluster")
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    article = httpx.get(base + f"/api/events/{summit}").json()["citations"][0]["article_id"]
    stored = httpx.get(base + f"/api/articles/{article}").json()
    assert httpx.post(base + f"/articles/{article}/delete", headers=bearer).status_code == 303
    source = ROOT / "seeds" / stored["source_name"]
    print(linimasa(db, "ingest", str(source)))
    linimasa(db, "ingest", str(ROOT / "seeds"))
    summit_now = event_id(base, SUMMIT)
    assert summit_now == event_id(base, SUMMIT_TOO)
    page.goto(base + "/")
    expect(page.locator(f"#e{summit_now}")).to_have_attribute("data-date", "2019-05")
    expect(page.locator(f"#e{summit_now} a.sources")).to_have_text(re.compile(r"^\s*2 sumber\s*$"))
    expect(page.locator(f"#e{ministry}")).to_have_count(0)

    # undo the date on the Riwayat page: the card goes back to September 2023, still merged
    page.goto(base + "/riwayat")
    row = page.locator("tr.correction[data-kind=date]")
    expect(row).to_contain_text("tanggal salah")
    row.locator("form.undo button").click()
    expect(page.locator("tr.correction[data-kind=date]")).to_contain_text("dibatalkan")
    page.goto(base + "/")
    expect(page.locator(f"#e{summit_now}")).to_have_attribute("data-date", re.compile(r"^2023-09-1[23]$"))
    expect(page.locator(f"#e{summit_now} a.sources")).to_have_text(re.compile(r"^\s*2 sumber\s*$"))
    assert problems == [], problems


def test_a_bad_date_is_shown_beside_the_field(curated, page):
    base, _ = curated
    problems = watch(page)
    sign_in(page, base)
    page.goto(base + f"/events/{event_id(base, 'Vladimir Putin tiba di Pyongyang')}")
    page.fill("#value-date", "kemarin lusa")
    page.locator("form.correct-date button").click()
    expect(page.locator("form.correct-date .field-error, form.correct-date + .field-error")).to_contain_text(
        "bukan tanggal yang dikenali")
    assert [p for p in problems if "400" not in p] == [], problems
