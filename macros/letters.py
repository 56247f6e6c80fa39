"""Sample letters that learners make their own: the `letter` call block.

Author syntax (one letter per include file, docs/includes/letters/<id>.md):

    {% call letter("reply-to-rejection", "Reply to a rejection email",
                   subject="Thank you: [Position] position") %}
    Dear [Interviewer's name],
    > Greeting: Use the name of the person who wrote to you.

    Thank you for letting me know your decision.
    > Thanks: Start with thanks, even when the news is bad.

    Best regards,
    [Your name]
    {% endcall %}

- The letter is plain text. Paragraphs are separated by a blank line; line breaks inside a
  paragraph are kept. `[Anything in square brackets]` is a placeholder: the learner fills it in.
- A note explains the paragraph just above it: lines that start with `> `, the first one
  starting with the part's name and a colon (`> Greeting: ...`). Notes allow inline Markdown
  and may only mention placeholders that the letter has.
- Arguments: id (unique in the site), title, subject (emails only; may hold placeholders),
  kind = "email" (default) or "phone" (a phone script: no subject, no email button).
- `[Your name]`, `[Your phone number]` and `[Your email address]` are the learner's own details
  (OWN_DETAILS): their fields say so with `autocomplete` (WCAG 1.3.5, so the browser can fill
  them in), a phone number or email address gets its own keyboard on a phone, and a new letter
  starts with what the learner typed for them in another letter (letter.js). Other fields have
  autocomplete off: the learner's saved details do not belong in [Company].
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from macros import assets, items
from macros.errors import AuthoringError
from macros.frontmatter import week_of
from macros.render import inline_markdown, render
from macros.template_errors import block_lines, located

PLACEHOLDER = re.compile(r"\[([^\[\]\n]*[^\s\[\]][^\[\]\n]*)\](?!\()")
LINK = re.compile(r"\[[^\[\]\n]*\]\([^)\n]*\)")
NOTE_START = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 '\u2019-]{0,40}?)\s*:\s+(?P<text>\S.*)$")
KINDS = {"email": "Sample email", "phone": "Phone script"}
# Placeholder -> (autocomplete token, input type) of the fields for the learner's own details.
OWN_DETAILS = {
    "Your name": ("name", "text"),
    "Your phone number": ("tel", "tel"),
    "Your email address": ("email", "email"),
}
_OWN_SPELLING = {name.casefold(): name for name in OWN_DETAILS}


def own_spelling(text: str) -> str:
    """The text with the learner's own details spelt as OWN_DETAILS does: [your name] and
    [Your  Name] become [Your name], so the field still gets its autocomplete and carries over."""

    def spell(match: re.Match[str]) -> str:
        name = _OWN_SPELLING.get(" ".join(match[1].split()).casefold())
        return f"[{name}]" if name else match[0]

    return PLACEHOLDER.sub(spell, text)


@dataclass(frozen=True)
class Part:
    """One paragraph of a letter and the note that explains it."""

    lines: tuple[str, ...]
    label: str = ""
    note: str = ""


@dataclass(frozen=True)
class Letter:
    """A parsed, validated letter."""

    id: str
    title: str
    subject: str
    kind: str
    parts: tuple[Part, ...]

    @property
    def text(self) -> str:
        """The letter body as plain text, placeholders still in brackets."""
        return "\n\n".join("\n".join(part.lines) for part in self.parts)

    @property
    def placeholders(self) -> list[str]:
        """Every placeholder name, once each, in the order a reader meets them."""
        return unique(PLACEHOLDER.findall(self.subject + "\n" + self.text))


def unique(names: list[str]) -> list[str]:
    """Names stripped, first occurrence kept, order kept."""
    out: list[str] = []
    for name in (n.strip() for n in names):
        if name not in out:
            out.append(name)
    return out


def parse_letter(
    letter_id: str, title: str, body: str, subject: str | None = None, kind: str = "email"
) -> Letter:
    """Parse and check a letter's call-block body; raise AuthoringError on an author mistake."""
    items.check_id(letter_id, "letter")
    if kind not in KINDS:
        raise AuthoringError(
            f"kind={kind!r} is not a kind of letter",
            'write kind="email" (the default) or kind="phone"',
            item=letter_id,
        )
    if kind == "phone" and subject:
        raise AuthoringError(
            "a phone script has no subject", "remove subject=... from this letter", item=letter_id
        )
    if not str(title).strip():
        raise AuthoringError("the letter has no title", "give a title after the id", item=letter_id)
    if subject and has_stray_bracket(str(subject)):
        raise AuthoringError(
            f"the subject {subject!r} has a [ or a ] that does not make a placeholder",
            "close each placeholder, like [Company], or take the bracket out",
            item=letter_id,
        )
    parts: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None  # the paragraph being read
    last: dict[str, Any] | None = None  # the paragraph a note would belong to
    note_open = False
    for number, raw in enumerate(block_lines(body), start=1):
        line = own_spelling(raw.rstrip())
        stripped = line.strip()
        if stripped.startswith(">"):
            text = stripped[1:].strip()
            if last is None:
                raise AuthoringError(
                    "a note comes before any part of the letter",
                    "put each `> Part name: note` line right under the paragraph it explains",
                    item=letter_id,
                    line=number,
                )
            if note_open and last is not None and last["note"]:
                last["note"] += " " + text
            else:
                match = NOTE_START.match(text)
                if not match:
                    raise AuthoringError(
                        f"the note {text!r} does not start with the name of a part",
                        "start the note with the part's name and a colon, like "
                        "`> Greeting: Use the person's name.`",
                        item=letter_id,
                        line=number,
                    )
                if last["note"]:
                    raise AuthoringError(
                        f"the paragraph above already has a note ({last['label']})",
                        "give each paragraph one note; continue it on lines that start with `> `",
                        item=letter_id,
                        line=number,
                    )
                last["label"], last["note"], last["line"] = (
                    match["label"].strip(),
                    match["text"].strip(),
                    number,
                )
                note_open = True
            current = None
            continue
        if not stripped:
            current = None
            note_open = False
            continue
        note_open = False
        if has_stray_bracket(stripped):
            raise AuthoringError(
                f"the line {stripped!r} has a [ or a ] that does not make a placeholder",
                "close each placeholder on the same line, like [Company], or take the bracket out",
                item=letter_id,
                line=number,
            )
        if current is None:
            current = {"lines": [], "label": "", "note": "", "line": number}
            parts.append(current)
            last = current
        current["lines"].append(stripped)
    if not parts:
        raise AuthoringError(
            "the letter is empty",
            "write the letter between {% call letter(...) %} and {% endcall %}",
            item=letter_id,
        )
    letter = Letter(
        id=letter_id,
        title=str(title).strip(),
        subject=own_spelling((subject or "").strip()),
        kind=kind,
        parts=tuple(Part(tuple(p["lines"]), p["label"], p["note"]) for p in parts),
    )
    known = set(letter.placeholders)
    for part in parts:
        for name in unique(PLACEHOLDER.findall(part["note"])):
            if name not in known:
                raise AuthoringError(
                    f"the note '{part['label']}' mentions the placeholder [{name}], "
                    "which is not in the letter",
                    "use one of the letter's placeholders ("
                    + ", ".join(f"[{n}]" for n in letter.placeholders or ["none"])
                    + f"), or write {name} without square brackets",
                    item=letter_id,
                    line=part["line"],
                )
    return letter


def has_stray_bracket(line: str) -> bool:
    """Whether a letter line keeps a [ or ] once its placeholders and links are taken out (a
    placeholder left open, like `[Company.`, would show as text with no field for it)."""
    return bool(re.search(r"[\[\]]", PLACEHOLDER.sub("", LINK.sub("", line))))


def segments(line: str) -> list[tuple[str, bool]]:
    """Split a line into (text, is_placeholder) pieces."""
    out: list[tuple[str, bool]] = []
    position = 0
    for match in PLACEHOLDER.finditer(line):
        if match.start() > position:
            out.append((line[position : match.start()], False))
        out.append((match.group(0), True))
        position = match.end()
    if position < len(line):
        out.append((line[position:], False))
    return out


def fingerprint(letter: Letter) -> str:
    """A short hash of everything that makes two letters the same letter."""
    raw = "\x1f".join([letter.title, letter.subject, letter.kind, repr(letter.parts)])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def field(letter_id: str, index: int, name: str) -> dict[str, str]:
    """The form field of one placeholder; one for the learner's own details says its purpose."""
    autocomplete, kind = OWN_DETAILS.get(name, ("off", "text"))
    return {
        "name": name,
        "id": f"letter-{letter_id}-f{index}",
        "autocomplete": autocomplete,
        "type": kind,
    }


def render_letter(letter: Letter) -> str:
    """The model letter with its notes, and its "Make it yours" form that opens on request."""
    parts = [
        {
            "lines": [segments(line) for line in part.lines],
            "label": part.label,
            "note": inline_markdown(PLACEHOLDER.sub(lambda m: f"**{m[0]}**", part.note))
            if part.note
            else Markup(""),
        }
        for part in letter.parts
    ]
    return render(
        "letter.html",
        letter=letter,
        kind_label=KINDS[letter.kind],
        parts=parts,
        subject=segments(letter.subject),
        fields=[
            field(letter.id, index, name) for index, name in enumerate(letter.placeholders, start=1)
        ],
        data={
            "id": letter.id,
            "title": letter.title,
            "kind": letter.kind,
            "subject": letter.subject,
            "text": letter.text,
        },
    )


def register(env: Any) -> None:
    """Add the `letter` macro to mkdocs-macros."""

    @env.macro
    def letter(
        id: str,
        title: str,
        subject: str | None = None,
        kind: str = "email",
        caller: Any = None,
    ) -> str:
        page = env.page.file.src_uri if env.page else ""
        try:
            body = caller() if caller else ""
            parsed = parse_letter(id, title, str(body), subject=subject, kind=kind)
            items.REGISTRY.claim("letter", parsed.id, fingerprint(parsed), page)
        except AuthoringError as error:
            raise located(error, "letter", env) from None
        items.REGISTRY.track(
            env.page.url,
            env.page.title or "",
            "letter",
            parsed.id,
            parsed.title,
            week_of(env.page.meta, page),
        )
        assets.require(env.page.meta, "letter")
        return render_letter(parsed)
