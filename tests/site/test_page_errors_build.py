"""Mistakes anywhere in a page's file stop a strict build with one line that names the file, the
line in the file and the fix: front matter that is not YAML, a week that is not a number, a
`{% call %}` with no `{% endcall %}` (even when another page's worksheet reads it first), a
misspelt argument, a letter placeholder left open, a misspelt macro, a macro with no brackets,
an instructor note not indented under its box, a misspelt front matter key, a quiz with no
question and a checklist with no title (both read first by another page's worksheet), a
checklist or a journal whose title is empty, and an include of a file that is not there.
Before, the first built the page with its front matter shown as text, the second built
silently, the third crashed with a traceback that named the wrong page, the next two printed a
traceback, the one after built a page that showed "<function ...>", the next two built, one
with the note in plain sight of learners and one with the key ignored, the quiz crashed with a
traceback that named the wrong page, the checklist was told of a `levels` it did not have, the
empty titles had no line, and the last printed a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_site
from tests.support.fixture_project import write_project

FRONT = "---\ntitle: Small talk\ntime: 30\n---\n\n"  # the body starts on line 6
PRINTED = FRONT.replace("time: 30", "printables: true")  # its worksheet reads it up front
QUIZ = '{% call quiz("safe-topic", "Which topic is safe?") %}\n- [x] The weather\n- [ ] Pay\n'
HOOKS = ("macros/stash.py", "macros/printable_pages.py")

CASES = {
    "front matter that is not YAML": (
        "---\ntitle: Small talk: at the break\n---\n\n# Small talk\n",
        "small-talk.md, line 2: the front matter is not valid YAML",
    ),
    "a week that is not a number": (
        "---\ntitle: Small talk\nweek: two\n---\n\n# Small talk\n",
        "small-talk.md, 'week', line 3: `week: two` is not a week number. Fix: write the number",
    ),
    "a call block with no endcall": (
        f"{PRINTED}# Small talk\n\n{QUIZ}\nThe end.\n",
        "small-talk.md, line 8: this `{% call %}` block has no `{% endcall %}`. Fix: end the block",
    ),
    "a misspelt argument": (
        f'{FRONT}# Small talk\n\n{{% call letter("thanks", "Thanks", subjet="Hi") %}}\n'
        "Hi,\n{% endcall %}\n",
        "small-talk.md, line 8: `letter()` has no argument `subjet`. Fix: did you mean `subject`?",
    ),
    "a letter placeholder left open": (
        f'{FRONT}# Small talk\n\n{{% call letter("thanks", "Thanks") %}}\n'
        "Hi,\n\nThanks for your help with [Task.\n{% endcall %}\n",
        "small-talk.md, 'thanks', line 11: the line 'Thanks for your help with [Task.' has a [ or "
        "a ] that does not make a placeholder. Fix:",
    ),
    "a misspelt macro": (
        f"{FRONT}# Small talk\n\n{{{{ lesson_fact() }}}}\n",
        "small-talk.md, 'lesson_fact', line 8: `lesson_fact` is not a macro or a value of this "
        "site. Fix: did you mean `lesson_facts`?",
    ),
    "a macro with no brackets": (
        f"{FRONT}# Small talk\n\n{{{{ lesson_facts }}}}\n",
        "small-talk.md, 'lesson_facts', line 8: `{{ lesson_facts }}` has no brackets, so the page "
        "would show the macro itself instead of what it makes. Fix: call it with brackets: "
        "`{{ lesson_facts() }}`",
    ),
    "an instructor note written flush left": (
        f'{FRONT}# Small talk\n\n!!! instructor "Notes"\nPair the learners.\n',
        "small-talk.md, line 8: the `!!! instructor` box has nothing in it: the text under it is "
        "not indented, so it shows outside the box, where learners see it. Fix: indent",
    ),
    "a misspelt front matter key": (
        FRONT.replace("time: 30", "time: 30\nprintable: true") + "# Small talk\n",
        "small-talk.md, 'printable', line 4: `printable:` is not a front matter key this site "
        "reads. Fix: write `printables:`",
    ),
    "a quiz with no question, on a page whose worksheet reads it first": (
        f'{PRINTED}# Small talk\n\n{{% call quiz("safe-topic") %}}\n- [x] Weather\n- [ ] Pay\n'
        "{% endcall %}\n",
        "small-talk.md, 'safe-topic', line 8: the quiz has no question. Fix: write the question "
        "after the id",
    ),
    "a checklist with no title, on a page whose worksheet reads it first": (
        f'{PRINTED}# Small talk\n\n{{% call checklist("skills", goals=2) %}}\n- I can ask\n'
        "{% endcall %}\n",
        "small-talk.md, line 8: `checklist()` is missing its title. Fix:",
    ),
    "a checklist whose title is empty": (
        f'{PRINTED}# Small talk\n\n{{% call checklist("skills", "") %}}\n- I can ask\n'
        "{% endcall %}\n",
        "small-talk.md, 'skills', line 8: the checklist has no title",
    ),
    "a journal whose title is empty, on a page without a worksheet": (
        f'{FRONT}# Small talk\n\n{{% call journal("notes", " ") %}}\n- What went well?\n'
        "{% endcall %}\n",
        "small-talk.md, 'notes', line 8: the journal has no title",
    ),
    "an include of a file that is not there": (
        f'{FRONT}# Small talk\n\n{{% include "includes/letters/thank-you.md" %}}\n',
        "small-talk.md, line 8: the page includes `includes/letters/thank-you.md`, but the docs "
        "folder has no such file. Fix: Write the file's path from the docs folder",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_mistake_stops_the_build_at_its_file_and_line(tmp_path: Path, case: str):
    text, says = CASES[case]
    # The home page lists every worksheet, so it reads small-talk.md before that page renders.
    pages = {"index.md": "# Home\n\n{{ printables_list() }}\n", "small-talk.md": text}
    result = build_site(tmp_path / "site", write_project(tmp_path, pages, hooks=HOOKS))
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert says in output, output[-3000:]
    assert "Traceback" not in output
