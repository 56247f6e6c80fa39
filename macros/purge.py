"""Drop the rules of Material's main stylesheet that nothing on this site can match (post_build).

Material's main stylesheet styles every feature Material has: 137 KB, 23 KB gzipped, loaded
before the first paint of every page. This site uses a small part of it. After the build, the
site's copy keeps a selector only if each class and attribute it names can exist here:

- a class is in a `class="..."` of some built page, or in a string of some script the site
  ships (every .js file in the site, Material's and ours and any an author adds, and every
  script inline in a page), because scripts add classes after the page loads. A string that
  ends in `-` or `_` (`"md-status--" + type`) keeps every class that starts with it;
- an attribute selector `[name=value]` names a pair some page has, or a value some script
  names; `[name]` alone, a name some page or script has.

Material's script names the classes of every feature it has, and makes some of them only for a
feature this site may not use: code annotations, tooltips, code copy buttons, the version
selector, tags, content tabs, the repository's stars and forks. Such a family counts only once
what turns its feature on is here (a feature in mkdocs.yml, a class or attribute on some page, a
key under `extra`: SCRIPT_ONLY); until then its classes are kept only where a page has them,
like any other class. In the same way, an attribute that only a page can set (`dir`: PAGE_ONLY)
keeps a rule only where a page has it, whatever words the scripts hold. For this site both
make the stylesheet that every page loads before it paints 11.1 KB gzipped instead of 15.4 KB.

Element names, ids, pseudo-classes, `:not()` and `:has()` never drop a selector; `:is()` and
`:where()` keep it if one of their choices can match. @keyframes, @page and the like stay as
they are. The file keeps its name, so Material's templates link it as before.

One kind of selector goes even when it can match: a sibling combinator before a bare `*`
(Material's `.md-typeset table:not([class])+*`). Chromium cannot aim such a rule at one
element, so each element a script inserts into a page's content (Material wraps every table,
our quizzes add their score summary) restyles everything in the parent: on the lesson, 1,385
elements as the page loads instead of about 370. That rule only spaces the element after a
table before Material wraps the table, so without JavaScript the gap under a table is a little
smaller.

Then the custom properties that nothing reads go too. Material declares an icon for every
admonition type, task lists, status badges and more as a `--md-...-icon` property on `:root`
(an SVG in a data URL, 6 KB in all); once the rules that read one are gone, so is its
declaration. A property stays if a kept rule reads it with `var()`, or if its name is anywhere
in another stylesheet of the site, in a script, or in a page's inline style or script.

Fewer rules mean fewer bytes before the first paint, and less style work on every load.

Reading Material's stylesheet takes about a quarter of a second, more than the purge itself, and
it is the same file in every build. So the stylesheet is read once per build, and what was read
is kept in `.cache/purge/` beside mkdocs.yml, named by a hash of the stylesheet and of the
code that reads it; a build finds it there, as `mkdocs serve` does on each rebuild.

Our site-wide fixes to Material's styles (macros/theme_fixes.css: footer contrast, underlined
links, the licence footer, print, 24px navigation targets) go to the end of the same file before
it is purged. Every page needs them, so they ride in the stylesheet every page already loads,
instead of costing every page a request of its own before its first paint.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import rcssmin
import tinycss2

from macros import stylesheet
from macros.errors import AuthoringError
from macros.stylesheet import Sheet, kept, parse, to_css, without
from macros.template_cache import cache_folder, write_cached

STYLESHEETS = "assets/stylesheets/main.*.min.css"
FIXES = Path(__file__).with_name("theme_fixes.css")
# Material's lunr/ language files only index text in the search worker: they add no markup.
SEARCH_LANGUAGES = "assets/javascripts/lunr/"
# A script inline in a page; a start tag (values in double quotes may hold ">"); an attribute.
_INLINE_SCRIPT = re.compile(r"<script(?:\s[^>]*)?>(.+?)</script>", re.S)
_INLINE_STYLE = re.compile(r"<style(?:\s[^>]*)?>(.+?)</style>", re.S)
# A custom property's name anywhere; one read with var() in a stylesheet.
_PROPERTY = re.compile(r"--[\w-]+")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
_TAG = re.compile(r"<[a-zA-Z](?:[^>\"]+|\"[^\"]*\")*>")
_ATTR = re.compile(r"\s([^\s\"'<>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?")
# A string in a script (in double or single quotes or backticks), and a word in it.
_STRING = re.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`")
_WORD = re.compile(r"[\w-]+")
_CHOICES = {"is", "where", "matches", "-webkit-any", "-moz-any"}
# A selector whose subject is a bare `*` after `+` or `~`: it restyles whole subtrees (above).
_SIBLING_OF_ANY = re.compile(r"[+~]\s*\*$")


@dataclass(frozen=True)
class Family:
    """Classes that Material's script makes only for one feature, and what turns that feature on."""

    prefix: str
    features: frozenset[str] = frozenset()  # theme features in mkdocs.yml
    classes: frozenset[str] = frozenset()  # a class on some page (an author's attr_list)
    attributes: frozenset[str] = frozenset()  # an attribute, or name=value, on some page
    extra: str | None = None  # a key under `extra:` in mkdocs.yml

    def used(self, features: set[str], extra: dict, seen: Seen) -> bool:
        return bool(
            self.features & features
            or self.classes & seen.classes
            or self.attributes & (seen.names | seen.pairs)
            or (self.extra is not None and extra.get(self.extra))
        )


def _family(prefix: str, features=(), classes=(), attributes=(), extra=None) -> Family:
    return Family(prefix, frozenset(features), frozenset(classes), frozenset(attributes), extra)


_PREVIEW = "navigation.instant.preview"
_CODE_BUTTONS = ["content.code.copy", "content.code.select"]
# Read off Material's bundle (9.8): what makes it create each family of classes.
SCRIPT_ONLY = (
    _family("md-annotation", ["content.code.annotate"], ["annotate"]),
    _family(
        "md-tooltip",  # and md-tooltip2: tooltips, annotations, footnote and link previews
        ["content.tooltips", "content.footnote.tooltips", "content.code.annotate", _PREVIEW],
        ["annotate"],
        ["data-preview"],
    ),
    # Copy and select buttons, in a nav before the code: the features, or `.copy` / `.select`
    # on a code block. md-code__content: any code block with line anchors.
    _family("md-code__button", _CODE_BUTTONS, ["copy", "select"]),
    _family("md-code__nav", _CODE_BUTTONS, ["copy", "select"]),
    _family("md-code__content", _CODE_BUTTONS, ["highlight"]),
    _family("md-version", extra="version"),  # the version selector (mike)
    _family("md-tag", classes=["md-tag"]),  # tags in search results, from the tags plugin
    _family("tabbed-", classes=["tabbed-set"]),  # content tabs' scroll buttons and links
    # The repository's stars, forks and version, which the script asks GitHub's API for when a
    # page's repository link has data-md-component="source" (ours does not: partials/source.html).
    _family("md-source__fact", attributes=["data-md-component=source"]),
    _family("md-source__repository--active", attributes=["data-md-component=source"]),
)
# Attributes that only a page sets. Material's script reads `dir` ("rtl" is in it, to copy code
# the right way round) but never sets it: the `[dir=rtl]` rules stay only for a page in a
# right-to-left language (theme.language) or with an author's dir="rtl".
PAGE_ONLY = frozenset({"dir"})


@dataclass
class Seen:
    """What the built pages and the shipped scripts can put in the page."""

    classes: set[str]
    names: set[str]  # attribute names in the pages
    pairs: set[str]  # 'name=value' pairs in the pages
    words: set[str]  # every word inside a string of a script
    properties: set[str]  # custom property names in scripts, other stylesheets, inline styles
    prefixes: tuple[str, ...] = field(init=False)  # words ending in - or _: class prefixes
    unused: tuple[str, ...] = ()  # SCRIPT_ONLY families whose feature is off: pages only

    def __post_init__(self) -> None:
        self.prefixes = tuple(sorted(w for w in self.words if w.endswith(("-", "_"))))

    def has_class(self, name: str) -> bool:
        if name in self.classes:
            return True
        if name.startswith(self.unused):
            return False
        return name in self.words or name.startswith(self.prefixes)

    def without_features(self, features: Iterable[str], extra: dict | None = None) -> Seen:
        """The same, with the SCRIPT_ONLY families of the features that are off counted only
        where a page has them."""
        on = set(features)
        unused = [f.prefix for f in SCRIPT_ONLY if not f.used(on, extra or {}, self)]
        return replace(self, unused=tuple(unused))

    def has_attribute(self, name: str, value: str | None) -> bool:
        if value is None:
            return name in self.names or name in self.words
        scripted = name not in PAGE_ONLY and value in self.words
        return f"{name}={value}" in self.pairs or scripted


def seen_in(pages: Iterable[str], scripts: Iterable[str], stylesheets: Iterable[str] = ()) -> Seen:
    """The classes and attributes of these pages, the words in the strings of these scripts and
    of the pages' inline scripts, and the custom properties that any of them or these (other)
    stylesheets name."""
    tags: set[str] = set()
    inline: set[str] = set()
    styles: set[str] = set()
    for html in pages:
        tags.update(_TAG.findall(html))  # pages share most tags: each is read once
        inline.update(_INLINE_SCRIPT.findall(html))
        styles.update(_INLINE_STYLE.findall(html))
    classes: set[str] = set()
    names: set[str] = set()
    pairs: set[str] = set()
    for name, *values in _ATTR.findall("\n".join(tags)):
        value = next((v for v in values if v), "")
        names.add(name)
        pairs.add(f"{name}={value}")
        if name == "class":
            classes.update(value.split())
    words: set[str] = set()
    properties: set[str] = set()
    for script in [*scripts, *inline]:
        properties.update(_PROPERTY.findall(script))
        for groups in _STRING.findall(script):
            for text in groups:
                words.update(_WORD.findall(text))
    for text in [*stylesheets, *styles, *tags]:
        properties.update(_PROPERTY.findall(text))
    return Seen(classes, names, pairs, words, properties)


def _attribute(block: Any, seen: Seen) -> bool:
    """Whether an attribute selector's [...] can match: only exact `=` tests a value."""
    tokens = [t for t in block.content if t.type != "whitespace"]
    if not tokens or tokens[0].type != "ident":
        return True
    name = tokens[0].value
    if len(tokens) == 1:
        return seen.has_attribute(name, None)
    exact = tokens[1].type == "literal" and tokens[1].value == "="
    if exact and len(tokens) > 2 and tokens[2].type in ("ident", "string"):
        return seen.has_attribute(name, tokens[2].value)
    return seen.has_attribute(name, None)


def can_match(tokens: list[Any], seen: Seen) -> bool:
    """Whether one selector (its tokens) can match something the site can show."""
    for i, token in enumerate(tokens):
        if token.type == "literal" and token.value == "." and i + 1 < len(tokens):
            after = tokens[i + 1]
            if after.type == "ident" and not seen.has_class(after.value):
                return False
        elif token.type == "[] block" and not _attribute(token, seen):
            return False
        elif token.type == "function" and token.lower_name in _CHOICES:
            choices = _split(token.arguments)
            if choices and not any(can_match(choice, seen) for choice in choices):
                return False
    return True


def _split(tokens: list[Any]) -> list[list[Any]]:
    """A token list cut at its commas."""
    out: list[list[Any]] = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            out.append([])
        else:
            out[-1].append(token)
    return out


def worth_keeping(selector: str, seen: Seen) -> bool:
    """Whether a selector can match something here and costs no whole-subtree restyles."""
    if _SIBLING_OF_ANY.search(selector):
        return False
    return can_match(tinycss2.parse_component_value_list(selector), seen)


def purge(sheet: Sheet, seen: Seen) -> str:
    """The stylesheet without the selectors not worth keeping and without the custom properties
    nothing reads any more."""
    sheet = kept(sheet, lambda selector: worth_keeping(selector, seen))
    while True:  # a property dropped may have been the last to read another
        fewer = without(sheet, unread(to_css(sheet), seen.properties))
        if fewer == sheet:
            return to_css(sheet)
        sheet = fewer


# What a kept reading depends on besides the stylesheet: the code that reads it.
_READER = f"tinycss2 {tinycss2.__version__}\n" + Path(stylesheet.__file__).read_text("utf-8")


def parsed(css: str, folder: Path) -> Sheet | None:
    """The stylesheet read (as stylesheet.parse), from `folder` when an earlier build kept it
    there. A cache must never break a build: an entry that cannot be read is read afresh."""
    key = hashlib.sha256(f"{_READER}\n{css}".encode()).hexdigest()
    entry = folder / f"{key}.pickle"
    try:
        sheet = pickle.loads(entry.read_bytes())
        if sheet is None or isinstance(sheet, tuple):
            return sheet
    except Exception:  # missing, unreadable or damaged: any of these only means no cache
        pass
    sheet = parse(css)
    write_cached(entry, pickle.dumps(sheet))
    return sheet


def unread(css: str, named_elsewhere: set[str]) -> Callable[[str], bool]:
    """Whether a property is a custom one that no var() in `css` reads and nothing else names."""
    read = set(_VAR.findall(css)) | named_elsewhere
    return lambda name: name.startswith("--") and name not in read


def _read(paths: Iterable[Path]) -> Iterable[str]:
    for path in paths:
        yield path.read_text(encoding="utf-8", errors="replace")


def theme_original(theme_dirs: Iterable[str], relative: str) -> Path | None:
    """The theme's own copy of a site file, where the theme ships it (None if nowhere)."""
    for folder in theme_dirs:
        candidate = Path(folder) / relative
        if candidate.is_file():
            return candidate
    return None


def fixes() -> str:
    """Our site-wide fixes to Material's styles, minified as the build adds them."""
    return rcssmin.cssmin(FIXES.read_text(encoding="utf-8"))


def with_fixes(css: str) -> str:
    """Material's stylesheet with our site-wide fixes at its end, where they win."""
    return css + "\n" + fixes()


def post_build(env: Any) -> None:
    """Add our fixes to the site's copy of Material's main stylesheet, purge it, and drop its
    source map.

    Runs after assets.post_build, so that our script bundles are in the site to be read. It
    starts from the theme's own file, not the site's copy: `mkdocs serve --dirty` does not copy
    the theme again, and a page that gained a class must get its rules back. Where the purge
    cannot parse the file, the file keeps every rule, and the fixes all the same.
    """
    site = Path(env.conf["site_dir"])
    targets = list(site.glob(STYLESHEETS))
    if not targets:
        raise AuthoringError(
            f"the theme's main stylesheet ({STYLESHEETS}) is not in the built site, so the "
            "site-wide fixes in macros/theme_fixes.css have no place to go",
            fix="keep `theme: name: material` in mkdocs.yml, with the Material version that "
            "requirements.lock pins",
        )
    scripts = [
        path
        for path in site.rglob("*.js")
        if not path.relative_to(site).as_posix().startswith(SEARCH_LANGUAGES)
    ]
    stylesheets = [path for path in site.rglob("*.css") if path not in targets]
    seen = seen_in(_read(site.rglob("*.html")), _read(scripts), _read(stylesheets))
    seen = seen.without_features(env.conf["theme"].get("features") or [], env.conf["extra"])
    cache = cache_folder(env.conf.config_file_path, "purge")
    for path in targets:
        source = theme_original(env.conf["theme"].dirs, path.relative_to(site).as_posix()) or path
        css = with_fixes(source.read_text(encoding="utf-8"))
        sheet = parsed(css, cache)  # None if it does not parse: then it keeps every rule
        path.write_text(css if sheet is None else purge(sheet, seen), encoding="utf-8")
        path.with_name(path.name + ".map").unlink(missing_ok=True)
