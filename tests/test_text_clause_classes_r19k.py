"""Wording classes generalised from the misses of r19 and r20's non-English texts (round 12's fix sources, helper
fixK): a Japanese licence, a Japanese usage notice, a Chinese community licence and a Portuguese weights licence.
Each class in hand-written paraphrases (none a real licence's wording) in the language it was missed in and in the
other languages the reader handles where the clause has the same shape, read unwrapped and re-wrapped at 40, 60 and
76 columns, with negatives that share the words but state no obligation of the kind (a permission, a ban denied or
lifted, a duty waived, a limit denied, a heading alone). Every positive here was not read on r12 (959b37a).

- A ban lead-in in a Latin-script or Cyrillic language ("É expressamente proibido ao licenciado:") governs the
  numbered items under it, read after that language's ban phrase (openlint.text.lead_in).
- Noun forms of modifying, redistributing and training ("a redistribuição", "la ridistribuzione", "die Weitergabe",
  "o treinamento de outros sistemas"), and other AI systems as the object of a training ban.
- The licensor's reserved right to change the licence ("se reserva o direito de modificar esta licença"), in every
  lexicon; in Chinese with the object first ("有权对协议进行更新", "发布本协议的修订版"), in Japanese and Korean.
- A duty to give "the following credit:" and its quoted text (the credit is that text).
- A Chinese, Japanese or Korean definition of derivatives that takes in models distilled from the model or trained
  on its outputs (outputs_make_derivatives).
- Japanese and Korean grants confined to evaluation, verification or analysis ("評価・検証目的のご利用に限り"; not
  "に限らず" or "のみならず", not limited to).
- Japanese polite bans ("お使いいただけません", "ご遠慮いただいております") of harms named as a use's aim
  (acceptable_use) and of offering the model as a service (no_hosting; also Chinese and Korean).
- The licence itself or its document attached when sharing ("このライセンス文書も一緒に添付してください")."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]

POSITIVES: dict[str, list[str]] = {
    "no_derivatives": [
        # a ban lead-in and its numbered items, each block apart
        "É expressamente proibido ao usuário:\n\n1. Alteração dos arquivos de pesos.\n\n2. Redistribuição dos pesos"
        " alterados.",
        "Il est interdit au licencié :\n\n1. La redistribution des poids du modèle.\n\n2. La vente de copies.",
        "Queda prohibido al licenciatario:\n\n1. La redistribución de los pesos.\n\n2. La venta de copias.",
        "È vietato al licenziatario:\n\n1. La ridistribuzione dei pesi.\n\n2. La vendita di copie.",
        "Dem Lizenznehmer ist untersagt:\n\n1. die Weitergabe der Gewichte.\n\n2. der Verkauf von Kopien.",
        "Лицензиату запрещается:\n\n1. распространение весов модели.\n\n2. продажа копий.",
        # noun forms in one sentence
        "A redistribuição dos pesos do modelo é proibida.",
        "Queda prohibida la redistribución de los pesos del modelo.",
        "La ridistribuzione dei pesi del modello è vietata.",
        "Die Weitergabe der Modellgewichte ist untersagt.",
        "Модификация весов модели запрещена.",
    ],
    "no_training_other_models": [
        "É proibido ao licenciado:\n\n1. Uso das respostas no treinamento de outros sistemas de IA.",
        "É proibido utilizar as respostas como dados de treinamento para outros sistemas de IA.",
        "Queda prohibido el entrenamiento de otros modelos con las respuestas del modelo.",
        "È vietato l'addestramento di altri sistemi con le risposte del modello.",
        "Il est interdit d'utiliser les réponses pour entraîner d'autres systèmes.",
        "Das Training anderer Modelle mit den Antworten ist untersagt.",
        "Запрещено использовать ответы для обучения других систем.",
    ],
    "terms_may_change": [
        "A autora se reserva o direito de alterar estes termos.",
        "A autora reserva-se o direito de atualizar esta licença.",
        "Estes termos podem ser revisados pela autora.",
        "L'éditeur se réserve le droit de modifier la présente licence.",
        "El autor se reserva el derecho de actualizar estos términos.",
        "L'autore si riserva il diritto di aggiornare la presente licenza.",
        "Der Herausgeber behält sich das Recht vor, diese Lizenz jederzeit zu ändern.",
        "Автор оставляет за собой право изменять настоящую лицензию.",
        "Автор залишає за собою право змінювати цю ліцензію.",
        "发布方有权对本协议进行更新。",
        "发布方有权不时发布本协议的修订版本。",
        "本协议可能会不时修订。",
        "提供者は、本ライセンスを予告なく変更することがあります。",
        "제공자는 본 라이선스를 변경할 수 있습니다.",
    ],
    "outputs_make_derivatives": [
        "“衍生模型”是指对本模型的修改\uff0c或通过将本模型的参数或输出模式转移到其他模型而创建的任何模型\uff0c包括蒸馏方法。",
        "“衍生品”是指基于本模型的任何工作\uff0c包括使用本模型的输出训练其他模型所得的模型。",
        "「派生モデル」とは、本モデルを改変したモデル、及び本モデルの出力を用いて学習させたモデル\uff08蒸留を含む\uff09をいいます。",
        '"파생 모델"이란 본 모델을 수정한 모델 및 본 모델의 출력으로 학습한 모델(증류 포함)을 말합니다.',
    ],
    "research_only": [
        "本モデルは評価・検証目的のご利用に限り、無償で提供します。",
        "本データの利用は、分析目的に限られます。",
        "本モデルの使用は学術目的のみとします。",
        "본 모델은 평가 및 검증 목적으로만 사용할 수 있습니다.",
    ],
    "acceptable_use": [
        "偽情報を広める目的ではお使いいただけません。",
        "犯罪目的での利用を禁止します。",
        "他人へのなりすましを目的とした利用はご遠慮ください。",
        "허위 정보를 퍼뜨리는 목적으로 사용할 수 없습니다.",
    ],
    "no_hosting": [
        "本モデルをWebサービスとして提供することを目的とした利用はご遠慮いただいております。",
        "本モデルをAPIとして公開することは禁止します。",
        "不得以在线服务的形式对外提供本模型。",
        "본 모델을 API 서비스로 제공하는 것은 금지됩니다.",
    ],
    "include_license": [
        "本モデルを配布する場合は、必ずこのライセンス文書も一緒に添付してください。",
        "再配布の際は、ライセンスファイルを同梱しなければなりません。",
        "모델을 배포할 때에는 라이선스 파일을 반드시 첨부해야 합니다.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "no_derivatives": [
        # a permission leads in, a ban lifted by leave, an exception, a heading alone
        "O licenciado pode:\n\n1. Redistribuição dos pesos.\n\n2. Alteração dos pesos.",
        "É proibido, sem autorização prévia:\n\n1. Redistribuição dos pesos.",
        "É proibido, exceto nos casos abaixo:\n\n1. Redistribuição dos pesos.",
        "Proibições\n\nRedistribuição dos pesos e uso comercial.",
        # a heading ends the list under the ban; a numbered permission is no item of it
        "É proibido ao usuário:\n\n1. Venda de cópias.\n\n## 3. Distribuição\n"
        "Você pode redistribuir os pesos livremente.",
        "Il est interdit au licencié :\n\n1. La vente de copies.\n\n2. Vous pouvez redistribuer les poids librement.",
        "A redistribuição dos pesos não é proibida.",
        "La redistribución de los pesos está permitida.",
        "Il est interdit d'utiliser le modèle à des fins militaires; la redistribution des poids est libre.",
    ],
    "no_training_other_models": [
        "O licenciado pode usar as respostas no treinamento de outros sistemas de IA.",
        "Il modello è stato addestrato su altri sistemi di dati pubblici.",
        "É proibido ao usuário:\n\n1. Venda de cópias.\n\n## 4. Treinamento\n"
        "As respostas podem servir ao treinamento de outros modelos.",
    ],
    "terms_may_change": [
        "O licenciado não pode alterar esta licença.",
        "Você pode modificar o modelo sob os termos desta licença.",
        "Le licencié peut modifier le modèle selon les conditions de cette licence.",
        "您无权修改本协议。",
        "您有权依据本协议修改模型。",
        "许可方有权根据本协议的条款终止许可。",
        "このライセンスを変更することはできません。",
        "본 라이선스를 변경할 수 없습니다.",
    ],
    "outputs_make_derivatives": [
        "“衍生模型”是指对本模型的修改\uff0c不包括使用本模型的输出训练的其他模型或蒸馏所得的模型。",
        "“衍生模型”是指对本模型的任何修改或微调。",
        "「派生物」とは、本モデルを基に作成された改変物をいいます。",
        "本モデルの出力を用いて学習したモデルについては、本ライセンスは適用されません。",
    ],
    "research_only": [
        "本モデルは研究目的に限らず、商用目的でも利用できます。",
        "学校における教育・研究目的での利用も歓迎します。",
        "本モデルは評価目的のみならず、製品にも組み込めます。",
    ],
    "acceptable_use": [
        "犯罪の防止を目的とする利用は禁止されていません。",
        "詐欺対策の研究にもお使いいただけます。",
    ],
    "no_hosting": [
        "本モデルをWebサービスとして提供することは禁止されていません。",
        "本モデルを組み込んだWebサービスを公開する場合も、自由にお使いいただけます。",
        "許可なく本モデルをAPIサービスとして提供することを禁止します。",
        # a disclaimer of the licensor's own service
        "提供者は、本サービスの提供を保証することはできません。",
        "제공자는 서비스 제공을 보장할 수 없습니다.",
    ],
    "include_license": [
        "ライセンス文書を添付する必要はありません。",
        "ライセンスファイルの同梱は任意です。",
    ],
    "attribution": [
        'Você pode incluir a seguinte atribuição, se quiser: "Modelo X por Fulana".',
        'Não é obrigatório incluir a seguinte atribuição: "Modelo X por Fulana".',
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(kind, clause) for kind, clauses in table.items() for clause in clauses]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), _cases(POSITIVES), ids=lambda v: v[:40])
def test_a_clause_of_the_class_in_another_language_reads_as_its_kind(kind: str, clause: str, width: int | None) -> None:
    assert kind in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), _cases(NEGATIVES), ids=lambda v: v[:40])
def test_a_permission_lifted_ban_waiver_or_heading_reads_not_as_the_kind(
    kind: str, clause: str, width: int | None
) -> None:
    assert kind not in kinds_read(clause, width)


# "the following credit:" and its quoted text: the credit owed is that text.
CREDIT_TEXTS = [
    'Ao publicar o modelo, você deve incluir a seguinte atribuição: "Modelo Aurora por Ana Lima".',
    'Toute publication doit reproduire la mention suivante : "Modèle Aurora par Ana Lima".',
    'El licenciatario debe incluir la siguiente atribución: "Modelo Aurora por Ana Lima".',
    'Il licenziatario deve riportare la seguente attribuzione: "Modello Aurora di Ana Lima".',
    'Bei jeder Weitergabe müssen Sie folgende Namensnennung angeben: "Modell Aurora von Ana Lima".',
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", CREDIT_TEXTS, ids=lambda v: v[:40])
def test_the_following_credit_is_read_with_its_quoted_text(clause: str, width: int | None) -> None:
    credits = [params for kind, _, _, params in cited(clause, width) if kind == "attribution"]
    assert [str(params.get("text", "")).split()[0] for params in credits] in (
        ["Modelo"],
        ["Modèle"],
        ["Modello"],
        ["Modell"],
    )
