"""The benchmark scripts' pure parts: synthetic lessons and the build-time table."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from macros.quiz import parse_quiz

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import build_time  # noqa: E402
import synthetic  # noqa: E402

QUIZ_BLOCK = re.compile(r'\{% call quiz\("([^"]+)", "([^"]+)"\) %\}\n(.*?)\{% endcall %\}', re.S)


def prose(text: str) -> str:
    """A synthetic lesson without its quizzes, whatever their syntax."""
    text = re.sub(r"\{% call quiz.*?\{% endcall %\}", "", text, flags=re.S)
    text = re.sub(r"<quiz>.*?</quiz>", "", text, flags=re.S)
    text = re.sub(r'!!! question ".*?\n\n(?=## |\Z)', "", text, flags=re.S)
    return re.sub(r"\n{2,}", "\n\n", text)


def test_every_flavour_has_the_same_prose_and_three_quizzes():
    texts = {flavour: synthetic.lesson(7, flavour) for flavour in synthetic.FLAVOURS}
    assert texts["ours"].count("{% call quiz(") == 3
    assert texts["mkdocs-quiz"].count("<quiz>") == 3
    assert texts["plain"].count('!!! question "') == 3
    assert prose(texts["ours"]) == prose(texts["plain"]) == prose(texts["mkdocs-quiz"])
    assert prose(synthetic.lesson(8, "ours")) != prose(texts["ours"])  # the seed matters


def test_our_synthetic_quizzes_are_valid_author_syntax():
    blocks = QUIZ_BLOCK.findall(synthetic.lesson(3, "ours"))
    assert len(blocks) == 3
    types = {parse_quiz(quiz_id, prompt, body).type for quiz_id, prompt, body in blocks}
    assert types == {"single", "multiple", "fill"}


def test_unknown_flavour_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown flavour"):
        synthetic.write("hugo", 1, tmp_path)


def test_build_table_gives_ratios_to_plain_material_and_growth():
    medians = {
        ("ours", 10): (2.0, 1.0, 3.0),
        ("plain", 10): (4.0, 2.0, 2.0),
        ("mkdocs-quiz", 10): None,
        ("ours", 100): (8.0, 5.0, 6.0),
        ("plain", 100): (16.0, 20.0, 24.0),
        ("mkdocs-quiz", 100): None,
    }
    text = build_time.report(medians, {"ours": "x"}, [10, 100], 3, 1)
    assert "| 100 | ours | 5.00 | 49.5 | 0.25x | 8.00 | 0.50x | 6.00 | 0.25x |" in text
    assert "| 10 | ours | 1.00 | 90.9 | 0.50x | 2.00 | 0.50x | 3.00 | 1.50x |" in text
    assert "| 10 | mkdocs-quiz | n/a |" in text
    assert "| ours | 5.0x |" in text  # growth: CPU(100) / CPU(10)
    assert "| plain | 10.0x |" in text


def test_a_cut_run_is_reported_from_its_progress_lines():
    log = "  ours x 100: 9.0 (3.0 CPU), 7.0 (5.0 CPU), 8.0 (4.0 CPU) s\nnoise\n"
    assert build_time.from_log(log) == {("ours", 100): (8.0, 4.0, 3.0)}  # the first run: 3.0
    assert build_time.from_log("noise only\n") == {}  # negative control
