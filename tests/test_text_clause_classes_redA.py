"""Wording classes generalised from the red-team scenarios (fixtures/scenarios-redteam, in-sample) that the text
reader missed: commerce allowed only on the licensor's leave (written authorisation, approval, consent), a
derivative's name prefix stated with the noun "prefix", and a hosting ban that reaches every service of the
licensee's own. Hand-written paraphrases (none is the red-team wording), read unwrapped and re-wrapped, and
negatives that share the words but state nothing of the kind. Every positive here was not read (or read without
its parameter) on e902d6e."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

# (text, the readings: kind, first and last line cited, parameters)
CITED = [
    # commerce on the licensor's leave: non_commercial (registration is read only for "a separate licence")
    (
        "Commercial use of the Weights requires the prior written authorisation of Finch Labs.",
        [("non_commercial", 3, 3, {})],
    ),
    (
        "You may deploy the Model in commercial products only with Finch Labs' express written approval.",
        [("non_commercial", 3, 3, {})],
    ),
    (
        "Licensees can use the Model commercially only after they obtain written consent from Finch Labs.",
        [("non_commercial", 3, 3, {})],
    ),
    (
        "You may use the Model for commercial purposes only if: (i) your service has fewer than 50,000 monthly active "
        "users; and (ii) you have written to sales@finch.example and obtained Finch Labs' written permission.",
        [
            ("non_commercial", 3, 3, {}),
            ("user_cap", 3, 3, {"threshold": 50000, "inclusive": True, "metric": "monthly_active_users"}),
        ],
    ),
    ("Commercial use is permitted only upon the prior written approval of Finch Labs.", [("non_commercial", 3, 3, {})]),
    # ... the leave to obtain first, or the use without it banned
    (
        "For any commercial use, you must first obtain written permission from Finch Labs.",
        [("non_commercial", 3, 3, {})],
    ),
    (
        "Licensees must secure Finch Labs' prior written approval before deploying the Model in commercial products.",
        [("non_commercial", 3, 3, {})],
    ),
    (
        "Use of the Weights for commercial purposes without the written consent of Finch Labs is not permitted.",
        [("non_commercial", 3, 3, {}), ("registration", 3, 3, {})],
    ),
    (
        "If you would like to use the Model commercially, you will need to obtain express written authorization from "
        "Finch Labs.",
        [("non_commercial", 3, 3, {}), ("registration", 3, 3, {})],
    ),
    # a derivative's name prefix, the noun "prefix" before or after the name
    (
        'Every fine-tuned model you release must be named with the prefix "Finch-".',
        [("naming", 3, 3, {"prefix": "Finch-"})],
    ),
    ('Names of derived models shall carry the prefix "Finch".', [("naming", 3, 3, {"prefix": "Finch"})]),
    (
        'You are required to use the prefix "Finch" in the name of each model you derive.',
        [("naming", 3, 3, {"prefix": "Finch"})],
    ),
    ('A derivative must bear a title prefixed with "Finch".', [("naming", 3, 3, {"prefix": "Finch"})]),
    ('Fine-tuned models must use "Finch-" as a prefix in their names.', [("naming", 3, 3, {"prefix": "Finch-"})]),
    ('You shall prefix "Finch" to the name of each derivative you publish.', [("naming", 3, 3, {"prefix": "Finch"})]),
    (
        'A model derived from the Weights must have "Finch" as the first word of its name.',
        [("naming", 3, 3, {"prefix": "Finch"})],
    ),
    # a hosting ban reaching every service the licensee provides: covers any service (a hosted app too)
    (
        "You must not let any third party use the Model or its outputs, directly or through an API, a website or "
        "any other service you operate.",
        [("no_hosting", 3, 3, {"covers": "any-service"})],
    ),
    (
        "You may not make the Model available to others via an API or any product or service that you offer.",
        [("no_hosting", 3, 3, {"covers": "any-service"})],
    ),
    (
        "You shall not allow others to query the Model through any app, website or platform you operate.",
        [("no_hosting", 3, 3, {"covers": "any-service"})],
    ),
    (
        "You must not give access to the Weights or their outputs to any other person via any service you provide.",
        [("no_hosting", 3, 3, {"covers": "any-service"})],
    ),
    # the plain hosting ban stays plain (a warning to review), as does one lifted for the licensee's own services
    ("You may not offer the Model as a hosted service.", [("no_hosting", 3, 3, {})]),
    (
        "You may not offer the Model to third parties through a hosted API, but you may use it in any service you "
        "provide.",
        [("no_hosting", 3, 3, {})],
    ),
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("clause", "readings"), CITED, ids=lambda v: str(v)[:40])
def test_a_redA_reading_cites_its_lines_and_parameters(clause: str, readings: list[object], width: int | None) -> None:
    assert cited(clause, width) == readings


# Look-alikes: commerce on conditions that are no leave, a leave not the licensor's, a leave denied or in another
# sentence; a prefix banned, reserved or the licensor's own naming.
NEGATIVE = [
    "You may use the Model for commercial purposes if you have fewer than 100 employees.",
    "You may use the Model for commercial purposes only if you credit Finch Labs in your product.",
    "Commercial use of the Model does not require Finch Labs' written approval.",
    "Commercial use is permitted only with the consent of the individuals depicted in your outputs.",
    "You may use the Model for commercial purposes. Redistribution requires written consent from Finch Labs.",
    "For research use, you must first obtain written permission from Finch Labs.",
    "You must obtain the written consent of your users before using the Model commercially.",
    "For commercial use, please get in touch with sales@finch.example.",
    'You may not name a derivative with the prefix "Finch-".',
    'Derivatives must not be named with the prefix "Finch".',
    'You may name your models freely; the prefix "Finch" is reserved for our own releases.',
    'Finch Labs names its own releases with the prefix "Finch-".',
    'You may use "Finch" as a prefix in your model names.',
    "You may let third parties use the Model through any service you provide.",
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_redA_look_alikes_state_no_term_of_the_class(sentence: str, width: int | None) -> None:
    assert kinds_read(sentence, width) & {"non_commercial", "research_only", "naming", "no_hosting"} == set()
