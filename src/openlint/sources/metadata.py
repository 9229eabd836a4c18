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
    for key in CARD_KEYS:
        value = raw.get(key)
        if value is None:  # `key:` with nothing after it states nothing
            continue
        if value.__class__ is str:
            remembered: Any = (key, value)
        elif value.__class__ is list and all(item.__class__ is str for item in value):
            remembered = (key, tuple(value))
        else:  # never remembered: True and 1 are equal keys, and mappings cannot be keys
            remembered = None
        found = _VALUES.get(remembered) if remembered is not None else None
        if found is None:
            found = _value(key, value)
            if remembered is not None:
                if len(_VALUES) >= MAX_VALUES:
                    _VALUES.clear()
                _VALUES[remembered] = found
        usable, wrong = found
        if usable is not None:
            data[key] = list(usable) if isinstance(usable, tuple) else usable
        problems += wrong
    return Validated(data, tuple(problems))


# Values by key, as _value reads them (cards repeat theirs: licence tags, libraries, task tags).
_VALUES: dict[Any, tuple[str | tuple[str, ...] | None, tuple[str, ...]]] = {}
MAX_VALUES = 8192


def _value(key: str, value: Any) -> tuple[str | tuple[str, ...] | None, tuple[str, ...]]:
    """(the usable value, a list as a tuple; the problems) of one stated key."""
    listable, limit = CARD_KEYS[key]
    if listable and isinstance(value, list):
        if len(value) > MAX_ITEMS:
            return None, (f"{key}: more than {MAX_ITEMS} items",)
        items: list[str] = []
        problems: list[str] = []
        for item in value:
            text, problem = _text(key, item, limit)
            if problem is not None:
                problems.append(problem)
            elif text is not None and text not in items:
                items.append(text)
        return tuple(items) or None, tuple(problems)
    text, problem = _text(key, value, limit)
    return text, (problem,) if problem is not None else ()
