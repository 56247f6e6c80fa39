"""The glossary file is read once per build and given to the abbr extension; bad lines fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from macros import glossary

ROOT = Path(__file__).resolve().parents[2]


def test_definitions_become_terms_and_meanings_and_blank_lines_are_skipped():
    text = "*[CLB]: Canadian Language Benchmarks\n\n*[LMS]:  Learning management system \n"
    assert glossary.parse_glossary(text) == {
        "CLB": "Canadian Language Benchmarks",
        "LMS": "Learning management system",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("*[CLB]: one\nCLB means two\n", "line 2: 'CLB means two' is not a glossary definition"),
        ("*[CLB]:\n", "line 1"),
        ("*[CLB]: one\n*[CLB]: two\n", "line 2: 'CLB' is defined twice"),
    ],
)
def test_a_bad_line_names_the_file_the_line_and_the_fix(text, message):
    with pytest.raises(PluginError) as error:
        glossary.parse_glossary(text)
    assert message in str(error.value)
    assert "includes/abbreviations.md" in str(error.value) and "Fix: " in str(error.value)


def test_the_site_glossary_parses_and_reaches_the_abbr_extension():
    config = {
        "docs_dir": str(ROOT / "docs"),
        "markdown_extensions": ["abbr", "toc"],
        "mdx_configs": {"toc": {"permalink": True}},
    }
    glossary.on_config(config)
    terms = config["mdx_configs"]["abbr"]["glossary"]
    assert len(terms) > 50 and terms["CLB"].startswith("Canadian Language Benchmarks")


def test_a_site_without_abbr_or_without_the_file_is_left_alone(tmp_path):
    config = {"docs_dir": str(tmp_path), "markdown_extensions": ["abbr"], "mdx_configs": {}}
    assert glossary.on_config(config)["mdx_configs"] == {}
