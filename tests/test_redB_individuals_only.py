"""Red-team class (redB): a grant to natural persons only is read (kind `individuals_only`) and OL114 decides it from
the new use key `licensee-type` ("individual" or "organisation"): an organisation is blocked, an individual clear,
undeclared a question. Before, nothing was read and a company's commercial service passed silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.errors import ConfigError
from sentences import read_clause

READ = [
    "Lark AI grants to natural persons acting in their own name a royalty-free license to use, reproduce, modify and "
    "distribute the Model, including commercially.",
    "Companies and other organisations are not licensed under this license and must sign an enterprise agreement.",
    "This licence is granted to individuals only.",
    "The Model is made available solely for individuals, for their own projects.",
]

NOT_READ = [
    '"You" means an individual or Legal Entity exercising permissions granted by this License.',
    "Acme grants to individuals and organisations a licence to use the Model.",
    "The Model may be used only by individuals employed by the Licensee.",
    "You must not use the Model to process the personal data of natural persons without a legal basis.",
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("clause", READ, ids=lambda v: v[:40])
def test_a_grant_to_natural_persons_only_is_read(clause: str, width: int | None) -> None:
    obs = [ob for ob in read_clause(clause, width).obligations if ob.kind == "individuals_only"]
    assert len(obs) == 1 and obs[0].source.start_line is not None and obs[0].source.start_line >= 3


@pytest.mark.parametrize("clause", NOT_READ, ids=lambda v: v[:40])
def test_a_licensee_definition_or_a_grant_to_all_is_not(clause: str) -> None:
    assert [ob for ob in read_clause(clause).obligations if ob.kind == "individuals_only"] == []


LICENCE = (
    "LARK LICENSE\n\n1. Grant. Lark AI grants to natural persons acting in their own name a licence to use the Model.\n"
)


def _ol114(tmp_path: Path, use: str) -> list[tuple[str, bool, int | None]]:
    model = tmp_path / "models" / "lark"
    model.mkdir(parents=True)
    (model / "LICENSE").write_text(LICENCE, encoding="utf-8")
    (model / "README.md").write_text("---\nlicense: other\nlicense_link: LICENSE\n---\n", encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(
        f'[use]\n{use}\n[[models]]\nid = "lark/lark-7b"\npath = "models/lark"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    return [
        (f.severity, f.undecided, f.location.line if f.location else None) for f in report.findings if f.rule == "OL114"
    ]


@pytest.mark.parametrize(
    ("use", "expected"),
    [
        ('licensee-type = "organisation"', [("error", False, 2)]),
        ('licensee-type = "individual"', []),
        ("commercial = true", [("note", True, 3)]),  # undeclared: a question at the clause
    ],
)
def test_ol114_decides_by_the_declared_licensee_type(
    tmp_path: Path, use: str, expected: list[tuple[str, bool, int | None]]
) -> None:
    assert _ol114(tmp_path, use) == expected


@pytest.mark.parametrize("value", ['"company"', '"Individual"', "true", "1"])
def test_a_bad_licensee_type_is_bad_input(tmp_path: Path, value: str) -> None:
    (tmp_path / "openlint.toml").write_text(f"[use]\nlicensee-type = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="licensee-type"):
        load_project(tmp_path, environ={})
