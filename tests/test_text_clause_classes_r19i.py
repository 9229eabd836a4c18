"""Conditions on redistribution generalised from the misses of r19/r20 (round 12, fixI): notices, credit, the
licence's copy, marked changes, the same terms and terms bound on recipients, said in wordings the reader did not
know. Every phrasing is hand-written (no licence's wording), read unwrapped and re-wrapped at 40, 60 and 76
columns; each positive was not read, or read without its text, on r12 (959b37a). Negatives share the words but
owe nothing: invitations, permissions, the licensor's records, notices sent between the parties, headings."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# (text, exactly the kinds read)
POSITIVE = [
    # a permission's conditions as a list: "only if:", "as long as you:", "so long as:" (lead_in.DUTY), the items
    # said in the passive or with their own subject
    (
        "You may pass the checkpoints on to others, but only if:\n"
        "(a) each copy is accompanied by this Licence;\n"
        "(b) all copyright notices are kept.",
        {"include_license", "notice"},
    ),
    (
        "Redistribution of the weights is allowed as long as you:\n"
        "1. keep all the original notices; and\n"
        "2. make sure that your changes are plainly marked.",
        {"notice", "state_changes"},
    ),
    (
        "You may copy the dataset, so long as:\n"
        "2.1. You include all credit information that came with the dataset; and\n"
        "2.2. You bind every recipient to the terms of this Agreement.",
        {"notice", "flow_down"},
    ),
    # a duty lead-in that ends with its verb: each item is its object
    (
        "Each redistributed copy must retain:\n(a) the copyright notices; and\n(b) the attribution notices shipped "
        "with the Model.",
        {"notice"},
    ),
    # a grant, then a proviso: what follows the proviso is owed ("are free to" invites nothing there)
    ("You are free to copy and remix the weights for any purpose, provided you credit the authors.", {"attribution"}),
    (
        "You are free to use and adapt this model, as long as you give appropriate credit and mark any changes you "
        "made.",
        {"attribution", "state_changes"},
    ),
    # "link" as the verb of a condition
    ("Reuse is fine, provided you link to the licence.", {"include_license"}),
    (
        "If you share the files, you must credit the authors and link to this License.",
        {"attribution", "include_license"},
    ),
    # changes identified, in the passive; a plain verb of saying
    ("You may share the weights provided that any modifications are clearly identified.", {"state_changes"}),
    ("When you share a fine-tuned model, you must tell recipients that you modified the weights.", {"state_changes"}),
    ("If you pass the model on, you must say plainly that you have changed it.", {"state_changes"}),
    # notices by any name
    ("Anyone redistributing the data must preserve the dataset notices listed in NOTICE.md.", {"notice"}),
    ("Redistributors shall keep all provenance and licensing notices that accompany the files.", {"notice"}),
    # recipients bound to these terms
    (
        "If you redistribute the model, you must oblige each recipient to accept the terms of this License.",
        {"flow_down"},
    ),
    # sharing under this licence, the duty governing the verb
    (
        "If you share the Model or a Derivative, you must:\n1. pass the Derivative on under this license, not under "
        "looser terms.",
        {"share_alike"},
    ),
    (
        "When you hand on a modified model, you must:\n(a) share the modified model under this Agreement, and not on "
        "more permissive terms.",
        {"share_alike"},
    ),
    ("If you make an adapter public, you must share it under these terms, not others.", {"share_alike"}),
    ("Anyone who publishes a fine-tune shall offer it under this License only.", {"share_alike"}),
    # the source named among other duties, or the other way round
    (
        "Anyone sharing the model must keep this file, credit Heron Labs as the original authors, and retain the "
        "licence.",
        {"attribution", "include_license"},
    ),
    ("You must name the Heron project as the source of the weights.", {"attribution"}),
]

# The same conditions in other wrappings: bullets, a bold heading, a blockquote, HTML, roman items.
POSITIVE += [
    (
        "You may redistribute the Model only if:\n\n- a copy of this License accompanies it;\n- all copyright and "
        "attribution notices are preserved; and\n- your changes are clearly marked.",
        {"include_license", "notice", "state_changes"},
    ),
    (
        "**Redistribution.** You may share the weights so long as you:\n\n* keep every attribution notice that came "
        "with them;\n* tell recipients that you changed the weights, if you did.",
        {"notice", "state_changes"},
    ),
    (
        "> You may share the data, as long as:\n> 1. the Licence goes with each copy; and\n> 2. each recipient is "
        "bound by the terms of this Licence.",
        {"include_license", "flow_down"},
    ),
    (
        "<p>You are free to share and adapt the weights, provided you give appropriate credit, link to the licence "
        "and indicate if changes were made.</p>",
        {"attribution", "include_license", "state_changes"},
    ),
    (
        "Sharing is permitted on condition that:\n(i) changes are identified in a CHANGES file; and\n(ii) this "
        "Agreement is included with every copy.",
        {"state_changes", "include_license"},
    ),
]

# (text, the kind read with its text)
WITH_TEXT = [
    # a bare credit label gives the text of the credit owed elsewhere (one reading, not two)
    (
        "You are free to copy the files, provided that you give appropriate credit.\n\n"
        'Attribution: "Tern weights by Ana Ruiz, 2025"',
        "attribution",
        "Tern weights by Ana Ruiz, 2025",
    ),
    (
        "If you redistribute the model, you must credit the authors in your documentation.\n\n"
        "Credit line: \u201cKestrel model, Kestrel Lab, 2024\u201d. Please also cite our paper.",
        "attribution",
        "Kestrel model, Kestrel Lab, 2024",
    ),
    # a required notice under a label of its own
    (
        "Required Notice: Copyright 2025 Heron Labs. All rights reserved.\n\n"
        "You must include the Required Notice with every copy.",
        "notice",
        "Copyright 2025 Heron Labs. All rights reserved",
    ),
    # a quoted block after a duty to show it
    (
        'If you distribute a fine-tune, you must state in its model card:\n\n"Based on the Heron model by Heron Labs."',
        "attribution",
        "Based on the Heron model by Heron Labs",
    ),
    (
        "You may share your adapters only if you:\n(a) keep this Licence with them; and\n(b) display prominently on "
        'the download page:\n\n"Adapter built on Kestrel, by Kestrel Lab."',
        "attribution",
        "Adapter built on Kestrel, by Kestrel Lab",
    ),
    (
        "Display the following line in any application that uses the weights:\n\n"
        '"Speech by Kestrel, Kestrel Lab 2025."',
        "attribution",
        "Speech by Kestrel, Kestrel Lab 2025",
    ),
    (
        'Every copy shall display:\n\n"Heron is licensed under the Heron Open License. Copyright 2025 Heron Labs."',
        "notice",
        "Heron is licensed under the Heron Open License. Copyright 2025 Heron Labs",
    ),
    # a quoted licence statement as the object of a duty, no noun before it
    (
        "The README of every copy must contain 'The Heron weights are licensed under the Heron Open License.'",
        "notice",
        "The Heron weights are licensed under the Heron Open License",
    ),
    (
        "Your NOTICE file shall include \u201cKestrel is released under the Kestrel Research Agreement.\u201d",
        "notice",
        "Kestrel is released under the Kestrel Research Agreement",
    ),
    # a licence statement set apart, read to its closing quote
    (
        "Keep the following statement with every copy:\n\n"
        '"Heron is licensed under the Heron Open License. Copyright (c) 2025 Heron Labs. All rights reserved."',
        "notice",
        "Heron is licensed under the Heron Open License. Copyright (c) 2025 Heron Labs. All rights reserved",
    ),
]

# Sharing the words, owing nothing of these kinds.
NEGATIVE = [
    "You may share the model only if you want to.",
    "We would appreciate a citation, provided you find the model useful.",
    "You are free to credit the authors.",
    "You are free to share the weights. We would appreciate a link to the licence.",
    "Click the link to the licence for details.",
    "You may link to the licence from your site.",
    "Changes to this License are identified in the changelog.",
    "Modifications made by the Licensor are listed in the release notes.",
    "The release date and any later modifications are documented in the repository history and shall serve as "
    "evidence of publication.",
    "You may tell others that you modified the weights.",
    "You must send all notices to the Licensor at legal@example.com.",
    "All notices under this Agreement must be given in writing.",
    "If you distribute the Model under this License, you must keep it safe.",
    "You may distribute the weights under this License.",
    'Attribution: "Tern weights by Ana Ruiz, 2025"',
    'We\'d appreciate credit.\n\nAttribution: "Tern weights by Ana Ruiz, 2025"',
    'For example, you may state:\n\n"Based on the Heron model by Heron Labs."',
    '## Attribution\n\n"Based on the Heron model by Heron Labs."',
    "You must not include 'The Heron weights are licensed under the Heron Open License.' in your own files.",
    "You may identify Heron Labs as the source of the weights.",
    "You must not name Heron Labs as the source of your model.",
    "Notice: This is a draft.",
    "The Licensor must retain:\n(a) all records of access.",
    "You may share the model, so long as:\n(a) you do not charge for it.",
    "Recipients are bound by the terms of this License.",
    "This License is included in the repository for reference.",
    "The Licence goes with the Model when you download it.",
    "You must keep all notices received from the Licensor confidential.",
    'Show the world what you built:\n\n"Made with Kestrel"',
    "You shall retain copies of all notices sent under this Agreement.",
    "If you modify the Model, you must tell us that you modified it.",
    'The Licensor shall display on its website:\n\n"Based on the Heron model by Heron Labs."',
    "The parties agree that any scanned copy of this signed agreement shall have the same force as the original.",
    "If you breach these terms, your rights end and you agree to delete any copy of the licensed weights.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), POSITIVE, ids=lambda v: str(v)[:50])
def test_conditions_on_sharing_are_read(clause: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kind", "text"), WITH_TEXT, ids=lambda v: str(v)[:50])
def test_a_text_owed_is_read_with_its_words(clause: str, kind: str, text: str, width: int | None) -> None:
    reading = read_clause(clause, width)
    assert [ob.parameters().get("text") for ob in reading.obligations if ob.kind == kind] == [text]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NEGATIVE, ids=lambda v: v[:50])
def test_invitations_permissions_and_others_notices_owe_nothing(clause: str, width: int | None) -> None:
    assert (
        kinds_read(clause, width)
        & {
            "notice",
            "attribution",
            "include_license",
            "state_changes",
            "share_alike",
            "flow_down",
        }
        == set()
    )
