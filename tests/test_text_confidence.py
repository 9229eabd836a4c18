"""Confidence follows the evidence around a reading (issue 14): an explicit duty verb, a defined
term, a section heading and a URL raise it; a bare mention stays below the review threshold."""

from __future__ import annotations

from openlint.findings import REVIEW_CONFIDENCE
from openlint.text.evidence import STEP
from openlint.text.extract import extract


def _only(text: str, kind: str) -> tuple[float, int]:
    (ob,) = [o for o in extract(text, "LICENSE") if o.kind == kind]
    assert ob.source.start_line is not None
    return ob.confidence, ob.source.start_line


def test_a_full_use_policy_exhibit_outweighs_a_bare_heading() -> None:
    bare, _ = _only("Model License\n\nAcceptable Use Policy\n\nYou may use the model.\n", "acceptable_use")
    exhibit, line = _only(
        "Model License\n\nYou may use the model.\n\nEXHIBIT A ACCEPTABLE USE POLICY\n\n"
        "You agree not to use the Model for the purposes listed at https://acme.example/aup.\n",
        "acceptable_use",
    )
    assert bare < REVIEW_CONFIDENCE <= exhibit and line == 7  # cited where the duty is, not at the heading


def test_a_territory_exclusion_backed_by_a_defined_term_and_a_duty_is_surer() -> None:
    plain, _ = _only("Model License\n\nThis license does not apply in the European Union.\n", "territory")
    defined, line = _only(
        'Model License\n\n"Territory" means every country of the world.\n\n'
        "You shall not use the Model outside the Territory; rights are not granted in the European Union.\n",
        "territory",
    )
    assert plain < REVIEW_CONFIDENCE <= defined and line == 5
    assert round(defined - plain, 2) == 2 * STEP  # a duty verb and a defined term
