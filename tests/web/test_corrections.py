"""Corrections from the web: every write refused without the token (403) or without the CSRF
token (403); with them, an edit shows on the event page ("diperiksa"), in the API and the
exports ("corrected"), and on the Riwayat page with its undo button."""
from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup

from .writing import BEARER, sign_in

HTMX = {"HX-Request": "true"}


def html(response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def event_saying(client, words: str) -> dict:
    found = [e for e in client.get("/api/events", params={"limit": 500}).json() if words in e["summary"]]
    assert found, words
    return found[0]


def signed_in_csrf(client, event_id: int) -> str:
    assert sign_in(client).status_code == 303
    return html(client.get(f"/events/{event_id}")).select_one("#curation form input[name=csrf]")["value"]


def writes(event_id: int, other_id: int, actor_id: int) -> list[tuple[str, dict]]:
    return [(f"/events/{event_id}/corrections", {"kind": "date", "value": "2023"}),
            (f"/events/{event_id}/corrections", {"kind": "hide", "reason": "x"}),
            (f"/events/{event_id}/merge", {"other": str(other_id)}),
            (f"/events/{event_id}/split", {"citation": "1"}),
            (f"/events/{event_id}/actors/{actor_id}/remove", {}),
            (f"/actors/{actor_id}/rename", {"name": "Baru"}),
            ("/corrections/1/undo", {})]


def test_every_correction_write_is_refused_without_the_token_or_the_csrf_token(client):
    first = event_saying(client, "Pertemuan puncak antara kedua pemimpin")
    second = event_saying(client, "meskipun sebelumnya ada yang mengatakan")
    actor_id = client.get("/api/actors").json()[0]["id"]
    for url, data in writes(first["id"], second["id"], actor_id):
        assert client.post(url, data=data).status_code in (401, 403), url  # not signed in
        assert client.post(url, data=data, headers={"Authorization": "Bearer wrong"}).status_code == 403, url
    csrf = signed_in_csrf(client, first["id"])
    assert csrf
    for url, data in writes(first["id"], second["id"], actor_id):
        assert client.post(url, data=data).status_code == 403, url  # signed in, no CSRF token
        assert client.post(url, data={**data, "csrf": "forged"}).status_code == 403, url
    assert client.get("/riwayat").status_code == 200
    assert html(client.get("/riwayat")).select(".correction") == []
    assert client.get(f"/api/events/{first['id']}").json()["date"] == first["date"]


def test_no_token_configured_refuses_every_correction(readonly_client):
    for url, data in writes(1, 2, 1):
        assert readonly_client.post(url, data=data, headers=BEARER).status_code == 403


def test_a_date_edit_shows_checked_in_the_page_the_api_and_the_exports(client):
    event = event_saying(client, "Pertemuan puncak antara kedua pemimpin")
    csrf = signed_in_csrf(client, event["id"])
    answer = client.post(f"/events/{event['id']}/corrections", follow_redirects=False,
                         data={"csrf": csrf, "kind": "date", "value": "14 September 2023", "reason": "KTT tanggal 14"})
    assert answer.status_code == 303 and answer.headers["location"] == f"/events/{event['id']}"
    page = html(client.get(f"/events/{event['id']}"))
    assert "diperiksa" in page.select_one(".event .checked").get_text()
    assert "tanggal" in page.select_one("#checked").get_text() and "KTT tanggal 14" in page.select_one("#checked").get_text()
    public = client.get(f"/api/events/{event['id']}").json()
    assert (public["date"], public["corrected"]) == ("2023-09-14", ["date"])
    exported = client.get("/export.json").json()["events"]
    assert [e["corrected"] for e in exported if e["id"] == event["id"]] == [["date"]]
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text.lstrip("\ufeff"))))
    assert [r["corrected"] for r in rows if r["id"] == str(event["id"])] == ["date"]
    # the calendar and TimelineJS exports say it too
    timelinejs = client.get("/export.timelinejs").json()["events"]
    assert [i["text"]["text"].endswith("Diperiksa, diubah: date</p>") for i in timelinejs
            if i["unique_id"] == f"event-{event['id']}"] == [True]
    calendar = client.get("/export.ics").text.replace("\r\n ", "")
    assert "Diperiksa\\, diubah: date" in calendar and "CATEGORIES:diperiksa" in calendar
    history = html(client.get("/riwayat"))
    row = history.select_one(".correction")
    assert row["data-kind"] == "date" and "2023-09-14" in row.get_text() and row.select_one("form.undo")


def test_a_bad_date_is_refused_with_its_message_in_the_ui_language(client):
    event = event_saying(client, "Pertemuan puncak antara kedua pemimpin")
    csrf = signed_in_csrf(client, event["id"])
    answer = client.post(f"/events/{event['id']}/corrections", headers=HTMX,
                         data={"csrf": csrf, "kind": "date", "value": "kemarin lusa"})
    assert answer.status_code == 400
    assert "bukan tanggal yang dikenali" in html(answer).select_one(".error p").get_text()
    assert client.post("/events/999999/corrections", data={"csrf": csrf, "kind": "date", "value": "2023"}).status_code == 404
    assert client.post(f"/events/{event['id']}/merge", data={"csrf": csrf, "other": "abc"}).status_code == 400


def test_hidden_events_are_out_of_the_timeline_and_exports_and_shown_to_writers_who_ask(client):
    event = event_saying(client, "Kementerian Luar Negeri")
    total = len(client.get("/api/events", params={"limit": 500}).json())
    answer = client.post(f"/events/{event['id']}/corrections", headers=BEARER, follow_redirects=False,
                         data={"kind": "hide", "reason": "bukan peristiwa"})
    assert answer.status_code == 303
    ids = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()]
    assert event["id"] not in ids and len(ids) == total - 1
    assert event["id"] not in [e["id"] for e in client.get("/export.json").json()["events"]]
    assert f'id="e{event["id"]}"' not in client.get("/").text
    # the filter is for writers: anyone else asking gets the public view
    assert event["id"] not in [e["id"] for e in client.get("/api/events", params={"limit": 500, "hidden": 1}).json()]
    shown = client.get("/api/events", params={"limit": 500, "hidden": 1}, headers=BEARER).json()
    assert [e["hidden"] for e in shown if e["id"] == event["id"]] == [True]
    assert not html(client.get("/")).select(".show-hidden")
    assert f'id="e{event["id"]}"' not in client.get("/?hidden=1").text
    sign_in(client)
    assert html(client.get("/")).select_one(".show-hidden input[name=hidden]")
    assert f'id="e{event["id"]}"' in client.get("/?hidden=1").text


def test_merging_by_the_api_gives_one_event_with_both_citations_and_undo_parts_them(client):
    first = event_saying(client, "Pertemuan puncak antara kedua pemimpin")
    second = event_saying(client, "meskipun sebelumnya ada yang mengatakan")
    both = len(first["citations"]) + len(second["citations"])
    assert client.post(f"/events/{first['id']}/merge", headers=BEARER, data={"other": str(second["id"])},
                       follow_redirects=False).status_code == 303
    merged = client.get(f"/api/events/{first['id']}").json()
    assert len(merged["citations"]) == both and "citations" in merged["corrected"]
    assert client.get(f"/api/events/{second['id']}").status_code == 404
    correction = html(client.get("/riwayat")).select_one(".correction")["id"].removeprefix("correction-")
    assert client.post(f"/corrections/{correction}/undo", headers=BEARER, follow_redirects=False).status_code == 303
    assert len(client.get(f"/api/events/{first['id']}").json()["citations"]) == len(first["citations"])
    assert len(client.get(f"/api/events/{second['id']}").json()["citations"]) == len(second["citations"])
    assert "undone" in html(client.get("/riwayat")).select_one(".correction")["class"]


def test_merge_candidates_are_found_by_words_or_number(client):
    first = event_saying(client, "Pertemuan puncak antara kedua pemimpin")
    second = event_saying(client, "meskipun sebelumnya ada yang mengatakan")
    sign_in(client)
    page = html(client.get(f"/events/{first['id']}/merge-candidates", params={"merge_q": f"#{second['id']}"}))
    assert [f.select_one("input[name=other]")["value"] for f in page.select("form.merge")] == [str(second["id"])]
    partial = html(client.get(f"/events/{first['id']}/merge-candidates", params={"merge_q": "pertemuan"}, headers=HTMX))
    assert partial.select("form.merge") and not partial.select("header.site")


def test_an_actor_rename_and_removal_from_the_event_page(client):
    event = event_saying(client, "Kementerian Luar Negeri")
    csrf = signed_in_csrf(client, event["id"])
    page = html(client.get(f"/events/{event['id']}"))
    rename = page.select_one("form.actor-rename")
    actor_id = rename["action"].split("/")[2]
    old_name = rename.select_one("input[name=name]")["value"]
    assert client.post(rename["action"], data={"csrf": csrf, "name": "Nama Baru", "next": f"/events/{event['id']}"},
                       follow_redirects=False).status_code == 303
    assert "Nama Baru" in client.get(f"/api/events/{event['id']}").json()["actors"]
    actors = {a["name"]: a for a in client.get("/api/actors").json()}
    assert old_name in actors["Nama Baru"]["aliases"] and old_name not in actors
    remove = html(client.get(f"/events/{event['id']}")).select_one("form.actor-remove")["action"]
    assert client.post(remove, data={"csrf": csrf}, follow_redirects=False).status_code == 303
    after = client.get(f"/api/events/{event['id']}").json()
    assert len(after["actors"]) == len(event["actors"]) - 1 and "actors" in after["corrected"]


def test_bad_correction_input_gets_a_4xx_with_a_message_never_a_500(client):
    event = event_saying(client, "Kim Jong Un tiba di Rusia")
    actor_id = client.get("/api/actors").json()[0]["id"]
    cases = [(f"/events/{event['id']}/split", {}, 400, "Pilih kutipan"),
             (f"/events/{event['id']}/split", {"citation": "999999"}, 400, "Pilih kutipan"),
             (f"/events/{event['id']}/corrections", {"kind": "hide"}, 400, "alasan"),
             (f"/events/{event['id']}/corrections", {"kind": "status", "value": "maybe"}, 400, "status"),
             (f"/events/{event['id']}/corrections", {"kind": "colour"}, 400, "colour"),
             (f"/events/{event['id']}/merge", {"other": str(event["id"])}, 400, "dirinya sendiri"),
             (f"/events/{event['id']}/merge", {"other": "999999"}, 404, "999999"),
             (f"/actors/{actor_id}/rename", {"name": " "}, 400, "tidak boleh kosong"),
             ("/actors/999999/rename", {"name": "X"}, 404, "999999"),
             ("/corrections/999999/undo", {}, 404, "999999")]
    for url, data, status, words in cases:
        answer = client.post(url, data=data, headers=BEARER)
        assert (answer.status_code, words in answer.json()["detail"]) == (status, True), (url, data, answer.text)
    assert html(client.get("/riwayat")).select(".correction") == []
