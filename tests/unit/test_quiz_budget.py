"""The quiz client stays within its budget: <= 5 KB JS and <= 2 KB CSS gzipped, as shipped
(minified in the page bundles; the readable sources' comments are not sent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from macros.assets import bundles

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("quiz_assets", ROOT / "bench" / "quiz_assets.py")
assert spec and spec.loader
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_quiz_js_and_css_are_within_budget_gzipped():
    rows = {name: (gz, budget) for name, _, gz, budget in bench.ours()}
    assert rows["js/quiz.js"][0] <= 5 * 1024
    assert rows["css/quiz.css"][0] <= 2 * 1024
    assert rows["js/quiz.js"][0] > 1000  # negative control: a real file was measured


def test_the_budget_counts_what_the_site_sends_not_the_comments():
    source = (ROOT / "docs/assets/js/quiz.js").read_bytes()
    assert b"/*" in source  # the readable source has comments
    assert b"/*" not in bench.shipped("js/quiz.js")
    bundle = bundles(["js/quiz.js"], lambda name: (ROOT / "docs/assets" / name).read_text())
    assert bench.shipped("js/quiz.js").decode().strip() in bundle[".js"]  # as a page gets it


def test_the_size_measure_sees_growth():
    small = bench.sizes(b"a" * 100)[1]
    assert bench.sizes(bytes(range(256)) * 40)[1] > 5 * small
