"""macros/nav_cache.py: a navigation item that is not active is rendered once per relative URL;
what depends on the current page is rendered every time. (That the HTML is Material's own is
tests/site/test_nav_cache.py.)"""

from __future__ import annotations

from types import SimpleNamespace

from jinja2 import Environment
from mkdocs.utils.templates import url_filter

from macros.nav_cache import on_env

PRUNE = ["navigation.sections", "navigation.indexes", "navigation.prune"]


class Item:
    """A page, link or section of the navigation, as the template sees it."""

    def __init__(self, title: str, url: str | None = None, children=None, active=False):
        self.title, self.url, self.children, self.active = title, url, children, active


def renderer(features=PRUNE):
    """A function that renders `item` on `page` as our nav-item.html does, and the calls it made
    to (a stand-in for) Material's `render` macro."""
    env = Environment()
    env.filters["url"] = url_filter
    on_env(env, SimpleNamespace(theme={"features": features}), None)
    template = env.from_string('{{ nav_item_html(render, item, "__nav_2_1", 2) }}')
    calls: list[str] = []

    def render(item, path, level, parent=None):
        calls.append(item.title)
        return f"<li>{item.title}</li>"

    def on(page, item):
        return template.render(page=page, base_url="", render=render, item=item)

    return on, calls


def page_at(url: str) -> Item:
    return Item(url, url, active=True)


def test_a_link_to_another_page_renders_once_per_relative_url():
    on, calls = renderer()
    lesson_2 = Item("Lesson 2", "lessons/u1/l2/")
    for page in ("lessons/u1/l1/", "lessons/u1/l3/", "lessons/u2/l4/", "lessons/u2/l5/"):
        assert on(page_at(page), lesson_2) == "<li>Lesson 2</li>"
    assert calls == ["Lesson 2", "Lesson 2"]  # "../l2/" from unit 1, "../../u1/l2/" from unit 2


def test_a_pruned_section_renders_once_per_relative_url_of_its_first_page():
    on, calls = renderer()
    first = Item("First", "lessons/u1/part/first/")
    unit_1 = Item("Unit 1", children=[Item("Part", children=[first]), Item("Other", "x/")])
    for page in ("lessons/u2/l4/", "lessons/u3/l7/", ""):
        assert on(page_at(page), unit_1) == "<li>Unit 1</li>"
    assert calls == ["Unit 1", "Unit 1"]  # "../../u1/part/first/" twice, then "lessons/u1/..."


def test_what_depends_on_the_current_page_renders_every_time():
    current = page_at("lessons/u1/l1/")
    unmarked = Item("Unmarked", "lessons/u1/l2/")  # rendered by a plugin without active = True
    for features, page, item in (
        (PRUNE, current, current),  # the current page (its table of contents)
        (PRUNE, current, Item("Unit 1", children=[current], active=True)),  # its section
        (PRUNE, unmarked, unmarked),
        (["navigation.sections"], current, Item("Unit 2", children=[Item("L3", "u2/l3/")])),
    ):
        on, calls = renderer(features)
        on(page, item)
        on(page, item)
        assert calls == [item.title, item.title]
