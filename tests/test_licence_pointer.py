"""A licence file that only points to a licence held elsewhere is no licence text (it was read as one, nothing
was found in it, and the gate passed on terms nobody saw)."""

from __future__ import annotations

from pathlib import Path

import pytest

import openlint
from openlint.sources.license_text import license_text, pointer_only

POINTERS = [
    "The Quail model is licensed under the Quail Model License, available at https://quail.example/license.",
    "Heron 2B is distributed under the Heron Community Licence.\nSee https://heron.example/licence for the text.",
    "LICENSE\n\nThis model is covered by the Pipit AI License. A copy can be found at www.pipit.example/license.",
]
NOT_POINTERS = [
    # a short licence of its own: it grants, requires or limits
    "Pipit AI License (https://pipit.example). You may use the model for any purpose.",
    "Heron licence, see https://heron.example: commercial use is prohibited.",
    "Licensed under the Quail License. Quail grants you the right to use the model (https://quail.example).",
    # no place named: a statement, not a pointer
    "The Quail model is licensed under the Quail Model License.",
    # no licence named
    "Model card and weights: https://quail.example/model",
]


@pytest.mark.parametrize("text", POINTERS)
def test_a_pointer_is_no_licence_text(text: str) -> None:
    assert pointer_only(text)


@pytest.mark.parametrize("text", NOT_POINTERS)
def test_a_text_that_states_terms_is_not_a_pointer(text: str) -> None:
    assert not pointer_only(text)


def test_a_long_text_is_never_a_pointer() -> None:
    assert not pointer_only(POINTERS[0] + " Further background." * 60)


def _model(tmp_path: Path, card: str, licence: str) -> Path:
    model = tmp_path / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(f"---\n{card}\n---\n# M\n", encoding="utf-8")
    (model / "LICENSE").write_text(licence, encoding="utf-8")
    (tmp_path / "openlint.toml").write_text('[[models]]\nid = "acme/m"\npath = "models/m"\n', encoding="utf-8")
    return model


def test_a_pointer_beside_a_card_naming_an_uncatalogued_licence_is_an_unknown_licence(tmp_path: Path) -> None:
    model = _model(tmp_path, "license: other\nlicense_name: quail-license\nlicense_link: LICENSE", POINTERS[0])
    assert license_text(model, "LICENSE", accept_unread=True) is None
    report = openlint.check(tmp_path)
    assert [(f.rule, f.severity) for f in report.findings] == [("OL405", "error")]
    assert not report.models[0].chosen  # not a checked model under --require-models


def test_a_pointer_with_no_card_is_a_missing_licence(tmp_path: Path) -> None:
    model = _model(tmp_path, "license: other\nlicense_name: quail-license", POINTERS[1])
    (model / "README.md").unlink()
    assert [(f.rule, f.severity) for f in openlint.check(tmp_path).findings] == [("OL401", "error")]
