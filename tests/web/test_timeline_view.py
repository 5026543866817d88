"""The timeline as a reader meets it (issue 12's fixes): titles and previews, refusals in the
page's language, counts in the right number, the sort switch; read with CSS selectors."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from .writing import add_articles

HTMX = {"HX-Request": "true"}
ENGLISH = {"lang": "en"}


def soup(response, status: int = 200) -> BeautifulSoup:
    assert response.status_code == status, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def og(page: BeautifulSoup) -> dict[str, str]:
    return {m["property"]: m["content"] for m in page.select('meta[property^="og:"]')}


def test_each_page_title_says_what_is_shown_and_carries_open_graph(client):
    page = soup(client.get("/?actor=Vladimir+Putin&from=2024&to=2024"))
    assert page.title.get_text() == "Vladimir Putin, 2024 - Linimasa"
    tags = og(page)
    assert tags["og:title"] == "Vladimir Putin, 2024 - Linimasa"
    assert tags["og:type"] == "website" and tags["og:url"].endswith("/?actor=Vladimir+Putin&from=2024&to=2024")
    assert tags["og:description"].startswith(page.select_one(".summary-line strong").get_text())
    assert soup(client.get("/")).title.get_text() == "Lini masa - Linimasa"

    # an htmx swap carries the new title, which htmx puts on the document
    fragment = soup(client.get("/?from=2023-09&to=2024", headers=HTMX))
    assert fragment.select_one("title").get_text() == "September 2023–2024 - Linimasa"

    event_id = page.select_one("article.event")["id"][1:]
    event = soup(client.get(f"/events/{event_id}"))
    assert event.title.get_text().endswith(" - Linimasa") and ": " in event.title.get_text()
    assert og(event)["og:type"] == "article" and og(event)["og:url"].endswith(f"/events/{event_id}")
    for path in ("/articles", "/articles/new", "/login", "/articles/1"):
        tags = og(soup(client.get(path)))
        assert {"og:title", "og:description", "og:type", "og:url"} <= tags.keys(), path
        assert tags["og:title"] != "Linimasa", path  # each names its page
    refused = soup(client.get("/?from=kemarin+lusa"), 400)
    assert {"og:title", "og:description", "og:type", "og:url"} <= og(refused).keys()


def test_a_refused_filter_speaks_the_pages_language_and_names_its_field(client):
    indonesian = soup(client.get("/?from=kemarin+lusa", headers=HTMX), 400)
    error = indonesian.select_one(".error")
    assert error["data-field"] == "from"
    assert error.select_one("p").get_text() == ("'Dari' bukan tanggal yang dikenali Linimasa: 'kemarin lusa' "
                                                "(coba 2023-09, Juni 2024, 2019 atau 11/9/2023)")
    client.cookies.update(ENGLISH)
    english = soup(client.get("/?from=kemarin+lusa", headers=HTMX), 400)
    assert english.select_one(".error p").get_text().startswith("'From' is not a date Linimasa understands")
    client.cookies.clear()
    # the API keeps its one (English) wording
    assert client.get("/api/events?from=kemarin+lusa").json()["detail"].startswith("'from' is not a date")


def test_a_malformed_parameter_is_worded_in_indonesian(client):
    error = soup(client.get("/?limit=banyak"), 422).select_one(".error")
    assert error["data-field"] == "limit"
    assert error.select_one("p").get_text() == "'jumlah per halaman' harus bilangan bulat, bukan 'banyak'"


def test_counts_take_the_number_of_their_noun_in_english(client):
    client.cookies.update(ENGLISH)
    page = soup(client.get("/"))
    counts = [a.get_text(" ", strip=True) for a in page.select("a.sources")]
    assert "1 source" in counts and "1 sources" not in counts
    assert any(c.endswith(" sources") and not c.startswith("1 ") for c in counts)
    one = soup(client.get("/?from=2024-06-19&to=2024-06-19&actor=Vladimir+Putin"))
    assert one.select_one(".summary-line").get_text(" ", strip=True).startswith("1 event ")
    client.cookies.clear()
    assert "1 sumber" in [a.get_text(" ", strip=True) for a in soup(client.get("/")).select("a.sources")]


def _dates(page: BeautifulSoup) -> list[str]:
    return [t["datetime"] for t in page.select("article.event time[datetime]")]


def _sources(page: BeautifulSoup) -> list[int]:
    return [int(a.get_text(strip=True).split()[0]) for a in page.select("a.sources")]


def test_the_sort_switch_orders_oldest_newest_or_most_cited_first(client):
    oldest = soup(client.get("/?limit=500"))
    assert _dates(oldest) == sorted(_dates(oldest))
    assert oldest.select_one('nav.sort a[aria-current="true"]').get_text() == "terlama dulu"

    newest = soup(client.get("/?sort=newest&limit=500"))
    assert _dates(newest) == sorted(_dates(oldest), reverse=True)
    headings = [h.get_text() for h in newest.select("section.group h2")]
    assert headings == [h.get_text() for h in oldest.select("section.group h2")][::-1]
    assert newest.select_one('nav.sort a[aria-current="true"]')["href"] == "/?sort=newest"
    # the filters keep the sort, and so does "load more"
    assert newest.select_one('input[type="hidden"][name="sort"]')["value"] == "newest"

    cited = soup(client.get("/?sort=sources&limit=500"))
    assert _sources(cited) == sorted(_sources(oldest), reverse=True)
    assert not cited.select("section.group h2")  # not in date order: no month headings
    paged = soup(client.get("/?sort=sources&limit=2"))
    assert "sort=sources" in paged.select_one(".load-more a")["hx-get"]
    second = soup(client.get("/events/page?sort=sources&limit=2&offset=2", headers=HTMX))
    assert _sources(paged) + _sources(second) == _sources(cited)[:4]


def test_a_bad_sort_is_a_clear_400(client):
    refused = soup(client.get("/?sort=random"), 400)
    assert refused.select_one(".error")["data-field"] == "sort" and "random" in refused.get_text()
    assert client.get("/api/events?sort=random").status_code == 400
    newest = client.get("/api/events?sort=newest").json()
    assert [e["start_date"] for e in newest] == sorted((e["start_date"] for e in newest), reverse=True)


def _facet_names(page: BeautifulSoup) -> list[str]:
    return [i["value"] for i in page.select('#actor-facet input[name="actor"]')]


def test_the_actor_facet_searches_and_shows_all(client):
    top = soup(client.get("/"))
    assert top.select_one("#facet.facet-search")["hx-get"] == "/actors/facet"
    found = soup(client.get("/actors/facet?facet=PUTI", headers=HTMX))
    assert found.select_one("html") is None and _facet_names(found) == ["Vladimir Putin"]
    # the current filters still apply
    assert soup(client.get("/actors/facet?facet=nobody-by-this-name", headers=HTMX)).select_one(".facet-none")
    narrowed = soup(client.get("/actors/facet?facet=putin&from=1950&to=1951", headers=HTMX))
    assert _facet_names(narrowed) == []
    in_2024 = soup(client.get("/actors/facet?facet=kim&from=2024&to=2024", headers=HTMX))
    assert _facet_names(in_2024) == ["Kim Jong Un"]
    # the page itself shows the same list, so the URL holds the facet's state; a plain GET goes there
    assert _facet_names(soup(client.get("/?facet=puti"))) == ["Vladimir Putin"]
    plain = client.get("/actors/facet?facet=puti&actor=Kim+Jong+Un", follow_redirects=False)
    assert plain.status_code == 303 and plain.headers["location"] == "/?actor=Kim+Jong+Un&facet=puti"
    everyone = soup(client.get("/?all_actors=1"))
    assert set(_facet_names(top)) <= set(_facet_names(everyone))
    in_events = [a for a in client.get("/api/actors").json() if a["event_count"]]
    assert len(_facet_names(everyone)) == len(in_events)


def test_the_facet_searches_and_shows_all_from_the_pages_counts_without_counting_links_again(client):
    from sqlalchemy import event
    # counting every link of the filter's events per keystroke cost 120 ms (most actors matching) to
    # 700 ms ("show all") at 1,000,000 events; the page that shows the facet has counted them already
    for params in ("", "from=2023&to=2024&"):
        page = soup(client.get(f"/?{params}all_actors=1"))
        everyone = _facet_names(page)
        statements: list[str] = []

        def seen(_conn, _cursor, statement, *_):
            statements.append(statement)

        engine = client.app.state.engine
        event.listen(engine, "before_cursor_execute", seen)
        try:
            shown_all = _facet_names(soup(client.get(f"/actors/facet?{params}all_actors=1", headers=HTMX)))
            searched = _facet_names(soup(client.get(f"/actors/facet?{params}facet=i", headers=HTMX)))
            top = _facet_names(soup(client.get(f"/actors/facet?{params}", headers=HTMX)))
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        assert shown_all == everyone and top == everyone[:len(top)] and top
        assert searched and set(searched) <= set(everyone)
        assert statements and not [s for s in statements if "event_actor" in s], statements


def test_the_facet_counts_again_after_a_commit(client):
    before = soup(client.get("/actors/facet?facet=putin", headers=HTMX)).select_one("#actor-facet .count").get_text()
    engine = client.app.state.engine
    from sqlalchemy import text
    with engine.begin() as conn:
        putin = conn.execute(text("SELECT id FROM actor WHERE name = 'Vladimir Putin'")).scalar_one()
        event_id = conn.execute(text("SELECT min(event_id) FROM event_actor WHERE actor_id = :a"),
                                {"a": putin}).scalar_one()
        conn.execute(text("DELETE FROM event_actor WHERE event_id = :e AND actor_id = :a"), {"e": event_id, "a": putin})
    after = soup(client.get("/actors/facet?facet=putin", headers=HTMX)).select_one("#actor-facet .count").get_text()
    assert int(after) == int(before) - 1


def test_show_all_appears_when_the_facet_holds_only_the_top_actors(client, monkeypatch):
    from app.store import timeline
    from app.web import actors, events
    for module in (timeline, events, actors):
        monkeypatch.setattr(module, "FACETS_SHOWN", 3)
    page = soup(client.get("/?from=2024"))
    link = page.select_one("#actor-facet a.show-all")
    assert link["href"] == "/?from=2024&all_actors=1"
    assert link["hx-get"] == "/actors/facet?from=2024&all_actors=1"
    shown = _facet_names(page)
    every = _facet_names(soup(client.get(link["hx-get"], headers=HTMX)))
    assert set(shown) <= set(every) and len(every) > len(shown)


def test_bad_facet_parameters_are_clear_4xx(client):
    assert client.get("/?all_actors=maybe").status_code == 400
    assert client.get("/actors/facet?facet=" + "x" * 101, headers=HTMX).status_code == 400


def test_search_words_are_marked_on_the_cards(client):
    page = soup(client.get("/?q=pyongyang"))
    cards = page.select("article.event")
    assert cards and all(c.select_one("p.summary mark.hit") for c in cards)
    assert {m.get_text().lower() for m in page.select("p.summary mark.hit")} == {"pyongyang"}
    assert not soup(client.get("/")).select("p.summary mark.hit")


def test_a_word_only_an_articles_uncited_text_holds_links_to_the_article(client):
    page = soup(client.get("/?q=Moskow"))
    assert page.select("article.event") == []  # no cited passage says it
    hits = page.select(".article-hits li")
    assert hits and all(re.fullmatch(r"/articles/\d+", li.select_one("a")["href"]) for li in hits)
    assert all(li.select_one(".snippet mark.hit").get_text() == "Moskow" for li in hits)
    assert page.select_one(".article-hits summary").get_text().startswith(f"Juga disebut di {len(hits)} artikel")


def test_articles_whose_matches_are_all_cited_are_not_listed_again(empty_client):
    # the title line is not cited: its words are outside every citation
    text = "Catatan redaksi tentang gempa\nGempa bermagnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022).".encode()
    assert add_articles(empty_client, {"files": ("gempa.txt", text, "text/plain")})["status"] == "done"
    cited = soup(empty_client.get("/?q=mengguncang"))
    assert cited.select("article.event") and not cited.select(".article-hits li")
    uncited = soup(empty_client.get("/?q=redaksi"))
    assert [li.select_one("a").get_text() for li in uncited.select(".article-hits li")] == \
        ["Catatan redaksi tentang gempa"]
