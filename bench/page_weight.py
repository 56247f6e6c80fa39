"""Page weight: bytes of HTML and of every local CSS/JS file a page loads, raw and gzipped.

Compares our site with the same docs built by plain Material (no overrides, no extra CSS/JS,
Material's default font settings) and prints a Markdown table with ratios. Usage:
    python bench/page_weight.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, build, gz, table

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
    config.pop("extra_css", None)
    config.pop("extra_javascript", None)
    config["site_url"] = "http://127.0.0.1:8000/"
    config["repo_url"] = "https://github.com/example/example"
    path = ROOT / ".bench-plain-material.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


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


def is_ours(file: str) -> bool:
    """Our own component CSS/JS (docs/assets/{css,js}), not Material's bundles."""
    return file.startswith(("assets/css/", "assets/js/"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ours, plain = tmp_path / "ours", tmp_path / "plain"
        build(ROOT / "mkdocs.yml", ours)
        config = plain_material_config()
        try:
            build(config, plain)
        finally:
            config.unlink()
        rows = []
        for name, page in PAGES.items():
            mine, base = weigh(ours, page), weigh(plain, page)
            own = sum(
                gzipped
                for file, (_, gzipped) in mine.items()
                if "assets/" in file
                and "assets/javascripts/" not in file
                and "assets/stylesheets/" not in file
            )
            total, base_total = sum(g for _, g in mine.values()), sum(g for _, g in base.values())
            rows.append(
                [
                    name,
                    f"{mine['HTML'][1] / 1024:.1f}",
                    f"{own / 1024:.1f}",
                    f"{total / 1024:.1f}",
                    f"{base_total / 1024:.1f}",
                    f"{total / base_total:.2f}x",
                ]
            )
        print("Page weight, gzipped KB (HTML + every CSS/JS file the page loads)\n")
        header = ["page", "HTML", "our own CSS/JS", "total", "plain Material", "ratio"]
        print(table(header, rows))


if __name__ == "__main__":
    main()
