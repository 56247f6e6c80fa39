"""Component assets are listed once each, dependencies first, and unknown names are refused."""

from pathlib import Path
from types import SimpleNamespace

import pytest
import tinycss2

from macros import assets


def test_a_component_brings_its_dependencies_first(monkeypatch):
    monkeypatch.setitem(assets.COMPONENTS, "store", (("js/store.js",), ()))
    monkeypatch.setitem(assets.COMPONENTS, "quiz", (("css/quiz.css", "js/quiz.js"), ("store",)))
    meta: dict = {}
    assets.require(meta, "quiz")
    assert meta[assets.META_KEY] == ["js/store.js", "css/quiz.css", "js/quiz.js"]


def test_requiring_twice_lists_each_file_once(monkeypatch):
    monkeypatch.setitem(assets.COMPONENTS, "store", (("js/store.js",), ()))
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


SOURCES = {
    "js/store.js": "/* the store */\n(function () {\n  window.wcStore = {};\n})();\n",
    "js/quiz.js": "(function () {\n  // a quiz\n  var x = 1;\n})();\n",
    "css/quiz.css": "/* quizzes */\n.wc-quiz {\n  margin: 0 auto;\n}\n",
}


def test_a_page_gets_one_minified_bundle_per_kind_that_lists_its_sources():
    out = assets.bundles(["js/store.js", "css/quiz.css", "js/quiz.js"], SOURCES.__getitem__)
    assert set(out) == {".css", ".js"}
    assert assets.bundle_sources(out[".js"]) == ["js/store.js", "js/quiz.js"]
    assert assets.bundle_sources(out[".css"]) == ["css/quiz.css"]
    assert "the store" not in out[".js"] and "a quiz" not in out[".js"]  # comments gone
    assert "window.wcStore={}" in out[".js"] and "var a=1" in out[".js"]  # local name shortened
    assert ".wc-quiz{margin:0 auto}" in out[".css"]


def test_each_script_of_a_bundle_is_queued_to_run_in_a_task_of_its_own_in_order():
    js = assets.bundles(["js/quiz.js", "js/store.js"], SOURCES.__getitem__)[".js"]
    body = js.split("\n", 1)[1]
    tasks = body.split("setTimeout(function(){\n")
    assert tasks[0] == "" and len(tasks) == 3, body  # nothing runs outside a task
    assert "window.wcStore={}" in tasks[1] and "var a=1" in tasks[2]  # the store first
    assert all(task.rstrip().endswith("\n});") for task in tasks[1:]), body


def test_the_same_components_give_the_same_bundle_in_any_order():
    first = assets.bundles(["js/quiz.js", "js/store.js"], SOURCES.__getitem__)[".js"]
    second = assets.bundles(["js/store.js", "js/quiz.js"], SOURCES.__getitem__)[".js"]
    assert first == second
    assert assets.bundle_sources(first) == ["js/store.js", "js/quiz.js"]  # dependencies first
    assert assets.bundle_path(".js", first) == assets.bundle_path(".js", second)


def test_a_changed_source_gets_a_new_bundle_name():
    one = assets.bundles(["js/quiz.js"], SOURCES.__getitem__)[".js"]
    changed = assets.bundles(["js/quiz.js"], {"js/quiz.js": "var y = 2;"}.__getitem__)[".js"]
    assert assets.bundle_path(".js", one) != assets.bundle_path(".js", changed)
    assert assets.bundle_path(".js", one).startswith("assets/bundles/")
    assert assets.bundle_path(".js", one).endswith(".js")


def test_a_page_with_only_css_gets_no_script_bundle():
    assert set(assets.bundles(["css/quiz.css"], SOURCES.__getitem__)) == {".css"}
    assert assets.bundles([], SOURCES.__getitem__) == {}


def test_every_rule_of_every_stylesheet_in_a_bundle_survives_the_join():
    sources = {"css/quiz.css": ".wc-quiz{margin:0}", "css/letter.css": ".wc-letter{margin:0}"}
    css = assets.bundles(list(sources), sources.__getitem__)[".css"]
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    preludes = [tinycss2.serialize(rule.prelude).strip() for rule in rules]
    assert preludes == [".wc-quiz", ".wc-letter"], css  # no "; .wc-letter", which browsers drop


class _Conf(dict):
    """What the asset functions read of MkDocs' config: keys, and config_file_path."""

    config_file_path: str = ""


@pytest.fixture
def build_env(tmp_path):
    """An env as a build gives the module: register() starts the build (as define_env does), and
    starts another one after the test, so nothing this test read stays in the module."""
    conf = _Conf(docs_dir=str(tmp_path / "docs"))
    conf.config_file_path = str(tmp_path / "mkdocs.yml")
    env = SimpleNamespace(conf=conf, page=None)
    assets.register(env)
    yield env
    assets.register(env)


def test_an_inline_script_comes_from_the_sites_own_copy_minified_and_cannot_end_its_element(
    build_env,
):
    own = Path(build_env.conf["docs_dir"]) / "assets" / "js" / "this-week.js"
    own.parent.mkdir(parents=True)
    own.write_text('var  end = "</script>";  // a comment\n', encoding="utf-8")
    script = assets.inline_script(build_env, "js/this-week.js")
    assert "</" not in script and "<\\/script>" in script
    assert "comment" not in script and "var end=" in script.replace(" = ", "=")
