"""One validator for model-card metadata values: what a card states is only used when it has the
type and shape the Hub documents; anything else becomes a problem on that card (never a crash)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# key -> (may be a list, longest accepted value)
CARD_KEYS: dict[str, tuple[bool, int]] = {
    "license": (True, 512),
    "license_name": (False, 256),
    "license_link": (False, 2048),
    "base_model": (True, 256),
    "base_model_relation": (False, 64),
    "model_name": (False, 256),
    "datasets": (True, 256),
    "pipeline_tag": (False, 64),  # modality (a licence clause may cover only multimodal models)
    "tags": (True, 128),
    "library_name": (False, 64),
}
MAX_ITEMS = 256


@dataclass(frozen=True)
class Validated:
    data: dict[str, str | list[str]]
    problems: tuple[str, ...]


def _kind(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return {"date": "a date", "datetime": "a date", "bytes": "binary data", "set": "a set"}.get(
        type(value).__name__, f"a {type(value).__name__}"
    )


def text_problem(value: str, limit: int) -> str | None:
    """Why a string cannot be used as a name: too long, or control characters (NUL, escapes)."""
    if len(value) > limit:
        return f"longer than {limit} characters"
    if not value.isprintable():  # NUL, escapes, newlines, bidi and other format characters
        return "contains control characters"
    if not value.strip():
        return "empty"
    return None


def _text(key: str, value: object, limit: int) -> tuple[str | None, str | None]:
    if not isinstance(value, str):
        return None, f"{key}: {_kind(value)}, not a string"
    problem = text_problem(value, limit)
    if problem is not None:
        return None, f"{key}: {problem}"
    return value.strip(), None


def validate(raw: Mapping[Any, Any]) -> Validated:
    """The known keys whose values are usable, and a problem for each value that is not. Unknown keys
    are not read by openlint and not reported. A list with one bad item loses only that item."""
    data: dict[str, str | list[str]] = {}
    problems: list[str] = []
    for key, (listable, limit) in CARD_KEYS.items():
        if key not in raw:
            continue
        value = raw[key]
        if value is None:  # `key:` with nothing after it states nothing
            continue
        if listable and isinstance(value, list):
            if len(value) > MAX_ITEMS:
                problems.append(f"{key}: more than {MAX_ITEMS} items")
                continue
            items: list[str] = []
            for item in value:
                text, problem = _text(key, item, limit)
                if problem is not None:
                    problems.append(problem)
                elif text is not None and text not in items:
                    items.append(text)
            if items:
                data[key] = items
            continue
        text, problem = _text(key, value, limit)
        if problem is not None:
            problems.append(problem)
        elif text is not None:
            data[key] = text
    return Validated(data, tuple(problems))
