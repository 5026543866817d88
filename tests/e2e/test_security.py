"""Under the Content-Security-Policy, in the real browser: no page or fragment breaks, and the
console stays clean."""
from __future__ import annotations

import re
import urllib.request

from playwright.sync_api import expect


def watch(page) -> list[str]:
    """Console errors and CSP violations, as they happen."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))")
    return problems


def test_every_response_carries_the_security_headers(server):
    with urllib.request.urlopen(server + "/") as response:
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"]


def test_pages_and_fragments_work_under_the_policy_with_a_clean_console(server, page):
    problems = watch(page)
    page.goto(server + "/")
    expect(page.locator('article.event[data-date="2024-06-19"]')).to_be_visible()
    # an htmx swap: a filter, then a card's evidence
    page.locator("label.facet", has_text="Vladimir Putin").locator("input").check()
    expect(page).to_have_url(re.compile(r"actor=Vladimir"))
    card = page.locator('article.event[data-date="2024-06-19"]')
    card.locator("a.sources").click()
    expect(card.locator("ol.citations a.cite-link").first).to_be_visible()
    card.locator("ol.citations a.cite-link").first.click()
    expect(page.locator("mark.cite:target")).to_have_count(1)
    page.goto(server + "/articles")
    expect(page.locator('main a[href="/articles/new"]')).to_have_count(1)
    page.goto(server + "/articles/new")  # no write token here: the page says how to turn writing on
    expect(page.locator(".writes-off")).to_contain_text("LINIMASA_ADMIN_TOKEN")
    page.goto(server + "/docs")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible(timeout=15000)  # Swagger UI started
    assert problems == [], problems
