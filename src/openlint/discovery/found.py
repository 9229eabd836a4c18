"""What discovery reports: a model or dataset reference with the file and line that names it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from openlint.sources.hub_ids import is_hub_id

Kind = Literal["model", "dataset"]


@dataclass(frozen=True)
class Reference:
    kind: Kind
    name: str | None  # None when the name is computed at run time
    path: str
    line: int
    how: str  # the call or key that names it
    local: bool = False  # a local directory rather than a Hub id
    note: str | None = None  # how a name was resolved (a constant, an option default), or why it was not
    overridable: str | None = None  # what can replace the resolved name at run time (an env variable, a CLI option)

    @property
    def dynamic(self) -> bool:
        return self.name is None


def looks_like_model_name(value: str) -> bool:
    return is_hub_id(value) or value.startswith(("./", "../", "/"))


@dataclass(frozen=True)
class Value:
    """A resolved string, how it was found, and what can replace it at run time."""

    text: str
    via: tuple[str, ...] = ()
    overridable: str | None = None

    def then(self, step: str | None = None, overridable: str | None = None) -> Value:
        return Value(self.text, (*self.via, step) if step else self.via, overridable or self.overridable)
