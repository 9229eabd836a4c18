"""Where a declared model's license comes from: the config, its local directory, the HF cache or (online) the Hub."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openlint.catalog import LicenseEntry
from openlint.config import Config, ModelDecl
from openlint.findings import Location

CARD_NAMES = ("README.md", "readme.md", "MODEL_CARD.md")


@dataclass(frozen=True)
class ModelLicense:
    """A model and the license query found for it (None when nothing names one)."""

    label: str
    decl: ModelDecl
    query: str | None
    origin: str
    location: Location | None
    directory: Path | None = None
    problem: str | None = None
    text_license: LicenseEntry | None = None  # terms read from a LICENSE file no catalog entry matches


def gguf_license(directory: Path) -> tuple[str, Location] | None:
    """`general.license` of the directory's GGUF header (what the converter copied from the source
    model's card); `other` and empty values name nothing."""
    from openlint.gguf import directory_header

    found = directory_header(directory)
    if found is None:
        return None
    path, meta = found
    value = meta.get("general.license")
    if isinstance(value, str) and value.strip() and value.strip().lower() != "other":
        return value.strip(), Location(str(path), None)
    return None


def _license_file_or_gguf(decl: ModelDecl, directory: Path) -> ModelLicense | None:
    text_query, entry, location = license_text(directory)
    if text_query is not None:
        return ModelLicense(decl.label, decl, text_query, "LICENSE text", location, directory, text_license=entry)
    found = gguf_license(directory)
    if found is not None:
        return ModelLicense(decl.label, decl, found[0], "GGUF header general.license", found[1], directory)
    return None


def license_text(directory: Path) -> tuple[str | None, LicenseEntry | None, Location | None]:
    """The license a directory's LICENSE file states: a catalog id, or an entry built from its text."""
    from openlint.errors import OpenlintError
    from openlint.text.normalize import decode
    from openlint.text.read import license_files, read_text

    for path in license_files(directory):
        if not path.name.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
            continue
        try:
            from openlint import safeio

            data, cut = safeio.read_head(path, safeio.LICENSE_TEXT)
            reading = read_text(decode(data), str(path), truncated=cut)
        except (OSError, OpenlintError):
            continue
        location = Location(str(path), 1)
        if reading.verdict == "known" and reading.entry is not None:
            return reading.entry.id, None, location
        if reading.obligations:
            base = reading.entry
            name = f"license text in {path.name}" + (f" (a variant of {base.id})" if base else "")
            entry = LicenseEntry(
                id="LicenseRef-text-" + "".join(c if c.isalnum() else "-" for c in directory.name)[:60],
                name=name,
                family=base.family if base else "ai-other",
                osi_approved=False,
                ai_model_license=True,
                summary=f"Terms read from {path}: obligations extracted from its wording (the file wins).",
                obligations=reading.obligations,
                obligations_complete=False,
            )
            return entry.id, entry, location
    return None, None, None


def _config_location(config: Config, key: str) -> Location | None:
    if config.path is None:
        return None
    return Location(str(config.path), config.line_of(key))


def card_metadata(text: str) -> dict[str, Any]:
    """A model card's YAML metadata (huggingface_hub's reading). A card with no front matter has none:
    that is not handed to huggingface_hub, which would log a warning for each reading."""
    if not text.lstrip("\ufeff \t\r\n").startswith("---"):
        return {}
    from huggingface_hub import ModelCard

    data: dict[str, Any] = ModelCard(text, ignore_metadata_errors=True).data.to_dict()  # type: ignore[no-untyped-call]
    return data


def _card_license(card_path: Path) -> tuple[str | None, str | None, int | None]:
    """(license query, problem, line) from a model card's YAML front matter."""
    try:
        from openlint import safeio

        text = safeio.read_text(card_path, safeio.CARD, truncate=True)
        data = card_metadata(text)
    except Exception as exc:
        return None, f"unreadable model card: {type(exc).__name__}", None
    line = next((n for n, raw in enumerate(text.splitlines(), 1) if raw.startswith("license:")), None)
    license_tag = data.get("license")
    if isinstance(license_tag, list):
        license_tag = " AND ".join(str(t) for t in license_tag)
    if license_tag is None:
        return None, "the model card has no 'license' field", line
    tag = str(license_tag)
    if tag.lower() == "other":
        name = data.get("license_name")
        if name:
            return str(name), None, line
        link = data.get("license_link")
        detail = f" (license_link: {link})" if link else ""
        return tag, f"license: other without license_name{detail}", line
    return tag, None, line


def model_license(config: Config, index: int, decl: ModelDecl) -> ModelLicense:
    """The license query for one declared model, with the location that states it."""
    if decl.license:
        return ModelLicense(
            label=decl.label,
            decl=decl,
            query=decl.license,
            origin="config",
            location=_config_location(config, f"models.{index}.license") or _config_location(config, f"models.{index}"),
        )
    if decl.path:
        directory = (config.root / decl.path).resolve()
        if not directory.is_dir():
            return ModelLicense(
                decl.label,
                decl,
                None,
                "path",
                _config_location(config, f"models.{index}.path"),
                problem=f"model directory not found: {decl.path}",
            )
        for name in CARD_NAMES:
            card = directory / name
            if card.is_file():
                query, problem, line = _card_license(card)
                if query is None or problem is not None:
                    other = _license_file_or_gguf(decl, directory)
                    if other is not None:
                        return other
                return ModelLicense(
                    decl.label, decl, query, "model card", Location(str(card), line), directory, problem
                )
        other = _license_file_or_gguf(decl, directory)
        if other is not None:
            return other
        return ModelLicense(
            decl.label,
            decl,
            None,
            "path",
            _config_location(config, f"models.{index}.path"),
            directory,
            problem="the model directory has no model card (README.md), LICENSE file or GGUF header naming a license",
        )
    problem = 'no license declared for this model (add license = "..." or a local path)'
    if decl.id:  # a Hub id alone: its card in the local cache, else (online) from the Hub
        from openlint.locate import locate

        located = locate(decl.id, "model", config.settings.online)
        if located.directory is not None:
            found = model_license(config, index, ModelDecl(id=decl.id, path=str(located.directory)))
            return dataclasses.replace(
                found,
                decl=decl,
                origin=f"{found.origin} ({located.source})",
                location=found.location or _config_location(config, f"models.{index}"),
            )
        if config.settings.online:
            problem = f"no license declared for this model, and the Hugging Face Hub could not say: {located.problem}"
    return ModelLicense(decl.label, decl, None, "config", _config_location(config, f"models.{index}"), problem=problem)
