"""The plain validator of `[tool.openlint]` (config_validate, what `check` runs) accepts and rejects
exactly what the pydantic models (config_models, derived from the same dataclasses: the schema and the
wording of every error) accept and reject, with the same values: proved over generated configs mixing
valid values, wrong types, unknown keys, keys written both ways and vocabulary typos (whose errors name
the closest value)."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from openlint.core import config, config_models
from openlint.core.config import Settings, load_config, validated
from openlint.core.config_validate import settings_from
from openlint.errors import ConfigError

MIRRORED = ("UseProfile", "ModelDecl", "IgnoreRule", "Evidence", "ReleaseComponent", "ReleaseDecl", "Settings")

# Values of every TOML type (plus None, which re-validated settings hold), wrong for most fields.
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([0, 1, 2, -1, 700_000_000, 10**20]),
    st.sampled_from([0.0, 1.0, 1.5, -0.0, float("nan")]),
    st.sampled_from(["", "yes", "No", "ON", "t", "true ", "1", "2", "x", "error", "warning", "note", "saas"]),
    st.just(datetime.date(2024, 6, 1)),
    st.just(datetime.datetime(2024, 6, 1, 12, 0)),
)
WORDS = st.sampled_from(
    [
        "US", "us", " de ", "EU", "eu", "XX", "USA", "UK", "Usa", "EEA",  # territories, groups, mistakes
        "customer-support", " Customer-Support ", "military", "militery", "chatbot",  # use cases
        "large-language-model", "larg-language-model", "any-model",  # model classes
        "weights", "Model card", "model_card", "training-code", "wieghts", "Datasets",  # MOF components
        "internal", "saas", "derivative-weights", "open-weights", "mof-class-2", "mof-class-4",
        "OL101", "acme/x", "", "2024-06", "2024-13", "24-06",
    ]
)  # fmt: skip
MONTHS = st.sampled_from(["2024-06", "2024-01", "2023-12", "2024-13", "2024-6", "x"])


TEXT = st.one_of(WORDS, st.text(max_size=6))  # "" and words that are not what the field needs
# Right-shaped values with near misses among them (a strict flag given 1, a count given true or -1).
FLAG = st.sampled_from([True, False, True, False, True, False, 1, 0, "true", 1.0])
LAX_FLAG = st.sampled_from([True, False, 0, 1, 1.0, 0.0, 0.5, 2, "yes", "No", "on", "T", "f", "1", "0", "2"])
COUNT = st.one_of(st.integers(-1, 10**12), st.sampled_from([0, 0, 5, True, 1.0]))
PAIR = st.one_of(st.tuples(MONTHS, COUNT).map(list), st.tuples(MONTHS, COUNT), st.tuples(MONTHS, COUNT, COUNT))
MONTH_PAIRS = st.one_of(st.dictionaries(MONTHS, COUNT, max_size=3), st.lists(PAIR, max_size=3))
STRINGS = st.lists(TEXT, max_size=3)


def _words(*values: str) -> st.SearchStrategy[list[str]]:
    """Vocabulary words, sometimes in another case or padded (normalised), sometimes misspelt."""
    word = st.sampled_from(values)
    variant = st.one_of(*[word] * 6, word.map(str.upper), word.map(lambda w: f" {w} "), word.map(lambda w: w[:-1]))
    return st.lists(variant, max_size=3)


def _good() -> dict[tuple[str, str], st.SearchStrategy[Any]]:
    """Per field, values of the right shape (most of them valid): so that about half the generated
    configs are accepted and the values, not only the verdicts, are compared."""
    from openlint.core.vocabulary import model_classes, use_cases

    texts = {"id", "license", "path", "reason", "location", "notice", "attribution", "baseline", "derivative_name"}
    good: dict[tuple[str, str], st.SearchStrategy[Any]] = {}
    for model in (getattr(config_models, name) for name in MIRRORED):
        for name, info in model.model_fields.items():
            kind = str(info.annotation)
            if name in texts or name.endswith("_license") or (model is config_models.ReleaseDecl and name == "name"):
                good[model.__name__, name] = TEXT
            elif "int" in kind and "tuple" not in kind:
                good[model.__name__, name] = COUNT
            elif "bool" in kind:
                good[model.__name__, name] = FLAG if "Strict" in kind else LAX_FLAG
    good.update(
        {
            ("UseProfile", "distribution"): st.lists(st.sampled_from(["internal", "saas", "weights"]), max_size=2),
            ("UseProfile", "monthly_active_users_by_month"): MONTH_PAIRS,
            ("UseProfile", "regions"): _words("US", "de", "EU", "EEA", "GB", "UK", "fr"),
            ("UseProfile", "headquarters"): st.sampled_from(["US", "de", " fr ", "EU", "UK", "XX"]),
            ("UseProfile", "use_cases"): _words(*list(use_cases())[:6]),
            ("UseProfile", "trains"): _words(*model_classes()),
            ("IgnoreRule", "rule"): TEXT,
            ("IgnoreRule", "models"): STRINGS,
            ("IgnoreRule", "paths"): STRINGS,
            ("ReleaseComponent", "name"): st.sampled_from(["weights", "Model card", "training_code", "Datasets", "x"]),
            ("Settings", "fail_on"): st.sampled_from(["error", "warning", "note"]),
            ("Settings", "rules"): STRINGS,
            ("Settings", "licenses"): STRINGS,
            ("Settings", "require_openness"): st.sampled_from(["open-weights", "mof-class-1", "mof-class-4"]),
        }
    )
    return good


GOOD = _good()


def _value(leaf: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Any TOML value, mostly of the wrong type for the field."""
    return st.one_of(
        leaf,
        SCALARS,
        st.lists(st.one_of(WORDS, SCALARS), max_size=3),
        st.dictionaries(MONTHS, st.one_of(st.sampled_from([0, 5, 900_000_000, -3]), SCALARS), max_size=3),
        st.lists(st.lists(st.one_of(MONTHS, st.sampled_from([0, 5, -1]), SCALARS), max_size=3), max_size=2),
    )


def _key(name: str) -> st.SearchStrategy[str]:
    """The field as the config spells it (mostly), as Python spells it, or a typo."""
    kebab = name.replace("_", "-")
    typos = [kebab.upper(), kebab + "s", kebab[:-1], kebab.replace("-", "")]
    return st.integers(0, 19).flatmap(lambda n: st.sampled_from(typos) if n == 0 else st.just(name if n < 4 else kebab))


@st.composite
def _table(draw: st.DrawFn, model: type[BaseModel], depth: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {}
    names = list(model.model_fields)
    for name in draw(st.lists(st.sampled_from(names), max_size=min(5, len(names)), unique=True)):
        key = draw(_key(name))
        if draw(st.integers(0, 19)) == 0:  # both spellings at once
            out[name] = draw(_value(WORDS))
        out[key] = draw(_field_value(model, name, depth))
    required = [name for name, info in model.model_fields.items() if info.is_required()]
    for name in required:
        if name not in out and draw(st.integers(0, 4)) > 0:
            out[name] = draw(_field_value(model, name, depth))
    return out


@st.composite
def _field_value(draw: st.DrawFn, model: type[BaseModel], name: str, depth: int) -> Any:
    """Mostly a value of the right shape; one time in eight anything at all."""
    nested = {
        (config_models.Settings, "use"): config_models.UseProfile,
        (config_models.Settings, "evidence"): config_models.Evidence,
        (config_models.Settings, "release"): config_models.ReleaseDecl,
    }.get((model, name))
    listed = {
        (config_models.Settings, "models"): config_models.ModelDecl,
        (config_models.Settings, "ignore"): config_models.IgnoreRule,
        (config_models.ReleaseDecl, "components"): config_models.ReleaseComponent,
    }.get((model, name))
    if nested is not None and depth < 2:
        good: st.SearchStrategy[Any] = _table(nested, depth + 1)
    elif listed is not None and depth < 2:
        item = _table(listed, depth + 1)
        if listed is config_models.IgnoreRule:
            item = st.one_of(TEXT, item)
        good = st.lists(item, max_size=3)
    else:
        good = GOOD.get((model.__name__, name), TEXT)
    return draw(_value(WORDS) if draw(st.integers(0, 7)) == 0 else good)


def _pydantic(raw: Any) -> dict[str, Any] | None:
    try:
        return config_models.Settings.model_validate(raw).model_dump()
    except ValidationError:
        return None


def _plain(raw: Any) -> dict[str, Any] | None:
    settings = settings_from(raw)
    return None if settings is None else dataclasses.asdict(settings)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_table(config_models.Settings))
@example({"fail-on": "note", "fail_on": "warning"})
@example({"use": {"monthly-active-users-by-month": {"2024-06": 5, "2023-01": 2}, "regions": ["us", "eu"]}})
@example({"use": {"use-cases": [" Customer-Support "], "headquarters": "EU"}})
@example({"release": {"components": [{"name": "weights", "released": "no"}]}, "require-models": 1.0})
@example({"models": [{"id": ""}], "ignore": ["OL101", {"rule": "OL202", "paths": ["a"]}]})
def test_plain_validator_agrees_with_pydantic(raw: dict[str, Any]) -> None:
    assert _plain(raw) == _pydantic(raw)


# Each next to a boundary of one rule (the tests above find these too, but only by chance).
NEAR_MISSES = [
    {"use": {"commercial": 1}},
    {"use": {"commercial": "true"}},
    {"use": {"monthly-active-users": True}},
    {"use": {"monthly-active-users": 1.0}},
    {"use": {"monthly-active-users": -1}},
    {"use": {"monthly-active-users": 0}},
    {"use": {"monthly-active-users-by-month": [["2024-06", 5, 6]]}},
    {"use": {"monthly-active-users-by-month": [["2024-06"]]}},
    {"use": {"monthly-active-users-by-month": [("2024-06", 5)]}},
    {"use": {"monthly-active-users-by-month": {"2024-07": 1, "2024-06": 2}}},
    {"use": {"monthly-active-users-by-month": {"2024-13": 1}}},
    {"use": {"monthly-active-users-by-month": "2024-06"}},
    {"use": {"regions": ["de", "eu"], "headquarters": "EU"}},
    {"use": {"headquarters": " de "}},
    {"use": {"use-cases": [" Customer-Support "], "trains": ["Classifier"]}},
    {"use": {"distribution": ["saas", "open"]}},
    {"release": {"components": [{"name": "weights", "released": "no"}]}},
    {"release": {"components": [{"name": "weights", "released": 2}]}},
    {"release": {"components": [{"released": True}]}},
    {"release": {"components": [{"name": "wieghts"}]}},
    {"ignore": [{"models": ["x"]}]},
    {"ignore": ["OL101", {"rule": "OL202", "paths": ["a"]}]},
    {"models": [{"id": ""}]},
    {"models": [{"path": "."}]},
    {"require-models": 1.0, "online": "off"},
    {"require-models": 0.5},
    {"fail-on": "note", "fail_on": "note"},
    {"fail_on": "note"},
    {"require_openness": "mof-class-1"},
    # a profile that contradicts itself; evidence outside the project (both rejected, both ways)
    {"use": {"end-user-of-integrated-product": True, "distribution": ["internal", "weights"]}},
    {"use": {"end-user-of-integrated-product": True, "distribution": ["derivative-weights"]}},
    {"use": {"end-user-of-integrated-product": True, "distribution": ["internal", "saas"]}},
    {"use": {"end-user-of-integrated-product": False, "distribution": ["weights"]}},
    {"evidence": {"attribution": "../../shared/llama.txt"}},
    {"evidence": {"notice": "/etc/NOTICE", "license": "docs/LICENSE"}},
    {"evidence": {"license": "docs/../LICENSE"}},
]


@pytest.mark.parametrize("raw", NEAR_MISSES, ids=[str(raw) for raw in NEAR_MISSES])
def test_near_misses_agree(raw: dict[str, Any]) -> None:
    assert _plain(raw) == _pydantic(raw)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_table(config_models.UseProfile))
def test_use_tables_agree(use: dict[str, Any]) -> None:
    """The use table alone (where the vocabularies are), more often well formed than inside Settings."""
    assert _plain({"use": use}) == _pydantic({"use": use})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_table(config_models.Settings))
def test_revalidating_accepted_settings_changes_nothing(raw: dict[str, Any]) -> None:
    """apply_overrides re-validates the loaded settings as dicts: idempotent on both sides."""
    settings = settings_from(raw)
    if settings is not None:
        dumped = dataclasses.asdict(settings)
        assert settings_from(dumped) == settings
        assert _pydantic(dumped) == dumped


@pytest.mark.parametrize("name", MIRRORED)
def test_dataclasses_mirror_the_models(name: str) -> None:
    """Same fields in the same order, same defaults (derived, so this pins the derivation): the schema
    generated from the models describes the dataclasses."""
    plain, model = getattr(config, name), getattr(config_models, name)
    fields = {f.name: f for f in dataclasses.fields(plain)}
    assert list(fields) == list(model.model_fields)
    for field_name, info in model.model_fields.items():
        default = fields[field_name].default
        if info.is_required():
            assert default is dataclasses.MISSING
        else:
            expected = info.default.model_dump() if isinstance(info.default, BaseModel) else info.default
            assert (dataclasses.asdict(default) if dataclasses.is_dataclass(default) else default) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[use]\ncommercial = 'yes'\n", "openlint.use.commercial: must be true or false"),
        ("[use]\nuse-cases = ['militery']\n", "unknown use case 'militery'; closest: military"),
        ("fail-on = 'fatal'\nrulez = []\n", "unknown key 'openlint.rulez'"),
        ("rules = 'OL101'\n", 'openlint.rules must be a list, e.g. rules = ["OL101"], not "OL101"'),
        ("[[models]]\nlicense = 'mit'\n", "openlint.models.0: a model needs an 'id' or a 'path'"),
        (
            "[use]\ndistribution = ['weights']\nend-user-of-integrated-product = true\n",
            "openlint.use: end-user-of-integrated-product = true contradicts distribution",
        ),
        ("[evidence]\nattribution = '../x/about.md'\n", "openlint.evidence.attribution: must be a file inside"),
    ],
)
def test_rejections_are_worded_by_pydantic(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "openlint.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"{path}: ") and message in str(raised.value)


def test_pydantic_verdict_stands_where_the_plain_validator_is_stricter() -> None:
    """bytes for text and a set for a list never come from TOML; pydantic accepts them, and so does
    `validated` (through pydantic's values), rather than rejecting without a reason."""
    raw = {"baseline": b"base.json", "rules": {"OL101"}}
    assert settings_from(raw) is None
    assert validated(raw, "api", "openlint") == Settings(baseline="base.json", rules=("OL101",))


def test_a_field_without_its_plain_check_fails_at_import() -> None:
    """The plain validator lists a check per field; one missing (a field added to config_types alone) or
    out of order is an error when config_validate is imported, not a config rejected at run time."""
    from openlint.core import config_validate

    text = config_validate._optional(config_validate._text)
    assert config_validate._record(config.Evidence, {"attribution": text, "notice": text, "license": text})
    with pytest.raises(TypeError):
        config_validate._record(config.Evidence, {"attribution": text, "notice": text})
    with pytest.raises(TypeError):
        config_validate._record(config.Evidence, {"notice": text, "attribution": text, "license": text})
