"""Wording classes generalised from the misses of held-out sets r11 and r12 (in-sample since round 8)
of the kinds notice, attribution, include_license, acceptable_use, flow_down and share_alike, and
Sarashina's notice read without its text: each class in several hand-written paraphrases (none is
a real license's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, and negatives
that share the words but state no duty of the kind. Every positive here was not read (or read as
another kind, or without its text) on 9d23fa1."""

from __future__ import annotations

import pytest

from openlint.text.read import read_text
from rewrap import rewrap
from sentences import HEAD, Cited, cited, read_clause

# (text, exactly the readings it gives: kind, first and last line cited, parameters; the same at every width)
POSITIVE = [
    # notice: the license statement after "the following attribution notice <where>:", unquoted (the quoted
    # ones are in STATEMENTS: the kind alone was read before, without the text)
    (
        "With every copy you distribute you must provide the following attribution notice: Heron is licensed "
        "under the Heron Model License, Copyright (c) Heron Labs. All Rights Reserved.",
        [
            (
                "notice",
                3,
                3,
                {
                    "text": "Heron is licensed under the Heron Model License, Copyright (c) Heron Labs. "
                    "All Rights Reserved"
                },
            )
        ],
    ),
    # attribution: a "Built with X" label shown with another verb, or a long label
    (
        "If you use the Model in a product, you shall clearly indicate \u201cBuilt with Heron\u201d in the "
        "product documentation.",
        [("attribution", 3, 3, {"text": "Built with Heron"})],
    ),
    (
        'Any service using the weights must mention "Powered by Kestrel" on its about page.',
        [("attribution", 3, 3, {"text": "Powered by Kestrel"})],
    ),
    (
        "You shall prominently display \u201cBuilt with Heron Materials licensed from Heron Labs Inc., Copyright "
        "Heron Labs Inc., All Rights Reserved\u201d on a related website.",
        [
            (
                "attribution",
                3,
                3,
                {
                    "text": "Built with Heron Materials licensed from Heron Labs Inc., Copyright Heron Labs Inc., "
                    "All Rights Reserved",
                    "where": "related website",
                },
            )
        ],
    ),
    # attribution: the source named when passing on adapted weights
    (
        "You may share fine-tuned weights, and must clearly indicate the source as the original Heron repository.",
        [("attribution", 3, 3, {})],
    ),
    (
        "Anyone who redistributes the Model shall identify its origin as the official Kestrel release.",
        [("attribution", 3, 3, {})],
    ),
    # attribution: credit to the authors as the condition of a permission ("may ... only if")
    (
        "Licensees may copy and adapt the work only if they give the author or licensor the credits (attribution) "
        "in the manner described on the project page.",
        [("attribution", 3, 3, {})],
    ),
    ("You may publish fine-tuned weights provided that you give the creators due credit.", [("attribution", 3, 3, {})]),
    # notice: removing copyright or license information, in a gerund list under "prohibited from:"
    (
        "The User is strictly prohibited from:\n\n(a) **Removing notices:** Removing or modifying any copyright, "
        "attribution, or license information contained in the Weights.",
        [("notice", 5, 5, {})],
    ),
    ("You must not delete the copyright information from the model files.", [("notice", 3, 3, {})]),
    # acceptable_use: gerund items under "prohibited from:" / "refrain from:"
    (
        "The User is strictly prohibited from:\n\n(a) **Illegal use:** Using the Weights for any unlawful or "
        "rights-infringing purposes.",
        [("acceptable_use", 5, 5, {})],
    ),
    ("Licensee shall refrain from:\n(i) using the Model for any illegal activity.", [("acceptable_use", 4, 4, {})]),
    # acceptable_use: a harmful use among items gated by the licensor's consent (only the harmful use is read)
    (
        "You shall not, without Heron's prior written consent:\n(i) distribute the Model to any person;\n"
        "(ii) use the Model in any unlawful manner or for any unlawful purposes.",
        [("acceptable_use", 5, 5, {})],
    ),
    (
        "Licensee may not, without the express permission of the Licensor:\n(a) host the weights for third parties;\n"
        "(b) use the weights in any manner that defames any person.",
        [("acceptable_use", 5, 5, {})],
    ),
    # acceptable_use: an imperative "do not use ... for" a banned field
    (
        "The weights are provided for research. Do not use them for clinical decision making.",
        [("acceptable_use", 3, 3, {})],
    ),
    ("Never use the Model for medical diagnosis.", [("acceptable_use", 3, 3, {})]),
    # acceptable_use: infringing third-party rights or breaking the law as the manner of use
    (
        "You will not, and will not permit any third party to, use or copy the Model in any manner that infringes, "
        "misappropriates, or otherwise violates any third-party rights.",
        [("acceptable_use", 3, 3, {})],
    ),
    ("You shall not use the weights in a way that violates any applicable law.", [("acceptable_use", 3, 3, {})]),
    ("Prohibited Use: any use that may infringe on third-party rights.", [("acceptable_use", 3, 3, {})]),
    # acceptable_use: a policy under another name the licensee must not breach
    (
        "Licensee shall not engage in any of the prohibited activities set forth in the Heron Prohibited "
        "Activities Policy.",
        [("acceptable_use", 3, 3, {})],
    ),
    (
        "The Licensee must not engage in any conduct barred by the Plover Prohibited Conduct Policy.",
        [("acceptable_use", 3, 3, {})],
    ),
    ("Recipients shall abide by the Avocet Restricted Activities Policy.", [("acceptable_use", 3, 3, {})]),
    # include_license: this file kept with copies
    ("If you redistribute the Weights, you must keep this file with them.", [("include_license", 3, 3, {})]),
    (
        "You must include the full text of this license with all copies of the Software.",
        [("include_license", 3, 3, {})],
    ),
    ("Redistributions shall be accompanied by this LICENSE file.", [("include_license", 3, 3, {})]),
    # flow_down: the restriction kept intact, inherited, or stated, on redistribution
    ("When you pass the Model on, you must keep the non-commercial restriction intact.", [("flow_down", 3, 3, {})]),
    (
        "When Licensee shares the Model with a third party, Licensee shall include effective provisions to "
        "mandatorily inherit all restrictions set forth in this Article to the recipient.",
        [("flow_down", 3, 3, {})],
    ),
    (
        "Derivative versions may be released under other terms, but those terms will always have to include "
        "the same use-based restrictions as this License.",
        [
            ("acceptable_use", 3, 3, {}),
            ("flow_down", 3, 3, {}),
        ],  # use-based restrictions are a use policy (as OpenRAIL's)
    ),
    (
        "Recipients of your fine-tuned weights must inherit the use restrictions of this Agreement.",
        [("flow_down", 3, 3, {})],
    ),
    (
        "Fine-tuned models can be shared under their own terms, but those terms must include at a minimum:\n\n"
        "- the prohibited uses listed in Schedule 2.",
        [("flow_down", 3, 3, {})],
    ),
    # share_alike: the derivative licensed on the same terms, far from its verb
    (
        "The Licensee shall cause any work that it distributes, that is derived from the Model, to be licensed "
        "as a whole at no charge to all third parties entitled to a license to the Model under the terms of "
        "this License.",
        [("share_alike", 3, 3, {})],
    ),
    (
        "Any adaptation you publish shall be offered to every recipient on the same terms as set out in this License.",
        [("share_alike", 3, 3, {})],
    ),
    # share_alike: a license identical to the original's
    (
        "Licensees may distribute derivative works only under a license identical to the license that governs "
        "the original work.",
        [("share_alike", 3, 3, {})],
    ),
    ("You may share adapted weights only under a licence identical to this one.", [("share_alike", 3, 3, {})]),
    # share_alike: the license applied to derivatives has this License's terms
    (
        "The license you apply to your derivatives must have the same terms and conditions as this License.",
        [("share_alike", 3, 3, {})],
    ),
    (
        "Any licence you use for adapted material shall contain the same terms as this Agreement.",
        [("share_alike", 3, 3, {})],
    ),
    # share_alike: derivatives remain subject to a named agreement
    (
        "Any distribution of the Software or any modified version of the Software must remain subject to, and in "
        "compliance with, the Platform Agreement.",
        [("share_alike", 3, 3, {})],
    ),
    (
        "Every derivative you distribute will continue to be governed by the Heron Platform Terms.",
        [("share_alike", 3, 3, {})],
    ),
]

# (text, the notice text read from it): before, a notice without its text
STATEMENTS = [
    (
        "Licensee shall retain the following attribution notice within a \u201cNOTICE\u201d file shipped with "
        "such copies:\n\u201cHeron is licensed under the Heron Model License, Copyright \u00a9 Heron Labs. "
        "All Rights Reserved.\u201d",
        "Heron is licensed under the Heron Model License, Copyright \u00a9 Heron Labs. All Rights Reserved",
    ),
    (
        "Distributors must place the following attribution notice in the README of every copy: "
        "\u2018Avocet is licensed under the Avocet Weights Licence.\u2019",
        "Avocet is licensed under the Avocet Weights Licence",
    ),
]

NEGATIVE = [
    # invitations and the licensor's own conduct
    'We encourage you to mention "Built with Heron" in your documentation.',
    "We recommend that you keep this file with your copies.",
    "We ask that you keep this file with your copies if you can.",
    # permissions, not duties
    "You may remove any license information you added yourself.",
    "You may give the authors credit if you wish.",
    "You may distribute derivative works under a license of your choice.",
    "Derivative works need not be licensed on the same terms as this License.",
    # definitions
    '"Prohibited Activities Policy" means the policy published by Heron Labs.',
    # use, not passing on: the user's own use stays under another agreement
    "Your use of the Platform remains subject to the Platform Agreement.",
    # sharing and hosting gated by consent, not banned
    "You may not, without our consent:\n(a) redistribute the weights;\n(b) offer the Model as a hosted service.",
    # a gerund list under a permission lead-in
    "You are permitted to do the following:\n(a) using the Weights for research;\n(b) removing the sample files.",
    # the duty on another party
    "The Licensor shall keep this file up to date.",
    "You must keep this file confidential.",
    "We add \u201cBuilt with Heron\u201d to our own demos.",
    "Modified versions do not remain subject to the Platform Agreement.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "readings"), POSITIVE, ids=lambda v: str(v)[:40])
def test_a_paraphrase_of_each_r11a_class_is_read(sentence: str, readings: list[Cited], width: int | None) -> None:
    assert cited(sentence, width) == readings


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "text"), STATEMENTS, ids=lambda v: str(v)[:40])
def test_a_license_statement_after_a_place_is_read_with_its_text(sentence: str, text: str, width: int | None) -> None:
    (ob,) = read_clause(sentence, width).obligations
    assert (ob.kind, ob.parameters()["text"]) == ("notice", text)


LABELS = [
    # the label ends at its own closing quote, not at a later apostrophe ("can't") within 300 characters
    (
        "You must display 'Built with Heron' in the about box of every product and you can't remove it.",
        "Built with Heron",
    ),
    ("You must display \u2018Built with Heron\u2019 in the about box; users won\u2019t miss it.", "Built with Heron"),
    # ... while the label's own apostrophe, followed by a letter, stays in it
    ("You must display \u201cBuilt with Meta\u2019s Llama\u201d on your website.", "Built with Meta\u2019s Llama"),
    ("You must display \"Powered by Acme's Engine\" in the footer, and you can't hide it.", "Powered by Acme's Engine"),
]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize(("sentence", "text"), LABELS, ids=lambda v: str(v)[:40])
def test_a_displayed_label_is_read_to_its_own_closing_quote(sentence: str, text: str, width: int | None) -> None:
    labels = [ob.parameters()["text"] for ob in read_clause(sentence, width).obligations if ob.kind == "attribution"]
    assert labels == [text]


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_r11a_look_alikes_state_no_duty_of_the_class(sentence: str, width: int | None) -> None:
    assert {ob.kind for ob in read_clause(sentence, width).obligations} == set()


@pytest.mark.parametrize("width", [None, 40, 76])
def test_an_unquoted_license_statement_is_the_notice_text(width: int | None) -> None:
    text = (
        HEAD + "You must provide\n  1. a copy of this License; and\n  2. the following attribution notice: "
        "Heron-7B is licensed under the Heron License, Copyright \u00a9 Heron Labs. All Rights Reserved.\u201d\n"
    )
    reading = read_text(rewrap(text, width) if width else text, "LICENSE")
    notices = [ob for ob in reading.obligations if ob.kind == "notice"]
    assert [ob.parameters()["text"] for ob in notices] == [
        "Heron-7B is licensed under the Heron License, Copyright \u00a9 Heron Labs. All Rights Reserved"
    ]
    assert notices[0].source.start_line == 5
    assert notices[0].source.end_line == (5 if width is None else 8 if width == 40 else 6)


def test_a_quoted_statement_after_a_place_with_quotes_keeps_its_text() -> None:
    text = (
        HEAD + "Licensee shall retain the following attribution notice within a \u201cLICENSE\u201d text file:\n"
        "\u201cHeron is licensed under the Heron License, Copyright \u00a9 Heron Labs. All Rights Reserved.\u201d;\n"
    )
    (ob,) = read_text(text, "LICENSE").obligations
    assert (ob.kind, ob.parameters()["text"]) == (
        "notice",
        "Heron is licensed under the Heron License, Copyright \u00a9 Heron Labs. All Rights Reserved",
    )
