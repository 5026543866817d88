"""Helpers for tests that write through the web: sign in, read a form's CSRF token, add articles
and wait (a bounded number of polls) for the worker to finish the job."""
from __future__ import annotations

import time

from bs4 import BeautifulSoup

from tests.conftest import TOKEN

BEARER = {"Authorization": f"Bearer {TOKEN}"}
POLLS = 600  # of 0.05 s: a job the worker never finishes fails the test instead of hanging it


def sign_in(client, token: str = TOKEN):
    return client.post("/login", data={"token": token}, follow_redirects=False)


def csrf_of(client, url: str = "/articles/new") -> str:
    page = BeautifulSoup(client.get(url).text, "html.parser")
    return page.select_one('form input[name="csrf"]')["value"]


def wait_for_job(client, location: str) -> dict:
    job_id = int(location.rsplit("/", 1)[1])
    for _ in range(POLLS):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def add_articles(client, files=None, **fields) -> dict:
    """Files (as httpx takes them) and form fields posted as an API client would (the bearer
    token); the finished job."""
    response = client.post("/articles", files=files or None, data=fields or None, headers=BEARER,
                           follow_redirects=False)
    assert response.status_code == 303, response.text[:500]
    return wait_for_job(client, response.headers["location"])
