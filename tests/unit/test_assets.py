"""Component assets are listed once each, dependencies first, and unknown names are refused."""

import pytest

from macros import assets


def test_a_component_brings_its_dependencies_first(monkeypatch):
    monkeypatch.setitem(assets.COMPONENTS, "quiz", (("css/quiz.css", "js/quiz.js"), ("store",)))
    meta: dict = {}
    assets.require(meta, "quiz")
    assert meta[assets.META_KEY] == ["js/store.js", "css/quiz.css", "js/quiz.js"]


def test_requiring_twice_lists_each_file_once(monkeypatch):
    monkeypatch.setitem(assets.COMPONENTS, "quiz", (("js/quiz.js",), ("store",)))
    meta: dict = {}
    assets.require(meta, "quiz")
    assets.require(meta, "store", "quiz")
    assert meta[assets.META_KEY] == ["js/store.js", "js/quiz.js"]


def test_an_unknown_component_is_refused_by_name():
    with pytest.raises(KeyError, match="unknown component 'nope'"):
        assets.require({}, "nope")


def test_every_listed_file_exists():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "docs" / "assets"
    for name in assets.COMPONENTS:
        for file in assets.files_for(name):
            assert (root / file).is_file(), file
