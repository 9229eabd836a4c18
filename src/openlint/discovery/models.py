"""Turn discovered references into models to check: local directories, the HF cache, the Hub, or unresolved."""

from __future__ import annotations

from openlint.config import Config, ModelDecl
from openlint.discovery.found import Reference
from openlint.discovery.scan import scan
from openlint.findings import Location
from openlint.locate import Located, locate
from openlint.models import ModelLicense, model_license


def discovered_models(config: Config) -> list[tuple[ModelLicense, Reference]]:
    """Models and datasets the project's code and configs name, each with its license source."""
    out: list[tuple[ModelLicense, Reference]] = []
    scanned = scan(config.root)
    for gap in scanned.unchecked:  # what discovery could not check fails the gate (OL420), never "ok"
        label = f"<not checked> {gap.path}"
        ref = Reference("model", None, gap.path, 1, "discovery")
        where = Location(str(config.root / gap.path), 1)
        problem = f"{gap.path}: not checked: {gap.reason}"
        out.append((ModelLicense(label, ModelDecl(id=label), None, "discovered", where, problem=problem), ref))
    for ref in scanned.references:
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
        if ref.local:
            located = Located((config.root / ref.name).resolve(), "local directory")
        else:
            located = locate(ref.name, ref.kind, config.settings.online)
        directory = located.directory
        if directory is not None and directory.is_dir():
            decl = ModelDecl(id=label, path=str(directory))
            found = model_license(config, -1, decl)
            origin = f"{found.origin} ({located.source})"
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
            f"not declared in the config and not resolved from the Hugging Face Hub: {located.problem}"
            if config.settings.online
            else "not declared in the config and not in the local Hugging Face cache: declare its license "
            "in [[tool.openlint.models]], download it, or run with --online"
        )
        out.append((ModelLicense(label, ModelDecl(id=label), None, "discovered", where, problem=problem), ref))
    return out
