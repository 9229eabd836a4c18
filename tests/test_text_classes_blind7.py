"""Reader classes generalised from the engine-wrong disagreements of scenarios-blind7 (round 15's fix source, helper
fixb7): a grant confined to "the purpose(s) of" a list of research, education and public aims (research_only); a
reserved power to end use stated after an aside or last of a list (revocable); a fixed term counted from an
approval, a signature or a date named before (term_expires, a duration); a condition that generated content be
disclosed as such (acceptable_use whose category is undisclosed machine-generated content, OL208), also in a model
card's licence section (read as the card's terms; under a permissive tag, a contradiction, OL416). Each class in
hand-written paraphrases (none the scenario texts' wording), unwrapped and re-wrapped, with near misses that share
its words and must not read: the licensor's own conduct, permissions, definitions, wider purpose lists, other
periods. Every positive fails on main b806514 (no reading of the kind, or only the clause layer's 0.55)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.core.vocabulary import categories_named
from openlint.sources.models import model_license
from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 76]
DISCLOSURE = "undisclosed-machine-generated-content"


def _confident(clause: str, kind: str, width: int | None = None) -> list[float]:
    return [ob.confidence for ob in read_clause(clause, width).obligations if ob.kind == kind and ob.confidence >= 0.85]


# (1) A grant confined to the purpose(s) of a list with research in it, every item research, education or a
# non-commercial or public aim.
PURPOSES_OF = [
    "You may use the Data only for the purposes of academic research and teaching.",
    "The Licensor grants you a licence exclusively for the purpose of scientific research or public-interest uses.",
    "You may use it strictly for the purposes of education, non-profit research or charitable purposes, and for no"
    " other purpose.",
    "Access is given solely for the purpose of non-profit research, teaching, or for government purposes by or on"
    " behalf of the State of Ohio.",
]
# A commercial or other item widens the grant; a definition limits nothing by itself.
PURPOSES_OF_NOT = [
    "You may use the model solely for the purpose of research or commercial development.",
    "You may use the weights solely for the purpose of research and product development.",
    "You may use the model solely for the purpose of research, education, or for commercial purposes.",
    "'Permitted Purpose' means solely for the purpose of non-profit research or education.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PURPOSES_OF, ids=lambda v: v[:50])
def test_a_grant_confined_to_the_purposes_of_a_research_list_is_research_only(clause: str, width: int | None) -> None:
    assert _confident(clause, "research_only", width)


@pytest.mark.parametrize("clause", PURPOSES_OF_NOT, ids=lambda v: v[:50])
def test_a_wider_purpose_list_or_a_definition_is_no_confident_research_limit(clause: str) -> None:
    assert not _confident(clause, "research_only")


def test_the_purpose_list_cites_the_government_aim_to_its_end() -> None:
    clause = (
        "Access is given solely for the purpose of non-profit research, teaching, or for government purposes by or "
        "on behalf of the U.S. Government. No other use is licensed."
    )
    (ob,) = [ob for ob in read_clause(clause).obligations if ob.kind == "research_only"]
    assert ob.source.text is not None and ob.source.text.endswith("on behalf of the U.S. Government")


# (2) The licensor's reserved power to end use, after an aside or as the last of a list of powers.
REVOCABLE = [
    "The Provider reserves the right, at any time, to pause downloads and to terminate your access to the Weights.",
    "Licensor retains the right, in its absolute discretion, to decline new requests or revoke any licence granted"
    " hereunder.",
    "The Foundation reserves the right, for any reason, to withdraw the files and/or to suspend use of the Model.",
]
# The licensee's own power; ending for breach; a reserved right to do something else.
REVOCABLE_NOT = [
    "You reserve the right, in your discretion, to terminate your use of the Model.",
    "The Licensor reserves the right, in its sole discretion, to update the documentation and to terminate this"
    " Agreement if you breach it.",
    "The Licensor reserves the right, at any time, to update the documentation and publish new versions.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", REVOCABLE, ids=lambda v: v[:50])
def test_a_reserved_power_to_end_use_after_an_aside_is_revocable(clause: str, width: int | None) -> None:
    assert "revocable" in kinds_read(clause, width)


@pytest.mark.parametrize("clause", REVOCABLE_NOT, ids=lambda v: v[:50])
def test_the_licensees_power_ending_for_breach_or_other_rights_are_not_revocable(clause: str) -> None:
    assert "revocable" not in kinds_read(clause)


# (3) A fixed term counted from an approval, a signature, or a date the sentence named before.
TERM_FROM = [
    (
        "This licence takes effect when the Owner approves your request and is valid for a period of six months from"
        " that date.",
        "P6M",
    ),
    ("Your access lasts for two (2) years following its approval by the Committee.", "P2Y"),
    ("The permission starts on the day you sign and remains in effect for 90 days after such date.", "P90D"),
    ("The Agreement is granted for one year from signature.", "P1Y"),
]
# Another period (a deletion deadline, a warranty, a notice) or a period with no start.
TERM_FROM_NOT = [
    "You must delete the data within 30 days from such date.",
    "The warranty runs for one year from the date of approval.",
    "The Licensor will give notice for thirty days after such date.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "duration"), TERM_FROM, ids=lambda v: str(v)[:50])
def test_a_term_counted_from_approval_or_a_date_named_before_is_a_duration(
    clause: str, duration: str, width: int | None
) -> None:
    terms = [ob for ob in read_clause(clause, width).obligations if ob.kind == "term_expires"]
    assert [ob.duration for ob in terms] == [duration]


@pytest.mark.parametrize("clause", TERM_FROM_NOT, ids=lambda v: v[:50])
def test_other_periods_are_no_term(clause: str) -> None:
    assert "term_expires" not in kinds_read(clause)


# (4) A condition that generated content be disclosed as such.
DISCLOSED = [
    "You must tell your audience that the voices they hear are AI-generated.",
    "Licensee shall label every image produced with the Model as machine-generated.",
    "Before publishing generated audio you are required to disclose to listeners that it was produced by the model.",
    "Anyone deploying the checkpoint agrees to announce publicly that the clips are synthesized.",
]
# The licensor's own act, a permission, a description, a ban on claiming the opposite.
DISCLOSED_NOT = [
    "We inform listeners that the demo samples are synthesized.",
    "You may label outputs as AI-generated if you wish.",
    "The Model produces synthesized speech from text.",
    "'Synthetic Content' means any audio generated by the Model.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DISCLOSED, ids=lambda v: v[:50])
def test_a_duty_to_disclose_generated_content_is_a_disclosure_policy(clause: str, width: int | None) -> None:
    read = [ob for ob in read_clause(clause, width).obligations if ob.kind == "acceptable_use"]
    assert read and all(DISCLOSURE in categories_named(ob.source.text or "") for ob in read)


@pytest.mark.parametrize("clause", DISCLOSED_NOT, ids=lambda v: v[:50])
def test_the_licensors_act_a_permission_or_a_description_is_no_disclosure_policy(clause: str) -> None:
    assert "acceptable_use" not in kinds_read(clause)


# (4, 5) The condition stated in a model card's licence section: read as the card's terms under an unknown tag, a
# contradiction under a permissive one.
CARD = """---
license: {tag}
pipeline_tag: text-to-speech
---
# Wren TTS

A small speech model.

## Terms of use

Code: Apache-2.0.

Checkpoints: whoever publishes audio made with these checkpoints must let the audience know that the speech is
machine-generated.
"""


def _project(tmp_path: Path, tag: str, use: str) -> Path:
    model = tmp_path / "p" / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(CARD.format(tag=tag), encoding="utf-8")
    project = tmp_path / "p"
    config = f'[use]\n{use}\n\n[[models]]\nid = "acme/m"\npath = "models/m"\n'
    (project / "openlint.toml").write_text(config, encoding="utf-8")
    return project


def test_a_cards_licence_section_stating_the_condition_is_read_and_makes_it_a_duty(tmp_path: Path) -> None:
    project = _project(tmp_path, "other", 'production = true\nuse-cases = ["audio-generation"]')
    config = load_project(project, environ={})
    report = run_check(config, use_baseline=False, relative_to=project)
    rules = {(f.rule, f.severity) for f in report.findings}
    assert ("OL208", "warning") in rules and ("OL414", "note") in rules
    assert not any(f.rule == "OL405" for f in report.findings)


def test_the_condition_in_an_apache_tagged_cards_section_contradicts_the_tag(tmp_path: Path) -> None:
    project = _project(tmp_path, "apache-2.0", "production = true")
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    (why,) = found.contradictions
    assert "license tag says apache-2.0" in why and "licence section" in why and "acceptable use" in why
    report = run_check(config, use_baseline=False, relative_to=project)
    assert [f.rule for f in report.findings if f.severity == "error"] == ["OL416"]
