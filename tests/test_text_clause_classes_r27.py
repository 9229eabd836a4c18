"""Wording classes generalised from the misses of held-out set r27 (round 15's fix source, helper fix27): Japanese
clauses (a duty stated as a need, conditions imposed on others, prohibited acts named by their harm), the clause
layer's concepts of origin r27 (rules/clause-lexicon.toml), a negative "should" read as a ban by that layer, a grant for
non-commercial research beside teaching, and Chinese misuse bans.
Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76
columns, with near misses sharing its words that must not read: invitations, waivers, the licensor's own conduct,
disclaimers, bans lifted by a separate licence. Every positive here fails on b806514 (no reading of its kind); every
negative passes there too."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

# Japanese: a credit stated as a need ("... が必要です").
JA_CREDIT_NEEDED = [
    "本モデルで作成した作品を公開するときは、クレジット表記が必要です。",
    "配布物には著作者名の表示が必要となります。",
    "二次創作物には出典を明記することが必要です。",
]
JA_CREDIT_NOT_NEEDED = [
    "クレジット表記は必要ありません。",
    "クレジット表記は任意です。",
    "「ABC」とクレジットを記載すれば、商用利用が可能です。",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", JA_CREDIT_NEEDED, ids=lambda v: v[:20])
def test_a_japanese_credit_stated_as_a_need_is_attribution(clause: str, width: int | None) -> None:
    assert "attribution" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", JA_CREDIT_NOT_NEEDED, ids=lambda v: v[:20])
def test_a_japanese_credit_waived_optional_or_conditional_is_no_duty(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


# Japanese: observance of the terms required of those the licensee passes the work to.
JA_FLOW_DOWN = [
    "本モデルを他者に提供する場合は、当該他者に対しても本規約の遵守を求めてください。",
    "再配布先に本規約への同意を義務付けるものとします。",
    "ライセンシーに対し、同一の条件の順守を要求しなければなりません。",
]
JA_NO_FLOW_DOWN = [
    "他者に対し本規約の遵守を義務付ける必要はありません。",
    "第三者に対して本規約の遵守を求めるかどうかは任意です。",
    "他者に本モデルを提供することができます。",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", JA_FLOW_DOWN, ids=lambda v: v[:20])
def test_japanese_observance_required_of_others_is_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", JA_NO_FLOW_DOWN, ids=lambda v: v[:20])
def test_japanese_observance_waived_or_optional_is_no_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" not in kinds_read(clause, width)


# Japanese: prohibited acts named by their harm (the items of a list of prohibited acts, or banned outright).
JA_HARM_BANNED = [
    "## 禁止される行為\n\n- 法令に違反する行為\n- 本モデルの逆アセンブル",
    "## 禁止事項\n\n- 他人に損害を与える利用\n- 権利表示の削除",
    "差別的な表現を生成することを禁止します。",
]
JA_HARM_NOT_BANNED = [
    "本モデルの利用により第三者に損害を与える行為が生じた場合でも、製作者は一切の責任を負いません。",
    "公序良俗に反しない範囲でご利用いただけます。",
    "法令に違反する行為によって生じた損害について、開発者は責任を負いません。",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", JA_HARM_BANNED, ids=lambda v: v[:20])
def test_japanese_harmful_acts_listed_or_banned_are_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", JA_HARM_NOT_BANNED, ids=lambda v: v[:20])
def test_japanese_harm_disclaimed_or_permitted_is_no_use_policy(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


# A credit owed by what the licensee publishes, the publication the clause's subject.
PUBLICATION_CITES = [
    "Any published work or presentation using this corpus must cite the original source.",
    "Every talk that presents results from this corpus must credit the original source.",
    "Posters or presentations based on the recordings shall acknowledge the collectors.",
]
PUBLICATION_NEED_NOT_CITE = [
    "Publications may cite the collection.",
    "Papers drawing on the recordings need not cite us.",
    "Any publication must acknowledge that the recordings are provided as is.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PUBLICATION_CITES, ids=lambda v: v[:50])
def test_a_credit_owed_by_the_publication_is_attribution(clause: str, width: int | None) -> None:
    assert "attribution" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PUBLICATION_NEED_NOT_CITE, ids=lambda v: v[:50])
def test_a_credit_permitted_waived_or_an_acknowledged_fact_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


# A prescribed citation owed, whoever the clause's subject is.
PRESCRIBED_CITATION = [
    "Researchers must include the following bibtex entry in their work: Doe et al. 2020.",
    "Teams shall quote the citation below when presenting results.",
    "Entrants are required to give the following acknowledgement in their reports.",
]
PRESCRIBED_CITATION_OFFERED = [
    "Researchers may use the following citation.",
    "If you wish, include the following reference in your paper.",
    "The following citation is optional.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PRESCRIBED_CITATION, ids=lambda v: v[:50])
def test_a_prescribed_citation_owed_is_attribution(clause: str, width: int | None) -> None:
    assert "attribution" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PRESCRIBED_CITATION_OFFERED, ids=lambda v: v[:50])
def test_a_prescribed_citation_offered_is_no_attribution(clause: str, width: int | None) -> None:
    assert "attribution" not in kinds_read(clause, width)


# Misuse banned, named by the harm it would do (a negative "should" a ban, not an invitation).
MISUSE_BANNED = [
    "These recordings must never be misused, in particular for warfare.",
    "The images should not be misused to endanger public safety.",
    "Misuse of the corpus is prohibited, especially for weapons research.",
]
MISUSE_NOT_BANNED = [
    "We cannot prevent the recordings from being misused to harm people, and we accept no liability for it.",
    "Others may misuse the images to harm people; the licensor disclaims all liability for that.",
    "The images should be used to improve public health.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", MISUSE_BANNED, ids=lambda v: v[:50])
def test_a_ban_on_harmful_misuse_is_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", MISUSE_NOT_BANNED, ids=lambda v: v[:50])
def test_misuse_disclaimed_or_advice_to_use_is_no_use_policy(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


# The people in the data not to be identified or reached.
IDENTITY_BANNED = [
    "You must not try to determine the identity of any donor.",
    "Recipients shall not contact the patients whose scans are included.",
    "I will not attempt to uncover the identities of study volunteers.",
]
IDENTITY_NOT_BANNED = [
    "You may not contact the patients unless the ethics board approves.",
    "We will not disclose the identity of any participant.",
    "Contact the authors with any questions about the scans.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", IDENTITY_BANNED, ids=lambda v: v[:50])
def test_a_ban_on_learning_who_subjects_are_or_contacting_them_is_acceptable_use(
    clause: str, width: int | None
) -> None:
    assert "acceptable_use" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", IDENTITY_NOT_BANNED, ids=lambda v: v[:50])
def test_gated_contact_licensor_conduct_and_contacting_authors_are_no_use_policy(
    clause: str, width: int | None
) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


# Whoever the licensee shares with held to the agreement.
SHARED_WITH_BOUND = [
    "I will require anybody to whom I give copies of the data to abide by these terms.",
    "You must make any person you pass the files to comply with the terms of this licence.",
    "You must require everyone you share the model with to adhere to the conditions of this licence.",
]
SHARED_WITH_NOT_BOUND = [
    "You must require everyone on your team to comply with this agreement.",
    "We will require anyone we share your data with to comply with our privacy policy.",
    "You may share the model with anyone, who need not comply with any terms.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SHARED_WITH_BOUND, ids=lambda v: v[:50])
def test_requiring_those_shared_with_to_comply_is_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", SHARED_WITH_NOT_BOUND, ids=lambda v: v[:50])
def test_team_members_the_licensors_policy_and_no_terms_are_no_flow_down(clause: str, width: int | None) -> None:
    assert "flow_down" not in kinds_read(clause, width)


# Access asked for, or given, for a research purpose.
ACCESS_FOR_RESEARCH = [
    "I am applying for access to the imaging archive for the purpose of academic research.",
    "The consortium grants you access to the recordings for the purposes of scholarly work.",
    "We request access to these data for the purpose of non-profit research.",
]
ACCESS_FOR_OTHER_PURPOSES = [
    "I request access to the data for the purpose of product development.",
    "The consortium grants you access to the data for the purpose of commercial and research use.",
    "Access to the archive is logged for the purpose of security audits.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ACCESS_FOR_RESEARCH, ids=lambda v: v[:50])
def test_access_for_a_research_purpose_is_research_only(clause: str, width: int | None) -> None:
    assert "research_only" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ACCESS_FOR_OTHER_PURPOSES, ids=lambda v: v[:50])
def test_access_for_other_or_commercial_purposes_is_no_research_limit(clause: str, width: int | None) -> None:
    assert "research_only" not in kinds_read(clause, width)


# A grant for non-commercial research beside teaching or education.
RESEARCH_AND_TEACHING_GRANT = [
    "The Licensor grants the Licensee a right to use the corpus for non-commercial research and educational purposes.",
    "We hereby grant the Licensee the right to use the data for non-commercial research or educational uses.",
    "The Board grants the user a revocable right to process scans for non-commercial research and scientific uses.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", RESEARCH_AND_TEACHING_GRANT, ids=lambda v: v[:50])
def test_a_grant_for_non_commercial_research_and_teaching_is_both_limits(clause: str, width: int | None) -> None:
    assert {"non_commercial", "research_only"} <= kinds_read(clause, width)


def test_a_grant_for_research_and_teaching_including_commercial_use_is_no_limit() -> None:
    clause = "We grant you the right to use the data for research and educational purposes, including commercial ones."
    assert not {"non_commercial", "research_only"} & kinds_read(clause)


# Chinese: misuse banned, or a use that would harm health or safety (read as English "not be misused" is).
ZH_MISUSE_BANNED = [
    "请勿滥用本模型。",
    "这些录音不应被误用。",
    "本数据集不得用于危害公众健康的研究。",
]
ZH_MISUSE_NOT_BANNED = [
    "我们不对任何滥用本模型造成的后果负责。",
    "为防止滥用，我们建议您遵守相关法律。",  # noqa: RUF001
    "本数据集可用于公共卫生研究。",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ZH_MISUSE_BANNED, ids=lambda v: v[:20])
def test_a_chinese_ban_on_misuse_or_harm_to_health_is_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ZH_MISUSE_NOT_BANNED, ids=lambda v: v[:20])
def test_chinese_misuse_disclaimed_or_advised_against_is_no_use_policy(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)
