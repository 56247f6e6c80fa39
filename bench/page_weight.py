"""Page weight: bytes of HTML and of every local CSS/JS file a page loads, raw and gzipped.

Compares our site with the same docs built by plain Material (no overrides, no extra CSS/JS,
Material's default font settings) and prints a Markdown table with ratios. Usage:
    python bench/page_weight.py [--out FILE]

Then loads each page in Chromium, as a first visit, and weighs every file the page fetched by
the time the network is idle: what a learner downloads, scripts' own requests included (such as
Material's search index, which no tag links).

Also weighs one synthetic lesson (bench/synthetic.py) built three ways: ours, plain Material
with the quizzes as admonitions, and the mkdocs-quiz plugin.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import material
import yaml
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_time
import synthetic
from common import CHROME, GZIPPED, ROOT, build, gz, serve, table
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(ROOT))
from macros.purge import fixes  # the repo root is on the path only from here

# Material's own files: its stylesheets (ours purged, with our fixes at the end) and scripts.
THEME = ("assets/stylesheets/", "assets/javascripts/")
# Our theme work on Material's markup (fixes, the nav cache); the other hooks render the docs.
THEME_HOOKS = {"macros/theme_fixes.py", "macros/nav_cache.py"}

PAGES = {
    "home": "index.html",
    "lesson": "lessons/when-you-dont-get-the-job/index.html",
    "week": "workcom/week-2/index.html",
}


class _Loader(yaml.SafeLoader):
    pass


# mkdocs.yml reads some values from the environment: `!ENV [NAME, default]` -> the default.
_Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def plain_material_config() -> Path:
    """Our mkdocs.yml with our theme work taken out: plain Material on the same docs.

    Written next to mkdocs.yml (relative paths must hold); the caller deletes it.
    """
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=_Loader)
    config["theme"] = {"name": "material", "language": "en"}
    config["hooks"] = [hook for hook in config.get("hooks", []) if hook not in THEME_HOOKS]
    config.pop("extra_css", None)
    config.pop("extra_javascript", None)
    config["site_url"] = "http://127.0.0.1:8000/"
    config["repo_url"] = "https://github.com/example/example"
    path = ROOT / ".bench-plain-material.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def build_plain_material(out: Path) -> None:
    """Build our docs with plain Material (plain_material_config) into out.

    Our macros still render the docs, and their post_build purges Material's stylesheet: the
    plain site gets Material's own stylesheets back, as Material ships them.
    """
    config = plain_material_config()
    try:
        build(config, out)
    finally:
        config.unlink()
    shipped = Path(material.__file__).parent / "templates"
    for built in out.glob("assets/stylesheets/*.css"):
        shutil.copyfile(shipped / built.relative_to(out), built)


def weigh(site: Path, page: str) -> dict[str, tuple[int, int]]:
    """Raw and gzipped size of the page's HTML and of each local CSS/JS file it loads."""
    html = (site / page).read_bytes()
    sizes = {"HTML": (len(html), gz(html))}
    soup = BeautifulSoup(html, "lxml")
    refs = [tag.get("src") for tag in soup.find_all("script") if tag.get("src")]
    refs += [tag["href"] for tag in soup.find_all("link", rel="stylesheet")]
    for ref in refs:
        if urlsplit(ref).scheme or ref.startswith("//"):
            sizes[ref] = (0, 0)  # another origin: not ours to weigh, and a privacy failure
            continue
        local = site / urlsplit(urljoin("/" + page, ref)).path.lstrip("/")
        data = local.read_bytes()
        sizes[local.relative_to(site).as_posix()] = (len(data), gz(data))
    return sizes


SEARCH = ("search/search_index.json", "assets/javascripts/workers/search.")


def downloads(site: Path, pages: list[str]) -> dict[str, dict[str, int]]:
    """Per page: each same-origin file Chromium fetched on a first visit, and its bytes as sent
    (gzipped, level 9, if GitHub Pages gzips that kind of file)."""
    server, base = serve(site)
    out: dict[str, dict[str, int]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROME)
            for page in pages:
                context = browser.new_context(viewport={"width": 390, "height": 844})
                tab = context.new_page()
                fetched: list[str] = []
                tab.on("request", lambda request, into=fetched: into.append(request.url))
                tab.goto(base + page.removesuffix("index.html"), wait_until="networkidle")
                tab.wait_for_timeout(1000)
                context.close()
                sizes: dict[str, int] = {}
                for url in fetched:
                    if not url.startswith(base):
                        continue  # another origin (plain Material's fonts): none is reachable
                    file = urlsplit(url).path.removeprefix("/") or "index.html"
                    local = site / file / "index.html" if file.endswith("/") else site / file
                    data = local.read_bytes() if local.is_file() else b""
                    sizes[file] = gz(data) if local.suffix in GZIPPED else len(data)
                out[page] = sizes
            browser.close()
    finally:
        server.shutdown()
    return out


def downloads_report(mine: dict[str, dict[str, int]], base: dict[str, dict[str, int]]) -> list[str]:
    """The first-visit table: files, KB, and the search files' share, ours against plain."""
    rows: list[list[object]] = []
    for name, page in PAGES.items():
        for label, sizes in (("ours", mine[page]), ("plain Material", base[page])):
            search = sum(size for file, size in sizes.items() if file.startswith(SEARCH))
            total = sum(sizes.values())
            rows.append([name, label, len(sizes), kb(total), kb(search)])
    return [
        "",
        "#### A first visit in Chromium: every file the page fetched until the network was idle",
        "",
        table(["page", "site", "files", "total KB", "of which search index and worker KB"], rows),
        "",
        "Material fetches the search index and its worker on every page load; ours wait until the",
        "learner opens search (overrides/partials/lazy-search.html). Sizes are gzipped (level 9)",
        "where GitHub Pages gzips the file. Plain Material's font request goes to another origin",
        "and is not counted.",
    ]


def kind(file: str) -> str:
    """Who a file belongs to: the page itself, the theme, a component, or ours on every page."""
    if file == "HTML":
        return "page HTML"
    if file.startswith("assets/bundles/"):
        return "component (ours)"
    if file.startswith(THEME) or "://" in file:
        return "theme (Material)"
    return "site-wide (ours)"  # any other local file every page links (extra_css, say)


def fixes_size() -> tuple[int, int]:
    """Raw and gzipped bytes of our site-wide fixes to Material, minified as the build adds them
    to the end of the theme stylesheet (macros/purge.py)."""
    text = fixes().encode()
    return len(text), gz(text)


def file_rows(label: str, sizes: dict[str, tuple[int, int]]) -> list[list[object]]:
    """One row per file of a page, then the page's total."""
    rows: list[list[object]] = [
        [label, f, kind(f), raw, packed] for f, (raw, packed) in sizes.items()
    ]
    total_raw, total_gz = (sum(column) for column in zip(*sizes.values(), strict=True))
    rows.append([label, "**total**", "", total_raw, total_gz])
    return rows


def by_kind(sizes: dict[str, tuple[int, int]]) -> dict[str, int]:
    """Gzipped bytes per kind of file."""
    out = dict.fromkeys(
        ("page HTML", "theme (Material)", "site-wide (ours)", "component (ours)"), 0
    )
    for file, (_, packed) in sizes.items():
        out[kind(file)] += packed
    return out


def kb(size: int) -> str:
    """Bytes as KB with one decimal."""
    return f"{size / 1024:.1f}"


def all_pages(site: Path) -> dict[str, dict[str, int]]:
    """Gzipped bytes per kind for every HTML page of a built site."""
    return {
        page.relative_to(site).as_posix(): by_kind(weigh(site, page.relative_to(site).as_posix()))
        for page in sorted(site.rglob("*.html"))
    }


def synthetic_lessons(tmp: Path) -> dict[str, dict[str, tuple[int, int]] | str]:
    """One synthetic lesson (same prose, three quizzes) built by each flavour of bench/synthetic."""
    out: dict[str, dict[str, tuple[int, int]] | str] = {}
    quiz_python, note = build_time.quiz_python()
    for flavour in synthetic.FLAVOURS:
        python = quiz_python if flavour == "mkdocs-quiz" else Path(sys.executable)
        if python is None:
            out[flavour] = f"mkdocs-quiz {note}"
            continue
        config = synthetic.write(flavour, 10, tmp / f"syn-{flavour}")
        build(config, tmp / f"syn-site-{flavour}", python)
        out[flavour] = weigh(tmp / f"syn-site-{flavour}", "lessons/unit-001/lesson-0001/index.html")
    return out


def report(ours: Path, plain: Path, synthetic_sizes: dict) -> str:
    """The Markdown report: per page and per file, a summary, every page, the synthetic lesson."""
    text = ["### Page weight: every file a page loads, bytes raw and gzipped (level 9)", ""]
    rows: list[list[object]] = []
    summary: list[list[object]] = []
    for name, page in PAGES.items():
        mine, base = weigh(ours, page), weigh(plain, page)
        rows += file_rows(f"{name} (ours)", mine)
        rows += file_rows(f"{name} (plain Material)", base)
        kinds = by_kind(mine)
        total, base_total = sum(g for _, g in mine.values()), sum(g for _, g in base.values())
        summary.append(
            [
                name,
                *(kb(size) for size in kinds.values()),
                kb(total),
                kb(base_total),
                f"{total / base_total:.2f}x",
            ]
        )
    text.append(table(["page", "file", "kind", "raw B", "gzip B"], rows))
    text += [
        "",
        "#### Summary, gzipped KB (our pages vs the same page built by plain Material)",
        "",
    ]
    header = ["page", "HTML", "theme CSS/JS", "site-wide (ours)", "components", "total"]
    text.append(table([*header, "plain Material", "ratio"], summary))

    everything = all_pages(ours)
    component = {page: kinds["component (ours)"] for page, kinds in everything.items()}
    heaviest = sorted(component.items(), key=lambda item: -item[1])[:5]
    without = [page for page, size in component.items() if size == 0]
    site_wide = max(kinds["site-wide (ours)"] for kinds in everything.values())
    fixes_raw, fixes_gz = fixes_size()
    text += ["", "#### Our own assets on every page of the site (gzipped)", ""]
    text.append(
        f"- {len(everything)} pages; {len(without)} load no component CSS/JS; the most any page "
        f"loads of other files of ours: {site_wide} B."
    )
    text.append(
        "- Heaviest pages by component CSS/JS: "
        + "; ".join(f"`{page}` {kb(size)} KB" for page, size in heaviest)
    )
    fetched = downloads(ours, list(PAGES.values()))
    plain_fetched = downloads(plain, list(PAGES.values()))
    lesson_kinds = by_kind(weigh(ours, PAGES["lesson"]))
    lesson_total = sum(lesson_kinds.values())
    plain_lesson = sum(g for _, g in weigh(plain, PAGES["lesson"]).values())
    text += [
        "",
        "Against the goals:",
        "",
        f"- Components on the heaviest page: {kb(heaviest[0][1])} KB gzipped (goal at most 8 KB).",
        f"- Pages without components: {site_wide} B of files of ours (goal 0 B). Our site-wide "
        "fixes to Material that every page needs (footer contrast, underlined links, the licence "
        "footer, print, 24px navigation targets, titles that wrap on a phone; "
        "macros/theme_fixes.css) are no file of their "
        "own: they end the theme stylesheet, which every page loads anyway. On their own they "
        f"are {fixes_raw} B, {fixes_gz} B gzipped; they are counted in the theme column above.",
        f"- Lesson page total: {kb(lesson_total)} KB against {kb(plain_lesson)} KB for the same "
        "page from plain Material (goal: below it). All that a first visit to the lesson fetches: "
        f"{kb(sum(fetched[PAGES['lesson']].values()))} KB against "
        f"{kb(sum(plain_fetched[PAGES['lesson']].values()))} KB (the table below).",
    ]
    text += downloads_report(fetched, plain_fetched)
    text += ["", "#### One synthetic lesson, same prose and three quizzes (bench/synthetic.py)", ""]
    srows = []
    for flavour, sizes in synthetic_sizes.items():
        if isinstance(sizes, str):
            srows.append([flavour, sizes, "", "", "", ""])
            continue
        css = sum(g for f, (_, g) in sizes.items() if f.endswith(".css"))
        js = sum(g for f, (_, g) in sizes.items() if f.endswith(".js"))
        total = sum(g for _, g in sizes.values())
        srows.append([flavour, kb(sizes["HTML"][1]), kb(css), kb(js), len(sizes) - 1, kb(total)])
    text.append(table(["flavour", "HTML", "CSS files", "JS files", "files", "total KB"], srows))
    text += [
        "",
        "mkdocs-quiz inlines its CSS and JS into every page's HTML (so its HTML is larger and is",
        "downloaded again on every page); ours are separate files, cached after the first page.",
    ]
    return "\n".join(text)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ours, plain = tmp_path / "ours", tmp_path / "plain"
        build(ROOT / "mkdocs.yml", ours)
        build_plain_material(plain)
        text = report(ours, plain, synthetic_lessons(tmp_path))
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
