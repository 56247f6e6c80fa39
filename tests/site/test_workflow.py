"""The GitHub Pages workflow is valid (actionlint) and builds what we test."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _actionlint() -> str:
    found = shutil.which("actionlint") or str(
        Path(__import__("sys").executable).parent / "actionlint"
    )
    assert Path(found).exists(), "actionlint is missing: run `make test` to install the lock"
    return found


def test_actionlint_passes_on_every_workflow():
    result = subprocess.run([_actionlint(), "-no-color"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n        run: echo both\n"
    )
    result = subprocess.run(
        [_actionlint(), "-no-color", str(broken)], capture_output=True, text=True
    )
    assert result.returncode != 0


def test_pages_workflow_builds_strictly_from_the_lock_and_deploys():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    steps = workflow["jobs"]["build"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    uses = [step.get("uses", "") for step in steps + workflow["jobs"]["deploy"]["steps"]]
    assert "--requirement requirements.lock" in runs
    assert "mkdocs build --strict" in runs
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert workflow["concurrency"]["group"] == "pages"
