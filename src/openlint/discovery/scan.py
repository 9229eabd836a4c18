"""Walk a project (bounded), collecting model and dataset references from code and configs."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from openlint.core.model_files import MODEL_CONFIGS, SKIP_DIRS, WEIGHT_SUFFIXES, licence_file_rank
from openlint.discovery.configs import ConfigTooLarge, scan_config
from openlint.discovery.found import Reference
from openlint.discovery.python_ast import scan_python
from openlint.safeio import InputRefused, open_regular, walk_tree

CONFIG_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
CONFIG_NAMES = frozenset({"pyproject.toml", "openlint.toml"})
MAX_FILES = 20_000
MAX_DEPTH = 64  # directory levels below the root
CARD = "README.md"


def model_directory(files: list[str]) -> str | None:
    """The file that makes a folder a local model directory: its model card beside weights or a model
    config, or (no card) a GGUF file, whose header carries the metadata a card would."""
    weights = [name for name in files if Path(name).suffix.lower() in WEIGHT_SUFFIXES or name in MODEL_CONFIGS]
    if CARD in files and weights:
        return CARD
    ggufs = [name for name in weights if name.lower().endswith(".gguf")]
    return ggufs[0] if ggufs else None


@dataclass(frozen=True)
class Unchecked:
    """A part of the project discovery could not check: a gate must not pass on it."""

    path: str  # relative to the root; "." for the scan as a whole
    reason: str


@dataclass
class Scan:
    references: list[Reference] = field(default_factory=list)
    unchecked: list[Unchecked] = field(default_factory=list)


def _read_later(name: str) -> bool:
    return name == CARD or licence_file_rank(name) is not None or name.lower().endswith(".gguf")


def _require_regular(path: Path) -> None:
    """A card, licence text or GGUF file that is a FIFO or a device is reported: its model's terms
    cannot be read, and the gate must not pass on them."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a dangling symlink reads as absent, as before
    if not stat.S_ISREG(mode):
        with open_regular(path):  # raises InputRefused naming what it is
            pass


def _display(root: Path, path: str) -> str:
    return Path(path).relative_to(root).as_posix()


def discover(root: Path) -> list[Reference]:
    """Every reference under root (see `scan`)."""
    return scan(root).references


def scan(root: Path) -> Scan:
    """Every reference under root, deduplicated by (kind, name), first occurrence kept; a local model
    directory that code or configs also name is reported where they name it. What could not be
    checked (a special or oversized code file, a parser limit, the file budget) is listed too."""
    result = Scan()
    found = result.references
    directories: list[Reference] = []
    seen: set[tuple[str, str | None, str, int]] = set()
    count = 0
    problems: list[tuple[str, str]] = []
    truncated = False
    for directory, dirs, files in walk_tree(root, problems, MAX_DEPTH, MAX_FILES + 1):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        files.sort()
        marker = model_directory(files) if directory != str(root) else None  # the root is a release
        if marker is not None:
            folder = Path(directory).relative_to(root).as_posix()
            directories.append(
                Reference("model", f"./{folder}", f"{folder}/{marker}", 1, "local model directory", local=True)
            )
        if count + len(files) > MAX_FILES:
            result.unchecked.append(Unchecked(".", f"discovery stopped after {MAX_FILES} files"))
            files = files[: MAX_FILES - count]
            dirs.clear()
            truncated = True
        for name in files:
            count += 1
            path = Path(directory) / name
            display = path.relative_to(root).as_posix()
            try:
                if name.endswith(".py"):
                    refs = scan_python(path, display)
                elif path.suffix.lower() in CONFIG_SUFFIXES and name not in CONFIG_NAMES:
                    refs = scan_config(path, display)
                else:
                    if _read_later(name):  # a card or licence text read when the model is checked
                        _require_regular(path)
                    continue
            except InputRefused as exc:
                result.unchecked.append(Unchecked(display, exc.reason))
                continue
            except (RecursionError, MemoryError):
                result.unchecked.append(Unchecked(display, "nested too deeply to parse"))
                continue
            except ConfigTooLarge as exc:
                result.unchecked.append(Unchecked(display, str(exc)))
                continue
            for ref in refs:
                key = (ref.kind, ref.name, ref.path if ref.name is None else "", ref.line if ref.name is None else 0)
                if key not in seen:
                    seen.add(key)
                    found.append(ref)
        if truncated:
            break
    result.references = _with_directories(found, directories, seen)
    result.unchecked.extend(Unchecked(_display(root, path), reason) for path, reason in problems)
    return result


def _with_directories(
    found: list[Reference], directories: list[Reference], seen: set[tuple[str, str | None, str, int]]
) -> list[Reference]:
    return found + [d for d in directories if ("model", d.name, "", 0) not in seen]
