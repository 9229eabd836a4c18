"""The one Hub-id syntax: `name` or `org/name` as the Hugging Face Hub accepts them (letters, digits,
`_`, `.`, `-`; at most 96 characters a part; no `--` or `..`, which the cache layout and paths use)."""

from __future__ import annotations

import re

from openlint.text.programs import prebuilt

HUB_ID = prebuilt(r"^[A-Za-z0-9][\w.-]{0,95}(?:/[\w.-]{1,96})?$", re.A)
_PART = prebuilt(r"^[A-Za-z0-9_][\w.-]{0,95}$", re.A)


def is_hub_id(value: str) -> bool:
    """`name` or `org/name` in the Hub's syntax (loose: what discovery may report as a model name)."""
    return bool(HUB_ID.match(value)) and ".." not in value and "--" not in value


def is_repo_id(value: object) -> bool:
    """Exactly `org/name`: what a cache folder or a Hub URL names, and all that Hub data is followed by."""
    if not isinstance(value, str) or value.count("/") != 1 or ".." in value or "--" in value:
        return False
    org, name = value.split("/")
    return bool(_PART.match(org) and _PART.match(name)) and not name.endswith(".") and not org.endswith(".")
