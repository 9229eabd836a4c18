"""Wording classes generalised from misses of set r24 (round 14's fix source, helper fix24) in statements that apply a
Creative Commons licence by name and state its terms in a summary of their own: a summary set out in columns, each term
labelled by the licence element's name without a colon ("Attribution   Credit the authors ...", "NonCommercial No
commercial use.", "ShareAlike    Distribute ..."); what you share to be distributed under a share-alike licence named
(CC BY-SA, CC BY-NC-SA, "Attribution-ShareAlike"); credit named among the terms that bind ("the binding terms,
including attribution, ..."). Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no duty of the kind. No positive
here is read as its kind on main e902d6e."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# A summary in columns, each term labelled by the element's name without a colon.
COLUMNS = (
    "What you owe when you use the checkpoints:\n\n"
    "  Attribution   Credit the Heron team and the dataset authors, and link back to this\n"
    "                repository.\n"
    "  NonCommercial No commercial use. Teaching is fine.\n"
    "  ShareAlike    Distribute any derivative model under CC BY-NC-SA 4.0."
)

# Not a summary's labels: the element names in prose, with no duty after them.
NOT_COLUMNS = [
    "The NonCommercial no-fee tier is offered to students.",
    "Attribution credits appear on the about page of the product.",
]

# What you share to be distributed under a share-alike licence named: share_alike.
UNDER_SHARE_ALIKE = [
    "Adapted weights must be released under the Creative Commons Attribution-ShareAlike 4.0 licence.",
    "You must share any fine-tuned model under CC BY-SA 4.0.",
    "Distribute every derivative checkpoint under CC BY-NC-SA 4.0.",
]

NOT_UNDER_SHARE_ALIKE = [
    "You may distribute derivatives under CC BY-NC-SA 4.0.",
    "The weights are licensed under CC BY-NC-SA 4.0.",
    "You must share any fine-tuned model under CC BY 4.0 or under CC BY-SA 4.0.",
]

# Credit named among the terms that bind: attribution.
BINDING_CREDIT = [
    "The corpus is shared under CC BY-NC-ND 4.0. See the licence text for the binding terms, including attribution, "
    "non-commercial use, and the ban on sharing adapted material.",
    "The key conditions of the licence are attribution and share-alike.",
    "Required terms: attribution, non-commercial use.",
]

NOT_BINDING_CREDIT = [
    "The non-binding terms, including attribution, are suggestions only.",
    "The binding terms do not include attribution.",
    "The binding terms include non-commercial use; attribution is welcome but optional.",
]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_summary_in_columns_reads_each_labelled_term(width: int | None) -> None:
    readings = cited(COLUMNS, width)
    assert [(kind, first) for kind, first, _, _ in readings] == [
        ("attribution", 5),
        ("non_commercial", 7),
        ("share_alike", 8),
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_COLUMNS, ids=lambda v: v[:50])
def test_element_names_in_prose_owe_nothing(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", UNDER_SHARE_ALIKE, ids=lambda v: v[:50])
def test_sharing_under_a_share_alike_licence_named_is_share_alike(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"share_alike"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_UNDER_SHARE_ALIKE, ids=lambda v: v[:50])
def test_a_permission_a_scope_or_a_choice_is_no_share_alike(clause: str, width: int | None) -> None:
    assert "share_alike" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", BINDING_CREDIT, ids=lambda v: v[:50])
def test_credit_among_the_binding_terms_is_attribution(clause: str, width: int | None) -> None:
    assert "attribution" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_BINDING_CREDIT, ids=lambda v: v[:50])
def test_credit_not_among_the_binding_terms_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)
