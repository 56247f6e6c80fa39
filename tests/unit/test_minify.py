"""Component scripts are minified with their local names shortened (macros/minify.py)."""

import logging

import rjsmin

from macros import minify

SCRIPT = """
(function () {
  "use strict";
  var storageArea = window.localStorage;
  function readItem(itemKey) {
    return storageArea.getItem("wc|" + itemKey);
  }
  window.wcRead = readItem;
  document.addEventListener("change", function (event) {
    readItem(event.target.name);
  });
})();
"""


def test_local_names_are_shortened_and_shared_names_kept():
    short = minify.shorten(SCRIPT)
    for local in ("storageArea", "readItem", "itemKey", "event"):
        assert local not in short
    for shared in ('"use strict"', "window.localStorage", ".getItem(", '"wc|"', "window.wcRead"):
        assert shared in short
    assert '"change"' in short and "addEventListener" in short and "target.name" in short
    assert len(short) < len(rjsmin.jsmin(SCRIPT))


def test_a_script_that_is_not_es5_is_minified_by_rjsmin_and_named_in_the_log(caplog, tmp_path):
    modern = "(() => {\n  const answer = 42;\n  console.log(answer);\n})();\n"
    assert minify.shorten(modern) is None
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.course.minify"):
        out = minify.minify_script(modern, "assets/js/modern.js", tmp_path)
    assert out == rjsmin.jsmin(modern)
    assert "assets/js/modern.js is not ECMAScript 5" in caplog.text


def test_a_result_is_kept_and_read_back_by_the_hash_of_its_source(tmp_path, monkeypatch):
    first = minify.minify_script(SCRIPT, "assets/js/a.js", tmp_path)
    (kept,) = tmp_path.glob("*.js")
    assert kept.read_text(encoding="utf-8") == first
    monkeypatch.setattr(minify, "shorten", lambda script: "read again")
    monkeypatch.setattr(minify, "_DONE", {})  # a new build process: only the folder remembers
    assert minify.minify_script(SCRIPT, "assets/js/a.js", tmp_path) == first  # from the cache
    assert minify.minify_script(SCRIPT + ";", "assets/js/a.js", tmp_path) == "read again"


def test_a_cache_that_cannot_be_written_never_breaks_the_minifying(tmp_path, monkeypatch):
    monkeypatch.setattr(minify, "_DONE", {})
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    out = minify.minify_script(SCRIPT, "assets/js/a.js", blocked / "minify")
    assert out == minify.shorten(SCRIPT)
    assert minify.minify_script(SCRIPT, "assets/js/a.js", None) == out
