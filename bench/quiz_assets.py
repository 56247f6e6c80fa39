"""Quiz asset weight: raw and gzipped bytes of quiz.js / quiz.css (and store.js) as the site
ships them (minified, as in the page bundles) vs the budget, next to mkdocs-quiz's assets when
its wheel is at hand. The readable sources' comments are not shipped, so they do not count.

    .venv/bin/python bench/quiz_assets.py [--wheel-dir DIR]

mkdocs-quiz is not a dependency. To compare, fetch its wheel once, outside the lock:
    .venv/bin/pip download mkdocs-quiz --no-deps -d /tmp/mkdocs-quiz-wheel
The script reads the wheel (a zip) and never installs it.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import zipfile
from pathlib import Path

import rcssmin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from macros.minify import minify_script  # noqa: E402

ASSETS = ROOT / "docs" / "assets"
BUDGET = {"js/quiz.js": 5 * 1024, "css/quiz.css": 2 * 1024}


def sizes(data: bytes) -> tuple[int, int]:
    """Raw and gzip -9 sizes of some bytes."""
    return len(data), len(gzip.compress(data, compresslevel=9))


def shipped(name: str) -> bytes:
    """A component file as the page bundles carry it: minified (macros/assets.py)."""
    text = (ASSETS / name).read_text(encoding="utf-8")
    small = minify_script(text, name) if name.endswith(".js") else rcssmin.cssmin(text)
    return small.encode()


def ours() -> list[tuple[str, int, int, int | None]]:
    """(file, raw, gzipped, budget) for our quiz assets, minified as shipped."""
    rows = []
    for name in ("js/quiz.js", "css/quiz.css", "js/store.js"):
        raw, gz = sizes(shipped(name))
        rows.append((name, raw, gz, BUDGET.get(name)))
    return rows


def theirs(wheel_dir: Path) -> list[tuple[str, int, int]]:
    """(file, raw, gzipped) for every .js/.css file in an mkdocs-quiz wheel, if one is there."""
    wheels = sorted(wheel_dir.glob("mkdocs_quiz-*.whl"))
    if not wheels:
        return []
    with zipfile.ZipFile(wheels[-1]) as wheel:
        return [
            (f"mkdocs-quiz {wheels[-1].name.split('-')[1]}: {name}", *sizes(wheel.read(name)))
            for name in wheel.namelist()
            if name.endswith((".js", ".css"))
        ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel-dir", type=Path, default=Path("/tmp/mkdocs-quiz-wheel"))
    args = parser.parse_args(argv)
    over = False
    print(f"{'file':58} {'raw':>8} {'gzip':>8} {'budget':>8}")
    for name, raw, gz, budget in ours():
        flag = "" if budget is None or gz <= budget else "  OVER BUDGET"
        over |= bool(flag)
        print(f"{name:58} {raw:8} {gz:8} {budget or '':>8}{flag}")
    our_total = sum(gz for name, _, gz, _ in ours())
    print(f"{'ours, all quiz-page assets (quiz.js + quiz.css + store.js)':58} {'':8} {our_total:8}")
    other = theirs(args.wheel_dir)
    if other:
        for name, raw, gz in other:
            print(f"{name:58} {raw:8} {gz:8}")
        total = sum(gz for _, _, gz in other)
        print(f"{'mkdocs-quiz, all assets':58} {'':8} {total:8}")
        print(f"ratio ours / mkdocs-quiz (gzipped): {our_total / total:.2f}")
    else:
        print(f"(no mkdocs-quiz wheel in {args.wheel_dir}: see this script's docstring)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
