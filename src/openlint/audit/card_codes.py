"""Pass 1 of `openlint audit`: a card's codes from its own facts, as `check` reads a model repository about
to be published (openlint.checking.release): its weights are distributed (`derivative-weights` under its
repository name when it names base models). The rules are openlint.audit.rules'."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from openlint.audit.rule_plan import ALL_SCOPES, Situation
from openlint.audit.rules import active, frozen
from openlint.core.naming import name_key

if TYPE_CHECKING:
    from openlint.sources.license_text import LicenseText
    from openlint.sources.stated import StatedLicense


@lru_cache(maxsize=4)
def _release_use(derivative: bool) -> tuple[dict[str, Any], frozenset[str]]:
    """The `use` rules see for a published model repository (openlint.release.as_release), and the use
    keys it declares: its weights are distributed, as a derivative's when it names base models."""
    from openlint.checking.engine import use_context
    from openlint.core.config import UseProfile

    use = UseProfile(distribution=("derivative-weights",) if derivative else ("weights",))
    context = {name: frozen(value) for name, value in use_context(use).items()}  # hashable, for the memo keys
    return context, frozenset({"distribution"})


def release_use(card_id: str, derivative: bool) -> tuple[dict[str, Any], frozenset[str]]:
    """The release `use` of one card: a derivative is published under its repository's name."""
    use, declared = _release_use(derivative)
    if not derivative:
        return use, declared
    name = card_id.rsplit("/", 1)[-1]
    # As use_context derives it from derivative-name (one name, so not built per card through pydantic).
    return {**use, "derivative_name": name, "derivative_name_key": name_key(name)}, declared | {"derivative-name"}


def card_facts(card_id: str, label: str, origin: str, card_problems: Sequence[str]) -> dict[str, Any]:
    """The model facts (ModelFacts' fields) every audited card has: named by its id, never discovered."""
    facts: dict[str, Any] = {
        "id": card_id,
        "path": "",
        "label": label,
        "license_origin": origin,
        "discovered": False,
        "undeclared": False,
    }
    if card_problems:
        facts["card_problems"] = tuple(card_problems)
    return facts


def card_codes(
    card_id: str,
    label: str,
    stated: StatedLicense,
    card_problems: Sequence[str],
    text: LicenseText | None,
    derivative: bool,
) -> list[str]:
    """Pass 1: the codes of one card from its own facts, as `check` reads them (openlint.sources.models): the
    licence it states, or the licence text beside it when it states none it can use."""
    rules = active()
    fingerprint: tuple[Any, ...] | None = None
    if text is not None:
        situation: Situation = (text.query, None)
        note: str | None = f"the card names no license openlint can use; its terms were read from {text.path.name}"
    else:
        situation, note = (stated.query, stated.problem), None
        # The facts below are a function of these inputs: a card like one seen before has its codes
        # (not remembered when a rule reads the card's name or id, which no other card has).
        if not rules.reads_name(situation, ALL_SCOPES):
            fingerprint = ("card", situation, derivative, tuple(card_problems))
            found = rules.remembered(fingerprint)
            if found is not None:
                return list(found)
    facts = card_facts(card_id, label, "LICENSE text" if text is not None else "model card", card_problems)
    if text is None and stated.problem is not None:
        facts["problem"] = stated.problem
    if note is not None:
        facts["license_note"] = note
    use, declared = release_use(card_id, derivative)
    codes = rules.codes(situation, facts, use, declared, text.entry if text is not None else None)
    return list(codes) if fingerprint is None else rules.remember(fingerprint, codes)
