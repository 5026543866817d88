"""HTML pages, read with CSS selectors: the timeline, its htmx fragments, events, articles."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from .writing import add_articles
from tests.conftest import POSTGRES_URL

HTMX = {"HX-Request": "true"}


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def test_timeline_shows_the_seed_events_grouped_by_year_and_month(client):
    page = soup(client.get("/"))
    dates = [t["data-value"] for t in page.select("article.event time")]
    assert "2023-09-11" in dates and "2024-06-19" in dates
    headings = [h.get_text(strip=True) for h in page.select("section.group h2")]
    assert "September 2023" in headings and "Juni 2024" in headings
    card = page.select_one('article.event[data-date="2024-06-19"]')
    assert "Vladimir Putin" in [a.get_text(strip=True) for a in card.select(".actors .chip")]
    assert card.select_one("a.sources")["href"].startswith("/events/")
    assert page.select_one('script[src^="/static/htmx-"]') is not None
    assert page.select(".histogram a.bar")


def test_htmx_gets_only_the_partial_the_page_includes(client):
    full = soup(client.get("/?actor=Vladimir+Putin"))
    fragment = soup(client.get("/?actor=Vladimir+Putin", headers=HTMX))
    assert fragment.select_one("html") is None and fragment.select_one("header.site") is None
    assert [t["data-value"] for t in fragment.select("article.event time")] == \
        [t["data-value"] for t in full.select("#results article.event time")]
    restore = soup(client.get("/", headers={**HTMX, "HX-History-Restore-Request": "true"}))
    assert restore.select_one("header.site") is not None


def test_the_period_chip_names_one_period_once(client):
    def chips(url):
        return [a.get_text(" ", strip=True) for a in soup(client.get(url)).select(".summary-line .chip")]

    assert chips("/?from=2024&to=2024") == ["2024 ✕"]
    assert chips("/?from=2023-09&to=2024") == ["September 2023 – 2024 ✕"]
    assert chips("/?from=2023-09") == ["September 2023 – … ✕"]


def test_filter_state_lives_in_the_url(client):
    page = soup(client.get("/?actor=Vladimir+Putin&from=2024&to=2024&status=happened"))
    assert page.select_one('input[name="actor"][value="Vladimir Putin"]').has_attr("checked")
    assert page.select_one("#from")["value"] == "2024"
    assert page.select_one('#status option[value="happened"]').has_attr("selected")
    assert {t["data-value"] for t in page.select("article.event time")} == {"2024-06-18", "2024-06-19"}


def test_search_highlights_matches_in_the_evidence(client):
    page = soup(client.get("/?q=pyongyang&from=2024"))
    event_id = page.select_one("article.event")["id"][1:]
    evidence = soup(client.get(f"/events/{event_id}?q=pyongyang", headers=HTMX))
    # every cited passage that holds the word has it marked, and nothing else is
    quotes = evidence.select("ol.citations blockquote")
    assert {m.get_text() for m in evidence.select("mark.hit")} == {"Pyongyang"}
    assert all(("Pyongyang" in q.get_text()) == bool(q.select("mark.hit")) for q in quotes)
    assert evidence.select_one("mark.date").get_text() == "Rabu pagi (19 Juni 2024)"


def test_event_page_is_a_permanent_url_with_its_evidence(client):
    event = next(e for e in client.get("/api/events", params={"from": "2019", "to": "2019"}).json())
    page = soup(client.get(f"/events/{event['id']}"))
    links = [a["href"] for a in page.select("ol.citations a.cite-link")]
    assert len(links) == 3 and all(re.fullmatch(r"/articles/\d+#c\d+", href) for href in links)


def test_article_page_marks_the_cited_passage_and_every_date(client):
    event = client.get("/api/events", params={"from": "2024-06-19", "to": "2024-06-19"}).json()[0]
    citation = event["citations"][0]
    page = soup(client.get(f"/articles/{citation['article_id']}"))
    mark = page.select_one(f"mark.cite#c{citation['id']}")
    assert mark.get_text() == citation["quote"].replace("\u00a0", " ") or mark.get_text().startswith("Presiden Rusia")
    timex = mark.select_one(".timex")
    assert timex["tabindex"] == "0" and timex["data-value"] == "2024-06-19"
    assert "2024-06-19" in timex.select_one(".tip").get_text()


def test_dense_month_collapses_into_a_more_row(client):
    client.app.state.settings.dense_group = 2
    page = soup(client.get("/"))
    more = page.select_one("a.more-group")
    assert more is not None and "September 2023" in more.get_text()
    assert "from=2023-09" in more["href"] and "to=2023-09" in more["href"]


def test_the_list_loads_page_by_page_without_gaps_or_repeats(client):
    client.app.state.settings.page_size = 5
    expected = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()]
    page = soup(client.get("/"))
    assert page.select_one(".summary-line strong").get_text() == str(len(expected))
    seen = [int(card["id"][1:]) for card in page.select("article.event")]
    assert len(seen) == 5
    # without JavaScript the link is a whole page at the next offset
    more = page.select_one(".load-more a")
    plain = soup(client.get(more["href"]))
    assert [int(c["id"][1:]) for c in plain.select("article.event")] == expected[5:10]
    # with htmx the next page arrives as a fragment, on click or when scrolled into view
    while more is not None:
        assert "revealed" in more["hx-trigger"]
        assert f"({len(expected) - len(seen)})" in more.get_text()
        fragment = soup(client.get(more["hx-get"], headers=HTMX))
        assert fragment.select_one("header.site") is None
        cards = [int(card["id"][1:]) for card in fragment.select("article.event")]
        assert 1 <= len(cards) <= 5
        seen += cards
        more = fragment.select_one(".load-more a")
    assert seen == expected


def test_english_labels_are_remembered(client):
    response = client.get("/lang?to=en&next=/", follow_redirects=False)
    assert response.status_code == 303 and response.cookies.get("lang") == "en"
    page = soup(client.get("/", cookies={"lang": "en"}))
    assert page.select_one("html")["lang"] == "en"
    assert "June 2024" in [h.get_text(strip=True) for h in page.select("section.group h2")]
    assert client.get("/lang?to=en&next=//evil.example", follow_redirects=False).headers["location"] == "/"


def test_bad_filter_on_the_page_is_a_clear_400(client):
    response = client.get("/?from=besok+lusa+depan")
    assert response.status_code == 400 and "from" in response.text


def test_hostile_article_text_is_shown_escaped(empty_client):
    hostile = ("Judul <script>alert('x')</script>\nWarga <b>protes</b> pada 19 Juni 2024 di Jakarta. "
               "<img src=x onerror=alert(1)>").encode()
    assert add_articles(empty_client, {"files": ("hostile.txt", hostile, "text/plain")})["status"] == "done"
    article = empty_client.get("/api/articles").json()[0]
    page = soup(empty_client.get(f"/articles/{article['id']}"))
    assert page.select("script:not([src])") == [] and page.select("img") == [] and page.select("article b") == []
    assert "<script>alert('x')</script>" in page.select_one(".article-text").get_text()
    timeline = soup(empty_client.get("/"))
    assert timeline.select("article.event b") == []


def test_upload_refuses_bad_files_clearly(empty_client):
    files = [("files", ("empty.txt", b"", "text/plain")), ("files", ("bin.txt", b"\x00\x01\x02", "text/plain"))]
    job = add_articles(empty_client, files)
    page = soup(empty_client.get(f"/jobs/{job['id']}"))
    assert [li.select_one(".refused").get_text(" ", strip=True) for li in page.select("li.job-file")] == \
        ["ditolak: berkasnya kosong", "ditolak: berkas biner (berisi byte NUL), bukan teks artikel"]
    assert empty_client.get("/api/articles").json() == []


def test_an_upload_shows_at_once_on_a_timeline_seen_before(client):
    before = soup(client.get("/?from=2025&to=2025"))  # counted, and so cached
    assert before.select("article.event") == []
    article = "Uji Coba\nJakarta, Senin (3/3/2025) - Presiden Prabowo Subianto meresmikan bendungan baru di Jawa Tengah."
    assert add_articles(client, {"files": ("baru.txt", article.encode(), "text/plain")})["status"] == "done"
    after = soup(client.get("/?from=2025&to=2025"))
    assert [t["data-value"] for t in after.select("article.event time")] == ["2025-03-03"]
    assert after.select_one(".summary-line strong").get_text() == "1"
    assert "Prabowo Subianto" in [label.get_text(" ", strip=True) for label in after.select(".facets label")][0]


def test_every_response_reports_its_server_time(client):
    for url in ("/", "/?actor=Kim+Jong+Un", "/api/events", "/healthz", "/nowhere"):
        assert re.fullmatch(r"app;dur=\d+\.\d", client.get(url).headers["Server-Timing"]), url


def test_a_zoom_too_fine_for_the_timeline_steps_out(client):
    page = soup(client.get("/?zoom=day"))  # seventy years of days would be thousands of bars
    assert page.select_one('.zoom a[aria-current="true"]').get_text(strip=True) == "tahun"
    assert len(page.select(".histogram a.bar")) <= 240
    narrow = soup(client.get("/?from=2023-09&to=2023-09&zoom=day"))
    assert narrow.select_one('.zoom a[aria-current="true"]').get_text(strip=True) == "hari"


def test_zoom_day_holds_over_a_short_period_that_an_old_long_event_overlaps(client):
    # the war of 1950/1953 overlaps January 1953 and began years before: the days of the period
    # are still the bars, not months (or one bar for 1950)
    page = soup(client.get("/?from=1953-01&to=1953-02&zoom=day"))
    assert page.select_one('.zoom a[aria-current="true"]').get_text(strip=True) == "hari"
    values = [a["data-value"] for a in page.select(".histogram a.bar")]
    assert values[0] == "1953-01-01" and values[-1] == "1953-02-28" and len(values) == 59
    assert page.select_one('.histogram a.bar[data-value="1953-01-01"]')["aria-label"].endswith(": 2 peristiwa")


def test_histogram_bars_are_drawn_to_scale(client):
    from datetime import date
    for url in ("/?from=2024-06&to=2024-06&zoom=day", "/?from=1953-01&to=1953-02&zoom=day"):
        page = soup(client.get(url))
        xs = {a["data-value"]: float(a.select_one("rect")["x"]) for a in page.select(".histogram a.bar")}
        first = min(xs)
        step = (max(xs.values()) - xs[first]) / (date.fromisoformat(max(xs)) - date.fromisoformat(first)).days
        for value, x in xs.items():  # each bar where its day is, whatever lies between
            assert abs(x - xs[first] - (date.fromisoformat(value) - date.fromisoformat(first)).days * step) < 0.01
        filled = [a for a in page.select(".histogram a.bar") if float(a.select_one("rect")["height"]) > 0]
        assert len(filled) < len(xs)  # the empty days between the events are there, as gaps


def test_a_filtered_year_shows_its_twelve_months(client):
    page = soup(client.get("/?actor=Vladimir+Putin&from=2024&to=2024"))
    bars = [(a["data-value"], a["aria-label"]) for a in page.select(".histogram a.bar")]
    assert [value for value, _ in bars] == [f"2024-{m:02d}" for m in range(1, 13)]
    assert bars[5][1].startswith("Juni 2024: 3") and bars[0][1].startswith("Januari 2024: 0")


QUAKE_REPORTS = [
    ("kompas.txt", "Gempa Cianjur\nCIANJUR, KOMPAS.com - Gempa magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, "
                   "pada Senin (21/11/2022) siang. Korban meninggal dunia mencapai 62 orang."),
    ("antara.txt", "Gempa di Cianjur\nCianjur (ANTARA) - Gempa bumi berkekuatan M5,6 mengguncang Cugenang, Cianjur, "
                   "Senin, 21 November 2022. Sebanyak 162 orang meninggal dunia akibat gempa itu."),
    ("tempo.txt", "Banjir\nTEMPO.CO, Jakarta - Banjir merendam Kemang pada Senin, 21 November 2022."),
]


def test_one_quake_from_two_outlets_is_one_key_moment_and_its_toll_shows_the_disagreeing_counts(empty_client):
    files = [("files", (name, text.encode(), "text/plain")) for name, text in QUAKE_REPORTS]
    assert add_articles(empty_client, files)["status"] == "done"
    events = empty_client.get("/api/events", params={"limit": 500}).json()
    quake, = [e for e in events if e["event_type"] == "disaster" and e["place"] == "Cianjur"]
    assert quake["outlet_count"] == 2 and {c["outlet"] for c in quake["citations"]} == {"Kompas.com", "ANTARA"}
    # the toll is a card of its own, where the sources' counts meet and disagree
    toll, = [e for e in events if e["event_type"] == "casualties"]
    assert toll["outlet_count"] == 2 and toll["id"] != quake["id"]
    flag, = [f for f in toll["flags"] if f["kind"] == "figures_disagree"]
    assert flag["detail"] == "sumber menyebut 62, 162 meninggal"
    # key moments: told by two or more outlets, in the URL like every filter (the flood, told once, is not)
    page = soup(empty_client.get("/?moments=1"))
    assert sorted(a["id"] for a in page.select("article.event")) == sorted([f"e{quake['id']}", f"e{toll['id']}"])
    # the toll's card itself says the sources disagree, and how
    assert page.select_one(f'article#e{toll["id"]} .flag-figures_disagree').get_text(strip=True) == \
        "⚠ sumber menyebut 62, 162 meninggal"
    assert page.select_one('input[name="moments"][value="1"]').has_attr("checked")
    assert len(soup(empty_client.get("/")).select("article.event")) > 2
    # the event page says why the two reports are one happening
    evidence = soup(empty_client.get(f"/events/{quake['id']}"))
    why = evidence.select_one("details.why")
    assert why is not None and "Cianjur" in why.get_text() and "disaster" in why.get_text()
    assert "62, 162" in soup(empty_client.get(f"/events/{toll['id']}")).select_one(".flag-detail").get_text()


def test_a_bad_moments_parameter_is_a_400(client):
    assert client.get("/api/events", params={"moments": "maybe"}).status_code == 400


def test_the_article_page_and_each_citation_show_the_source(empty_client):
    note = ("---\ntitle: Gempa Cianjur\noutlet: Kompas.com\nurl: https://www.kompas.com/gempa\n"
            "published: 21/11/2022\n---\nGempa magnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022) siang.\n")
    hostile = ("---\ntitle: Jahat\nurl: javascript:alert(1)\n---\n"
               "Banjir merendam Kemang pada Selasa (22/11/2022).\n")
    files = [("files", ("gempa.md", note.encode(), "text/markdown")),
             ("files", ("jahat.md", hostile.encode(), "text/markdown"))]
    assert add_articles(empty_client, files)["status"] == "done"
    articles = empty_client.get("/api/articles").json()
    quake = next(a for a in articles if a["title"] == "Gempa Cianjur")
    page = soup(empty_client.get(f"/articles/{quake['id']}"))
    link = page.select_one("a.source-url")
    assert link["href"] == "https://www.kompas.com/gempa" and link["rel"] == ["noopener", "noreferrer"]
    assert "Kompas.com" in page.select_one(".meta").get_text()
    event = next(e for e in empty_client.get("/api/events").json() if e["event_type"] == "disaster")
    evidence = soup(empty_client.get(f"/events/{event['id']}"))
    assert evidence.select_one(".citations a.source-url")["href"] == "https://www.kompas.com/gempa"
    assert evidence.select_one(".citations time.published")["datetime"] == "2022-11-21"
    # a URL that is not a web address is shown as text, never linked
    other = next(a for a in articles if a["title"] == "Jahat")
    assert soup(empty_client.get(f"/articles/{other['id']}")).select("a.source-url") == []


def test_hostile_uploads_a_script_carrying_page_and_a_path_traversal_name(empty_client, tmp_path):
    page_html = ("<html><head><title>Banjir</title><script>alert('x')</script></head><body><article>"
                 "<p>Banjir merendam Kemang, Jakarta Selatan, pada Senin (2/10/2023) pagi hingga siang hari.</p>"
                 "<p onclick=\"alert(1)\">Warga mengungsi ke masjid terdekat dan menunggu air surut sore itu.</p>"
                 "</article></body></html>")
    files = [("files", ("../../etc/banjir.html", page_html.encode(), "text/html"))]
    assert add_articles(empty_client, files)["status"] == "done"
    article, = empty_client.get("/api/articles").json()
    assert article["source_name"] == "../../etc/banjir.html"  # a name only: nothing is written by it
    assert not (tmp_path.parent / "etc" / "banjir.html").exists()
    shown = soup(empty_client.get(f"/articles/{article['id']}"))
    assert "alert" not in shown.select_one(".article-text").get_text()  # the page's script is not its text
    assert shown.select("script:not([src])") == [] and shown.select("[onclick]") == []


def test_a_bar_of_one_event_says_one_event_in_english(client):
    client.cookies.update({"lang": "en"})
    labels = [a["aria-label"] for url in ("/?actor=Vladimir+Putin&from=2024&to=2024", "/?zoom=year", "/?zoom=month")
              for a in soup(client.get(url)).select(".histogram a.bar")]
    assert any(label.endswith(": 1 event") for label in labels)
    assert not any(label.endswith(" 1 events") for label in labels)


def test_a_hostile_quote_is_escaped_around_its_highlighted_search_words(empty_client):
    text = 'Putin <b onmouseover="x()">tiba</b> & disambut di Pyongyang pada Rabu (19/6/2024), kata putinis.'
    assert add_articles(empty_client, {"files": ("a.txt", text.encode(), "text/plain")})["status"] == "done"
    event_id = soup(empty_client.get("/?q=putin+tiba")).select_one("article.event")["id"][1:]
    response = empty_client.get(f"/events/{event_id}", params={"q": "putin tiba"}, headers=HTMX)
    assert "<b " not in response.text and '&lt;b onmouseover=' in response.text and "&amp; disambut" in response.text
    marked = [m.get_text() for m in soup(response).select("blockquote mark.hit")]
    assert marked[:2] == ["Putin", "tiba"]
    if POSTGRES_URL:  # ts_headline marks what the search matched: whole words, the last as a prefix
        assert marked == ["Putin", "tiba"]
