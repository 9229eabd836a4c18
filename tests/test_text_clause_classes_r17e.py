"""Wording classes generalised from the no_derivatives misses of sets r14, r15 and r18 (round 11's fix sources,
helper fixE): sharing bans the reader did not see. In this taxonomy an outright ban on passing the material on
is no_derivatives (the only sharing ban; held_out.json's "about" and its labels), while a ban the licensor's
consent lifts is merely gated (the n53 convention). Each class in hand-written paraphrases (none a real
licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with negatives that share the words
but ban no sharing. Every positive here was not read as no_derivatives on main edeb3b1; the items under a leave named
before the ban were read there as no_derivatives and no_hosting."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# A sharing verb first or in the middle of a list of verbs, the object after the list ("distribute, rent or
# lend the Weights"), also "or otherwise make ... available".
SHARING_VERB_LISTS = [
    "Licensee shall not distribute, sublicense, rent or lend the Weights.",
    "You must not share, upload or mirror the checkpoints.",
    "You may not publish, re-upload or otherwise make the Dataset available for download.",
]

NOT_SHARING_VERB_LISTS = [
    # a permission; a ban the licensor's consent or a separate agreement lifts
    ("You may redistribute, re-host or mirror the Model.", set()),
    ("You may not redistribute, re-host or mirror the Model without our written consent.", set()),
    ("You may not distribute, rent or lend the Model except under a separate agreement.", set()),
    # a purpose ban, and a place ban whose verbs include "use"
    ("You may not distribute, sell or license the Model for commercial purposes.", {"non_commercial"}),
    ("You will not distribute or otherwise use the Model within Atlantis.", set()),
    # no sharing verb governs the model
    ("You may not share your password with the Model.", set()),
]

# Copies put where others reach them: copying, uploading, mirroring, forking the material to a public (or any
# other) repository, platform, hub or server, active or passive.
COPIES_TO_PUBLIC_PLACES = [
    "You may not copy, upload or mirror the Weights to any public repository, platform or website.",
    "The checkpoints must not be posted to any public repository.",
    "Licensee shall not clone or fork the Model to any platform not operated by Acme.",
    "The model files shall not be uploaded or mirrored on any third-party hub or server.",
]

NOT_COPIES_TO_PUBLIC_PLACES = [
    "You may copy the weights to any platform you control.",
    "You must not copy the weights to any repository without our written permission.",
    "You must not upload personal data to the platform.",
    "You must not copy the weights to any repository other than your own private one.",
    "The weights may be uploaded to any public repository.",
]

# Bulleted items with no closing punctuation under a ban lead-in, each item a list of gerunds ("Redistributing,
# selling, or sharing the weights" read as "you must not redistribute, sell, or share the weights"): each bullet
# is an item of its own, wherever the lines break. Kinds with the line each is cited at.
GERUND_LISTS = [
    (
        "You are strictly prohibited from:\n- Using the weights for any commercial purpose\n"
        "- Redistributing, selling, or sharing the weights\n- Fine-tuning the weights for deployment",
        [("no_derivatives", 5, 5, {}), ("non_commercial", 4, 4, {})],
    ),
    (
        "The following are not allowed:\n* Copying or mirroring the checkpoints to any public hub\n"
        "* Renting, lending or distributing the checkpoints",
        [("no_derivatives", 4, 4, {})],
    ),
    (
        "Licensee is prohibited from:\n\u2022 Sublicensing, publishing or sharing the Model\n"
        "\u2022 Deploying the Model in weapons systems",
        [("acceptable_use", 5, 5, {}), ("no_derivatives", 4, 4, {})],
    ),
]

NOT_GERUND_LISTS = [
    # a permission lead-in; a ban the licensor's consent lifts, named after the ban or before it
    "You are free to:\n- Copy, modify, and share the weights\n- Use the weights commercially",
    "You may not, without our prior written consent:\n- Redistributing, selling or sharing the weights\n"
    "- Mirroring the weights to any public hub",
    "Except with our written permission, you may not:\n- Sharing, renting or lending the Model\n"
    "- Uploading the Model to any public repository",
]

# Items with no marks at all: a ban lead-in that ends its block, then a block whose sentences open with a gerund
# (after a short label): each such sentence is an item. Cited at the first sharing item.
UNMARKED_ITEMS = [
    (
        "The following acts are forbidden and end this licence:\n\n"
        "Public mirroring: Uploading or forking the weights to any public repository.\n"
        "Resale: Renting, lending or distributing the Model.",
        5,
    ),
    (
        "Licensee must refrain from the following:\n\nRedistributing or selling the Model. "
        "Misrepresenting the origin of the Model.",
        5,
    ),
    (
        "4. BANNED ACTS\nThe following actions are prohibited under this Agreement:\n\n"
        "Building weapons with the Weights.\nRe-hosting: Mirroring the Weights on any public server.",
        7,
    ),
]

NOT_UNMARKED_ITEMS = [
    # sentences that open with no gerund; a permission lead-in; no lead-in at all
    "The following is prohibited:\n\nYou may redistribute the Model. Nothing here limits sharing.",
    "The following acts are permitted:\n\nUploading the weights to any public repository.\nDistributing the Model.",
    "Some notes follow.\n\nRedistributing the Model is welcome. Sharing the checkpoints helps everyone.",
    # a lead-in stating what a ban leaves out
    "Prohibited uses do not include:\n\nUploading the weights to any public repository.",
    "The restrictions above do not apply to:\n\nRedistributing, renting or lending the Model.",
]

# A verb the text defines as passing copies on to others, then banned ("You may not Convey unmodified
# Materials"): a sharing ban whatever the verb's everyday sense.
DEFINED_SHARING_VERBS = [
    '"Convey" means to propagate the Work so that a third party can make or receive copies.\n\n'
    "You may not Convey unmodified Materials, but you may Convey your own results provided that you credit us.",
    '"Release" or "Released" means making the Model available to the public.\n\nLicensee shall not Release the Model.',
    '"Transmit" means providing copies of the Weights to any other persons.\n\n'
    "You must not Transmit the Weights in whole or in part.",
]

NOT_DEFINED_SHARING_VERBS = [
    # defined as no passing on; permitted; gated by consent
    '"Convey" means to run the Work on your own computer.\n\nYou may not Convey the Work.',
    '"Convey" means to propagate the Work so that a third party can make or receive copies.\n\n'
    "You may Convey the Work.",
    '"Convey" means to propagate the Work so that a third party can make or receive copies.\n\n'
    "You may not Convey the Work without our written consent.",
]

# Distribution banned "except as permitted herein" where nothing in the text permits distributing: the exception
# points back at a grant that gives no such right.
BEYOND_GRANT = [
    "Acme grants you a personal, non-exclusive license to use the Software for research.\n\n"
    "You may not distribute, copy or use the Software except as expressly permitted herein.",
    "The Licensee shall not distribute the Weights except as permitted by this Agreement.",
    "Licensee agrees not to copy or redistribute the Dataset except as explicitly authorized under this Licence.",
]

NOT_BEYOND_GRANT = [
    # the grant permits distributing (a licence to, a "may", "rights to"); another exception
    "Acme grants you a licence to use, copy and distribute the Software.\n\n"
    "You may not distribute, copy or use the Software except as expressly permitted herein.",
    "You may copy and distribute the Program.\n\n"
    "You may not sublicense or distribute the Program except as expressly provided under this License.",
    "Acme grants you the rights to use, modify and distribute the Weights.\n\n"
    "You may not distribute the Weights except as permitted by this Agreement.",
    "You may not distribute the Weights except as required by law.",
]

# Sharing and hosting items under a ban the licensor's leave lifts, the leave named before the ban ("Except with
# the prior written consent of Acme, you shall not:"): merely gated, as when it is named after the ban; the same
# items under a plain ban still read.
LEAVE_BEFORE_THE_BAN = (
    "Except with the prior written consent of Acme, you shall not:\n(a) mirror, re-host or redistribute the Weights;\n"
    "(b) offer the Weights as a hosted API to third parties."
)
PLAIN_BAN = (
    "You shall not:\n(a) mirror, re-host or redistribute the Weights;\n"
    "(b) offer the Weights as a hosted API to third parties."
)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SHARING_VERB_LISTS, ids=lambda v: v[:50])
def test_a_sharing_verb_anywhere_in_a_verb_list_is_no_derivatives(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("no_derivatives", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), NOT_SHARING_VERB_LISTS, ids=lambda v: str(v)[:50])
def test_verb_lists_permitted_gated_or_for_a_purpose_are_no_sharing_ban(
    clause: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", COPIES_TO_PUBLIC_PLACES, ids=lambda v: v[:50])
def test_copies_put_in_public_places_banned_is_no_derivatives(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("no_derivatives", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_COPIES_TO_PUBLIC_PLACES, ids=lambda v: v[:50])
def test_copies_in_own_places_permitted_or_gated_are_no_sharing_ban(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "readings"), GERUND_LISTS, ids=lambda v: str(v)[:50])
def test_bulleted_gerund_lists_under_a_ban_are_items_each(text: str, readings: list[object], width: int | None) -> None:
    assert cited(text, width) == readings


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_GERUND_LISTS, ids=lambda v: v[:50])
def test_gerund_lists_permitted_or_gated_are_no_sharing_ban(text: str, width: int | None) -> None:
    assert "no_derivatives" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "line"), UNMARKED_ITEMS, ids=lambda v: str(v)[:50])
def test_unmarked_gerund_sentences_after_a_ban_lead_in_are_items(text: str, line: int, width: int | None) -> None:
    assert [found for found in cited(text, width) if found[0] == "no_derivatives"] == [
        ("no_derivatives", line, line, {})
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_UNMARKED_ITEMS, ids=lambda v: v[:50])
def test_unmarked_sentences_not_under_a_ban_or_not_gerunds_are_no_items(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", DEFINED_SHARING_VERBS, ids=lambda v: v[:50])
def test_a_banned_verb_defined_as_passing_copies_on_is_no_derivatives(text: str, width: int | None) -> None:
    # cited at the ban (line 5), not at the definition
    assert cited(text, width) == [("no_derivatives", 5, 5, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_DEFINED_SHARING_VERBS, ids=lambda v: v[:50])
def test_a_defined_verb_not_sharing_permitted_or_gated_is_no_sharing_ban(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", BEYOND_GRANT, ids=lambda v: v[:50])
def test_distribution_banned_beyond_a_grant_that_permits_none_is_no_derivatives(text: str, width: int | None) -> None:
    assert [found[0] for found in cited(text, width)] == ["no_derivatives"]
    assert cited(text, width)[0][1] == text.count("\n") + 3  # the ban's line (the text's last)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_BEYOND_GRANT, ids=lambda v: v[:50])
def test_distribution_beyond_a_grant_that_permits_it_is_no_sharing_ban(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
def test_sharing_and_hosting_under_a_leave_named_before_the_ban_are_gated(width: int | None) -> None:
    assert kinds_read(LEAVE_BEFORE_THE_BAN, width) == set()
    assert cited(PLAIN_BAN, width) == [("no_derivatives", 4, 4, {}), ("no_hosting", 5, 5, {})]
