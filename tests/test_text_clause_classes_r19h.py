"""Wording classes generalised from misses of sets r19 and r20 (round 12's fix sources, helper fixH) of the kinds
no_hosting, acceptable_use and user_cap: hosting classed with the commercial uses a non-commercial licence
withholds (a definition of commercial use that takes it in, as an inline clause or a list item under the
definition's lead-in; "... is not a non-commercial purpose"; "... is deemed commercial use"; "This includes ..."
after a use that needs a separate licence); HTML list items (<li>) under a ban lead-in; a permission withheld
("No permission is granted to use ...", "Nothing in this Licence permits you to ..."); a ground on which the
licensor may end the licence that names a harmful use; a user count named before what it counts and compared
after it. Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at
40, 60 and 76 columns, with negatives that share the words but state no duty of the kind. No positive here is
read on r12 (959b37a), and r12 read the invitation's HTML list ("We encourage you to: <li>credit the authors")
as an attribution duty (its items were one block with no lead-in)."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# A non-commercial limit, then hosting classed with the commercial uses: no_hosting, cited at the hosting words
# (the line given, counted from the clause's first line as 3).
HOSTING_CLASSED = [
    (
        "You may use the Weights for Non-Commercial Purposes only.\n\n"
        '"Commercial Use" includes, without limitation:\n\n'
        "(a) selling copies of the Weights;\n\n"
        "(b) serving the Weights or their outputs to others through a public API or other online service;\n\n"
        "(c) using them in advertising.",
        9,
    ),
    (
        "The Model is licensed for non-commercial use only. Commercial use means any use for commercial advantage, "
        "including offering the Model as a hosted service to third parties.",
        3,
    ),
    (
        "You may only use the Software for noncommercial purposes.\n\n"
        "For clarity, running the Software as a service for other people is not a noncommercial purpose.",
        5,
    ),
    (
        "Use of the Model is restricted to non-commercial research.\n\n"
        "Making the Model available over an API shall be deemed a commercial use.",
        5,
    ),
    (
        "This licence is for non-commercial use only. Every other use requires a separate written licence from "
        "Acme. This includes SaaS deployment and paid consulting.",
        3,
    ),
]

# Hosting named only as commerce, as the channel of one's own product, as a permission or a non-commercial
# purpose, under a numbered subsection that ends the definition's list, or classed where nothing is withheld.
NOT_HOSTING_CLASSED = [
    "You may use the Model for non-commercial purposes only. Commercial use includes hosting the Model for a fee.",
    "The Model may be used for non-commercial purposes only. Commercial use includes distributing your own "
    "application, including through a hosted service.",
    "You may use the Model for non-commercial purposes only. You may host the Model as a free public demo.",
    "You may use the Model for non-commercial purposes only. Non-commercial purposes include hosting a free demo "
    "for students.",
    "Use of the Model is limited to non-commercial purposes.\n\nHosted Services",
    "Use of the Model is limited to non-commercial purposes. Commercial Use includes:\n\n"
    "3.1 Products\n\nUse in products sold to customers.\n\n"
    "3.2 Hosted Access\n\nProviding access to the Model by means of:\n\n(a) a commercial API;\n\n(b) cloud hosting.",
    "Commercial use includes hosting the Model as a service. You may use the Model for any purpose.",
    "The Model is for non-commercial use only. Commercial use means use for profit, but does not include hosting a "
    "free demo of the Model.",
]

# HTML list items under a ban lead-in, each read after it as the items of a plain-text list are: the kind.
HTML_ITEMS = [
    (
        "You agree not to use Zephyr-9 or anything built on it:\n\n<ul>\n  <li>to stalk or harass any person;</li>\n"
        "  <li>to write poems about cats.</li>\n</ul>",
        "acceptable_use",
    ),
    (
        "Licensee may not use Aurora-3B:\n\n<ul>\n<li>for spreading disinformation about elections,</li>\n"
        '<li class="last">for grading essays.</li>\n</ul>',
        "acceptable_use",
    ),
    (
        "You must never use the Model:\n\n<OL>\n<LI>In military targeting systems</LI>\n"
        "<LI>For grading essays</LI>\n</OL>",
        "acceptable_use",
    ),
]

# HTML items under a permission or an invitation lead-in; a <link> tag is no list item.
NOT_HTML_ITEMS = [
    "You may use the Model:\n\n<ul>\n  <li>for research on harassment detection;</li>\n"
    "  <li>to teach military history.</li>\n</ul>",
    "We encourage you to:\n\n<ul>\n<li>credit the authors in papers;</li>\n<li>share your fine-tunes.</li>\n</ul>",
    '<link rel="license" href="https://example.org/terms">\n\nThe Model is provided as is.',
]

# A permission withheld for a harmful use: acceptable_use.
WITHHELD = [
    "No permission is granted to use the Model to stalk or harass anyone.",
    "No licence or permission is conferred to use the Weights to build weapons.",
    "No rights are granted to you to deploy the Weights for the harassment of journalists.",
    "Nothing in this Licence permits you to deploy the Model for unlawful surveillance of workers.",
]

NOT_WITHHELD = [
    "No permission is granted to use the Licensor's logos.",
    "No rights are granted other than those stated here.",
    "No permission is needed to use the Model for research on harassment.",
    "Nothing in this Licence prevents you from using the Model to study disinformation.",
]

# A ground on which the licensor may end the licence that names a harmful use: acceptable_use.
TERMINATION_GROUNDS = [
    "Acme may terminate this Licence at once if you use the Model for unlawful purposes.",
    "The Licensor may suspend your access where the Licensee uses the Weights to harass or defame others.",
]

NOT_TERMINATION_GROUNDS = [
    "Acme may terminate this Licence if you fail to pay the fees.",
    "You may terminate this Licence if Acme uses your data unlawfully.",
    "Acme may terminate this Licence if you use the Model in breach of these terms.",
]

# A user count named before what it counts, compared after it: user_cap with its threshold and metric.
USER_COUNTS = [
    (
        "If the monthly active users of all products offered by you or your affiliates are more than 2 million, you "
        "must obtain a licence from Acme.",
        {"threshold": 2_000_000, "metric": "monthly_active_users"},
    ),
    (
        "Where the total monthly unique users (MUU) of the services run by the Licensee, or for it, exceed 300,000 in "
        "any month, a commercial licence is required.",
        {"threshold": 300_000, "metric": "monthly_active_users"},
    ),
]

NOT_USER_COUNTS = [
    "We count monthly active users of the demo for our own statistics; more than 500 researchers took part.",
    "The monthly active users of the Model are reported to Acme each quarter, and reports are more than 10 pages.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "line"), HOSTING_CLASSED, ids=lambda v: str(v)[:50])
def test_hosting_classed_with_commercial_use_is_no_hosting(clause: str, line: int, width: int | None) -> None:
    found = cited(clause, width)
    assert [reading for reading in found if reading[0] == "no_hosting"] == [("no_hosting", line, line, {})]
    assert "non_commercial" in {reading[0] for reading in found}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_HOSTING_CLASSED, ids=lambda v: v[:50])
def test_hosting_as_commerce_a_product_channel_or_a_permission_is_no_hosting_ban(
    clause: str, width: int | None
) -> None:
    assert "no_hosting" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kind"), HTML_ITEMS, ids=lambda v: str(v)[:50])
def test_html_list_items_are_read_with_their_ban_lead_in(clause: str, kind: str, width: int | None) -> None:
    assert [reading[0] for reading in cited(clause, width)] == [kind]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_HTML_ITEMS, ids=lambda v: v[:50])
def test_html_items_under_a_permission_or_an_invitation_read_nothing(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", WITHHELD + TERMINATION_GROUNDS, ids=lambda v: v[:50])
def test_a_permission_withheld_or_a_termination_ground_naming_a_harm_is_acceptable_use(
    clause: str, width: int | None
) -> None:
    assert [reading for reading in cited(clause, width) if reading[0] == "acceptable_use"] == [
        ("acceptable_use", 3, 3, {})
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_WITHHELD + NOT_TERMINATION_GROUNDS, ids=lambda v: v[:50])
def test_withheld_rights_or_termination_grounds_naming_no_harm_are_no_acceptable_use(
    clause: str, width: int | None
) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "params"), USER_COUNTS, ids=lambda v: str(v)[:50])
def test_a_user_count_compared_after_what_it_counts_is_a_user_cap(
    clause: str, params: dict[str, object], width: int | None
) -> None:
    found = [reading for reading in cited(clause, width) if reading[0] == "user_cap"]
    assert len(found) == 1 and found[0][1:3] == (3, 3)
    assert {key: found[0][3].get(key) for key in params} == params


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_USER_COUNTS, ids=lambda v: v[:50])
def test_a_user_count_with_no_comparison_of_its_own_is_no_user_cap(clause: str, width: int | None) -> None:
    assert "user_cap" not in kinds_read(clause, width)
