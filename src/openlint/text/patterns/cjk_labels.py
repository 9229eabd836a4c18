"""Patterns of common clauses of Chinese, Korean and Japanese licences, brand labels without
quotes, use policies under other names and guardrails, notices named in a list of bans."""

from __future__ import annotations

import re

from openlint.text.patterns.base import (
    Pattern,
    Span,
    _p,
    sentence_bounds,
)
from openlint.text.patterns.builders import (
    _attribution,
    _cap_zh,
    _policy,
)
from openlint.text.patterns.plain_clauses import USE_BANS_ZH
from openlint.text.view import Paragraph


def _names_its_text(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """ "The following notice shall be included in all copies: "X is licensed under Y."": the notice kept is that
    text (read with it by the statement patterns), not a copyright line kept beside it."""
    if not para.low.endswith("included in all copies", 0, match.end()):
        return False
    lo, hi = sentence_bounds(para.low, match.start(), match.end())
    return "following" in para.low[lo : match.start()] or ":" in para.low[match.end() : hi]


CJK_LABELS: tuple[Pattern, ...] = (
    # Common clauses of Chinese (bilingual) licenses.
    Pattern(
        "non_commercial",
        _p(
            r"(?:仅|只)(?:限|能|可)?(?:用于)?非商业|不得(?:将[^。\uff1b]{0,30})?用于(?:任何)?商业"
            # 仅供非商业用途使用 / 禁止商业使用 / 不可商用 / 严禁将本模型商业化
            r"|(?:仅|只)(?:供|限于|可用于|能用于)(?:[^。\uff1b]{0,6}?)非商业"
            # (not a licence's attributes, "不可转让、不可再许可、可撤销的商用版权许可": a commercial licence granted; round 14, b6card)
            r"|(?<!不)(?:禁止|严禁|不可(?!转让|再许可|撤销|撤回)|不允许|不得)(?:[^。\uff1b]{0,20}?)"
            r"(?:商用|商业(?:用途|使用|目的|化|利用))(?!(?:版权)?(?:许可|授权))"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "No commercial use.",
    ),
    Pattern(
        "research_only",
        _p(r"(?:仅|只)(?:限|能|可)?(?:用于)?(?:学术|科学)?研究(?:用途|目的)?"),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers research only.",
    ),
    Pattern(
        "user_cap",
        _p(
            r"月活跃用户(?:数|数量)?(?:超过|大于|高于|达到|多于)\s?(?P<number>\d[\d,]{0,14}(?:\.\d{1,4})?)\s?(?P<unit>千万|百万|亿|万)?"
        ),
        ("use",),
        0.85,
        "Above this number of active users a separate license is needed.",
        _cap_zh,
    ),
    Pattern(
        "notice",
        _p(
            r"(?:保留|不得(?:删除|修改|移除|更改))[^。\uff1b]{0,20}?版权(?:声明|信息|标识)"
            # 保留……所有著作权、商标及归属声明; 上述版权声明……应包含在所有副本中
            r"|保留[^。\uff1b]{0,40}?(?:著作权|版权|归属)[^。\uff1b]{0,30}?声明"
            r"|(?:版权|著作权)声明[^。\uff1b]{0,20}?(?:应|须|必须|应当)(?:被)?(?:包含|包括|保留)在[^。\uff1b]{0,30}?副本"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
    ),
    Pattern(
        "no_training_other_models",
        _p(r"不得[^。\uff1b]{0,40}?(?:训练|改进|提升)[^。\uff1b]{0,30}?(?:其他|其它|任何)[^。\uff1b]{0,20}?模型"),
        ("use",),
        0.85,
        "Do not use the model or its outputs to improve other models.",
    ),
    # Chinese brand labels: 标注内容包括 "X Inside" / 注明 "基于X开发".
    Pattern(
        "attribution",
        _p(
            r"(?:标注|标明|注明|显示|展示)[^。\uff1b\u201c\"]{0,60}?[\u201c\"](?P<text>[^\u201d\"\n]{1,40}?\sInside)[\u201d\"]"
        ),
        ("distribute", "serve"),
        0.85,
        "Display this exact phrase.",
        _attribution,
    ),
    # Brand labels without quotes: "prominently label ... as developed based on X".
    Pattern(
        "attribution",
        _p(
            r"\b(?:label|mark|identify|present|describe|display)\w{0,3}\s(?:[^.;]{0,80}?\s)?as\s(?:being\s)?"
            r"(?P<text>(?:developed|built|created|made|powered|derived)\s(?:based\s)?(?:on|upon|with|using|by|from)\s[^.;,\"\u201c\u201d()]{1,60})"
        ),
        ("distribute", "serve"),
        0.85,
        "Label your product with this phrase.",
        _attribution,
    ),
    # Use policies under other names, incorporated by reference or found at a URL; guardrails.
    Pattern(
        "acceptable_use",
        _p(
            r"\b(?:use|usage|uses|conduct|responsible|trustworthy|safety|ethics|ethical|ai)\s(?:[a-z-]{1,20}\s){0,1}?"
            r"(?:terms|policy|policies|guidelines|rules|restrictions|principles)\s(?:[a-z-]{1,20}\s){0,2}?"
            r"(?:found|available|located|posted|published|set (?:out|forth))\s(?:at|on)\s(?:https?://|www\.|[a-z0-9-]{1,63}\.[a-z])"
            r"|\b(?:use|usage|uses|conduct|acceptable|prohibited|responsible|trustworthy)\s(?:[a-z-]{1,20}\s){0,1}?"
            r"(?:policy|policies|terms|guidelines)\b[^.]{0,120}?\bincorporated (?:herein |into this [a-z]{1,12} )?by reference"
            # a duty to keep to a named policy: "shall not engage in any of the prohibited activities set forth in the
            # X Prohibited Activities Policy", "agree to comply with the X Responsible Use Guidelines"
            r"|\b(?:shall|must|will|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:not\s+)?(?:comply\s+with|abide\s+by|adhere\s+to|follow|observe|engage\s+in|violate|breach)\b"
            r"[^.;]{0,100}?\b(?:prohibited|acceptable|responsible|permitted|restricted)\s+(?:[a-z-]{1,20}\s+){0,1}?(?:uses?|usage|activities|activity|conduct)\s+(?:policy|policies|guidelines|rules)\b"
            r"|\b(?:bypass|circumvent|disable|defeat|remove|evade)\w{0,3}\s(?:or\s[a-z]{1,12}\s)?(?:any\s|the\s)?"
            r"(?:(?:safety|security|technical|content|usage)\s)?(?:guardrails?|safeguards?|safety\s(?:features?|mechanisms?|filters?|measures?|checkers?))"
        ),
        ("use",),
        0.85,
        "Prohibited uses are part of the license.",
        _policy,
    ),
    # "You will not: ... (c) alter or remove copyright notices" (a list item without its negation).
    Pattern(
        "notice",
        _p(
            r"(?<!may )(?<!will )(?<!need not )(?<!free to )\b(?:alter\w{0,3}|remov(?:e|es|ed|ing)|obscur(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|obfuscat(?:e|es|ed|ing)"
            # the act named as a noun, an item under a ban: "- removal of dataset attribution" (round 14, fix24)
            r"|(?<=^you must not )(?:removal|deletion|alteration)\s+of)(?:,?\s(?:or\s|and\s)?(?:alter|remov|obscur|delet|modif|chang|hid|minimi[sz]|block|obfuscat)\w{0,4}){0,4}"
            r"\s(?:any\s|the\s|all\s)?(?:(?:copyright|attribution|proprietary|legal|licen[cs]e|trademark|ownership)[^.;]{0,60}?notices?|notices?\s(?:of|from|by|belonging\sto|identifying)\s"
            # the credit itself as the object: "Remove attribution or claim the weights as your own" (a ban item)
            r"|(?:(?:original|author|authors'?|existing|required|dataset|model|corpus|project)\s)?(?:attributions?|credits)\b(?!\s(?:requirements?|clauses?|terms?|duty|obligations?)\b)"
            # the same as information: "remove or modify any copyright, attribution, or license information"
            r"|(?:copyright|attribution|licen[cs]e|licensing|ownership)(?:,?\s(?:or\s|and\s)?(?:copyright|attribution|licen[cs]e|licensing|ownership|proprietary)){0,3}\s+information\b)"
            # every notice kept, a duty of its own beside a notice text to ship: "retain in your distribution
            # all copyright notices and other notices of origin"
            r"|\b(?:retain|keep|preserve|reproduce)\w{0,2}\b[^.;]{0,80}?\b(?:all|any)\s+(?:[a-z-]{1,20},?\s+(?:and\s+|or\s+)?){0,4}?"
            r"(?:copyright|attribution|proprietary)\s+(?:[a-z-]{1,20},?\s+){0,3}?notices\b"
            # the copyright line kept in every copy, beside a notice text to ship elsewhere (a licence with an MIT
            # section: "The above copyright notice ... shall be included in all copies"; read first, and cited, by
            # the notice pattern of caps_credit)
            r"|notice\s+shall\s+be\s+included\s+in\s+all\s+copies"
            r"|copyright\s+(?:statement|notice)[^.]{0,80}?\b(?:shall|should|must)\s+be\s+included\s+in\s+all\s+copies"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
        beside_text=True,
        veto=_names_its_text,
    ),
    Pattern(
        "acceptable_use",
        _p(
            r"不得[^。\uff1b]{0,40}?(?:军事|非法)(?:或(?:军事|非法))?(?:目的|用途)"
            r"|(?:不得|不要|禁止|请勿)[^。\uff1b]{0,40}?(?:危害国家|违法|非法)[^。\uff1b]{0,10}?(?:活动|行为|用途|目的)"
            # misuse banned, or a use that would harm health or safety ("本数据不应被滥用", "不应用于危害人类健康的研究";
            # round 15, fix27)
            r"|(?<!不)(?:不应(?:该|当)?|不得|不能|不可|严禁|禁止|请勿)被?(?:滥用|误用|恶意使用)"
            r"|(?<!不)(?:不应(?:该|当)?|不得|严禁|禁止|请勿)[^。\uff1b]{0,20}?用于[^。\uff1b]{0,30}?(?:战争|武器|危害[^。\uff1b]{0,10}?(?:健康|安全|生命))"
            rf"|{USE_BANS_ZH}"
        ),
        ("use",),
        0.8,
        "Prohibited uses are part of the license.",
    ),
    Pattern(
        "patent_termination",
        _p(
            r"(?:提起|发起)[^。\uff0c,\uff1b]{0,12}?(?:诉讼|法律程序|维权行动)[^。]{0,150}?(?:许可|授权)[^。]{0,40}?终止"
        ),
        ("use",),
        0.8,
        "Rights end if you sue the licensor over IP.",
    ),
    Pattern(
        "terms_may_change",
        _p(
            r"(?:协议|许可证?|条款)(?:可能会?|将|会)(?:不时)?(?:更新|修改|变更|修订)|(?:有权|保留)[^。]{0,10}?(?:更新|修改|变更|修订)[^。]{0,10}?(?:协议|条款)"
            # the object first: "有权对本协议进行更新", "有权不时发布本协议的修订版"
            r"|有权[^。]{0,20}?(?:对|就)(?:本|该|上述)?(?:协议|条款|许可证?)(?:的?(?:内容|条款))?(?:进行|作出|做出)?(?:不时|随时|适时)?的?"
            r"(?:更新|修改|变更|修订|补充)"
            r"|有权[^。]{0,20}?(?:发布|制定|公布)(?:本|该)?(?:协议|条款|许可证?)的?(?:修订|更新|修改|变更|补充)(?:版|版本|内容)"
            # Japanese and Korean: "本ライセンスを変更することがあります", "본 라이선스를 변경할 수 있습니다"
            r"|(?:本|この)(?:ライセンス|規約|利用規約|契約|許諾条件)[^。]{0,20}?(?:変更|改定|改訂|更新|修正)"
            r"(?:することがあ|する場合があ|できる|する権利を(?:有|留保))"
            r"|(?:본|이)\s?(?:라이선스|약관|계약)[^.。]{0,20}?(?:변경|수정|개정)(?:할|될)\s?수\s?있"
        ),
        ("use",),
        0.8,
        "The licensor may change the terms.",
    ),
    # Common clauses of Korean and Japanese (bilingual) licenses: non-commercial, research-only,
    # military or unlawful use, copyright notices.
    Pattern(
        "non_commercial",
        _p(
            r"(?<!비)상업적\s?(?:이용|사용|목적)[^.。]{0,20}?(?:허용되지\s?않|금지|할\s?수\s?없)"
            r"|비상업적\s?(?:목적|용도|이용)(?:으로|에)?\s?(?:만|한하여|한정)"
            r"|(?<!非)(?:商用|商業)(?:利用|目的|用途)[^。]{0,15}?(?:禁止|できません|不可|認められません)|非商用(?:目的|利用)?(?:に限|のみ)"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "No commercial use.",
    ),
    Pattern(
        "research_only",
        _p(
            r"연구\s?목적(?:으로만|에\s?한하여|에\s?한정)|研究目的(?:に限(?!らず|定されな|りません)|のみ(?!ならず))"
            # evaluation, verification, analysis or academic purposes only: "評価・検証目的のご利用に限り",
            # "分析目的に限られます" (not "に限らず", not limited to), "평가 및 검증 목적으로만"
            r"|(?:研究|評価|検証|学術|分析|試験)(?:[・、/]|および|及び)?(?:(?:研究|評価|検証|学術|分析|試験|教育)(?:[・、/]|および|及び)?){0,3}"
            r"(?:目的|用途)(?:での|の|に)?ご?(?:利用|使用)?(?:に限(?!らず|定されな|りません)|のみ(?!ならず))"
            r"|(?:연구|평가|검증|학술)(?:\s?(?:및|·|/|와|과)\s?(?:연구|평가|검증|학술|교육)){0,3}\s?목적(?:으로만|에\s?한하여|에\s?한정|으로\s?한정)"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers research only.",
    ),
    Pattern(
        "acceptable_use",
        _p(
            r"(?:군사|불법)[^.。]{0,20}?(?:목적|용도)[^.。]{0,20}?(?:금지|사용(?:해서는|하여서는)\s?안|사용할\s?수\s?없)"
            # harms named as a use's aim, then banned, also politely: "誤情報を広める目的ではお使いいただけません",
            # "犯罪目的での利用は禁止します" (not "禁止されていません", a ban denied)
            r"|(?:軍事|兵器|違法|不法|犯罪|差別|誹謗中傷|嫌がらせ|ハラスメント|ヘイトスピーチ|詐欺|なりすまし|ディープフェイク|虚偽の情報"
            r"|誤情報|偽情報|フェイクニュース|反社会的|テロ)[^。]{0,40}?(?:目的|用途|活動|行為|利用|使用)[^。]{0,20}?"
            r"(?:禁止(?!されていません|ではありません|しません|するものではありません)|使用してはな|使用してはいけ|利用してはな|してはなりません"
            r"|(?:お使い|ご利用|ご使用)いただけません|(?:使用|利用)(?:することは)?できません|しないでください|ご遠慮(?:ください|いただ)|認められません)"
            r"|(?:범죄|차별|혐오|허위\s?정보|사기|괴롭힘|딥페이크|테러)[^.。]{0,30}?(?:목적|용도|활동|행위)[^.。]{0,20}?"
            r"(?:금지|사용(?:해서는|하여서는)\s?안|사용할\s?수\s?없|이용할\s?수\s?없)"
        ),
        ("use",),
        0.8,
        "Prohibited uses are part of the license.",
    ),
    Pattern(
        "notice",
        _p(
            r"저작권\s?(?:표시|고지)[^.。]{0,20}?(?:유지|삭제(?:하지|해서는)|제거(?:하지|해서는))"
            r"|著作権表示[^。]{0,20}?(?:保持|削除(?:しない|してはな)|除去)"
        ),
        ("distribute",),
        0.8,
        "Keep copyright and attribution notices.",
    ),
)
