"""Reading classes from the sixth blind licensing set's Baichuan 2 misses (helper b6card, round 14's second wave).
Hand-written paraphrases (not Baichuan's text), unwrapped and re-wrapped at 40, 60 and 76 columns, with near misses.
Every positive here fails on integ2 (433f4a4).

- A card whose tag names no licence openlint knows (license: other, a license_name), with no licence text beside it,
  whose own licence section states terms: those words are the licence text read, cited at the card's lines (OL414
  says so), not an unknown licence (OL405). A card whose section only names its licence, or that has none, stays OL405.
- A daily-user cap whose counted thing is owned in several words ("of your or your affiliate's service or product is
  less than 2 million"): user_cap, daily, at the figure.
- A grant "revocable" among its attributes stays unread as `revocable` (the catalog convention), pinned.
- The Chinese 不可 of a licence's attributes (不可转让、可撤销的商用许可, a commercial licence granted) is no
  non-commercial ban; 不可商用 still is.
- A daily-user cap (OL102) is cleared by declared monthly active users under it (a monthly figure bounds the daily
  one); at or above the cap they decide nothing (undecided)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.sources.models import model_license
from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

OWNED_DAILY_CAP = [
    "Commercial use is allowed only while the daily active users of your or your affiliates' apps or websites is less"
    " than 2 million.",
    "You qualify if the Daily Active Users (DAU) of your or your group's product is fewer than 2,000,000.",
]
NO_CAP = [
    "The daily active users of your or your affiliates' apps are reported to us every month.",
    "Tell us the daily active users of your product when you apply.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", OWNED_DAILY_CAP, ids=lambda v: v[:40])
def test_a_daily_cap_on_the_licensees_and_affiliates_products_is_read(text: str, width: int | None) -> None:
    caps = [(first, params) for kind, first, _, params in cited(text, width) if kind == "user_cap"]
    assert len(caps) == 1
    first, params = caps[0]
    assert first == 3
    assert params["metric"] == "daily_active_users" and params["threshold"] == 2_000_000


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NO_CAP, ids=lambda v: v[:40])
def test_daily_users_with_no_comparison_are_no_cap(text: str, width: int | None) -> None:
    assert "user_cap" not in kinds_read(text, width)


# The catalog convention (docs/text-reading.md): a grant "revocable" among its attributes, or "This License is
# revocable" alone, is not `revocable` (a power to end the licence at will); the Baichuan 2 label that reads it so is
# judged in docs/testing.md ("Sixth blind licensing set"). Pinned so a later class does not read it by accident.
REVOCABLE_ATTRIBUTE = [
    "Once we approve your request, Heron Labs grants you a worldwide, non-exclusive, non-transferable, revocable"
    " commercial licence to the weights.",
    "This licence is revocable.",
]


@pytest.mark.parametrize("text", REVOCABLE_ATTRIBUTE, ids=lambda v: v[:40])
def test_a_grant_revocable_among_its_attributes_is_not_revocable(text: str) -> None:
    assert "revocable" not in kinds_read(text)


@pytest.mark.parametrize(
    "text",
    [
        "经审核后\uff0c本实验室授予您一项全球性、不可转让、不可再许可、可撤销的商用许可。",
        "审核通过后\uff0c我们向您授予不可撤销的商用授权。",
    ],
)
def test_a_commercial_licence_granted_with_non_transferable_attributes_is_no_ban(text: str) -> None:
    assert "non_commercial" not in kinds_read(text)


@pytest.mark.parametrize("text", ["本模型不可商用。", "禁止将本模型用于商业用途。", "不可将本模型商用。"])
def test_a_chinese_commercial_ban_is_still_read(text: str) -> None:
    assert "non_commercial" in kinds_read(text)


# Own wording: a community licence named by the tag, its PDF elsewhere, its terms in the card's own section.
TERMS_CARD = """---
license: other
license_name: heron-community-license
license_link: https://example.org/heron-community-license.pdf
---
# Heron-7B

A chat model.

## Terms of use

Heron-7B is free for academic research. To use it commercially, your organisation must meet these conditions:

1. The daily active users of your or your affiliates' products is less than 500,000.
2. You are not a cloud service provider.

If you meet them, you need to submit an application to licensing@heron.example by email. Once approved, we grant
you a non-exclusive, non-transferable, revocable commercial licence.
"""
NAMING_CARD = """---
license: other
license_name: heron-community-license
license_link: https://example.org/heron-community-license.pdf
---
# Heron-7B

## License

Heron-7B is released under the Heron Community License (see the license_link).
"""
NO_TERMS_CARD = """---
license: other
license_name: heron-community-license
---
# Heron-7B

A chat model trained on public web text. It answers in English and French.
"""


def _project(tmp_path: Path, card: str, use: str) -> Path:
    model = tmp_path / "p" / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(card, encoding="utf-8")
    (tmp_path / "p" / "openlint.toml").write_text(
        f'[use]\n{use}\n\n[[models]]\nid = "heron/heron-7b"\npath = "models/m"\n', encoding="utf-8"
    )
    return tmp_path / "p"


def _findings(tmp_path: Path, card: str, use: str) -> list[tuple[str, str, int | None]]:
    project = _project(tmp_path, card, use)
    config = load_project(project, environ={})
    report = run_check(config, use_baseline=False, relative_to=project)
    return sorted((f.rule, f.severity, f.location.line if f.location else None) for f in report.findings)


def test_a_cards_own_terms_are_its_licence_text_when_the_tag_is_unknown(tmp_path: Path) -> None:
    project = _project(tmp_path, TERMS_CARD, 'commercial = true\ndistribution = ["saas"]')
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.query is not None and found.query.startswith("LicenseRef-text-")
    assert found.text_license is not None
    kinds = {(ob.kind, ob.source.start_line) for ob in found.text_license.obligations}
    assert {("user_cap", 14), ("registration", 17)} <= kinds
    assert "non_commercial" not in {kind for kind, _ in kinds}
    assert found.text_note is not None and "heron-community-license" in found.text_note
    assert "card's own licence section" in found.text_note
    rules = {rule for rule, _, _ in _findings(tmp_path / "b", TERMS_CARD, 'commercial = true\ndistribution = ["saas"]')}
    assert "OL405" not in rules and {"OL414", "OL211"} <= rules


@pytest.mark.parametrize(
    ("users", "verdict"),
    [
        ("daily-active-users = 600_000", "error"),  # above the cap
        ("daily-active-users = 499_999", None),  # under it
        ("monthly-active-users = 450_000", None),  # a monthly figure under the cap bounds the daily one
        ("monthly-active-users = 500_000", "note"),  # at the cap: decides nothing
    ],
)
def test_the_daily_cap_is_decided_on_daily_or_bounded_by_monthly_users(
    tmp_path: Path, users: str, verdict: str | None
) -> None:
    found = [sev for rule, sev, _ in _findings(tmp_path, TERMS_CARD, f"commercial = true\n{users}") if rule == "OL102"]
    assert found == ([verdict] if verdict else [])


@pytest.mark.parametrize("card", [NAMING_CARD, NO_TERMS_CARD], ids=["names-its-licence", "no-terms"])
def test_a_card_without_terms_of_its_own_stays_an_unknown_licence(tmp_path: Path, card: str) -> None:
    rules = {rule for rule, _, _ in _findings(tmp_path, card, "commercial = true")}
    assert "OL405" in rules and "OL414" not in rules
