"""Phrasing classes generalised from held-out set r7's misses (round 5; r7 is in-sample since): each
class in several hand-written paraphrases (none is a real license's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no duty."""

from __future__ import annotations

import pytest

from openlint.text.read import read_text
from rewrap import rewrap

HEAD = "Sample Terms\n\n"

# (sentence, the kinds it states: exactly these are read)
POSITIVE = [
    # research beside purposes that exclude commercial use
    ("The Kit is licensed to you solely for academic and research purposes.", {"research_only"}),
    ("You may use the weights only for non-profit, educational or research uses.", {"research_only"}),
    # non-commercial as the grant's purpose, without "only"
    (
        "Subject to these terms, we grant you a worldwide licence to copy and adapt the model for "
        "non-commercial purposes.",
        {"non_commercial"},
    ),
    ("The dataset is made available to universities for their internal non-commercial use.", {"non_commercial"}),
    (
        "The checkpoints are provided for your personal, non-commercial research use.",
        {"non_commercial", "research_only"},
    ),
    # distribution under no other terms
    ("You must not distribute or sublicense the Model under different terms.", {"share_alike"}),
    ("Licensee cannot license, share or release the weights under any additional conditions.", {"share_alike"}),
    # source with what you distribute
    ("When you ship the model in a product, you must provide the source code of the model.", {"source_disclosure"}),
    (
        "The corresponding source code of any modified version shall be made available to its users.",
        {"source_disclosure"},
    ),
    # no passing on at all
    ("The weights may not be shared or transferred to any third party.", {"no_derivatives"}),
    ("Copies are not given, lent or provided to others outside the licensed site.", {"no_derivatives"}),
    # commercial use through a separate agreement, subject named or deal executed
    (
        "If the Recipient is a business and would like to use the model for commercial work, the Recipient must "
        "request a commercial licence from us.",
        {"registration"},
    ),
    (
        "When an organisation plans commercial deployment of the model, it will need to negotiate a separate licence "
        "agreement.",
        {"registration"},
    ),
    (
        "You shall not use the model for commercial purposes without first receiving a written licence.",
        {"registration"},
    ),
    # publication credit with the duty verb ahead
    (
        "Users are required to credit the Osprey project, its authors and their host institutions, as shown on "
        "the website, in any resulting papers.",
        {"attribution"},
    ),
    (
        "You shall acknowledge the support of the providers of the Osprey compute grant and the data donors who "
        "made this possible, and cite the data paper in all publications.",
        {"attribution"},
    ),
    # the document's own notice
    ("Every copy you make must preserve these notices unchanged.", {"notice"}),
    ("You may redistribute the file if you reproduce the above notice.", {"notice"}),
]

NEGATIVE = [
    "We encourage you to cite our technical report in your publications.",
    "We would appreciate it if you acknowledged the authors in your papers.",
    "The model is licensed for non-commercial use as well as for commercial use.",
    "We grant a licence for commercial and non-commercial purposes alike.",
    "The Licensor may release the weights under different terms in the future.",
    "We will provide the source code of our training pipeline on request.",
    "You need not retain this notice in compiled copies.",
    "If you wish to use the model commercially, feel free to do so.",
    "The research report is published and made available to anyone on our website.",
    "You may not distribute the model to third parties except under this licence.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "kinds"), POSITIVE, ids=lambda v: str(v)[:40])
def test_a_paraphrase_of_each_class_is_read(sentence: str, kinds: set[str], width: int | None) -> None:
    text = HEAD + sentence + "\n"
    reading = read_text(rewrap(text, width) if width else text, "LICENSE")
    assert {ob.kind for ob in reading.obligations} == kinds
    for ob in reading.obligations:
        assert ob.source.start_line is not None and ob.source.start_line >= 3


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_invitations_and_permissions_state_no_new_duty(sentence: str, width: int | None) -> None:
    text = HEAD + sentence + "\n"
    reading = read_text(rewrap(text, width) if width else text, "LICENSE")
    # the last one is share-alike (distribution only under this licence), never a ban on passing on
    allowed = {"share_alike"} if "except under" in sentence else set()
    assert {ob.kind for ob in reading.obligations} == allowed
