"""Wording classes generalised from the misses and spurious readings of sets r15 and r16 (round 10's fix
sources) of the kinds registration, non_commercial, no_hosting and outputs_make_derivatives. Each class in
hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76
columns, with negatives that share the words but state no duty of the kind. Every positive here was not read
on main 9c3ec72; every file-hosting negative was read there as no_hosting, every excluding definition as
outputs_make_derivatives and every Chinese "no application needed" as registration."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

# Commercial use gated by the licensor's consent in three shapes: a commercial offering "without prior
# (express) written permission"; any use beyond the grant "requires" the licensor's written leave (read over
# the whole document: document_readings); a contact for commercial licensing given after a colon.
REGISTRATION = [
    "You must not use the Model in any commercial product or service, whether directly or indirectly, "
    "without prior written permission from Acme.",
    "The Weights may not be deployed in commercial services without the prior express written consent of the Author.",
    "Use of the checkpoints in commercial offerings without written consent from Acme Labs is not allowed.",
    "Any use of the Model beyond the scope of this licence requires the prior written permission of Acme.",
    "Any use not expressly permitted by this License requires a separate written agreement with the Licensor.",
    "All other uses of the weights outside this grant require express written consent from Acme.",
    "For commercial licensing inquiries: acme.example/licensing",
    "For commercial licenses: licensing@acme.example",
    "For commercial use enquiries: https://acme.example/contact",
]

NOT_REGISTRATION = [
    "You may use the Model in commercial products without any permission from us.",
    "Any use not expressly permitted by this License is prohibited.",
    "Any use of the Licensor's trademarks requires prior written permission.",
    "For commercial purposes: the grant in section 2 applies as well.",
    "Any use beyond the grant requires that you comply with applicable law.",
]

# A commercial use among the items of a ban the licensor's leave lifts, the leave named before the ban or after
# it: commercial use is asked for (registration), whatever else the items state.
LEAVE_LEAD_INS = [
    "Except with the prior written consent of Acme, you shall not:\n(a) sell the Model;\n"
    "(b) use the Model in any commercial product or service;\n(c) share the Model publicly.",
    "Unless with Acme's written permission, you may not:\n1. integrate the Weights into a commercial application;\n"
    "2. publish the Weights.",
    "You shall not, without the prior written consent of Acme:\n(a) deploy the Model commercially;\n"
    "(b) use the Model to build weapons.",
]

NO_LEAVE_LEAD_INS = [
    # the leave lifts no commercial use
    "Except with prior written permission from Acme, you may not:\n(a) share the Model;\n"
    "(b) use the Model for military purposes.",
    # an exception that is no licensor's leave, or none at all
    "You may not, except as permitted by law:\n(a) use the Model for commercial purposes;\n(b) share it.",
    "You may not:\n(a) use the Model in commercial products;\n(b) share it.",
]

# Chinese: commercial use that "needs no" application (无需 / 无须 / 不需要) is granted, not gated; a need stated
# (须 / 需要) still is registration.
ZH_NO_APPLICATION_NEEDED = [
    "本模型可用于商业使用\uff0c商用无需另行申请授权。",
    "商业用途无须登记\uff0c也无须取得许可。",
    "商业使用不需要申请授权。",
]

ZH_APPLICATION_NEEDED = [
    "商业使用须事先申请书面授权。",
    "商业用途需要向我们登记并获得许可。",
]

# Commercial use banned: building the model into commercial offerings with a list of verbs ("incorporate,
# bundle, embed, or invoke ... in or from"); a grant confined to a named person's own purposes, one of them
# non-commercial ("solely for that person's own private, personal, and non-commercial use").
NON_COMMERCIAL = [
    "You may not incorporate, bundle, embed, or invoke the Model in or from any commercial product or service.",
    "You must not integrate, embed, or invoke the Model or any of its parts in or from any commercial product.",
    "Licensee shall not incorporate, package or invoke the Weights, in whole or in part, "
    "in or from commercial services.",
    "Permission is granted to an individual solely for that person's own private, personal, and non-commercial use.",
    "The Licensor licenses the Model solely for the Licensee's own personal and non-commercial purposes.",
    "Use is allowed solely for the researcher\u2019s own private and non-commercial study.",
]

# A grant confined to a defined term whose definition is non-commercial: the term's own words ("for the
# Licensee's own ..., non-commercial use"; CC's "not intended for or directed towards commercial advantage").
TERM_NON_COMMERCIAL = [
    '"Covered Use" means executing the Weights, unmodified, inside the Acme app on hardware the Licensee operates, '
    "for the Licensee's own hobby, non-commercial use.\n\nAcme grants you a licence to use the Weights solely for "
    "Covered Use.",
    '"Study Purposes" means internal study not intended for or directed towards commercial advantage or monetary '
    "compensation.\n\nThe Licensor grants you a licence to use the Software solely for Study Purposes.",
    "\u201cAllowed Activity\u201d means teaching and hobby projects that are non-commercial.\n\nThe Weights may be "
    "used only for the Allowed Activity.",
]

NOT_TERM_NON_COMMERCIAL = [
    # the definition takes in commercial use too; the term limits no grant
    '"Permitted Use" means any use, commercial or non-commercial.\n\nYou may use the Model solely for Permitted Use.',
    '"Authorized Use" means your own non-commercial use.\n\nThe Licensor may publish examples of Authorized Use.',
]

NOT_NON_COMMERCIAL = [
    "You may incorporate, bundle or embed the Model in any commercial product.",
    "Permission is granted solely for Acme's own purposes, commercial or not.",
    "You may not embed the Model in any product that breaks the law; commercial products are welcome.",
]

# Hosting listed beside mirroring, torrents, file sharing or downloads is of the files (a redistribution
# ban), not a hosted service; hosting as a service still reads.
FILE_HOSTING = [
    "You may not redistribute, re-host, mirror, or make the Model available for download.",
    "Do not share the checkpoints through any medium, including file sharing, hosting, mirroring or torrents.",
    "You shall not host or mirror the Weights on any public server.",
]

# Use inside a service others reach: the model in a service, website, API or bot "made available to" third
# parties or the public (whether or not the licensor's consent lifts the ban).
SERVICE_FOR_OTHERS = [
    "You may not use the Model, or any version of it, in any app, service, website, API or bot that is made "
    "available to third parties.",
    "Without our written consent, the Weights may not be used in a platform or chatbot accessible to members of "
    "the public.",
    "The checkpoints must not be used in any website or API that is offered to others.",
]

NOT_SERVICE_FOR_OTHERS = [
    "You may use the Model in any service made available to the public.",
    "You may not use the Model in any application distributed to third parties.",
    "You may not use the Model in any service that is unavailable to the public.",
]

# A definition of derivatives taking in distillation, whose next words take models trained on the outputs out
# ("A model trained on Outputs is not a Derivative Model"): no outputs_make_derivatives; a next sentence that
# takes them in, or denies something else, leaves the reading.
DERIVATIVES_EXCLUDING_OUTPUTS = [
    '"Derivative Model" means any model made by fine-tuning or distilling the Model. A model trained on outputs of '
    "the Model is not a Derivative Model.",
    '"Derivatives" means modifications of the Model, including distilled versions. Models trained using its outputs '
    "are not derivatives.",
    "Derivative Works: any adaptation of the Weights, distillation included. A network trained with generations of "
    "the Weights shall not be deemed a Derivative Work.",
]

DERIVATIVES_TAKING_OUTPUTS_IN = [
    '"Derivative Model" means any model made by fine-tuning or distilling the Model. A model trained on outputs of '
    "the Model is also a Derivative Model.",
    '"Derivatives" means modifications of the Model, including distilled versions. Derivatives may not be sold.',
]

HOSTED_SERVICE = [
    "You may not host the Model as a service for third parties.",
    "You may not offer the Model to others through a hosted API.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", REGISTRATION, ids=lambda v: v[:50])
def test_commercial_use_gated_by_the_licensors_written_leave_is_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"registration"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_REGISTRATION, ids=lambda v: v[:50])
def test_no_leave_asked_of_the_licensor_for_commercial_use_is_no_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NON_COMMERCIAL, ids=lambda v: v[:50])
def test_commercial_offerings_banned_or_own_non_commercial_use_is_non_commercial(
    clause: str, width: int | None
) -> None:
    assert kinds_read(clause, width) == {"non_commercial"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_commercial_words_that_ban_nothing_commercial_are_not_non_commercial(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", FILE_HOSTING, ids=lambda v: v[:50])
def test_hosting_files_beside_mirrors_and_downloads_is_no_hosted_service(clause: str, width: int | None) -> None:
    # nothing but the redistribution ban (no_derivatives: read from the first since round 11, fixE)
    assert kinds_read(clause, width) <= {"no_derivatives"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", HOSTED_SERVICE, ids=lambda v: v[:50])
def test_hosting_as_a_service_still_reads(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_hosting"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "line"), list(zip(LEAVE_LEAD_INS, [(5, 5), (4, 4), (4, 4)], strict=True)))
def test_a_commercial_item_under_a_ban_the_licensors_leave_lifts_is_registration(
    clause: str, line: tuple[int, int], width: int | None
) -> None:
    # cited at the commercial item (line 5 or 4), not at the lead-in
    assert [found for found in cited(clause, width) if found[0] == "registration"] == [("registration", *line, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("clause", "kinds"),
    # what the items state, and no registration; an exception before a ban qualifies the whole ban (so the second
    # list, "except as permitted by law", reads nothing: the lead-in design, docs/text-reading.md "List lead-ins");
    # sharing under the licensor's leave is merely gated (round 11, fixE: no no_derivatives in the first list)
    list(zip(NO_LEAVE_LEAD_INS, [{"acceptable_use"}, set(), {"non_commercial"}], strict=True)),
)
def test_no_commercial_item_or_no_licensors_leave_is_no_registration(
    clause: str, kinds: set[str], width: int | None
) -> None:
    assert kinds_read(clause, width) == kinds


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", TERM_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_grant_confined_to_a_term_defined_as_non_commercial_is_non_commercial(text: str, width: int | None) -> None:
    # cited at the grant that names the term (line 5), not at the definition
    assert cited(text, width) == [("non_commercial", 5, 5, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_TERM_NON_COMMERCIAL, ids=lambda v: v[:50])
def test_a_term_defined_otherwise_or_limiting_no_grant_is_not_non_commercial(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SERVICE_FOR_OTHERS, ids=lambda v: v[:50])
def test_use_in_a_service_others_reach_is_no_hosting(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"no_hosting"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_SERVICE_FOR_OTHERS, ids=lambda v: v[:50])
def test_no_ban_on_a_service_others_reach_is_no_hosting(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", DERIVATIVES_EXCLUDING_OUTPUTS, ids=lambda v: v[:50])
def test_a_definition_whose_next_words_exclude_models_from_outputs_is_no_outputs_reading(
    text: str, width: int | None
) -> None:
    assert "outputs_make_derivatives" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", DERIVATIVES_TAKING_OUTPUTS_IN, ids=lambda v: v[:50])
def test_a_definition_taking_in_distillation_still_reads(text: str, width: int | None) -> None:
    assert "outputs_make_derivatives" in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ZH_NO_APPLICATION_NEEDED)
def test_chinese_commercial_use_needing_no_application_is_no_registration(clause: str, width: int | None) -> None:
    assert "registration" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ZH_APPLICATION_NEEDED)
def test_chinese_commercial_use_needing_an_application_is_registration(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"registration"}
