"""Smoke test: pages in Chromium, at phone and desktop width, stay on our origin without errors."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import DESKTOP, PHONE

PAGES = ["", "lessons/when-you-dont-get-the-job/"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", PAGES, ids=["home", "lesson"])
def test_page_loads_without_other_origins_or_console_errors(browser, base_url, path, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    response = page.goto(base_url + path, wait_until="networkidle")

    assert response is not None and response.ok
    assert page.locator("h1").count() == 1
    origin = urlsplit(base_url).netloc
    foreign = [
        url
        for url in requests
        if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and urlsplit(url).netloc != origin
    ]
    assert foreign == []
    assert len(requests) > 3, "the page fetched almost nothing: the check would prove nothing"
    assert errors == []
    context.close()
