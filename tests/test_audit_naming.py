"""An audit record's `name_prefix_missing`: the naming duties rule OL108 finds a card's name breaks, in
both of the duty's forms (a required prefix, a name it must contain), decided by the rule itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.audit.card_codes import card_facts, release_use
from openlint.audit.rules import active
from openlint.core.catalog import Catalog, default_catalog
from openlint.sources.license_text import license_text

CONTAINS = """ACME COMMUNITY LICENSE

1. Derivative names. If you distribute a model created, trained or fine-tuned from the Heron
   Materials, you must include "Heron" in its name.
"""
PREFIX = """ACME COMMUNITY LICENSE

1. Derivative names. If you distribute a model created, trained or fine-tuned from the Heron
   Materials, its name must begin with "Heron".
"""


def _read(tmp_path: Path, text: str) -> tuple[str, Catalog]:
    """The query and catalog of a licence read from a text (how a `contains` duty reaches audit)."""
    folder = tmp_path / "heron"
    folder.mkdir()
    (folder / "LICENSE").write_text(text, encoding="utf-8")
    found = license_text(folder)
    assert found is not None and found.entry is not None
    forms = {(ob.prefix, ob.contains) for ob in found.entry.obligations if ob.kind == "naming"}
    assert forms == ({(None, "Heron")} if text is CONTAINS else {("Heron", None)})
    return found.query, default_catalog().with_entry(found.entry)


def _ol108_fires(card_id: str, query: str, catalog: Catalog) -> bool:
    """Whether the audit rules give the card OL108 under this licence (pass 1, as `check` judges it)."""
    use, declared = release_use(card_id, True)
    facts = card_facts(card_id, card_id, "model card", ())
    entry = next(catalog[key] for key in catalog if key == query)
    return "OL108" in active().codes((query, None), facts, use, declared, entry)


@pytest.mark.parametrize(
    ("form", "name", "missing"),
    [
        ("contains", "acme/chat-8b", True),
        ("contains", "acme/Acme-Heron-8B", False),  # anywhere in the name
        ("contains", "acme/acme_heron", False),  # without case or separators, as Hub names compare
        ("prefix", "acme/Heron-chat", False),
        ("prefix", "acme/chat-heron", True),  # a prefix later in the name does not do
        ("prefix", "acme/chat-8b", True),
    ],
)
def test_both_forms_of_the_naming_duty(tmp_path: Path, form: str, name: str, missing: bool) -> None:
    from openlint.audit.naming import unmet_names

    query, catalog = _read(tmp_path, CONTAINS if form == "contains" else PREFIX)
    found = unmet_names(name, [query], catalog)
    assert found == ([f"Heron ({query})"] if missing else [])
    # The field and the code come from one decision: they never disagree.
    assert bool(found) == _ol108_fires(name, query, catalog)


def test_catalogued_prefix_and_partly_known_expression() -> None:
    from openlint.audit.naming import unmet_names

    assert unmet_names("acme/chat-8b", ["llama3.1", None, "mit", "llama3.1"]) == ["Llama (llama3.1)"]
    assert unmet_names("acme/llama-chat", ["llama3.1"]) == []
    # An unknown term beside a known one keeps the known term's naming duty (as `check` binds it).
    assert unmet_names("acme/chat-8b", ["acme-x AND llama3.1"]) == ["Llama (acme-x AND llama3.1)"]
    assert unmet_names("acme/chat-8b", ["acme-x", "gpl"]) == []  # nothing known: OL405/OL402, not OL108


def test_audit_record_lists_a_contains_duty_its_findings_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: a base model under a licence (here in the catalog) whose naming duty is to contain a name."""
    import io
    import json

    from openlint.audit.run import run
    from openlint.core import explanation

    query, catalog = _read(tmp_path, CONTAINS)
    monkeypatch.setattr(explanation, "default_catalog", lambda: catalog)
    cards = tmp_path / "cards"
    for name, front in (
        ("heron/Heron-7B", f"license: {query}"),
        ("acme/chat-8b", "license: apache-2.0\nbase_model: heron/Heron-7B"),
        ("acme/heron-chat", "license: apache-2.0\nbase_model: heron/Heron-7B"),
    ):
        (cards / name).mkdir(parents=True)
        (cards / name / "README.md").write_text(f"---\n{front}\n---\n", encoding="utf-8")
    out = io.StringIO()
    run(str(cards), out, jobs=1)
    records = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    chat, obeys = records["acme/chat-8b"], records["acme/heron-chat"]
    assert (chat["name_prefix_missing"], "OL108" in chat["findings"]) == ([f"Heron ({query})"], True)
    assert (obeys["name_prefix_missing"], "OL108" in obeys["findings"]) == ([], False)


@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("acme/chat-8b", ("apache-2.0", "llama3.1")),
        ("acme/chat-8b", ("llama3", "llama3.1")),  # two duties ("Llama 3", "Llama"): each decided
        ("acme/llama-chat", ("llama3", "llama3.1")),  # obeys "Llama" only
        ("acme/chat-8b", ("LicenseRef-text-chat", "llama3.1")),  # a text-read licence: not known here
    ],
)
def test_a_card_ol108_fired_on_lists_what_the_decisions_list(name: str, queries: tuple[str, ...]) -> None:
    from openlint.audit import naming

    decided = naming.unmet_names(name, queries)
    assert decided and naming.unmet_names(name, queries, fired=True) == decided


def test_one_duty_that_alone_could_fire_ol108_is_not_decided_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.audit import naming

    def no_decision(*_: object) -> None:
        raise AssertionError("decided again")

    monkeypatch.setattr(naming, "decide", no_decision)
    monkeypatch.setattr(naming.active()._traces, "decide", no_decision)  # nor replayed (openlint.audit.traces)
    assert naming.unmet_names("acme/chat-8b", ("apache-2.0", "llama3.1", None), fired=True) == ["Llama (llama3.1)"]
    with pytest.raises(AssertionError, match="decided again"):  # two duties: which broke it is decided
        naming.unmet_names("acme/chat-8b", ("llama3", "llama3.1"), fired=True)
    with pytest.raises(AssertionError, match="decided again"):  # a licence whose terms are unknown here
        naming.unmet_names("acme/chat-8b", ("LicenseRef-text-chat", "llama3.1"), fired=True)


def test_a_duty_scoped_by_model_facts_a_card_lacks_is_not_listed(tmp_path: Path) -> None:
    """A naming duty of multimodal models only: a card says nothing of its modality, so OL108 cannot
    decide it (a note in `check`, no code in audit) and the field lists nothing."""
    from dataclasses import replace

    from openlint.audit.naming import unmet_names

    query, catalog = _read(tmp_path, CONTAINS)
    entry = catalog[query]
    scoped = replace(
        entry, obligations=tuple(replace(ob, conditions=("multimodal-model",)) for ob in entry.obligations)
    )
    catalog = default_catalog().with_entry(scoped)
    assert unmet_names("acme/chat-8b", [query], catalog) == []
    assert not _ol108_fires("acme/chat-8b", query, catalog)


def test_without_the_naming_rule_nothing_is_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.audit import naming
    from openlint.audit.rules import CardRules

    monkeypatch.setattr(naming, "active", lambda: CardRules([]))
    assert naming.unmet_names("acme/chat-8b", ["llama3.1"]) == []
