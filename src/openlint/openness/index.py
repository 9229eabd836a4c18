"""An Open Source AI Index project file (osai-index.eu, formerly "Opening up ChatGPT") as evidence.

The index's reviewers judge availability per dimension (open / partial / closed) with a link and a
note: a curated source, and *located* where a link is given. Only its availability dimensions map to
MOF components; its documentation-quality grades (architecture, preprint quality) do not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openlint.core.mof_components import COMPONENTS
from openlint.errors import OpenlintError
from openlint.openness.release import Component, Release, Strength, component

# index dimension -> the MOF component it reports the availability of
AVAILABILITY: dict[str, str] = {
    "llmweights": "Model parameters (Final)",
    "opencode": "Training code",
    "llmdata": "Datasets",
    "modelcard": "Model card",
    "datasheet": "Data card",
    "preprint": "Research paper",
}
DIMENSION_OF = {component: dim for dim, component in AVAILABILITY.items()}


def release_from_index(doc: dict[str, Any], source: str) -> Release:
    project = doc.get("project")
    if not isinstance(project, dict):
        raise OpenlintError(f"{source}: not an Open Source AI Index project file (no 'project' table)")
    license_name = str(project.get("license") or "").strip() or None
    if license_name is not None and license_name.upper() in ("NA", "N/A"):
        license_name = None
    components: list[Component] = []
    for name in COMPONENTS:
        dim = DIMENSION_OF.get(name)
        entry = doc.get(dim) if dim else None
        level = str(entry.get("class") or "").strip() if isinstance(entry, dict) else ""
        if not isinstance(entry, dict) or level not in ("open", "partial", "closed"):
            components.append(component(name, "unknown", None, None, "the index does not judge it", None, "none"))
            continue
        link = str(entry.get("link") or "").strip() or None
        note = " ".join(str(entry.get("notes") or "").split())[:200]
        evidence = f"Open Source AI Index: {dim} {level}" + (f" ({note})" if note else "")
        if level == "closed":
            components.append(component(name, "no", None, None, evidence, None, "curated"))
            continue
        strength: Strength = "located" if link and link.startswith("http") else "curated"
        components.append(component(name, "yes", link, license_name, evidence, None, strength))
    org = doc.get("org")
    producer = str(org.get("name") or "").strip() or None if isinstance(org, dict) else None
    name = str(project.get("name") or Path(source).stem)
    return Release(name, "Open Source AI Index", tuple(components), producer=producer)


def load_index(path: Path) -> Release:
    from openlint.openness.yamlfile import read_yaml

    return release_from_index(read_yaml(path, "an Open Source AI Index project file"), str(path))
