"""A learner makes a sample letter their own: live text, Copy, Download, the mailto link,
fields kept after a reload, readable without JavaScript and in print."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, OPEN_LETTER_FORMS, PHONE, open_letter_form

GUIDE = "instructors/authoring-workbook/"
LETTER = "#letter-guide-short-letter"
NAME = "Zoë O'Neil & Sons #1 + 100%"  # characters that a mailto: URL must encode

EXPECTED_BODY = (
    "Dear Ms. Chen,\n\nThank you for the interview at Prairie Foods today.\nI enjoyed our talk."
    f"\n\nBest regards,\n{NAME}"
)
EXPECTED_FILE = f"Subject: Thank you, Ms. Chen\n\n{EXPECTED_BODY}\n"


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base_url + GUIDE)
    yield page
    assert errors == []
    context.close()


def fill_letter(page) -> None:
    open_letter_form(page, LETTER)
    letter = page.locator(LETTER)
    letter.get_by_label("Interviewer's name").fill("Ms. Chen")
    letter.get_by_label("Company").fill("Prairie Foods")
    letter.get_by_label("Your name").fill(NAME)


def test_make_it_yours_opens_and_closes_the_form_and_keeps_what_was_typed(page):
    letter = page.locator(LETTER)
    opener = letter.get_by_role("button", name="Make it yours")
    assert opener.get_attribute("aria-expanded") == "false"
    assert letter.locator("form, input").count() == 0  # not in the page until asked for
    opener.focus()
    page.keyboard.press("Enter")
    form = letter.locator("form.wc-letter__make")
    assert form.is_visible() and opener.get_attribute("aria-expanded") == "true"
    assert opener.get_attribute("aria-controls") == form.get_attribute("id")
    letter.get_by_label("Company").fill("Prairie Foods")
    opener.focus()
    page.keyboard.press("Space")
    assert not form.is_visible() and opener.get_attribute("aria-expanded") == "false"
    opener.click()
    assert letter.get_by_label("Company").input_value() == "Prairie Foods"
    assert letter.locator("form").count() == 1  # the same form, shown again


def test_the_letter_changes_as_the_learner_types(page):
    open_letter_form(page, LETTER)
    preview = page.locator(f"{LETTER} .wc-letter__preview")
    assert "[Company]" in preview.inner_text()  # negative control: nothing filled yet
    fill_letter(page)
    assert preview.inner_text() == EXPECTED_FILE.rstrip("\n")


def test_copy_puts_the_personal_letter_on_the_clipboard_and_says_so(page):
    fill_letter(page)
    page.locator(LETTER).get_by_role("button", name="Copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == EXPECTED_FILE
    status = page.locator(f"{LETTER} [role=status]")
    assert status.get_attribute("aria-live") == "polite"
    page.wait_for_function(
        "s => document.querySelector(s).textContent.startsWith('Copied')",
        arg=f"{LETTER} .wc-status",
    )


def test_download_saves_the_personal_letter_as_a_text_file(page, tmp_path):
    fill_letter(page)
    with page.expect_download() as info:
        page.locator(LETTER).get_by_role("button", name="Download (.txt)").click()
    download = info.value
    assert download.suggested_filename == "guide-short-letter.txt"
    path = tmp_path / "letter.txt"
    download.save_as(path)
    assert path.read_text(encoding="utf-8") == EXPECTED_FILE


def test_the_email_link_is_a_correctly_encoded_mailto_with_subject_and_body(page):
    fill_letter(page)
    href = page.locator(f"{LETTER} a[data-action=email]").get_attribute("href")
    url = urlsplit(href)
    assert url.scheme == "mailto" and url.path == ""
    assert "+" not in url.query.replace("%2B", "")  # spaces are %20, never "+"
    query = parse_qs(url.query, strict_parsing=True)
    assert query["subject"] == ["Thank you, Ms. Chen"]
    assert query["body"] == [EXPECTED_BODY.replace("\n", "\r\n")]


def test_clicking_the_email_link_opens_that_mailto_and_tells_the_learner(page):
    fill_letter(page)
    # Catch the click instead of letting Chromium hand the URL to an email app.
    page.evaluate(
        """() => document.querySelector('#letter-guide-short-letter a[data-action=email]')
        .addEventListener('click', e => { window.__opened = e.currentTarget.href;
                                          e.preventDefault(); })"""
    )
    page.locator(LETTER).get_by_role("link", name="Open in my email app").click()
    opened = page.evaluate("window.__opened")
    assert opened.startswith("mailto:?subject=Thank%20you%2C%20Ms.%20Chen&body=Dear%20Ms.%20Chen")
    assert opened.endswith("Zo%C3%AB%20O%27Neil%20%26%20Sons%20%231%20%2B%20100%25")
    page.wait_for_function(
        "() => document.querySelector('#letter-guide-short-letter .wc-status')"
        ".textContent.includes('press Send')"
    )


def test_fields_are_kept_after_a_reload_and_cleared_on_request(page):
    fill_letter(page)
    page.reload()
    letter = page.locator(LETTER)
    # A letter with saved details opens by itself; one without stays closed.
    assert letter.get_by_role("button", name="Make it yours").get_attribute("aria-expanded") == (
        "true"
    )
    assert page.locator("#letter-reply-to-rejection form").count() == 0
    assert letter.get_by_label("Company").input_value() == "Prairie Foods"
    assert letter.locator(".wc-letter__preview").inner_text() == EXPECTED_FILE.rstrip("\n")
    letter.get_by_role("button", name="Clear my details").click()
    page.reload()
    assert page.locator(LETTER).locator("form").count() == 0  # nothing saved: closed again
    open_letter_form(page, LETTER)
    assert page.locator(LETTER).get_by_label("Company").input_value() == ""


def test_clear_my_details_can_be_undone_and_undo_gives_back_every_field(page):
    fill_letter(page)
    letter = page.locator(LETTER)
    clear = letter.get_by_role("button", name="Clear my details")
    clear.focus()
    page.keyboard.press("Enter")
    assert letter.get_by_label("Your name").input_value() == ""
    page.wait_for_function(
        "() => document.querySelector('#letter-guide-short-letter .wc-status').textContent"
        " == 'Your details were cleared. Undo'"
    )
    page.keyboard.press("Tab")  # from Clear to Undo, after the message
    page.keyboard.press("Enter")
    assert letter.get_by_label("Your name").input_value() == NAME
    assert letter.get_by_label("Company").input_value() == "Prairie Foods"
    assert letter.locator(".wc-letter__preview").inner_text() == EXPECTED_FILE.rstrip("\n")
    assert clear.evaluate("b => b === document.activeElement")
    page.reload()  # saved again
    assert page.locator(LETTER).get_by_label("Company").input_value() == "Prairie Foods"


def test_a_link_into_the_form_opens_it(page, base_url):
    page.goto(base_url + GUIDE + "#letter-guide-short-letter-make")
    form = page.locator("#letter-guide-short-letter-make")
    assert form.is_visible()
    header = page.locator("header.md-header").bounding_box()
    assert header["height"] <= form.bounding_box()["y"] < 400  # just under the header
    assert page.locator("#letter-reply-to-rejection form").count() == 0


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_without_javascript_the_model_letter_and_notes_are_there_and_the_form_is_not(
    browser, base_url, viewport
):
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + GUIDE)
    model = page.locator(f"{LETTER} .wc-letter__model")
    assert model.is_visible()
    assert "Dear [Interviewer's name]," in model.inner_text()
    assert page.locator(f"{LETTER} .wc-letter__note").first.is_visible()
    assert page.locator(f"{LETTER} .wc-letter__make").count() == 0
    assert not page.locator(f"{LETTER} .wc-letter__make-title").is_visible()
    context.close()


def test_print_shows_the_model_letter_without_form_controls(page):
    open_letter_form(page, LETTER)
    make = page.locator(f"{LETTER} .wc-letter__make")
    assert make.is_visible()  # negative control: on screen the form is there
    page.emulate_media(media="print")
    assert page.locator(f"{LETTER} .wc-letter__model").is_visible()
    assert page.locator(f"{LETTER} .wc-letter__note").first.is_visible()
    assert not make.is_visible()
    visible_controls = page.locator(f"{LETTER} input, {LETTER} button, {LETTER} a.md-button")
    assert [c for c in visible_controls.all() if c.is_visible()] == []


def test_notes_sit_beside_the_parts_on_a_desktop_and_under_them_on_a_phone(browser, base_url):
    boxes = {}
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(base_url + GUIDE)
        part = page.locator(f"{LETTER} .wc-letter__part--noted").first
        text = part.locator(".wc-letter__text").bounding_box()
        note = part.locator(".wc-letter__note").bounding_box()
        boxes[name] = (text, note)
        context.close()
    text, note = boxes["desktop"]
    assert note["x"] > text["x"] + text["width"] - 1  # beside
    text, note = boxes["phone"]
    assert note["y"] >= text["y"] + text["height"] - 1  # under


def test_a_new_letter_starts_with_the_name_from_another_letter_but_not_the_company(page):
    fill_letter(page)
    other = page.locator("#letter-reply-to-rejection")
    page.reload()
    open_letter_form(page, "#letter-reply-to-rejection")
    assert other.get_by_label("Your name").input_value() == NAME
    assert other.get_by_label("Company").input_value() == ""  # only personal details carry over
    assert NAME in other.locator(".wc-letter__preview").inner_text()


def test_a_detail_saved_for_a_placeholder_the_author_renamed_stays_on_my_work(page, base_url):
    """The letter once said [Interviewer]: what the learner typed for it is not lost when they
    fill in the letter's new fields, and Clear my details clears it too."""
    page.evaluate(
        """() => wcStore.save('letter', 'guide-short-letter', {title: 'A short thank-you email',
             kind: 'email', fields: {'Interviewer': 'Ms. Chen', 'Company': 'Prairie Foods'},
             text: 'Dear Ms. Chen,'})"""
    )
    page.reload()
    letter = page.locator(LETTER)
    assert letter.get_by_label("Company").input_value() == "Prairie Foods"
    letter.get_by_label("Your name").fill(NAME)
    page.goto(base_url + "my-work/")
    text = page.locator("#wc-my-work").inner_text()
    assert (
        f"Best regards,\n{NAME}\nDetails the letter no longer asks for:\n- Interviewer: Ms. Chen"
        in (text)
    )
    page.goto(base_url + GUIDE)
    page.locator(LETTER).get_by_role("button", name="Clear my details").click()
    saved = page.evaluate("wcStore.load('letter', 'guide-short-letter')")
    assert saved is None


def test_a_detail_kept_for_a_renamed_placeholder_is_back_in_its_field_when_the_name_comes_back(
    page,
):
    """The author renamed [Company] to [Company name], the learner typed there, then the author
    named it [Company] again: what the learner typed for [Company] is in its field once more,
    not dropped at their next keystroke."""
    page.evaluate(
        """() => wcStore.save('letter', 'guide-short-letter', {title: 'A short thank-you email',
             kind: 'email', fields: {'Company name': 'New Co'}, old: {'Company': 'Prairie Foods'},
             text: 'Dear Ms. Chen,'})"""
    )
    page.reload()
    letter = page.locator(LETTER)
    assert letter.get_by_label("Company").input_value() == "Prairie Foods"
    letter.get_by_label("Your name").fill(NAME)
    saved = page.evaluate("wcStore.load('letter', 'guide-short-letter')")
    assert saved["fields"]["Company"] == "Prairie Foods"
    assert saved["old"] == {"Company name": "New Co"}


def test_clear_my_details_clears_details_kept_for_a_placeholder_when_every_field_is_empty(page):
    """Only a detail for a dropped [Placeholder] is saved: My work shows it, so Clear my details
    clears it (it said "There is nothing to clear." and kept it for ever); Undo brings it back."""
    page.evaluate(
        """() => wcStore.save('letter', 'guide-short-letter', {title: 'A short thank-you email',
             kind: 'email', fields: {}, old: {'Interviewer': 'Ms. Chen'},
             text: 'Dear Ms. Chen,'})"""
    )
    page.reload()
    letter = page.locator(LETTER)
    letter.get_by_role("button", name="Clear my details").click()
    expect(letter.locator(".wc-status")).to_contain_text("Your details were cleared.")
    assert page.evaluate("wcStore.load('letter', 'guide-short-letter')") is None
    letter.locator(".wc-status").get_by_role("button", name="Undo").click()
    saved = page.evaluate("wcStore.load('letter', 'guide-short-letter')")
    assert saved["old"] == {"Interviewer": "Ms. Chen"}


TOOL_WORDS = (
    "Make it yours",
    "Copy",
    "Download (.txt)",
    "Open in my email app",
    "Clear my details",
    "Print",
    "Clear my answers",
)


def test_no_two_tool_buttons_on_the_lesson_have_the_same_name_for_a_screen_reader(
    browser, base_url
):
    """A screen reader's list of the lesson's buttons read "Make it yours", "Copy" and "Download
    (.txt)" once per letter and checklist, with nothing to tell them apart. Each is named by its
    word, then its activity's title (the shown word first: WCAG 2.5.3 Label in Name)."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + "lessons/when-you-dont-get-the-job/")
    page.evaluate(OPEN_LETTER_FORMS)  # every letter's form
    cdp = context.new_cdp_session(page)
    names = [
        node["name"]["value"]
        for node in cdp.send("Accessibility.getFullAXTree")["nodes"]
        if node.get("role", {}).get("value") in ("button", "link")
        and not node.get("ignored")
        and node.get("name", {}).get("value", "").startswith(TOOL_WORDS)
    ]
    assert len(names) > 20
    assert sorted(name for name in set(names) if names.count(name) > 1) == []
    letter = page.locator("#letter-reply-to-rejection")
    title = letter.locator("h3").inner_text().strip()
    expect(letter.locator("[data-action=copy]")).to_have_accessible_name(f"Copy {title}")
    expect(letter.locator(".wc-letter__open")).to_have_accessible_name(f"Make it yours {title}")
    context.close()
