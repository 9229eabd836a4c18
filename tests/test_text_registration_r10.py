"""Registration with the commercial use named first (round 10, from the third blind licensing set's Tessellate
scenario): "Before any Commercial Use, you must register with X at <URL>", and the subject naming it,
"Commercial users must register with X" (Stability AI Community's own wording, which the catalog covers but the
text reader missed). Paraphrases of our own, unwrapped and re-wrapped; none is read on main 92ba3ba."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

REGISTRATION = [
    "Before any Commercial Use, you must register with Acme at https://acme.example/register.",
    "Prior to making any commercial use of the Model, the Licensee shall register with Acme.",
    "Before your commercial deployment of the Weights you are required to register on our website.",
    "Commercial users must register with Acme at https://acme.example/community-license.",
    "Commercial licensees shall first sign up with Acme Labs before offering the Model.",
]

NOT_REGISTRATION = [
    "Registration is not required for research or personal, non-commercial use.",
    "Non-commercial users need not register with Acme.",
    "Non-commercial users must register their email address to receive updates.",
    "Before any commercial use, you must read the documentation; you may register for updates.",
    "We register every commercial user of our own products in a database.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", REGISTRATION, ids=lambda v: v[:40])
def test_commercial_use_named_before_the_duty_to_register(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == {"registration"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_REGISTRATION, ids=lambda v: v[:40])
def test_no_registration_without_a_commercial_duty_to_register(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


LICENSE = """BRAMBLE MODEL LICENCE

1. Grant. You may use, modify and distribute the Bramble weights, including for Commercial Use.

2. Registration. Before any Commercial Use, you must register with Bramble at https://bramble.example/register.
"""


@pytest.mark.parametrize(("commercial", "expected"), [("true", [("OL211", "warning")]), ("false", [])])
def test_a_registration_read_from_a_licence_binds_commercial_use_only(
    tmp_path: Path, commercial: str, expected: list[tuple[str, str]]
) -> None:
    model = tmp_path / "models" / "bramble"
    model.mkdir(parents=True)
    (model / "README.md").write_text("---\nlicense: other\nlicense_link: LICENSE\n---\n", encoding="utf-8")
    (model / "LICENSE").write_text(LICENSE, encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(
        f'[use]\ncommercial = {commercial}\n\n[[models]]\nid = "bramble/b"\npath = "models/bramble"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    assert [(f.rule, f.severity, f.basis.clause) for f in report.findings if f.rule == "OL211" and not f.undecided] == [
        (*finding, "models/bramble/LICENSE:5") for finding in expected
    ]
