"""Walk a project (bounded), collecting model and dataset references from code and configs."""

from __future__ import annotations

import os
from pathlib import Path

from openlint.discovery.configs import scan_config
from openlint.discovery.found import Reference
from openlint.discovery.python_ast import scan_python
from openlint.model_files import MODEL_CONFIGS, WEIGHT_SUFFIXES

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
CARD = "README.md"


def model_directory(files: list[str]) -> str | None:
    """The file that makes a folder a local model directory: its model card beside weights or a model
    config, or (no card) a GGUF file, whose header carries the metadata a card would."""
    weights = [name for name in files if Path(name).suffix.lower() in WEIGHT_SUFFIXES or name in MODEL_CONFIGS]
    if CARD in files and weights:
        return CARD
    ggufs = [name for name in weights if name.lower().endswith(".gguf")]
    return ggufs[0] if ggufs else None


def discover(root: Path) -> list[Reference]:
    """Every reference under root, deduplicated by (kind, name), first occurrence kept; a local model
    directory that code or configs also name is reported where they name it."""
    found: list[Reference] = []
    directories: list[Reference] = []
    seen: set[tuple[str, str | None, str, int]] = set()
    count = 0
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        files.sort()
        marker = model_directory(files) if directory != str(root) else None  # the root is a release
        if marker is not None:
            folder = Path(directory).relative_to(root).as_posix()
            directories.append(
                Reference("model", f"./{folder}", f"{folder}/{marker}", 1, "local model directory", local=True)
            )
        for name in files:
            count += 1
            if count > MAX_FILES:
                return _with_directories(found, directories, seen)
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
    return _with_directories(found, directories, seen)


def _with_directories(
    found: list[Reference], directories: list[Reference], seen: set[tuple[str, str | None, str, int]]
) -> list[Reference]:
    return found + [d for d in directories if ("model", d.name, "", 0) not in seen]
