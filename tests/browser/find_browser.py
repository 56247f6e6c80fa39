"""Find a Chromium for the browser tests, or install one, or say how to get one.

Order: $CHROMIUM_PATH; Debian's /usr/bin/chromium (or chromium on PATH); Playwright's own
download; then `python -m playwright install chromium`. `--ensure` runs the whole chain and
prints the path, or exits 1 with one line that says what to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HOW_TO_GET_ONE = (
    "No Chromium found for the browser tests. Install one: `sudo apt-get install chromium` "
    "(Debian/Ubuntu) or `.venv/bin/python -m playwright install chromium`, "
    "or set CHROMIUM_PATH to a Chromium or Chrome executable."
)

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# Flags that keep a headless Chromium quiet and offline (no background requests to Google).
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _executable(path: str | os.PathLike[str] | None) -> Path | None:
    if path and Path(path).is_file() and os.access(path, os.X_OK):
        return Path(path)
    return None


def system_chromium() -> Path | None:
    """Chromium from $CHROMIUM_PATH, /usr/bin/chromium or PATH."""
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium"]
    candidates += [shutil.which(name) for name in SYSTEM_NAMES]
    for candidate in candidates:
        found = _executable(candidate)
        if found:
            return found
    return None


def playwright_chromium() -> Path | None:
    """The Chromium that `playwright install chromium` downloaded, if any."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as p:
        return _executable(p.chromium.executable_path)


def find_browser() -> Path | None:
    """The first Chromium we can use, without installing anything."""
    return system_chromium() or playwright_chromium()


def ensure_browser() -> Path | None:
    """Find a Chromium; failing that, try Playwright's installer once and look again."""
    found = find_browser()
    if found:
        return found
    subprocess.run(
        [sys.executable, "-m", "playwright", "install", "chromium"],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return find_browser()


def main(argv: list[str]) -> int:
    found = ensure_browser() if "--ensure" in argv else find_browser()
    if not found:
        print(HOW_TO_GET_ONE, file=sys.stderr)
        return 1
    print(f"Browser for tests: {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
