"""Search loads when a learner opens it, not with every page (partials/lazy-search.html).

Material fetches the whole search index and its search worker as soon as a page loads. Ours
wait until the learner opens search: a tap on the search icon, a click in the search field, or
Material's keyboard shortcut. Then search works as Material's does.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import DESKTOP, PHONE, visit

SEARCH_FILES = ("/search/search_index.json", "/assets/javascripts/workers/search.")
PAGES = ["", "lessons/when-you-dont-get-the-job/", "workcom/week-2/", "404.html"]


def search_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if any(part in url for part in SEARCH_FILES)]


def open_page(browser, base_url, path, viewport, slow_down: int = 1):
    """The page, opened with `visit`, on a CPU `slow_down` times slower (1: this machine)."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    if slow_down > 1:
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": slow_down})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    visit(page, base_url + path)
    return context, page, requests


def search_finds_a_page(page) -> None:
    page.keyboard.type("feedback")
    found = page.locator(".md-search-result__item mark").first  # the word, highlighted
    found.wait_for()
    assert found.inner_text().lower() == "feedback"


@pytest.mark.parametrize("path", PAGES)
def test_a_page_load_fetches_neither_the_search_index_nor_its_worker(browser, base_url, path):
    context, page, requests = open_page(browser, base_url, path, PHONE)
    page.wait_for_timeout(500)
    assert search_requests(requests) == []
    assert page.locator('[data-md-component="search"]').count() == 1  # search is still there
    context.close()


def press_slash(page) -> None:
    page.keyboard.press("/")


def tap_the_icon(page) -> None:
    page.locator('label.md-header__button[for="__search"]').click()


def click_the_field(page) -> None:
    page.locator("input.md-search__input").click()


@pytest.mark.parametrize(
    "path, viewport, open_search",
    [
        (PAGES[1], DESKTOP, press_slash),
        (PAGES[2], PHONE, tap_the_icon),
        (PAGES[0], DESKTOP, click_the_field),
    ],
    ids=["keyboard shortcut", "icon on a phone", "field on a computer"],
)
def test_opening_search_loads_it_once_and_it_finds_pages(
    browser, base_url, path, viewport, open_search
):
    context, page, requests = open_page(browser, base_url, path, viewport)
    open_search(page)
    search_finds_a_page(page)
    assert len(search_requests(requests)) == 2  # the index and the worker, each once
    context.close()


def test_the_keyboard_shortcut_works_as_soon_as_a_slow_phone_has_loaded_the_page(browser, base_url):
    """On a CPU six times slower the page takes seconds to parse after its last file came; the
    shortcut works once it has loaded (a test that pressed it at network quiet timed out)."""
    context, page, requests = open_page(browser, base_url, PAGES[1], PHONE, slow_down=6)
    press_slash(page)
    search_finds_a_page(page)
    assert len(search_requests(requests)) == 2
    context.close()


def test_other_workers_are_left_alone(browser, base_url):
    context, page, _ = open_page(browser, base_url, PAGES[0], DESKTOP)
    answer = page.evaluate(
        """() => new Promise(resolve => {
          const source = URL.createObjectURL(new Blob(["postMessage(6 * 7)"]));
          const worker = new Worker(source);
          worker.onmessage = event => resolve([event.data, worker instanceof Worker]);
        })"""
    )
    assert answer == [42, True]
    context.close()
