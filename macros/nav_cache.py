"""Material's navigation items, each rendered once per relative URL (a MkDocs hooks file).

With navigation.prune, every page renders the items of its own section: at 1,000 lessons in
units of ten, the ten lessons of its unit and the hundred units of the Lessons section, a
quarter of the build. Most of that HTML is the same from page to page. An item that is not
active renders as Material's `render` macro makes it from the item alone (title, meta, config)
and one URL made relative to the page: the item's own URL for a link to a page, the URL of its
first page for a pruned section. So `nav_item_html` keys the HTML on the item and that relative
URL, and only calls `render` for a key it has not seen. Anything else (the active page and its
sections, a section that is not pruned, which holds many URLs) goes to `render` every time.

overrides/partials/nav-item.html (Material 9.8.2's, with its loop calling this) uses it when
mkdocs.yml lists this file under `hooks:`; without the hook it calls `render` itself.
tests/site/test_nav_cache.py compares every built page with what Material's own template makes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context


def pruned_when_not_active(features: list[str], level: int) -> bool:
    """Whether Material's `render` prunes a section at this level that is not active.

    Material prunes a section when navigation.prune is on and the section is neither active nor
    shown as a section (navigation.sections: level 1; with navigation.tabs, level 2 under the
    active tab, so tabs are left to `render`).
    """
    if "navigation.prune" not in features or "navigation.tabs" in features:
        return False
    return level > 1 or "navigation.sections" not in features


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """MkDocs hook: give templates `nav_item_html`, with an empty cache for this build."""
    features = list(config.theme.get("features") or [])
    url = env.filters["url"]
    cache: dict[tuple[int, str, int, str], str] = {}

    @pass_context
    def nav_item_html(
        context: Context, render: Callable[..., str], item: Any, path: str, level: int, parent=None
    ) -> str:
        """What `render(item, path, level, parent)` returns, from the cache when it can be."""
        if item.active or getattr(item, "pages", None):
            return render(item, path, level, parent)
        if item.children:
            if not pruned_when_not_active(features, level):
                return render(item, path, level, parent)
            first = item.children[0]  # Material's render_pruned links to the first page
            while first.children:
                first = first.children[0]
            target = getattr(first, "url", None)
        else:
            target = None if item == context.get("page") else getattr(item, "url", None)
        if target is None:
            return render(item, path, level, parent)
        key = (id(item), path, level, url(context, target))
        html = cache.get(key)
        if html is None:
            html = cache[key] = render(item, path, level, parent)
        return html

    env.globals["nav_item_html"] = nav_item_html
    return env
