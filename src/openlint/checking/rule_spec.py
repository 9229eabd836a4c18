"""What a rule file holds (re-exported by checking.rules): a leaf, so that rule_file_model can derive
its pydantic model from it without importing the rule loader that imports rule_file_model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from openlint.core.constraints import NonEmpty, Pattern

# A rule code: a 2-5 letter prefix (OL, or an organisation's own) and three digits.
RULE_CODE = r"[A-Z]{2,5}\d{3}"

# Text a rule file must not leave empty: what a finding shows and the docs print.
Prose = Annotated[str, NonEmpty()]


@dataclass(frozen=True, kw_only=True)
class RuleSpec:
    """A rule file as written.

    The one declaration of a rule file's fields: rule_file_model derives from it the pydantic model that
    validates a file read from TOML (and the JSON Schema); the shipped index builds it without pydantic."""

    code: Annotated[str, Pattern(f"^{RULE_CODE}$")]
    name: Annotated[str, Pattern(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")]
    severity: Literal["error", "warning", "note"]
    # obligation: once per obligation; license: once per license of a model; model: once per model
    scope: Literal["obligation", "license", "model"] = "obligation"
    summary: Prose
    rationale: Prose
    remediation: Prose
    example: Prose
    applies: str = "true"
    requires: tuple[str, ...] = ()
    condition: str
    message: Prose
    # When true (CEL), the rule cannot decide from what is declared: an undecided note with this message.
    undecided: str = "false"
    # When true (CEL), a finding the rule fires is a blocker (error) whatever `severity` says: a clause whose
    # wording leaves nothing to review (OL112's explicit "any product or service" hosting ban).
    error_when: str = "false"
    # When true (CEL), a finding the rule fires is at least a warning (a duty to act on) whatever `severity`
    # says: OL208's policy note names a disclosure condition on a declared use that generates content.
    warning_when: str = "false"
    # Use keys whose config line locates a finding (first one declared); `{...}` placeholders are filled in.
    at: tuple[str, ...] = ()
    undecided_message: str = "cannot decide: declare the facts this rule needs"
    # Metadata for openlint's Python (rule_contract.RULE_METADATA): what it does for the rule, by its file.
    audit: bool = False
    fix: Literal["add-base-model", "add-notice"] | None = None
    openness_when: Literal["claim", "declared", "policy"] | None = None
