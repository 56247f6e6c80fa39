"""Print every dependency range in pyproject.toml (runtime and test), one a line: `make lock`."""

import tomllib
from pathlib import Path

project = tomllib.loads(
    Path(__file__).resolve().parent.parent.joinpath("pyproject.toml").read_text()
)["project"]
ranges = list(project["dependencies"])
for extra in project.get("optional-dependencies", {}).values():
    ranges.extend(extra)
print("\n".join(ranges))
