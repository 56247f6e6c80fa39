"""An instructor's own colours (`theme.palette` in mkdocs.yml) in Chromium: a copy of the site
built with a brown primary, as a fork that changes the look would have it (a colour that fails
WCAG AA, such as teal, stops the build: tests/site/test_palette_build.py)."""

from __future__ import annotations

import colorsys
import functools
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from tests.browser.conftest import CONTRAST, PHONE, QuietHandler
from tests.conftest import build_site
from tests.support.project import copy_project, replace_in

LESSON = "lessons/when-you-dont-get-the-job/"


@pytest.fixture(scope="module")
def brown_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with `primary: brown` in both palettes, served on a free port."""
    root = tmp_path_factory.mktemp("brown")
    config = copy_project(root)
    for accent in ("indigo", "light blue"):
        replace_in(
            config,
            f"primary: indigo\n      accent: {accent}",
            f"primary: brown\n      accent: {accent}",
        )
    result = build_site(root / "site", config)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(QuietHandler, directory=str(root / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def hue(rgb: list[float]) -> float:
    return colorsys.rgb_to_hsv(*(v / 255 for v in rgb[:3]))[0] * 360


# The primary colour, and each outlined button's colour and border, with its contrast to the page.
OUTLINED = f"""() => {{
  {CONTRAST}
  const page = over(rgba(getComputedStyle(document.body).backgroundColor), [255, 255, 255]);
  const probe = document.createElement('i');
  probe.style.color = 'var(--md-primary-fg-color)';
  document.body.append(probe);
  const primary = rgba(getComputedStyle(probe).color);
  const colour = (name, b, prop) => {{
    const c = over(rgba(getComputedStyle(b)[prop]), page);
    return [name + ' ' + prop, c, Math.round(ratio(c, page) * 10) / 10];
  }};
  const open = document.querySelector('.wc-letter__open');
  const quiz = document.querySelector('.wc-quiz__btn:not(.wc-quiz__check)');
  return [primary, [colour('Make it yours', open, 'color'), colour('Make it yours', open,
    'borderTopColor'), colour(quiz.textContent, quiz, 'borderTopColor')]];
}}"""


def test_outlined_buttons_on_the_dark_palette_take_the_sites_own_primary_colour(browser, brown_url):
    """They were a fixed light indigo (#c5cae9): on a brown site, the one thing still indigo."""
    context = browser.new_context(viewport=PHONE, color_scheme="dark")
    page = context.new_page()
    page.goto(brown_url + LESSON)
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    primary, buttons = page.evaluate(OUTLINED)
    assert abs(hue(primary) - 16) < 5  # Material's brown, #795649
    off = [(name, round(hue(c)), ratio) for name, c, ratio in buttons]
    assert [b for b in off if abs(b[1] - hue(primary)) > 10 or b[2] < 4.5] == [], off
    context.close()
