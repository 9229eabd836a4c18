"""The one YAML loader for everything openlint reads (cards, merge configs, training and Hydra
configs, openness records): no aliases (an alias bomb of a few hundred bytes expands to gigabytes
once printed or joined), bounded depth and size, duplicate keys reported, plain data only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_EVENTS = 100_000
MAX_DEPTH = 64


@dataclass(frozen=True)
class Loaded:
    data: Any
    problem: str | None = None  # why the text was refused (then `data` is None)
    duplicates: tuple[str, ...] = ()  # top-level keys stated twice (the last one is kept, as YAML does)
    malformed: bool = False  # refused as invalid YAML (not as hostile: aliases, depth, size)
    at: tuple[int, int] | None = None  # (line, column), 1-based, of invalid YAML when the parser knows it


def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _scan(text: str) -> tuple[str | None, tuple[str, ...]]:
    """One pass over the parse events: refuse aliases, deep nesting and huge documents before anything
    is constructed; note duplicate top-level keys."""
    import yaml

    depth = 0
    top_keys: list[str] = []
    duplicates: list[str] = []
    expect_key = False  # at depth 1 inside the top mapping, alternating key / value
    top_is_map = False
    for count, event in enumerate(yaml.parse(text, Loader=_loader()), 1):
        if count > MAX_EVENTS:
            return f"more than {MAX_EVENTS} YAML nodes", ()
        if isinstance(event, yaml.AliasEvent):
            return "YAML aliases are not accepted", ()
        at_top_key = top_is_map and depth == 1 and expect_key
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if depth == 0 and isinstance(event, yaml.MappingStartEvent):
                top_is_map, expect_key = True, True
            elif depth == 1 and top_is_map:
                expect_key = not expect_key
            depth += 1
            if depth > MAX_DEPTH:
                return f"YAML nested deeper than {MAX_DEPTH} levels", ()
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent):
            if at_top_key:
                if event.value in top_keys and event.value not in duplicates:
                    duplicates.append(event.value)
                top_keys.append(event.value)
            if top_is_map and depth == 1:
                expect_key = not expect_key
    return None, tuple(duplicates)


def load(text: str) -> Loaded:
    """The single YAML document in `text`, or why it was refused (invalid YAML included)."""
    import yaml

    try:
        problem, duplicates = _scan(text)
        if problem is not None:
            return Loaded(None, problem)
        data = yaml.load(text, Loader=_loader())  # a safe loader: plain data only
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        at = (mark.line + 1, mark.column + 1) if mark is not None else None
        return Loaded(None, f"invalid YAML{where}", malformed=True, at=at)
    except (RecursionError, MemoryError, ValueError, OverflowError):
        return Loaded(None, "YAML too complex to read")
    return Loaded(data, None, duplicates)
