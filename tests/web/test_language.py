"""The Indonesian UI speaks Indonesian (issue 12's language slips): date tooltips, upload results,
flags; the English UI keeps the extractor's own English."""
from __future__ import annotations

import json
import re
from types import SimpleNamespace

from bs4 import BeautifulSoup

from app.web.explain import explain

from .writing import add_articles

# words of the extractor's English explanations that no Indonesian tooltip should hold
ENGLISH_WORDS = re.compile(r"\b(the|from|stated|publication|nearest|agrees|rule|year|month|day|was|but|"
                           r"decoded|vaguely|refers|range|numeric)\b", re.IGNORECASE)


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def test_date_tooltips_on_the_article_pages_are_indonesian(client):
    tips = []
    for article in client.get("/api/articles").json():
        tips += [t.get_text() for t in soup(client.get(f"/articles/{article['id']}")).select(".timex .tip")]
    assert len(tips) > 10
    english = [t for t in tips if ENGLISH_WORDS.search(t.split(" — ", 1)[1].rsplit(" (aturan:", 1)[0])]
    assert not english, english[:5]
    assert all("(aturan: " in t for t in tips)
    client.cookies.update({"lang": "en"})
    first = client.get("/api/articles").json()[0]["id"]
    assert any("(rule: " in t.get_text() for t in soup(client.get(f"/articles/{first}")).select(".timex .tip"))


def test_the_glossary_words_a_weekday_conflict_and_leaves_english_alone():
    conflict = "the text says Selasa, but 2024-06-16 was a Minggu; the explicit date is kept"
    assert explain(conflict, "id") == ("teks menyebut Selasa, padahal 2024-06-16 jatuh pada hari Minggu; "
                                       "tanggal yang tertulis dipakai")
    assert explain("day/month + year 2024 from the publication date 2024-06-18; Selasa agrees", "id") == \
        "hari/bulan + tahun 2024 dari tanggal terbit 2024-06-18; Selasa cocok"
    assert explain(conflict, "en") == conflict


def test_upload_results_are_worded_in_indonesian(empty_client):
    legacy = "Gempa di Cianjur\nGempa mengguncang Cianjur, Jawa Barat, pada Senin (21/11/2022). Café.".encode("cp1252")
    records = json.dumps({"title": "Tanpa teks"}).encode()
    job = add_articles(empty_client, [("files", ("lama.txt", legacy, "text/plain")),
                                      ("files", ("rekaman.jsonl", records, "application/json"))])
    text = soup(empty_client.get(f"/jobs/{job['id']}")).select_one("#job").get_text(" ", strip=True)
    assert "(dibaca dari penyandian Windows-1252)" in text and "decoded" not in text
    assert "ditolak: rekaman.jsonl#1 tidak berisi teks" in text


def test_one_refused_record_among_several_is_worded_in_indonesian(empty_client):
    """A record refused while the file's others are stored (the job keeps its refusal's code)."""
    from app.web.i18n import labels
    result = {"name": "a.jsonl#2", "status": "failed", "message": "a.jsonl#2: has no text", "refusal": "no_text",
              "refusal_detail": "a.jsonl#2", "article_id": None}
    stored = {"name": "a.jsonl#1", "status": "added", "message": "", "article_id": 1, "replaced_id": None,
              "new_events": 1, "merged_events": 0}
    job = SimpleNamespace(id=1, status="done", message="", files=[SimpleNamespace(
        status="done", pasted=False, name="a.jsonl", results=[stored, result], refusal=None, message="")])
    html = empty_client.app.state.templates.get_template("_job.html").render(
        job=job, finished=True, interrupted="", L=labels("id"), lang="id", explain=explain)
    refused = BeautifulSoup(html, "html.parser").select_one('.result[data-status="failed"] .refused')
    assert refused.get_text(" ", strip=True) == "ditolak: a.jsonl#2 tidak berisi teks"
