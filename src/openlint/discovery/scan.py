"""Walk a project (bounded), collecting model and dataset references from code and configs."""

from __future__ import annotations

import os
from pathlib import Path

from openlint.discovery.configs import scan_config
from openlint.discovery.found import Reference
from openlint.discovery.python_ast import scan_python

SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "env",
        "node_modules",
        "__pycache__",
        "site-packages",
        "build",
        "dist",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
    }
)
CONFIG_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
CONFIG_NAMES = frozenset({"pyproject.toml", "openlint.toml"})
MAX_FILES = 20_000


def discover(root: Path) -> list[Reference]:
    """Every reference under root, deduplicated by (kind, name), first occurrence kept."""
    found: list[Reference] = []
    seen: set[tuple[str, str | None, str, int]] = set()
    count = 0
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            count += 1
            if count > MAX_FILES:
                return found
            path = Path(directory) / name
            display = path.relative_to(root).as_posix()
            if name.endswith(".py"):
                refs = scan_python(path, display)
            elif path.suffix.lower() in CONFIG_SUFFIXES and name not in CONFIG_NAMES:
                refs = scan_config(path, display)
            else:
                continue
            for ref in refs:
                key = (ref.kind, ref.name, ref.path if ref.name is None else "", ref.line if ref.name is None else 0)
                if key not in seen:
                    seen.add(key)
                    found.append(ref)
    return found
