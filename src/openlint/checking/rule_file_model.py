"""The pydantic model of a rule file: validates rule files that are not in the shipped index (an
organisation's own rules, an edited built-in) and is the schema's source of truth. Imported only then:
`openlint check` with the built-in rules builds `rules.RuleSpec` from the index without pydantic."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class RuleSpec(BaseModel):
    """A rule file as written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z]{2,5}\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
    severity: Literal["error", "warning", "note"]
    # obligation: once per obligation; license: once per license of a model; model: once per model
    scope: Literal["obligation", "license", "model"] = "obligation"
    summary: str = Field(min_length=1)
    rationale: str = Field(min_length=1)
    remediation: str = Field(min_length=1)
    example: str = Field(min_length=1)
    applies: str = "true"
    requires: tuple[str, ...] = ()
    condition: str
    message: str = Field(min_length=1)
    # When true (CEL), the rule cannot decide from what is declared: an undecided note with this message.
    undecided: str = "false"
    # Use keys whose config line locates a finding (first one declared); `{...}` placeholders are filled in.
    at: tuple[str, ...] = ()
    undecided_message: str = "cannot decide: declare the facts this rule needs"
