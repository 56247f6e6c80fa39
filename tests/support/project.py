"""A throwaway copy of this project whose mkdocs.yml or pages a test can change and build."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def copy_project(dest: Path) -> Path:
    """Copy docs/ (so pages can be edited) and link macros/ and overrides/; return mkdocs.yml."""
    shutil.copytree(ROOT / "docs", dest / "docs")
    for shared in ("macros", "overrides"):
        (dest / shared).symlink_to(ROOT / shared, target_is_directory=True)
    config = dest / "mkdocs.yml"
    shutil.copy(ROOT / "mkdocs.yml", config)
    return config


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace text that must be there (a test that changes nothing would prove nothing)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
