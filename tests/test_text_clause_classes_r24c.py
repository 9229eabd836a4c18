"""Wording classes generalised from misses and a spurious reading of set r24 (round 14's fix source, helper fix24) in a
Portuguese licence, with their English and other-language counterparts: research confined by "only" before or after
it ("apenas para pesquisa", "para uso em pesquisa e ensino apenas", "per la ricerca esclusivamente"), not when the text
says it is not only for research; a lead-in that leaves its verb's complement to the list, with no colon ("## Ao usar os
pesos, você concorda em", "## By using the weights, you agree to"), its items read as duties; a negated infinitive
opening an item as a ban ("Não usar ..."); decisions about people left to the machine, banned (acceptable_use, in
English and in the Latin-script lexicons); the same terms passed on ("repassar estes mesmos termos"), not when the duty
is waived ("não precisa"); a table of the sources a work was made from and their licences, whose rows tell the sources'
terms, not this licence's. Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives. No positive here is read as its kind on main e902d6e."""

from __future__ import annotations

import pytest

from sentences import kinds_read, read_clause

WIDTHS = [None, 40, 60, 76]

# Research confined by "only", before it or after it: research_only.
ONLY_RESEARCH = [
    "Os pesos podem ser usados apenas para pesquisa.",
    "Os pesos são liberados para uso em pesquisa e ensino apenas.",
    "El modelo está disponible para investigación únicamente.",
    "Il modello può essere usato esclusivamente per la ricerca.",
]

NOT_ONLY_RESEARCH = [
    "Os pesos não são apenas para pesquisa; o uso comercial é permitido.",
    "O modelo pode ser usado para pesquisa e para fins comerciais.",
]

# A lead-in with no colon whose verb's complement is the list: its items are duties.
DANGLING_LEAD_IN = [
    (
        "## Ao usar os pesos, você concorda em\n\n1. Citar o artigo do projeto.\n"
        "2. Repassar estes mesmos termos a quem receber os pesos de você.",
        {"attribution", "share_alike"},
    ),
    (
        "## By using the weights, you agree to\n\n1. Keep the copyright notices.\n2. Include this licence.",
        {"include_license"},
    ),
]

NOT_DANGLING_LEAD_IN = [
    "## Ao usar os pesos, você pode\n\n1. Citar o artigo do projeto.\n2. Publicar resultados.",
]

# Decisions about people left to the machine, banned: acceptable_use.
AUTOMATED_DECISIONS = [
    "Não usar as pontuações em decisões automáticas sobre candidatos a emprego.",
    "Ao usar os pesos, você concorda em:\n\n1. Citar o projeto.\n2. Não transformar as predições em decisão "
    "automática sobre pessoas sem revisão humana.",
    "Do not turn the outputs into automatic decisions about people.",
    "You may not rely on the scores for fully automated decisions affecting employment.",
]

NOT_AUTOMATED_DECISIONS = [
    "A decisão automática sobre pessoas é rápida.",
    "The model makes automated decisions faster than people can.",
    "You may use the model for automated decisions about spare parts.",
]

# The same terms passed on: share_alike (or flow_down; the labels accept either).
PASSED_ON = ["Repasse estes mesmos termos a quem receber o modelo."]

NOT_PASSED_ON = ["Você não precisa repassar os mesmos termos a quem receber o modelo."]

# A table of the sources and their licences: its rows owe nothing under this licence.
SOURCE_TABLE = (
    "The weights are released for research only.\n\n"
    "| source | licence | effect on the weights |\n"
    "|---|---|---|\n"
    "| Corpus A | research only; commercial use requires a separate licence from DataCo | blocks commercial use |\n"
    "| Corpus B | CC BY 4.0: you must give appropriate credit | credit owed |"
)

# A table of this licence's own terms (no source column) binds.
OWN_TERMS_TABLE = (
    "| Term | Rule |\n|---|---|\n| Credit | You must credit Acme in your documentation. |\n| Research | Allowed. |"
)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", ONLY_RESEARCH, ids=lambda v: v[:50])
def test_research_confined_by_only_is_research_only(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == {"research_only"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_ONLY_RESEARCH, ids=lambda v: v[:50])
def test_research_not_the_only_purpose_is_no_research_only(clause: str, width: int | None) -> None:
    assert "research_only" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "kinds"), DANGLING_LEAD_IN, ids=lambda v: str(v)[:50])
def test_a_lead_in_with_no_colon_governs_its_items(clause: str, kinds: set[str], width: int | None) -> None:
    assert kinds <= kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DANGLING_LEAD_IN, ids=lambda v: v[:50])
def test_a_permission_heading_owes_nothing(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", AUTOMATED_DECISIONS, ids=lambda v: v[:50])
def test_automated_decisions_about_people_banned_are_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_AUTOMATED_DECISIONS, ids=lambda v: v[:50])
def test_automated_decisions_told_or_permitted_are_no_acceptable_use(clause: str, width: int | None) -> None:
    assert "acceptable_use" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", PASSED_ON, ids=lambda v: v[:50])
def test_the_same_terms_passed_on_are_share_alike(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) & {"share_alike", "flow_down"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_PASSED_ON, ids=lambda v: v[:50])
def test_the_same_terms_not_needed_are_no_share_alike(clause: str, width: int | None) -> None:
    assert not kinds_read(clause, width) & {"share_alike", "flow_down"}


@pytest.mark.parametrize("width", WIDTHS)
def test_a_source_table_tells_the_sources_terms_not_this_licences(width: int | None) -> None:
    reading = read_clause(SOURCE_TABLE, width)
    assert [(ob.kind, ob.source.start_line) for ob in reading.obligations] == [("research_only", 3)]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_table_of_the_licences_own_terms_binds(width: int | None) -> None:
    assert "attribution" in kinds_read(OWN_TERMS_TABLE, width)
