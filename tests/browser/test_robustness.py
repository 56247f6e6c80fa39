"""Robustness in a real browser: hostile learner input; stored data that is missing, damaged,
from an older version, or that the browser will not keep, on every page with a component; and
every text and choice a learner enters there, back on the next visit."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.conftest import OPEN_LETTER_FORMS, PHONE
from tests.support.html import page_assets, soup_of

LONG_WORD = "Supercalifragilisticexpialidocious" * 4
HOSTILE = (
    f"{LONG_WORD} <script>window.hacked=2</script> \"quoted\" 'single' "
    '<img src=x onerror="window.hacked=1;alert(1)"> {{ 7*7 }} '
    "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \U0001f600\U0001f1e8\U0001f1e6"
)
LESSON = "lessons/when-you-dont-get-the-job/"
RUBRIC_PAGE = "workcom/week-2/"
MY_WORK = "my-work/"

# Which components a page has, and whether quiz.js, letter.js, the workbook widgets and mywork.js
# set each one up (their controls appear only when the script ran to the end).
NOT_SET_UP = """() => {
  const out = [];
  document.querySelectorAll('.wc-quiz').forEach(q => {
    if (!q.querySelector('.wc-quiz__actions')) out.push('quiz ' + q.id); });
  document.querySelectorAll('.wc-letter').forEach(l => {
    if (l.querySelector('.wc-letter__make-title').hidden) out.push('letter ' + l.id); });
  document.querySelectorAll('.wc-checklist, .wc-rubric, .wc-journal').forEach(w => {
    if (!w.querySelector('.wc-actions:not([hidden])')) out.push('workbook ' + w.id); });
  document.querySelectorAll('.wc-helpful').forEach(h => { if (h.hidden) out.push('helpful'); });
  document.querySelectorAll('.wc-mywork').forEach(m => {
    if (m.querySelector('.wc-mywork__tools').hidden) out.push('my work'); });
  return out;
}"""


def not_set_up(page, timeout: float = 5000) -> list[str]:
    """The components of the page still not set up once they had `timeout` ms after the load
    event (quizzes are set up a few at a time, each few in a task of their own, so the last of
    a lesson's may come just after the load event)."""
    with contextlib.suppress(PlaywrightTimeoutError):  # then say what is not set up
        page.wait_for_function(f"({NOT_SET_UP})().length === 0", timeout=timeout)
    return page.evaluate(NOT_SET_UP)


OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def watch(page) -> list[str]:
    """Collect script errors and dialogs (a dialog means some text ran as script)."""
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"{page.url}: error {e}"))

    def dialog(d):
        problems.append(f"{page.url}: dialog {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return problems


def assert_shown_as_text(page) -> None:
    assert page.evaluate("window.hacked") is None
    assert page.locator("article img[src='x']").count() == 0
    assert page.evaluate(OVERFLOW) <= 0, "a long word makes the page scroll sideways"


def test_hostile_learner_input_is_kept_as_text_and_never_runs(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    problems = watch(page)
    page.goto(base_url + LESSON)
    blank = page.locator(".wc-quiz__blank").first
    reflection = page.locator(".wc-quiz[data-type='reflection'] textarea").first
    letter = page.locator(".wc-letter").first
    letter.get_by_role("button", name="Make it yours").click()
    field = letter.locator("input[data-placeholder]").first
    journal = page.locator(".wc-journal fieldset").first
    blank.fill(HOSTILE)
    reflection.fill(HOSTILE)
    field.fill(HOSTILE)
    journal.locator("[data-new]").fill(HOSTILE)
    journal.get_by_role("button", name="Add").click()
    page.reload()
    assert blank.input_value() == HOSTILE
    assert reflection.input_value() == HOSTILE
    assert field.input_value() == HOSTILE
    assert journal.locator(".wc-journal__entry textarea").first.input_value() == HOSTILE.strip()
    assert HOSTILE in letter.locator(".wc-letter__preview").inner_text()
    assert_shown_as_text(page)

    page.goto(base_url + RUBRIC_PAGE)
    comment = page.locator(".wc-rubric [data-comment]").first
    comment.fill(HOSTILE)
    page.reload()
    assert comment.input_value() == HOSTILE
    assert_shown_as_text(page)

    page.goto(base_url + MY_WORK)
    records = page.locator(".wc-mywork__records")
    records.get_by_text(LONG_WORD).first.wait_for()
    assert "<script>window.hacked=2</script>" in records.inner_text()
    assert_shown_as_text(page)
    context.close()
    assert problems == []


def components(path: Path) -> list[tuple[str, str]]:
    """(kind, id) of every component on a built page that keeps learner data."""
    soup = soup_of(path)
    found = [("quiz", q["data-quiz"]) for q in soup.select(".wc-quiz[data-quiz]")]
    found += [(e["data-wc-kind"], e["data-wc-id"]) for e in soup.select("[data-wc-id]")]
    found += [("helpful", "page")] * len(soup.select(".wc-helpful"))
    return list(dict.fromkeys(found))


@pytest.fixture(scope="module")
def component_pages(site_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """Every page that loads store.js, by URL path, with its components; My work last."""
    pages = {}
    for path in sorted(site_dir.rglob("*.html")):
        if "js/store.js" in page_assets(path, site_dir):
            url = path.relative_to(site_dir).as_posix().removesuffix("index.html")
            pages[url] = components(path)
    assert LESSON in pages and MY_WORK in pages
    return dict(sorted(pages.items(), key=lambda item: item[0] == MY_WORK))


# Damaged (not JSON), older version, wrong shape: every component meets each in turn.
BAD = [
    "{not json",
    json.dumps({"v": 0, "saved": "2020-01-01", "data": {"a": [1], "items": []}}),
    json.dumps({"v": 1, "saved": "x", "data": 42}),
    json.dumps({"v": 1, "saved": "x", "data": {"a": "zz", "items": "no", "lists": 1}}),
]


def test_pages_work_and_say_so_when_saved_data_is_damaged_or_old(
    browser, base_url, component_pages
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    problems = watch(page)
    silent = []
    for url, items in component_pages.items():
        page.goto(base_url + url)
        assert not_set_up(page) == [], url  # nothing stored yet: all set up
        assert page.locator(".wc-store-notice").count() == 0, url
        records = {
            f"wc|/|{url}|{kind}|{item}": BAD[n % len(BAD)] for n, (kind, item) in enumerate(items)
        }
        page.evaluate(
            "r => Object.entries(r).forEach(([k, v]) => localStorage.setItem(k, v))", records
        )
        page.reload()
        assert not_set_up(page) == [], url
        note = page.locator(".wc-store-notice, .wc-mywork__skipped")
        if not (items or url == MY_WORK):
            continue
        if not (note.count() and "could not be read" in note.first.inner_text()):
            silent.append(url)
    context.close()
    assert problems == []
    assert silent == []


# Storage turned off (all cookies blocked): touching either storage throws. (Storage that is
# full is the same to store.js: its first write fails; tests/browser/test_quiz.py covers it.)
BLOCKED = (
    "for (const name of ['localStorage', 'sessionStorage'])"
    " Object.defineProperty(window, name, {configurable: true,"
    " get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});"
)


def test_pages_work_and_say_so_when_the_browser_keeps_nothing(browser, base_url, component_pages):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(BLOCKED)
    page = context.new_page()
    problems = watch(page)
    silent = []
    for url in component_pages:
        page.goto(base_url + url)
        assert not_set_up(page) == [], url
        note = page.locator(".wc-store-notice")
        if not (note.count() and "not saving your work" in note.first.inner_text()):
            silent.append(url)
    context.close()
    assert problems == []
    assert silent == []


# Storage that fills up after the page loaded: its check as the page loads passes (nothing is
# said then), and every save after it fails, as when a phone's storage is full.
FULL_AFTER_LOAD = (
    "const set = Storage.prototype.setItem;"
    " Storage.prototype.setItem = function (key, value) {"
    " if (!key.endsWith('|probe')) throw new DOMException('full', 'QuotaExceededError');"
    " return set.call(this, key, value); };"
)


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_a_learner_typing_far_down_the_page_sees_there_that_it_is_not_saved(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(FULL_AFTER_LOAD)
    page = context.new_page()
    problems = watch(page)
    page.goto(base_url + LESSON)
    assert not_set_up(page) == []
    assert page.locator(".wc-store-notice").count() == 0  # nothing has failed yet
    field = page.locator(".wc-quiz[data-type='reflection'] textarea").first
    field.evaluate("e => e.scrollIntoView({block: 'center'})")
    field.fill("My answer")
    notes = page.locator(".wc-store-notice")
    assert [n for n in notes.all() if in_view(page, n)], "the learner sees no notice"
    assert "Not saved" in notes.all_inner_texts()[-1]
    field.fill("My answer, longer")  # said once, not at every key
    assert notes.count() == 2
    context.close()
    assert problems == []


def test_a_note_added_when_the_browser_keeps_nothing_is_not_said_to_be_saved(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(FULL_AFTER_LOAD)
    page = context.new_page()
    page.goto(base_url + LESSON)
    journal = page.locator(".wc-journal").first
    journal.locator("[data-new]").first.fill("Practise QuickBooks")
    journal.get_by_role("button", name="Add").first.click()
    status = journal.locator(".wc-status")
    page.wait_for_function(
        "s => s.textContent.startsWith('Note added')", arg=status.element_handle()
    )
    assert status.inner_text() == (
        "Note added, but not saved: your browser is not saving your work."
    )
    context.close()


def type_with_an_input_method(page, text: str) -> None:
    """Type `text` in the focused field as a Chinese or Japanese input method does: composed,
    then an Enter picks it (a keydown "Enter" while composing, key code 229) and it goes in."""
    cdp = page.context.new_cdp_session(page)
    end = len(text)
    cdp.send("Input.imeSetComposition", {"text": text, "selectionStart": end, "selectionEnd": end})
    enter = {"key": "Enter", "code": "Enter"}
    cdp.send(
        "Input.dispatchKeyEvent", {"type": "rawKeyDown", "windowsVirtualKeyCode": 229, **enter}
    )
    cdp.send("Input.insertText", {"text": text})
    cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "windowsVirtualKeyCode": 13, **enter})


def type_with_an_input_method_as_safari(page, text: str) -> None:
    """As Safari does it: the word goes in (the composition ends) before the keydown of the
    Enter that picked it, so that keydown has isComposing false, and key code 229 tells."""
    cdp = page.context.new_cdp_session(page)
    end = len(text)
    cdp.send("Input.imeSetComposition", {"text": text, "selectionStart": end, "selectionEnd": end})
    cdp.send("Input.insertText", {"text": text})
    enter = {"key": "Enter", "code": "Enter"}
    cdp.send(
        "Input.dispatchKeyEvent", {"type": "rawKeyDown", "windowsVirtualKeyCode": 229, **enter}
    )
    cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "windowsVirtualKeyCode": 13, **enter})


@pytest.mark.parametrize(
    "typing",
    [type_with_an_input_method, type_with_an_input_method_as_safari],
    ids=["Chromium's order", "Safari's order"],
)
def test_the_enter_that_picks_a_word_in_an_input_method_neither_adds_nor_checks(
    learner, base_url, typing
):
    learner.goto(base_url + LESSON)
    assert not_set_up(learner) == []
    add = learner.locator(".wc-journal fieldset").first
    add.locator("[data-new]").click()
    learner.keyboard.type("I need ")
    typing(learner, "\u4f60\u597d")
    assert add.locator("[data-new]").input_value() == "I need \u4f60\u597d"
    assert add.locator(".wc-journal__entry").count() == 0  # not added half-written
    quiz = learner.locator(".wc-quiz[data-type=fill]").first
    blank = quiz.locator(".wc-quiz__blank").first
    blank.click()
    typing(learner, "taking")
    assert blank.input_value() == "taking"
    assert quiz.locator(".wc-quiz__result").inner_text() == ""  # not checked half-written
    assert blank.is_editable()  # the learner can go on typing
    new_visit(learner, base_url + LESSON)
    assert add.locator("[data-new]").input_value() == "I need \u4f60\u597d"


# Every field a learner types in: text boxes and areas, letter forms opened, search left out.
TEXT_FIELDS = (
    "article input:is([type=text], [type=email], :not([type])):visible, article textarea:visible"
)
DESCRIBE = "e => e.id || e.getAttribute('aria-label') || e.getAttribute('data-placeholder') || '?'"


@pytest.fixture
def learner(browser):
    """A page on a phone; no script error or dialog may happen on it."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    problems = watch(page)
    yield page
    context.close()
    assert problems == []


def new_visit(page, url: str) -> None:
    """A new visit to the page (the browser restores no field itself), letter forms opened."""
    page.goto("about:blank")
    page.goto(url)
    assert not_set_up(page) == [], url
    page.evaluate(OPEN_LETTER_FORMS)


def test_text_a_learner_typed_anywhere_is_there_on_the_next_visit(
    learner, base_url, component_pages
):
    typed, lost = 0, []
    for url in component_pages:
        new_visit(learner, base_url + url)
        fields = learner.locator(TEXT_FIELDS)
        wrote = {}
        for n, where in enumerate(fields.evaluate_all(f"all => all.map({DESCRIBE})")):
            text = f"<typed {n} on {url}>"
            fields.nth(n).fill(text)
            wrote[text] = where
        typed += len(wrote)
        new_visit(learner, base_url + url)
        values = "\n".join(
            learner.locator("article input, article textarea").evaluate_all(
                "all => all.map(e => e.value)"
            )
        )
        lost += [f"{url} {where}" for text, where in wrote.items() if text not in values]
    assert typed > 60, "almost nothing to type in: the check would prove nothing"
    assert lost == []


# Tap the last option of every group of options and every checkbox, and pick the last entry of
# every list (a click fires the same events as a tap; a list gets the events a choice fires).
CHOOSE = """() => {
  let n = 0;
  document.querySelectorAll('article input:is([type=radio], [type=checkbox])').forEach(e => {
    const group = e.type === 'radio' ? document.getElementsByName(e.name) : [e];
    if (e.disabled || !e.checkVisibility() || e !== group[group.length - 1]) return;
    e.click();
    n++;
  });
  document.querySelectorAll('article select').forEach(s => {
    if (!s.checkVisibility()) return;
    s.selectedIndex = s.options.length - 1;
    for (const type of ['input', 'change']) s.dispatchEvent(new Event(type, {bubbles: true}));
    n++;
  });
  return n;
}"""
CHOICES = """() => [...document.querySelectorAll(
  'article input:is([type=radio], [type=checkbox]), article select'
)].map(e => [e.id || e.name, e.tagName === 'SELECT' ? e.value : e.checked])"""


def test_every_choice_a_learner_made_is_there_on_the_next_visit(learner, base_url, component_pages):
    chosen, lost = 0, []
    for url in component_pages:
        new_visit(learner, base_url + url)
        chosen += learner.evaluate(CHOOSE)
        made = learner.evaluate(CHOICES)
        new_visit(learner, base_url + url)
        found = learner.evaluate(CHOICES)
        assert len(found) == len(made), url
        pairs = zip(made, found, strict=True)
        lost += [
            f"{url} {name}: {was!r}, now {now!r}" for (name, was), (_, now) in pairs if was != now
        ]
    assert chosen > 100, "almost nothing to choose: the check would prove nothing"
    assert lost == []


# A learner has the same page open in two tabs (a phone keeps the old one; a link opens a new one).
BACK_TO_THE_FRONT = "() => document.dispatchEvent(new Event('visibilitychange'))"
BACK_FROM_PAGE_CACHE = (
    "() => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))"
)
VALUES = "all => all.map(e => e.value)"


def back_to(page, event: str = BACK_TO_THE_FRONT) -> None:
    """The tab comes back to the front; it must load the page again (15 s at most: a busy test
    machine can take seconds to load it, and a page that never loads again fails all the same)."""
    with page.expect_navigation(wait_until="load", timeout=15000):
        page.evaluate(event)
    assert not_set_up(page) == []
    page.evaluate(OPEN_LETTER_FORMS)


@pytest.fixture
def two_tabs(browser):
    context = browser.new_context(viewport=PHONE)
    tabs = context.new_page(), context.new_page()
    problems = watch(tabs[0]) + watch(tabs[1])
    yield tabs
    context.close()
    assert problems == []


def test_work_typed_in_another_tab_shows_when_the_learner_comes_back(
    two_tabs, base_url, component_pages
):
    old, new = two_tabs
    typed = 0
    for url in (u for u in component_pages if u != MY_WORK):
        new_visit(old, base_url + url)
        new_visit(new, base_url + url)
        fields = new.locator(TEXT_FIELDS)
        texts = [f"<typed {n} in the new tab>" for n in range(fields.count())]
        for n, text in enumerate(texts):
            fields.nth(n).fill(text)
        typed += len(texts)
        if not texts:
            continue
        back_to(old)
        shown = old.locator("article input, article textarea").evaluate_all(VALUES)
        assert [t for t in texts if t not in shown] == [], url
    assert typed > 60, "almost nothing to type in: the check would prove nothing"


def test_notes_added_in_two_tabs_are_all_kept(two_tabs, base_url):
    old, new = two_tabs
    journal = "#journal-lesson-note-it-down"
    for tab in (old, new):
        new_visit(tab, base_url + LESSON)
    for tab, note in ((new, "Practise QuickBooks"), (old, "Answer with an example")):
        if tab is old:
            back_to(old)
        field = tab.locator(f"{journal} [data-new]").first
        field.fill(note)
        field.press("Enter")
    new_visit(new, base_url + LESSON)
    notes = new.locator(f"{journal} .wc-journal__entry textarea").evaluate_all(VALUES)
    assert notes == ["Practise QuickBooks", "Answer with an example"]


def test_a_page_back_from_the_page_cache_shows_work_cleared_on_my_work(two_tabs, base_url):
    lesson, my_work = two_tabs
    new_visit(lesson, base_url + LESSON)
    field = lesson.locator(TEXT_FIELDS).first
    field.fill("My first note")
    new_visit(my_work, base_url + MY_WORK)
    my_work.get_by_role("button", name="Delete all my saved work").click()
    my_work.get_by_role("button", name="Yes, delete all my work").click()
    back_to(lesson, BACK_FROM_PAGE_CACHE)
    assert "My first note" not in lesson.locator(TEXT_FIELDS).evaluate_all(VALUES)
    # Nothing changed since: coming back again keeps the page as it is (no second load).
    lesson.evaluate("() => { window.stayed = true; }")
    lesson.evaluate(BACK_TO_THE_FRONT)
    lesson.evaluate(BACK_FROM_PAGE_CACHE)
    lesson.wait_for_timeout(500)
    assert lesson.evaluate("window.stayed") is True


def test_my_work_shows_work_saved_in_another_tab_when_the_learner_comes_back(two_tabs, base_url):
    my_work, lesson = two_tabs
    new_visit(my_work, base_url + MY_WORK)
    new_visit(lesson, base_url + LESSON)
    lesson.locator(TEXT_FIELDS).first.fill("A note from the lesson")
    back_to(my_work)
    assert "A note from the lesson" in my_work.locator(".wc-mywork__records").inner_text()
