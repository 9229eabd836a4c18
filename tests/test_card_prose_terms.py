"""A card's prose, outside any licence section, that withholds a permission for the model itself binds with its tag
(openlint.sources.card_terms.prose_restrictions): "the trained model therefore can't be used in a commercial
product" under a cc0-1.0 tag is checked as non-commercial (OL104 for a commercial use) and reported (OL416). Advice,
intentions, the code's or a dataset's terms, history, comparisons and questions are not read. Blind5 class of
dlib-68-landmarks-commercial-app (in-sample since this fix); every positive fails on 500ed7f (prose outside a licence
section was not read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.sources.card import read_card
from openlint.sources.card_terms import card_terms, prose_restrictions
from openlint.sources.models import model_license

# Own wording: a public-domain dedication, then a dataset owner's restriction passed on to the model, wrapped
# across lines, with a contraction.
POLE_CARD = """---
license: cc0-1.0
library_name: onnx
---
# Pole-vault pose estimator

I wrote these weights myself and dedicate them to the public domain: do what you like with them.

## pose_estimator_v2.onnx

Trained on the Vaulters-2k clips (https://example.org/vaulters).

The clips' terms rule out commercial exploitation, and the league that owns them
asked that I state here that the estimator built from them can't be used in
a commercial product. Ask the league if you need a commercial licence.

It expects crops from the bundled detector.
"""


def _card(tmp_path: Path, text: str) -> Path:
    model = tmp_path / "p" / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(text, encoding="utf-8")
    return model / "README.md"


def _project(tmp_path: Path, card: str, use: str = "commercial = true") -> Path:
    _card(tmp_path, card)
    project = tmp_path / "p"
    (project / "openlint.toml").write_text(
        f'[use]\n{use}\n\n[[models]]\nid = "acme/m"\npath = "models/m"\n', encoding="utf-8"
    )
    return project


def _kept(text: str) -> dict[int, str]:
    """prose_restrictions of a body with no front matter, by 1-based line, stripped."""
    return {n + 1: line.strip() for n, line in prose_restrictions(text.split("\n"), 0, set()).items()}


def test_a_restriction_passed_on_from_the_training_data_binds_a_public_domain_card(tmp_path: Path) -> None:
    project = _project(tmp_path, POLE_CARD)
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.query is not None and found.query.startswith("(cc0-1.0) AND (LicenseRef-text-")
    assert found.text_license is not None
    assert [(ob.kind, ob.source.start_line) for ob in found.text_license.obligations] == [("non_commercial", 14)]
    (why,) = found.contradictions
    assert "license tag says cc0-1.0" in why and "its prose" in why and "non commercial" in why
    report = run_check(config, use_baseline=False, relative_to=project)
    errors = sorted((f.rule, f.location.line if f.location else None) for f in report.findings if f.severity == "error")
    assert errors == [("OL104", 2), ("OL416", 2)]


def test_only_the_restricting_sentence_is_kept_with_its_contraction_spelled_out(tmp_path: Path) -> None:
    card = read_card(_card(tmp_path, POLE_CARD))
    assert card is not None
    text, prose = card_terms(card)
    assert text is not None and prose == frozenset({13, 14, 15})
    lines = text.split("\n")
    assert lines[12].strip() == "The clips' terms rule out commercial exploitation, and the league that owns them"
    assert lines[13].strip() == "asked that I state here that the estimator built from them cannot be used in"
    assert lines[14].strip() == "a commercial product."  # the next sentence, "Ask the league ...", is blank
    assert "public domain" not in text and "crops" not in text


def test_a_research_only_sentence_under_a_limitations_heading_binds(tmp_path: Path) -> None:
    card = "---\nlicense: apache-2.0\n---\n# m\n\n## Limitations\n\nThe weights are released for research use only."
    project = _project(tmp_path, card, use="production = true")
    config = load_project(project, environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.text_license is not None
    assert [(ob.kind, ob.source.start_line) for ob in found.text_license.obligations] == [("research_only", 8)]
    (why,) = found.contradictions
    assert "its prose" in why and "research only" in why


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("> **Note:** not for commercial use.", 1),  # a note in a blockquote, a fragment with no subject
        ("This checkpoint may not be used for commercial purposes.", 1),  # the opening prose
        ("Intro.\n\nCommercial use of this model is prohibited.", 3),
        ("Model v2 is a student of v1; the model is restricted to non-commercial use.", 1),
        ("Please note: it cannot be deployed in commercial settings.", 1),
        ("Heron-Pose v2 cannot be used in a commercial product.", 1),  # the model by its name
        ("You mustn't use the model commercially.", 1),
        ("Don't use these weights for commercial purposes.", 1),  # an imperative
        ("The model is released under a non-commercial license.", 1),
        # in a disclaimer, a sentence withholding commerce still binds
        ("Not approved for clinical use. The model may not be used commercially.", 1),
    ],
)
def test_a_sentence_withholding_commerce_is_kept_wherever_it_stands(body: str, line: int) -> None:
    kept = _kept(body)
    assert list(kept) == [line]


@pytest.mark.parametrize(
    "body",
    [
        "This model is not intended for medical use.",  # advice
        "The model is intended for research purposes only.",  # an intention, not a permission withheld
        "The model should not be used for commercial decision-making without review.",  # advice
        "The training code cannot be used in a commercial product.",  # the code's terms
        "The dataset is for research use only.",  # a dataset's terms, not passed on to the model
        "Version 1 was released for research purposes only; this one is Apache 2.0.",  # history
        "Unlike Foo-7B, which may not be used commercially, this model is permissive.",  # another model
        "Can the model be used for commercial purposes?",  # a question
        "Commercial use is permitted.",  # no restriction
        "We do not use the model commercially ourselves.",
        "It was trained on Bird-10k, whose photos are licensed for non-commercial use only.",  # a relative clause
        "We trained it on Owl-Set, which may not be used commercially.",  # a fact about the authors, no imperative
        "The code is released under a non-commercial license.",  # the code's licence
        "We evaluate on research benchmarks only.",  # no use of the model limited
        "```\nthe model cannot be used commercially\n```",  # a code block
        "| Use | not for commercial use |",  # a table row
        "You may not use the code in a commercial product.",  # the code's terms, named after the verb
        "The evaluation harness in our GitHub repository cannot be used in a commercial product.",  # a tool's
        "Outputs may not be used for commercial purposes.",  # the outputs', not the model's
        "You may not use our trademarks to promote any commercial product.",  # the marks'
        # a fitness disclaimer: "research use only" as a tool not cleared for clinical use
        "**Disclaimer:** This model is for research purposes only. Not approved for clinical use.",
    ],
)
def test_advice_history_and_others_terms_are_not_read(body: str) -> None:
    assert _kept(body) == {}


def test_a_usage_restrictions_heading_is_a_licence_section(tmp_path: Path) -> None:
    card = read_card(_card(tmp_path, "---\nlicense: mit\n---\n# m\n\n## Usage restrictions\n\nAsk before you sell it."))
    assert card is not None
    text, prose = card_terms(card)
    assert text is not None and "Ask before you sell it." in text and prose == frozenset()


def test_prose_naming_no_restriction_adds_nothing(tmp_path: Path) -> None:
    card = (
        "---\nlicense: apache-2.0\n---\n# m\n\nThis model is not intended for medical use. It is free for commercial "
        "use.\n\n## Out-of-scope use\n\nThe model should not be used for research on minors.\n"
    )
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert (found.query, found.contradictions, found.text_license) == ("apache-2.0", (), None)


def test_a_non_commercial_licence_named_in_prose_is_that_licence(tmp_path: Path) -> None:
    card = "---\nlicense: apache-2.0\n---\n# m\n\nA tagger. The weights are released under CC BY-NC 4.0.\n"
    config = load_project(_project(tmp_path, card), environ={})
    found = model_license(config, 0, config.settings.models[0])
    assert found.query is not None and found.query.startswith("(apache-2.0) AND (")
    assert "CC-BY-NC-4.0" in found.query or "LicenseRef-text-" in found.query
    (why,) = found.contradictions
    assert "its prose" in why and "non commercial" in why


def test_a_contraction_is_read_as_its_full_form() -> None:
    assert _kept("The model can\u2019t be used commercially.") == {1: "The model cannot be used commercially."}
    assert _kept("Don't use these weights commercially.") == {1: "Do not use these weights commercially."}
