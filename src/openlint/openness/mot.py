"""Model Openness Tool YAML (lfai/model_openness_tool): a free-text form, so weak evidence.

A listed component is *claimed* released unless the record gives a location for it (its
`component_path`, the release's `huggingface` repository for model files, its `repository` for code),
which makes it *located*. A record that does not list the final parameters, or lists fewer than four
components, is sparse: what it leaves out is unknown, not "not released". `unlicensed` is the tool's
default for a license left blank (it is not a value of the MOT schema), so by default it is read as
"no license stated"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from openlint.core.mof_components import COMPONENTS
from openlint.errors import OpenlintError
from openlint.openness.licensing import LicenseJudgment
from openlint.openness.release import Component, Release, Strength, component

NOT_INCLUDED = re.compile(r"component\s+(?:component\s+)?not\s+include", re.I)
TYPE_KEYS = {"code": "code", "data": "data", "document": "document", "model": "distribution"}
URL = re.compile(r"^https?://\S+$")
# The tool's value for a license left blank (only this word: "none" or "no license" is said outright).
FORM_BLANK = re.compile(r"^\s*unlicensed\s*$", re.I)
WEIGHTS = "Model parameters (Final)"
# Components the release's Hub repository holds, and those its code repository holds.
HUB_HOLDS = frozenset({WEIGHTS, "Model card", "Model metadata"})
Unlicensed = Literal["not-stated", "all-rights-reserved"]
# A record listing fewer components is a stub (83 of the 273 corpus records list 1 to 3 of 17): what it
# leaves out says nothing. A fuller one follows the tool's form, where an unticked component is not included.
STUB_BELOW = 4


def _license_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if value not in (None, "") and str(value).strip() else None


def _url(value: Any) -> str | None:
    text = str(value).strip() if isinstance(value, str) else ""
    return text if URL.match(text) else None


def _hub(value: Any) -> str | None:
    """The release's Hub repository: a URL, or a bare ORG/NAME id."""
    text = str(value).strip() if isinstance(value, str) else ""
    from openlint.sources.hub_ids import is_repo_id  # the one Hub-id syntax

    if is_repo_id(text):
        return f"https://huggingface.co/{text}"
    return _url(text)


def _located(name: str, item: dict[str, Any], release: dict[str, Any]) -> str | None:
    """Where the record says the component can be had (a license's path is not the component)."""
    own = _url(item.get("component_path"))
    if own:
        return own
    hub = _hub(release.get("huggingface"))
    if hub and name in HUB_HOLDS:
        return hub
    repo = _url(release.get("repository"))
    if repo and COMPONENTS[name][0] == "code":
        return repo
    return None


def release_from_mot(data: dict[str, Any], source: str, unlicensed: Unlicensed = "not-stated") -> Release:
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
    sparse = WEIGHTS not in listed or len(listed) < STUB_BELOW
    components: list[Component] = []
    read_unlicensed: list[str] = []
    disagreements: list[str] = []
    for name, (kind, _) in COMPONENTS.items():
        item = listed.get(name)
        if item is None:
            if sparse:
                components.append(
                    component(name, "unknown", None, None, "the MOT record does not mention it", None, "none")
                )
            else:
                evidence = f"not listed in a MOT record that lists {len(listed)} components"
                components.append(component(name, "no", None, None, evidence, None, "claimed"))
            continue
        own = _license_name(item.get("license"))
        if own is not None and NOT_INCLUDED.search(own):
            hub = _hub(release.get("huggingface"))
            if name == WEIGHTS and hub:
                # The record points at the model's Hub repository yet says it holds no weights.
                disagreements.append(
                    f"contradiction: {name}: the MOT record says '{own}' but names the Hub repository {hub}; "
                    "read as unknown (check it with `openlint openness ORG/NAME --online`)"
                )
                evidence = f"the record contradicts itself ('{own}', Hub repository {hub})"
                components.append(component(name, "unknown", None, None, evidence, None, "none"))
                continue
            components.append(component(name, "no", None, None, f"MOT says '{own}'", None, "claimed"))
            continue
        if own is None:  # inherit: the release's license for this type, else the distribution license
            own = _license_name(licenses.get(TYPE_KEYS[kind])) or distribution
            how = "inherited from the release license" if own else "no license anywhere in the file"
        else:
            how = "component license"
        location = _located(name, item, release)
        strength: Strength = "located" if location else "claimed"
        where = f"; at {location}" if location else "; no location given"
        judgment = None
        if own is not None and FORM_BLANK.match(own) and unlicensed == "not-stated":
            read_unlicensed.append(name)
            judgment = LicenseJudgment("unknown", None, f"the record says '{own}': read as no license stated")
        components.append(component(name, "yes", location, own, f"MOT: listed; {how}{where}", judgment, strength))
    interpretations: tuple[str, ...] = ()
    if read_unlicensed:
        interpretations = (
            f"'unlicensed' ({', '.join(read_unlicensed)}) is read as 'the record does not state a license' "
            "(it is the Model Openness Tool's blank value, not a license), not as 'all rights reserved'",
        )
    notes: tuple[str, ...] = ()
    if sparse:
        why = "not the final parameters" if WEIGHTS not in listed else f"fewer than {STUB_BELOW}"
        notes = (
            f"sparse record: it lists {len(listed)} of {len(COMPONENTS)} components ({why}); "
            "what it leaves out is unknown, not 'not released'",
        )
    producer = release.get("producer")
    return Release(
        str(release.get("name") or Path(source).stem),
        "Model Openness Tool YAML",
        tuple(components),
        notes,
        producer=str(producer).strip() if isinstance(producer, str) and producer.strip() else None,
        interpretations=interpretations,
        disagreements=tuple(disagreements),
    )


def load_mot(path: Path, unlicensed: Unlicensed = "not-stated") -> Release:
    from openlint.openness.yamlfile import read_yaml

    return release_from_mot(read_yaml(path, "a Model Openness Tool file"), str(path), unlicensed)
