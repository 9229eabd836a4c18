"""Model and dataset names in Python source, read with `ast` (the code is never imported or run).

A name that is not a literal is resolved where `ast` can tell its value (constants, defaults, Hydra
configs, imported constants: see constants.py); the reference records how, and what can override it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from openlint.discovery.constants import Resolver
from openlint.discovery.found import Reference, looks_like_model_name
from openlint.discovery.module_facts import Module, func_name

# call name -> (kind, keyword names that carry the id, positional index or None)
LOADERS: dict[str, tuple[str, tuple[str, ...], int | None]] = {
    "from_pretrained": ("model", ("pretrained_model_name_or_path", "pretrained_model_link_or_path"), 0),
    "pipeline": ("model", ("model",), 1),
    "hf_hub_download": ("model", ("repo_id",), 0),
    "snapshot_download": ("model", ("repo_id",), 0),
    "SentenceTransformer": ("model", ("model_name_or_path",), 0),
    "CrossEncoder": ("model", ("model_name", "model_name_or_path"), 0),
    "LLM": ("model", ("model",), 0),
    "AsyncLLMEngine": ("model", ("model",), None),
    "load_dataset": ("dataset", ("path",), 0),
}
MAX_FILE_BYTES = 1_000_000


def _argument(node: ast.Call, keywords: tuple[str, ...], position: int | None) -> ast.expr | None:
    for kw in node.keywords:
        if kw.arg in keywords:
            return kw.value
    if position is not None and len(node.args) > position:
        arg = node.args[position]
        return None if isinstance(arg, ast.Starred) else arg
    return None


def references_in_source(
    source: str, path: str, file: Path | None = None, root: Path | None = None
) -> Iterator[Reference]:
    """References in one file's source; `file` and `root` (the project) let names be followed into
    YAML configs and other modules of the project."""
    if not any(name in source for name in LOADERS):  # most files load nothing: no parse at all
        return
    module = Module.parse(source, file or Path(path), strict=True)  # it may load a model: never skip silently
    if module is None:
        return
    resolver = Resolver(module, root or (file.parent if file else Path(".")))
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        name = func_name(node.func)
        if name not in LOADERS:
            continue
        kind, keywords, position = LOADERS[name]
        if name == "pipeline" and not any(kw.arg == "model" for kw in node.keywords):
            position = None if len(node.args) < 2 else 1  # pipeline("task") alone picks a default model
        arg = _argument(node, keywords, position)
        if arg is None:
            continue
        how = f"{name}()"
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            value = arg.value.strip()
            if value and looks_like_model_name(value):
                local = value.startswith(("./", "../", "/"))
                yield Reference(kind, value, path, node.lineno, how, local)  # type: ignore[arg-type]
            continue
        try:
            resolved = resolver.value(arg, node)
        except RecursionError:
            resolved = None
        text = resolved.text.strip() if resolved is not None else ""
        if resolved is not None and text and looks_like_model_name(text):
            note = "via " + " <- ".join(reversed(resolved.via)) if resolved.via else None
            local = text.startswith(("./", "../", "/"))
            yield Reference(kind, text, path, node.lineno, how, local, note, resolved.overridable)  # type: ignore[arg-type]
        else:
            yield Reference(kind, None, path, node.lineno, how, note=_unresolved(arg))  # type: ignore[arg-type]


def _unresolved(arg: ast.expr) -> str | None:
    try:
        text = ast.unparse(arg)
    except (ValueError, RecursionError):
        return None
    return f"`{text[:80]}` has no value openlint can read without running the code"


def scan_python(path: Path, display: str) -> list[Reference]:
    from openlint import safeio

    try:  # a FIFO, a device or an oversized file raises InputRefused: discovery reports it
        source = safeio.read_text(path, safeio.Cap("code file", MAX_FILE_BYTES))
    except safeio.InputRefused:
        raise
    except OSError:
        return []
    depth = len(Path(display).parts) - 1  # display is relative to the project root
    root = path.parents[depth] if 0 <= depth < len(path.parents) else path.parent
    return list(references_in_source(source, display, path, root))
