"""Wording classes generalised from the misses of held-out sets r15 and r16 (fix sources since round 10) of
the duties of distribution (include_license, share_alike, no_derivatives, attribution) and of Creative
Commons licences applied by name with a summary: each class in hand-written paraphrases (none is a real
licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, and negatives that share the
words but state no duty of the kind. Every positive here was not read (or read as another kind) on 9c3ec72."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

# (text, the kinds it states: exactly these are read)
POSITIVE = [
    # include_license: a link to "this" licence (the CC deed says "the license")
    ("When you pass the checkpoints on, provide a link to this licence.", {"include_license"}),
    # include_license: the recipient told how or where to get the licence
    ("You must tell recipients where they can obtain a copy of this License.", {"include_license"}),
    ("Recipients must be informed how they may obtain a copy of this Licence.", {"include_license"}),
    # include_license: the permission notice kept, actively (MIT's is passive)
    (
        "Every copy you make must reproduce the copyright line above and this permission notice.",
        {"include_license", "notice"},
    ),
    # include_license: the licence kept with every copy beside other things
    ("You must keep this licence and all author credits with every copy of the checkpoints.", {"include_license"}),
    # include_license: the licence named to recipients
    ("You must indicate that the adapter is licensed under this License.", {"include_license"}),
    # include_license in Chinese, the licence quoted as a defined term
    ("您必须向接收者提供“本协议”的副本。", {"include_license"}),
    # share_alike: the terms inherited by what is derived
    ("Derivative weights inherit these terms.", {"share_alike"}),
    ("Any fine-tuned model inherits this licence.", {"share_alike"}),
    # share_alike: the distribution itself under this licence
    (
        "All distribution of the Checkpoints, including any changes you make, must be under the terms of this License.",
        {"share_alike"},
    ),
    # no_derivatives: made and used, never shared
    ("Adapted checkpoints may be made and used, but may not be shared.", {"no_derivatives"}),
    ("Altered weights can be created and kept, but may not be published under this licence.", {"no_derivatives"}),
    # no_derivatives: the adapted material named after the ban
    ("If you remix or build upon the weights, you may not distribute the modified material.", {"no_derivatives"}),
    # attribution: credit as the manner of sharing
    ("The checkpoints may be shared, with attribution to Dana Reyes.", {"attribution"}),
    ("You may redistribute the weights with attribution to the Kestrel Lab.", {"attribution"}),
    # attribution and the licence named, as imperatives after a label
    (
        "Attribution. Credit the original authors and state that the weights are under CC BY 4.0.",
        {"attribution", "include_license"},
    ),
]

NEGATIVE = [
    # the Apache header: where the reader may find the licence, no duty
    "You may obtain a copy of this License at https://example.org/license.",
    # a permission notice one need not keep
    "You need not include this permission notice in binary builds.",
    # the licensor's own statement of the licence
    "We note that the weights are released under CC BY 4.0.",
    "The weights are under CC BY 4.0.",
    # which licence covers the material: a scope, no duty on what you share (r16's class)
    "The weights are licensed exclusively under this Agreement.",
    # terms not inherited
    "Derivatives do not inherit these terms.",
    # a gated or differently licensed sharing of adapted material
    "Adapted checkpoints may be made and used, but may not be shared under other terms.",
    "You may not distribute the modified weights unless the original author agrees in writing.",
    # credit optional, or given by the licensor
    "Outputs may be shared with or without attribution to us.",
    "You may credit the authors if you like.",
    "We credit the authors of the dataset.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "kinds"), POSITIVE, ids=lambda v: str(v)[:40])
def test_a_paraphrase_of_each_r15a_class_is_read(sentence: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(sentence, width) == kinds


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_r15a_look_alikes_state_no_duty_of_the_class(sentence: str, width: int | None) -> None:
    assert {ob.kind for ob in read_clause(sentence, width).obligations} == set()
