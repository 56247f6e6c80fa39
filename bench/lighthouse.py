"""Lighthouse scores for the home page, a lesson and a week page, on mobile and desktop.

Builds the site (strict), serves it on a free local port with text files gzipped (as GitHub
Pages serves them), runs npm's lighthouse (12.2.3, from `make test`'s `npm ci`) with Debian
Chromium five times per page on mobile and three on desktop (ours and plain Material taking
turns), and prints the four category scores of the median run and every audit that did not pass.
Never fails on a score. Usage:
    python bench/lighthouse.py [--site DIR] [--out FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CHROME, ROOT, build, serve, table
from page_weight import PAGES, build_plain_material

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PRESETS = ("mobile", "desktop")
# Runs per page and form factor. Mobile scores (4x CPU slowdown) move by up to ten points between
# runs on this shared machine, so mobile gets five; desktop scores barely move.
RUNS = {"mobile": 5, "desktop": 3}


def run(url: str, preset: str, out: Path) -> dict:
    """One Lighthouse run; its JSON report."""
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}"]
    command += [f"--chrome-flags={FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROME}
    )
    if result.returncode or not out.exists():
        raise RuntimeError(f"lighthouse failed on {url}: {result.stderr[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def failing(report: dict) -> list[str]:
    """Audits in the four categories that scored below 1 (informative ones left out)."""
    audits = report["audits"]
    found = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if audit.get("score") is not None and audit["score"] < 1 and ref.get("weight", 0) > 0:
                found.append(f"{category}: {audit['id']} ({audit['score']:.2f})")
    return found


def version() -> str:
    """Lighthouse's version, from its package.json."""
    package = ROOT / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def chromium_version() -> str:
    """The browser's own version line."""
    result = subprocess.run([CHROME, "--version"], capture_output=True, text=True, check=False)
    return result.stdout.strip() or "unknown"


# column -> (Lighthouse audit, divisor of its numericValue, format)
METRICS = {
    "FCP s": ("first-contentful-paint", 1000, ".1f"),
    "LCP s": ("largest-contentful-paint", 1000, ".1f"),
    "TBT ms": ("total-blocking-time", 1, ".0f"),
    "CLS": ("cumulative-layout-shift", 1, ".3f"),
}


def metrics(report: dict) -> list[str]:
    """The performance metrics behind the score, in the units of METRICS."""
    return [
        format(report["audits"][audit]["numericValue"] / unit, spec)
        for audit, unit, spec in METRICS.values()
    ]


def first_paint_seen(report: dict) -> float:
    """Seconds to the first paint that Chromium itself made in the run, before Lighthouse's
    simulation of a slow phone."""
    seen = report["audits"]["metrics"]["details"]["items"][0]
    return seen["observedFirstContentfulPaint"] / 1000


def median_run(reports: list[dict]) -> dict:
    """The run with the median performance score (the lower middle one for an even count)."""
    ranked = sorted(reports, key=lambda report: report["categories"]["performance"]["score"])
    return ranked[(len(ranked) - 1) // 2]


def measure(sites: dict[str, Path], tmp: Path, runs: dict[str, int] = RUNS) -> str:
    """Run every page x preset `runs[preset]` times on each site, the sites taking turns (so
    that the machine's busy moments fall on both); report each one's median run."""
    rows, problems = [], []
    servers = {flavour: serve(site) for flavour, site in sites.items()}
    try:
        for name, page in PAGES.items():
            for preset in PRESETS:
                reports: dict[str, list[dict]] = {flavour: [] for flavour in sites}
                for n in range(runs[preset]):
                    for flavour, (_, base) in servers.items():
                        url = base + page.removesuffix("index.html")
                        out = tmp / f"{flavour}-{name}-{preset}-{n}.json"
                        reports[flavour].append(run(url, preset, out))
                for flavour, done in reports.items():
                    report = median_run(done)
                    scores = [round(report["categories"][c]["score"] * 100) for c in CATEGORIES]
                    each = ", ".join(
                        str(round(r["categories"]["performance"]["score"] * 100)) for r in done
                    )
                    painted = ", ".join(f"{first_paint_seen(r):.1f}" for r in done)
                    rows.append([name, preset, flavour, *scores, *metrics(report), each, painted])
                    if flavour == "ours":
                        problems += [f"- {name}, {preset}: {audit}" for audit in failing(report)]
                    print(f"  {flavour} {name} {preset}: {scores} ({each})", file=sys.stderr)
    finally:
        for server, _ in servers.values():
            server.shutdown()
    text = [f"### Lighthouse {version()} ({chromium_version()}), served from localhost", ""]
    header = ["page", "form factor", "site", *CATEGORIES, *METRICS, "performance, each run"]
    header.append("first paint seen, s, each run")
    text.append(table(header, rows))
    text += [
        "",
        f"plain Material: the same pages built by plain Material (bench/page_weight.py's config), "
        f"next to ours. {' and '.join(f'{n} runs on {p}' for p, n in runs.items())} of each, "
        "ours and plain Material taking turns; each row is "
        "the run with the median performance score, and the last column lists every run's, as "
        "performance moves by several points between runs on this shared machine.",
        "",
        "Most of that spread comes from one thing, in both flavours. Lighthouse loads the page "
        "at this machine's full speed and works out a slow phone's timings from that run. In "
        "some runs Chromium paints the page for the first time at about 0.2 s, in others not "
        "until 1.2 s or later, well after the page has loaded (the last column). A late first "
        "paint makes the simulation count every file fetched before it, scripts too, as needed "
        "for that paint: FCP then comes out near 1.9 s instead of 1.1 s on the lesson, and the "
        "score 3 to 5 points lower.",
        "",
        "Audits that did not pass in our median runs (score < 1, weighted):",
        "",
    ]
    text += problems or ["- none"]
    return "\n".join(text)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--runs", type=int, help=f"runs per page and form factor (default: {RUNS})")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit("lighthouse is missing: run `make test` once (npm ci) or `npm ci`.")
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(ROOT / "mkdocs.yml", site)
        plain = Path(tmp) / "plain"
        build_plain_material(plain)
        runs = {preset: args.runs for preset in PRESETS} if args.runs else RUNS
        text = measure({"ours": site, "plain Material": plain}, Path(tmp), runs)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
