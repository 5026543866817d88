"""Writing from the browser: the write token, sign-in, CSRF, the size limit, the job the upload
becomes and the worker that runs it, and the delete button. Pages are read with CSS selectors."""
from __future__ import annotations


from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from app.store.db import make_engine
from app.store.jobs import JobItem, create_job, run_job
from app.web.app import create_app
from tests.conftest import TOKEN

from .writing import BEARER, add_articles, csrf_of, sign_in, wait_for_job

HTMX = {"HX-Request": "true"}
EN = {"lang": "en"}
ARTICLE = ("Bendungan Baru\nJakarta, Senin (3/3/2025) - Presiden Prabowo Subianto meresmikan bendungan baru di "
           "Jawa Tengah.")
QUAKE = ("Gempa Cianjur\nCIANJUR, KOMPAS.com - Gempa magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, "
         "pada Senin (21/11/2022) siang. Korban meninggal dunia mencapai 62 orang.")


def html(response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def rows(settings, sql: str) -> list[tuple]:
    """Rows read on a connection of their own, as another process would see them."""
    engine = make_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]
    finally:
        engine.dispose()


def signed_in(client) -> str:
    assert sign_in(client).status_code == 303
    return csrf_of(client)


def post_job(client, csrf: str, **kwargs):
    response = client.post("/articles", data={"csrf": csrf, **kwargs.pop("data", {})}, follow_redirects=False,
                           **kwargs)
    assert response.status_code == 303, response.text[:500]
    assert response.headers["location"].startswith("/jobs/")
    return response.headers["location"]


def job_page_when_done(client, location: str) -> BeautifulSoup:
    wait_for_job(client, location)
    page = html(client.get(location))
    assert page.select_one("#job")["data-status"] == "done"
    return page


# -- no token configured ---------------------------------------------------------
def test_with_no_token_the_add_page_says_how_to_turn_writing_on(readonly_client):
    for cookies, words in (({}, "tetapkan variabel lingkungan LINIMASA_ADMIN_TOKEN"),
                           (EN, "set the environment variable LINIMASA_ADMIN_TOKEN")):
        readonly_client.cookies.clear()
        readonly_client.cookies.update(cookies)
        page = html(readonly_client.get("/articles/new"))
        note = page.select_one(".writes-off").get_text(" ", strip=True)
        assert words in note and ("restart" in note or "jalankan ulang" in note)
        assert page.select("form.add") == [] and page.select_one('nav a[href="/articles/new"]') is not None
    assert html(readonly_client.get("/articles")).select_one('a[href="/articles/new"]') is not None


def test_with_no_token_every_write_is_403_and_nothing_is_stored(readonly_client, settings):
    files = {"files": ("a.txt", ARTICLE.encode(), "text/plain")}
    refused = [readonly_client.post("/articles", files=files, data={"text": ARTICLE}),
               readonly_client.post("/articles", files=files, headers={"Authorization": "Bearer anything"}),
               readonly_client.post("/login", data={"token": "anything"}),
               readonly_client.post("/articles/1/delete"),
               readonly_client.post("/logout")]
    assert [r.status_code for r in refused] == [403] * 5
    assert "LINIMASA_ADMIN_TOKEN" in html(refused[0]).select_one(".error p").get_text()
    assert "linimasa_writer" not in readonly_client.cookies
    assert readonly_client.get("/api/articles").json() == []
    assert rows(settings, "SELECT COUNT(*) FROM ingestjob") == [(0,)]


# -- signing in -------------------------------------------------------------------
def test_a_wrong_token_is_refused_and_the_right_one_signs_in(empty_client):
    wrong = sign_in(empty_client, "tebakan")
    assert wrong.status_code == 403 and "set-cookie" not in wrong.headers
    assert html(wrong).select_one(".error p").get_text() == "Token tulis salah."
    assert html(empty_client.get("/articles/new")).select("form.add") == []
    right = sign_in(empty_client)
    assert right.status_code == 303 and right.headers["location"] == "/articles/new"
    cookie = right.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" not in cookie
    assert TOKEN not in cookie  # a value derived from the token, never the token
    page = html(empty_client.get("/articles/new"))
    form = page.select_one("form.add")
    assert form["action"] == "/articles" and form["method"] == "post" and form["enctype"] == "multipart/form-data"
    assert form.select_one('input[name="csrf"]')["value"]
    assert {f["name"] for f in form.select("input, textarea")} >= {"text", "title", "outlet", "url", "published",
                                                                   "files"}
    assert set(form.select_one('input[type="file"]')["accept"].split(",")) >= {
        ".txt", ".html", ".htm", ".md", ".json", ".jsonl", ".csv"}
    assert form.select_one('input[type="file"]').has_attr("multiple")
    assert page.select_one("nav form.sign-out input[name=csrf]") is not None


def test_over_https_the_cookie_is_secure_and_sign_out_clears_it(settings):
    settings.load_seeds = False
    with TestClient(create_app(settings), base_url="https://testserver") as client:
        assert "Secure" in sign_in(client).headers["set-cookie"]
        csrf = csrf_of(client)
        assert client.post("/logout", data={"csrf": ""}, follow_redirects=False).status_code == 403
        out = client.post("/logout", data={"csrf": csrf}, follow_redirects=False)
        assert out.status_code == 303 and 'linimasa_writer=""' in out.headers["set-cookie"]
        assert html(client.get("/articles/new")).select("form.add") == []


# -- CSRF and origin ---------------------------------------------------------------
def test_a_post_without_the_csrf_token_or_from_another_origin_is_403(empty_client, settings):
    csrf = signed_in(empty_client)
    for data, headers in (({}, {}), ({"csrf": "0" * 64}, {}),
                          ({"csrf": csrf}, {"Origin": "https://evil.example"})):
        response = empty_client.post("/articles", data={"text": ARTICLE, **data}, headers=headers)
        assert response.status_code == 403
    assert "token CSRF" in html(empty_client.post("/articles", data={"text": ARTICLE})).select_one(".error p").get_text()
    empty_client.cookies.set("lang", "en")
    assert "CSRF token" in empty_client.post("/articles", data={"text": ARTICLE}).text
    assert rows(settings, "SELECT COUNT(*) FROM ingestjob") == [(0,)]
    # the app's own origin is fine
    assert post_job(empty_client, csrf, data={"text": ARTICLE}, headers={"Origin": "http://testserver"})


def test_an_api_client_sends_the_bearer_token_and_no_csrf_token(empty_client):
    bad = empty_client.post("/articles", data={"text": ARTICLE}, headers={"Authorization": "Bearer tebakan"})
    assert bad.status_code == 403 and bad.json()["detail"] == "Token tulis salah."
    job = add_articles(empty_client, text=ARTICLE)
    assert job["status"] == "done" and job["files"][0]["results"][0]["status"] == "added"


# -- the job and its worker -----------------------------------------------------------
def test_pasted_text_becomes_a_job_that_the_worker_finishes(empty_client):
    csrf = signed_in(empty_client)
    location = post_job(empty_client, csrf, data={"text": QUAKE, "title": "Gempa di Cianjur", "outlet": "Kompas.com",
                                                  "url": "https://www.kompas.com/gempa",
                                                  "published": "Senin, 21 Nov 2022 14:00 WIB"})
    page = job_page_when_done(empty_client, location)
    line = page.select_one("li.job-file")
    assert line["data-status"] == "done" and "Teks yang ditempel" in line.get_text()
    assert "ditambahkan: " in line.select_one("li.result").get_text()
    article_link = line.select_one("a.article-link")["href"]
    assert page.select_one("a.timeline-link")["href"] == "/"
    article, = empty_client.get("/api/articles").json()
    assert article_link == f"/articles/{article['id']}"
    assert (article["title"], article["outlet"], article["url"], article["published"], article["published_source"]) \
        == ("Gempa di Cianjur", "Kompas.com", "https://www.kompas.com/gempa", "2022-11-21", "given")
    assert empty_client.get(article_link).status_code == 200


def test_the_job_partial_polls_itself_until_the_job_is_done(empty_client, gazetteer, settings):
    engine = empty_client.app.state.engine
    job_id = create_job(engine, [JobItem("a.txt", ARTICLE.encode())])  # stored, not yet handed to the worker
    running = html(empty_client.get(f"/jobs/{job_id}", headers=HTMX))
    section = running.select_one("section#job")
    assert running.select_one("html") is None
    assert (section["hx-get"], section["hx-trigger"], section["hx-swap"]) == (f"/jobs/{job_id}", "every 1s", "outerHTML")
    assert " ".join(section.select_one("li.job-file").get_text().split()) == "a.txt: menunggu"
    full = html(empty_client.get(f"/jobs/{job_id}"))
    assert full.select_one(f'.job-refresh a[href="/jobs/{job_id}"]') is not None  # without JavaScript
    assert full.select_one('noscript meta[http-equiv="refresh"]') is not None
    assert run_job(engine, job_id, gazetteer, settings.max_article_bytes) == "done"
    done = html(empty_client.get(f"/jobs/{job_id}", headers=HTMX)).select_one("section#job")
    assert not done.has_attr("hx-trigger") and not done.has_attr("hx-get")
    assert html(empty_client.get(f"/jobs/{job_id}")).select('noscript meta[http-equiv="refresh"]') == []


def test_a_refused_file_does_not_stop_the_others_of_its_job(empty_client):
    csrf = signed_in(empty_client)
    files = [("files", ("satu.txt", ARTICLE.encode(), "text/plain")),
             ("files", ("gambar.txt", b"\x89PNG\r\n\x00\x00\x00\rIHDR", "text/plain")),
             ("files", ("catatan.doc", b"bukan format", "application/msword")),
             ("files", ("gempa.txt", QUAKE.encode(), "text/plain"))]
    location = post_job(empty_client, csrf, files=files)
    page = job_page_when_done(empty_client, location)
    lines = page.select("li.job-file")
    assert [li["data-status"] for li in lines] == ["done", "failed", "failed", "done"]
    assert lines[1].select_one(".refused").get_text() == "ditolak: berkas biner (berisi byte NUL), bukan teks artikel"
    assert lines[2].select_one(".refused").get_text().startswith("ditolak: format '.doc' tidak dikenal")
    assert len(empty_client.get("/api/articles").json()) == 2
    assert all(li.select_one("a.article-link") for li in (lines[0], lines[3]))
    empty_client.cookies.set("lang", "en")
    english = html(empty_client.get(location))
    assert english.select("li.job-file")[1].select_one(".refused").get_text() == \
        "refused: a binary file (it contains NUL bytes), not article text"


def test_what_the_input_layer_refuses_is_worded_in_the_page_s_language(empty_client):
    csrf = signed_in(empty_client)
    files = [("files", ("kosong.json", b'{"title": "Tanpa teks"}', "application/json")),
             ("files", ("rusak.json", b'{"text": ', "application/json")),
             ("files", ("tabel.csv", b"judul,isi\nA,B\n", "text/csv"))]
    page = job_page_when_done(empty_client, post_job(empty_client, csrf, files=files))
    assert [li.select_one(".refused").get_text() for li in page.select("li.job-file")] == [
        "ditolak: kosong.json tidak berisi teks", "ditolak: bukan JSON yang sah (baris 1)",
        "ditolak: CSV artikel perlu kolom 'text'"]


def test_a_date_not_understood_is_a_refused_line_and_a_changed_source_replaces_the_old(empty_client):
    csrf = signed_in(empty_client)
    refused = job_page_when_done(empty_client, post_job(empty_client, csrf, data={"text": ARTICLE,
                                                                                  "published": "kapan-kapan"}))
    assert refused.select_one(".refused").get_text() == "ditolak: tanggal terbit 'kapan-kapan' tidak dikenali"
    url = "https://example.id/bendungan"
    first = add_articles(empty_client, text=ARTICLE, url=url)["files"][0]["results"][0]
    location = post_job(empty_client, csrf, data={"text": ARTICLE + " Warga menyambut gembira.", "url": url})
    page = job_page_when_done(empty_client, location)
    assert page.select_one("li.result").get_text(" ", strip=True).startswith(
        f"menggantikan artikel #{first['article_id']}:")
    assert len(empty_client.get("/api/articles").json()) == 1


def test_a_job_left_running_by_a_killed_server_is_failed_at_the_next_start(settings, engine):
    settings.load_seeds = False
    running = create_job(engine, [JobItem("a.txt", ARTICLE.encode())])
    queued = create_job(engine, [JobItem("b.txt", QUAKE.encode())])
    with engine.begin() as conn:
        conn.execute(text("UPDATE ingestjob SET status = 'running' WHERE id = :id"), {"id": running})
        conn.execute(text("UPDATE ingestjobfile SET status = 'running' WHERE job_id = :id"), {"id": running})
    with TestClient(create_app(settings)) as client:
        failed = client.get(f"/api/jobs/{running}").json()
        assert failed["status"] == "failed" and "server stopped" in failed["message"]
        assert failed["files"][0]["status"] == "failed" and failed["files"][0]["refusal"] == "interrupted"
        page = html(client.get(f"/jobs/{running}"))
        assert page.select_one(".job-status").get_text() == "Gagal: server berhenti saat tugas ini berjalan; unggah lagi"
        assert "server berhenti" in page.select_one(".refused").get_text()
        assert wait_for_job(client, f"/jobs/{queued}")["status"] == "done"  # a job never started is run
    assert rows(settings, "SELECT COUNT(*) FROM ingestjobfile WHERE data IS NOT NULL") == [(0,)]


# -- the size limit -------------------------------------------------------------------
def test_a_request_over_the_size_limit_is_413_with_or_without_content_length(settings):
    settings.load_seeds = False
    settings.max_request_bytes = 10_000
    big = b"Banjir merendam Kemang. " * 1_000
    with TestClient(create_app(settings)) as client:
        declared = client.post("/articles", content=big, headers={**BEARER, "Content-Type": "text/plain"})
        assert declared.status_code == 413
        assert html(declared).select_one(".error p").get_text() == \
            "Permintaan ini lebih besar dari batas 10,000 bita (LINIMASA_MAX_REQUEST_BYTES)."

        def chunks():  # a multipart upload streamed with no Content-Length (chunked)
            yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
            for _ in range(100):
                yield b"x" * 1_000
            yield b"\r\n--b--\r\n"

        client.cookies.set("lang", "en")
        streamed = client.post("/articles", content=chunks(),
                               headers={**BEARER, "Content-Type": "multipart/form-data; boundary=b"})
        assert "content-length" not in streamed.request.headers
        assert streamed.status_code == 413 and "content-security-policy" in streamed.headers
        assert "larger than the 10,000-byte limit" in html(streamed).select_one(".error p").get_text()
        files = {"files": ("big.txt", big, "text/plain")}
        assert client.post("/articles", files=files, headers=BEARER).status_code == 413
        assert client.get("/api/articles").json() == []
        assert client.post("/articles", data={"text": ARTICLE}, headers=BEARER,
                           follow_redirects=False).status_code == 303  # under the limit: taken


# -- deleting -----------------------------------------------------------------------------
def test_delete_removes_the_article_and_its_citations(client, settings):
    article = client.get("/api/articles").json()[0]
    url = f"/articles/{article['id']}"
    assert html(client.get(url)).select("details.delete") == []  # only a writer sees the button
    assert rows(settings, f"SELECT COUNT(*) FROM citation WHERE article_id = {article['id']}")[0][0] > 0
    csrf = signed_in(client)
    form = html(client.get(url)).select_one(f'details.delete form[action="{url}/delete"]')
    assert form["method"] == "post" and form.select_one('input[name="csrf"]')["value"] == csrf
    assert client.post(f"{url}/delete", data={}).status_code == 403
    deleted = client.post(f"{url}/delete", data={"csrf": csrf}, follow_redirects=False)
    assert deleted.status_code == 303 and deleted.headers["location"] == f"/articles?deleted={article['id']}"
    notice = html(client.get(deleted.headers["location"])).select_one(".notice").get_text()
    assert notice.startswith(f"Artikel #{article['id']} telah dihapus")
    assert client.get(url).status_code == 404
    assert rows(settings, f"SELECT COUNT(*) FROM citation WHERE article_id = {article['id']}") == [(0,)]
    assert rows(settings, "SELECT COUNT(*) FROM event e WHERE NOT EXISTS "
                          "(SELECT 1 FROM citation c WHERE c.event_id = e.id)") == [(0,)]
    assert client.post("/articles/424242/delete", data={"csrf": csrf}).status_code == 404


def test_a_job_another_worker_process_claimed_is_not_run_twice(empty_client, gazetteer, settings):
    from app.store.jobs import _claim, get_job
    engine = empty_client.app.state.engine
    job_id = create_job(engine, [JobItem("a.txt", ARTICLE.encode())])
    assert _claim(engine, job_id)  # the other worker takes it first
    assert not _claim(engine, job_id)
    assert run_job(engine, job_id, gazetteer, settings.max_article_bytes) == "running"
    with Session(engine) as session:
        assert [f.status for f in get_job(session, job_id).files] == ["queued"]  # left to the one that claimed it
