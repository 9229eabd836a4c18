"""Turn discovered references into models to check: local directories, the HF cache, the Hub, or unresolved.
Declared and discovered models are merged: a declaration adds facts (a path, a license, evidence) to the
model the code loads; it never hides a model the code loads that no declaration covers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from openlint.core.config import Config, ModelDecl
from openlint.core.findings import Location
from openlint.discovery.found import Reference
from openlint.discovery.scan import Scan, scan
from openlint.sources.hf_cache import Located, locate
from openlint.sources.models import PROJECT_COPY, ModelLicense, model_license


@dataclass(frozen=True)
class ProjectModel:
    """One model to check: its license source, whether discovery found it, whether a declaration
    covers it, and where the project loads it (calls or config keys, first one first)."""

    model: ModelLicense
    discovered: bool
    undeclared: bool = False
    loaded_at: tuple[Location, ...] = ()
    overridable: str | None = None  # what can replace the name at run time (env variable, option, override)
    training_data: bool = False  # loaded as a dataset (a dataset key of a training config, load_dataset)


def _key(name: str) -> str:
    return name.strip().rstrip("/").lower()


def covers(decl: ModelDecl, ref: Reference, root: Path) -> bool:
    """A declaration covers a reference naming the same Hub id, or the same local directory."""
    if ref.name is None:
        return False
    if decl.id and _key(decl.id) == _key(ref.name):
        return True
    if ref.local and decl.path:
        try:
            return (root / decl.path).resolve() == (root / ref.name).resolve()
        except OSError:
            return False
    return bool(decl.path and not ref.local and _key(decl.path) == _key(ref.name))


def project_models(config: Config, declared: Sequence[ModelLicense]) -> list[ProjectModel]:
    """Declared models (with the places the code loads them), then every discovered model no
    declaration covers. With declarations in a config file, such a model is `undeclared` (OL425)."""
    scanned = scan(config.root)
    refs = scanned.references
    decls = config.settings.models
    user_declared = bool(decls) and config.path is not None
    out: list[ProjectModel] = []
    for ml in declared:
        loads = [r for r in refs if covers(ml.decl, r, config.root)]
        out.append(
            ProjectModel(
                ml,
                False,
                loaded_at=tuple(Location(str(config.root / r.path), r.line) for r in loads),
                overridable=next((r.overridable for r in loads if r.overridable), None),
                training_data=any(r.kind == "dataset" for r in loads),
            )
        )
    uncovered = [r for r in refs if not any(covers(d, r, config.root) for d in decls)]
    gaps = _unchecked(config, scanned)
    for ml, ref in [*gaps, *discovered_models(config, uncovered)]:
        out.append(
            ProjectModel(
                ml,
                True,
                undeclared=user_declared and not ml.label.startswith(UNCHECKED),
                loaded_at=(Location(str(config.root / ref.path), ref.line),),
                overridable=ref.overridable,
                training_data=ref.kind == "dataset",
            )
        )
    return out


UNCHECKED = "<not checked> "  # the label of a file or directory discovery could not check


def _unchecked(config: Config, scanned: Scan) -> list[tuple[ModelLicense, Reference]]:
    """What discovery could not check, as models whose license cannot be read: the gate fails on them
    (OL420), never "ok"."""
    out: list[tuple[ModelLicense, Reference]] = []
    for gap in scanned.unchecked:
        label = f"{UNCHECKED}{gap.path}"
        ref = Reference("model", None, gap.path, 1, "discovery")
        where = Location(str(config.root / gap.path), 1)
        problem = f"{gap.path}: not checked: {gap.reason}"
        out.append((ModelLicense(label, ModelDecl(id=label), None, "discovered", where, problem=problem), ref))
    return out


def discovered_models(config: Config, refs: Sequence[Reference]) -> list[tuple[ModelLicense, Reference]]:
    """The models and datasets `refs` name, each with its license source."""
    out: list[tuple[ModelLicense, Reference]] = []
    kept = _project_copies(config, refs)
    for ref in refs:
        if ref.local and ref.name is not None and _resolved(config.root / ref.name) in kept.values():
            continue  # the project's copy of a Hub id the code names: reported where the code names it
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
                        problem=f"{ref.how} at {ref.path}:{ref.line} names a model computed at run time"
                        + (f" ({ref.note})" if ref.note else ""),
                    ),
                    ref,
                )
            )
            continue
        if ref.local:
            located = Located((config.root / ref.name).resolve(), "local directory")
        elif ref.name in kept:
            located = Located(kept[ref.name], PROJECT_COPY)
        else:
            located = locate(ref.name, ref.kind, config.settings.online)
        directory = located.directory
        if directory is not None and directory.is_dir():
            decl = ModelDecl(id=label, path=str(directory))
            found = model_license(config, -1, decl)
            origin = f"{found.origin} ({located.source})" + (f"; name {ref.note}" if ref.note else "")
            located_model = replace(
                found, label=label, decl=decl, origin=origin, location=found.location or where, directory=directory
            )
            out.append((located_model, ref))
            continue
        problem = (
            f"not declared in the config and not resolved from the Hugging Face Hub: {located.problem}"
            if config.settings.online
            else "not declared in the config and not in the local Hugging Face cache: declare its license "
            "in [[tool.openlint.models]], download it, or run with --online"
        )
        origin = "discovered" + (f" (name {ref.note})" if ref.note else "")
        out.append((ModelLicense(label, ModelDecl(id=label), None, origin, where, problem=problem), ref))
    return out


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def _project_copies(config: Config, refs: Sequence[Reference]) -> dict[str, Path]:
    """The project's copies of the Hub models the code or configs name (sources/project_copy.py), by name."""
    from openlint.sources.project_copy import project_copy

    out: dict[str, Path] = {}
    for ref in refs:
        if ref.kind == "model" and not ref.local and ref.name is not None and ref.name not in out:
            found = project_copy(ref.name, config)
            if found is not None:
                out[ref.name] = found
    return out
