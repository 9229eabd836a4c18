"""Red-team class (redB): Stability AI Community §III defines "Commercial Purpose" to include use "for Your
business's or organization's internal operations", so its revenue cap (OL103) and registration (OL211) apply to
production use for internal operations even when the project declares commercial = false (condition
`commercial-or-internal-operations`, rules/conditions.toml). Evaluation (production = false) stays outside."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check


def _decided(tmp_path: Path, use: str) -> dict[str, list[tuple[str, bool]]]:
    (tmp_path / "openlint.toml").write_text(
        f'[use]\n{use}\n[[models]]\nid = "stabilityai/stable-diffusion-3.5-large"\n'
        'license = "stability-ai-community"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    out: dict[str, list[tuple[str, bool]]] = {}
    for f in report.findings:
        if f.rule in ("OL103", "OL211"):
            out.setdefault(f.rule, []).append((f.severity, f.undecided))
    return out


INTERNAL = 'commercial = false\nproduction = true\ndistribution = ["internal"]\n'


@pytest.mark.parametrize(
    ("use", "expected"),
    [
        (INTERNAL + "annual-revenue-usd = 1_000_001", {"OL103": [("error", False)], "OL211": [("warning", False)]}),
        (INTERNAL + "annual-revenue-usd = 1_000_000", {"OL211": [("warning", False)]}),  # at the cap: register
        # evaluation, not production: a Non-Commercial Purpose, no cap and no registration
        ('commercial = false\nproduction = false\ndistribution = ["internal"]\nannual-revenue-usd = 50_000_000', {}),
        # a free public service of a non-commercial project is not internal operations
        ('commercial = false\nproduction = true\ndistribution = ["saas"]\nannual-revenue-usd = 50_000_000', {}),
        # commercial undeclared and no internal production use: the cap asks
        (
            'production = true\ndistribution = ["saas"]\nannual-revenue-usd = 5_000_000',
            {"OL103": [("note", True)], "OL211": [("note", True)]},
        ),
    ],
    ids=["internal-over", "internal-at", "evaluation", "public-saas", "undeclared"],
)
def test_internal_operations_are_a_commercial_purpose(
    tmp_path: Path, use: str, expected: dict[str, list[tuple[str, bool]]]
) -> None:
    got = _decided(tmp_path, use)
    assert {rule: got[rule] for rule in got if rule in ("OL103", "OL211")} == expected
