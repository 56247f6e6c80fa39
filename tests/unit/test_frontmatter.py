"""Front matter read up front (macros/frontmatter.py): parsed once, again when the file changes."""

from __future__ import annotations

import os

import pytest
from mkdocs.utils.meta import get_data

from macros.errors import AuthoringError
from macros.frontmatter import (
    all_meta,
    body_start,
    front_matter_error,
    minutes_of,
    read_meta,
    week_of,
    with_key_line,
)


def test_front_matter_is_read_once_and_again_after_the_file_changes(tmp_path):
    page = tmp_path / "week-1.md"
    page.write_text("---\ntitle: One\n---\n# One\n", encoding="utf-8")
    first = read_meta(page)
    assert first == {"title": "One"}
    assert read_meta(page) is first  # not parsed again
    page.write_text("---\ntitle: Two\nweek: 1\n---\n# Two\n", encoding="utf-8")
    assert read_meta(page) == {"title": "Two", "week": 1}


def test_a_same_size_edit_with_a_new_time_is_seen(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("---\ntitle: Aaa\n---\n", encoding="utf-8")
    assert read_meta(page) == {"title": "Aaa"}
    page.write_text("---\ntitle: Bbb\n---\n", encoding="utf-8")
    stat = page.stat()
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert read_meta(page) == {"title": "Bbb"}


def test_all_meta_leaves_out_includes(tmp_path):
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "part.md").write_text("---\ntitle: Part\n---\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Home\n---\n", encoding="utf-8")
    assert all_meta(tmp_path) == {"index.md": {"title": "Home"}}


def test_front_matter_that_is_not_yaml_stops_the_build_at_its_line(tmp_path):
    text = "---\ntitle: Small talk\ndescription: Chat: at the break\ntime: 30\n---\n# Hi\n"
    error = front_matter_error(text, "lessons/small-talk.md")
    assert str(error).startswith("lessons/small-talk.md, line 3: the front matter is not valid")
    assert 'title: "Small talk: at the break"' in error.fix
    # MkDocs alone would show those lines as the page's first paragraph, with no front matter.
    assert get_data(text)[1] == {}
    page = tmp_path / "small-talk.md"
    page.write_text(text, encoding="utf-8")
    with pytest.raises(AuthoringError, match=r"^small-talk\.md, line 3"):
        read_meta(page)
    with pytest.raises(AuthoringError, match=r"^small-talk\.md, line 3"):
        all_meta(tmp_path)


def test_front_matter_that_is_not_key_value_lines_is_refused():
    error = front_matter_error("---\n- a list\n- not keys\n---\n", "a.md")
    assert "is not a list of `key: value` lines" in str(error)


@pytest.mark.parametrize("text", ["# No front matter\n", "---\ntitle: Fine\n---\nText\n", ""])
def test_readable_or_missing_front_matter_is_no_error(text):
    assert front_matter_error(text, "a.md") is None


def test_the_body_starts_after_the_front_matter():
    text = "---\ntitle: A\ntime: 5\n---\n\n# A\n"
    assert body_start(text, get_data(text)[0]) == 6
    assert body_start("# A\n", "# A\n") == 1
    assert body_start("something else", "# A\n") == 1  # not found: counted from the top


@pytest.mark.parametrize(("meta", "week"), [({}, None), ({"week": 0}, 0), ({"week": 4}, 4)])
def test_a_week_is_a_whole_number_from_zero(meta, week):
    assert week_of(meta, "a.md") == week


@pytest.mark.parametrize("value", ["two", True, -1, 1.5, [1]])
def test_any_other_week_stops_the_build_naming_page_and_fix(value):
    with pytest.raises(AuthoringError) as caught:
        week_of({"week": value}, "lessons/a.md")
    assert str(caught.value).startswith("lessons/a.md, 'week': `week: ")
    assert "e.g. `week: 2`" in caught.value.fix


def test_an_empty_front_matter_is_no_error():
    assert front_matter_error("---\n\n---\n# A\n", "a.md") is None


def test_a_front_matter_with_no_end_stops_the_build():
    """Without its second `---`, MkDocs reads no front matter at all and shows the lines as the
    page's first paragraph (and a lesson then seems to have no time)."""
    error = front_matter_error("---\ntitle: A\ntime: 90\n\n# A\n", "lessons/a.md")
    assert str(error).startswith("lessons/a.md, line 1: the front matter starts with `---` but ")
    assert "add a line with only `---`" in error.fix


@pytest.mark.parametrize(
    ("key", "meant"),
    [("export", "exports"), ("printable", "printables"), ("keypoints", "key_points"),
     ("Level", "level"), ("license", "licence"), ("sources", "source"),
     ("objective", "objectives")],
)  # fmt: skip
def test_a_misspelt_key_stops_the_build_naming_the_key_it_means(tmp_path, key, meant):
    page = tmp_path / "a.md"
    page.write_text(f"---\ntitle: A\n{key}: true\n---\n# A\n", encoding="utf-8")
    with pytest.raises(AuthoringError) as caught:
        read_meta(page, "lessons/a.md")
    assert str(caught.value).startswith(f"lessons/a.md, '{key}', line 3: `{key}:` is not a front ")
    assert caught.value.fix == f"write `{meant}:`"


def test_keys_of_mkdocs_material_and_the_authors_own_are_left_alone(tmp_path):
    page = tmp_path / "a.md"
    text = "---\ntitle: A\nhide: [toc]\nrender_macros: false\nmy_colour: blue\n---\n# A\n"
    page.write_text(text, encoding="utf-8")
    assert read_meta(page)["my_colour"] == "blue"


def test_time_is_a_whole_number_of_minutes_and_a_lesson_that_shows_it_needs_one():
    assert minutes_of({"time": 90}, "a.md") == 90
    assert minutes_of({}, "a.md") is None
    with pytest.raises(AuthoringError) as caught:
        minutes_of({}, "lessons/a.md", needed=True)
    assert "its front matter has no `time:`" in str(caught.value)
    assert "None" not in str(caught.value)
    for value in ("ninety", True, 0, 1.5):
        with pytest.raises(AuthoringError) as caught:
            minutes_of({"time": value}, "lessons/a.md")
        assert f"`time: {value}` is not a whole number of minutes" in str(caught.value)


def test_a_front_matter_mistake_gets_the_line_of_its_key():
    text = "---\ntitle: A\nweek: two\n---\n# A: the week\n"
    with pytest.raises(AuthoringError) as caught:
        week_of({"week": "two"}, "a.md")
    assert str(with_key_line(caught.value, text)).startswith("a.md, 'week', line 3: `week: two`")
    lined = AuthoringError("p", "f", "a.md", "week", line=9)
    assert with_key_line(lined, text) is lined  # a line it has already is kept
    assert with_key_line(AuthoringError("p", "f", "a.md", "time"), text).line is None
