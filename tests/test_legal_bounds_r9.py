"""Round 9 (r9-legalfix2): the classes behind the second blind set's six misses, each at its boundary.

Inclusive thresholds ("or more", "at least", "reaches", "fewer than" for what is allowed), every country that
ISO 3166-1 names, a grant limited to places (territory `allowed`), a hosting ban naming any product or service
(OL112 an error), and a revenue cap in another currency decided outside an exchange-rate band."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from openlint.checking.caps import revenue_bounds
from openlint.checking.checker import load_project, run_check
from openlint.core.catalog import default_catalog
from openlint.core.findings import Finding
from openlint.core.obligations import Obligation, Source
from openlint.core.vocabulary import currency_bands, territories, usd_per_unit
from openlint.text.bounds import inclusive_bound
from openlint.text.extract import extract
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]


def _read(text: str, kind: str) -> list[Obligation]:
    return [ob for ob in extract(text, "LICENSE") if ob.kind == kind]


# --- inclusive thresholds -------------------------------------------------------------------------------

INCLUSIVE = [
    ("The licence is not granted to you if your Annual Revenue is USD 10,000,000 or more.", "revenue_cap"),
    ("Once the annual revenue of your company reaches USD 3,000,000, you need a commercial licence.", "revenue_cap"),
    ("Entities with annual revenue of at least EUR 5 million must obtain a commercial license.", "revenue_cap"),
    (
        "If your monthly active users are equal to or greater than 20,000,000, you must request a license.",
        "user_cap",
    ),
    ("A product used by 500,000 daily active users or more requires a commercial license.", "user_cap"),
    ("Companies whose monthly active users are fewer than 1,000,000 may use the Model free of charge.", "user_cap"),
]
EXCLUSIVE = [
    ("This license does not apply to any entity with annual revenue exceeding USD 3,000,000.", "revenue_cap"),
    ("If you generate more than USD $1,000,000 in annual revenue, you must obtain a license.", "revenue_cap"),
    ("If your products have greater than 700 million monthly active users, you must request a license.", "user_cap"),
    ("If your monthly active users are less than or equal to 1,000,000 you may use it free of charge.", "user_cap"),
]


@pytest.mark.parametrize(("text", "kind"), INCLUSIVE, ids=lambda v: str(v)[:40])
def test_an_inclusive_threshold_is_read_as_inclusive(text: str, kind: str) -> None:
    (ob,) = _read(text, kind)
    assert ob.inclusive is True and ob.threshold is not None


@pytest.mark.parametrize(("text", "kind"), EXCLUSIVE, ids=lambda v: str(v)[:40])
def test_a_strict_threshold_is_not_inclusive(text: str, kind: str) -> None:
    (ob,) = _read(text, kind)
    assert ob.inclusive is None


def test_the_figure_decides_not_a_later_sentence() -> None:
    text = "revenue of USD 1 million. Or more users may"
    at = text.index("1 million")
    assert inclusive_bound(text, at, at + len("1 million")) is False


def test_catalog_caps_stay_strict() -> None:
    """Llama's "greater than 700 million", Qwen's "more than 100 million", Stability's "more than USD $1,000,000":
    every catalogued cap is strict, as written."""
    catalog = default_catalog()
    caps = [ob for key in catalog for ob in catalog[key].obligations if ob.threshold is not None]
    assert len(caps) >= 10 and all(ob.inclusive is None for ob in caps)


# --- the rules at the boundary, on catalog entries of a project's own -----------------------------------


def _project(tmp_path: Path, obligation: str, use: str) -> list[Finding]:
    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "acme-test.toml").write_text(
        'id = "acme-test"\nname = "Acme Test"\nfamily = "ai-other"\nosi_approved = false\nai_model_license = true\n'
        'summary = "A test licence."\n\n[[obligations]]\n' + obligation + '\nsource = { section = "2", quote = "q" }\n',
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.openlint]\nlicenses = ["licenses"]\n[tool.openlint.use]\n'
        + use
        + '\n[[tool.openlint.models]]\nid = "acme/m"\nlicense = "acme-test"\n',
        encoding="utf-8",
    )
    return list(run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path).findings)


def _outcome(findings: list[Finding], code: str) -> str:
    mine = [f for f in findings if f.rule == code]
    if not mine:
        return "pass"
    (finding,) = mine
    return "undecided" if finding.undecided else finding.severity


REVENUE = 'kind = "revenue_cap"\nthreshold = 5_000_000\ncurrency = "{cur}"\ntriggers = ["use"]\n{inc}'


@pytest.mark.parametrize(
    ("currency", "inclusive", "revenue", "outcome"),
    [
        ("USD", False, 5_000_000, "pass"),
        ("USD", False, 5_000_001, "error"),
        ("USD", True, 4_999_999, "pass"),
        ("USD", True, 5_000_000, "error"),
        # EUR band 0.75-1.75 USD: EUR 5,000,000 is USD 3,750,000 to 8,750,000.
        ("EUR", False, 3_750_000, "pass"),
        ("EUR", False, 3_750_001, "undecided"),
        ("EUR", False, 8_750_000, "undecided"),
        ("EUR", False, 8_750_001, "error"),
        ("EUR", True, 3_749_999, "pass"),
        ("EUR", True, 3_750_000, "undecided"),
        ("EUR", True, 8_749_999, "undecided"),
        ("EUR", True, 8_750_000, "error"),
        ("INR", False, 1, "undecided"),  # no band: never assumed
    ],
)
def test_revenue_cap_at_each_edge(tmp_path: Path, currency: str, inclusive: bool, revenue: int, outcome: str) -> None:
    obligation = REVENUE.format(cur=currency, inc="inclusive = true" if inclusive else "")
    use = f"commercial = true\nannual-revenue-usd = {revenue}"
    assert _outcome(_project(tmp_path, obligation, use), "OL103") == outcome


def test_the_band_is_rounded_outward() -> None:
    ob = Obligation(
        kind="revenue_cap", triggers=("use",), source=Source(section="2", quote="q"), threshold=3, currency="JPY"
    )
    low, high = usd_per_unit()["JPY"]
    bounds = revenue_bounds(ob)
    assert bounds["cap_usd_low"] <= 3 * low and bounds["cap_usd_high"] >= 3 * high


@pytest.mark.parametrize(
    ("rule", "obligation", "figure", "outcome"),
    [
        ("OL101", 'metric = "monthly_active_users"', "monthly-active-users = 1_000_000", "error"),
        ("OL101", 'metric = "monthly_active_users"', "monthly-active-users = 999_999", "pass"),
        ("OL102", 'metric = "daily_active_users"', "daily-active-users = 1_000_000", "error"),
        ("OL102", 'metric = "daily_active_users"', "daily-active-users = 999_999", "pass"),
    ],
)
def test_an_inclusive_user_cap_is_reached_at_its_value(
    tmp_path: Path, rule: str, obligation: str, figure: str, outcome: str
) -> None:
    cap = f'kind = "user_cap"\nthreshold = 1_000_000\n{obligation}\ninclusive = true\ntriggers = ["use"]'
    assert _outcome(_project(tmp_path, cap, figure), rule) == outcome


@pytest.mark.parametrize(
    ("measure", "inclusive", "outcome"),
    [
        # measured once, in the release month: today's figure at the cap is a bound for that month only when
        # the cap is strict; an inclusive cap may have been reached then, so the month's figure is asked
        ('measured = "release-month"\nmeasured_month = "2024-06"\ncounts = "group"', False, "pass"),
        ('measured = "release-month"\nmeasured_month = "2024-06"\ncounts = "group"', True, "undecided"),
        # one product counted: the group-wide figure at the cap bounds it only under a strict cap
        ('counts = "product"', False, "pass"),
        ('counts = "product"', True, "undecided"),
    ],
)
def test_a_group_figure_at_the_cap_bounds_it_only_when_strict(
    tmp_path: Path, measure: str, inclusive: bool, outcome: str
) -> None:
    cap = (
        f'kind = "user_cap"\nthreshold = 1_000_000\nmetric = "monthly_active_users"\n{measure}\n'
        + ("inclusive = true\n" if inclusive else "")
        + 'triggers = ["use"]'
    )
    assert _outcome(_project(tmp_path, cap, "monthly-active-users = 1_000_000"), "OL101") == outcome


# --- every country ISO 3166-1 names ---------------------------------------------------------------------


def test_every_code_has_a_name_licence_texts_can_give() -> None:
    table = territories()
    named = {code for codes in table.prose.values() for code in codes}
    assert table.codes <= named


def test_a_long_country_list_is_read_in_full() -> None:
    """Forty countries, one name each as the generated table spells it, in one exclusion: none dropped."""
    names = json.loads(json.dumps(_one_name_per_code()))
    chosen = sorted(names.items())[::6][:40]
    text = "You may not use, deploy or make available the Model in " + ", ".join(n.title() for _, n in chosen[:-1])
    text += f" or {chosen[-1][1].title()}, or to any person located in those countries."
    (ob,) = _read(text, "territory")
    assert set(ob.excluded or ()) == {code for code, _ in chosen} and len(chosen) == 40


def _one_name_per_code() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, codes in sorted(territories().prose.items(), key=lambda item: len(item[0])):
        if len(codes) == 1 and codes[0] in territories().codes and "," not in name and "(" not in name:
            out.setdefault(codes[0], name)
    return out


def test_a_us_state_is_not_the_country_it_contains() -> None:
    ob = _read("You may not use the Model in Cuba, New Jersey or New Mexico.", "territory")
    assert [o.excluded for o in ob] == [("CU",)]


@pytest.mark.parametrize(
    "text",
    [
        "This Agreement is governed by the laws of the People's Republic of China (excluding Hong Kong, Macau "
        "and Taiwan).",
        '"Applicable Law" means the laws and regulations of Japan, excluding Okinawa prefecture ordinances.',
    ],
    ids=["governed", "defined-law"],
)
def test_which_law_governs_is_no_territory(text: str) -> None:
    """Once every country has a name, a governing-law clause that excludes places must not read as a ban."""
    assert _read(text, "territory") == []


def test_the_generated_names_are_current() -> None:
    source = Path("/usr/share/iso-codes/json/iso_3166-1.json")
    if not source.is_file():
        pytest.skip("Debian's iso-codes is not installed")
    module = load_script("build_country_names")
    table = module.names(json.loads(source.read_text(encoding="utf-8"))["3166-1"])
    shipped = territories().prose
    assert all(name in shipped for name in table) and "belarus" in table


# --- a grant limited to places --------------------------------------------------------------------------

ALLOWED = [
    ("You may use the Model, and make available products that use it, only within Germany.", ("DE",)),
    ("Egret grants you a non-exclusive license to use and modify the Model solely in Japan.", ("JP",)),
    ("The Model is licensed for use exclusively in the European Union.", ("EU",)),
    ("No right is granted to use the Model outside the United States or Canada.", ("US", "CA")),
    (
        '"Territory" means the member states of the European Union. You may use the Model only within the Territory.',
        ("EU",),
    ),
]
NOT_ALLOWED = [
    "Any dispute shall be heard exclusively in the courts of England.",
    "This licence is governed solely by the laws of France.",
    "You may use the Model outside office hours in Japan.",  # no denial before "outside"
    "You may use the Model only in accordance with this License in any country.",
    "We store your registration data only within the European Union.",
]


@pytest.mark.parametrize(("text", "codes"), ALLOWED, ids=lambda v: str(v)[:40])
def test_a_grant_limited_to_places_is_read(text: str, codes: tuple[str, ...]) -> None:
    (ob,) = _read(text, "territory")
    assert ob.allowed == codes and ob.excluded is None


@pytest.mark.parametrize("text", NOT_ALLOWED, ids=lambda v: v[:40])
def test_a_venue_or_an_unrelated_only_is_no_territory(text: str) -> None:
    assert not [ob for ob in _read(text, "territory") if ob.allowed]


ALLOWED_EU = 'kind = "territory"\nallowed = ["EU"]\ntest = "{test}"\ntriggers = ["use"]'


@pytest.mark.parametrize(
    ("test", "use", "outcome"),
    [
        ("place-of-use", 'regions = ["FR", "DE"]', "pass"),
        ("place-of-use", 'regions = ["FR", "NO"]', "error"),  # Norway is in the EEA, not the EU
        ("place-of-use", "commercial = true", "undecided"),
        ("domicile", 'headquarters = "IE"', "pass"),
        ("domicile", 'headquarters = "CH"', "error"),
    ],
)
def test_a_region_outside_the_allowed_places_is_excluded(tmp_path: Path, test: str, use: str, outcome: str) -> None:
    assert _outcome(_project(tmp_path, ALLOWED_EU.format(test=test), use), "OL105") == outcome


# --- hosting bans -------------------------------------------------------------------------------------

ANY_SERVICE = [
    "You shall not offer the Model, any Derivative, or any product or service that uses them, to third parties as "
    "a hosted, managed or software-as-a-service offering.",
    "You may not make the Model, or any application built on the Model, available to others as a hosted service.",
    "You must not provide the Model through a hosted API or as a managed service; this includes products or "
    "services that use the Model.",
]
MODEL_ONLY = [
    "You may build products that use the Model. You may not offer the Model itself to third parties as a hosted "
    "inference API without a separate license.",
    "You may not use the Model to offer shared instances or managed services to third party users in an inference "
    "or finetuning API form.",
]


@pytest.mark.parametrize("text", ANY_SERVICE, ids=lambda v: v[:40])
def test_a_hosting_ban_naming_any_service_covers_it(text: str) -> None:
    (ob,) = _read(text, "no_hosting")
    assert ob.covers == "any-service" and ob.confidence >= 0.85


@pytest.mark.parametrize("text", MODEL_ONLY, ids=lambda v: v[:40])
def test_a_hosting_ban_on_the_model_leaves_services_open(text: str) -> None:
    (ob,) = _read(text, "no_hosting")
    assert ob.covers is None


@pytest.mark.parametrize(("covers", "severity"), [('covers = "any-service"', "error"), ("", "warning")])
def test_ol112_blocks_only_an_explicit_clause(tmp_path: Path, covers: str, severity: str) -> None:
    ban = f'kind = "no_hosting"\ntriggers = ["serve"]\n{covers}'
    assert _outcome(_project(tmp_path, ban, 'distribution = ["saas"]'), "OL112") == severity


def test_falcon_stays_a_warning(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.openlint.use]\ndistribution = ["saas"]\n[[tool.openlint.models]]\nid = "tiiuae/falcon-180B"\n'
        'license = "falcon-180b"\n',
        encoding="utf-8",
    )
    findings = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path).findings
    assert _outcome(list(findings), "OL112") == "warning"


def _rate(written: str) -> float:
    """A rate as the `seen` notes write it: '0.83' or '1/162'."""
    numerator, _, denominator = written.partition("/")
    return float(numerator) / float(denominator) if denominator else float(numerator)


def test_the_shipped_bands_hold_each_currency_s_recorded_extremes() -> None:
    # rules/currency-bands.toml: each band contains the extremes its own `seen` note records ("0.83 (October 2000)
    # to 1.60 (July 2008)"), read from the file so that a band edited without its note, or the reverse, fails
    raw = tomllib.loads((REPO / "rules" / "currency-bands.toml").read_text(encoding="utf-8"))
    bands = usd_per_unit()
    assert set(bands) == set(raw) == {"USD", "EUR", "GBP", "CHF", "JPY", "CNY", "TWD"} and bands["USD"] == (1.0, 1.0)
    for code, entry in raw.items():
        if code == "USD":
            continue
        rates = [_rate(found) for found in re.findall(r"(\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?) \(", entry["seen"])]
        assert len(rates) == 2, code
        assert bands[code][0] < min(rates) and bands[code][1] > max(rates), code


@pytest.mark.parametrize(
    ("table", "refused"),
    [
        ({"USD": {"low": 1, "high": 1}, "EUR": {"low": 1.75, "high": 0.75}}, "0 < low <= high"),  # an empty band
        ({"USD": {"low": 1, "high": 1}, "EUR": {"low": 0, "high": 1.75}}, "0 < low <= high"),  # a rate of nothing
        ({"USD": {"low": 1, "high": 1}, "EUR": {"low": "0.75", "high": 1.75}}, "0 < low <= high"),  # not a number
        ({"USD": {"low": 1, "high": 1}, "EUR": {"low": True, "high": 1.75}}, "0 < low <= high"),
        ({"USD": {"low": 1, "high": 1}, "EUR": 1.2}, "0 < low <= high"),
        ({"USD": {"low": 1, "high": 1}, "euro": {"low": 0.75, "high": 1.75}}, "currency code"),  # not a code
        ({"USD": {"low": 1, "high": 1}, "eur": {"low": 0.75, "high": 1.75}}, "currency code"),  # not in capitals
        ({"USD": {"low": 1, "high": 1}, "EU1": {"low": 0.75, "high": 1.75}}, "currency code"),
        ({"EUR": {"low": 0.75, "high": 1.75}}, r"\[USD\] must be"),  # no USD
        ({"USD": {"low": 0.9, "high": 1.1}}, r"\[USD\] must be"),
    ],
)
def test_a_band_table_that_would_decide_wrongly_is_refused(table: dict[str, object], refused: str) -> None:
    with pytest.raises(ValueError, match=rf"^currency-bands\.toml: .*{refused}"):
        currency_bands(table)


def test_a_one_rate_band_is_a_band() -> None:
    assert currency_bands({"USD": {"low": 1, "high": 1}, "XAU": {"low": 2000, "high": 2000}})["XAU"] == (2000.0, 2000.0)
