"""One territory table (rules/territories.toml): the codes and groups a use profile and the catalog name,
and the names licence texts give places, read by the text reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.core.vocabulary import territories, territory_table
from openlint.text.numbers import codes_of, territory_re
from openlint.text.patterns import KIND_NEEDLES
from openlint.text.read import read_text


def test_every_place_a_text_names_is_in_the_table() -> None:
    """The curated names (27, and 14 naming places by their sanctions: redB), then every ISO 3166-1 name and a few
    former names in common use (rules/country-names.json); a name holding a country's that is not the country
    ("New Jersey") has none."""
    table = territories()
    assert len(_curated()) == 41 and len(table.prose) >= 450
    for name, places in table.prose.items():
        assert name == " ".join(name.lower().split())
        assert set(places) <= table.codes | set(table.groups), name
        assert places or name.startswith(("new ", "state of ", "georgia,")), name


def _curated() -> dict[str, object]:
    import tomllib

    from openlint._data import data_dir

    return dict(tomllib.loads((data_dir() / "territories.toml").read_text(encoding="utf-8"))["prose"])


def test_the_loader_refuses_a_place_outside_the_table() -> None:
    raw = {"codes": "NO IS", "groups": {}, "prose": {"norway": ["NO"], "atlantis": ["AT"]}}
    with pytest.raises(ValueError, match=r"unknown codes \['AT'\]"):
        territory_table(raw)
    assert territory_table({**raw, "prose": {"norway": ["NO"]}}).prose == {"norway": ("NO",)}


def test_every_curated_name_carries_a_territory_needle() -> None:
    """The reader looks at a paragraph for territories only when one of these words occurs in it: each curated
    name, and words of territory clauses ("countries", "Territory", "sanctions", "solely in", "outside"). Another
    ISO name is read in a paragraph holding one of them (a sanctions list names Iran or Cuba, or "countries"),
    not alone: 266 more needles would cost about 5 ms per licence (docs/legal-model.md, Territory)."""
    for name in _curated():
        assert any(needle in name for needle in KIND_NEEDLES["territory"]), name
    read = read_text("You must not deploy the Model in the following countries: Belarus or Zimbabwe.", "LICENSE")
    assert [ob.excluded for ob in read.obligations if ob.kind == "territory"] == [("BY", "ZW")]


def test_the_reader_takes_places_from_the_table() -> None:
    match = territory_re().search("outside the European Economic Area or Norway")
    assert match is not None and codes_of(match.group(0)) == ("EEA",)
    assert territories().expand(codes_of("the EEA")) >= {"NO", "IS", "LI", "DE"}
    assert "NO" not in territories().expand(codes_of("European Union"))


def test_an_eea_ban_in_a_text_covers_norway() -> None:
    text = (
        "ACME MODEL LICENSE\n\n"
        "1. Grant. You may use, copy and modify the Model.\n\n"
        "2. Territory. You may not use the Model in the European Economic Area.\n"
    )
    reading = read_text(text, "LICENSE")
    (ban,) = [ob for ob in reading.obligations if ob.kind == "territory"]
    assert list(ban.excluded or ()) == ["EEA"]
    assert ban.source.start_line == 5 and ban.source.end_line == 5
    assert "NO" in territories().expand(list(ban.excluded or ()))


def test_a_territory_read_from_a_text_is_a_tuple_as_the_field_declares() -> None:
    """Every fixture's territory reading (prose bans, lists under a lead-in, a list of places) gives
    `excluded` as the declared tuple: a list made the frozen obligation unhashable and pydantic warned
    when audit stored the terms read from a text."""
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "licenses"
    read: dict[str, tuple[str, ...] | None] = {}
    for license_file in sorted(fixtures.glob("*/LICENSE")):
        for ob in read_text(license_file.read_text(encoding="utf-8"), "LICENSE").obligations:
            if ob.kind == "territory":
                assert isinstance(ob.excluded, tuple), license_file.parent.name
                assert hash(ob) == hash(ob)
                read[license_file.parent.name] = ob.excluded
    assert read == {
        "b05-territory-ban-in-the-passive": ("CA",),  # (and ("EU",) before it: the last reading is kept here)
        "c11-territory-prose": ("EEA", "CH"),
        "c51-ban-list-lead-in": ("EU",),
        "c86-territory-after-verb-list": ("NO", "EU"),
        "orion-community": ("EU", "GB", "KR"),
    }
