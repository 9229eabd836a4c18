"""Model Openness Tool YAML (lfai/model_openness_tool): components listed are released."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openlint.errors import OpenlintError
from openlint.openness.components import COMPONENTS
from openlint.openness.release import Component, Release, component

NOT_INCLUDED = re.compile(r"component\s+(?:component\s+)?not\s+include", re.I)
TYPE_KEYS = {"code": "code", "data": "data", "document": "document", "model": "distribution"}


def _license_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if value not in (None, "") else None


def release_from_mot(data: dict[str, Any], source: str) -> Release:
    release = data.get("release")
    if not isinstance(release, dict):
        raise OpenlintError(f"{source}: not a Model Openness Tool file (no 'release' table)")
    licenses = release.get("license") or {}
    if not isinstance(licenses, dict):
        licenses = {}
    distribution = _license_name(licenses.get("distribution"))
    listed: dict[str, dict[str, Any]] = {}
    for item in release.get("components") or []:
        if isinstance(item, dict) and item.get("name") in COMPONENTS:
            listed[str(item["name"])] = item
    components: list[Component] = []
    for name, (kind, _) in COMPONENTS.items():
        item = listed.get(name)
        if item is None:
            components.append(component(name, "no", None, None, "not listed in the MOT file"))
            continue
        own = _license_name(item.get("license"))
        if own is not None and NOT_INCLUDED.search(own):
            components.append(component(name, "no", None, None, f"MOT says '{own}'"))
            continue
        if own is None:  # inherit: the release's license for this type, else the distribution license
            own = _license_name(licenses.get(TYPE_KEYS[kind])) or distribution
            how = "inherited from the release license" if own else "no license anywhere in the file"
        else:
            how = "component license"
        location = item.get("component_path") or item.get("license_path") or None
        components.append(component(name, "yes", str(location) if location else None, own, f"MOT: listed; {how}"))
    return Release(str(release.get("name") or Path(source).stem), "Model Openness Tool YAML", tuple(components))


def load_mot(path: Path) -> Release:
    import yaml

    try:
        from openlint import safeio

        data = yaml.safe_load(safeio.read_text(path, safeio.CONFIG, errors="strict"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise OpenlintError(f"{path}: cannot read YAML: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise OpenlintError(f"{path}: not a Model Openness Tool file")
    return release_from_mot(data, str(path))
