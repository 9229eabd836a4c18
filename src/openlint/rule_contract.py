"""The rule contract: the fields each CEL variable offers, checked when a rule loads.

CEL sees every variable as `map(string, dyn)`, so a misspelt field (`use.comercial`) would only fail at
run time, as an undecided note. Each rule's field references are checked here against declared
schemas instead, and a rule naming an unknown field fails to load with its file and the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple


class Field(NamedTuple):
    type: str
    doc: str


# `use`: the declared use profile (only declared keys are present; `has(use.x)` tests declaration).
USE: Mapping[str, Field] = {
    "commercial": Field("bool", "the project uses its models commercially"),
    "distribution": Field("list(string)", "how models reach others: internal, saas, weights, derivative-weights"),
    "monthly_active_users": Field("int", "monthly active users of the licensee's and its affiliates' products"),
    "daily_active_users": Field("int", "daily active users"),
    "annual_revenue_usd": Field("int", "annual revenue in US dollars"),
    "regions": Field("list(string)", "ISO 3166-1 alpha-2 codes where the product is offered (plus EU, EEA)"),
    "fine_tunes": Field("bool", "the project modifies (fine-tunes) the models"),
    "trains_other_models": Field("bool", "outputs are used to train other models"),
    "derivative_name": Field("string", "the name under which a derivative is published"),
    "derivative_name_key": Field("string", "derivative_name without case, spaces, hyphens or underscores"),
    "use_cases": Field("list(string)", "use-case categories from rules/use-cases.toml"),
    "claims_open_source": Field("bool", "the project calls its models open source"),
    "triggers": Field("list(string)", "what the use does: use, modify, distribute, serve"),
}

LICENSE: Mapping[str, Field] = {
    "id": Field("string", "resolved license id"),
    "status": Field("string", "known, text, unknown, missing, ambiguous, uncatalogued, unspecified"),
    "query": Field("string", "the license as written"),
    "name": Field("string", "catalog name"),
    "family": Field("string", "catalog family"),
    "osi_approved": Field("bool", "OSI-approved"),
    "ai_model_license": Field("bool", "a license written for AI models"),
    "spdx": Field("string", "SPDX id, empty if none"),
    "complete": Field("bool", "the catalog entry lists all of the license's obligations"),
    "candidates": Field("list(string)", "closest catalog ids for an unknown license"),
    "note": Field("string", "why the license could not be resolved"),
}

OBLIGATION: Mapping[str, Field] = {
    "kind": Field("string", "obligation kind (docs/obligations.md)"),
    "triggers": Field("list(string)", "what triggers the duty: use, modify, distribute, serve"),
    "duty": Field("string", "the duty in words"),
    "scope": Field("string", "the obligation's scope in prose"),
    "text": Field("string", "exact text to display or include"),
    "where": Field("string", "where the text must appear"),
    "prefix": Field("string", "required name prefix"),
    "prefix_key": Field("string", "prefix without case, spaces, hyphens or underscores"),
    "threshold": Field("int", "cap threshold"),
    "metric": Field("string", "what a user cap counts"),
    "currency": Field("string", "currency of a revenue cap"),
    "policy_url": Field("string", "acceptable-use policy URL"),
    "categories": Field("list(string)", "prohibited use-case categories"),
    "excluded": Field("list(string)", "excluded territories"),
    "fulfilled": Field("bool", "the project already fulfils the duty (a NOTICE holds the text...)"),
    "evidence": Field("string", "the file checked for fulfilment"),
}

MODEL: Mapping[str, Field] = {
    "id": Field("string", "Hub id, empty if none"),
    "path": Field("string", "local directory, empty if none"),
    "label": Field("string", "how findings name the model"),
    "license_origin": Field("string", "where the license came from"),
    "discovered": Field("bool", "found in code, configs or cache rather than declared"),
    "problem": Field("string", "why the model's license could not be read"),
    "card_license": Field("string", "the license the model card states"),
    "license_file": Field("string", "the license file that contradicts the card"),
    "gguf_license": Field("string", "general.license of a GGUF header"),
    "drift": Field("list(string)", "base-model licenses the declared license drops"),
    "merge_conflicts": Field("list(string)", "incompatible licenses combined by a merge"),
    "unresolved_bases": Field("list(string)", "base models whose card could not be found"),
    "lineage": Field("list(string)", "the lineage tree, one line a step"),
    "upstream_licenses": Field("list(string)", "licenses of the base models"),
    "declared_license": Field("string", "the license declared for the model"),
    "base_model_evidence": Field("list(string)", "evidence of an unstated base model"),
    "base_model_fix": Field("string", "the base_model entry --fix would write"),
    "claims_open_source": Field("bool", "the model or project is called open source"),
    "claim_location": Field("string", "where the open-source claim is made"),
    "mislabelled": Field("string", "how the card's tag contradicts the license file"),
    "openness": Field("map(string, dyn)", "openness verdict: category, mof_class, osaid, missing, evidence"),
    "openness_category": Field("string", "open-source-ai, open-weights, restricted-weights, closed, unknown"),
    "openness_missing": Field("list(string)", "what keeps the model from the next openness level"),
    "required_openness": Field("string", "the openness the project requires"),
    "meets_required_openness": Field("bool", "the model meets the required openness"),
    "bom_obligations_missing": Field("list(string)", "licenses whose obligations a checked BOM does not record"),
}

VARIABLES: Mapping[str, Mapping[str, Field]] = {
    "use": USE,
    "license": LICENSE,
    "obligation": OBLIGATION,
    "model": MODEL,
}

# String literals first (so `"use.x"` inside quotes is not a reference), then `var.field` not preceded by
# a dot or identifier character (so `x.use.y` and `reuse.z` are not either).
_TOKEN = re.compile(
    r"""(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
    r"|(?<![\w.])(?P<var>use|license|obligation|model)\s*\.\s*(?P<field>[A-Za-z_]\w*)"
)


def references(source: str) -> list[tuple[str, str]]:
    """(variable, field) pairs a CEL expression reads, in order of appearance."""
    return [(m["var"], m["field"]) for m in _TOKEN.finditer(source) if m["var"]]


def unknown_references(source: str) -> list[str]:
    """`var.field` references that no schema declares, each once."""
    bad = [f"{var}.{field}" for var, field in references(source) if field not in VARIABLES[var]]
    return list(dict.fromkeys(bad))


def reads(sources: tuple[str, ...]) -> frozenset[str]:
    """Every `var.field` the given expressions read."""
    return frozenset(f"{var}.{field}" for source in sources for var, field in references(source))
