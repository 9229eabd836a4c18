"""Bounded, alias-free reading of the YAML evidence files openness accepts (MOT records, index files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openlint.errors import OpenlintError

MAX_BYTES = 1_000_000


def _no_alias_loader() -> Any:
    import yaml

    class NoAliasLoader(yaml.SafeLoader):  # type: ignore[misc]
        """Aliases let a small file expand to a huge document: refused."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("YAML aliases are not accepted")
            return super().compose_node(parent, index)

    return NoAliasLoader


def read_yaml(path: Path, what: str) -> dict[str, Any]:
    """A YAML mapping from a regular file of at most MAX_BYTES, or a one-line error naming `what`."""
    import yaml

    from openlint import safeio

    try:
        raw = safeio.read_bytes(path, safeio.Cap(what, MAX_BYTES))  # regular files only, capped
        # A SafeLoader subclass: no Python objects, and no aliases.
        data = yaml.load(raw.decode("utf-8"), Loader=_no_alias_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        raise OpenlintError(f"{where}: invalid YAML: {exc.problem or exc.context or 'parse error'}") from None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise OpenlintError(f"{path}: cannot read YAML: {first}") from None
    except safeio.InputRefused:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise OpenlintError(f"{path}: cannot read YAML: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise OpenlintError(f"{path}: not {what}")
    return data
