"""Front-matter credits: parsing, the checks, the TASL line, JSON-LD and the attributions list."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from macros import attribution, licenses
from macros.attribution import (
    MediaCredit,
    PageCredits,
    Source,
    agent_type,
    check_media,
    collect,
    footer_html,
    iso_duration,
    json_ld,
    json_ld_script,
    long_date,
    media_references,
    parse_licence,
    parse_media,
    parse_page,
    parse_sources,
    sentence,
    site_licensing,
    tasl,
)
from macros.errors import AuthoringError

SITE = site_licensing(
    {
        "licence": "CC-BY-NC-SA-4.0",
        "licensor": "Course team",
        "code_licence": "MIT",
        "audience": "Adult learners",
    },
    "https://example.test/",
    "en",
)
SOURCE = {
    "title": "What to do when you don't get the job",
    "author": "English Online Inc.",
    "url": "https://example.org/article/",
    "licence": "CC-BY-NC-SA-4.0",
    "date": dt.date(2022, 12, 7),
    "changes": "Rewritten in plain language.",
}


def test_one_source_mapping_or_a_list_give_the_same_sources():
    assert parse_sources(SOURCE, "p.md") == parse_sources([SOURCE], "p.md")
    (source,) = parse_sources(SOURCE, "p.md")
    assert source.licence is licenses.get("CC-BY-NC-SA-4.0")
    assert source.date == dt.date(2022, 12, 7)
    assert source.author == "English Online Inc."


def test_no_source_means_no_sources():
    assert parse_sources(None, "p.md") == ()


@pytest.mark.parametrize("missing", ["title", "author", "url", "licence", "changes"])
def test_a_source_without_a_required_field_names_the_page_and_the_field(missing):
    entry = {k: v for k, v in SOURCE.items() if k != missing}
    with pytest.raises(AuthoringError) as caught:
        parse_sources([entry], "lessons/x.md")
    message = str(caught.value)
    assert message.startswith("lessons/x.md")
    assert missing in message
    assert "Fix:" in message


def test_a_blank_field_counts_as_missing():
    with pytest.raises(AuthoringError, match="has no author"):
        parse_sources({**SOURCE, "author": "  "}, "p.md")


def test_a_source_url_must_be_a_web_address():
    with pytest.raises(AuthoringError, match="not a web address"):
        parse_sources({**SOURCE, "url": "englishonline.mb.ca"}, "p.md")


def test_a_date_can_be_written_as_text():
    (source,) = parse_sources({**SOURCE, "date": "2022-12-07"}, "p.md")
    assert source.date == dt.date(2022, 12, 7)
    with pytest.raises(AuthoringError, match="not a date"):
        parse_sources({**SOURCE, "date": "December 2022"}, "p.md")


def test_an_unknown_licence_lists_every_known_id():
    with pytest.raises(AuthoringError) as caught:
        parse_licence("CC BY-NC-SA", "p.md", "source: x")
    message = str(caught.value)
    assert "unknown licence id 'CC BY-NC-SA'" in message
    assert all(known in message for known in licenses.known_ids())


def test_a_known_licence_id_parses():
    assert parse_licence("CC0-1.0", "p.md", "x") is licenses.get("CC0-1.0")


def test_source_must_be_a_mapping_or_a_list_of_mappings():
    with pytest.raises(AuthoringError, match="mapping"):
        parse_sources("English Online", "p.md")


def test_media_credits_parse_and_need_file_title_creator_licence():
    credit = {"file": "/assets/img/a.png", "title": "A", "creator": "B", "licence": "CC0-1.0"}
    (media,) = parse_media(credit, "p.md")
    assert media.file == "assets/img/a.png"
    assert media.url == ""
    for missing in ("file", "title", "creator", "licence"):
        with pytest.raises(AuthoringError, match=missing):
            parse_media({k: v for k, v in credit.items() if k != missing}, "p.md")


def test_used_by_permission_and_all_rights_reserved_are_valid_for_media():
    for licence_id in ("used-by-permission", "all-rights-reserved"):
        credit = {"file": "a.png", "title": "A", "creator": "B", "licence": licence_id}
        assert parse_media(credit, "p.md")[0].licence.id == licence_id


def test_a_page_takes_the_site_licence_unless_it_sets_its_own():
    assert parse_page({}, "p.md", "p/", "P", SITE).licence.id == "CC-BY-NC-SA-4.0"
    own = parse_page({"licence": "CC-BY-4.0"}, "p.md", "p/", "P", SITE)
    assert own.licence.id == "CC-BY-4.0"


def test_a_page_title_comes_from_front_matter_first():
    assert parse_page({"title": "Front"}, "p.md", "p/", "Nav", SITE).title == "Front"
    assert parse_page({}, "p.md", "p/", "Nav", SITE).title == "Nav"


def test_adapting_a_noderivatives_source_fails_with_a_fix():
    with pytest.raises(AuthoringError) as caught:
        parse_page({"source": {**SOURCE, "licence": "CC-BY-ND-4.0"}}, "p.md", "p/", "P", SITE)
    assert "does not allow adaptations" in str(caught.value)
    assert "Fix:" in str(caught.value)


def test_a_sharealike_source_on_a_page_that_drops_sharealike_fails():
    meta = {"source": SOURCE, "licence": "CC-BY-NC-4.0"}
    with pytest.raises(AuthoringError, match="ShareAlike"):
        parse_page(meta, "p.md", "p/", "P", SITE)
    assert parse_page({"source": SOURCE}, "p.md", "p/", "P", SITE).sources


def test_a_noncommercial_source_on_a_page_that_allows_commerce_fails():
    meta = {"source": {**SOURCE, "licence": "CC-BY-NC-4.0"}, "licence": "CC-BY-4.0"}
    with pytest.raises(AuthoringError, match="NonCommercial"):
        parse_page(meta, "p.md", "p/", "P", SITE)


def test_time_must_be_whole_minutes():
    assert parse_page({"time": 90}, "p.md", "p/", "P", SITE).time == 90
    for bad in ("90 minutes", 0, -5, True, 1.5):
        with pytest.raises(AuthoringError, match="minutes"):
            parse_page({"time": bad}, "p.md", "p/", "P", SITE)


def test_the_site_needs_a_licensor_and_known_licences():
    with pytest.raises(AuthoringError, match="licensor"):
        site_licensing({"licence": "CC-BY-4.0", "code_licence": "MIT"}, "", "en")
    with pytest.raises(AuthoringError, match="unknown licence"):
        site_licensing({"licence": "CC-BY", "licensor": "X", "code_licence": "MIT"}, "", "en")


@pytest.mark.parametrize(
    ("minutes", "duration"), [(90, "PT1H30M"), (60, "PT1H"), (45, "PT45M"), (125, "PT2H5M")]
)
def test_iso_durations(minutes, duration):
    assert iso_duration(minutes) == duration


def test_long_date_and_sentence():
    assert long_date(dt.date(2022, 12, 7)) == "December 7, 2022"
    assert sentence("English Online Inc.") == "English Online Inc."
    assert sentence("Jane Kelly") == "Jane Kelly."


def test_the_tasl_line_has_title_author_source_licence_and_changes():
    (source,) = parse_sources(SOURCE, "p.md")
    line = tasl(source)
    assert line == (
        "Adapted from \u201cWhat to do when you don't get the job\u201d by English Online Inc."
        " (https://example.org/article/), licensed under CC BY-NC-SA 4.0"
        " (https://creativecommons.org/licenses/by-nc-sa/4.0/)."
        " Changes: Rewritten in plain language."
    )


# ------------------------------------------------------------- media references


def test_markdown_images_resolve_from_the_page_folder():
    text = "![A chart](../assets/img/chart.png)\n![Logo](/assets/logo.svg 'Our logo')"
    assert media_references(text, "lessons/x.md", "lessons/x/") == [
        "assets/img/chart.png",
        "assets/logo.svg",
    ]


def test_reference_style_images_are_found():
    text = "![A chart][chart]\n\n[chart]: img/chart.webp"
    assert media_references(text, "index.md", "") == ["img/chart.webp"]


def test_html_images_resolve_from_the_page_url():
    text = '<img src="../../assets/a.png" alt=""><source srcset="../../b.avif 1x, ../../c.avif 2x">'
    assert media_references(text, "lessons/x.md", "lessons/x/") == [
        "assets/a.png",
        "b.avif",
        "c.avif",
    ]


def test_html_images_in_markdown_blocks_may_be_relative_to_the_file():
    text = '<figure markdown="1">\n<img src="../assets/a.png" alt="">\n</figure>'
    found = media_references(text, "lessons/x.md", "lessons/x/")
    assert "assets/a.png" in found


def test_images_in_code_external_images_and_links_to_pages_are_ignored():
    text = (
        "```\n![Example](img/in-code.png)\n```\n"
        "Write `![alt](img/inline-code.png)` to show an image.\n"
        "![Remote](https://example.org/a.png) [a page](other.md) ![data](data:image/png;base64,xx)"
    )
    assert media_references(text, "index.md", "") == []


def _page(*media: MediaCredit) -> PageCredits:
    return PageCredits(path="p.md", url="p/", title="P", licence=SITE.licence, media=tuple(media))


def test_a_shown_file_without_a_credit_fails_and_a_credited_one_passes():
    credit = MediaCredit("img/a.png", "A", "B", licenses.get("CC0-1.0"))
    files = {"img/a.png"}
    with pytest.raises(AuthoringError) as caught:
        check_media(_page(), ["img/a.png"], files.__contains__)
    assert "img/a.png" in str(caught.value)
    assert "media:" in str(caught.value)
    check_media(_page(credit), ["img/a.png"], files.__contains__)


def test_a_reference_to_a_missing_file_is_not_a_credit_problem():
    check_media(_page(), ["img/missing.png"], set().__contains__)


def test_a_credit_for_a_file_that_does_not_exist_fails():
    credit = MediaCredit("img/typo.png", "A", "B", licenses.get("CC0-1.0"))
    with pytest.raises(AuthoringError, match="not in docs"):
        check_media(_page(credit), [], set().__contains__)


def test_a_misspelt_credit_suggests_the_file_the_page_shows():
    credit = MediaCredit("img/chart.svg", "A", "B", licenses.get("CC0-1.0"))
    with pytest.raises(AuthoringError) as caught:
        check_media(_page(credit), ["img/charts.svg"], {"img/charts.svg"}.__contains__)
    assert caught.value.fix == "did you mean `file: img/charts.svg`?"


def test_a_credit_for_a_file_the_page_does_not_show_fails():
    """The footer and the attributions page would say the page shows it."""
    credit = MediaCredit("img/a.png", "A", "B", licenses.get("CC0-1.0"))
    files = {"img/a.png"}.__contains__
    with pytest.raises(AuthoringError, match=r"credits the media file 'img/a\.png', but does not"):
        check_media(_page(credit), [], files, "# P\n\nNo picture here.\n")
    check_media(_page(credit), ["img/a.png"], files, "![A chart](img/a.png)")
    check_media(_page(credit), [], files, "[Listen or download](img/a.png)")  # a link shows it


# ------------------------------------------------------------- JSON-LD and the list


def test_json_ld_is_a_learning_resource_from_the_front_matter():
    meta = {
        "title": "Week 2: Peer review",
        "description": "Give feedback.",
        "week": 2,
        "time": 90,
        "level": "CLB 5-7",
        "objectives": ["Give kind feedback."],
        "source": SOURCE,
    }
    page = parse_page(meta, "workcom/week-2.md", "workcom/week-2/", "W", SITE)
    data = json.loads(json_ld_script(json_ld(page, SITE, "https://example.test/workcom/week-2/")))
    assert data["@type"] == "LearningResource"
    assert data["name"] == "Week 2: Peer review"
    assert data["license"] == "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    assert data["timeRequired"] == "PT1H30M"
    assert data["educationalLevel"] == "CLB 5-7"
    assert data["learningResourceType"] == "Course module"
    assert data["inLanguage"] == "en"
    assert data["audience"]["audienceType"] == "Adult learners"
    assert data["isBasedOn"][0]["url"] == SOURCE["url"]
    assert data["isBasedOn"][0]["license"] == "https://creativecommons.org/licenses/by-nc-sa/4.0/"


def test_json_ld_leaves_out_what_the_page_does_not_say():
    data = json_ld(parse_page({"title": "About"}, "a.md", "a/", "A", SITE), SITE, "")
    for absent in ("timeRequired", "educationalLevel", "isBasedOn", "teaches", "url"):
        assert absent not in data
    assert data["learningResourceType"] == "Information page"


def test_json_ld_text_cannot_close_its_script_element():
    text = json_ld_script({"name": "</script><script>alert(1)</script>"})
    assert "</" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script>"


def test_collect_groups_each_work_with_every_page_that_uses_it():
    first = parse_page({"title": "One", "source": SOURCE}, "one.md", "one/", "", SITE)
    changed = {**SOURCE, "changes": "Only the outline."}
    second = parse_page({"title": "Two", "source": changed}, "two.md", "two/", "", SITE)
    other = {**SOURCE, "title": "Another article", "url": "https://example.org/b/"}
    third = parse_page({"title": "Three", "source": other}, "three.md", "three/", "", SITE)
    sources, media = collect([first, second, third])
    assert [c.item.title for c in sources] == ["Another article", SOURCE["title"]]
    assert [(u.title, u.changes) for u in sources[1].uses] == [
        ("One", "Rewritten in plain language."),
        ("Two", "Only the outline."),
    ]
    assert media == []


def test_source_keys_tell_different_works_apart():
    a = Source("T", "A", "https://x/", licenses.get("CC-BY-4.0"), "c")
    b = Source("T", "A", "https://x/", licenses.get("CC-BY-SA-4.0"), "c")
    assert a.key != b.key


def test_an_unknown_key_fails_and_license_gets_a_spelling_hint():
    with pytest.raises(AuthoringError, match="spelled with a c"):
        parse_sources({**SOURCE, "license": "CC-BY-4.0"}, "p.md")
    with pytest.raises(AuthoringError, match="`autor:` is not something"):
        parse_sources({**SOURCE, "autor": "X"}, "p.md")
    with pytest.raises(AuthoringError, match="use only these keys: file, title"):
        parse_media(
            {"file": "a.png", "title": "A", "creator": "B", "licence": "CC0-1.0", "changes": "x"},
            "p.md",
        )


def test_earlier_notices_are_kept_in_the_credit_line():
    (source,) = parse_sources({**SOURCE, "notice": "Based on work by Ana."}, "p.md")
    assert tasl(source).endswith(
        "Changes: Rewritten in plain language. Credits in the original: Based on work by Ana."
    )
    (plain,) = parse_sources(SOURCE, "p.md")
    assert "Credits in the original" not in tasl(plain)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("English Online Inc.", "Organization"),
        ("Workplace Communications course contributors", "Organization"),
        ("Red River College", "Organization"),
        ("Jane Kelly", "Person"),
        ("Incognito Smith", "Person"),
    ],
)
def test_authors_are_typed_as_people_or_organizations(name, kind):
    assert agent_type(name) == kind


def test_the_footer_escapes_what_authors_write():
    evil = {**SOURCE, "title": "<script>alert(1)</script>", "changes": "a & b"}
    page = parse_page({"title": "T <b>", "source": evil}, "p.md", "p/", "", SITE)
    html = footer_html(page, SITE)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Changes: a &amp; b" in html
    assert 'rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/"' in html


def test_the_site_footer_names_the_site_licence_and_no_page():
    html = footer_html(None, SITE)
    assert html.startswith('<p class="wc-licence__page">Course content by')
    assert "dct:title" not in html
    assert "wc-licence__source" not in html


def test_a_page_licence_spelled_license_fails_with_the_spelling():
    with pytest.raises(AuthoringError, match=r"licence: CC-BY-4\.0"):
        parse_page({"license": "CC-BY-4.0"}, "p.md", "p/", "P", SITE)


def test_one_objective_written_as_text_is_one_objective():
    page = parse_page({"objectives": "Write a polite email."}, "p.md", "p/", "P", SITE)
    assert page.objectives == ("Write a polite email.",)


def test_a_mistake_in_the_time_or_week_is_not_called_an_attribution_error():
    """The credits read the page's time: and week: for its metadata; a mistake there is the
    front matter's, and the message says only that."""
    time = attribution._fail(AuthoringError("`time: x` is not", "write", "a.md", "time"), "a.md")
    assert str(time).startswith("a.md, 'time': `time: x`")
    credit = AuthoringError("no title", "add one", "a.md", "source: Article")
    assert str(attribution._fail(credit, "a.md")).startswith("Attribution error: a.md, 'source")


def test_a_work_adapted_by_permission_is_credited_in_words_and_kept_out_of_the_page_licence():
    """It once read "licensed under adapted by permission", on a page that the footer said was
    all under CC BY-NC-SA."""
    allowed = {**SOURCE, "licence": "adapted-by-permission"}
    page = parse_page({"title": "T", "source": allowed}, "p.md", "p/", "", SITE)
    text = re.sub(r"<[^>]+>", "", footer_html(page, SITE))
    assert (
        "by English Online Inc., used and changed by permission of the copyright holder, so not "
        "under this page's licence: ask them before you reuse it. Changes:"
    ) in text
    assert "licensed under adapted" not in text
    assert ", used and changed by permission of the copyright holder. Changes:" in tasl(
        page.sources[0]
    )
    open_data = {**SOURCE, "licence": "OGL-Canada-2.0"}
    page = parse_page({"title": "T", "source": open_data}, "p.md", "p/", "", SITE)
    assert "licensed under Open Government Licence \u2013 Canada 2.0" in re.sub(
        r"<[^>]+>", "", footer_html(page, SITE)
    )


@pytest.mark.parametrize(("language", "code"), [("custom", "en"), ("en", "en"), ("fr", "fr")])
def test_the_json_ld_language_is_the_code_the_pages_declare(language, code):
    """`language: custom` (plainer English words) still writes lang="en" into every page."""
    from pathlib import Path

    from mkdocs.theme import Theme

    overrides = Path(__file__).resolve().parents[2] / "overrides"
    theme = Theme(name="material", custom_dir=str(overrides), language=language)
    assert attribution.page_language({"theme": theme}) == code


def test_a_theme_without_materials_translations_gives_its_own_language_setting():
    """MkDocs' own theme writes its `locale` into every page's lang; the JSON-LD said "en"."""
    from mkdocs.theme import Theme

    assert attribution.page_language({"theme": Theme(name="mkdocs", locale="de")}) == "de"
    assert attribution.page_language({"theme": Theme(name="mkdocs")}) == "en"
