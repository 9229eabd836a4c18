"""Reading classes from the fifth blind licensing set's misses (fixtures/scenarios-blind5, a fix source since round 14,
helper fix5b). Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at
40, 60 and 76 columns, with near misses that share the words but not the obligation. Every positive here was not read
on main 92a45e2.

- A research purpose reached through a glossary entry named by a colon ("* Study Purpose: use solely in conjunction
  with (a) internal scientific studies ..."), the grant confined to it "solely in furtherance of your Study Purpose",
  or use for "any non-Study Purpose" banned: research_only, cited at the grant.
- A ban on sharing the material, or derivatives "that contain or allow the recovery of" it, beside an express grant
  to distribute derivatives that are trained models: no no_derivatives (a ban on all derivatives, OL109); without
  the grant, or with a grant to share only the original, the ban stays.
- A notice displayed in public materials "that the research was conducted using" the material: attribution, owed
  when the work is shared or served (not for internal use).
- A revenue cap whose subject is commercial ("Commercial entities with annual revenue of ...", "If you are
  commercially using ...") carries condition `commercial`; one naming every entity ("commercial or non-profit") none."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

GLOSSARY_RESEARCH = [
    # (text, line of the grant that confines use to the term)
    (
        "Definitions\n\n"
        "* Corpus: the recordings and their labels.\n\n"
        "* Study Purpose: use solely in conjunction with (a) internal scientific studies and (b) open-access"
        " papers.\n\n"
        "1. Grant. The Institute grants you a licence, solely in furtherance of your Study Purpose, to copy and use the"
        " Corpus.",
        9,
    ),
    (
        "- Academic Purpose: teaching and research.\n\n"
        "You may copy the Weights. You shall not use the Weights for any non-Academic Purpose.",
        5,
    ),
    (
        "(a) Lab Use: use exclusively in connection with (i) non-published research projects of your laboratory.\n\n"
        "(b) The Licensor grants you the right to use the Dataset solely in connection with your Lab Use.",
        5,
    ),
]

NOT_RESEARCH_ONLY = [
    # the term's definition does not confine use to research
    "* Permitted Purpose: any lawful purpose, commercial or otherwise.\n\n"
    "The Licensor grants you a licence, solely in furtherance of your Permitted Purpose, to use the Corpus.",
    # a research purpose defined, but the grant is not confined to it
    "* Study Purpose: use solely in conjunction with (a) internal scientific studies.\n\n"
    "You may use the Corpus for any purpose, including a Study Purpose.",
    # a label with a colon, not a capitalised term; nothing confines the grant
    "Note: use solely in conjunction with (1) internal research is what most licensees do.\n\n"
    "You may use the Corpus for any purpose.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "line"), GLOSSARY_RESEARCH, ids=lambda v: str(v)[:40])
def test_a_research_purpose_defined_by_a_colon_entry_limits_the_grant(text: str, line: int, width: int | None) -> None:
    readings = [(kind, first, last) for kind, first, last, _ in cited(text, width) if kind == "research_only"]
    assert readings == [("research_only", line, line)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_RESEARCH_ONLY, ids=lambda v: v[:40])
def test_a_colon_entry_that_confines_nothing_reads_no_research_limit(text: str, width: int | None) -> None:
    assert "research_only" not in kinds_read(text, width)


SHARING_BAN = (
    "You shall not: (1) distribute the Dataset, or (2) create and distribute Derivatives that contain or allow the"
    " recovery of the recordings of the Dataset."
)
TRAINED_MODELS_GRANTED = [
    SHARING_BAN + "\n\nThe Institute grants you the right to create and distribute Derivatives that consist of"
    " trained models, provided they are free of charge.",
    SHARING_BAN + "\n\nYou may train and publish models trained on the Dataset.",
]
BAN_STAYS = [
    SHARING_BAN,
    # a permission to share the original only
    SHARING_BAN + "\n\nYou may distribute the Dataset unmodified to members of your laboratory.",
    # the permission negated
    "You may not distribute derivatives of the Dataset. You may create and use derivative models internally.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", TRAINED_MODELS_GRANTED, ids=lambda v: v[-40:])
def test_a_sharing_ban_beside_a_grant_to_share_trained_models_bans_no_derivative(text: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", BAN_STAYS, ids=lambda v: v[-40:])
def test_a_sharing_ban_without_such_a_grant_stays(text: str, width: int | None) -> None:
    assert "no_derivatives" in kinds_read(text, width)


PUBLIC_NOTICE = [
    "In a manner the Lab finds reasonable, you shall cause to be conspicuously displayed in all public materials and"
    " websites referencing research conducted with the Corpus a notice that the research was conducted using the"
    " Corpus.",
    "You must display a notice that the study was carried out with the Corpus on every poster.",
]
NO_PUBLIC_NOTICE = [
    "You may display a notice that the research was conducted using the Corpus.",
    "You must display the Corpus licence in a place where users can read that it is licensed.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", PUBLIC_NOTICE, ids=lambda v: v[:40])
def test_a_notice_that_research_used_the_material_is_attribution(text: str, width: int | None) -> None:
    credits = [(kind, first) for kind, first, _, _ in cited(text, width) if kind == "attribution"]
    assert credits == [("attribution", 3)]
    assert [ob.triggers for ob in read_clause(text, width).obligations] == [("distribute", "serve")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NO_PUBLIC_NOTICE, ids=lambda v: v[:40])
def test_a_permitted_notice_or_a_licence_display_is_no_attribution(text: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(text, width)


COMMERCIAL_CAPS = [
    "Commercial entities with annual revenue of USD 50,000,000 or more must obtain an enterprise licence.",
    "For-profit companies whose annual revenue exceeds USD 20,000,000 need a paid licence from the Lab.",
    "If you are commercially using the Model and your annual revenue is over USD 5,000,000, you must request a"
    " licence.",
]
EVERY_USE_CAPS = [
    "Any entity, commercial or non-profit, with annual revenue over USD 50,000,000 must obtain a licence.",
    "Organisations with annual revenue over USD 50,000,000 must obtain a licence from the Lab.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", COMMERCIAL_CAPS, ids=lambda v: v[:40])
def test_a_revenue_cap_on_commercial_subjects_binds_commercial_use(text: str, width: int | None) -> None:
    caps = [ob for ob in read_clause(text, width).obligations if ob.kind == "revenue_cap"]
    assert [ob.conditions for ob in caps] == [("commercial",)]
    assert [(kind, first) for kind, first, _, _ in cited(text, width) if kind == "revenue_cap"] == [("revenue_cap", 3)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", EVERY_USE_CAPS, ids=lambda v: v[:40])
def test_a_revenue_cap_on_every_entity_binds_every_use(text: str, width: int | None) -> None:
    caps = [ob for ob in read_clause(text, width).obligations if ob.kind == "revenue_cap"]
    assert [(ob.conditions, ob.threshold) for ob in caps] == [(None, 50_000_000)]
