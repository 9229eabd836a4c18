"""`openlint audit`, pass 2: a base model whose licence was read from a licence text beside its card
(`license: other` + LICENSE, a `LicenseRef-text-...` id) passes its read terms on to its derivatives,
instead of their inheriting an "unknown license" (OL405)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from openlint.audit.run import run

PREFIX = """ACME COMMUNITY LICENSE

1. Derivative names. If you distribute a model created, trained or fine-tuned from the Heron
   Materials, its name must begin with "Heron".
"""
TERMS = "LicenseRef-text-heron-Heron-7B-9f274e8e"


def _cards(tmp_path: Path) -> Path:
    cards = tmp_path / "cards"
    for name, front in (
        ("heron/Heron-7B", "license: other"),
        ("acme/chat-8b", "license: apache-2.0\nbase_model: heron/Heron-7B"),
        ("acme/Heron-chat", "license: apache-2.0\nbase_model: heron/Heron-7B"),
        ("acme/plain", "license: mit"),
    ):
        (cards / name).mkdir(parents=True)
        (cards / name / "README.md").write_text(f"---\n{front}\n---\n", encoding="utf-8")
    (cards / "heron/Heron-7B/LICENSE").write_text(PREFIX, encoding="utf-8")
    return cards


def _records(cards: Path, **options: Any) -> dict[str, dict[str, Any]]:
    out = io.StringIO()
    run(str(cards), out, **options)
    return {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}


@pytest.mark.parametrize("jobs", [1, 2])
def test_derivatives_inherit_terms_read_from_a_base_models_licence_text(tmp_path: Path, jobs: int) -> None:
    records = _records(_cards(tmp_path), jobs=jobs)
    assert records["heron/Heron-7B"]["license"] == TERMS and records["heron/Heron-7B"]["restrictive"] == ["naming"]
    chat, obeys = records["acme/chat-8b"], records["acme/Heron-chat"]
    # The naming duty read from the text binds the derivative (OL108); its terms are known (no OL405),
    # though not all of them may have been read (OL403, as for the base itself).
    assert chat["findings"] == ["OL108", "OL403", "OL408"]
    assert chat["name_prefix_missing"] == [f"Heron ({TERMS})"]
    assert (chat["upstream_licenses"], chat["drift"]) == ([TERMS], ["naming"])
    assert obeys["findings"] == ["OL403", "OL408"] and obeys["name_prefix_missing"] == []


def test_a_kept_index_gives_the_same_verdicts(tmp_path: Path) -> None:
    """A reused index (rows parsed and checked again) keeps the read terms too."""
    cards, index = _cards(tmp_path), str(tmp_path / "audit.sqlite")
    first = _records(cards, index=index)
    again = _records(cards, index=index)
    assert again == first and again["acme/chat-8b"]["findings"] == ["OL108", "OL403", "OL408"]


def test_an_edited_index_row_of_terms_is_refused(tmp_path: Path) -> None:
    import sqlite3

    from openlint.audit.index import AuditIndexError

    cards, index = _cards(tmp_path), str(tmp_path / "audit.sqlite")
    _records(cards, index=index)
    db = sqlite3.connect(index)
    db.execute("UPDATE cards SET terms = '{\"id\": 1}' WHERE terms IS NOT NULL")
    db.commit()
    db.close()
    with pytest.raises(AuditIndexError):
        _records(cards, index=index)


def test_a_derivatives_own_text_licence_is_listed_with_its_naming_duty(tmp_path: Path) -> None:
    """A card with base models whose own licence was read from a text: pass 2 keeps its read terms, so
    `name_prefix_missing` lists the duty its OL108 comes from."""
    cards = _cards(tmp_path)
    (cards / "acme/own").mkdir(parents=True)
    (cards / "acme/own/README.md").write_text("---\nlicense: other\nbase_model: acme/plain\n---\n", encoding="utf-8")
    (cards / "acme/own/LICENSE").write_text(PREFIX, encoding="utf-8")
    own = _records(cards, jobs=1)["acme/own"]
    assert own["license"] == "LicenseRef-text-acme-own-d9075163" and "OL108" in own["findings"]
    assert own["name_prefix_missing"] == ["Heron (LicenseRef-text-acme-own-d9075163)"]


def test_check_judges_the_same_derivative_as_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`openlint check` on the derivative, its base in the local HF cache: the base's read terms bind it
    (OL108, drift OL408, OL403), never an unknown licence (OL405); the audit rules' codes are audit's."""
    from hf_cache import cache_repo
    from openlint.audit.rules import active
    from openlint.checking.checker import load_project, run_check

    cache = tmp_path / "cache"
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    cache_repo(cache, "heron/Heron-7B", {"README.md": "---\nlicense: other\n---\n", "LICENSE": PREFIX})
    project = tmp_path / "chat-8b"
    project.mkdir()
    (project / "README.md").write_text("---\nlicense: apache-2.0\nbase_model: heron/Heron-7B\n---\n", encoding="utf-8")
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    assert report.models[0].facts["drift"] == ["naming"]
    audit_codes = {rule.code for rule in active().rules}
    checked = sorted({f.rule for f in report.findings} & audit_codes)
    assert checked == ["OL108", "OL403", "OL408"] == _records(_cards(tmp_path))["acme/chat-8b"]["findings"]
