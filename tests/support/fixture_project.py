"""Tiny MkDocs projects in a temp folder, built with this repo's macros and overrides."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT, build_site

BASE_EXTRA = {
    "licence": "CC-BY-NC-SA-4.0",
    "licensor": "Fixture authors",
    "code_licence": "MIT",
    "audience": "Adult learners",
}


def page(front_matter: dict[str, Any], body: str = "# A page\n\nSome text.\n") -> str:
    """A Markdown page with YAML front matter."""
    return f"---\n{yaml.safe_dump(front_matter, sort_keys=False)}---\n\n{body}"


def write_project(
    where: Path,
    pages: dict[str, str],
    extra: dict[str, Any] | None = None,
    files: dict[str, bytes] | None = None,
    hooks: tuple[str, ...] = ("macros/stash.py",),
    shared_cache: bool = True,
) -> Path:
    """Write mkdocs.yml, docs/ pages and other docs/ files; return the mkdocs.yml path.

    With `shared_cache`, the project's `.cache/` is the repo's own (as `make build` fills it),
    with the template cache hook on: every tiny build then reuses Material's compiled templates
    and the minified scripts instead of making them again (a third of its time). Entries are
    keyed by their sources, so no build can read another's.
    """
    docs = where / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    for name, data in (files or {}).items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_bytes(data)
    (where / "macros").symlink_to(ROOT / "macros", target_is_directory=True)
    if shared_cache:
        (ROOT / ".cache").mkdir(exist_ok=True)
        (where / ".cache").symlink_to(ROOT / ".cache", target_is_directory=True)
        if "macros/template_cache.py" not in hooks:
            hooks = (*hooks, "macros/template_cache.py")
    config = {
        "site_name": "Fixture",
        "site_url": "http://example.test/",
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "font": False},
        "plugins": [
            "search",
            {"macros": {"module_name": "macros", "on_error_fail": True, "on_undefined": "strict"}},
        ],
        "markdown_extensions": ["admonition", "attr_list", "md_in_html", "pymdownx.details"],
        "extra": {**BASE_EXTRA, **(extra or {})},
        "hooks": list(hooks),
    }
    path = where / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def build_project(
    base: Path,
    pages: dict[str, str],
    extra: dict[str, Any] | None = None,
    files: dict[str, bytes] | None = None,
) -> subprocess.CompletedProcess:
    """Build a tiny project strictly (once per distinct project) and return the process."""
    key = hashlib.sha256(
        json.dumps([pages, extra, {k: v.hex() for k, v in (files or {}).items()}]).encode()
    ).hexdigest()[:16]
    where = base / key
    done = where / "result.json"
    if done.exists():
        saved = json.loads(done.read_text())
        return subprocess.CompletedProcess(saved["args"], saved["rc"], saved["out"], saved["err"])
    where.mkdir(parents=True)
    result = build_site(where / "site", write_project(where, pages, extra, files))
    done.write_text(
        json.dumps(
            {
                "args": result.args,
                "rc": result.returncode,
                "out": result.stdout,
                "err": result.stderr,
            }
        )
    )
    return result
