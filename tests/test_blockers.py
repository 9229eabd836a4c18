"""One blocker count for `check` and `audit` (openlint.checking.blockers): a rule that finds two
use-restricting clauses of one licence broken raises one blocker, in the count that ranks `A OR B`
alternatives as in the finding; and that finding's baseline fingerprint covers every clause it names."""

from __future__ import annotations

from pathlib import Path

import openlint.audit.rules as audit_rules
from openlint.audit.card_codes import card_codes
from openlint.audit.rules import CardRules, load_card_rules
from openlint.checking.checker import load_project, run_check
from openlint.checking.rules import builtin_rule_dir, load_rules
from openlint.sources.stated import StatedLicense


def _rule(code: str, name: str, scope: str, condition: str, applies: str | None = None) -> str:
    """An organisation's audited error rule."""
    head = f'code = "{code}"\nname = "{name}"\nseverity = "error"\nscope = "{scope}"\naudit = true\n'
    prose = 'summary = "s"\nrationale = "r"\nremediation = "x"\nexample = "e"\n'
    applies_line = f"applies = '{applies}'\n" if applies else ""
    return f"{head}{prose}{applies_line}condition = '{condition}'\nmessage = \"{{model.label}}: {name}\"\n"


# ACME010 breaks both of intel-research's clauses (research-only and non-commercial); ACME011 the one
# licence-wide term of tencent-hunyuan-community, which is the more restrictive of the two alternatives.
RESTRICTED = 'obligation.kind == "research_only" || obligation.kind == "non_commercial"'
HUNYUAN = 'license.id == "tencent-hunyuan-community"'
RULES = {
    "ACME010-restricted.toml": _rule("ACME010", "restricted", "obligation", "true", RESTRICTED),
    "ACME011-hunyuan.toml": _rule("ACME011", "hunyuan", "license", HUNYUAN),
}
QUERY = "intel-research OR tencent-hunyuan-community"


def _policies(root: Path) -> Path:
    policies = root / "policies"
    policies.mkdir(exist_ok=True)
    for name, text in RULES.items():
        (policies / name).write_text(text, encoding="utf-8")
    return policies


def _audit_codes(policies: Path, query: str) -> list[str]:
    """The codes audit gives a card stating `query`, under the shipped rules and those in `policies`."""
    try:
        audit_rules.activate(CardRules(load_rules([builtin_rule_dir(), policies])))
        return card_codes("acme/m", "m", StatedLicense(query, query), (), None, False)
    finally:
        audit_rules.activate(load_card_rules())


def test_check_and_audit_rank_alternatives_by_the_same_blockers(tmp_path: Path) -> None:
    """Both alternatives have one blocker: the less restrictive intel-research is taken by both. Before,
    audit counted intel-research's two clauses as two errors and took Hunyuan (ACME011)."""
    policies = _policies(tmp_path)
    (tmp_path / "openlint.toml").write_text(
        f'rules = ["policies"]\n[use]\n[[models]]\nid = "acme/m"\nlicense = "{QUERY}"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    errors = [(f.rule, f.license) for f in report.findings if f.severity == "error"]
    assert (errors, report.models[0].chosen) == ([("ACME010", "intel-research")], ("intel-research",))

    assert _audit_codes(policies, QUERY) == ["ACME010", "OL403"]  # intel-research: catalogued incompletely


def test_one_more_blocker_still_loses(tmp_path: Path) -> None:
    """The boundary's other side: Hunyuan with a second, distinct blocker (a licence rule) loses to
    intel-research's one merged blocker in both, however restrictive intel-research is not."""
    policies = _policies(tmp_path)
    (policies / "ACME012-hunyuan-too.toml").write_text(
        _rule("ACME012", "hunyuan-too", "license", HUNYUAN),
        encoding="utf-8",
    )
    reversed_query = "tencent-hunyuan-community OR intel-research"
    assert _audit_codes(policies, reversed_query) == ["ACME010", "OL403"]


def _hunyuan(root: Path, regions: str) -> list[str]:
    """The blockers `check` reports for HunyuanVideo used in `regions`, the baseline applied."""
    (root / "openlint.toml").write_text(
        f'[use]\nregions = [{regions}]\n[[models]]\nid = "tencent/HunyuanVideo"\n'
        'license = "tencent-hunyuan-community"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(root, environ={}), use_baseline=True)
    return [f.rule for f in report.findings if f.severity == "error"]


def test_a_baseline_does_not_hide_a_second_clause_broken_later(tmp_path: Path) -> None:
    """Hunyuan's EU clause (s1.l, 5.c) and its later editions' UK/South Korea clause are both territory
    terms (OL105): used in the EU and South Korea, one finding names both. A baseline recorded when only
    the EU was declared hid it before (the merged finding kept the EU clause's fingerprint)."""
    from openlint.checking.baseline import write_baseline

    assert _hunyuan(tmp_path, '"DE"') == ["OL105"]
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    write_baseline(tmp_path / ".openlint-baseline.json", report.findings, tmp_path)
    assert _hunyuan(tmp_path, '"DE"') == []  # what the baseline recorded stays hidden
    assert _hunyuan(tmp_path, '"DE", "KR"') == ["OL105"]  # a second clause broken: reported
    assert _hunyuan(tmp_path, '"DE", "FR"') == []  # the same clause, more of its territory: hidden


def test_a_recorded_merged_blocker_stays_hidden_and_one_clause_alone_is_new(tmp_path: Path) -> None:
    from openlint.checking.baseline import write_baseline

    assert _hunyuan(tmp_path, '"KR", "DE"') == ["OL105"]
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    write_baseline(tmp_path / ".openlint-baseline.json", report.findings, tmp_path)
    assert _hunyuan(tmp_path, '"DE", "KR"') == []
    assert _hunyuan(tmp_path, '"KR"') == ["OL105"]  # one clause alone is another finding


def test_a_baseline_of_one_clause_does_not_hide_another_of_the_same_kind_broken_alone(tmp_path: Path) -> None:
    """A single finding names its clause when the licence has another of the same kind: a baseline recorded
    when only the EU clause was broken does not hide a later breach of the UK/South Korea clause alone (both
    OL105 on the same licence, which before had one fingerprint)."""
    from openlint.checking.baseline import write_baseline

    assert _hunyuan(tmp_path, '"DE"') == ["OL105"]
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    write_baseline(tmp_path / ".openlint-baseline.json", report.findings, tmp_path)
    assert _hunyuan(tmp_path, '"FR"') == []  # the same clause: hidden
    assert _hunyuan(tmp_path, '"KR"') == ["OL105"]  # the other clause alone: reported
