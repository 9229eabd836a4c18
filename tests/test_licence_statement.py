"""A short licence file that applies a catalogued licence by name ("The model weights are released under CC BY-NC
4.0") governs the model by that licence's catalogued terms (text/statement.py, sources/license_text.py). Before,
such a file was an uncatalogued custom text: at best a non-commercial reading at 0.70 (a warning), so `check` of a
commercial SaaS on CC BY-NC weights passed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.core.catalog import default_catalog
from openlint.text.statement import MAX_STATEMENT_CHARS, applied_licence
from rewrap import rewrap

CC_NC = (
    "The model weights in this repository are released under the Creative Commons Attribution-NonCommercial 4.0 "
    "International License (CC BY-NC 4.0): https://creativecommons.org/licenses/by-nc/4.0/\n"
)


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize(
    ("text", "applied"),
    [
        (CC_NC, ("CC-BY-NC-4.0", 1)),
        ("Weights License\n\nThe trained checkpoints are licensed under CC BY-NC-SA 4.0.\n", ("CC-BY-NC-SA-4.0", 3)),
        ("These files are made available under the Apache License, Version 2.0.\n", ("Apache-2.0", 1)),
        (
            "The parameters are distributed under https://creativecommons.org/licenses/by-sa/4.0/ only.\n",
            ("CC-BY-SA-4.0", 1),
        ),
        ("The fine-tuned weights are provided under the Llama 3.1 Community License.\n", ("llama3.1", 1)),
        # the code's licence is another statement's, about something else
        (
            "The code is released under the MIT License.\n\nThe model weights are released under CC BY-NC 4.0.\n",
            ("CC-BY-NC-4.0", 3),
        ),
    ],
)
def test_a_statement_applies_the_licence_it_names(text: str, applied: tuple[str, int], width: int | None) -> None:
    shown = rewrap(text, width) if width else text
    found = applied_licence(shown, default_catalog())
    assert found is not None and found[0] == applied[0]
    if width is None:
        assert found[1] == applied[1]
    else:  # the line where the statement's verb stands, wherever the wrap put it
        assert re.search(r"licensed|released|distributed|available|provided", shown.split("\n")[found[1] - 1])


@pytest.mark.parametrize(
    "text",
    [
        "The code is released under the MIT License.\n",  # about code, not the model
        'You must include the notice "X is licensed under the Apache License 2.0" with every copy.\n',  # a quote
        "The weights are licensed under this Agreement, which is not the Apache License 2.0.\n",  # its own terms
        "The weights are released under CC BY 4.0; the dataset is released under CC BY-SA 4.0.\n",  # two licences
        "The weights are released under the Acme Model Terms.\n",  # nothing catalogued
        "The weights are released under CC BY-NC 4.0.\n" + "You may use the weights for research. " * 120,  # long
    ],
)
def test_no_licence_is_applied_by_anything_else(text: str) -> None:
    assert applied_licence(text, default_catalog()) is None


def test_a_statement_is_taken_up_to_the_length_cap_and_not_beyond() -> None:
    """At MAX_STATEMENT_CHARS the text is a statement; one character more and it is read as terms of its own."""
    head = "The model weights are released under CC BY-NC 4.0.\n"
    at_cap = head + "x" * (MAX_STATEMENT_CHARS - len(head))
    assert len(at_cap) == MAX_STATEMENT_CHARS
    assert applied_licence(at_cap, default_catalog()) == ("CC-BY-NC-4.0", 1)
    assert applied_licence(at_cap + "x", default_catalog()) is None


def _project(tmp_path: Path, licence: str, use: str) -> Path:
    model = tmp_path / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text("---\nlicense: other\n---\n# m\n", encoding="utf-8")
    (model / "LICENSE").write_text(licence, encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(f'[use]\n{use}\n\n[[models]]\npath = "models/m"\n', encoding="utf-8")
    return tmp_path


def test_check_blocks_commercial_use_of_weights_stated_as_cc_by_nc(tmp_path: Path) -> None:
    project = _project(tmp_path, CC_NC, 'commercial = true\ndistribution = ["saas"]')
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    assert report.models[0].query == "CC-BY-NC-4.0"
    errors = sorted((f.rule, f.license) for f in report.findings if f.severity == "error")
    assert errors == [("OL104", "CC-BY-NC-4.0")]
    assert "OL403" not in {f.rule for f in report.findings}  # the terms are catalogued: nothing left unchecked


def test_terms_a_statement_adds_are_read_beside_the_licence(tmp_path: Path) -> None:
    licence = "The model weights are released under CC BY 4.0.\n\nYou may not use the weights for military purposes.\n"
    project = _project(tmp_path, licence, "commercial = true")
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    query = report.models[0].query
    assert query.startswith("CC-BY-4.0 AND LicenseRef-text-")
    text_terms = report.models[0].text_terms
    assert [str(ob.kind) for terms in text_terms for ob in terms.obligations] == ["acceptable_use"]
