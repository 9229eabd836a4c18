"""Red-team class (redB): a catalogued use policy whose item forbids machine-generated content presented without
saying so (BLOOM RAIL Attachment A item 5, Hunyuan Exhibit A item 12) makes that disclosure a duty of a declared
use that generates content (`generates` in rules/use-cases.toml): OL208 is then a warning naming it (its
`warning_when`), not only the generic policy note."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.core.vocabulary import use_cases


def _ol208(tmp_path: Path, license: str, use_cases_line: str) -> list[tuple[str, bool]]:
    (tmp_path / "openlint.toml").write_text(
        f'[use]\ncommercial = true\ndistribution = ["saas"]\nregions = ["US"]\n{use_cases_line}\n'
        f'[[models]]\nid = "acme/model"\nlicense = "{license}"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    return [(f.severity, "machine generated" in f.message) for f in report.findings if f.rule == "OL208"]


@pytest.mark.parametrize("license", ["bigscience-bloom-rail-1.0", "tencent-hunyuan-community"])
@pytest.mark.parametrize("use", ["customer-support", "content-generation", "image-generation", "code-generation"])
def test_a_use_that_generates_content_owes_the_disclosure(tmp_path: Path, license: str, use: str) -> None:
    assert _ol208(tmp_path, license, f'use-cases = ["{use}"]') == [("warning", True)]


@pytest.mark.parametrize("line", ['use-cases = ["classification"]', 'use-cases = ["search-retrieval"]', ""])
def test_no_generating_use_declared_keeps_the_policy_a_note(tmp_path: Path, line: str) -> None:
    assert _ol208(tmp_path, "bigscience-bloom-rail-1.0", line) == [("note", False)]


def test_a_policy_without_the_disclosure_item_stays_a_note(tmp_path: Path) -> None:
    # CreativeML OpenRAIL-M's Attachment A has no machine-generated disclosure item
    assert _ol208(tmp_path, "creativeml-openrail-m", 'use-cases = ["image-generation"]') == [("note", False)]


def test_the_generating_categories_are_the_content_producing_ones() -> None:
    generating = {name for name, category in use_cases().items() if category.generates}
    assert generating == {
        "general-assistant",
        "customer-support",
        "image-generation",
        "audio-generation",
        "code-generation",
        "content-generation",
        "translation",
        "summarisation",
    }


def test_warning_when_raises_a_custom_rules_note(tmp_path: Path) -> None:
    rules = tmp_path / "policies"
    rules.mkdir()
    (rules / "ACME001-review-chat.toml").write_text(
        'code = "ACME001"\nname = "review-chat"\nseverity = "note"\nsummary = "s"\nrationale = "r"\n'
        'remediation = "x"\nexample = "e"\nscope = "model"\ncondition = "true"\n'
        'warning_when = \'"customer-support" in use.generating_use_cases\'\nmessage = "{model.label}: review"\n',
        encoding="utf-8",
    )
    for use, severity in (('["customer-support"]', "warning"), ('["classification"]', "note")):
        (tmp_path / "openlint.toml").write_text(
            f'rules = ["policies"]\n[use]\nuse-cases = {use}\n[[models]]\nid = "m"\nlicense = "MIT"\n', encoding="utf-8"
        )
        report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
        assert [f.severity for f in report.findings if f.rule == "ACME001"] == [severity]
