"""The fixes to Material's markup find what they expect in a real page and change only that."""

from pathlib import Path

from macros.theme_fixes import fix_material_markup

SAMPLE = """
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
<div class="md-search" data-md-component="search" role="dialog">
<label class="md-nav__link " for="__nav_2" id="__nav_2_label" tabindex="">
<input type="text" name="query" autocomplete="off">
<label class="md-nav__title" for="__toc">
  <span class="md-nav__icon md-icon"></span>
  Table of contents
</label>
"""


def test_each_fix_applies_to_materials_markup():
    fixed, counts = fix_material_markup(SAMPLE)
    assert counts == {
        "search dialog name": 1,
        "checkbox autocomplete": 2,
        "empty tabindex": 1,
        "menu toggle name": 1,
        "toc label without toggle": 1,
    }
    assert 'role="dialog" aria-label="Search this site">' in fixed
    assert 'tabindex=""' not in fixed
    assert 'type="checkbox" id="__drawer" aria-label="Menu">' in fixed
    assert '<input type="text" name="query" autocomplete="off">' in fixed
    # No __toc toggle on the page: the title names no control, so it is no label.
    assert '<label class="md-nav__title"' not in fixed
    assert '<div class="md-nav__title">\n  <span class="md-nav__icon md-icon"></span>' in fixed


def test_the_installed_material_still_writes_the_markup_we_fix():
    import material

    templates = Path(material.__file__).parent / "templates"
    base = (templates / "base.html").read_text()
    search = (templates / "partials" / "search.html").read_text()
    toc = (templates / "partials" / "toc.html").read_text()
    nav_item = (templates / "partials" / "nav-item.html").read_text()
    assert 'type="checkbox" id="__search" autocomplete="off">' in base
    assert 'data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">' in base
    assert '<div class="md-search" data-md-component="search" role="dialog">' in search
    assert 'tabindex="{{ tabindex }}"' in nav_item
    assert '<label class="md-nav__title" for="__toc">' in toc


def test_the_toc_label_keeps_its_for_when_the_toggle_is_on_the_page():
    html = '<input class="md-toggle md-nav__toggle" type="checkbox" id="__toc">'
    html += '<label class="md-nav__title" for="__toc">Table of contents</label>'
    fixed, counts = fix_material_markup(html)
    assert counts["toc label without toggle"] == 0
    assert fixed == html
