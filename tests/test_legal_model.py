"""The legal model's data stays consistent with the catalog, and the use profile is validated strictly."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.checking.caps import user_figure
from openlint.core.catalog import default_catalog
from openlint.core.config import UseProfile
from openlint.core.obligations import Obligation, Source
from openlint.core.vocabulary import model_classes, territories, use_cases
from openlint.errors import ConfigError
from openlint.sources.modality import model_modality

CATALOG = default_catalog()
ENTRIES = [CATALOG[key] for key in CATALOG]


def test_use_case_vocabulary_names_exactly_the_catalogued_policies() -> None:
    named: dict[str, set[str]] = defaultdict(set)
    for entry in ENTRIES:
        for ob in entry.obligations:
            for category in ob.categories or ():
                named[category].add(entry.id)
    vocabulary = use_cases()
    assert set(named) <= set(vocabulary), sorted(set(named) - set(vocabulary))
    for name, category in vocabulary.items():
        assert set(category.licenses) == named.get(name, set()), name
        assert category.definition and "\n" not in category.definition


def test_a_policy_without_categories_is_an_incomplete_entry() -> None:
    for entry in ENTRIES:
        for ob in entry.obligations:
            if ob.kind == "acceptable_use" and ob.categories is None:
                assert not entry.obligations_complete, entry.id


def test_creativeml_attachment_a_has_no_sexual_content_item_and_gemma_does() -> None:
    def categories(lic: str) -> set[str]:
        return {c for ob in CATALOG[lic].obligations for c in ob.categories or ()}

    assert "sexual-content" not in categories("creativeml-openrail-m")
    assert {"sexual-content", "automated-decisions"} <= categories("gemma")
    assert "military" in categories("deepseek")
    assert "medical-advice" in categories("bigscience-openrail-m")


def test_every_cap_territory_and_training_ban_says_how_it_is_tested() -> None:
    for entry in ENTRIES:
        for ob in entry.obligations:
            if ob.kind == "user_cap" and ob.metric == "monthly_active_users":
                assert ob.counts and ob.measured, entry.id
                assert (ob.measured == "release-month") == (ob.measured_month is not None), entry.id
            if ob.kind == "territory":
                assert ob.test in ("domicile", "place-of-use"), entry.id
            if ob.kind == "no_training_other_models":
                assert ob.model_class, entry.id


def test_llama_multimodal_clause_is_domicile_and_modality_scoped() -> None:
    for lic in ("llama3.2", "llama3.3", "llama4", "llama3.2-aup", "llama3.3-aup", "llama4-aup"):
        (ob,) = [o for o in CATALOG[lic].obligations if o.kind == "territory"]
        assert ob.test == "domicile"
        assert ob.conditions == ("multimodal-model", "not-end-user-of-integrated-product")
    # The tag's DiT edition excludes the EU for every release; later editions also GB and KR, by model id.
    hunyuan, later = [o for o in CATALOG["tencent-hunyuan-community"].obligations if o.kind == "territory"]
    assert hunyuan.test == "place-of-use" and not hunyuan.conditions and hunyuan.excluded == ("EU",)
    assert later.conditions == ("hunyuan-edition-after-dit",) and later.excluded == ("GB", "KR")


def test_territory_table() -> None:
    table = territories()
    assert len(table.codes) == 249
    assert table.groups["EU"] < table.groups["EEA"]
    assert "NO" in table.groups["EEA"] and "NO" not in table.groups["EU"]
    assert "GB" not in table.groups["EU"]
    assert table.groups["EU"] <= table.codes


@pytest.mark.parametrize(
    ("use", "fragment"),
    [
        ({"monthly-active-users": True}, "whole number"),
        ({"commercial": "yes"}, "true or false"),
        ({"production": 1}, "true or false"),
        ({"regions": ["ZZ"]}, "ISO 3166-1"),
        ({"regions": ["UK"]}, "'GB'"),
        ({"headquarters": "EU"}, "one country"),
        ({"use-cases": ["militery"]}, "closest: military"),
        ({"trains": ["clasifier"]}, "closest: classifier"),
        ({"monthly-active-users-by-month": {"2024-6": 5}}, "YYYY-MM"),
        ({"monthly-active-users-by-month": {"2024-06": "5"}}, "whole number"),
        ({"annual-revenue-usd": -1}, "0 or more"),
    ],
)
def test_bad_use_values_are_one_line_errors(tmp_path: Path, use: dict[str, object], fragment: str) -> None:
    from openlint.checking.checker import load_project

    def toml(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return f'"{value}"'
        if isinstance(value, list):
            return "[" + ", ".join(toml(v) for v in value) + "]"
        if isinstance(value, dict):
            return "{ " + ", ".join(f'"{k}" = {toml(v)}' for k, v in value.items()) + " }"
        return str(value)

    body = "[use]\n" + "".join(f"{k} = {toml(v)}\n" for k, v in use.items())
    (tmp_path / "openlint.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path, environ={})
    message = str(caught.value)
    assert fragment in message and "\n" not in message


def test_bad_use_case_from_the_command_line_exits_2(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text('[[models]]\nid = "m"\nlicense = "MIT"\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", str(tmp_path), "--use", "use-cases=militery"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "closest: military" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def _cap(**params: object) -> Obligation:
    return Obligation(
        kind="user_cap",
        triggers=("use",),
        source=Source(section="2", quote="q"),
        threshold=700_000_000,
        metric="monthly_active_users",
        **params,  # type: ignore[arg-type]
    )


def test_release_month_cap_uses_that_months_figure() -> None:
    cap = _cap(counts="group", measured="release-month", measured_month="2024-06")
    grown = UseProfile(monthly_active_users=900_000_000, monthly_active_users_by_month=(("2024-06", 700_000_000),))
    assert user_figure(cap, grown)["users"] == 700_000_000
    assert "users_undecided" in user_figure(cap, UseProfile(monthly_active_users=700_000_001))
    assert user_figure(cap, UseProfile(monthly_active_users=700_000_000))["users"] == 700_000_000
    assert "users_undecided" in user_figure(cap, UseProfile(product_monthly_active_users=5))


def test_product_cap_never_decided_by_a_larger_group_figure() -> None:
    cap = _cap(counts="product", measured="ongoing")
    assert "users_undecided" in user_figure(cap, UseProfile(monthly_active_users=700_000_001))
    assert user_figure(cap, UseProfile(monthly_active_users=700_000_000))["users"] == 700_000_000
    assert user_figure(cap, UseProfile(product_monthly_active_users=9, monthly_active_users=10**12))["users"] == 9


def test_unknown_scope_condition_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown scope condition"):
        Obligation(kind="notice", triggers=("use",), source=Source(section="1", quote="q"), conditions=("comercial",))


def test_model_classes_nest_under_the_bans() -> None:
    classes = model_classes()
    assert "large-language-model" in classes["large-language-model"][1]
    assert "foundational-generative-model" in classes["generative-model"][1]
    assert classes["classifier"][1] == ("any-model",)


@pytest.mark.parametrize(
    ("model_id", "modality"),
    [
        ("meta-llama/Llama-3.2-11B-Vision-Instruct", "multimodal"),
        ("meta-llama/Llama-3.2-3B-Instruct", "text"),
        ("meta-llama/Llama-3.3-70B-Instruct", "text"),
        ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "multimodal"),
        ("Qwen/Qwen2-VL-7B-Instruct", "multimodal"),
        ("acme/our-finetune", None),
    ],
)
def test_modality_from_hub_ids(model_id: str, modality: str | None) -> None:
    told = model_modality(model_id, None)
    assert (told[0] if told else None) == modality


def test_modality_from_the_model_card(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("---\npipeline_tag: image-text-to-text\n---\n# m\n", encoding="utf-8")
    assert model_modality("acme/x", tmp_path) == ("multimodal", "model card pipeline_tag image-text-to-text")
    (tmp_path / "README.md").write_text("---\npipeline_tag: text-generation\n---\n# m\n", encoding="utf-8")
    assert model_modality("acme/x", tmp_path) == ("text", "model card pipeline_tag text-generation")


def _known_or_rejected(key: str, value: str, rejection: str, known: set[str]) -> None:
    """Never silently matched against nothing: a value is in the vocabulary, or bad input saying so."""
    from openlint.core.config import validated

    try:
        profile = validated({"use": {key: [value]}}, "openlint.toml", "openlint").use
    except ConfigError as exc:
        assert rejection in str(exc)
    else:
        assert set(getattr(profile, key.replace("-", "_"))) <= known


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_a_use_case_is_in_the_vocabulary_or_rejected(value: str) -> None:
    _known_or_rejected("use-cases", value, "unknown use case", set(use_cases()))


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_a_trained_model_class_is_in_the_vocabulary_or_rejected(value: str) -> None:
    _known_or_rejected("trains", value, "unknown model class", set(model_classes()))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=4))
def test_a_region_is_a_known_code_or_rejected(value: str) -> None:
    _known_or_rejected("regions", value, "ISO 3166-1", territories().codes | set(territories().groups))


def test_vocabulary_typos_name_the_closest_value() -> None:
    from openlint.core.config import validated

    for key, typo, closest in (
        ("use-cases", "militery", "military"),
        ("trains", "larg-language-model", "large-language-model"),
    ):
        with pytest.raises(ConfigError) as raised:
            validated({"use": {key: [typo]}}, "openlint.toml", "openlint")
        assert f"'{typo}'" in str(raised.value) and (closest is None or f"closest: {closest}" in str(raised.value))


def _checked(tmp_path: Path, license: str, use: str) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    from openlint.checking.checker import load_project, run_check

    (tmp_path / "pyproject.toml").write_text(
        f'[tool.openlint.use]\n{use}\n[[tool.openlint.models]]\nid = "acme/dual"\nlicense = "{license}"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    errors = sorted((f.rule, f.license or "") for f in report.findings if f.severity == "error")
    return errors, report.models[0].chosen


def test_a_choice_of_licenses_takes_the_alternative_without_blockers(tmp_path: Path) -> None:
    """`llama3.1 OR AGPL-3.0-only` at 800 million users: Llama 3.1 is the less restrictive text, but its cap
    blocks (OL101) and the AGPL does not, so the licensee takes the AGPL; nothing blocks."""
    use = 'monthly-active-users-by-month = { "2024-06" = 800_000_000 }\ndistribution = ["saas"]\ncommercial = true'
    assert _checked(tmp_path, "llama3.1 OR AGPL-3.0-only", use) == ([], ("AGPL-3.0-only",))
    # Under the cap neither blocks: the less restrictive alternative is taken.
    use = use.replace("800_000_000", "1_000")
    assert _checked(tmp_path, "llama3.1 OR AGPL-3.0-only", use) == ([], ("llama3.1",))
    # A single license at 800 million users does block, so the choice above is what clears it.
    assert _checked(tmp_path, "llama3.1", use.replace("1_000", "800_000_000"))[0] == [("OL101", "llama3.1")]


def test_an_open_question_is_asked_once_per_model_and_rule(tmp_path: Path) -> None:
    """Undeclared `use-cases` under two licences' policies is one OL107 note; `commercial` undeclared under
    two obligations with the same scope conditions is one OL207 note, not one per obligation."""
    from openlint.checking.checker import load_project, run_check

    (tmp_path / "licenses").mkdir()
    obligation = (
        '[[obligations]]\nkind = "{kind}"\ntriggers = ["distribute"]\nconditions = ["commercial"]\n'
        'source = {{ section = "{section}", quote = "source code" }}\n'
    )
    (tmp_path / "licenses" / "acme-source.toml").write_text(
        'id = "acme-source"\nname = "Acme Source License"\nfamily = "ai-other"\nosi_approved = false\n'
        'ai_model_license = true\nsummary = "A test licence."\n'
        + obligation.format(kind="source_disclosure", section="2")
        + obligation.format(kind="network_disclosure", section="3"),
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.openlint]\nlicenses = ["licenses"]\n[tool.openlint.use]\ndistribution = ["weights"]\n'
        '[[tool.openlint.models]]\nid = "acme/a"\nlicense = "llama3.1 AND gemma"\n'
        '[[tool.openlint.models]]\nid = "acme/b"\nlicense = "acme-source"\n',
        encoding="utf-8",
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    asked = sorted((f.rule, f.model) for f in report.findings if f.undecided and f.rule in ("OL107", "OL207"))
    assert asked == [("OL107", "acme/a"), ("OL207", "acme/b")]


def test_a_projects_own_licenses_are_read_once_a_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.checking.checker import load_project, run_check
    from openlint.core.catalog import Catalog

    read: list[Path] = []
    original = Catalog.from_directory.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Catalog], directory: Path) -> Catalog:
        read.append(directory)
        return original(cls, directory)  # type: ignore[no-any-return]

    monkeypatch.setattr(Catalog, "from_directory", classmethod(counting))
    project = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios" / "custom-eea-exclusion-norway"
    report = run_check(load_project(project, environ={}), use_baseline=False)
    assert [f.rule for f in report.findings if f.severity == "error"] == ["OL105"]
    assert read == [project / "licenses"]


@pytest.mark.parametrize(
    ("model", "regions", "applies"),
    [
        ({"id": "tencent/HunyuanVideo"}, ["GB"], True),
        ({"id": "tencent/Hunyuan3D-2"}, ["US"], True),  # in scope; OL105 then finds US outside GB/KR
        ({"id": "Tencent-Hunyuan/HunyuanDiT-v1.2"}, ["GB", "KR"], False),
        ({"id": "acme/hunyuan-finetune"}, ["KR"], None),  # edition unknown and it matters: undecided
        ({"id": "acme/hunyuan-finetune"}, None, None),
        ({"id": "acme/hunyuan-finetune"}, ["US", "FR"], False),  # unknown edition, but GB/KR not in use
        ({}, ["US"], False),  # a local directory (no Hub id) used outside GB/KR: nothing to ask
        ({}, ["GB"], None),
    ],
)
def test_hunyuan_later_edition_is_decided_by_model_id(
    model: dict[str, str], regions: list[str] | None, applies: bool | None
) -> None:
    from openlint.checking.scope import in_scope

    use = {} if regions is None else {"region_codes": regions}
    assert in_scope(("hunyuan-edition-after-dit",), {"use": use, "model": model}).applies is applies


@pytest.mark.parametrize(
    ("trains", "applies"),
    [
        (["classifier"], False),
        (["embedding-model", "reward-model"], False),
        (["speech-recognition", "vision-model"], False),
        (["large-language-model"], True),
        (["generative-model"], True),
        (["classifier", "large-language-model"], True),  # one generative class is enough
        ([], True),  # nothing named: assumed able to perform similarly
        (None, True),  # trains-other-models alone: the same
    ],
)
def test_distillation_purpose_test_follows_declared_classes(trains: list[str] | None, applies: bool) -> None:
    """Decided by the explicit fact `use.trains_generative` (a declared class is generative,
    rules/model-classes.toml), derived from `trains` as check derives it; before, by whether a class fell in
    the "foundational generative AI model" ban, a stand-in for "generative"."""
    from openlint.checking.engine import use_context
    from openlint.checking.scope import in_scope
    from openlint.core.config import UseProfile

    use = use_context(UseProfile(trains_other_models=True) if trains is None else UseProfile(trains=tuple(trains)))
    assert use.get("trains_generative", True) is applies
    assert in_scope(("student-may-perform-similarly",), {"use": use, "model": {}}).applies is applies


def test_the_generative_classes_are_those_that_generate_content() -> None:
    from openlint.core.vocabulary import generative_classes

    assert generative_classes() == {"large-language-model", "generative-model"}
    # not a stand-in for a ban class: the condition reads only the generative fact
    use = {"trains": ["classifier"], "trains_bans": ["foundational-generative-model"], "trains_generative": False}
    from openlint.checking.scope import in_scope

    assert in_scope(("student-may-perform-similarly",), {"use": use, "model": {}}).applies is False


@pytest.mark.parametrize(("declared", "applies"), [(None, True), (False, True), (True, False)])
def test_end_user_of_integrated_product_exempts(declared: bool | None, applies: bool) -> None:
    from openlint.checking.scope import in_scope

    use = {} if declared is None else {"end_user_of_integrated_product": declared}
    assert in_scope(("not-end-user-of-integrated-product",), {"use": use, "model": {}}).applies is applies
