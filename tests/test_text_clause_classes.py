"""Phrasing classes generalised from held-out set r7's misses (round 5; r7 is in-sample since): each
class in several hand-written paraphrases (none is a real license's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no duty."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

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

# The same duties in the plainest words: a ban, a limit or a duty verb with what it governs, however
# the clause is built (round 5 generalisation: each was missed by the reader of 42a84d1).
PLAIN = [
    ("Commercial use of the Model is not permitted.", {"non_commercial"}),
    ("You may not use the Model for any commercial purpose.", {"non_commercial"}),
    ("Any commercial use of the Software is strictly prohibited.", {"non_commercial"}),
    ("The Model must not be used commercially.", {"non_commercial"}),
    ("You shall not use the Materials, or any part of them, for commercial gain.", {"non_commercial"}),
    ("This licence does not grant any right to use the Model for commercial purposes.", {"non_commercial"}),
    ("Use of the Model is restricted to non-commercial research.", {"non_commercial", "research_only"}),
    ("The Model is licensed for research and evaluation purposes only.", {"research_only"}),
    ("You may use the Model solely to conduct academic research.", {"research_only"}),
    ("The Software may only be used for research.", {"research_only"}),
    ("Use is limited to research purposes.", {"research_only"}),
    (
        "You must clearly state in your documentation that your product uses the Falcon model.",
        {"attribution"},
    ),
    ("You must give all recipients a copy of these terms.", {"include_license"}),
    ("If you modify the Model, you must clearly mark the modified version as such.", {"state_changes"}),
    ("You may not modify the Model or create derivative works of it.", {"no_derivatives"}),
    ("You are not permitted to create derivative works based on the Model.", {"no_derivatives"}),
    ("Redistribution of the Model, in whole or in part, is prohibited.", {"no_derivatives"}),
    ("You may not redistribute the weights.", {"no_derivatives"}),
    ("Any derivative of the Model must be released under this same License.", {"share_alike"}),
    (
        "If you distribute a modified version, you must license it under the terms of this Agreement.",
        {"share_alike"},
    ),
    ("Outputs may not be used to improve any other AI model.", {"no_training_other_models"}),
    ("We may revise this Agreement from time to time.", {"terms_may_change"}),
    ("You will not use the Model to create weapons or to harm people.", {"acceptable_use"}),
    ("This license does not extend to users located in the European Union.", {"territory"}),
    (
        "If you bring a patent claim against the Licensor alleging that the Model infringes, your licence terminates.",
        {"patent_termination"},
    ),
    (
        "If you sue anyone for patent infringement over the Model, your rights under this license end immediately.",
        {"patent_termination"},
    ),
    ("Providing the Model through an API to third parties is not allowed.", {"no_hosting"}),
    ("For commercial use, please contact licensing@example.com to obtain a license.", {"registration"}),
    ("Commercial licenses are available; contact sales@example.com.", {"registration"}),
    (
        "You must ensure that anyone you give the Model to agrees to the use restrictions of this License.",
        {"flow_down"},
    ),
    (
        "You must make the source code of your modifications available under this License.",
        {"source_disclosure", "share_alike"},
    ),
    ("You may not use the Model for commercial purposes without a separate license.", {"registration"}),
    ("This license is not available to any entity with over 100 million monthly users.", {"user_cap"}),
    (
        "If the monthly active users of your products exceed 50 million, you must obtain a separate license.",
        {"user_cap"},
    ),
    ('You must prefix the name of any derivative model with "Orca-".', {"naming"}),
    ("You must not use the Model to generate sexual content involving minors.", {"acceptable_use"}),
    ("You may not use the Model to provide medical advice.", {"acceptable_use"}),
    ("You will not use the Model to infringe the rights of others.", {"acceptable_use"}),
    ("Use of the Model in the United States is not permitted.", {"territory"}),
    ("Using the Model's outputs to develop competing products or models is prohibited.", {"no_training_other_models"}),
    (
        "Making the Model available to third parties through an online service requires a separate license.",
        {"no_hosting"},
    ),
    ("We may suspend or terminate your access to the Model at any time.", {"revocable"}),
    ("You must credit Orca Labs in the documentation of any product that uses the Model.", {"attribution"}),
    ("Any publication using the Model must cite the Orca paper.", {"attribution"}),
    ("If you redistribute the Model, you must include this License with it.", {"include_license"}),
    ("Modified versions must include a prominent statement describing the modifications.", {"state_changes"}),
    ("The Model may be used for academic purposes only.", {"research_only"}),
    (
        "You may not use the Model for any purpose other than non-commercial research.",
        {"non_commercial", "research_only"},
    ),
    ("You must impose the same use restrictions on anyone who receives the Model from you.", {"flow_down"}),
    ("Your agreements with downstream users must include the use restrictions in Attachment A.", {"flow_down"}),
    ("You must register at https://example.com/register before any commercial use.", {"registration"}),
    (
        "To use the Model commercially, you must first obtain written permission from the Licensor.",
        {"registration"},
    ),
    ("Sharing the Model with third parties is not allowed.", {"no_derivatives"}),
    ("You shall not use the Model to generate revenue.", {"non_commercial"}),
    ("You may not use the Model for monetary gain.", {"non_commercial"}),
    ("The Model is not licensed for use in mainland China.", {"territory"}),
    ("Users in the European Economic Area are not permitted to use the Model.", {"territory"}),
    ("You must include a notice stating that your product is based on Orca.", {"attribution"}),
    ("The Software is licensed solely for internal evaluation.", {"research_only"}),
    (
        "You agree to use the Model in compliance with all applicable laws and our Responsible AI Policy.",
        {"acceptable_use"},
    ),
    ("The Model must not be used to make decisions about employment or credit.", {"acceptable_use"}),
    ("Licensee shall not disclose the Model weights to any third party.", {"no_derivatives"}),
    ("Any copy you distribute must be accompanied by this Agreement.", {"include_license"}),
    ("The terms of this License apply to all derivatives of the Model.", {"share_alike"}),
    ("Derivatives of the Model remain subject to this License.", {"share_alike"}),
    (
        "If, on the release date, your company's revenue in the last fiscal year exceeded $100 million, you must "
        "request a license from us.",
        {"revenue_cap"},
    ),
    ("You may not make the Model available as part of a SaaS offering.", {"no_hosting"}),
    ("You may not host the Model for use by third parties.", {"no_hosting"}),
    ("You may not export the Model to Cuba, Iran, North Korea or Syria.", {"territory"}),
    ("The use restrictions in Exhibit B must be included in any license you grant to others.", {"flow_down"}),
    ("You must not remove, obscure or modify any licence notices in the Model.", {"notice"}),
    (
        "You are granted a license to use the Model for research purposes, not for commercial purposes.",
        {"research_only", "non_commercial"},
    ),
    (
        "Should you initiate litigation claiming that the Model infringes any patent, your license ends on the "
        "date such litigation is filed.",
        {"patent_termination"},
    ),
    (
        "You must obtain a commercial license from Orca Labs before deploying the Model in production.",
        {"registration"},
    ),
    ("Production use requires a commercial license.", {"registration"}),
    (
        "This Model may not be used for commercial purposes unless you have entered into a commercial agreement "
        "with us.",
        {"registration"},
    ),
    ("Copies of modified weights may not be distributed.", {"no_derivatives"}),
    ("You must provide a link to this License with any distribution.", {"include_license"}),
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
    "You may use the Model for commercial and non-commercial purposes.",
    "Nothing in this License restricts commercial use of the Model.",
    "This License does not grant you any right to use the Licensor's trademarks.",
    "Commercial use is permitted, subject to the terms of this License.",
    "Including but not limited to research, teaching and commercial products.",
    "You may distribute the Model under this License.",
    "You may not use the Licensor's name to harm its reputation.",
    "The Licensor will not be liable for any harm caused by the Model.",
    "We may update the model weights from time to time.",
    "These terms may be updated.",
    "You may modify the Model and create derivative works.",
    "We recommend that you mark modified versions as such.",
    "If you file a claim against us for breach of contract, please contact support.",
    "Redistribution is permitted provided that the conditions below are met.",
    "Providing the Model as a hosted service is permitted.",
    "You must ensure that your own use complies with the use restrictions.",
    "You shall not share your account credentials with others.",
    "You may not publish the results of benchmark tests to any third party.",
    "Uses by large firms outside their Commercial Use Agreement are strictly prohibited.",
    "You shall not use, copy or distribute the weights for any weapons or unlawful purposes.",
    "This License includes use restrictions in Attachment A.",
    "You acknowledge that the Model is provided as is, and you may credit us in your documentation.",
    "We may publish the monthly users of the service.",
    "Sharing results with third parties is encouraged.",
    "You must register to download the Model.",
    "Revenue from your own products is yours to keep.",
    "You may use the Model to generate revenue.",
    "Users in the European Union may use the Model under this License.",
    "You must comply with the terms of use of your cloud provider.",
    "This License applies to the Model as released.",
    "Companies whose annual revenue exceeds USD 10 million must obtain a commercial license.",
    "You may host the Model for others on your own servers.",
    "You may not distribute the Model to third parties who have not accepted this License.",
    "Modified weights may not be distributed unless they carry this License.",
    "Nothing here is for commercial purposes, but we welcome partners.",
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("sentence", "kinds"), POSITIVE + PLAIN, ids=lambda v: str(v)[:40])
def test_a_paraphrase_of_each_class_is_read(sentence: str, kinds: set[str], width: int | None) -> None:
    assert kinds_read(sentence, width) == kinds


@pytest.mark.parametrize("width", [None, 40, 76])
@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda v: v[:40])
def test_invitations_and_permissions_state_no_new_duty(sentence: str, width: int | None) -> None:
    reading = read_clause(sentence, width)
    # what these sentences do state: share-alike (distribution only under this licence), a use ban, a cap
    allowed = {"share_alike"} if "except under" in sentence else set()
    if "weapons" in sentence:
        allowed = {"acceptable_use"}  # a use ban, not a ban on passing the weights on
    if "annual revenue" in sentence:
        allowed = {"revenue_cap"}  # the cap, not a separate registration duty
    assert {ob.kind for ob in reading.obligations} == allowed


# Lists: duties under a duty lead-in ("you must:", "provided that you:"), bans under a ban lead-in,
# non-commercial among the bans (round 5).
LISTS = [
    (
        "If you distribute the Model or a Derivative, you must:\n(a) give every recipient a copy of this "
        "Agreement;\n(b) mark any files you changed with a prominent notice;\n(c) keep all copyright notices intact.",
        {"include_license", "state_changes", "notice"},
    ),
    (
        "You agree that you will not:\n1. use the Model for commercial purposes;\n2. redistribute the Model;\n"
        "3. use the Model in the European Union.",
        {"non_commercial", "no_derivatives", "territory"},
    ),
    (
        "The following uses are prohibited:\n- commercial use of any kind;\n- use in weapons development;\n"
        "- providing the Model as a hosted service.",
        {"non_commercial", "acceptable_use", "no_hosting"},
    ),
    (
        "Conditions. Redistribution is permitted provided that you:\n(a) include this License;\n"
        '(b) include the following attribution: "Orca by Orca Labs".',
        {"include_license", "attribution"},
    ),
    (
        "Prohibited Uses. You may not use the Model:\n(a) for any commercial purpose;\n"
        "(b) to develop models that compete with the Model.",
        {"non_commercial", "no_training_other_models"},
    ),
    # not duties: an invitation's list, a ban inside a duty list, a scope qualifier inside a ban list
    ("We encourage you to:\n(a) cite our paper in your publications;\n(b) mark files you changed.", set()),
    (
        "You may adapt this License subject to the following conditions:\n(i) you may not call your "
        "adaptation the Orca License;\n(ii) you may not use the Orca name in its title.",
        set(),
    ),
    (
        "You will not use the Model:\n(a) for commercial use only: to build a rival search engine;\n"
        "(b) to harass anyone.",
        {"acceptable_use"},
    ),
]


@pytest.mark.parametrize("width", [None, 40, 60, 76])
@pytest.mark.parametrize(("text", "kinds"), LISTS, ids=lambda v: str(v)[:40])
def test_list_items_are_read_with_their_lead_in(text: str, kinds: set[str], width: int | None) -> None:
    reading = read_clause(text, width)
    assert {ob.kind for ob in reading.obligations} == kinds
