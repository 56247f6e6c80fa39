"""Every built page is valid HTML according to the Nu Html Checker (vnu.jar from npm)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(*files: Path) -> list[str]:
    """Errors the Nu Html Checker reports for these files, as 'file:line: message'."""
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("Nu Html Checker missing: run `make test` (npm ci + Java).", pytrace=False)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{m.get('url', '').rsplit('/', 3)[-2:]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]


def test_every_page_is_valid_html(html_pages):
    assert nu_errors(*html_pages) == []


def test_the_checker_reports_invalid_html(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text('<!doctype html><html lang="en"><title>x</title><label tabindex="">x</label>')
    assert any("tabindex" in error for error in nu_errors(bad))
