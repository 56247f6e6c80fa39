"""Letters and workbook in the strict build: the guide page, My work, assets only where used,
and authoring mistakes that stop the build with a message naming page, item and fix."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site
from tests.support.fixture_project import write_project
from tests.support.html import page_assets, soup_of

GUIDE = "instructors/authoring-workbook/index.html"


def test_the_guide_shows_each_macro_as_source_and_as_a_live_result(site_dir: Path):
    soup = soup_of(site_dir / GUIDE)
    code = " ".join(c.get_text() for c in soup.select("article code"))
    for call in ("call letter(", "call checklist(", "call rubric(", "call journal(", "helpful()"):
        assert call in code, call
    for live in (
        "#letter-guide-short-letter",
        "#checklist-guide-skills",
        "#rubric-guide-email-review",
        "#journal-guide-after-interview",
        "#helpful",
    ):
        assert soup.select_one(live) is not None, live
    # Negative control: a macro shown in a code block is not also run there.
    assert soup.select("pre .wc-letter") == []


def test_the_guide_includes_one_of_the_six_letters_and_lists_the_errors(site_dir: Path):
    soup = soup_of(site_dir / GUIDE)
    assert soup.select_one("#letter-reply-to-rejection .wc-letter__note")
    table = soup.select_one("article table")
    messages = [row.td.get_text() for row in table.select("tbody tr")]
    assert "the letter is empty" in messages
    assert any("not in the letter" in m for m in messages)


def test_component_files_load_only_on_pages_that_use_them(site_dir: Path):
    def files(path: str) -> list[str]:
        return page_assets(site_dir / path, site_dir)

    guide, home, mine = files(GUIDE), files("index.html"), files("my-work/index.html")
    widgets = {"js/choices.js", "js/journal.js", "js/helpful.js"}
    assert {"js/letter.js", "js/kit.js", "css/letter.css", "css/controls.css"} | widgets <= set(
        guide
    )
    assert {"js/mywork.js", "css/mywork.css"} <= set(mine)
    assert not ({"js/letter.js", "js/mywork.js", "js/kit.js"} | widgets) & set(home)
    assert guide.index("js/store.js") < guide.index("js/kit.js") < guide.index("js/letter.js")
    assert guide.index("css/controls.css") < guide.index("css/letter.css")


def test_my_work_is_in_the_nav_after_lessons_and_holds_the_index_of_every_item(site_dir: Path):
    soup = soup_of(site_dir / "my-work/index.html")
    top = [
        a.get_text(" ", strip=True)
        for a in soup.select(
            "nav.md-nav--primary > ul > li > a, nav.md-nav--primary > ul > li > label"
        )
    ]
    assert "My work" in " | ".join(top)
    index = json.loads(soup.select_one("#wc-my-work-index").get_text())
    guide = next(p for p in index["pages"] if p["url"] == "instructors/authoring-workbook/")
    found = {(i["kind"], i["id"]) for i in guide["items"]}
    assert {
        ("letter", "guide-short-letter"),
        ("letter", "reply-to-rejection"),
        ("checklist", "guide-skills"),
        ("rubric", "guide-email-review"),
        ("journal", "guide-after-interview"),
    } <= found
    assert ("letter", "no-such-letter") not in found
    # The guide's examples are not course work (front matter my_work: false); weeks are.
    assert guide["progress"] is False
    week_1 = next(p for p in index["pages"] if p["url"] == "workcom/week-1/")
    assert week_1["progress"] is True and week_1["week"] == 1


def test_nav_order_puts_my_work_right_after_lessons():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)["nav"]
    names = [next(iter(entry)) for entry in nav]
    assert names.index("My work") == names.index("Lessons") + 1
    instructors = next(e["For instructors"] for e in nav if "For instructors" in e)
    assert {"Authoring guide: letters and workbook": "instructors/authoring-workbook.md"} in (
        instructors
    )


def test_forms_and_feedback_are_kept_out_of_the_search_index(site_dir: Path):
    index = json.loads((site_dir / "search/search_index.json").read_text())
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "Clear my details" not in text
    assert "Tell us more (you can leave this empty)" not in text  # the helpful box's field
    assert "Keep or share your work" not in text
    # Negative control: the model letters themselves are searchable.
    assert "I understand and respect your choice" in text


def test_what_only_the_script_shows_or_hides_is_kept_out_of_search(site_dir: Path):
    """A button the script reveals ("Make it yours") or a notice for browsers without it would
    show in every search result of its section: each page leaves them out of the index."""
    for page in sorted(site_dir.rglob("*.html")):
        article = soup_of(page).select_one("article")
        for element in article.select("[hidden], .wc-nojs") if article else []:
            excluded = element.has_attr("data-search-exclude") or element.find_parent(
                attrs={"data-search-exclude": True}
            )
            assert excluded, f"{page.relative_to(site_dir)}: {str(element)[:120]}"
    index = json.loads((site_dir / "search/search_index.json").read_text())
    letter = next(
        d["text"] for d in index["docs"] if d["location"].endswith("#letter-keep-in-touch-title")
    )
    assert "Make it yours" not in letter
    assert "Best regards, [Your name] [Your phone number]" in letter  # lines stay words apart


def _project(tmp_path: Path, pages: dict[str, str]) -> Path:
    dedented = {name: textwrap.dedent(text) for name, text in pages.items()}
    return write_project(tmp_path, dedented, extra={"course": {"contact_email": ""}})


GOOD = """
# Good
{% call letter("fine", "Fine") %}
Dear [Name],
> Greeting: Use [Name].
{% endcall %}
"""


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (
            {"a.md": '# A\n{% call letter("empty-one", "Empty") %}\n{% endcall %}\n'},
            ["a.md", "'empty-one'", "the letter is empty", "Fix:"],
        ),
        (
            {
                "a.md": '# A\n{% call letter("x", "X") %}\n'
                "Dear [Name],\n> Hi: see [Boss].\n{% endcall %}\n"
            },
            ["a.md", "'x'", "[Boss]", "not in the letter", "[Name]"],
        ),
        (
            {
                "a.md": '# A\n{% call letter("twin", "One") %}\nHello.\n{% endcall %}\n',
                "b.md": '# B\n{% call letter("twin", "Two") %}\nHi.\n{% endcall %}\n',
            },
            ["'twin'", "a.md", "b.md", "already used by a different letter"],
        ),
        (
            {"a.md": '# A\n{% call rubric("r", "R") %}\n- Greeting | a | b\n{% endcall %}\n'},
            ["a.md", "'r'", "2 descriptors for 3 levels"],
        ),
    ],
    ids=["empty-letter", "unknown-placeholder", "duplicate-id", "rubric-descriptors"],
)
def test_an_authoring_mistake_fails_the_build_naming_page_item_and_problem(
    tmp_path, pages, expected
):
    result = build_site(tmp_path / "site", _project(tmp_path, pages))
    output = result.stdout + result.stderr
    assert result.returncode != 0
    for fragment in expected:
        assert fragment in output, (fragment, output[-2000:])


def test_a_correct_letter_builds_in_the_same_fixture(tmp_path):
    result = build_site(tmp_path / "site", _project(tmp_path, {"index.md": GOOD}))
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'id="letter-fine"' in (tmp_path / "site" / "index.html").read_text()


def test_my_work_counts_any_component_that_marks_its_root_even_a_quiz(tmp_path):
    pages = {
        "index.md": GOOD,
        "week-2.md": (
            "---\nweek: 2\ntitle: Week two\n---\n# Week two\n\n"
            '<div data-wc-kind="quiz" data-wc-id="q-order" data-title="Email order"></div>\n'
        ),
        "my-work.md": "# My work\n\n{{ my_work() }}\n",
    }
    result = build_site(tmp_path / "site", _project(tmp_path, pages))
    assert result.returncode == 0, result.stdout + result.stderr
    soup = soup_of(tmp_path / "site" / "my-work" / "index.html")
    index = json.loads(soup.select_one("#wc-my-work-index").get_text())
    by_url = {p["url"]: p for p in index["pages"]}
    assert by_url["week-2/"]["week"] == 2
    assert by_url["week-2/"]["title"] == "Week two"
    assert by_url["week-2/"]["items"] == [{"kind": "quiz", "id": "q-order", "title": "Email order"}]
    assert by_url[""]["items"] == [{"kind": "letter", "id": "fine", "title": "Fine"}]
    assert [p["url"] for p in index["pages"]] == ["week-2/", ""]  # weeks first
