"""Synthetic course projects for the build-time benchmark: N lessons, three quizzes each.

Three flavours share the same prose (seeded, so every run writes the same text):
- "ours": this repo's mkdocs.yml, macros/ and overrides/, quizzes in our syntax;
- "plain": plain Material (no overrides, default features), quizzes as plain admonitions;
- "mkdocs-quiz": plain Material plus the mkdocs-quiz plugin, quizzes in its `<quiz>` syntax.

Lessons sit in units of ten under one top-level section (docs/lessons/unit-NNN/lesson-NNNN.md),
as on our site; no flavour lists a nav, so each gets the same automatic navigation. (With
units at the top level, Material's navigation.sections shows every unit's lessons on every
page and navigation.prune cannot help: the build grows with pages squared.) Usage:
    python bench/synthetic.py ours 10 /tmp/some-folder   # writes mkdocs.yml + docs/ there
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FLAVOURS = ("ours", "plain", "mkdocs-quiz")
UNIT = 10

WORDS = (  # noqa: SIM905 (a sentence is easier to read than fifty quoted words)
    "work job team email manager interview feedback meeting schedule shift customer safety "
    "résumé letter phone colleague question answer plan skill office store clinic warehouse "
    "polite clear short calm careful ready helpful honest busy new next first last "
    "ask write listen read call thank explain check share agree learn practise organize"
).split()


class _Loader(yaml.SafeLoader):
    pass


# mkdocs.yml reads some values from the environment: `!ENV [NAME, default]` -> the default.
_Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def sentence(rng: random.Random) -> str:
    """A short plain sentence of common words."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 12))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    """Four to six sentences."""
    return " ".join(sentence(rng) for _ in range(rng.randint(4, 6)))


def vary(text: str, rng: random.Random) -> str:
    """The text with a word of its own: every lesson's quizzes differ, as real ones do."""
    stem, end = (text[:-1], text[-1]) if text[-1] in ".?" else (text, "")
    return f"{stem} ({rng.choice(WORDS)} {rng.choice(WORDS)}){end}"


def quizzes(number: int) -> list[dict]:
    """The three quizzes of lesson `number`: single choice, multiple select, fill in a blank.

    Each text gets words of its own (seeded by the lesson), so no flavour can reuse the work
    of one lesson's quizzes for another's.
    """
    rng = random.Random(f"quiz-{number}")
    out = _quizzes(f"l{number:04d}")
    for quiz in out:
        quiz["question"] = vary(quiz["question"], rng)
        quiz["explain"] = vary("Think about what a calm, polite person would do.", rng)
        if "options" in quiz:
            quiz["options"] = [(ok, vary(t, rng), vary(f, rng)) for ok, t, f in quiz["options"]]
        else:
            quiz["before"] = vary(quiz["before"], rng)
    return out


def _quizzes(tag: str) -> list[dict]:
    """The three quizzes' shared wording, with ids made from `tag`."""
    return [
        {
            "id": f"{tag}-first-step",
            "kind": "single",
            "question": "Amira feels angry after a rejection email. What should she do first?",
            "options": [
                (False, "Reply right away.", "An angry email can hurt her chances."),
                (True, "Wait until she feels calm.", "Yes. A calm mind thinks clearly."),
                (False, "Delete the email.", "The interview can still teach her a lot."),
            ],
        },
        {
            "id": f"{tag}-reasons",
            "kind": "multiple",
            "question": "Which reasons could have nothing to do with her interview?",
            "options": [
                (True, "The company hired someone from inside.", "Right. That is not about her."),
                (True, "The company changed its plans.", "Right. Plans and budgets change."),
                (False, "Newcomers cannot get office jobs.", "This is not true."),
            ],
        },
        {
            "id": f"{tag}-polite",
            "kind": "fill",
            "question": "Complete the polite sentence.",
            "before": "Thank you for",
            "answer": "taking",
            "after": "the time to meet with me.",
        },
    ]


def quiz_ours(quiz: dict) -> str:
    """A quiz in our `{% call quiz(...) %}` syntax."""
    lines = [f'{{% call quiz("{quiz["id"]}", "{quiz["question"]}") %}}']
    if quiz["kind"] == "fill":
        lines.append(f"1. {quiz['before']} [[{quiz['answer']}]] {quiz['after']}")
    else:
        for right, text, feedback in quiz["options"]:
            lines += [f"- [{'x' if right else ' '}] {text}", f"    > {feedback}"]
    lines += [f"Explanation: {quiz['explain']}", "{% endcall %}"]
    return "\n".join(lines)


def quiz_plain(quiz: dict) -> str:
    """The same quiz as plain admonitions: the question, then the answer in a closed details."""
    lines = [f'!!! question "{quiz["question"]}"', ""]
    if quiz["kind"] == "fill":
        lines.append(f"    {quiz['before']} ______ {quiz['after']}")
        answers = [f"**{quiz['answer']}**"]
    else:
        lines += [f"    - {text}" for _, text, _ in quiz["options"]]
        answers = [f"**{text}** {feedback}" for right, text, feedback in quiz["options"] if right]
    lines += ["", '??? success "Show the answer"', ""]
    lines += [f"    {answer}\n" for answer in answers]
    lines.append(f"    {quiz['explain']}")
    return "\n".join(lines)


def quiz_mkdocs_quiz(quiz: dict) -> str:
    """The same quiz in mkdocs-quiz's `<quiz>` syntax."""
    lines = ["<quiz>"]
    if quiz["kind"] == "fill":
        lines.append(f"{quiz['before']} [[{quiz['answer']}]] {quiz['after']}")
        lines += ["", "---"]
    else:
        lines.append(quiz["question"])
        lines += [f"- [{'x' if right else ' '}] {text}" for right, text, _ in quiz["options"]]
        lines.append("")
    lines += [quiz["explain"], "</quiz>"]
    return "\n".join(lines)


RENDER = {"ours": quiz_ours, "plain": quiz_plain, "mkdocs-quiz": quiz_mkdocs_quiz}


def lesson(number: int, flavour: str) -> str:
    """One lesson page: front matter, prose in three sections, a quiz after each section."""
    rng = random.Random(number)  # the same prose in every flavour and every run
    title = f"Lesson {number}: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}"
    meta = {
        "title": title,
        "description": sentence(rng),
        "time": 60,
        "level": "CLB 5-7",
        "objectives": [sentence(rng) for _ in range(3)],
    }
    parts = [f"---\n{yaml.safe_dump(meta, sort_keys=False)}---", f"# {title}", paragraph(rng)]
    goals = "\n".join(f"- {objective}" for objective in meta["objectives"])
    parts.append("**In this lesson, you will:**\n\n" + goals)
    for section, quiz in enumerate(quizzes(number), start=1):
        parts.append(f"## Part {section}: {rng.choice(WORDS)} and {rng.choice(WORDS)}")
        parts += [paragraph(rng) for _ in range(3)]
        parts.append("\n".join(f"- {sentence(rng)}" for _ in range(4)))
        parts.append(paragraph(rng))
        parts.append(RENDER[flavour](quiz))
    parts += ["## Key points", "\n".join(f"- {sentence(rng)}" for _ in range(4))]
    return "\n\n".join(parts) + "\n"


def home(lessons: int) -> str:
    """The home page."""
    text = f"# Synthetic course\n\n{lessons} lessons in units of {UNIT}.\n"
    return "---\ndescription: A synthetic course for the build benchmark.\n---\n\n" + text


def config(flavour: str) -> dict:
    """The mkdocs.yml of a flavour (no nav: the same automatic nav for all three)."""
    base = {
        "site_name": "Synthetic course",
        "site_url": "http://127.0.0.1:8000/",
        "theme": {"name": "material", "language": "en"},
        "plugins": ["search"],
        "markdown_extensions": [
            "abbr",
            "admonition",
            "attr_list",
            "md_in_html",
            "tables",
            {"toc": {"permalink": True}},
            "pymdownx.details",
            "pymdownx.superfences",
        ],
    }
    if flavour == "plain":
        return base
    if flavour == "mkdocs-quiz":
        return {**base, "plugins": ["search", "mkdocs_quiz"]}
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    ours.pop("nav", None)
    ours["site_name"] = base["site_name"]
    ours["site_url"] = base["site_url"]
    ours["extra"]["course"].pop("weeks", None)  # the weeks name real pages; none here
    return ours


def write(flavour: str, lessons: int, dest: Path) -> Path:
    """Write a flavour's project with `lessons` lessons into dest; return its mkdocs.yml."""
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown flavour {flavour!r}; choose one of {', '.join(FLAVOURS)}")
    docs = dest / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text(home(lessons), encoding="utf-8")
    for number in range(1, lessons + 1):
        unit = docs / "lessons" / f"unit-{(number - 1) // UNIT + 1:03d}"
        unit.mkdir(parents=True, exist_ok=True)
        (unit / f"lesson-{number:04d}.md").write_text(lesson(number, flavour), encoding="utf-8")
    if flavour == "ours":
        for shared in ("macros", "overrides"):
            (dest / shared).symlink_to(ROOT / shared, target_is_directory=True)
        shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
        shutil.copytree(ROOT / "docs" / "includes", docs / "includes")
    path = dest / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config(flavour), sort_keys=False), encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    print(write(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])))
