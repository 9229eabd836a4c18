"""Wording classes generalised from the misses of three r23 texts (round 13's fix sources, helper fixQ): a French
research licence of which nothing was read, a Portuguese use policy and a short English proprietary model licence
with "You MAY:" / "You may NOT:" lists. Each class in hand-written paraphrases (none a real licence's wording), in the
language it was missed in and in the other languages the reader handles where the clause has the same shape, read
unwrapped and re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no obligation of the
kind (a permission, a ban denied, a duty waived, an invitation, a grant open to other purposes). Every positive here
was not read on f35543d.

Other languages (openlint.text.patterns.foreign_clauses, foreign_lexicon, lead_in):
- A grant for research ("vous accorde le droit d'utiliser le logiciel pour des usages de recherche") is research_only,
  a grant for non-commercial use ("autorise l'utilisation ... à des fins non commerciales") non_commercial.
- A condition on a permission is a duty ("à condition que", "desde que", "a condizione che"); a lead-in ending in a
  condition or a duty and a colon governs its list items, read as duties.
- The licence itself attached ("que la présente licence soit jointe"): include_license.
- Copyright notices kept ("les mentions de copyright soient conservées"): notice.
- Recipients bound by the same limits ("les destinataires soient également limités à ...", "soumis aux mêmes
  restrictions"): flow_down.
- Changes marked ("indiquer qu'il s'agit d'une version modifiée"): state_changes.
- A modified work that stays under the licence ("le logiciel modifié reste soumis à la présente licence"): share_alike.
- A commercial licence to obtain ("doit obtenir une licence commerciale"), and "exploitation financière" or "fins
  lucratives" as commercial use: registration.
- Harmful uses banned ("é proibido utilizar ... para atividades ilegais"): acceptable_use; a ban on decompiling or
  reverse engineering is no ban on modifying or sharing (no no_derivatives).
- The licensor's reserved right to change its use policy ("esta Política de Uso"): terms_may_change.
- A credit in the form the documentation recommends ("selon la formulation recommandée dans ...") is still owed.

English (openlint.text.lead_in, patterns.purposes, gates_bans, caps_credit, rules/clause-lexicon.toml):
- A bare "You may:" lead-in: its items are read for the purposes the grant names (research_only) and a credit it is
  given on (attribution); research with a "personal" or "private" qualifier is research.
- A permission given "with attribution" (the credit ending the clause) owes the credit.
- Commercial as one of a list of settings ("in commercial, client-facing, or production environments") banned without
  a valid commercial licence: registration.
- Hosting named beside downloading, copying or cloning the files is of the files: no no_hosting."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

POSITIVES: dict[str, list[str]] = {
    "research_only": [
        "L'éditrice vous accorde, à titre gratuit :\n\n- le droit d'utiliser les poids pour des travaux de recherche.",
        "La présente licence autorise l'utilisation des poids dans le cadre de la recherche universitaire.",
        "El autor le concede el derecho a utilizar el modelo para fines de investigación.",
        "L'autrice concede il diritto di utilizzare i pesi a fini di ricerca.",
        "A autora concede o direito de utilizar os pesos para fins de pesquisa.",
        "Die Autorin gewährt das Recht, die Gewichte für Forschungszwecke zu nutzen.",
        # English: a bare "You may:" lead-in, research with a qualifier
        "You may:\n\n- Query the checkpoints for private research and benchmarking.",
        "You may run the checkpoints for personal research and demos.",
    ],
    "non_commercial": [
        "Cette licence autorise l'utilisation du jeu de données à des fins non commerciales.",
        "El autor autoriza el uso de los pesos para proyectos no comerciales.",
        "A autora autoriza a utilização dos pesos em projetos não comerciais.",
    ],
    "registration": [
        "Quiconque souhaite exploiter les poids à des fins commerciales doit obtenir une licence commerciale auprès de"
        " l'éditrice.",
        "Toute exploitation financière du modèle est soumise à l'accord de l'éditrice.",
        "Quien desee explotar el modelo con fines comerciales debe obtener una licencia comercial del autor.",
        "Chi vuole usare i pesi per scopi commerciali deve ottenere una licenza commerciale dall'autrice.",
        "Quem quiser usar os pesos para fins comerciais deve obter uma licença comercial junto à autora.",
        # English
        "You may not run the weights in commercial, customer-facing or production settings without a valid commercial"
        " licence.",
        "Licensees shall not deploy the checkpoints in commercial environments without a paid licence.",
    ],
    "include_license": [
        "Vous pouvez partager les poids avec d'autres équipes, à condition que :\n\n- cette licence soit jointe.",
        "Vous pouvez partager les poids à condition de joindre la présente licence.",
        "Puede compartir los pesos siempre que se adjunte esta licencia.",
        "Você pode compartilhar os pesos desde que esta licença seja anexada.",
        "Può condividere i pesi a condizione che la presente licenza sia allegata.",
    ],
    "notice": [
        "Vous pouvez redistribuer le code, à condition que :\n\n- les avis de droit d'auteur de l'éditrice soient"
        " conservés.",
        "Vous devez conserver les mentions de copyright dans chaque copie.",
        "Debe conservar los avisos de copyright en todas las copias.",
        "Você deve manter os avisos de direitos autorais em todas as cópias.",
        "Deve conservare le note di copyright in ogni copia.",
        "Die Urheberrechtsvermerke müssen in jeder Kopie beibehalten werden.",
    ],
    "flow_down": [
        "Vous pouvez partager le modèle, à condition que :\n\n- ses destinataires soient eux aussi limités à un usage"
        " éducatif.",
        "Les copies partagées doivent indiquer qu'elles sont soumises aux mêmes restrictions que l'original.",
        "Puede compartir el modelo siempre que sus destinatarios queden sujetos a este uso.",
        "Você pode compartilhar o modelo desde que os destinatários fiquem vinculados a este uso.",
    ],
    "state_changes": [
        "Lorsque vous partagez une copie modifiée, vous devez indiquer :\n\n- qu'il s'agit d'une version modifiée.",
        "Vous devez signaler clairement les modifications apportées au code.",
        "Debe indicar claramente los cambios realizados en el código.",
        "Você deve indicar claramente as alterações feitas no código.",
        "Deve segnalare chiaramente le modifiche apportate al codice.",
    ],
    "share_alike": [
        "Toute version modifiée des poids reste soumise à la présente licence.",
        "Cualquier versión modificada del código sigue sujeta a esta licencia.",
        "Qualsiasi versione modificata dei pesi resta soggetta alla presente licenza.",
        "Qualquer versão modificada do código permanece sujeita a esta licença.",
    ],
    "acceptable_use": [
        "É proibido utilizar o assistente para:\n\n- **Fraude**: golpes contra consumidores.",
        "É proibido usar o assistente para fins fraudulentos.",
        "Il est interdit d'utiliser le modèle pour des activités illégales.",
        "Queda prohibido utilizar el asistente para el acoso de personas.",
        "È vietato usare il modello per attività illecite.",
    ],
    "terms_may_change": [
        "A empresa reserva-se o direito de alterar esta política a qualquer momento.",
        "L'éditrice se réserve le droit de modifier cette politique.",
        "La empresa se reserva el derecho de modificar esta política de uso.",
    ],
    "attribution": [
        "Tout article fondé sur ce modèle doit citer l'autrice, selon la formulation recommandée dans le dépôt.",
        # English: the credit conditioning a permission
        "You MAY:\n\n- Reproduce brief passages of the outputs in coursework with attribution.",
        "You may quote brief passages of the outputs in papers with proper credit.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "research_only": [
        "L'éditrice autorise l'utilisation des poids pour la recherche et à des fins commerciales.",
        "L'éditrice autorise l'utilisation des poids, y compris pour la recherche.",
        "La autora no limita el uso a la investigación: autoriza su uso para cualquier fin comercial.",
        "You may:\n\n- use the checkpoints for any purpose, including research.",
        "You may:\n\n- use the checkpoints for research or commercial products.",
        # personal use a purpose of its own beside research
        "You may:\n\n- use the checkpoints for personal, teaching, or research purposes.",
        "You may use the checkpoints for personal or research purposes.",
    ],
    "registration": [
        "Vous n'êtes pas tenu d'obtenir une licence commerciale pour l'enseignement.",
        "Quien quiera colaborar puede escribir al autor.",
    ],
    "include_license": [
        "Il n'est pas obligatoire de joindre la présente licence aux copies internes.",
        "La presente licencia se publica en el sitio web del autor.",
    ],
    "notice": [
        "L'éditrice conserve tous les droits sur le logiciel.",
        "No es obligatorio conservar los avisos de copyright en las copias internas.",
    ],
    "flow_down": [
        "Les destinataires peuvent nous écrire pour toute question.",
        "Você pode enviar o modelo aos destinatários que escolher.",
    ],
    "state_changes": [
        "Vous pouvez décrire les modifications apportées au code si vous le souhaitez.",
        "Il n'est pas obligatoire d'indiquer les modifications apportées.",
    ],
    "share_alike": [
        "Le logiciel reste soumis à la présente licence.",
        "Vous pouvez publier vos versions modifiées sous la licence de votre choix.",
    ],
    "acceptable_use": [
        "Não é proibido utilizar o assistente para pesquisa sobre fraudes.",
        "Os usuários devem relatar atividades ilegais à equipe.",
    ],
    "no_derivatives": [
        "É proibido tentar descompilar ou modificar o código do aplicativo.",
        "Il est interdit de décompiler ou de modifier le service.",
    ],
    "terms_may_change": [
        "Esta política se aplica a todos os usuários da plataforma.",
    ],
    "attribution": [
        "You may quote brief passages of the outputs with or without attribution.",
        "We publish the checkpoints with attribution.",
        "You may quote brief passages; attribution is welcome but not required.",
    ],
    "no_hosting": [
        "You may NOT:\n\n- Download, copy, clone, or host the checkpoints.",
        "You may not mirror, copy, or host the weight files.",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(kind, clause) for kind, clauses in table.items() for clause in clauses]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), _cases(POSITIVES), ids=lambda v: v[:40])
def test_a_clause_of_the_class_reads_as_its_kind(kind: str, clause: str, width: int | None) -> None:
    assert kind in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), _cases(NEGATIVES), ids=lambda v: v[:40])
def test_a_permission_waiver_invitation_or_open_grant_reads_not_as_the_kind(
    kind: str, clause: str, width: int | None
) -> None:
    assert kind not in kinds_read(clause, width)
