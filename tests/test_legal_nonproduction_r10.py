"""A grant confined to a non-production setting (round 10, from the third blind licensing set): it is read as
research_only with covers = "non-production", so `check` blocks production use (OL110) whoever runs it, and lets a
business evaluate the model (no OL104); a grant confined to research purposes still blocks commercial use."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.text.read import read_text

NON_PRODUCTION = """ACME NON-PRODUCTION LICENSE

"Model" means the Acme weights.

1. Grant. You may use, copy and modify the Model solely in a Non-Production Environment, that is for
   testing and evaluation, with no output used in live business activity.

2. Disclaimer. THE MODEL IS PROVIDED "AS IS".
"""
RESEARCH = NON_PRODUCTION.replace("solely in a Non-Production Environment, that is for", "only for research purposes,")


@pytest.mark.parametrize(
    "grant",
    [
        "You may use, copy and modify the Model solely in a Non-Production Environment.",
        "The weights may only be used in non-production environments.",
        "Use of the Model is granted solely for testing, research and evaluation in non-production environments.",
        "You may run the Model for non-production purposes only.",
    ],
)
def test_a_non_production_grant_is_research_only_for_that_setting(grant: str) -> None:
    assert [(o.kind, o.covers) for o in read_text(f"Acme License\n\n{grant}\n", "LICENSE").obligations] == [
        ("research_only", "non-production")
    ]


def test_a_research_grant_is_research_only_for_research() -> None:
    kinds = [(o.kind, o.covers) for o in read_text(RESEARCH, "LICENSE").obligations]
    assert kinds == [("research_only", None)]


def _errors(tmp_path: Path, text: str, commercial: bool, production: bool) -> list[tuple[str, str]]:
    project = tmp_path / "p"
    model = project / "models" / "acme"
    model.mkdir(parents=True)
    (model / "README.md").write_text(
        "---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE\n---\n# Acme\n", encoding="utf-8"
    )
    (model / "LICENSE").write_text(text, encoding="utf-8")
    (project / "openlint.toml").write_text(
        f"[use]\ncommercial = {str(commercial).lower()}\nproduction = {str(production).lower()}\n"
        'distribution = ["internal"]\nregions = ["FR"]\n\n[[models]]\nid = "acme/acme"\npath = "models/acme"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)
    return [(f.rule, str(f.basis.clause)) for f in report.findings if f.severity == "error" and not f.undecided]


@pytest.mark.parametrize(
    ("text", "commercial", "production", "expected"),
    [
        # a business evaluating the model: allowed by a non-production grant, not by a research one
        (NON_PRODUCTION, True, False, []),
        (RESEARCH, True, False, [("OL104", "models/acme/LICENSE:5")]),
        # production use: blocked by both, whoever runs it
        (NON_PRODUCTION, False, True, [("OL110", "models/acme/LICENSE:5")]),
        (NON_PRODUCTION, True, True, [("OL110", "models/acme/LICENSE:5")]),
        (RESEARCH, False, True, [("OL110", "models/acme/LICENSE:5")]),
        (NON_PRODUCTION, False, False, []),
    ],
)
def test_check_holds_production_to_a_non_production_grant_and_lets_a_business_evaluate(
    tmp_path: Path, text: str, commercial: bool, production: bool, expected: list[tuple[str, str]]
) -> None:
    assert _errors(tmp_path, text, commercial, production) == expected
