"""Shared fixtures: the site is built once per test session, strictly, into a temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

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
def site_dir(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The whole site, built once with --strict. Under `pytest -n` (as `make test` runs) the
    first worker to get here builds it into the run's shared temp folder and the others wait for
    that build and use it; a failed build is reported by every worker, and built only once."""
    if worker_id == "master":  # one process: its own temp folder
        return _built(tmp_path_factory.mktemp("site"))
    shared = tmp_path_factory.getbasetemp().parent
    with FileLock(shared / "site.lock"):
        out = shared / "site"
        failure = shared / "site-build-failed.txt"
        if failure.is_file():
            pytest.fail(failure.read_text(encoding="utf-8"), pytrace=False)
        if not (shared / "site-built").is_file():
            out.mkdir(exist_ok=True)
            _built(out, failure)
            (shared / "site-built").touch()
    return out


def _built(out: Path, failure: Path | None = None) -> Path:
    """Build the site into `out`; on failure, note why (for other workers) and fail the test."""
    result = build_site(out)
    if result.returncode != 0:
        message = f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
        if failure:
            failure.write_text(message, encoding="utf-8")
        pytest.fail(message, pytrace=False)
    return out


@pytest.fixture(scope="session")
def html_pages(site_dir: Path) -> list[Path]:
    """Every HTML page of the built site, discovered from the build."""
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 5, "the build produced almost no pages"
    return pages


# The reports that tests of the site leave for the end of the run, by name; under `pytest -n`
# each worker hands its own to the controlling process (below), which prints them all.
REPORTS: dict[str, list] = {"readability": [], "external": []}


def pytest_sessionfinish(session) -> None:
    """In an xdist worker: send this worker's reports to the controlling process."""
    from tests.site.test_content import READABILITY
    from tests.site.test_links import EXTERNAL_REPORT

    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["readability"] = [list(row) for row in READABILITY]
        session.config.workeroutput["external"] = [str(path) for path in EXTERNAL_REPORT]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """xdist: a worker finished; keep the reports it sent."""
    output = getattr(node, "workeroutput", {})
    for name, rows in REPORTS.items():
        rows.extend(output.get(name, []))


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the build report: where the external links are listed, and each page's readability."""
    from tests.site.test_content import READABILITY, TARGET_GRADE
    from tests.site.test_links import EXTERNAL_REPORT

    READABILITY.extend(tuple(row) for row in REPORTS["readability"])
    EXTERNAL_REPORT.extend(Path(path) for path in REPORTS["external"])
    for report in EXTERNAL_REPORT:
        count = report.read_text(encoding="utf-8").count("\n    on ")
        terminalreporter.section("external links (listed, never fetched)")
        terminalreporter.write_line(f"{count} external links, each with its pages: {report}")
    if not READABILITY:
        return
    terminalreporter.section("readability (Flesch-Kincaid grade, learner prose)")
    for src, grade, words, exception in sorted(READABILITY):
        mark = (
            "ok"
            if grade <= TARGET_GRADE
            else ("exception: " + exception if exception else "TOO HARD")
        )
        terminalreporter.write_line(f"{grade:5.1f}  {words:5d} words  {src}  {mark}")
