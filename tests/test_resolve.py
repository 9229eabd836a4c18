"""Every way a license is named resolves: SPDX, Hub tags, ScanCode keys, loose spellings."""

from __future__ import annotations

import pytest

from openlint.core.resolve import normalize, resolve_name
from openlint.errors import UnknownLicenseError


def test_every_hub_tag_resolves(hf_tags: list[str]) -> None:
    assert len(hf_tags) >= 80
    for tag in hf_tags:
        resolved = resolve_name(tag)
        assert resolved.status in {"catalogued", "ambiguous", "unspecified"}, tag
        if resolved.status == "catalogued":
            assert resolved.entry is not None


@pytest.mark.parametrize("tag", ["gpl", "lgpl", "bsd", "cc", "openrail", "gfdl"])
def test_family_tags_are_ambiguous_not_guessed(tag: str) -> None:
    resolved = resolve_name(tag)
    assert resolved.status == "ambiguous"
    assert len(resolved.candidates) >= 1
    assert resolved.entry is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("llama3.1", "llama3.1"),
        ("LicenseRef-scancode-llama-3.1-license-2024", "llama3.1"),
        ("llama-3.1-license-2024", "llama3.1"),
        ("Llama 3.1 Community License", "llama3.1"),
        ("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT", "llama3.1"),
        ("llama3", "llama3"),
        ("Meta Llama 3 Community License", "llama3"),
        ("llama2", "llama2"),
        ("llama4", "llama4"),
        ("gemma", "gemma"),
        ("LicenseRef-scancode-gemma-tou-2024-04-01", "gemma"),
        ("LicenseRef-scancode-tongyi-qianwen-2023", "tongyi-qianwen"),
        ("LicenseRef-scancode-stable-diffusion-2022-08-22", "creativeml-openrail-m"),
        ("creativeml-openrail-m", "creativeml-openrail-m"),
        ("openrail++", "openrail++"),
        ("bigscience-bloom-rail-1.0", "bigscience-bloom-rail-1.0"),
        ("apache 2", "Apache-2.0"),
        ("Apache License 2.0", "Apache-2.0"),
        ("apache-2.0", "Apache-2.0"),
        ("Apache License, Version 2.0", "Apache-2.0"),
        ("MIT License", "MIT"),
        ("mit", "MIT"),
        ("gpl-3.0", "GPL-3.0-only"),
        ("GPL-3.0-or-later", "GPL-3.0-or-later"),
        ("GPL-2.0+", "GPL-2.0-or-later"),
        ("cc-by-nc-4.0", "CC-BY-NC-4.0"),
        ("CC BY-NC 4.0", "CC-BY-NC-4.0"),
        ("cc-by-sa-4.0", "CC-BY-SA-4.0"),
        ("odc-by", "ODC-By-1.0"),
        ("apple-amlr", "apple-amlr"),
    ],
)
def test_names_resolve(name: str, expected: str) -> None:
    resolved = resolve_name(name)
    assert resolved.status == "catalogued"
    assert resolved.id == expected


def test_normalize_folds_spelling() -> None:
    assert normalize("Apache-2.0") == normalize("apache 2") == normalize("Apache License, Version 2.0")
    assert normalize("Llama 3.1 Community License") == normalize("llama 3.1 community licence")
    assert normalize("GPL-2.0") != normalize("GPL-3.0")


def test_unknown_name_suggests_closest() -> None:
    with pytest.raises(UnknownLicenseError) as info:
        resolve_name("lama3.1")
    assert "llama3.1" in info.value.suggestions
    with pytest.raises(UnknownLicenseError) as info:
        resolve_name("Apachee-2.0")
    assert "Apache-2.0" in info.value.suggestions


@pytest.mark.parametrize("name", ["acme-x", "LicenseRef-text-base", "heron-community-license", "foo-research"])
def test_an_unrelated_unknown_name_suggests_nothing(name: str) -> None:
    """`acme-x` is not Apache-2.0, `foo-research` not h-research: only genuinely close names are offered."""
    with pytest.raises(UnknownLicenseError) as info:
        resolve_name(name)
    assert info.value.suggestions == []
    assert "closest" not in str(info.value)


@pytest.mark.parametrize(
    ("name", "known", "close"),
    [
        ("abcde", "abcdf", True),  # ratio 0.80: at the cutoff
        ("abcd", "abce", False),  # 0.75
        ("abcde x", "abcdf x", True),  # whole 0.86, first word 0.80
        ("abcd wxyz", "abce wxyz", False),  # whole 0.89, but the first word (licensor, family) 0.75
    ],
)
def test_a_suggestion_must_reach_the_cutoff_in_the_name_and_its_first_word(name: str, known: str, close: bool) -> None:
    from openlint.core.resolve import SUGGEST_CUTOFF, close_enough

    assert SUGGEST_CUTOFF == 0.8
    assert close_enough(name, known) is close


def test_suggestions_come_closest_first() -> None:
    from openlint.core.resolve import suggest

    assert suggest("lama3.1")[0] == "llama3.1"
    assert suggest("Apachee-2.0") == ["Apache-2.0"]


def test_valid_spdx_outside_the_catalog_is_reported_uncatalogued() -> None:
    resolved = resolve_name("Beerware")
    assert resolved.status == "uncatalogued"
    assert resolved.entry is None and resolved.spdx == "Beerware"
