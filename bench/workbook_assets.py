"""Size of the letter, workbook and My work assets: raw and gzipped bytes, per component.

Usage: .venv/bin/python bench/workbook_assets.py
Prints each file and each component's total (its own files plus store.js, as a page loads
them). Sizes only, no pass/fail: compare them with the mkdocs-quiz plugin's ~14 KB gzipped
script that is inlined into every page.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros import assets  # noqa: E402

COMPONENTS = ("letter", "choices", "journal", "helpful", "mywork")


def sizes(path: Path) -> tuple[int, int]:
    """Raw and gzipped (level 9) size of a file in bytes."""
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=9, mtime=0))


def main() -> None:
    """Print a table of sizes."""
    print(f"{'file':<28}{'raw B':>9}{'gzip B':>9}")
    seen: set[str] = set()
    for name in COMPONENTS:
        for file in assets.files_for(name):
            if file not in seen:
                seen.add(file)
                raw, packed = sizes(ROOT / "docs" / "assets" / file)
                print(f"{file:<28}{raw:>9}{packed:>9}")
    print()
    print(f"{'component (with store.js)':<28}{'raw B':>9}{'gzip B':>9}")
    for name in COMPONENTS:
        files = assets.files_for(name)
        raw = sum(sizes(ROOT / "docs" / "assets" / f)[0] for f in files)
        packed = sum(sizes(ROOT / "docs" / "assets" / f)[1] for f in files)
        print(f"{name:<28}{raw:>9}{packed:>9}")


if __name__ == "__main__":
    main()
