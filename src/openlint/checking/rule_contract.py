"""The rule contract: the fields each CEL variable offers, checked when a rule loads.

CEL sees every variable as `map(string, dyn)`, so a misspelt field (`use.comercial`) would only fail at
run time, as an undecided note. Each rule's field references are checked here against declared
schemas instead, and a rule naming an unknown field fails to load with its file and the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from openlint.checking import model_facts
from openlint.core.kinds import PARAMETER_NAMES


class Field(NamedTuple):
    type: str
    doc: str


# `use`: the declared use profile (only declared keys are present; `has(use.x)` tests declaration).
USE: Mapping[str, Field] = {
    "commercial": Field("bool", "the project uses its models commercially"),
    "production": Field("bool", "the models serve real users or business processes, beyond research and evaluation"),
    "distribution": Field("list(string)", "how models reach others: internal, saas, weights, derivative-weights"),
    "monthly_active_users": Field("int", "monthly active users of the licensee's and its affiliates' products"),
    "product_monthly_active_users": Field("int", "monthly active users of the one product that uses the model"),
    "monthly_active_users_by_month": Field("map(string, int)", "group-wide monthly active users by month (YYYY-MM)"),
    "daily_active_users": Field("int", "daily active users"),
    "registered_users": Field("int", "registered users (accounts) of the licensee's and its affiliates' products"),
    "monthly_api_requests": Field("int", "requests to the model (API calls) a calendar month, group-wide"),
    "employees": Field("int", "employees (headcount) of the licensee and its affiliates"),
    "licensee_type": Field("string", "individual (a natural person acting in their own name) or organisation"),
    "annual_revenue_usd": Field("int", "annual revenue in US dollars"),
    "regions": Field("list(string)", "ISO 3166-1 alpha-2 codes where the product is offered (plus EU, EEA)"),
    "headquarters": Field("string", "ISO 3166-1 alpha-2 code of the licensee's domicile"),
    "end_user_of_integrated_product": Field(
        "bool", "the project gets the model only inside an end-user product or service a licensee supplies"
    ),
    "fine_tunes": Field("bool", "the project modifies (fine-tunes) the models"),
    "trains_other_models": Field("bool", "outputs are used to train other models"),
    "trains": Field("list(string)", "classes of model trained with the model or its outputs"),
    "derivative_name": Field("string", "the name under which a derivative is published"),
    "derivative_name_key": Field("string", "derivative_name without case, spaces, hyphens or underscores"),
    "region_codes": Field("list(string)", "regions expanded to country codes (EU -> its members)"),
    "headquarters_groups": Field("list(string)", "territory groups the headquarters belongs to (EU, EEA)"),
    "trains_bans": Field("list(string)", "model classes that the declared `trains` fall in"),
    "trains_generative": Field("bool", "a declared `trains` class generates content (rules/model-classes.toml)"),
    "use_cases": Field("list(string)", "use-case categories from rules/use-cases.toml"),
    "generating_use_cases": Field(
        "list(string)", "declared use cases that generate content people see (`generates` in rules/use-cases.toml)"
    ),
    "claims_open_source": Field("bool", "the project calls its models open source"),
    "triggers": Field("list(string)", "what the use does: use, modify, distribute, serve"),
}

# `use` fields the engine derives from the declared ones (not config keys).
USE_DERIVED = frozenset(
    {
        "derivative_name_key",
        "triggers",
        "region_codes",
        "headquarters_groups",
        "trains_bans",
        "trains_generative",
        "generating_use_cases",
    }
)

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
    "section": Field("string", "the section of the license that states it"),
    "scope": Field("string", "the obligation's scope in prose"),
    "conditions": Field("list(string)", "machine-readable scope conditions (docs/legal-model.md)"),
    "text": Field("string", "exact text to display or include"),
    "where": Field("string", "where the text must appear"),
    "prefix": Field("string", "required name prefix"),
    "prefix_key": Field("string", "prefix without case, spaces, hyphens or underscores"),
    "contains": Field("string", "a name required anywhere in a derivative's name"),
    "contains_key": Field("string", "contains without case, spaces, hyphens or underscores"),
    "name_rule": Field("string", "what a naming rule requires, in words (begin with 'X' / contain 'X')"),
    "threshold": Field("int", "cap threshold"),
    "metric": Field("string", "what a user cap counts"),
    "currency": Field("string", "currency of a revenue cap"),
    "policy_url": Field("string", "acceptable-use policy URL"),
    "categories": Field("list(string)", "prohibited use-case categories"),
    "named_categories": Field(
        "list(string)", "use-case categories a use ban read from a licence text names (rules/use-cases.toml `text`)"
    ),
    "excluded": Field("list(string)", "excluded territories"),
    "excluded_codes": Field("list(string)", "excluded territories as country codes"),
    "test": Field("string", "what a territory clause tests: domicile or place-of-use"),
    "test_key": Field("string", "the use key the territory test reads: headquarters or regions"),
    "counts": Field("string", "whose users or revenue a cap counts: group or product"),
    "measured": Field("string", "when a cap is measured: release-month or ongoing"),
    "measured_month": Field("string", "the month (YYYY-MM) a release-month cap is measured in"),
    "inclusive": Field("bool", "a cap's named value is itself over the cap ('or more', 'at least')"),
    "over": Field("string", "'at or above' for an inclusive cap, else 'above'"),
    "cap_usd_low": Field("int", "a revenue cap in USD at the lowest rate of its currency's band"),
    "cap_usd_high": Field("int", "a revenue cap in USD at the highest rate of its currency's band"),
    "rate_band": Field("string", "the exchange-rate band a non-USD revenue cap is compared with"),
    "limited": Field("bool", "the territory clause limits the grant to the places `allowed` names"),
    "allowed_codes": Field("list(string)", "the only territories the grant covers, as country codes"),
    "no_rights": Field("string", "where the grant gives no rights, in words ('in RU, BY', 'outside EU')"),
    "covers": Field(
        "string",
        "any-service when a no-hosting clause names any product or service using the model; non-production when a "
        "research-only grant is confined to a non-production setting; else unstated",
    ),
    "users": Field("int", "the user figure the cap is compared with"),
    "users_basis": Field("string", "which declared figure `users` is"),
    "users_undecided": Field("string", "what to declare when no figure fits the cap's measurement"),
    "counts_what": Field("string", "what the cap counts, in words"),
    "quantity": Field("string", "what a cap on another quantity counts, in words (OL113: registered users, ...)"),
    "quantity_key": Field("string", "the use key that declares that quantity (registered-users, ...)"),
    "when": Field("string", "when the cap is measured, in words"),
    "model_class": Field("string", "the class of model a training ban covers"),
    "date": Field("string", "the last day of a fixed term (YYYY-MM-DD); the licence is valid through the end of it"),
    "duration": Field("string", "a fixed term after acceptance, ISO 8601 (P1Y, P12M, P90D), when no date is stated"),
    "as_of": Field("string", "the date the licence is checked on (YYYY-MM-DD): as-of, --as-of, else today (UTC)"),
    "days_left": Field("int", "days from the check date to the last day of a fixed term (negative once it ended)"),
    "term_state": Field("string", "a fixed term against the check date, in words (ended on / ends on ..., the date)"),
    "matched_use_cases": Field(
        "list(string)", "declared use cases the policy (or a use ban read from a text) prohibits"
    ),
    "disclosure": Field(
        "string",
        "the disclosure a use policy makes a condition of a declared use that generates content, in words",
    ),
    "fulfilled": Field("bool", "the project already fulfils the duty (a NOTICE holds the text...)"),
    "evidence": Field("string", "the file checked for fulfilment"),
}

# `model`: the fields of openlint.model_facts.ModelFacts, the one record rules see as `model`.
MODEL: Mapping[str, Field] = {name: Field(*typed) for name, typed in model_facts.schema().items()}

# Every obligation parameter is readable, documented or not (docs/obligations.md describes them).
OBLIGATION = {**{name: Field("dyn", "obligation parameter") for name in PARAMETER_NAMES}, **OBLIGATION}

# What openlint's Python does for a rule is said by the rule file, never by its code (docs/rule-contract.md).
# `fix`: the safe edit `check --fix` makes for each finding of the rule.
FIX_ACTIONS: Mapping[str, str] = {
    "add-base-model": "state in the model card the base model the repository's files name (base_model)",
    "add-notice": "append the notice text the licence requires to the model directory's NOTICE file",
}
# `openness_when`: the openness verdict reads the model's repository, so it is computed for the rule only when...
OPENNESS_WHEN: Mapping[str, str] = {
    "claim": "the project or the model's card calls the model open source (or the card's tag may)",
    "declared": "the use profile declares claims-open-source = true",
    "policy": "the config sets require-openness",
}
# `audit = true`: the rule judges what a model card states, so `openlint audit` runs it on every card.
RULE_METADATA: Mapping[str, Field] = {
    "audit": Field("bool", "`openlint audit` runs the rule on every card (default false: `check` only)"),
    "fix": Field(" / ".join(FIX_ACTIONS), "the safe edit `check --fix` makes for the rule's findings"),
    "openness_when": Field(
        " / ".join(OPENNESS_WHEN),
        "compute the openness verdict for the rule only when (default: whenever it reads it)",
    ),
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


_WHOLE = re.compile(
    r"""(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<![\w.])(?P<var>use|license|obligation|model)\b(?!\s*\.)"""
)


def reads_whole_variable(source: str) -> bool:
    """Whether an expression reads a variable other than field by field (`model["x"]`, `size(use)`): what
    it reads cannot then be listed, so nothing may be assumed about it."""
    return any(m["var"] for m in _WHOLE.finditer(source))


def unknown_references(source: str) -> list[str]:
    """`var.field` references that no schema declares, each once."""
    bad = [f"{var}.{field}" for var, field in references(source) if field not in VARIABLES[var]]
    return list(dict.fromkeys(bad))


def reads(sources: tuple[str, ...]) -> frozenset[str]:
    """Every `var.field` the given expressions read."""
    return frozenset(f"{var}.{field}" for source in sources for var, field in references(source))
