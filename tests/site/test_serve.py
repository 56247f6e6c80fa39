"""`mkdocs serve` (what `make serve` runs) survives an author's mistake: it says what is wrong,
keeps running, and serves the page again once the file is fixed. (mkdocs-macros used to end the
process at the first error raised inside a macro, so each typo meant starting it again.)"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from tests.support.fixture_project import write_project

GOOD = '# Quiz\n\n{% call quiz("calm", "What first?") %}\n- [ ] Reply.\n- [x] Wait.\n'
GOOD += "{% endcall %}\n"
MISTAKES = {
    "a quiz with no right answer": GOOD.replace("- [x] Wait.", "- [ ] Wait."),
    "a misspelt macro": GOOD + "\n{{ lesson_fact() }}\n",
    "a block with no endcall": GOOD.replace("{% endcall %}\n", ""),
    "front matter that is not YAML": "---\ntitle: Quiz: a page\n---\n" + GOOD,
    "a misspelt argument": GOOD.replace('"What first?")', '"What first?", typ="order")'),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, check: Callable[[], bool], seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(f"waited {seconds} s for {what}")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_reports_each_mistake_keeps_running_and_serves_the_fix(tmp_path: Path):
    config = write_project(tmp_path, {"index.md": "# Home\n", "quiz.md": GOOD})
    page = tmp_path / "docs" / "quiz.md"
    log = tmp_path / "serve.log"
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "-f", str(config)]
    command += ["--dev-addr", f"127.0.0.1:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=tmp_path, stdout=out, stderr=out, env=env)
    url = f"http://127.0.0.1:{port}/quiz/"
    try:
        wait_for("the first build", lambda: 'id="quiz-calm"' in fetch(url))
        for n, (mistake, text) in enumerate(MISTAKES.items(), 1):
            page.write_text(text, encoding="utf-8")
            wait_for(f"the error of {mistake}", lambda n=n: log.read_text().count("quiz.md, ") >= n)
            time.sleep(1)
            assert server.poll() is None, f"serve ended at {mistake}:\n{log.read_text()[-2000:]}"
            fixed = GOOD.replace("What first?", f"What first, try {n}?")
            page.write_text(fixed, encoding="utf-8")
            wait_for(f"the fix of {mistake}", lambda n=n: f"try {n}?" in fetch(url))
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "Traceback" not in log.read_text()
