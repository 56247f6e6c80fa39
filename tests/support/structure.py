"""Does a fragment of HTML parse as written? Balanced tags, no block inside phrasing content,
and nothing that runs script."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# Elements whose content is phrasing only: a block start tag inside them would make the parser
# close them early (p) or build a tree the author did not write.
PHRASING = {"p", "span", "label", "strong", "em", "a", "code", "button", "option", "summary"}
BLOCK = {
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol",
    "p", "pre", "section", "table", "ul",
}  # fmt: skip
SCRIPTED = {"script", "iframe", "object", "embed", "style", "base", "meta", "link"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SCRIPTED:
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in BLOCK and any(open_tag in PHRASING for open_tag in self.stack):
            self.problems.append(f"<{tag}> inside <{self.stack[-1]}> ({' > '.join(self.stack)})")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"</{tag}> end tag of a void element")
        elif not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
        else:
            self.stack.pop()


def structure_problems(html: str, allow_script_json: bool = False) -> list[str]:
    """Every way this HTML fragment would not parse as written (empty when it is sound)."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    problems = checker.problems
    if allow_script_json:
        problems = [p for p in problems if p != "<script> element"]
    if checker.stack:
        problems.append(f"unclosed: {' > '.join(checker.stack)}")
    return problems
