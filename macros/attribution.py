"""Credits and licences from page front matter, checked at build time.

A page that adapts other people's work, or shows their images, says so in its front matter:

    ---
    title: What to do when you don't get the job
    source:                 # one mapping or a list of them (a remix has several)
      - title: What to do when you don't get the job
        author: English Online Inc.
        url: https://...
        licence: CC-BY-NC-SA-4.0
        date: 2022-12-07      # optional: the date of the version we used
        changes: Rewritten in plain language; new activities.
        notice: ...           # optional: the source's own credits or change notices, kept
    media:                  # every image (or audio, video) file in docs/ the page shows
      - file: assets/img/parts-of-an-email.svg    # path from docs/
        title: The parts of a polite email
        creator: Workplace Communications course contributors
        url: https://...      # optional: where the original is
        licence: CC-BY-NC-SA-4.0
    licence: CC-BY-NC-SA-4.0  # optional: this page's licence, when it is not the site's
    ---

The site's own licence, licensor and code licence are in `mkdocs.yml`:

    extra:
      licence: CC-BY-NC-SA-4.0
      licensor: Workplace Communications course contributors
      code_licence: MIT
      audience: Adults who are learning English and are new to Canada

Licence ids are listed in `macros/licenses.py`. The attributions page calls
`{{ attributions_list("sources") }}` and `{{ attributions_list("media") }}`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from jinja2 import TemplateNotFound

from macros import licenses
from macros.errors import AuthoringError
from macros.frontmatter import minutes_of, week_of
from macros.licenses import Licence
from macros.render import render

MEDIA_EXTENSIONS = frozenset(
    {
        ".apng",
        ".avif",
        ".gif",
        ".jpeg",
        ".jpg",
        ".png",
        ".svg",
        ".webp",
        ".mp3",
        ".m4a",
        ".ogg",
        ".wav",
        ".mp4",
        ".webm",
    }
)
SOURCE_FIELDS = ("title", "author", "url", "licence", "changes")
SOURCE_OPTIONAL = ("date", "notice")
MEDIA_FIELDS = ("file", "title", "creator", "licence")
MEDIA_OPTIONAL = ("url",)
ORGANIZATION_WORDS = re.compile(
    r"\b(inc|ltd|llc|corp|co|company|university|college|school|government|ministry|centre|"
    r"center|association|society|foundation|institute|network|contributors|team)\b\.?",
    re.IGNORECASE,
)
EXAMPLE_SOURCE = (
    "source:\n  - title: ...\n    author: ...\n    url: https://...\n"
    "    licence: CC-BY-NC-SA-4.0\n    changes: ..."
)
EXAMPLE_MEDIA = (
    "media:\n  - file: assets/img/...\n    title: ...\n    creator: ...\n    licence: CC-BY-4.0"
)


@dataclass(frozen=True)
class SiteLicensing:
    """The site's defaults from `mkdocs.yml` `extra`."""

    licence: Licence
    licensor: str
    licensor_url: str
    code_licence: Licence
    language: str
    audience: str


@dataclass(frozen=True)
class Source:
    """A work that a page adapts: title, author, source link, licence, and what we changed."""

    title: str
    author: str
    url: str
    licence: Licence
    changes: str
    date: dt.date | None = None
    notice: str = ""  # the source's own credits or change notices, kept as they are

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What makes two declarations the same work (for the attributions page)."""
        return (self.title, self.author, self.url, self.licence.id)


@dataclass(frozen=True)
class MediaCredit:
    """An image or other media file a page shows, and who made it."""

    file: str
    title: str
    creator: str
    licence: Licence
    url: str = ""

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What makes two credits the same (for the attributions page)."""
        return (self.file, self.title, self.creator, self.url, self.licence.id)


@dataclass(frozen=True)
class PageCredits:
    """Everything the footer, the JSON-LD and the attributions page need about one page."""

    path: str  # source path from docs/, e.g. lessons/x.md
    url: str  # site-relative URL, e.g. lessons/x/
    title: str
    licence: Licence
    sources: tuple[Source, ...] = ()
    media: tuple[MediaCredit, ...] = ()
    description: str = ""
    level: str = ""
    time: int | None = None
    week: int | None = None
    objectives: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------- parsing


def parse_licence(value: Any, page: str, item: str) -> Licence:
    """The registry licence for an id an author wrote; AuthoringError listing the known ids."""
    if isinstance(value, str) and value.strip() in licenses.LICENCES:
        return licenses.LICENCES[value.strip()]
    shown = "nothing" if value in (None, "") else repr(value)
    raise AuthoringError(
        problem=f"unknown licence id {shown}",
        fix=f"write one of these licence ids: {', '.join(licenses.known_ids())}",
        page=page,
        item=item,
    )


def _text(entry: Mapping[str, Any], key: str, page: str, item: str, example: str) -> str:
    value = entry.get(key)
    if isinstance(value, dt.date):
        value = value.isoformat()
    if value is None or not str(value).strip():
        raise AuthoringError(
            problem=f"the {'media credit' if item.startswith('media') else 'source'} has no {key}",
            fix=f"add `{key}:` to it, like this:\n{example}",
            page=page,
            item=item,
        )
    return " ".join(str(value).split())


def _entries(raw: Any, key: str, page: str, example: str) -> list[Mapping[str, Any]]:
    if raw is None:
        return []
    entries = [raw] if isinstance(raw, Mapping) else raw
    if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
        raise AuthoringError(
            problem=f"`{key}:` must be a mapping or a list of mappings",
            fix=f"write it like this:\n{example}",
            page=page,
            item=key,
        )
    return entries


def _known_keys(
    entry: Mapping[str, Any], allowed: tuple[str, ...], page: str, item: str, example: str
) -> None:
    for key in entry:
        if key in allowed:
            continue
        hint = " (licence is spelled with a c)" if str(key).lower() == "license" else ""
        raise AuthoringError(
            problem=f"`{key}:` is not something a credit can have{hint}",
            fix=f"use only these keys: {', '.join(allowed)}; like this:\n{example}",
            page=page,
            item=item,
        )


def _url(value: str, page: str, item: str) -> str:
    if urlsplit(value).scheme not in {"http", "https"}:
        raise AuthoringError(
            problem=f"the url {value!r} is not a web address",
            fix="write the full address of the original, starting with https://",
            page=page,
            item=item,
        )
    return value


def _date(value: Any, page: str, item: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise AuthoringError(
            problem=f"the date {value!r} is not a date",
            fix="write the date as year-month-day, for example `date: 2022-12-07`",
            page=page,
            item=item,
        ) from None


def parse_sources(raw: Any, page: str) -> tuple[Source, ...]:
    """The `source:` front matter (one mapping or a list) as validated Sources."""
    sources = []
    for number, entry in enumerate(_entries(raw, "source", page, EXAMPLE_SOURCE), start=1):
        title = " ".join(str(entry.get("title") or "").split())
        item = f"source: {title or number}"
        _known_keys(entry, SOURCE_FIELDS + SOURCE_OPTIONAL, page, item, EXAMPLE_SOURCE)
        values = {k: _text(entry, k, page, item, EXAMPLE_SOURCE) for k in SOURCE_FIELDS}
        sources.append(
            Source(
                title=values["title"],
                author=values["author"],
                url=_url(values["url"], page, item),
                licence=parse_licence(entry.get("licence"), page, item),
                changes=values["changes"],
                date=_date(entry.get("date"), page, item),
                notice=" ".join(str(entry.get("notice") or "").split()),
            )
        )
    return tuple(sources)


def parse_media(raw: Any, page: str) -> tuple[MediaCredit, ...]:
    """The `media:` front matter (one mapping or a list) as validated MediaCredits."""
    credits = []
    for number, entry in enumerate(_entries(raw, "media", page, EXAMPLE_MEDIA), start=1):
        item = f"media: {entry.get('file') or number}"
        _known_keys(entry, MEDIA_FIELDS + MEDIA_OPTIONAL, page, item, EXAMPLE_MEDIA)
        values = {k: _text(entry, k, page, item, EXAMPLE_MEDIA) for k in MEDIA_FIELDS}
        url = entry.get("url")
        credits.append(
            MediaCredit(
                file=values["file"].lstrip("/"),
                title=values["title"],
                creator=values["creator"],
                licence=parse_licence(entry.get("licence"), page, item),
                url=_url(str(url).strip(), page, item) if url else "",
            )
        )
    return tuple(credits)


def _objectives(value: Any, page: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):  # one objective written without a list
        value = [value]
    if not isinstance(value, list):
        raise AuthoringError(
            problem=f"`objectives: {value!r}` is not a list of objectives",
            fix="write one objective per line, each starting with `- `, under `objectives:`",
            page=page,
            item="objectives",
        )
    return tuple(" ".join(str(o).split()) for o in value if o is not None and str(o).strip())


def site_licensing(extra: Mapping[str, Any], site_url: str, language: str) -> SiteLicensing:
    """The site defaults from `mkdocs.yml` `extra` (licence, licensor, code_licence)."""
    where = "mkdocs.yml"
    licensor = extra.get("licensor")
    if not licensor or not str(licensor).strip():
        raise AuthoringError(
            problem="`extra: licensor:` is missing",
            fix="name who holds the copyright, e.g. `licensor: Workplace Communications"
            " course contributors`",
            page=where,
            item="extra.licensor",
        )
    return SiteLicensing(
        licence=parse_licence(extra.get("licence"), where, "extra.licence"),
        licensor=" ".join(str(licensor).split()),
        licensor_url=site_url or "",
        code_licence=parse_licence(extra.get("code_licence"), where, "extra.code_licence"),
        language=language or "en",
        audience=" ".join(str(extra.get("audience") or "").split()),
    )


def parse_page(
    meta: Mapping[str, Any], path: str, url: str, title: str, site: SiteLicensing
) -> PageCredits:
    """One page's front matter as PageCredits, with every licence check applied."""
    if "license" in meta:
        raise AuthoringError(
            problem="`license:` is not a key we read (licence is spelled with a c)",
            fix=f"write `licence: {meta['license']}`",
            page=path,
            item="license",
        )
    licence = site.licence
    if meta.get("licence") is not None:
        licence = parse_licence(meta.get("licence"), path, "licence")
    credits = PageCredits(
        path=path,
        url=url,
        title=" ".join(str(meta.get("title") or title or path).split()),
        licence=licence,
        sources=parse_sources(meta.get("source"), path),
        media=parse_media(meta.get("media"), path),
        description=" ".join(str(meta.get("description") or "").split()),
        level=" ".join(str(meta.get("level") or "").split()),
        time=minutes_of(meta, path),
        week=week_of(meta, path),
        objectives=_objectives(meta.get("objectives"), path),
    )
    check_adaptations(credits)
    return credits


def check_adaptations(page: PageCredits) -> None:
    """Fail when a source's licence does not allow this page's adaptation of it."""
    for source in page.sources:
        problem = licenses.adaptation_problem(source.licence, page.licence)
        if not problem:
            continue
        if not source.licence.adaptation:
            fix = (
                "do not adapt this work: link to it instead, or ask the creator for"
                " permission and get a licence that allows changes"
            )
        else:
            fix = (
                f"publish this page under {source.licence.short} (add"
                f" `licence: {source.licence.id}` to its front matter or change"
                " `extra: licence:` in mkdocs.yml), or remove this source"
            )
        raise AuthoringError(
            problem=f"this page adapts '{source.title}', but {problem}",
            fix=fix,
            page=page.path,
            item=f"source: {source.title}",
        )


# ---------------------------------------------------------------- media references

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[^\n]*\n.*?^\1\2[`~]*[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_MD_IMAGE_REF = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?")
_MD_REF_DEF = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$", re.M)
_HTML_ATTR = re.compile(
    r"<(?:img|source|video|audio|track|object|embed)\b[^>]*?\b(src|data|poster|srcset)\s*=\s*"
    r"(\"[^\"]*\"|'[^']*'|[^\s>]+)",
    re.I,
)


def _local(target: str, base: str) -> str | None:
    parts = urlsplit(target.strip())
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
    normal = posixpath.normpath(joined)
    if normal in {".", ""} or normal.startswith("../") or normal == "..":
        return None
    return normal


def media_references(markdown: str, path: str, url: str) -> list[str]:
    """Paths (from docs/) of every media file the page's Markdown or HTML refers to."""
    text = _CODE_SPAN.sub("", _FENCE.sub("", markdown))
    md_base = posixpath.dirname(path)
    html_base = url if url.endswith("/") or not url else posixpath.dirname(url)
    found: list[str | None] = [_local(m.group(1), md_base) for m in _MD_IMAGE.finditer(text)]
    definitions = {m.group(1).lower(): m.group(2) for m in _MD_REF_DEF.finditer(text)}
    for m in _MD_IMAGE_REF.finditer(text):
        label = (m.group(2) or m.group(1)).lower()
        if label in definitions and text[m.end() : m.end() + 1] != "(":
            found.append(_local(definitions[label], md_base))
    for m in _HTML_ATTR.finditer(text):
        value = m.group(2).strip("\"'")
        targets = [c.split()[0] for c in value.split(",") if c.strip()]
        if m.group(1).lower() != "srcset":
            targets = [value]
        # Raw HTML is relative to the page's URL, but inside a `markdown` block MkDocs rewrites
        # it like Markdown (relative to the file): keep both readings; only real files count.
        found += [_local(t, base) for t in targets for base in (html_base.rstrip("/"), md_base)]
    paths = [p for p in found if p and posixpath.splitext(p)[1].lower() in MEDIA_EXTENSIONS]
    return list(dict.fromkeys(paths))


def check_media(
    page: PageCredits,
    referenced: Iterable[str],
    exists: Callable[[str], bool],
    markdown: str | None = None,
) -> None:
    """Fail when the page shows a media file with no credit, or credits a file that is not there,
    or (given the page's `markdown`) a file whose name is nowhere in it: the footer and the
    attributions page would say the page shows it."""
    referenced = list(referenced)
    credited = {credit.file for credit in page.media}
    for credit in page.media:
        if not exists(credit.file):
            near = difflib.get_close_matches(credit.file, referenced, n=1, cutoff=0.6)
            raise AuthoringError(
                problem=f"the media credit names the file '{credit.file}', which is not in docs/",
                fix=f"did you mean `file: {near[0]}`?"
                if near
                else "write the file's path from the docs/ folder, for example"
                " `file: assets/img/a-picture.png`",
                page=page.path,
                item=f"media: {credit.file}",
            )
        if markdown is not None and posixpath.basename(credit.file) not in markdown:
            raise AuthoringError(
                problem=f"the page credits the media file '{credit.file}', but does not show it",
                fix="show it on the page, or take it out of the page's `media:` list",
                page=page.path,
                item=f"media: {credit.file}",
            )
    for path in referenced:
        if exists(path) and path not in credited:
            raise AuthoringError(
                problem=f"the page shows the media file '{path}' but gives it no credit",
                fix=f"add it to the page's `media:` list, like this:\n"
                f"media:\n  - file: {path}\n    title: ...\n    creator: ...\n"
                "    licence: CC-BY-4.0",
                page=page.path,
                item=path,
            )


# ---------------------------------------------------------------- output


def iso_duration(minutes: int) -> str:
    """An ISO 8601 duration for a number of minutes: 90 -> 'PT1H30M'."""
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def long_date(day: dt.date) -> str:
    """A date as people read it in Canada: 'December 7, 2022'."""
    return f"{day:%B} {day.day}, {day.year}"


def tasl(source: Source) -> str:
    """The plain-text credit line: Adapted from “Title” by Author (url), licensed under ..."""
    licence = source.licence
    terms = (
        f"licensed under {licence.short} ({licence.url})"
        if licence.url
        else f"{licence.name[:1].lower()}{licence.name[1:]}"
    )
    return (
        f"Adapted from \u201c{source.title}\u201d by {source.author} ({source.url}),"
        f" {terms}. Changes: {source.changes}"
        + (f" Credits in the original: {source.notice}" if source.notice else "")
    )


def agent_type(name: str) -> str:
    """'Organization' when a name looks like one (Inc., College, contributors...), else 'Person'."""
    return "Organization" if ORGANIZATION_WORDS.search(name) else "Person"


def resource_type(page: PageCredits) -> str:
    """The schema.org learningResourceType for a page."""
    if page.week is not None:
        return "Course module"
    if page.time is not None or page.objectives:
        return "Lesson"
    return "Information page"


def json_ld(page: PageCredits, site: SiteLicensing, canonical_url: str) -> dict[str, Any]:
    """The schema.org LearningResource for a page, as a JSON-ready dict."""

    def licence_url(licence: Licence) -> str | None:
        return licence.url or None

    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": page.title,
        "description": page.description or None,
        "url": canonical_url or None,
        "inLanguage": site.language,
        "license": licence_url(page.licence),
        "copyrightHolder": {"@type": "Organization", "name": site.licensor},
        "isAccessibleForFree": True,
        "learningResourceType": resource_type(page),
        "educationalLevel": page.level or None,
        "timeRequired": iso_duration(page.time) if page.time else None,
        "teaches": list(page.objectives) or None,
        "audience": {
            "@type": "EducationalAudience",
            "educationalRole": "student",
            "audienceType": site.audience,
        }
        if site.audience
        else None,
        "isBasedOn": [
            {
                "@type": "CreativeWork",
                "name": s.title,
                "author": {"@type": agent_type(s.author), "name": s.author},
                "creditText": tasl(s),
                "url": s.url,
                "license": licence_url(s.licence),
                "dateModified": s.date.isoformat() if s.date else None,
            }
            for s in page.sources
        ]
        or None,
        "associatedMedia": [
            {
                "@type": "MediaObject",
                "name": m.title,
                # JSON-LD resolves a relative URL against the page, not docs/: make it absolute.
                "contentUrl": urljoin(site.licensor_url, m.file) if site.licensor_url else m.file,
                "creator": {"@type": agent_type(m.creator), "name": m.creator},
                "license": licence_url(m.licence),
            }
            for m in page.media
        ]
        or None,
    }
    return _without_none(data)


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def json_ld_script(data: Mapping[str, Any]) -> str:
    """JSON text that is safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def footer_html(page: PageCredits | None, site: SiteLicensing) -> str:
    """The licence and credit lines of the footer, for a page or (None) for the whole site."""
    return render("attribution_footer.html", page=page, site=site)


@dataclass(frozen=True)
class Use:
    """One page that uses a work, and (for sources) what it changed."""

    title: str
    url: str
    changes: str = ""


@dataclass(frozen=True)
class Credit:
    """One work credited somewhere in the site, with every page that uses it."""

    item: Source | MediaCredit
    uses: tuple[Use, ...]


def collect(pages: Iterable[PageCredits]) -> tuple[list[Credit], list[Credit]]:
    """Every source and every media credit in the site, each with the pages that use it.

    Works are sorted by title; each work lists its pages in the order they are given.
    """
    sources: dict[tuple, tuple[Source, list[Use]]] = {}
    media: dict[tuple, tuple[MediaCredit, list[Use]]] = {}
    for page in pages:
        for source in page.sources:
            _, uses = sources.setdefault(source.key, (source, []))
            uses.append(Use(page.title, page.url, source.changes))
        for credit in page.media:
            _, media_uses = media.setdefault(credit.key, (credit, []))
            media_uses.append(Use(page.title, page.url))

    def ordered(table: dict) -> list[Credit]:
        rows = [Credit(item, tuple(uses)) for item, uses in table.values()]
        return sorted(rows, key=lambda c: (c.item.title.lower(), c.item.key))

    return ordered(sources), ordered(media)


def attributions_html(credits: list[Credit], kind: str, link: Callable[[str], str]) -> str:
    """The generated list for the attributions page ("sources" or "media")."""
    return render(
        "attributions_list.html",
        credits=credits,
        kind=kind,
        link=link,
        long_date=long_date,
        sentence=sentence,
    )


def sentence(text: str) -> str:
    """The text ending with one full stop: 'English Online Inc.' stays as it is."""
    return text if text.endswith((".", "!", "?")) else text + "."


# ---------------------------------------------------------------- MkDocs wiring


def _fail(error: AuthoringError, page: str) -> Exception:
    from mkdocs.exceptions import PluginError

    # The page's time: and week: are read here too (for its metadata), but are not credits.
    label = "" if error.item in ("time", "week") else "Attribution error: "
    return PluginError(f"{label}{error.at(page)}")


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _needle(item: str) -> str:
    """What to look for in the page file to find the line an error is about."""
    for prefix in ("media", "source", "licence", "time"):
        if item.startswith(prefix):
            return f"{prefix}:"
    return posixpath.basename(item) or item


def page_language(conf: Any) -> str:
    """The language code the theme writes into every page's `lang` (Material's "language"
    translation): "en" for `language: custom` on top of English, where the setting says "custom"."""
    theme = conf["theme"]
    try:
        template = theme.get_env().from_string(
            '{% import "partials/language.html" as lang with context %}{{ lang.t("language") }}'
        )
        return template.render(config=conf).strip() or "en"
    except TemplateNotFound:  # a theme without Material's translations: its own setting
        return str(theme.get("language") or theme.get("locale") or "en")


def register(env: Any) -> None:
    """Set up the footer defaults, the attributions_list macro and the per-page checks."""
    from mkdocs.structure.files import Files
    from mkdocs.utils import get_relative_url
    from mkdocs.utils.meta import get_data

    conf = env.conf
    try:
        site = site_licensing(conf["extra"], conf.get("site_url") or "", page_language(conf))
    except AuthoringError as error:
        raise _fail(error, "mkdocs.yml") from None
    docs_dir = Path(conf["docs_dir"])
    conf["extra"]["wc_footer"] = footer_html(None, site)
    conf["extra"]["wc_licence_url"] = site.licence.url

    def exists(path: str) -> bool:
        return (docs_dir / path).is_file()

    def all_pages() -> list[PageCredits]:
        files = env.variables.get("files")
        nav = env.variables.get("navigation")
        if not isinstance(files, Files):
            return []
        in_nav = [page.file for page in getattr(nav, "pages", [])]
        rest = [f for f in files.documentation_pages() if f not in in_nav]
        pages = []
        for file in [*in_nav, *rest]:
            _, meta = get_data(file.content_string)
            if meta.get("wc_printable"):  # a worksheet or key: its page is listed, not it
                continue
            nav_title = file.page.title if file.page is not None else None
            try:
                pages.append(parse_page(meta, file.src_uri, file.url, nav_title or file.name, site))
            except AuthoringError as error:
                # Told when that page renders (after_page), so the message comes under its own
                # "Error reading page" line; or at the end, if it is never rendered.
                unread.setdefault(file.src_uri, error)
        return pages

    @env.macro
    def attributions_list(kind: str = "sources") -> str:
        """The generated list of every source ("sources") or media credit ("media")."""
        if kind not in {"sources", "media"}:
            raise AuthoringError(
                problem=f"attributions_list({kind!r}) is not a list we can make",
                fix='write attributions_list("sources") or attributions_list("media")',
                page=env.page.file.src_uri,
            )
        here = env.page.url

        def link(url: str) -> str:
            relative = get_relative_url(url, here)
            return relative + "/" if url.endswith("/") and not relative.endswith("/") else relative

        sources, media = collect(all_pages())
        return attributions_html(sources if kind == "sources" else media, kind, link)

    def fail(error: AuthoringError, path: str) -> Exception:
        page_file = docs_dir / (error.page or path)
        if error.line is None and page_file.is_file():
            error.line = _line_of(page_file.read_text(encoding="utf-8"), _needle(error.item))
        return _fail(error, path)

    unread: dict[str, AuthoringError] = {}  # page -> the mistake in its credits
    rendered: set[str] = set()

    def after_page(env: Any) -> None:
        page = env.page
        path = page.file.src_uri
        rendered.add(path)
        try:
            credits = parse_page(page.meta, path, page.url, page.title or page.file.name, site)
            markdown = env.markdown
            check_media(credits, media_references(markdown, path, page.url), exists, markdown)
        except AuthoringError as error:
            raise fail(error, path) from None
        page.meta["wc_footer"] = footer_html(credits, site)
        page.meta["wc_licence_url"] = credits.licence.url
        page.meta["wc_jsonld"] = json_ld_script(json_ld(credits, site, page.canonical_url or ""))

    def after_build(env: Any) -> None:
        # A page that read another page's credits (the attributions page) left that page out of
        # its list; the page itself stopped the build when it rendered. One that never rendered
        # through the macros (render_macros: false) stops it here.
        all_pages()
        for path, error in unread.items():
            if path not in rendered:
                raise fail(error, path)

    env.post_macro_functions.append(after_page)
    env.post_build_functions.append(after_build)
