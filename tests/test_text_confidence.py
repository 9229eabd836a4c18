"""Confidence follows the evidence around a reading (issue 14): an explicit duty verb, a defined
term, a section heading and a URL raise it; a bare mention stays below the review threshold."""

from __future__ import annotations

import re

import pytest

from openlint.core.findings import REVIEW_CONFIDENCE
from openlint.text.evidence import CEILING, FLOOR, MISSING_PARAMETER, STEP, evidence_confidence
from openlint.text.extract import extract
from openlint.text.patterns import Pattern
from openlint.text.view import Paragraph


def _only(text: str, kind: str) -> tuple[float, int]:
    (ob,) = [o for o in extract(text, "LICENSE") if o.kind == kind]
    assert ob.source.start_line is not None
    return ob.confidence, ob.source.start_line


@pytest.mark.parametrize(
    ("kind", "bare", "evidenced", "line", "gain"),
    [
        (  # a URL, a duty verb and a heading; the policy's URL is its parameter (-0.2 without it)
            "acceptable_use",
            "Model License\n\nAcceptable Use Policy\n\nYou may use the model.\n",
            "Model License\n\nYou may use the model.\n\nEXHIBIT A ACCEPTABLE USE POLICY\n\n"
            "You agree not to use the Model for the purposes listed at https://acme.example/aup.\n",
            7,  # cited where the duty is, not at the heading
            round(CEILING - (0.9 - MISSING_PARAMETER), 2),
        ),
        (  # a duty verb and a defined term
            "territory",
            "Model License\n\nThis license does not apply in the European Union.\n",
            'Model License\n\n"Territory" means every country of the world.\n\n'
            "You shall not use the Model outside the Territory; rights are not granted in the European Union.\n",
            5,
            2 * STEP,
        ),
    ],
    ids=["use-policy-exhibit", "territory-defined-term"],
)
def test_evidence_lifts_a_reading_over_the_review_threshold(
    kind: str, bare: str, evidenced: str, line: int, gain: float
) -> None:
    plain, _ = _only(bare, kind)
    sure, cited = _only(evidenced, kind)
    assert plain < REVIEW_CONFIDENCE <= sure and cited == line
    assert round(sure - plain, 2) == gain


def _confidence(text: str, base: float, *, kind: str = "territory", built: bool = False, params: bool = False) -> float:
    pattern = Pattern(kind, re.compile("x"), ("use",), base, "s", (lambda m, p: {}) if built else None)
    para = Paragraph(text, 0)
    return evidence_confidence(pattern, params, para, 0, len(para.text), frozenset({"Territory"}))


@pytest.mark.parametrize(
    ("text", "kwargs", "want"),
    [
        ("it applies in the EU", {}, 0.80),  # no evidence: the base
        ("you must not use it in the EU", {}, 0.85),  # a duty verb
        ("it applies outside the Territory", {}, 0.85),  # a defined term (case kept)
        ("it applies outside the territory", {}, 0.80),  # the word, not the term
        ("3. TERRITORY It applies in the EU", {}, 0.85),  # a numbered heading
        ("4.2 GEOGRAPHIC SCOPE It applies in the EU", {}, 0.85),
        ("Exhibit A - Scope It applies in the EU", {}, 0.85),  # a part's name in any case
        ("Section 3 It applies in the EU", {}, 0.85),
        ("3. It applies in the EU", {}, 0.80),  # a clause number alone is no heading
        ("ACCEPTABLE USE It applies in the EU", {}, 0.85),  # a heading in capitals
        ("It applies in the EU per https://acme.example/terms", {}, 0.80),  # a URL counts for policies only
        ("It applies per https://acme.example/terms", {"kind": "acceptable_use", "built": True, "params": True}, 0.85),
        ("it applies", {"built": True}, round(0.80 - MISSING_PARAMETER, 2)),  # a parameter missing
        ("it applies", {"built": True, "params": True}, 0.80),
        ("EXHIBIT A You must not use it outside the Territory", {}, 0.95),  # three steps
        ("EXHIBIT A You must not use it outside the Territory", {"base": 0.83}, CEILING),  # 0.98 exactly
        ("EXHIBIT A You must not use it outside the Territory", {"base": 0.85}, CEILING),  # 1.00 -> capped
        ("it applies", {"base": FLOOR + MISSING_PARAMETER, "built": True}, FLOOR),  # 0.50 exactly
        ("it applies", {"base": FLOOR + MISSING_PARAMETER - STEP, "built": True}, FLOOR),  # 0.45 -> floored
    ],
)
def test_confidence_arithmetic(text: str, kwargs: dict[str, object], want: float) -> None:
    base = float(kwargs.pop("base", 0.80))  # type: ignore[arg-type]
    assert _confidence(text, base, **kwargs) == want  # type: ignore[arg-type]


def test_the_better_evidenced_of_two_equal_readings_is_kept() -> None:
    text = (
        "Model License\n\nThis license does not apply in the European Union.\n\n"
        "You shall not use the Model in the European Union.\n"
    )
    (ob,) = [o for o in extract(text, "LICENSE") if o.kind == "territory"]  # one reading: same places
    assert (ob.excluded, ob.source.start_line, ob.confidence) == (("EU",), 5, 0.85)  # the duty verb's


def test_of_two_equally_evidenced_readings_the_first_is_kept() -> None:
    clause = "You shall not use the Model in the European Union.\n\n"
    (ob,) = [o for o in extract("Model License\n\n" + clause * 2, "LICENSE") if o.kind == "territory"]
    assert (ob.source.start_line, ob.confidence) == (3, 0.85)
