"""Writing from a real browser against real uvicorn with a write token: sign in, paste an article,
watch the job page go to done by htmx polling, follow its link; and the server keeps answering
while the worker ingests a big job."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from .server import running_server
from .test_security import watch

TOKEN = "token-uji-e2e"
DEV = Path(__file__).resolve().parents[1] / "data" / "dev" / "articles"
ARTICLE = ("Banjir Kemang\nJakarta, Senin (2/10/2023) - Banjir merendam Kemang, Jakarta Selatan, pada Senin pagi "
           "hingga siang hari. Warga mengungsi ke masjid terdekat.")


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("e2e-write") / "linimasa.db",
                        settings={"LINIMASA_ADMIN_TOKEN": TOKEN}) as base:
        yield base


def test_sign_in_paste_an_article_and_follow_the_finished_job(writable, page):
    problems = watch(page)
    page.goto(writable + "/articles")
    page.locator("nav a", has_text="Tambah artikel").click()
    expect(page).to_have_url(writable + "/articles/new")
    page.locator("a", has_text="Masuk").last.click()
    page.fill("#token", "tebakan")
    page.locator("form.login button").click()
    expect(page.locator(".field-error")).to_have_text("Token tulis salah.")  # a 403 shown beside the form
    page.fill("#token", TOKEN)
    page.locator("form.login button").click()
    expect(page).to_have_url(writable + "/articles/new")
    expect(page.locator("nav form.sign-out")).to_be_visible()

    page.evaluate("window.sameDocument = true")  # gone if anything below reloads the page
    page.fill("#text", ARTICLE)
    page.fill("#outlet", "Warta Uji")
    page.fill("#published", "Senin, 2 Okt 2023 14:00 WIB")
    page.locator("form.add button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/jobs/\d+$"))
    job = page.locator("section#job")
    expect(job).to_have_attribute("data-status", "done", timeout=60_000)  # the partial polled itself to done
    assert page.evaluate("window.sameDocument") is True
    assert job.get_attribute("hx-trigger") is None
    expect(job.locator("li.result")).to_contain_text("ditambahkan")

    job.locator("a.article-link").click()
    expect(page).to_have_url(re.compile(r"/articles/\d+$"))
    expect(page.locator(".article-text")).to_contain_text("Banjir merendam Kemang")
    expect(page.locator(".meta")).to_contain_text("Warta Uji")
    # the delete button: a confirmation first, then the list says it is gone
    page.locator("details.delete summary").click()
    page.locator("details.delete button").click()
    expect(page).to_have_url(re.compile(r"/articles\?deleted=\d+$"))
    expect(page.locator(".notice")).to_contain_text("telah dihapus")
    assert [p for p in problems if "403" not in p] == [], problems  # the wrong token's 403 only


def test_the_server_answers_while_a_big_job_is_ingesting(writable):
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(DEV.glob("*.txt"))]
    assert len(files) > 50
    with httpx.Client(base_url=writable, timeout=60) as client:
        posted = client.post("/articles", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
        assert posted.status_code == 303  # answered at once; the worker ingests
        job_id = int(re.fullmatch(r"/jobs/(\d+)", posted.headers["location"]).group(1))
        for _ in range(1000):  # the worker picks it up
            if client.get(f"/api/jobs/{job_id}").json()["status"] != "queued":
                break
        health = client.get("/healthz")
        job = client.get(f"/api/jobs/{job_id}").json()
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    # answered while the worker was still on the job: ingestion is not in the event loop's way
    assert job["status"] == "running" and any(f["status"] != "done" for f in job["files"])


def test_over_real_http_an_oversized_upload_is_413_declared_or_chunked(tmp_path):
    settings = {"LINIMASA_ADMIN_TOKEN": TOKEN, "LINIMASA_MAX_REQUEST_BYTES": "100000", "LINIMASA_LOAD_SEEDS": "false"}
    bearer = {"Authorization": f"Bearer {TOKEN}"}

    def chunks():
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
        for _ in range(300):
            yield b"x" * 10_000
        yield b"\r\n--b--\r\n"

    with running_server(tmp_path / "linimasa.db", settings=settings) as base, \
            httpx.Client(base_url=base, timeout=60) as client:
        declared = client.post("/articles", files={"files": ("big.txt", b"x" * 3_000_000)}, headers=bearer)
        assert declared.status_code == 413 and "LINIMASA_MAX_REQUEST_BYTES" in declared.text
        streamed = client.post("/articles", content=chunks(),
                               headers={**bearer, "Content-Type": "multipart/form-data; boundary=b"})
        assert streamed.request.headers["transfer-encoding"] == "chunked" and streamed.status_code == 413
        assert client.get("/healthz").status_code == 200 and client.get("/api/articles").json() == []
