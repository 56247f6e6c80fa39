"""Shared fixtures: the site is built once per test session, strictly, into a temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def build_site(
    site_dir: Path, config: Path = ROOT / "mkdocs.yml", **env: str
) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` into site_dir and return the finished process."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        check=False,
    )


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site, built once with --strict."""
    out = tmp_path_factory.mktemp("site")
    result = build_site(out)
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False
        )
    return out


@pytest.fixture(scope="session")
def html_pages(site_dir: Path) -> list[Path]:
    """Every HTML page of the built site, discovered from the build."""
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 5, "the build produced almost no pages"
    return pages


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the build report: where the external links are listed, and each page's readability."""
    from tests.site.test_content import READABILITY, TARGET_GRADE
    from tests.site.test_links import EXTERNAL_REPORT

    for report in EXTERNAL_REPORT:
        count = report.read_text(encoding="utf-8").count("\n    on ")
        terminalreporter.section("external links (listed, never fetched)")
        terminalreporter.write_line(f"{count} external links, each with its pages: {report}")
    if not READABILITY:
        return
    terminalreporter.section("readability (Flesch-Kincaid grade, learner prose)")
    for src, grade, words, exception in READABILITY:
        mark = (
            "ok"
            if grade <= TARGET_GRADE
            else ("exception: " + exception if exception else "TOO HARD")
        )
        terminalreporter.write_line(f"{grade:5.1f}  {words:5d} words  {src}  {mark}")
