"""Pass 2 of `openlint audit`: the codes a card's lineage adds (drift from its base models' licences,
merges of conflicting licences, bases not found, naming duties it inherits)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from openlint.audit.card_codes import card_facts, release_use
from openlint.audit.rule_plan import INHERITED, OWN
from openlint.audit.rules import active

if TYPE_CHECKING:
    from openlint.core.catalog import LicenseEntry


def lineage_codes(
    card_id: str,
    label: str,
    own: str | None,
    card_problems: Sequence[str],
    upstream: Sequence[str],
    drift: Sequence[str],
    unresolved: Sequence[str],
    conflicts: Sequence[str],
    terms: Sequence[LicenseEntry] = (),
) -> list[str]:
    """Pass 2: the codes a card's lineage adds. Model-scoped rules see its lineage facts; licence- and
    obligation-scoped rules the licences it inherits from its base models (its own were judged in pass 1):
    a derivative is bound by its own licence and its bases', as `check` binds it. `terms`: the entries
    of licences read from licence texts (ids no catalog holds), the card's own or its bases'."""
    rules = active()
    inherited = tuple(dict.fromkeys(upstream))
    read: dict[str, LicenseEntry] = {}
    for entry in terms:  # one id for two texts (folders of one name): the card's own, then the first base's
        read.setdefault(entry.id, entry)
    named = rules.reads_name((own, None), OWN) or any(rules.reads_name((q, None), INHERITED) for q in inherited)
    # Remembered by these inputs, unless a rule reads the card's name or id, which no other card has, or
    # a licence was read from a text (one id, a folder's name, may stand for different texts).
    fingerprint = None
    if not named and not read:
        fingerprint = (
            "lineage",
            own,
            tuple(upstream),
            *(tuple(x) for x in (drift, unresolved, conflicts, card_problems)),
        )
        found = rules.remembered(fingerprint)
        if found is not None:
            return list(found)
    origin = "model card + base model licenses" if upstream else "model card"
    facts = card_facts(card_id, label, origin, card_problems)
    facts.update(drift=tuple(drift), merge_conflicts=tuple(conflicts), unresolved_bases=tuple(unresolved))
    if upstream:
        facts["upstream_licenses"] = tuple(upstream)
        facts["declared_license"] = own or "no license"
    use, declared = release_use(card_id, True)
    codes = set(rules.codes((own, None), facts, use, declared, read.get(own or ""), scopes=OWN))
    # Each inherited licence on its own: one licence openlint cannot resolve leaves the others' duties
    # (a naming rule) standing, where resolving `a AND b` as one would lose them all.
    for query in inherited:
        codes.update(rules.codes((query, None), facts, use, declared, read.get(query), scopes=INHERITED))
    return sorted(codes) if fingerprint is None else rules.remember(fingerprint, sorted(codes))
