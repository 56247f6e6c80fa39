"""Build time at 10, 100 and 1,000 synthetic lessons: ours vs plain Material vs mkdocs-quiz.

Each flavour (bench/synthetic.py) is built with `mkdocs build --strict` in a fresh process; the
wall time (Python start-up included) of several runs gives a median. Prints a Markdown table
with seconds, ms per page, the ratio to plain Material at the same size, and growth
(time at the largest size / time at the one before, against the page ratio). Never fails on time.

mkdocs-quiz is not our dependency: it is installed into its own venv under /tmp on first use
(same MkDocs and Material versions as ours); if that fails the table says so.

    python bench/build_time.py [--sizes 10 100 1000] [--runs 5] [--large-runs 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import build, table
from synthetic import FLAVOURS, write

QUIZ_VENV = Path("/tmp/bench-mkdocs-quiz-venv")


def quiz_python() -> tuple[Path | None, str]:
    """Python of a venv with mkdocs-quiz (made on first use), and its version or why not."""
    python = QUIZ_VENV / "bin" / "python"
    pins = [f"mkdocs=={version('mkdocs')}", f"mkdocs-material=={version('mkdocs-material')}"]
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(QUIZ_VENV)], check=True)
        code = "import importlib.metadata as m; print(m.version('mkdocs-quiz'))"
        probe = [str(python), "-c", code]
        found = subprocess.run(probe, capture_output=True, text=True, check=False)
        if found.returncode:
            install = [str(python), "-m", "pip", "install", "-q", "mkdocs-quiz", *pins]
            subprocess.run(install, capture_output=True, text=True, check=True)
            found = subprocess.run(probe, capture_output=True, text=True, check=True)
        return python, found.stdout.strip()
    except (subprocess.CalledProcessError, OSError) as error:
        return None, f"could not be installed ({error})"


def timed_build(python: Path, config: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one strict build in a new process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    build(config, out, python, strict=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def summary(runs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(median wall s, median CPU s, CPU s of the first build) of a flavour's (wall, CPU) runs."""
    return (
        statistics.median(wall for wall, _ in runs),
        statistics.median(cpu for _, cpu in runs),
        runs[0][1],
    )


def measure(sizes: list[int], runs: int, large_runs: int) -> tuple[dict, dict[str, str]]:
    """{(flavour, size): summary(runs) or None}, and {flavour: version note}."""
    python_quiz, quiz_note = quiz_python()
    ours = Path(sys.executable)
    pythons = {"ours": ours, "plain": ours, "mkdocs-quiz": python_quiz}
    notes = {"ours": "this repo", "plain": f"mkdocs-material {version('mkdocs-material')}"}
    notes["mkdocs-quiz"] = f"mkdocs-quiz {quiz_note}"
    medians: dict[tuple[str, int], tuple[float, float, float] | None] = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        for size in sizes:
            count = large_runs if size >= 1000 else runs
            for flavour in FLAVOURS:
                python = pythons[flavour]
                if python is None:
                    medians[flavour, size] = None
                    continue
                config = write(flavour, size, Path(tmp) / f"{flavour}-{size}")
                times = [
                    timed_build(python, config, Path(tmp) / f"site-{flavour}-{size}")
                    for _ in range(count)
                ]
                medians[flavour, size] = summary(times)
                spread = ", ".join(f"{w:.1f} ({c:.1f} CPU)" for w, c in times)
                print(f"  {flavour} x {size}: {spread} s", file=sys.stderr, flush=True)
    return medians, notes


def report(medians: dict, notes: dict[str, str], sizes: list[int], runs: int, large: int) -> str:
    """The Markdown table of a run: CPU time first (steadier on a shared machine), then wall."""
    rows = []
    for size in sizes:
        base = medians.get(("plain", size))
        for flavour in FLAVOURS:
            found = medians.get((flavour, size))
            if found is None:
                rows.append([size, flavour, *["n/a"] * 7])
                continue
            wall, cpu, first = found
            pages = size + 1
            rows.append(
                [
                    size,
                    flavour,
                    f"{cpu:.2f}",
                    f"{cpu / pages * 1000:.1f}",
                    f"{cpu / base[1]:.2f}x" if base else "n/a",
                    f"{wall:.2f}",
                    f"{wall / base[0]:.2f}x" if base else "n/a",
                    f"{first:.2f}",
                    f"{first / base[2]:.2f}x" if base else "n/a",
                ]
            )
    text = ["### Build time (median of strict builds, each in a new process)", ""]
    header = ["lessons", "flavour", "CPU s", "CPU ms/page", "CPU vs plain", "wall s", "wall vs"]
    header += ["first build CPU s", "first vs plain"]
    text.append(table(header, rows))
    if len(sizes) >= 2:
        small, big = sizes[-2], sizes[-1]
        growth = []
        for flavour in FLAVOURS:
            a, b = medians.get((flavour, small)), medians.get((flavour, big))
            ratio = f"{b[1] / a[1]:.1f}x" if a and b else "n/a"
            growth.append([flavour, ratio, f"{(big + 1) / (small + 1):.1f}x"])
        text += ["", f"Growth from {small} to {big} lessons, CPU (linear = the page ratio):", ""]
        text.append(table(["flavour", f"CPU({big}) / CPU({small})", "pages ratio"], growth))
    text += [
        "",
        f"Median of {runs} runs per size ({large} at 1,000 lessons); Python start-up included. "
        "CPU = user + system time of the build process: wall time on this shared machine "
        "depends on what else runs. First build: the first of those runs, in a new folder, as "
        "on a clean checkout (a deploy on CI): ours makes its caches then (.cache/: compiled "
        "theme templates, pages and search entries, minified scripts, Material's stylesheet as "
        "read), and later builds reuse them. "
        + "; ".join(f"{k}: {v}" for k, v in notes.items())
        + ".",
    ]
    return "\n".join(text)


_LOG_LINE = re.compile(r"^\s+(?P<flavour>[\w-]+) x (?P<size>\d+): (?P<runs>.*) s$")
_LOG_RUN = re.compile(r"(?P<wall>[\d.]+) \((?P<cpu>[\d.]+) CPU\)")


def from_log(text: str) -> dict:
    """`summary` of each flavour and size from the progress lines this script prints to stderr
    (a run cut short)."""
    medians: dict[tuple[str, int], tuple[float, float, float] | None] = {}
    for line in text.splitlines():
        match = _LOG_LINE.match(line)
        if match:
            runs = [(float(r["wall"]), float(r["cpu"])) for r in _LOG_RUN.finditer(match["runs"])]
            medians[match["flavour"], int(match["size"])] = summary(runs)
    return medians


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large-runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    parser.add_argument("--from-log", type=Path, help="report the progress lines of a cut run")
    args = parser.parse_args(argv)
    if args.from_log:
        medians = from_log(args.from_log.read_text(encoding="utf-8"))
        sizes = sorted({size for _, size in medians})
        notes = {"plain": f"mkdocs-material {version('mkdocs-material')}", "note": "run cut short"}
        text = report(medians, notes, sizes, args.runs, args.large_runs)
        text += f"\n\nFrom the progress log of a run cut short ({args.from_log.name}); "
        text += "sizes or flavours missing above were not measured."
        print(text)
        if args.out:
            args.out.write_text(text + "\n", encoding="utf-8")
        return
    load_before = os.getloadavg()
    medians, notes = measure(args.sizes, args.runs, args.large_runs)
    text = report(medians, notes, args.sizes, args.runs, args.large_runs)
    loads = " -> ".join(" ".join(f"{x:.1f}" for x in t) for t in (load_before, os.getloadavg()))
    text += f"\n\nLoad average (1, 5, 15 min) before -> after, {os.cpu_count()} cores: {loads}."
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
