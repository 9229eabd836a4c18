"""What rules see as `model`: one typed, frozen record per model, the only source of the CEL `model` map.

Each field's CEL type and meaning live beside it (field metadata), and the rule contract's `model`
schema is read from here: a fact a rule may name is a field of this class, and nothing else is.
`None` means absent (`has(model.x)` is false), so a fact that was not gathered is never a false `false`.
Plain dataclasses (no pydantic): `check` builds one per model on its start-up path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any


def _typed(cel_type: str, doc: str) -> dict[str, str]:
    """A field's CEL type and meaning, as its metadata."""
    return {"type": cel_type, "doc": doc}


Strings = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModelFacts:
    """The facts about one model that rules read (docs/rule-contract.md, `model`)."""

    id: str | None = field(default=None, metadata=_typed("string", "Hub id, empty if none"))
    path: str | None = field(default=None, metadata=_typed("string", "local directory, empty if none"))
    label: str | None = field(default=None, metadata=_typed("string", "how findings name the model"))
    license_origin: str | None = field(default=None, metadata=_typed("string", "where the license came from"))
    discovered: bool | None = field(
        default=None, metadata=_typed("bool", "found in code, configs or cache rather than declared")
    )
    undeclared: bool | None = field(
        default=None,
        metadata=_typed("bool", "discovered although the config declares models, and no declaration covers it"),
    )
    training_data: bool | None = field(
        default=None,
        metadata=_typed(
            "bool", "the project loads it as training data (a training config's dataset key, load_dataset)"
        ),
    )
    overridable: str | None = field(
        default=None, metadata=_typed("string", "what can replace the model name at run time (env variable, option)")
    )
    problem: str | None = field(default=None, metadata=_typed("string", "why the model's license could not be read"))
    card_problems: Strings | None = field(
        default=None,
        metadata=_typed("list(string)", "model card values that could not be used (wrong type, unreadable)"),
    )
    license_note: str | None = field(
        default=None,
        metadata=_typed("string", "why the license was read from a text beside the card instead of its tag"),
    )
    license_unread: Strings | None = field(
        default=None,
        metadata=_typed(
            "list(string)", "parts of the licence text the terms were read from that were not read, and why"
        ),
    )
    modality: str | None = field(
        default=None, metadata=_typed("string", "text or multimodal, from the catalog or the model card")
    )
    modality_source: str | None = field(default=None, metadata=_typed("string", "where the modality came from"))
    card_license: str | None = field(default=None, metadata=_typed("string", "the license the model card states"))
    license_file: str | None = field(
        default=None, metadata=_typed("string", "the license file that contradicts the card")
    )
    license_file_name: str | None = field(
        default=None, metadata=_typed("string", "the name of that file (LICENSE, MODEL_LICENSE, LICENSE-MODEL ...)")
    )
    license_contradictions: Strings | None = field(
        default=None,
        metadata=_typed(
            "list(string)",
            "licences the config declares that the model's own files or its publisher contradict (both are checked)",
        ),
    )
    gguf_license: str | None = field(default=None, metadata=_typed("string", "general.license of a GGUF header"))
    drift: Strings | None = field(
        default=None, metadata=_typed("list(string)", "base-model licenses the declared license drops")
    )
    merge_conflicts: Strings | None = field(
        default=None,
        metadata=_typed(
            "list(string)",
            "why a merge's parents' licenses cannot be combined, or why its own license is not one they can go under",
        ),
    )
    merge_undecided: Strings | None = field(
        default=None,
        metadata=_typed(
            "list(string)", "merges whose parents' licenses resolve but whose combination openlint cannot decide"
        ),
    )
    unresolved_bases: Strings | None = field(
        default=None, metadata=_typed("list(string)", "base models whose card could not be found")
    )
    lineage: Strings | None = field(default=None, metadata=_typed("list(string)", "the lineage tree, one line a step"))
    upstream_licenses: Strings | None = field(
        default=None, metadata=_typed("list(string)", "licenses of the base models")
    )
    declared_license: str | None = field(default=None, metadata=_typed("string", "the license declared for the model"))
    base_model_evidence: Strings | None = field(
        default=None, metadata=_typed("list(string)", "evidence of an unstated base model")
    )
    base_model_fix: str | None = field(
        default=None, metadata=_typed("string", "the base_model entry --fix would write")
    )
    claims_open_source: bool | None = field(
        default=None, metadata=_typed("bool", "the model or project is called open source")
    )
    claim_location: str | None = field(default=None, metadata=_typed("string", "where the open-source claim is made"))
    mislabelled: str | None = field(
        default=None, metadata=_typed("string", "how the card's tag contradicts the license file")
    )
    openness: Mapping[str, Any] | None = field(
        default=None,
        metadata=_typed("map(string, dyn)", "openness verdict: category, mof_class, osaid, missing, evidence"),
    )
    openness_category: str | None = field(
        default=None, metadata=_typed("string", "open-source-ai, open-weights, restricted-weights, closed, unknown")
    )
    openness_missing: Strings | None = field(
        default=None, metadata=_typed("list(string)", "what keeps the model from the next openness level")
    )
    required_openness: str | None = field(default=None, metadata=_typed("string", "the openness the project requires"))
    meets_required_openness: bool | None = field(
        default=None, metadata=_typed("bool", "the model meets the required openness")
    )
    bom_obligations_missing: Strings | None = field(
        default=None, metadata=_typed("list(string)", "licenses whose obligations a checked BOM does not record")
    )

    @classmethod
    def build(cls, facts: Mapping[str, Any]) -> ModelFacts:
        """The record from gathered facts; a name that is not a field is a programming error (TypeError).
        Lists become tuples (the record is frozen)."""
        return cls(**{name: _frozen(value) for name, value in facts.items()})

    @classmethod
    def known(cls, facts: Mapping[str, Any]) -> ModelFacts:
        """The record from facts read from a file (an openlint BOM): names that are not fields are left out."""
        names = field_names()
        return cls.build({name: value for name, value in facts.items() if name in names})

    def cel(self) -> dict[str, Any]:
        """The CEL `model` map: present facts only, sequences as lists."""
        out: dict[str, Any] = {}
        for name in field_names():
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    return value


@cache
def field_names() -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(ModelFacts))


def schema() -> dict[str, tuple[str, str]]:
    """(CEL type, meaning) of every field: the rule contract's `model` schema."""
    return {f.name: (f.metadata["type"], f.metadata["doc"]) for f in dataclasses.fields(ModelFacts)}


# Facts the openness layer adds (openlint.checking.openness): a rule reading one needs the verdict computed.
OPENNESS_FACTS = frozenset(
    {
        "claims_open_source",
        "claim_location",
        "mislabelled",
        "openness",
        "openness_category",
        "openness_missing",
        "required_openness",
        "meets_required_openness",
    }
)
