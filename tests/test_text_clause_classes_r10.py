"""Wording classes generalised from held-out set r10's misses and its one spurious reading (round 7;
r10 is in-sample since): each class in several hand-written paraphrases (none is a real license's
wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, and negatives that share the words
but state no duty of the kind. Every positive here was not read (or read as another kind) before."""

from __future__ import annotations

import pytest

from openlint.text.read import read_text
from sentences import HEAD, kinds_read, read_clause

# (text, the kinds it states: exactly these are read)
POSITIVE = [
    # terms_may_change: the change as a noun; acceptance by continued use
    ("The Licensor may make changes to this License.", {"terms_may_change"}),
    ("We reserve the right to periodically publish updates or new versions of these Terms.", {"terms_may_change"}),
    ("Acme can issue amendments to the Agreement.", {"terms_may_change"}),
    ("We may from time to time update this Agreement.", {"terms_may_change"}),
    ("The Licensor may, at any time, revise these Terms.", {"terms_may_change"}),
    (
        "Your continued use of the weights after any update constitutes acceptance of the new terms.",
        {"terms_may_change"},
    ),
    # attribution: a citation owed with what you pass on
    ("When you share the Model, you must include a clear and visible citation to the Heron paper.", {"attribution"}),
    ("Anyone redistributing the weights shall provide an appropriate citation of the original work.", {"attribution"}),
    ("Recipients are required to cite the Heron model when they pass it on.", {"attribution"}),
    # attribution: a statement of origin after a longer noun phrase
    (
        "If you publish a dataset of outputs, you shall provide a clear notice in the dataset stating that the "
        "dataset was generated using the Model.",
        {"attribution"},
    ),
    (
        "You must add a short line in the model card stating that it has been produced with Heron.",
        {"attribution"},
    ),
    # flow_down: other terms allowed while this license's restrictions hold
    (
        "You may license your derivatives under your own terms, provided that the use restrictions of this "
        "Agreement continue to apply.",
        {"flow_down"},
    ),
    (
        "Fine-tuned weights may be offered under other conditions as long as the restrictions herein remain in force.",
        {"flow_down"},
    ),
    ("Any terms you attach to a derivative must be no less restrictive than this License.", {"flow_down"}),
    # notice: a quoted notice without an article; notices kept intact; a notice on each copy
    ('You shall include copyright notice "Copyright 2024 Heron Labs" in every report.', {"notice"}),
    ("Redistributors must keep intact all the notices that refer to this Agreement.", {"notice"}),
    ("You may copy the weights, provided that you place on each copy an appropriate copyright notice.", {"notice"}),
    # notice: an unquoted copyright line after "the following copyright notice ...:"
    ("Every distribution must show the following copyright notice:\n**Copyright (c) Heron Labs 2023**", {"notice"}),
    (
        "You may share the tool if the following notice is displayed prominently: \u00a9 2022 Heron Institute. "
        "All rights reserved.",
        {"notice"},
    ),
    ("Copies must display the following legend: Copyright (c) 2024 Acme Corp.", {"notice"}),
    # notice: removal in a list of bans, notices named by their owner
    ("You will not:\n(a) obscure or minimize any notices of the Licensor in the weights.", {"notice"}),
    ("You may not:\n(i) block or obfuscate the trademark notices included in the Model.", {"notice"}),
    # research_only / non_commercial: purposes as a list after "solely / only (by whom) for"
    (
        "The institute grants you the right to use the data solely by you for academic, research, and "
        "non-commercial purposes.",
        {"research_only", "non_commercial"},
    ),
    (
        "You may run the checkpoints solely for non-commercial, non-profit, research purposes.",
        {"research_only", "non_commercial"},
    ),
    (
        "Use is permitted only for teaching, scientific research or non-commercial uses.",
        {"research_only", "non_commercial"},
    ),
    # research_only: academic use
    ("The grant is for academic non-commercial use only.", {"research_only", "non_commercial"}),
    ("Use of the Model is limited to academic research.", {"research_only"}),
    ("The software may be used for scholarly purposes only.", {"research_only"}),
    ("Use of the Software is permitted only for academic purposes.", {"research_only"}),
    # non_commercial: a purpose negated
    ("You may reproduce the Work for any lawful purpose that is not a Commercial Use.", {"non_commercial"}),
    ("The license covers use for purposes which do not involve commercial activity.", {"non_commercial"}),
    # share_alike: a derivative or redistribution to be licensed under the same terms as this License
    ("Any derivative you distribute is to be licensed as a whole under the terms of this License.", {"share_alike"}),
    (
        "Redistribution is allowed provided that it will be made under the same terms and conditions as in this "
        "Licence.",
        {"share_alike"},
    ),
    ("Use of any modification is subject to the terms of this Agreement.", {"share_alike"}),
    # state_changes: notices saying which parts changed
    ("A modified copy must carry notices indicating which files have been changed.", {"state_changes"}),
    ("Include a statement identifying what parts you have altered.", {"state_changes"}),
    # include_license: "an" before the copy
    ("Each copy must be accompanied by an unaltered copy of this Agreement.", {"include_license"}),
    # no_hosting: a hosted solution
    ("You will not provide the Model as a managed hosted solution for others.", {"no_hosting"}),
    # revocable: termination at the licensor's own judgement
    (
        "Heron Labs may suspend or terminate this license immediately if it determines that continued "
        "availability would expose it to legal risk.",
        {"revocable"},
    ),
    ("The Licensor can revoke your rights where it reasonably believes that export laws require it.", {"revocable"}),
    # patent_termination: the rights ending first, the suit after
    (
        "This License terminates automatically if you breach it, or if you bring any legal action alleging "
        "that the Model infringes a patent.",
        {"patent_termination"},
    ),
    (
        "Your rights will end at once should you file a lawsuit claiming that the weights infringe your "
        "intellectual property.",
        {"patent_termination"},
    ),
    # a further step of the same classes (each fails on 2193fae)
    ("The Provider may introduce amendments to this Policy.", {"terms_may_change"}),
    ("We can release revised versions of the license.", {"terms_may_change"}),
    (
        "By continuing to use the Model after the changes take effect, you agree to the revised terms.",
        {"terms_may_change"},
    ),
    ("Redistributions must carry a citation of the original publication.", {"attribution"}),
    ("You agree to include an acknowledgement of the Lab in any derivative you share.", {"attribution"}),
    (
        "Derivatives may be licensed on other terms so long as those terms keep the use restrictions in Schedule A.",
        {"flow_down"},
    ),
    ("Your downstream terms must preserve the restrictions of Section 4.", {"flow_down"}),
    ("All copies must retain the notices of the authors.", {"notice"}),
    (
        "Licensee may use the Data exclusively for internal non-commercial research.",
        {"research_only", "non_commercial"},
    ),
    ("The Software may be used for purposes that are not commercial in nature.", {"non_commercial"}),
    ("Any modified version you distribute shall be licensed under this same Agreement.", {"share_alike"}),
    ("You must document which components you altered.", {"state_changes"}),
    (
        "We may terminate this licence with immediate effect if we reasonably believe it is necessary.",
        {"revocable"},
    ),
    (
        "Your licence will terminate if you, or anyone on your behalf, files a claim that the Model infringes "
        "any patent.",
        {"patent_termination"},
    ),
]

# Ban lists whose lead-in opens with an exception to the whole ban: the items are still bans.
LISTS = [
    (
        "Unless applicable law gives you more rights, you will not (and have no right to):\n"
        "a) remove or modify any notices of the Licensor in the Model;\n"
        "b) use the Model to create or spread malware; or\n"
        "c) offer the Model as a stand-alone hosted solution for others to use.",
        {"notice", "acceptable_use", "no_hosting"},
    ),
    (
        "Except as this Agreement expressly allows, you may not:\n"
        "(i) use the Model for any commercial purpose;\n"
        "(ii) redistribute the Model.",
        {"non_commercial", "no_derivatives"},
    ),
]

NEGATIVE = [
    # the spurious reading: an offer of a commercial licence, nothing to do
    "Commercial licenses are available from Heron Labs under a separate agreement.",
    "A commercial license is also available for enterprises.",
    # changes to the model, not to the terms
    "The Licensor may make changes to the Model at any time.",
    "We reserve the right to publish updates of the weights.",
    # a citation invited, or a reference to the licence itself
    "We would appreciate a citation to our paper.",
    "You must include a reference to this License in your documentation.",
    # limitations of liability, not use restrictions
    "You may distribute the Model on your own terms, provided that the limitations of liability remain in effect.",
    # a research or commercial grant list naming commercial use
    "You may use the Model solely for internal, research, and commercial purposes.",
    "The weights are provided only for research and educational purposes and for commercial products.",
    # the licensor's own release, not a derivative's licence
    "The Model is distributed under the terms of this License.",
    "You agree that you and any Derivative Works are bound by the terms of this Agreement.",
    # termination for breach is not revocable
    "The Licensor may terminate this License if it determines that you have breached it.",
    # a licence describing its own restrictions, not terms for others
    "These terms include the use restrictions in Attachment A.",
    "Keep the notice of termination for your records.",
    # a ban list whose lead-in makes its items exceptions
    "You may not use the Model except:\n(a) for research on malware detection;\n(b) to host it for others.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "kinds"), POSITIVE + LISTS, ids=lambda v: str(v)[:40])
def test_a_paraphrase_of_each_r10_class_is_read(sentence: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(sentence, width) == kinds


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_r10_look_alikes_state_no_duty_of_the_class(sentence: str, width: int | None) -> None:
    reading = read_clause(sentence, width)
    # what some of these do state: a research-only grant; the exception list names none of its items' kinds
    allowed = {"research_only"} if "research and educational" in sentence else set()
    assert {ob.kind for ob in reading.obligations} == allowed


def test_an_unquoted_copyright_line_is_the_notice_text() -> None:
    text = HEAD + "Every distribution must show the following copyright notice:\n**Copyright (c) Heron Labs 2023**\n"
    (ob,) = read_text(text, "LICENSE").obligations
    assert (ob.kind, ob.parameters()["text"], ob.source.start_line, ob.source.end_line) == (
        "notice",
        "Copyright (c) Heron Labs 2023",
        3,
        4,
    )


def test_a_quoted_notice_without_an_article_keeps_its_text() -> None:
    text = HEAD + 'You shall include copyright notice "Copyright 2024 Heron Labs" in every report.\n'
    (ob,) = read_text(text, "LICENSE").obligations
    assert (ob.kind, ob.parameters()["text"]) == ("notice", "Copyright 2024 Heron Labs")
