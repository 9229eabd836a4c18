"""Expressions combine obligations: OR offers alternatives (least restrictive marked), AND unites."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import openlint
from openlint.core.explanation import explain
from openlint.errors import OpenlintError

KNOWN = [
    "MIT",
    "Apache-2.0",
    "GPL-3.0-only",
    "CC-BY-NC-4.0",
    "llama3.1",
    "gemma",
    "BSD-3-Clause",
    "creativeml-openrail-m",
    "CC-BY-4.0",
    "AGPL-3.0-only",
    "MPL-2.0",
    "deepseek",
]


def kinds(expl: openlint.Explanation) -> set[str]:
    return {ob.kind for ob in expl.obligations}


def test_public_api_example() -> None:
    obligations = openlint.explain("cc-by-nc-4.0").obligations
    assert {"non_commercial", "attribution"} <= {ob.kind for ob in obligations}


def test_or_reports_each_alternative_and_the_least_restrictive() -> None:
    expl = explain("GPL-3.0-only OR MIT")
    assert [tuple(lic.id for lic in alt.licenses) for alt in expl.alternatives] == [("GPL-3.0-only",), ("MIT",)]
    assert expl.least_restrictive.licenses[0].id == "MIT"
    assert "share_alike" not in kinds(expl)


def test_and_is_the_union() -> None:
    expl = explain("llama3.1 AND Apache-2.0")
    assert len(expl.alternatives) == 1
    assert {"user_cap", "naming", "state_changes"} <= kinds(expl)


def test_parenthesised_expression_distributes() -> None:
    expl = explain("(MIT OR GPL-3.0-only) AND CC-BY-4.0")
    groups = {frozenset(lic.id for lic in alt.licenses) for alt in expl.alternatives}
    assert groups == {frozenset({"MIT", "CC-BY-4.0"}), frozenset({"GPL-3.0-only", "CC-BY-4.0"})}


def test_with_exception_is_kept() -> None:
    expl = explain("GPL-2.0-or-later WITH Classpath-exception-2.0")
    (lic,) = expl.licenses
    assert lic.id == "GPL-2.0-or-later" and lic.exception == "Classpath-exception-2.0"


def test_loose_terms_inside_expressions() -> None:
    expl = explain("apache 2 OR mit")
    assert expl.expression == "Apache-2.0 OR MIT"


@pytest.mark.parametrize(
    "bad", ["", "   ", "MIT OR", "((MIT", "MIT AND AND GPL-3.0-only", "\x00\x01", "no-such-license-xyz"]
)
def test_bad_input_is_an_openlint_error(bad: str) -> None:
    with pytest.raises(OpenlintError):
        explain(bad)


# --- the facts users rely on most, checked against the texts (see test_catalog for quotes) ---


def _ob(license_id: str, kind: str) -> openlint.Obligation:
    (lic,) = explain(license_id).licenses
    assert lic.entry is not None
    matches = [ob for ob in lic.entry.obligations if ob.kind == kind]
    assert matches, f"{license_id} has no {kind}"
    return matches[0]


def _kinds_of(license_id: str) -> set[str]:
    (lic,) = explain(license_id).licenses
    assert lic.entry is not None
    return {ob.kind for ob in lic.entry.obligations}


@pytest.mark.parametrize("lic", ["llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4"])
def test_llama_user_cap(lic: str) -> None:
    cap = _ob(lic, "user_cap")
    assert (cap.threshold, cap.metric) == (700_000_000, "monthly_active_users")
    assert "use" in cap.triggers


def test_llama_versions_differ_where_the_texts_differ() -> None:
    assert "naming" not in _kinds_of("llama2") and "attribution" not in _kinds_of("llama2")
    assert _ob("llama3", "naming").prefix == "Llama 3"
    assert _ob("llama3", "attribution").text == "Built with Meta Llama 3"
    for lic in ["llama3.1", "llama3.2", "llama3.3", "llama4"]:
        assert _ob(lic, "naming").prefix == "Llama"
        assert _ob(lic, "attribution").text == "Built with Llama"
    assert "no_training_other_models" in _kinds_of("llama2")
    assert "no_training_other_models" in _kinds_of("llama3")
    assert "no_training_other_models" not in _kinds_of("llama3.1")
    assert "EU" in (_ob("llama3.2", "territory").excluded or ())
    assert "EU" in (_ob("llama4", "territory").excluded or ())


def test_vendor_license_facts() -> None:
    assert {"flow_down", "acceptable_use", "include_license", "notice", "state_changes"} <= _kinds_of("gemma")
    assert "user_cap" not in _kinds_of("gemma") and "naming" not in _kinds_of("gemma")
    qwen = _ob("tongyi-qianwen", "user_cap")
    assert qwen.threshold == 100_000_000
    assert "no_training_other_models" in _kinds_of("tongyi-qianwen")
    rev = _ob("stability-ai-community", "revenue_cap")
    assert (rev.threshold, rev.currency) == (1_000_000, "USD")
    assert _ob("stability-ai-community", "attribution").text == "Powered by Stability AI"
    assert "EU" in (_ob("tencent-hunyuan-community", "territory").excluded or ())
    assert {"non_commercial"} <= _kinds_of("apple-amlr")


@pytest.mark.parametrize("lic", ["bigscience-bloom-rail-1.0", "creativeml-openrail-m", "openrail++", "deepseek"])
def test_rail_licenses_flow_down_but_are_not_copyleft(lic: str) -> None:
    found = _kinds_of(lic)
    assert {"flow_down", "acceptable_use"} <= found
    assert "share_alike" not in found and "non_commercial" not in found


def test_open_source_facts() -> None:
    assert {"notice", "include_license", "state_changes", "patent_termination"} <= _kinds_of("Apache-2.0")
    assert all("distribute" in ob.triggers for ob in explain("Apache-2.0").obligations if ob.kind == "notice")
    assert "network_disclosure" in _kinds_of("AGPL-3.0-only")
    assert "network_disclosure" not in _kinds_of("GPL-3.0-only")
    assert "share_alike" in _kinds_of("GPL-2.0-only")
    assert "share_alike" in _kinds_of("CC-BY-SA-4.0")
    assert "no_derivatives" in _kinds_of("CC-BY-NC-ND-4.0")
    assert _kinds_of("CC0-1.0") == set()


# --- properties ---


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_explain_never_crashes(text: str) -> None:
    with contextlib.suppress(OpenlintError):
        explain(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(KNOWN), st.sampled_from(KNOWN))
def test_or_and_combination_is_consistent(a: str, b: str) -> None:
    ob_a, ob_b = set(explain(a).obligations), set(explain(b).obligations)
    both = set(explain(f"{a} AND {b}").obligations)
    assert both == ob_a | ob_b
    assert set(explain(f"{b} AND {a}").obligations) == both
    either = explain(f"{a} OR {b}")
    assert set(either.obligations) in (ob_a, ob_b)
    assert either.least_restrictive.restrictiveness == min(
        explain(a).least_restrictive.restrictiveness, explain(b).least_restrictive.restrictiveness
    )


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(KNOWN), min_size=2, max_size=12),
    st.lists(st.sampled_from([" AND ", " OR "]), min_size=11, max_size=11),
)
def test_long_expressions_stay_bounded(terms: list[str], ops: list[str]) -> None:
    query = terms[0] + "".join(op + t for op, t in zip(ops, terms[1:], strict=False))
    expl = explain(query)
    assert 1 <= len(expl.alternatives) <= 64


def _by_parser(query: str) -> object:
    """What explain gave before its lone-name shortcut: the query parsed by license-expression."""
    from openlint.core.catalog import default_catalog
    from openlint.core.explanation import _alternatives, _explained, _parse
    from openlint.errors import UnknownLicenseError

    state = {"truncated": False}
    try:
        parsed = _parse(query)
        return _explained(query, _alternatives(parsed, default_catalog(), state), state, parsed)
    except (UnknownLicenseError, OpenlintError) as exc:
        return type(exc), str(exc)


def _by_explain(query: str) -> object:
    try:
        return explain(query)
    except OpenlintError as exc:
        return type(exc), str(exc)


LONE = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9.+_-]{0,14}", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(st.one_of(LONE, st.sampled_from([*KNOWN, "apache-2.0", "llama3.1", "mit+", "GPL-2.0+", "and-x", "Or", "WITH"])))
def test_a_lone_name_resolves_as_the_parser_would(query: str) -> None:
    """`explain` resolves a bare id without license-expression (check and explain NAME start faster);
    the parser would have read it as one symbol keyed by the text itself: same result, same error."""
    from license_expression import LicenseSymbol, Licensing

    from openlint.core.explanation import _LONE_NAME, _OPERATORS

    if query.lower() not in _OPERATORS:
        assert _LONE_NAME.fullmatch(query)
        parsed = Licensing().parse(query, validate=False, strict=False)
        assert type(parsed) is LicenseSymbol and parsed.key == query
    assert _by_explain(query) == _by_parser(query)
