"""Shared helpers for the benchmark scripts: build a config into a folder, gzip sizes, tables."""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Debian's Chromium, unless CHROME_PATH names another (Lighthouse reads the same variable).
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")


def build(config: Path, out: Path, python: Path | None = None, strict: bool = False) -> None:
    """Build `config` into `out` (our venv's Python unless given), or exit with mkdocs' message."""
    command = [str(python or sys.executable), "-m", "mkdocs", "build", "-q", "-f", str(config)]
    result = subprocess.run(
        [*command, *(["--strict"] if strict else []), "-d", str(out)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    if result.returncode:
        sys.exit(f"build of {config} failed:\n{result.stdout}{result.stderr}")


def gz(data: bytes) -> int:
    """Gzipped size in bytes (level 9, as a static host would serve it)."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def table(header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# Text files GitHub Pages sends gzipped (Content-Encoding: gzip) to a browser that accepts it.
GZIPPED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class _Hosted(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as GitHub Pages does: text files gzipped. Quiet."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in GZIPPED and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve a built site on 127.0.0.1 on a free port, gzipped as GitHub Pages does."""
    handler = functools.partial(_Hosted, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"
