"""The pydantic model of a rule file, derived from rule_spec.RuleSpec (the one declaration of its fields):
validates rule files that are not in the shipped index (an organisation's own rules, an edited
built-in) and is the JSON Schema's source (scripts/gen_schemas.py). Imported only then: `openlint
check` with the built-in rules builds `rules.RuleSpec` from the index without pydantic."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from openlint.checking.rule_spec import RuleSpec as Declared
from openlint.core.model_from_dataclass import model_from_dataclass


class _RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


RuleSpec = model_from_dataclass(Declared, _RuleFile, {})
