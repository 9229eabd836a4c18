"""Patterns of commercial use gated by registration, licence persistence, revocation, hosting
bans, territorial bans in prose, purpose-limited grants, no passing on, harmful-aim bans."""

from __future__ import annotations

import re

from openlint.text.numbers import MONEY
from openlint.text.patterns.base import (
    SENTENCE_END,
    Near,
    Pattern,
    Span,
    _p,
)
from openlint.text.patterns.builders import (
    _BAN,
    _BANNED,
    _GRANT,
    _NOT_ALSO_COMMERCIAL,
    _PURPOSE,
    _RIGHTS_END,
    _hosting,
    _licensors_own,
    _no_sharing,
    _revenue,
    _territory_named_only,
    _territory_near,
    _territory_only,
    _use_ban,
)
from openlint.text.patterns.plain_clauses import USE_BANS
from openlint.text.programs import prebuilt
from openlint.text.regex import Chain
from openlint.text.view import Paragraph

# A duty on the licensee ("you agree to", "must", "shall", "are required to", "have to"), with up to three words
# between it and the act ("must always clearly inform"); not "may" or "can" (a permission) nor "we will".
_DISCLOSE_DUTY = (
    r"(?<!\bwe\s)(?:must|shall|will|agrees?\s+to|(?:is|are)\s+required\s+to|(?:have|has|need|needs|undertakes?)\s+to)\s+"
    r"(?!not\b)(?:[a-z-]{1,15}\s+){0,3}?"
)
# Who hears, sees or reads the generated content.
_AUDIENCE = (
    r"listeners?|viewers?|audiences?|readers?|(?:end[\s-])?users?|recipients?|consumers?|customers?|the\s+public|public"
    r"|people|persons|individuals|players|visitors|subscribers"
)
# Content said to be made by the model: "synthesized", "synthetic", "machine generated", "AI-generated", "generated
# by the model / an AI".
_GENERATED = (
    r"(?:synthesi[sz]ed|synthetic|(?:machine|ai|computer|artificially|automatically)[\s-]generated|generated\s+by\s+"
    r"(?:an?\s+|the\s+)?(?:ai|artificial\s+intelligence|machines?|(?:pre-?trained\s+)?models?|computers?)"
    r"|produced\s+by\s+(?:an?\s+|the\s+)?(?:ai|artificial\s+intelligence|machines?|(?:pre-?trained\s+)?models?))\b"
)

# Who may end use by notice: the licensor by any of its names here (a third party's notice is no power of the
# licensor's); and the duty that ends it, of the model (not of data "on request of the data subject").
_LICENSOR_PARTY = r"(?:the\s)?(?:licensor|authors?|owners?|copyright\s(?:holders?|owners?)|us)\b"
_ENDS_USE = (
    r"\b(?:you|licensee)\s(?:must|shall|will|agree\sto)\s(?:immediately\s|promptly\s)?(?:delete|destroy|cease|stop|discontinue)\w{0,3}\s"
    r"(?:[^.;]{0,40}?\s)?(?:model|weights|materials|software|checkpoints|copies|using)\b"
    r"(?![^.]{0,120}?\b(?:breach|violat|non-?complian))"
)
_NO_BREACH = r"(?:(?!breach|violat|non-?complian)[^.;])"  # a character of a sentence naming no breach (so far)
# The licensee's own power to end the licence ("You may terminate this Agreement at any time by deleting the Model",
# "User may terminate this Agreement at any time"): it ends nothing the licensor grants at will.
_LICENSEE_SUBJECT = prebuilt(
    r"\b(?:you|licensee|the\slicensee|users?|the\suser|recipients?|the\srecipient)(?:\s(?:also|further|likewise))?\s$"
)


def _licensees_own_power(match: re.Match[str] | Span, para: Paragraph) -> bool:
    lo = max(0, match.start() - 60, *(para.low.rfind(mark, 0, match.start()) + 1 for mark in ".;:"))
    return _LICENSEE_SUBJECT.search(para.low, lo, match.start()) is not None


# More limits beside non-commercial, none of them commercial: "for any Non-Commercial and Non-Administrative
# purpose", "for non-commercial or personal uses".
_ALSO_NON = (
    r"(?:(?:and|or|and/or)\s+(?!commercial\b)(?:non-?[a-z]{3,20}|not-for-profit|personal|private|internal|academic|research|"
    r"educational|scientific|teaching|evaluation)\s+){0,2}"
)

# The label of a list of bans: "Prohibited Use:", "Not permitted:", "Restricted uses:".
_PROHIBITED_LABEL = r"\b(?:prohibited|forbidden|disallowed|not\s+permitted|not\s+allowed|restricted)(?:\s+(?:uses?|usage|activities|actions))?\s*:\s*"

# Any use only under a separate agreement with the provider, three windows deep: run as a chain (linear).
_SEPARATE_AGREEMENT = Chain(
    r"\b(?:may|can)\s(?:only\s)?(?:use|access|run|deploy|reproduce|modify|distribute)\b",
    (100, r"\b(?:only\s)?if\s(?:you|licensee|the\slicensee)\b"),
    (120, r"\b(?:accepted|accept|agreed|entered\sinto|signed|hold|holds|purchased|subscribed|have)\b"),
    (
        160,
        r"\b(?:separate|paid|commercial|enterprise)\s(?:[a-z-]{1,20},?\s(?:or\s|and\s)?){0,2}?(?:plan|agreement|licen[cs]e|subscription|contract)s?\b",
    ),
)

# What a registration reading says, wherever it is read (patterns, list items, the whole document).
# An item naming a purpose short of production, in a list's own words (no sentence end, no further item mark), and
# nothing commercial or in production ("Commercial research", "Production deployment after evaluation").
_TRYING = (
    r"(?!(?:(?!\s[-*\u2022]\s)[^.;:!?]){0,120}?(?<!non-)(?<!non)\b(?:commercial\w*|production|deploy\w*|business\w*|"
    r"products?|services?|revenue|sale|sales)\b)"
    r"(?:(?!\s[-*\u2022]\s)[^.;:!?]){0,60}?\b(?:research|evaluation|evaluating|testing|experimentation|experiments?|"
    r"prototyping|prototypes?|benchmarking|education|teaching|non-?production)\b(?:(?!\s[-*\u2022]\s)[^.;:!?]){0,60}?"
)
REGISTRATION_SUMMARY = "Commercial use needs registration with the licensor or a separate license."

GATES_BANS: tuple[Pattern, ...] = (
    # Commercial use only after registering or obtaining a separate license.
    Pattern(
        "registration",
        _p(
            r"\b(?:if|where|should|when)\s(?:you|licensee)\s(?:plan|intend|wish|want|would like|are using|use)\w{0,2}\s[^.]{0,120}?\bcommercial[^.]{0,200}?"
            r"(?:\b(?:register|registration)\b|\b(?:apply|obtain|request|contact|sign)\w{0,4}\b[^.]{0,120}?(?:licen[cs]e|permission|authori[sz]ation|form|agreement))"
            r"|\bcommercial\s+(?:purposes?|uses?)\b[^.]{0,40}?\bwithout\s+(?:first\s+)?obtaining\s+(?:a\s+)?(?:separate|written|commercial)\b"
            r"|\bno\s+commercial\s+licen[cs]e\b[^.]{0,120}?\bunless\b[^.]{0,80}?\bseparate\s+(?:agreement|licen[cs]e)"
            r"|\b(?:users?|anyone|those|licensees?|entities)\s(?:who|that)\s(?:wish|want|plan|intend)\w{0,2}\s[^.]{0,80}?\bcommercial[^.]{0,80}?"
            r"\b(?:must|shall|need to|are required to)\s(?:first\s)?(?:register|apply|obtain|request|contact)"
            # those wishing to use it commercially named ("Companies wishing to use the weights commercially should contact
            # X to discuss a commercial license"): a contact for commercial use, as "please contact" is
            r"|\b(?:users?|anyone|those|licensees?|entities|companies|organi[sz]ations|businesses|enterprises|parties|individuals|persons)\s"
            r"(?:(?:who|that)\s(?:wish|want|plan|intend|seek)\w{0,2}|(?:wishing|wanting|planning|intending|seeking|looking))\s(?:to\s)?"
            r"(?:use|deploy|exploit|commerciali[sz]e|offer|sell|distribute|integrate|embed|incorporate|host|build|licen[cs]e|moneti[sz]e|access)\b"
            r"[^.]{0,80}?(?<!non-)\bcommercial[^.]{0,80}?"
            r"\b(?:must|shall|need\sto|are\srequired\sto|should|may|can|are\sasked\sto|are\sinvited\sto)\s(?:first\s)?"
            r"(?:register|apply|obtain|request|contact|reach\sout|get\sin\stouch|write\sto|e-?mail)"
            r"|\bcommercial\s(?:use|purposes?|usage|exploitation|deployment|application)[^.]{0,60}?\brequires?\s(?:a\s|an\s|prior\s)?(?:separate|additional|commercial|written)\s(?:(?:separate|commercial|written)\s)?(?:licen[cs]e|registration|permission|authori[sz]ation)"
            r"|\b(?:if|where|when)\s(?:you|licensee)\s(?:are|is)\scommercially\susing\b(?![^.]{0,200}?\bactive\susers)[^.]{0,200}?\b(?:apply|obtain|request|ask|contact|register)\w{0,4}\b[^.]{0,120}?"
            r"(?:licen[cs]e|permission|authori[sz]ation|form|agreement)"
            r"|\b(?:if|where|should|when)\s(?:you|licensee)\s(?:plan|intend|wish|want|would like)\w{0,2}\s[^.]{0,120}?\bcommercial[^.]{0,200}?"
            r"\b(?:contact|get in touch with|reach out to|write to|email)\b[^.]{0,60}?\b(?:at|via|on)\s(?:https?://|www\.|[a-z0-9._-]{1,64}@)"
            r"|\bcommercial(?:ly)?\s(?:use|usage|purposes?)?[^.]{0,80}?\b(?:allowed|permitted|possible|granted|available)\s(?:only\s)?"
            r"(?:after|once|upon|when|subject to)\s[^.]{0,80}?\b(?:registration|register\w{0,3}|questionnaire|application form)\b"
            r"|\b(?:after|once|upon)\s(?:filling\sout|completing|submitting)\s[^.]{0,60}?\b(?:registration|questionnaire|application)\b[^.]{0,80}?\bcommercial"
            # the subject named ("If the Licensee ... wishes to use the Model for Commercial Use, the Licensee
            # must first contact ..."), the deal executed ("you will need to execute a separate licensing agreement")
            r"|\b(?:if|where|should|when)\s(?:the\s|an?\s|any\s)?(?:you|licensee|user|recipient|company|entity|organi[sz]ation|party)\b[^.]{0,80}?"
            r"\b(?:plan|intend|wish|want|would\slike|seek)\w{0,2}\s[^.]{0,120}?\bcommercial[^.]{0,200}?"
            r"\b(?:apply|obtain|request|contact|sign|execute|enter\sinto|negotiate|conclude|purchase|acquire|buy|receive)\w{0,4}\b[^.]{0,120}?"
            r"(?:licen[cs]|permission|authori[sz]ation|agreement)"
            # conditions listed after the lead-in: "you may not use it for Commercial Use without:"
            r"|\bcommercial\s(?:purposes?|uses?|usage)\b[^.;:]{0,20}?\bwithout\s?:\s*$"
            # (also commercial offerings gated by the licensor's consent: "in any commercial product or service without the
            # prior express written consent of X")
            # (commercial one of a list of settings: "in commercial, client-facing, or production environments without a
            # valid commercial license")
            r"|\bcommercial,?\s(?:(?:or\s|and\s)?[a-z-]{1,20},?\s){0,3}?(?:purposes?|uses?|use\scases|activities|applications?|products?|services?|offerings?|settings?|deployments?"
            r"|environments?|contexts?)\b[^.]{0,60}?\bwithout:?\s(?:\(?[a-z0-9]\)\s)?(?:first\s)?"
            r"(?:(?:obtaining|receiving|acquiring|securing|having|executing|purchasing|entering\sinto)\s)?(?:a\s|an\s|the\s)?(?:(?:prior|express|explicit|valid),?\s){0,2}(?:separate|written|commercial|paid)\b"
            # the commercial licence applied for through a form or a contact: "To apply for a commercial license, please
            # fill in the application form", "to obtain a commercial licence, complete the form at ..." (not "no need to
            # apply for a commercial licence")
            r"|(?<!need\s)(?<!needed\s)(?<!necessary\s)(?<!required\s)(?<!have\s)\bto\s(?:apply\sfor|obtain|request|get|receive|acquire)\s"
            r"(?:a\s|an\s|the\s|your\s)?(?:free\s)?(?:commercial|business)\s(?:use\s|usage\s)?(?:licen[cs]es?|authori[sz]ations?|permissions?)\b[^.;]{0,20}?,?\s"
            r"(?:please\s|kindly\s|you\s(?:must|should|need\sto|will\sneed\sto|can)\s|simply\s)?(?:first\s)?"
            r"(?:fill\s(?:in|out)|complete|submit|register|contact|apply|visit|sign\sup|send|email|e-mail|write\sto)\b"
            # use confined to users registered with the licensor: "The Model is only for internal use by registered users",
            # "available solely to registered members"
            r"|\b(?:only|solely|exclusively)\s(?:for\s(?:[a-z-]{1,20}\s){0,3}?use\sby|(?:be\s)?(?:used|accessed|available)\s(?:only\s)?(?:by|to)|by|to)\s"
            r"(?:[a-z-]{1,20}\s){0,2}?registered\s(?:users?|members?|licensees?|accounts?|researchers?)\b"
            r"|\bregistered\s(?:users?|members?|licensees?)\sonly\b"
            # selling or a paid service banned but by leave: "The weights may not be sold, sublicensed commercially, or
            # used to provide a paid service without separate written permission from Acme"
            rf"|{_BAN}\s(?:be\s)?[^.;]{{0,60}}?\b(?:sold|sell|resold|resell|commercially|paid\s(?:services?|products?|offerings?))\b"
            r"[^.;]{0,100}?\bwithout\s(?:first\s)?(?:obtaining\s)?(?:the\s|a\s|an\s)?(?:(?:prior|separate|express|explicit|written),?\s){1,3}"
            r"(?:permission|consent|licen[cs]e|agreement|authori[sz]ation)\b"
            r"|\bfor\s(?:any\s)?commercial\s(?:uses?|usage|purposes?|licen[cs]\w{0,3}|deployment|inquiries|enquiries)\b[^.;]{0,40}?(?:please\s)?(?:contact|email|e-mail|send\s(?:an?\s)?e-?mail|write\sto|reach\sout|apply|visit|see|refer\sto)\b"
            r"|\bcommercial\slicen[cs]es?\s(?:are|is)\s(?:also\s|separately\s)?available\b(?=[^.]{0,80}?\b(?:contact|apply|email|e-mail|write|register|request|reach\sout)\b)"
            r"|\b(?:must|shall|need\sto|(?:is|are)\srequired\sto)\s(?:first\s)?(?:obtain|purchase|acquire|buy|secure|get)\s(?:a\s|an\s)?(?:separate\s|paid\s|written\s)?commercial\slicen[cs]e\b"
            r"[^.;]{0,60}?\b(?:before|prior\sto|in\sorder\sto)\s(?:any\s)?(?:deploy|use|using|offer|distribut|commerciali|production|sell)"
            r"|\b(?:production|commercial)\s(?:use|usage|deployment)s?\b[^.;]{0,40}?\brequires?\s(?:a\s|an\s)?(?:separate\s|paid\s)?commercial\slicen[cs]e"
            r"|\bcommercial\s(?:purposes?|uses?)\b[^.;]{0,40}?\bunless\b[^.;]{0,60}?\b(?:licen[cs]e|agreement|permission)"
            r"|\b(?:must|shall|(?:is|are)\srequired\sto)\s(?:first\s)?(?:register|sign\sup|apply)\b(?:[^.;]|\.(?=\S)){0,120}?\b(?:before|prior\sto|in\sorder\sto|to)\b[^.;]{0,40}?\bcommercial"
            # the commercial use named first: "Before any Commercial Use, you must register with X at <URL>", "Commercial
            # users must register with X" (Stability AI Community's own wording)
            r"|\b(?:before|prior\sto)\s(?:any\s|your\s|making\s(?:any\s)?|the\sfirst\s)?commercial\s(?:uses?|usage|exploitation|deployment|purposes?)\b"
            r"[^.;]{0,60}?\b(?:you|licensee|the\slicensee|the\suser)\s(?:must|shall|(?:is|are)\srequired\sto|need\sto|have\sto)\s(?:first\s)?(?:register|sign\sup)\b"
            r"|(?<!non-)\bcommercial\s(?:users?|licensees?|customers?|entities|organi[sz]ations|deployers?)\s(?:must|shall|(?:is|are)\srequired\sto|need\sto|have\sto)\s"
            r"(?:first\s)?(?:register|sign\sup)\b"
            r"|\bto\s(?:use|deploy|exploit|distribute|offer)\b[^.;]{0,60}?\bcommercially\b[^.;]{0,40}?\b(?:must|shall|need\sto|have\sto)\s(?:first\s)?"
            r"(?:obtain|request|get|secure|apply|register|contact|sign|purchase|buy)\b"
            # a contact for commercial use or for uses outside the grant: "In the event that use for commercial purpose
            # is required, please contact the authors"; "For any other use not covered by this license, please contact";
            # "If you are a for-profit entity, you are invited to contact the Licensor"
            r"|\bcommercial\s(?:uses?|usage|purposes?|exploitation|deployment)\b(?:(?!\breport|\bnotif|\bby\sothers|\bthird|\bmisuse)[^.;]){0,120}?"
            r"\b(?:please|kindly)\s(?:(?:directly|first)\s)?(?:contact|get\sin\stouch|reach\sout|write\sto|e-?mail)\b"
            # a contact given after a colon: "For commercial licensing inquiries: example.org/licensing"
            r"|\bfor\s(?:any\s)?commercial\s(?:uses?|usage|purposes?|licen[cs]\w{0,3}|deployment)(?:\s(?:inquiries|enquiries|requests|questions))?\s?:\s?"
            r"(?:https?://|www\.|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+/|[a-z0-9._+-]{1,64}@)"
            r"|\b(?:for|in\scase\sof|regarding)\s(?:any\s)?(?:other|further|additional)\s(?:uses?|purposes?|rights)\b[^.;]{0,100}?"
            r"\b(?:not\s(?:covered|permitted|granted|allowed)|outside|beyond)\b[^.;]{0,60}?\b(?:please\s|kindly\s)?(?:contact|get\sin\stouch|reach\sout|write\sto)\b"
            r"|\bif\s(?:you|licensee)\s(?:are|is)\s(?:a\s|an\s)?(?:for-profit|commercial)\s(?:entity|organi[sz]ation|company|user|business|enterprise)\b"
            r"[^.;]{0,80}?\b(?:contact|obtain|request|negotiate|apply|enter\sinto)\b"
            # the grant itself subject to a separate agreement: "Except as provided under any separate agreement between
            # you and X, you may not use the Software for any commercial use"
            r"|\b(?:except|unless)\s(?:as\s(?:provided|permitted|set\sforth|otherwise\sagreed)\s)?(?:under|in|by)\s(?:the\sterms\sof\s)?(?:a|any|an)\s"
            r"(?:separate|written|commercial)\s(?:written\s|commercial\s)?(?:agreement|licen[cs]e)\b[^.;]{0,160}?\b(?:commercial|production)"
            # any use only under a separate agreement with the provider: "You may only use ... the Software if you have
            # accepted ... a separate platform plan, subscription ... or other agreement with the provider"
            r"|" + _SEPARATE_AGREEMENT.source + r""
            # rights needed for commercial (or production) use: "If you need commercial or clinical use rights, please
            # contact"; an agreement that production use requires: "To obtain authorization for the use of the model in a
            # production environment, an economic agreement with X is required", "Production use requires a separate
            # commercial agreement"
            r"|\bif\s(?:you|licensee|the\slicensee)\s(?:need|require|want|seek|wish\sto\sobtain)\w{0,2}\s(?:[a-z-]{1,15}\s){0,2}?(?:commercial|production)\b"
            r"[^.;]{0,60}?\b(?:rights?|licen[cs]es?|permission|authori[sz]ation)\b[^.;]{0,30}?\b(?:please\s|kindly\s)?(?:contact|get\sin\stouch|reach\sout|write\sto|e-?mail)\b"
            # a licence for uses outside the grant: "If you need a license that permits other than personal use, please contact"
            r"|\bif\s(?:you|licensee|the\slicensee)\s(?:need|require|want|seek|wish\sto\sobtain)\w{0,2}\s(?:a\s|an\s|any\s)?(?:licen[cs]e|rights?|permission)\s"
            r"(?:that|which|to)\s(?:\w+\s){0,3}?(?:other\sthan|beyond|outside)\b[^.;]{0,80}?\b(?:please\s|kindly\s)?(?:contact|get\sin\stouch|reach\sout|write\sto|e-?mail)\b"
            r"|\b(?:production|commercial)\s(?:use|usage|deployment)s?\b[^.;]{0,40}?\b(?:requires?|needs?|is\ssubject\sto)\s(?:a\s|an\s)?(?:separate\s|paid\s|written\s)?"
            r"(?:commercial\s|economic\s|financial\s|licen[cs]ing\s)(?:licen[cs]e|agreement|contract)"
            r"|\bto\sobtain\s(?:an?\s)?(?:authori[sz]ation|permission|licen[cs]e|right)s?\s(?:for|to)\b[^.;]{0,80}?\b(?:production|commercial)\b[^.;]{0,60}?"
            r"\b(?:agreement|licen[cs]e|contract)\b(?:[^.;]|\.(?=\S)){0,40}?\b(?:is|are)\s(?:also\s)?required\b"
            # registration as the way the commercial licence is had, in the passive: "Your registration with the Licensor
            # will be deemed to have obtained the corresponding business license", "you are deemed to hold a commercial
            # licence upon registering with us" (not a registration deemed acceptance of the terms: no licence named)
            r"|\b(?:your|the\slicensee(?:'s|\u2019s)?|licensee(?:'s|\u2019s)?|upon|after|once|by)\s(?:completing\s|your\s)?(?:registration|registering)\b[^.;]{0,60}?"
            r"\b(?:will|shall|is|are)\s(?:be\s)?(?:deemed|considered|treated|regarded)\s(?:to\s(?:have\s)?|as\s(?:having\s)?)?"
            r"(?:obtain|acquir|receiv|been\sgranted|granted|hold|holding)\w{0,3}\s[^.;]{0,40}?\b(?:business|commercial)\s(?:licen[cs]es?|authori[sz]ations?|permissions?|use\srights)\b"
            r"|\b(?:deemed|considered|treated|regarded)\s(?:to\s(?:have\s)?|as\s(?:having\s)?)?(?:obtain|acquir|receiv|been\sgranted|hold)\w{0,3}\s[^.;]{0,40}?"
            r"\b(?:business|commercial)\s(?:licen[cs]es?|authori[sz]ations?|permissions?)\b[^.;]{0,40}?\b(?:upon|after|once|by|through|on)\s(?:your\s|completing\s)?(?:registration|registering)\b"
            # 您向许可方进行登记 ... 将被视为获得相应的商业许可
            r"|登记[^。\uff1b]{0,20}?(?:将被视为|视为|即视为|即被视为)(?:已)?(?:获得|取得)[^。\uff1b]{0,20}?商业许可"
            # Chinese: 如您计划……用作商业用途 ... 应当……登记并获得……书面授权
            r"|(?:如果|如|若|倘若)您?(?:计划|希望|期望|打算|想要?|需要|拟)[^。\uff1b]{0,80}?商业(?:用途|使用|目的|化)[^。]{0,80}?"
            r"(?:登记|注册|申请|获得|取得)[^。\uff1b]{0,20}?(?:授权|许可)"
            # 若需将本模型用于商业用途(逗号)请……联系我们进行登记 / 请填写问卷进行申请
            r"|(?:如果|如|若|倘若)您?(?:计划|希望|期望|打算|想要?|需要?|拟)[^。]{0,80}?商业(?:用途|使用|目的|化)(?![^。]{0,40}?(?:无需|无须|不需|不必|毋须)[^。]{0,8}?(?:登记|注册|申请))[^。]{0,120}?(?<![无不毋])(?:请|须|需|应)[^。]{0,160}?(?:登记|注册|申请)"
            # (not "商用无需另行申请授权": no need to apply)
            r"|商业(?:用途|使用|目的)[^。\uff1b]{0,30}?(?<![无不毋免])(?:须|需|需要|必须|应当?)[^。\uff1b]{0,40}?(?:登记|注册|申请|获得|取得)[^。\uff1b]{0,20}?(?:授权|许可)",
            chains=(_SEPARATE_AGREEMENT,),
        ),
        ("use", "distribute", "serve"),
        0.8,
        REGISTRATION_SUMMARY,
        lambda m, p: {"where": p.url} if p.url else {},
        veto=_licensors_own,
    ),
    # The license persists on derivatives.
    Pattern(
        "share_alike",
        _p(
            r"\b(?:derivative|derived|modification|modified|adaptation|fine-tun)[^.]{0,120}?(?:(?:will|shall|must)\s(?:remain|continue to be|be)|(?<!not\s)(?<!never\s)(?:remains?|continues? to be))\s"
            r"(?:subject to|governed by|licensed under|bound by)\s(?:the\s(?:terms|conditions)\sof\s)?this\s(?:agreement|licen[cs]e)"
            # a named agreement: "any modified version ... must remain subject to, and in compliance with, the Platform Agreement"
            r"|\b(?:derivative|derived|modification|modified|adaptation|fine-tun)[^.]{0,120}?(?:(?:will|shall|must)\s(?:remain|continue\sto\sbe)|(?<!not\s)(?<!never\s)(?:remains?|continues?\sto\sbe))\s"
            r"(?:subject\sto|governed\sby|licensed\sunder|bound\sby)(?:,?\sand\sin\s(?:compliance|accordance)\swith,?)?\sthe\s(?:[a-z-]{1,20}\s){1,3}?(?:agreement|licen[cs]e|terms)\b"
            # the present tense, the derivative its subject: "all use of any such Derivative Work is subject to the terms of
            # this License" (not "you ... are bound by the terms of this Agreement", an acceptance)
            r"|\b(?:derivative|modification|modified|adaptation|fine-tun)\w{0,8}\s(?:[a-z-]{1,20}\s){0,2}?(?:is|are)\s(?:subject\sto|licensed\sunder)\s"
            r"(?:the\s(?:terms|conditions)\sof\s)?this\s(?:agreement|licen[cs]e)"
            r"|\b(?:this|these)\s(?:agreement|licen[cs]e|terms)\s(?:also\s|shall\s|will\s)?appl(?:y|ies)\sto\s(?:all\s|any\s|each\s)?(?:derivatives|derivative\sworks|modifications|modified\sversions|adaptations)\b"
            r"|\bterms\sof\sthis\s(?:agreement|licen[cs]e)\s(?:also\s|shall\s|will\s)?apply\sto\s(?:all\s|any\s|each\s)?(?:derivatives|derivative\sworks|modifications|modified\sversions|adaptations)\b"
            # recipients bound to this license: "you ensure recipients agree to this License"
            r"|\b(?:ensure|require|make\ssure)\w{0,2}\s(?:that\s)?(?:all\s|any\s|every\s|each\s|your\s)?recipients?\s"
            r"(?:also\s)?(?:agree|accept|are\sbound|is\sbound|abide)\w{0,2}\s(?:to|by)\s(?:the\sterms\sof\s)?(?:this|these)\s(?:agreement|licen[cs]e|terms)\b"
        ),
        ("distribute",),
        0.8,
        "Derivatives must carry the same license.",
    ),
    # Enforcement and termination at will: the licensor can take the grant back.
    Pattern(
        "revocable",
        _p(
            r"(?<!\byou\s)(?<!\blicensee\s)(?:reserves?|retains?) the (?:(?:unequivocal|absolute|sole|full|unconditional|unrestricted)\s)?right"
            # (an aside before the power, and the power last of a list: "reserves the right, in its sole discretion, to
            # refuse requests for access and/or to revoke authority to use")
            r"(?:,\s(?:in|at|for|with)\s[^.;,]{1,40},)?\sto\s(?:[^.;]{0,80}?\s(?:and/or|and|or)\s(?:to\s)?)?(?:restrict|suspend|revoke|terminate|disable|limit)\b"
            r"(?![^.]{0,200}?\bif\s(?:the\s)?(?:licensee|you)\s(?:breach|violat|fail))"
            # the right to restrict use (remotely, at run time), also of use in breach (the RAIL convention; ending
            # the license for breach is not revocable): "reserves the right to restrict your use of the Model ... if
            # you breach", "reserves the right to enforce compliance ..., including restricting usage of the Model"
            r"|(?<!\byou\s)(?<!\blicensee\s)\breserves?\sthe\sright\sto\s(?:enforce\b[^.]{0,80}?\b(?:including|by)\s(?:by\s)?)?"
            r"(?:restrict|limit|disabl|block)\w{0,3}\s(?:\(?(?:remotely|or|otherwise|and|suspend|disable|limit|block),?\)?\s){0,5}"
            r"(?:your\s|the\s|any\s|its\s)?(?:use|usage|access)\b"
            r"|\bmay (?:(?:terminate|revoke|suspend|cancel|withdraw|restrict),?\s(?:or\s|and(?:/or)?\s)?){0,2}(?:terminate|revoke|suspend|cancel|withdraw|restrict) (?:this|these|the|your) (?:license|licence|agreement|terms|rights?|access)"
            r"(?:[^.]{0,60}?\b(?:at any time|at (?:its|our) (?:sole )?discretion|for any reason|without cause|upon notice|with or without))"
            r"(?![^.]{0,80}?\b(?:breach|violat|fail))"  # termination for breach is not at will
            r"|\bmay (?:at any time|at (?:its|our) (?:sole )?discretion) (?:terminate|revoke|suspend|restrict)"
            # at the licensor's own judgement: "may suspend or terminate the agreement immediately to the extent that it
            # reasonably concludes ..." (not when it concludes that you breached)
            r"|\b(?:may|can)\s+(?:immediately\s+)?(?:(?:terminate|revoke|suspend|cancel|withdraw),?\s(?:or\s|and(?:/or)?\s)?){0,2}(?:terminate|revoke|suspend|cancel|withdraw)\s"
            r"(?:this|these|the|your)\s(?:license|licence|agreement|terms|rights?|access)\b[^.]{0,40}?\b(?:if|when|where|to\s+the\s+extent(?:\s+that)?)\s+"
            r"(?:(?:the\s+)?[a-z-]{2,20}\s+){1,3}?(?:reasonably\s+|in\s+good\s+faith\s+|in\s+its\s+(?:sole\s+)?discretion\s+)?(?:conclude|determine|believe|deem|consider|suspect|decide)s?\b"
            r"(?![^.]{0,80}?\b(?:you|licensee)\s+(?:have\s+|has\s+)?(?:breach|violat|fail))"
            r"|\bterminated\s+by\s+either\s+party\b(?![^.]{0,80}?\b(?:breach|violat|fail))"
            r"|\beither\s+party\s+may\s+terminate\b(?![^.]{0,120}?\b(?:breach|violat|fail))"
            # the licensor's notice or request ends use, a duty to stop on it: "Upon written notice from the Licensor,
            # you shall cease all use of the Weights", "you must delete the Model on request of the Author", "if the
            # Author asks, you must destroy your copies" (never a notice of breach)
            rf"|\b(?:upon|on|after|following|within\s[^.;]{{1,30}}?\sof)\s(?:(?:the\s)?receipt\sof\s|receiving\s)?(?:an?\s|any\s|the\s|such\s)?"
            rf"(?:written\s|prior\s)?(?:notice|request|notification|demand)\s(?:from|by|of)\s{_LICENSOR_PARTY}{_NO_BREACH}{{0,60}}?{_ENDS_USE}"
            rf"|{_ENDS_USE}[^.;]{{0,60}}?\b(?:upon|on|at|within\s[^.;]{{1,30}}?\sof)\s(?:(?:the\s)?receipt\sof\s)?(?:an?\s|any\s|the\s)?"
            rf"(?:written\s)?(?:notice|request|notification|demand)\s(?:from|by|of)\s{_LICENSOR_PARTY}"
            rf"|\bif\s(?:we|{_LICENSOR_PARTY})\s(?:so\s)?(?:ask|request|notif(?:y|ies)|demand)\w{{0,2}}\b{_NO_BREACH}{{0,80}}?{_ENDS_USE}"
            # the licensor by its name, notifying you ("if Acme notifies you that any of the Data is the subject of an IP
            # dispute, then you must immediately delete all copies of it"): never you, a user or a third party
            r"|\bif\s(?!(?:you|licensee|the\slicensee|users?|the\suser|a|an|any|third|another|someone|anyone)\b)(?:the\s)?[a-z][a-z0-9-]{1,30}\s"
            rf"(?:notif(?:ies|y)|informs?|advises?|asks|requests)\s(?:you|licensee|the\slicensee)\b{_NO_BREACH}{{0,200}}?{_ENDS_USE}"
        ),
        ("use",),
        0.85,
        "The licensor can restrict or end your use at will.",
        veto=_licensees_own_power,
    ),
    # Hosting for third parties: "you may not offer the Model as a hosted service / via an API".
    Pattern(
        "no_hosting",
        _p(
            r"\b(?:(?:may|shall|must|will|can|do|does)\s+not|agrees?\s+not\s+to|cannot|(?:is|are)\s+(?:not\s+permitted|prohibited)\s+(?:to|from))\s"
            r"(?:[a-z-]{1,20},?\s){0,3}?(?:use|offer|provide|make|host|deploy|serve|sell|enable|permit|allow|license|sublicense|distribute|commerciali[sz]e|create|build|launch|operate|run)"
            r"\w{0,4}\b[^.]{0,200}?(?:\b(?:hosted|managed|cloud)\s(?:inference\s)?(?:services?|offerings?|apis?|platforms?|solutions?)\b"
            r"|\bas\sa\s(?:hosted\s|managed\s|cloud\s|web\s)?service\b|\bmaas\b|\bmodel[- ]as[- ]a[- ]service\b|\bsaas\b|\bsoftware[- ]as[- ]a[- ]service\b"
            r"|\b(?:via|through|over)\s(?:an?\s|your\s|any\s|its\s|their\s)?(?:public\s|hosted\s|own\s)?(?:apis?|application\sprogramming\sinterfaces?)\b)"
            r"|\bhosting\suse\b[^.]{0,200}?\b(?:requires?\s(?:a\s)?(?:separate|additional|commercial)|is\snot\s(?:permitted|granted|licensed|allowed)|excluded|prohibited)"
            rf"|{_BAN}\s(?:host|serve)\w{{0,3}}\b[^.;]{{0,60}}?\b(?:for|to)\s(?:use\sby\s|access\sby\s)?(?:third[\s-]parties|others|any\sthird[\s-]party|the\spublic)\b"
            r"|\b(?:providing|offering|hosting|serving|making)\b[^.;]{0,60}?\b(?:through|via|over|as)\s(?:an?\s)?(?:online\s|hosted\s|web\s|cloud\s|managed\s)?(?:apis?|services?|saas|platforms?)\b"
            rf"[^.;]{{0,60}}?(?:\b{_BANNED}|\brequires?\s(?:a\s|an\s)?(?:separate|additional|commercial|written)\b)"
            # use in a service others reach: "may not use the Model ... in any product, service, website, API or bot
            # that is made available to, or used for the benefit of, third parties or the public"
            rf"|{_BAN}\s(?:be\s)?us(?:e|ed)\b[^.;]{{0,200}}?\b(?:services?|platforms?|websites?|web\sapps?|apis?|bots?|chatbots?)\b[^.;]{{0,160}}?"
            r"\b(?:made\s|being\s)?(?:available|accessible|offered|provided)\s(?:to|for)\b[^.;]{0,80}?"
            r"\b(?:third[\s-]part(?:y|ies)|(?:members\sof\s)?the\spublic|others|other\s(?:persons|people|users))\b"
            # access given to others, time-sharing: "may not ... time-share ... or provide third parties access to the
            # Software", "provide remote access to the Model to any person"
            rf"|{_BAN}\s(?:[a-z-]{{1,20}},?\s(?:or\s|and\s)?){{0,10}}?time-?shar\w{{1,3}}\b"
            rf"|{_BAN}\s[^.;]{{0,120}}?\b(?:provide|give|grant|offer|allow)\w{{0,2}}\s(?:any\s)?(?:third[\s-]part(?:y|ies)|others|other\s(?:persons|people)|any\s(?:other\s)?person)\s"
            r"(?:with\s)?(?:remote\s|online\s|network\s)?access\s(?:to\s)?[^.;]{0,60}?\b(?:software|model|weights|program|materials)\b"
            rf"|{_BAN}\s[^.;]{{0,120}}?\b(?:provide|give|grant|offer|allow)\w{{0,2}}\s(?:remote|online|network)\saccess\sto\s[^.;]{{0,40}}?\b(?:software|model|weights|program|materials)\b"
            # third parties let use the model through the licensee's own services: "shall not permit third parties to use
            # the Model through any website, application or service you make available", "may not provide access to the
            # Model or its outputs to any third party via any product or service you offer" (what it covers: _hosting)
            rf"|{_BAN}\s(?:[a-z-]{{1,20}},?\s){{0,3}}?(?:permit|allow|let|enable|authori[sz]e)\w{{0,2}}\s(?:any\s)?(?:third[\s-]part(?:y|ies)|others|anyone)\s"
            r"(?:to\s)?(?:use|access|run|query)\b[^.;]{0,80}?\b(?:through|via|over|using|by\smeans\sof)\s(?:any|an?|your)\s[^.;]{0,60}?"
            r"\b(?:websites?|applications?|apps?|services?|products?|platforms?)\b"
            rf"|{_BAN}\s[^.;]{{0,60}}?\b(?:provide|give|grant|offer|allow)\w{{0,2}}\s(?:remote\s|online\s)?access\sto\s[^.;]{{0,60}}?"
            r"\b(?:model|weights|software|outputs?)\b[^.;]{0,40}?\bto\s(?:any\s)?(?:third[\s-]part(?:y|ies)|others|other\s(?:persons|people)|any\s(?:other\s)?person)\b"
            # access sold: "may not licence, sublicense, or resell access to ... the Model", "selling access to the weights
            # is prohibited" (not gated by consent)
            rf"|{_BAN}\s(?:[a-z-]{{1,20}},?\s(?:or\s|and\s)?){{0,4}}?(?:re)?(?:sell|rent|lease|sublicen[cs]e)\s(?:or\s(?:[a-z-]{{1,15}}\s){{1,2}})?access\s(?:to\b|of\b)"
            r"(?![^.;]{0,120}?\b(?:without|unless|except)\b)(?=[^.;]{0,80}?\b(?:software|models?|weights|program|materials|apis?|services?|outputs?)\b)"
            r"|\b(?:re)?(?:selling|renting|leasing)\saccess\sto\b[^.;]{0,80}?\b(?:software|models?|weights|program|materials|apis?)\b"
            rf"(?![^.;]{{0,80}}?\b(?:without|unless|except)\b)[^.;]{{0,40}}?{_BANNED}"
        ),
        ("serve",),
        0.85,
        "Offering the model to third parties as a hosted service or API needs a separate license.",
        _hosting,
        veto=_licensors_own,
        params_optional=True,
    ),
    # Territorial bans in plain prose: "You may not use the Model in the European Union".
    Pattern(
        "territory",
        _p(
            r"\b(?:may|shall|must|will|can)\s(?:not|never),?\s(?:be\s)?(?:[a-z-]{1,20}(?:,\s(?:or\s|and\s)?|\s(?:or|and)\s)){0,8}?(?:otherwise\s)?(?:use|used|deploy|deployed|distribut\w{0,3}|offer\w{0,3}|provide\w{0,1}|"
            r"make\savailable|made\savailable|make\s(?:[a-z-]{1,20}\s){1,3}?available|access\w{0,2}|host\w{0,3}|brought|bring|import\w{0,3})\b[^.]{0,80}?\b(?:in|within|into|to (?:users|persons|residents) (?:in|of)"
            r"|to\s(?:any\s)?(?:user|person|resident|one|entity|individual)\s(?:(?:located|resident|based)\s)?(?:in|of))\s"
            # passive: "are prohibited from being used in", "is forbidden to be deployed within"
            r"|\b(?:is|are|be|being)\s(?:strictly\s|expressly\s)?(?:prohibited|forbidden|banned|barred|not\s(?:permitted|allowed|licensed|authori[sz]ed))\s"
            r"(?:from\s|to\s)?(?:being\s|be\s)?(?:used|deployed|distributed|offered|provided|made\savailable|accessed|hosted|exported|imported|brought|sold|operated)\b"
            r"[^.;]{0,60}?\b(?:in|within|into|to)\s"
            # the use as the subject: "use of the Model is prohibited in the EEA"
            r"|\b(?:use|usage|deployment|distribution)\s+of\s+(?:the\s+|this\s+|any\s+)?[^.;]{1,40}?\s(?:is|are)\s(?:strictly\s|expressly\s)?"
            r"(?:prohibited|forbidden|banned|not\s(?:permitted|allowed|licensed|authori[sz]ed))\s(?:in|within)\s"
            r"|\b(?:may|shall|must|will|can)\s(?:not|never)\s(?:be\s)?(?:re-?)?export\w{0,3}\b[^.;]{0,60}?\bto\s"
            r"|\bis not (?:available|licensed|offered|permitted) (?:for use )?(?:in|within)\s"
            # who may not have it, by where they are: "is not available to persons or entities located in"
            r"|\b(?:is|are)\snot\s(?:available|licensed|offered|provided|permitted)\s(?:for\suse\s)?(?:to|for|by)\s(?:any\s)?"
            r"(?:users?|persons?|people|entities|individuals|customers|anyone|residents|companies|organi[sz]ations)"
            r"(?:\s(?:or|and|and/or)\s(?:users?|persons?|people|entities|individuals|customers|residents|companies|organi[sz]ations))?\s"
            r"(?:(?:who\s(?:are|is)\s)?(?:located|resident|residing|domiciled|based|established)\s)?(?:in|within|of)\s"
            r"|\b(?:does|do|shall|will)\s+not\s+(?:extend|apply)\s+to\s+(?:any\s+)?(?:(?:users?|persons?|people|entities|individuals|customers|anyone|you)\s+)?"
            # ... or the use: "does not extend to use of the Model in"
            r"(?:(?:the\s)?(?:use|usage|deployment|distribution)\s(?:of\s(?:the\s|this\s|any\s)?[^.;]{1,40}?\s)?)?"
            r"(?:(?:who\s+(?:are|is)\s+)?(?:located|resident|residing|domiciled|based|established)\s+)?(?:in|within)\s"
            r"|\b(?:use|usage|deployment|distribution)\s+of\s+(?:the\s+|this\s+|any\s+)?[^.;]{1,40}?\s(?:in|within)\s"
            rf"(?=[^.;]{{1,60}}?\b{_BANNED})"
            r"|\b(?:users?|persons?|people|entities|individuals|residents|anyone|customers)\s+(?:(?:located|resident|residing|based|domiciled)\s+)?(?:in|within)\s"
            r"(?=[^.;]{1,60}?\b(?:(?:are|is)\s+not\s+(?:permitted|allowed|licensed|authori[sz]ed)|(?:may|shall|must|can)\s*not|cannot)\b)"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "Not licensed in these regions.",
        _territory_near,
    ),
    # A grant limited to places named with "only" after them: "may be offered to residents of Canada and Mexico only",
    # "may be used in Japan exclusively".
    Pattern(
        "territory",
        _p(
            r"\b(?:may|can)\s(?!not\b)(?:only\s)?(?:be\s)?(?:[a-z-]{1,20}(?:,\s(?:or\s|and\s)?|\s(?:or|and)\s)){0,4}?"
            r"(?:offer\w{0,2}|provide\w{0,1}|made\savailable|make\savailable|distribut\w{1,3}|use\w{0,1}|deploy\w{0,2}|sold|sell|market\w{0,2})\b"
            r"[^.;]{0,60}?\b(?:(?:to|for|by)\s(?:the\s)?(?:residents?|users?|persons?|people|customers?|entities|individuals|citizens|companies)\s"
            r"(?:(?:who\s(?:are|is)\s)?(?:located|resident|residing|based|established)\s)?(?:of|in|within)|in|within)\s"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "Licensed only in these regions.",
        _territory_named_only,
    ),
    # A grant limited to places: "only within the Territory", "solely in the EU", "no right ... outside the US".
    Pattern(
        "territory",
        _p(r"\b(?:only|solely|exclusively|strictly)\s(?:with)?in\s|\boutside\s(?:of\s)?"),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "Licensed only in these regions.",
        _territory_only,
    ),
    # A grant whose purpose is non-commercial (research), without "only": "grant you a license to use
    # ... for non-commercial use"; "made available ... for your internal, non-profit, non-commercial
    # research use" (also research-only).
    Pattern(
        "non_commercial",
        _p(
            rf"{_GRANT}[^.;]{{0,250}}?\bfor\s+(?:your\s+|their\s+|its\s+|the\s+|any\s+)?{_PURPOSE}{{0,4}}?non-?commercial,?\s+"
            rf"{_ALSO_NON}(?:(?:research|academic|scientific|educational|evaluation)\s+{_ALSO_NON})?(?:purposes?|uses?|use\s+cases|activities)\b{_NOT_ALSO_COMMERCIAL}"
            # the grant after its purpose: "Redistribution and use for non-commercial purpose ... are permitted"
            r"|\b(?:use|uses|redistribution|distribution|copying|reproduction|modification)\b[^.;]{0,40}?\bfor\s+(?:any\s+)?non-?commercial\s+"
            rf"{_ALSO_NON}(?:purposes?|uses?)\b(?:(?!commercial)[^.;]){{0,120}}?\b(?:are|is)\s+(?:hereby\s+)?(?:permitted|allowed|granted|authori[sz]ed)\b{_NOT_ALSO_COMMERCIAL}"
            r"(?![^.]{0,120}?(?<!non-)(?<!non)\bcommercial\s+(?:purposes?|uses?)\s+(?:is|are)\s+(?:also\s+)?(?:permitted|allowed|granted))"
            # a labelled list of what is not allowed: "Prohibited Use: Commercial use, redistribution, or ..."
            rf"|{_PROHIBITED_LABEL}(?:[^.;:]{{0,80}}?,\s*)?(?:or\s+|and\s+)?(?:any\s+)?commercial\s+(?:use|usage|purposes?|exploitation|deployment)\b"
            # ... and of what is: "Permitted Use. Non-commercial research, teaching", "Allowed uses: research, non-commercial demos"
            r"|\b(?:permitted|allowed|authori[sz]ed|licensed)\s+(?:uses?|usage|purposes?)\s?[:.\u2013\u2014-]\s?(?:[a-z-]{1,15},?\s(?:and\s|or\s)?){0,3}?"
            rf"non-?commercial\b{_NOT_ALSO_COMMERCIAL}"
            # a grant item of where the model may be used: "b) Use the Model in non-commercial applications and projects"
            r"|(?<!\bnot\s)(?<!\bnever\s)\b(?:use|deploy|run|integrate)\s+(?:the\s+|this\s+|these\s+)?(?:[a-z0-9-]{1,20}\s+){0,2}?(?:in|within)\s+"
            r"(?:your\s+|any\s+)?non-?commercial\s+(?:applications?|projects?|settings?|contexts?|environments?|products?|works?)\b"
            r"(?![^.;]{0,80}?\b(?:and|or|as\s+well\s+as)\s+(?:for\s+|in\s+|within\s+)?(?:any\s+)?commercial\b)"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "No commercial use.",
    ),
    # A grant confined to a non-production setting: "use ... is granted solely for testing ... in non-production
    # environments", "may only be used in non-production environments". It limits where the model runs, not who
    # runs it (a business may evaluate it): research_only with covers = "non-production" (OL110, not OL104).
    Pattern(
        "research_only",
        _p(
            r"\b(?:use|used|usage|granted|licensed|permitted|provided)\b[^.;]{0,60}?\b(?:solely|only|exclusively)\b[^.;]{0,100}?"
            r"\bnon-?production\s+(?:environments?|uses?|purposes?|settings?|systems?|deployments?)\b"
            r"|\b(?:solely|only|exclusively)\s+(?:be\s+)?(?:used|use|run|deployed)\b[^.;]{0,60}?\bnon-?production\s+(?:environments?|uses?|purposes?|settings?|systems?)\b"
            r"|\bnon-?production\s+(?:uses?|purposes?|environments?|settings?)\s+only\b"
            # production banned outright: "may not be deployed in production", "must not put the Model into production"
            rf"|{_BAN}\s(?:be\s)?(?:use|used|deploy\w{{0,3}}|run|put|release\w{{0,2}}|place\w{{0,2}})\s(?:[^.;]{{0,40}}?\s)?(?:in|into)\s"
            r"(?:a\s|any\s)?production(?:\s(?:environments?|settings?|systems?|use))?\b(?![^.;]{0,60}?\b(?:without|unless|except)\b)"
            # a use policy's list of allowed uses, each item a non-production purpose ("Allowed Use" then "- Research and
            # evaluation ...", "- Internal prototyping ..."): what the policy allows is confined to them
            rf"|^\W*(?:allowed|permitted|acceptable|approved)\s(?:uses?|usage|purposes?|activities)\s[-*\u2022]\s{_TRYING}"
            rf"(?:\s[-*\u2022]\s{_TRYING}){{0,7}}$"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers non-production use only (testing, research, evaluation).",
        build=lambda match, para: {"covers": "non-production"},
    ),
    Pattern(
        "research_only",
        _p(
            rf"{_GRANT}[^.;]{{0,250}}?\bfor\s+(?:your\s+|their\s+|its\s+|the\s+|any\s+)?{_PURPOSE}{{0,4}}?"
            rf"non-?commercial,?\s+(?:(?:academic|scientific|educational)\s+)?research\s+(?:(?:and|or)\s+(?:educational|teaching|academic|scientific)\s+)?(?:purposes?|uses?|only)\b{_NOT_ALSO_COMMERCIAL}"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "The grant covers research only.",
    ),
    # A gerund subject banned: "using the Model's outputs to develop competing models is prohibited".
    Pattern(
        "no_training_other_models",
        _p(
            r"\b(?:using|use\s+of)\b[^.;]{0,60}?\b(?:to|for)\s+(?:train\w{0,3}|improv\w{1,3}|develop\w{0,3}|distil\w{0,4}|fine-?tun\w{1,3}|build\w{0,3}|creat\w{1,3})\b"
            r"[^.;]{0,60}?\b(?:other|another|competing|competitive|rival)\b[^.;]{0,40}?\bmodels?\b"
            rf"[^.;]{{0,40}}?\b{_BANNED}"
            # Training the derived models themselves banned: "Fine-tuning, distilling, or training derivative models
            # intended for deployment" (an item under "You are prohibited from:"), "... to train, improve or otherwise
            # develop model derivatives". The training verb governs the noun ("distribute products and derivative
            # models" trains nothing); no permission between ("... Training: Permitted: You may train derivative models").
            rf"|{_BAN}\s(?:(?:(?!\b(?:may|can|permitted|allowed)\b)[^.;]){{0,200}}?\s)?"
            r"(?:pre-?train|re-?train|train|fine-?tun|distil|develop|improv|enhanc)\w{0,4}\s"
            r"(?:(?:any|new|other|such|your)\s)?(?:(?:derivative|student)\smodels?|model\sderivatives)\b"
        ),
        ("use",),
        0.85,
        "Do not use the model or its outputs to improve other models.",
    ),
    # Revenue over a past year, the amount after it: "revenue in the last fiscal year exceeded $100 million".
    Pattern(
        "revenue_cap",
        _p(
            r"\brevenues?\b[^.;]{0,60}?\b(?:in|during|for|over)\s+(?:the\s+|its\s+|your\s+)?(?:last|prior|preceding|previous|most\s+recent)\s+"
            r"(?:fiscal\s+|calendar\s+|financial\s+)?(?:year|twelve\s+months|12\s+months)\b[^.;]{0,40}?"
            rf"{MONEY}"
        ),
        ("use",),
        0.85,
        "Above this annual revenue a separate license is needed.",
        _revenue,
        veto=_licensors_own,
    ),
    # No passing on at all, no derivatives made, no redistribution (round 5), each its own pattern so its
    # anchors skip the paragraphs it cannot match: "is not ... made available to anyone", "may not ... create
    # derivative works", "may not redistribute the weights", "redistribution ... is prohibited".
    _no_sharing(
        _p(
            r"\b(?:(?:is|are|be|shall|may|must|will|can|do|does)\s+not|cannot|agrees?\s+not\s+to)\s+(?:be\s+)?"
            r"(?:(?:published|distributed|redistributed|transferred|shared|given|provided|made\s+available|sold|leased|rented|lent|disclosed|"
            r"publish|distribute|redistribute|transfer|share|give|provide|make\s+available|disclose|otherwise|or|and)\b,?\s+){1,8}"
            r"(?![^.;]{0,60}?\b(?:confidential|results?|benchmarks?|reviews?|information|credentials|passwords?|outputs?)\b)[^.;]{0,60}?\bto\s+(?:anyone|any\s+(?:other\s+)?third[\s-]+part(?:y|ies)|(?:any\s+)?(?:other\s+)?third[\s-]+parties|others)\b"
            r"(?![^.;]{0,120}?\b(?:except|unless|pursuant\s+to|under\s+(?:the\s+terms\s+of\s+)?this|hosted|as\s+a\s+service|apis?\b|who|whom|which|that\s+(?:has|have|do|does|is|are)\b))"
        )
    ),
    _no_sharing(
        _p(
            rf"{_BAN}\s+(?:[a-z-]{{1,12}},?\s+(?:or\s+|and\s+)?){{0,3}}?(?:create|make|prepare|produce|develop|build)\s+(?:any\s+)?derivative\s+works?\b"
            r"(?![^.;]{0,80}?\b(?:except|unless)\b)"
            # the act as the banned subject, not gated: "No creation of derivative works ... is permitted", "Creating
            # derivative works ... is prohibited", "No derivative works of the Model may be made"
            r"|\bno\s+(?:creation|making|preparation|production|development)\s+of\s+(?:any\s+)?(?:[a-z]{1,12}\s+or\s+)?derivative\s+works?\b"
            r"(?![^.;]{0,160}?\b(?:except|unless|without)\b)[^.;]{0,120}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:permitted|allowed|authori[sz]ed|granted)\b"
            r"|(?<!\bno\s)\b(?:(?:the\s+)?(?:creation|making|preparation|production)\s+of|creating|making|preparing|producing)\s+(?:any\s+)?(?:[a-z]{1,12}\s+or\s+)?"
            rf"derivative\s+works?\b(?![^.;]{{0,160}}?\b(?:except|unless|without)\b)[^.;]{{0,120}}?\b{_BANNED}"
            r"|\bno\s+(?:[a-z]{1,12}\s+)?derivative\s+works?\b(?![^.;]{0,160}?\b(?:except|unless|without)\b)[^.;]{0,80}?"
            r"\b(?:may|shall|can|will)\s+be\s+(?:created|made|prepared|produced|developed)\b"
        )
    ),
    _no_sharing(
        _p(
            rf"{_BAN}\s+(?:[a-z-]{{1,12}},?\s+(?:or\s+|and\s+)?){{0,3}}?(?:redistribute|distribute|share|publish|disseminate)"
            # more verbs may follow the sharing one: "redistribute, re-host, mirror, or make the Model available"
            r"(?:,?\s+(?:or\s+|and\s+)?(?:otherwise\s+)?(?!(?:the|this|any|its|such|copies|or|and|it|them|these|those|to|with|in|on|for|by|use|used)\b)[a-z-]{1,12}(?=,|\s+(?:or|and|the|this|any|its|such)\b)){0,4}\s+"
            r"(?:(?:the\s+|this\s+|any\s+|its\s+|such\s+)?(?:[a-z0-9-]{1,20}\s+){0,2}?(?:model|software|weights|materials|checkpoints?|parameters|work|datasets?)s?\b"
            # the licensed data ("sell, lease, distribute or otherwise transfer the Data to any third party": a dataset or
            # evaluation licence's material), never data of or about someone ("the data you collect", "the data of users")
            r"|(?:the|this|such)\s+data\b(?!\s+(?:of|about|from|on|relating|related|concerning|collected|generated|produced|used|you|your|that|which|they|subjects?|users?|provided\s+by\s+(?:you|users?))\b))"
            # gated ("without explicit permission"), as "redistribution without ... is prohibited" below: no ban of the kind
            r"(?![^.;]{0,120}?\b(?:except|unless|under|only|pursuant|outside|hosted|service|apis?|provided\s+that|if|for(?!\s+(?:download|downloading)\b)|as\s+long\s+as|so\s+long\s+as|who|whom|which|without)\b)"
            # copies put where others reach them: "may not copy, upload or mirror the Weights to any public repository,
            # platform or website" (a place outside the licensee's own: a redistribution, not a use)
            rf"|(?:{_BAN}\s+(?:[a-z-]{{1,12}},?\s+(?:or\s+|and\s+)?){{0,4}}?(?:copy|upload|post|mirror|clone|fork|push|re-?host|re-?upload|publish)\s+"
            r"(?:the\s+|this\s+|any\s+|its\s+|such\s+)?(?:[a-z0-9-]{1,20}\s+){0,2}?(?:model|software|weights|materials|checkpoints?|parameters|datasets?|files)s?\b"
            r"(?![^.;]{0,160}?\b(?:except|unless|without|other\s+than|only|provided|if|own|private)\b)[^.;]{0,60}?"
            # passive: "The checkpoints must not be posted to any public repository"
            r"|\b(?:model|software|weights|materials|checkpoints?|parameters|datasets?|files)\s+(?:may|shall|must|can)\s*not\s+be\s+"
            r"(?:(?:copied|uploaded|posted|mirrored|cloned|forked|pushed|re-?hosted|hosted|published),?\s+(?:or\s+|and\s+)?){1,4}"
            r"(?![^.;]{0,160}?\b(?:except|unless|without|other\s+than|only|provided|if|own|private)\b)[^.;]{0,40}?)"
            r"\b(?:to|on|onto|in|into)\s+(?:any\s+|a\s+|the\s+)?(?:other\s+)?(?:public(?:ly\s+accessible)?\s+|third[\s-]+party\s+|external\s+|online\s+)?"
            r"(?:platforms?|repositor(?:y|ies)|websites?|web\s+sites?|hubs?|servers?|model\s+hubs?|file[\s-]+sharing\s+(?:sites?|services?))\b"
        )
    ),
    _no_sharing(
        _p(
            r"\b(?:re)?distribution\s+(?![^.;]{0,60}?\b(?:without|unless|except)\b)[^.;]{0,60}?\b(?:is|are)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b"
            r"(?![^.;]{0,60}?\b(?:without|unless|except)\b)"
            # a labelled list: "Prohibited Use: Commercial use, redistribution, or ...", "Not permitted: redistribution of the weights"
            rf"|{_PROHIBITED_LABEL}(?:[^.;:]{{0,80}}?,\s*)?(?:or\s+|and\s+)?(?:any\s+)?(?:re-?distribution|redistributing|distribution|sharing|publication)\b"
            r"(?!\s+(?:without|unless|except|outside|of\s+(?!(?:the\s+|this\s+|any\s+)?(?:model|weights|software|checkpoints?|materials?|code)\b)))"
        )
    ),
    _no_sharing(
        _p(
            r"\b(?:sharing|distributing|redistributing|publishing|transferring)\s+(?:the\s+|this\s+|any\s+)?[^.;]{0,40}?\b(?:with|to)\s+(?:any\s+)?(?:third[\s-]+parties|third[\s-]+party|others|anyone)\b"
            rf"[^.;]{{0,30}}?{_BANNED}"
        )
    ),
    _no_sharing(
        _p(
            r"\b(?:modified|derivative|adapted|fine-?tuned)\s+(?:[a-z-]{1,20}\s+){0,2}?(?:may|shall|must|can)\s*not\s+be\s+(?:distributed|shared|published|redistributed|released)\b"
            r"(?![^.;]{0,60}?\b(?:except|unless|under|without)\b)"
            # made and used, not shared: "Adapted weights may be produced and used, but may not be shared (under this license)"
            r"|\b(?:modified|derivative|adapted|fine-?tuned|altered)\s+(?:[a-z-]{1,20}\s+){0,2}?(?:may|can)\s+be\s+(?:[a-z-]{1,20},?\s+(?:and\s+|or\s+)?){1,4}?"
            r"but\s+(?:may|shall|must|can)\s*not\s+be\s+(?:distributed|shared|published|redistributed|released)\b"
            r"(?:\s+under\s+this\s+licen[cs]e\b)?(?!\s*,?\s*(?:except|unless|without|other\s+than|outside|under)\b)"
            # the adapted material named after the ban: "you may not distribute the modified material"
            rf"|{_BAN}\s+(?:[a-z-]{{1,12}},?\s+(?:or\s+|and\s+)?){{0,3}}?(?:redistribute|distribute|share|publish)\s+(?:the\s+|any\s+|such\s+|your\s+)?"
            r"(?:modified|adapted|derivative|altered|remixed|fine-?tuned)\s+(?:material|weights|models?|versions?|works?|checkpoints?|copies)\b"
            r"(?![^.;]{0,120}?\b(?:except|unless|without|other\s+than|outside|under|only|provided|if)\b)"
        )
    ),
    # the ban on the acts named as gerunds: "You are prohibited from further copying, publishing or disseminating any
    # part of the Dataset", "must refrain from sharing the weights" (not gated, not confined to some data)
    _no_sharing(
        _p(
            r"\b(?:(?:is|are|shall\s+be|will\s+be)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden|barred|banned)|refrains?|(?:must|shall|will)\s+refrain)"
            r"\s+from\s+(?:further\s+|otherwise\s+|any\s+)?(?:[a-z-]{1,14}ing,?\s+(?:or\s+|and\s+)?){0,3}?(?:redistributing|distributing|sharing|publishing|disseminating)\b"
            r"(?:,?\s+(?:or\s+|and\s+)?(?:otherwise\s+)?[a-z-]{1,14}ing\b){0,3}\s+(?:(?:any|all|each|every)\s+(?:parts?|portions?|copy|copies|segments?)\s+of\s+)?"
            r"(?:the|this|such|its)\s+(?:[a-z0-9-]{1,20}\s+){0,2}?(?:model|software|weights|materials|checkpoints?|parameters|work|datasets?|corpus|corpora)s?\b"
            r"(?![^.;]{0,120}?\b(?:except|unless|under|only|pursuant|outside|hosted|service|apis?|provided\s+that|if|as\s+long\s+as|so\s+long\s+as|without)\b)"
        )
    ),
    # A ban + use + a harmful aim ("you will not use the Model to create weapons or to harm people"); a use
    # policy by name to comply with ("in compliance with ... our Responsible AI Policy").
    _use_ban(
        _p(
            rf"{_BAN}\s+(?:be\s+)?us(?:e|ed)\b(?![^.;]{{0,80}}?\b(?:names?|trademarks?|logos?|marks)\b)[^.;]{{0,80}}?\b(?:weapons?|military|illegal|unlawful|harm(?:s|ing)?|"
            r"violen\w{1,4}|surveillance|discriminat\w{1,5}|harass\w{0,4}|defam\w{1,6}|fraud\w{0,5}|malware|terroris\w{1,3}|disinformation|misinformation|"
            r"sexual(?:ly)?|minors|children|infring\w{1,4}|medical\s+advice|legal\s+advice|impersonat\w{1,4}|spam|phishing|hate\w{0,3}|self-harm|deceptive|manipulat\w{1,5}|"
            r"(?:automated\s+)?decisions?\s+(?:about|on|regarding|affecting)\s+(?:[a-z'\u2019]{1,15}\s+){0,2}?(?:employment|credit|housing|insurance|eligibility|individuals|people)"
            # clinical and privacy harms: "clinical diagnosis, triage, or patient care", "ways that expose private data"
            r"|clinical\s+(?:diagnos\w{1,5}|decisions?|care|workflows?|practice)|diagnos(?:is|es|tic)|patient\s+care|treatment\s+(?:planning|decisions?)"
            r"|re-?identif\w{1,9}|pornograph\w{1,4}|(?:private|personal|sensitive)\s+(?:data|information))\b"
            # without a modal: "No clinical use.", "Use in clinical diagnosis ... is strictly prohibited"
            rf"|{USE_BANS}"
            # attacks on the data the model was trained on: "may not attempt to re-identify subjects", "prohibited
            # from: Performing membership inference or model inversion attacks", "extract ... training data"
            rf"|{_BAN}\s(?:[^.;]{{0,60}}?\s)?(?:re-?identif\w{{1,9}}|membership\sinference|model\sinversion"
            r"|(?:extract|reconstruct|recover)\w{0,3}\b[^.;]{0,60}?\b(?:training\sdata(?:sets?)?|(?:personal|private)\sdata|data\sfrom\s(?:the\s)?(?:models?|weights))\b)"
        )
    ),
    # A condition of use that generated content be disclosed as such (round 15, fixb7): the licensee bound to tell
    # the people who hear, see or read it that it is synthesized or machine generated ("you agree to inform the
    # listeners that the speech samples are synthesized", "must label all generated images as AI-generated", "shall
    # disclose to end users that the content was produced by an AI model"); a duty, never the licensor's own act nor
    # a permission ("we tell listeners ...", "you may label outputs as synthetic"). Read as a use policy whose
    # category is undisclosed machine-generated content (rules/use-cases.toml), a condition of a generating use.
    _use_ban(
        _p(
            rf"\b{_DISCLOSE_DUTY}(?:(?:inform|tell|notify|advise|alert|warn|make\s+(?:it\s+)?clear\s+to"
            r"|disclose\s+to|(?:clearly\s+|expressly\s+)?(?:indicate|state|disclose|disclaim)\s+to)\s+(?:the\s+|your\s+|all\s+|any\s+|its\s+|their\s+)?"
            rf"(?:{_AUDIENCE})\b|let\s+(?:the\s+|your\s+|all\s+|any\s+|its\s+|their\s+)?(?:{_AUDIENCE})\s+know\b)[^.;]{{0,40}}?\bthat\b[^.;]{{0,80}}?{_GENERATED}"
            # labelled or announced: "must label generated images as AI-generated", "have to publicly announce that
            # these voices are synthesized", "shall clearly state that the audio is machine generated"
            rf"|\b{_DISCLOSE_DUTY}(?:label|mark|tag|identify|flag|watermark|present|disclose)\w{{0,3}}\s+[^.;]{{0,60}}?\bas\s+(?:being\s+)?{_GENERATED}"
            rf"|\b{_DISCLOSE_DUTY}(?:announce|state|declare|disclose|disclaim|indicate)\w{{0,2}}\s+(?:publicly\s+|clearly\s+|expressly\s+|prominently\s+)?"
            rf"that\s+[^.;]{{0,60}}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+{_GENERATED}"
        )
    ),
    _use_ban(
        _p(
            r"\b(?:comply\w{0,3}|compliance|accordance|consistent)\s+with\b[^.;]{0,80}?\b(?:(?:acceptable|responsible|prohibited|permitted|trustworthy)\s+(?:ai\s+)?(?:use|usage)|responsible\s+ai|usage|use)\s+(?:polic(?:y|ies)|guidelines)\b"
        )
    ),
    # The rights ending first, the suit after: "This License terminates if you breach it, or if you initiate any
    # legal action alleging that the Model infringes a patent".
    Pattern(
        "patent_termination",
        Near(
            _RIGHTS_END,
            (
                (
                    r"\b(?:if|when|should|in\s+the\s+event\s+that)\s+(?:you|licensee|the\s+licensee|recipient),?\s+(?:[a-z-]{1,15},?\s+){0,5}?"
                    r"(?:institutes?|initiates?|commences?|brings?|files?|maintains?|pursues?|sues?|asserts?|makes?)\b",
                    200,
                ),
                (r"infring|\bpatent|intellectual\s+property", 200),
            ),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Rights end if you sue the licensor over IP.",
    ),
)
