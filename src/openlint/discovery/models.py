"""Turn discovered references into models to check: local directories, the local HF cache, or unresolved."""

from __future__ import annotations

from pathlib import Path

from openlint.config import Config, ModelDecl
from openlint.discovery.found import Reference
from openlint.discovery.scan import discover
from openlint.findings import Location
from openlint.models import ModelLicense, model_license


def _cached(name: str, kind: str) -> Path | None:
    """The snapshot in the local Hugging Face cache (HF_HOME / HF_HUB_CACHE); never the network."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, repo_type=kind, local_files_only=True))
    except (LocalEntryNotFoundError, ValueError, OSError):
        return None


def discovered_models(config: Config) -> list[tuple[ModelLicense, Reference]]:
    """Models and datasets the project's code and configs name, each with its license source."""
    out: list[tuple[ModelLicense, Reference]] = []
    for ref in discover(config.root):
        where = Location(str(config.root / ref.path), ref.line)
        label = ref.name or f"<computed at run time> ({ref.path}:{ref.line})"
        if ref.kind == "dataset":
            label = f"dataset {label}"
        if ref.name is None:
            decl = ModelDecl(id=label)
            out.append(
                (
                    ModelLicense(
                        label,
                        decl,
                        None,
                        "discovered",
                        where,
                        problem=f"{ref.how} at {ref.path}:{ref.line} names a model computed at run time",
                    ),
                    ref,
                )
            )
            continue
        directory: Path | None = None
        directory = (config.root / ref.name).resolve() if ref.local else _cached(ref.name, ref.kind)
        if directory is not None and directory.is_dir():
            decl = ModelDecl(id=label, path=str(directory))
            found = model_license(config, -1, decl)
            origin = f"{found.origin} ({'local directory' if ref.local else 'local Hugging Face cache'})"
            out.append(
                (
                    ModelLicense(
                        label,
                        decl,
                        found.query,
                        origin,
                        found.location or where,
                        directory,
                        found.problem,
                        found.text_license,
                    ),
                    ref,
                )
            )
            continue
        problem = (
            "not declared in the config and not in the local Hugging Face cache: declare its license "
            "in [[tool.openlint.models]], or download it"
        )
        out.append((ModelLicense(label, ModelDecl(id=label), None, "discovered", where, problem=problem), ref))
    return out
