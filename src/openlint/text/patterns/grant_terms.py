"""Patterns of licence copies, change notices, research-only and non-commercial grants, passing on,
share-alike, disclosure, use bans, training bans, territories, patent termination and term changes."""

from __future__ import annotations

from openlint.text.patterns.base import (
    SENTENCE_END,
    Near,
    Pattern,
    _p,
)
from openlint.text.patterns.builders import (
    _BAN,
    _BANNED,
    _COMMERCIAL,
    _GRANT,
    _NOT_GATED,
    _PURPOSE,
    _PURPOSE_ITEM,
    _PURPOSE_SEP,
    _PURPOSES_BEFORE,
    _RIGHTS_END,
    _exempted,
    _no_sharing,
    _territory,
    _use_ban,
)
from openlint.text.patterns.plain_clauses import REMAIN_UNDER
from openlint.text.patterns.purposes import (
    BANNED_EXCEPT_NON_COMMERCIAL,
    BANNED_EXCEPT_RESEARCH,
    DERIVATIVES_SUBJECT_TO_RESTRICTIONS,
    GRANT_FOR_ACADEMIC,
    GRANT_FOR_NON_COMMERCIAL,
    GRANT_FOR_NON_COMMERCIAL_RESEARCH,
    GRANT_FOR_NON_COMMERCIAL_RESEARCH_ONLY,
    GRANT_FOR_RESEARCH,
    ONLY_FOR_EVALUATING,
    ONLY_FOR_PURPOSES_OF,
    ONLY_PERSONAL_PURPOSES,
    ONLY_TO_EVALUATE,
    ONLY_USE_FOR_NON_COMMERCIAL_USE,
    ONLY_USE_FOR_RESEARCH,
    ONLY_USE_FOR_RESEARCH_USE,
    RELEASED_FOR_NON_COMMERCIAL,
    SHARE_WITH_BOUND_RECIPIENTS,
    SUPPLY_IN_COMMERCE,
    WITHHELD_COMMERCE,
)
from openlint.text.patterns.term_changes import changes_bind_nothing_held
from openlint.text.regex import Chain

# A grant with its purpose first: "For research and non-commercial purposes, all the code is released under ...".
# A document's own name between "this" and its noun ("this Acme Open Model Use Policy"): up to six words, none a
# preposition or conjunction (a phrase, not a name) nor a privacy or cookie policy's (no terms on the licensee).
_OWN_NAME = (
    r"(?:(?!(?:of|under|for|in|on|to|with|by|and|or|from|privacy|cookies?)\b)[a-z0-9][a-z0-9.'\u2019&-]{0,24}\s+){0,6}?"
)
_FRONTED = (
    r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.:;]\s))for\s(?:your\s|the\s)?"  # at the block's or a sentence's start
)
# Use that infringes others' rights or breaks the law, three windows deep: run as a chain (linear).
_INFRINGING_USE = Chain(
    r"(?<!\bi\s)(?<!licensor\s)\b(?:(?:shall|must|may|will)\s+not|cannot|agrees?\s+not\s+to)\b",
    (160, r"\bus(?:e|ed|ing)\b"),
    (
        300,
        r"\bin\s+(?:any|a|an)\s+(?:way|manner|fashion)\s+that\s+(?:may\s+|could\s+|would\s+)?(?:[a-z-]{1,20},?\s+(?:or\s+)?){0,4}?"
        r"(?:infring\w{0,4}|misappropriat\w{0,4}|(?:violat|breach|contraven)\w{0,4}\b[^.;]{0,40}?\b(?:laws?|regulations?|rights))\b",
    ),
)
_FRONTED_GRANT = r"[^.;]{0,100}?\b(?:is|are)\s(?:hereby\s)?(?:released|licensed|made\savailable|provided|distributed|available|offered)\b"

GRANT_TERMS: tuple[Pattern, ...] = (
    Pattern(
        "include_license",
        _p(
            r"(?<!obtain )(?:a|an|one)\s+(?:(?:complete|full|unmodified|unaltered|verbatim|exact),?\s+){0,3}copy\s+of\s+(?:this|the)\s+(?:agreement|license|licence)(?!\s+at\b)"
            # passive: "provided that this license text is included with every copy you share"
            r"|\bthis\s+licen[cs]e(?:\s+(?:text|file|document))?\s+(?:is|be|must\s+be|shall\s+be)\s+(?:included|distributed|shipped|provided)\s+(?:together\s+)?with\s+(?:any|all|each|every)\s"
            r"|\bprovide\s+a\s+link\s+to\s+(?:the|this)\s+licen[cs]e\b"
            # "link" as the verb, owed: "provided you give appropriate credit, link to the licence and ..."
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to|provided,?\s+(?:that\s+)?(?:you|licensee)|(?:so|as)\s+long\s+as\s+you)\s"
            r"(?!not\b|never\b)(?:[^.;]{0,100}?\s)?(?<!\ba\s)(?<!\bthe\s)(?<!\bany\s)link\s+to\s+(?:the|this)\s+(?:licen[cs]e|agreement|terms)\b"
            # the recipient told where the licence is: "inform recipients ... how they can obtain a copy of this License"
            r"|\b(?:inform|tell|notify|advise)\w{0,2}\s+(?:(?:all|any|the|your)\s+)?recipients?\b[^.;]{0,120}?\b(?:how|where)\s+(?:they\s+)?(?:can|may|could)\s+"
            r"(?:obtain|get|find|access)\s+(?:a\s+copy\s+of\s+)?(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b"
            r"|\brecipients?\s+(?:must|shall)\s+be\s+(?:informed|told|notified|advised)\s+(?:of\s+)?(?:how|where)\s+(?:they\s+)?(?:can|may|could)\s+"
            r"(?:obtain|get|find|access)\s+(?:a\s+copy\s+of\s+)?(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b"
            # the licence named to recipients: "Credit this project and state that the weights are under CC BY-NC 4.0"
            r"|(?:(?<![\s\S])|(?<=^\s)|(?<=[.:;]\s)|\band\s|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?)"
            r"(?:state|indicate|mention|note|make\s+clear)\s+that\s+(?:the\s+|these\s+|this\s+|it\s+|they\s+|your\s+|such\s+)?(?:[a-z0-9-]{1,20}\s+){0,3}?"
            r"(?:is|are|remains?)\s+(?:licensed\s+|released\s+|distributed\s+|available\s+|made\s+available\s+|provided\s+)?under\s+(?:the\s+)?"
            r"(?:cc[\s-]+by\b|creative\s+commons\b|this\s+licen[cs]e\b|these\s+terms\b|the\s+same\s+licen[cs]e\b)"
            # the permission notice kept, as MIT's is: "all copies must include the copyright notice and this permission notice"
            r"|(?<!\bnot\s)\b(?:include|retain|reproduce|contain|keep|preserve)\w{0,3}\s+(?:[^.;]{0,80}?\s)?this\s+permission\s+notice\b"
            # this file, or the license's full text, kept with copies: "you must keep this file", "include the full
            # text of this license with all copies", "be accompanied by this LICENSE file"
            r"|(?<!licensor\s)\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:keep|retain|include|ship|distribute|provide|preserve)\s+"
            r"(?:(?:a\s+copy|the\s+(?:full|complete|entire)\s+text)\s+of\s+)?this\s+(?:licen[cs]e\s+|notice\s+)?file\b"
            r"(?!\s+(?:confidential|secret|private|secure|safe|up\s+to\s+date|updated|current)\b)"
            r"|\b(?:include|provide|ship|distribute|reproduce|retain|keep|supply)\w{0,2}\s+the\s+(?:full|complete|entire|whole)\s+text\s+of\s+(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b"
            r"|\b(?:give|provide|include|supply|deliver|furnish|send)\w{0,2}\s+(?:all\s+|any\s+|every\s+|each\s+)?(?:recipients?\s+|licensees?\s+|users?\s+)?(?:with\s+)?"
            r"(?:a|one)\s+(?:complete\s+)?copy\s+of\s+these\s+(?:terms|conditions)\b"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:include|provide|supply|distribute|ship|accompany)\w{0,2}\s+(?:it\s+with\s+|them\s+with\s+)?"
            r"(?:this|these)\s+(?:(?:entire|full|complete|whole)\s+)?(?:licen[cs]e\s+(?=agreement))?(?:licen[cs]e|agreement|terms)\b(?!\s+(?:to|by|applies|governs)\b)"
            # the copy as the condition of sharing: "share the Weights only with these terms included", "provided
            # this license is included", "redistribute them unchanged with this notice"
            r"|\b(?:with|provided(?:\s+that)?)(?:\s+a\s+copy\s+of)?\s+(?:this|these)\s+(?:licen[cs]e|agreement|terms)(?:\s+(?:text|file))?\s+(?:is\s+|are\s+|being\s+)?(?:included|attached|enclosed|intact)\b"
            r"|\b(?:re)?distribut\w{0,5}\b[^.;]{0,60}?\b(?:only\s+)?(?:together\s+)?with\s+(?:this|these)\s+(?:notice|licen[cs]e|terms)\s*(?:[.;,]|$)"
            # with other things kept: "must keep this license and the Licensor's copyright notices with every copy"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+(?:also\s+)?(?:keep|retain|ship|bundle)\s+(?:this|these)\s+(?:licen[cs]e|agreement|terms)(?:\s+(?:text|file))?"
            r"(?:\s+and\s+[^.;]{1,80}?)?\s+(?:together\s+)?with\s+(?:each|every|all|any)\s"
            r"|\b(?:must|shall)\s+(?:also\s+)?be\s+(?:accompanied|distributed|provided|shipped|delivered)\s+(?:together\s+)?(?:by|with)\s+(?:a\s+copy\s+of\s+)?(?:this|these)\s+(?:agreement|licen[cs]e|terms)\b"
            r"|\bpass\s+(?:on\s+)?(?:this|these)\s+(?:agreement|licen[cs]e|terms)\s+(?:on\s+)?to\b"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:provide|include|give)\s+(?:a\s+)?(?:link|url|uri|hyperlink)\s+to\s+(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b"
            # the recipient's side: "ensure that anyone who gets a copy of the model also gets a copy of these terms"
            r"|\b(?:ensure|make\s+sure)\b[^.;]{0,200}?\b(?:gets?|receives?|obtains?|(?:is|are)\s+(?:also\s+)?(?:given|provided\s+with|sent))\s+"
            r"(?:a|one)\s+(?:complete\s+)?copy\s+of\s+(?:this|these|the)\s+(?:terms|conditions|licen[cs]e|agreement)\b"
            r"|include the text of, or the URI|copy of, or the Uniform Resource Identifier for, this License"
            r"|this license text must be included|text of this license or a link"
            r"|this\s+(?:permission|licen[cs]e)\s+(?:notice|statement)\s+(?:shall|should|must)\s+be\s+included"
            r"|\b(?:retain|reproduce)\s+(?:or\s+(?:retain|reproduce)\s+)?this\s+licen[cs]e\s+text"
            r"|\b(?:retain|include|reproduce)\w{0,2}\s[^.]{0,60}?\bthis\s+list\s+of\s+conditions"
            # Chinese: 提供……本协议的副本
            # (the licence's name often quoted as a defined term: 提供“本许可证”的副本)
            # (or a link to it: 附上本许可的链接)
            r"|(?:提供|附上|附带|随附|包含|附有|给出)[^。\uff1b]{0,60}?本(?:许可)?(?:协议|许可证?)[\u201d\u300d\u300f\"]?的?(?:副本|文本|复本|全文|链接)"
            # 本许可声明应包含在所有副本中
            r"|本(?:许可|协议)(?:证|协议)?声明[^。\uff1b]{0,20}?(?:应|须|必须|应当)(?:被)?(?:包含|包括)在[^。\uff1b]{0,30}?副本"
        ),
        ("distribute",),
        0.85,
        "Give recipients a copy of the license.",
    ),
    Pattern(
        "state_changes",
        _p(
            r"carry prominent notices stating that (?:you|You) (?:changed|modified|have modified)"
            r"|indicate if you modified|\bindicate\w{0,2}\s+(?:if|whether)\s+(?:any\s+)?(?:changes|modifications|alterations)\s+(?:were|have\s+been|are)\s+made\b"
            r"|plainly marked as such|clearly (?:document|describe)[^.]{0,60}?(?:differs|changes)"
            r"|disclosure of modifications|stating that you have modified it|that you changed the .{0,40}?and how"
            r"|\b(?:notice|statement|note)s?,?\s+(?:[a-z]{1,12},?\s+){0,3}?(?:stating|describing|explaining|indicating|saying)\s+how\s+(?:you|it|they)\s+(?:have\s+|has\s+)?(?:been\s+)?(?:modified|changed|altered)\b"
            r"|(?:clearly|prominently|conspicuously|plainly)\s++(?:indicate|state|mark|identify|describe|document|note|disclose)\w{0,4}+"
            r"\s++(?:[a-z-]{1,20}\s){0,6}?(?:modifications|changes|alterations)\b"
            r"|(?:must|shall|are required to|agree to)\s(?:[a-z-]{1,20}\s){0,2}?(?:indicate|state|mark|identify|describe|document|note|disclose)\w{0,4}+"
            r"\s++(?:[a-z-]{1,20}\s){0,6}?(?:modifications|changes|alterations)\b"
            r"|\b(?:provide|give|include|add)\w{0,2}\s+(?:a\s+)?(?:(?:clear|prominent|conspicuous)\s+)?notice\s+of\s+(?:any\s+|the\s+|all\s+)?"
            r"(?:modifications|changes|alterations)\b"
            r"|\b(?:statement|note|notice|notation|indication)\s(?:stating\s|saying\s)?that\s(?:you\s(?:have\s)?|it\s(?:has\s)?been\s|"
            r"(?:the\s)?[a-z0-9.\[\] -]{1,40}?\s(?:was|were|has\sbeen|have\sbeen)\s)(?:modified|changed|altered)\b"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:clearly\s+|prominently\s+)?(?:indicate|state|identify|describe|document|note|list|specify|disclose)\s+"
            r"(?:which|what)\s+(?:[a-z0-9-]{1,20}\s+){0,4}?(?:you\s+(?:have\s+)?|(?:has|have|was|were)\s+(?:been\s+)?)(?:changed|modified|altered)\b"
            r"|\b(?:notices?|statements?|notes?|notations?)\s+(?:[a-z-]{1,15}\s+){0,2}?(?:stating|indicating|identifying|showing|specifying|saying|explaining|describing)\s+"
            r"(?:which|what|where)\s+(?:[a-z0-9-]{1,20}\s+){0,4}?(?:(?:has|have|was|were)\s+(?:been\s+)?|you\s+(?:have\s+)?)(?:changed|modified|altered)\b"
            r"|\bmark\w{0,3}\s+(?:the\s+|any\s+|such\s+|your\s+|each\s+)?(?:modified|changed|altered|derivative)\s+(?:[a-z-]{1,20}\s+){0,2}?as\s+such\b"
            # "mark any files you changed with a prominent notice"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:clearly\s+|prominently\s+)?(?:mark|label|flag|identify)\s+(?:any\s+|all\s+|the\s+|each\s+)?"
            r"(?:files?|parts?|portions?|components?|sections?)\s+(?:that\s+)?you\s+(?:have\s+)?(?:changed|modified|altered)\b"
            r"|\b(?:statement|notice|note|description|summary|log)\s+(?:describing|detailing|listing|explaining|identifying|of)\s+(?:the\s+|any\s+|all\s+|your\s+|such\s+)?(?:modifications|changes|alterations)\b"
            r"|\b(?:modified|changed|altered)\s+(?:versions?|copies|files)\s+(?:must|shall)\s+be\s+(?:clearly\s+|plainly\s+|prominently\s+)?(?:marked|identified|labell?ed)\b"
            # "carry a prominent notice stating the nature of modifications"
            r"|\b(?:notice|statement|note)s?\s+(?:stating|describing|indicating|explaining|setting\s+out|detailing)\s+(?:the\s+)?(?:nature|extent|details?|scope|substance)\s+of\s+"
            r"(?:the\s+|your\s+|any\s+|such\s+|those\s+)?(?:modifications|changes|alterations)\b"
            # Chinese: 说明修改的内容
            r"|(?:说明|标明|注明|标注|声明|指明)[^。\uff1b]{0,8}?(?:修改|更改|变更|改动)(?:的)?(?:内容|部分|之处|情况|位置)"
        ),
        ("distribute",),
        0.9,
        "Mark what you changed.",
    ),
    Pattern(
        "research_only",
        _p(
            r"(?:solely|only|exclusively)\s+for\s+(?:your\s+)?(?:non-?commercial\s+)?(?:scientific\s+)?research(?:\s+purposes)?"
            r"|research purposes only"
            r"|\b(?:solely|only|exclusively)\s+for\s+(?:[a-z]{1,12},?\s+){0,3}?research(?:\s+(?:and|or)\s+(?:education(?:al)?|teaching|academic))?\s+purposes"
            r"|\b(?:uses?|purposes?)\s+other\s+than\s+(?:for\s+)?(?:your\s+)?(?:non-?commercial\s+)?(?:academic\s+|scientific\s+)?research\b"
            # research beside purposes that exclude commercial use: "solely for non-commercial and research purposes"
            rf"|\b(?:solely|only|exclusively)\s+for\s+(?:your\s+|their\s+|its\s+)?{_PURPOSE}{{1,4}}research\s+(?:purposes?|uses?)\b"
            # "for research and evaluation purposes only", "solely to conduct academic research", "may only be used
            # for research", "(use is) limited to research purposes"
            r"|(?<!means\sfor\s)(?<!mean\sfor\s)(?<!means\s)(?<!mean\s)\bresearch\s+(?:(?:and|or)\s+(?:evaluation|educational|academic|teaching|non-?commercial|testing)\s+)?(?:purposes?\s+|uses?\s+)?only\b"
            r"|\b(?:solely|only|exclusively)\s+(?:to|in\s+order\s+to)\s+(?:conduct|perform|carry\s+out|undertake|support|pursue)\s+(?:your\s+)?(?:[a-z-]{1,15}\s+){0,2}?research\b"
            r"|\b(?:only|solely|exclusively)\s+(?:be\s+)?(?:used|use|usable|deployed|accessed)\s+for\s+(?:[a-z-]{1,15},?\s+){0,3}?research\b"
            r"|\b(?<!not\s)(?:restricted|limited|confined)\s+to\s+(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+(?:and\s+|or\s+)?){0,3}?research\b"
            r"|\b(?:academic|scientific|scholarly)\s+(?:research\s+)?(?:purposes?|uses?)\s+only\b"
            rf"|{_GRANT}[^.;]{{0,120}}?\bfor\s+(?:[a-z-]{{1,15}}\s+){{0,2}}?research\s+(?:purposes?|uses?)\b,?\s+(?:and\s+|but\s+)?not\s+for\s+(?:any\s+)?commercial"
            r"|\b(?:solely|only|exclusively)\s+for\s+(?:your\s+|the\s+)?(?:internal\s+)?(?:evaluation|testing|benchmarking)(?:\s+(?:and|or)\s+(?:evaluation|testing|benchmarking|research))?(?:\s+(?:purposes?|uses?))?\b"
            # research in a list of purposes: "solely by Licensee for academic, research, and non-commercial purposes"
            # (after research only qualifiers: "research and educational purposes" also grants teaching)
            rf"|{_PURPOSES_BEFORE}research(?:{_PURPOSE_SEP}(?:non-?commercial|not-for-profit|non-?profit|academic|scientific|scholarly)){{0,2}}(?:\s(?:purposes?|uses?|activities|projects?)\b|\b(?=\s*(?:[.;)]|$)))"
            # academic use: "for academic non-commercial use only", "limited to academic use"
            r"|\b(?:only|solely|exclusively)\s+for\s+(?:your\s+|the\s+)?academic\s+(?:[a-z-]{1,15}\s+)?(?:purposes?|uses?|research)\b"
            r"|\b(?:academic|scholarly)\s+(?:(?:and\s+|or\s+)?(?:non-?commercial|not-for-profit|non-?profit|research|teaching|educational)\s+){0,2}(?:purposes?|uses?|research|settings?)\s+only\b"
            r"|\b(?<!not\s)(?:restricted|limited|confined)\s+to\s+(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+){0,2}?academic\s+(?:[a-z-]{1,15}\s+)?(?:purposes?|uses?|research)\b"
            # the purpose first: "For research and non-commercial purposes, the code is released under the GPL"
            rf"|{_FRONTED}(?:{_PURPOSE_ITEM}{_PURPOSE_SEP}){{0,3}}?(?:research|academic|scholarly)(?:{_PURPOSE_SEP}(?:non-?commercial|not-for-profit|non-?profit|academic|scientific|scholarly)){{0,2}}"
            rf"\s(?:purposes?|uses?),\s{_FRONTED_GRANT}"
            # the purpose a permission names, and use after its object confined to listed purposes (purposes.py)
            rf"|{GRANT_FOR_RESEARCH}|{ONLY_USE_FOR_RESEARCH}|{ONLY_FOR_EVALUATING}|{ONLY_USE_FOR_RESEARCH_USE}"
            rf"|{GRANT_FOR_NON_COMMERCIAL_RESEARCH_ONLY}|{BANNED_EXCEPT_RESEARCH}|{GRANT_FOR_ACADEMIC}|{ONLY_TO_EVALUATE}|{ONLY_FOR_PURPOSES_OF}"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "The grant covers research only.",
        veto=_exempted,
    ),
    Pattern(
        "non_commercial",
        _p(
            r"(?:solely|only|exclusively)\s+(?:(?:available|licensed|provided|offered|granted|permitted)\s+)?for\s+(?:your\s+)?non-?commercial|non-?commercial\s+(?:research\s+)?(?:purposes|uses?|work|projects?|activit(?:y|ies)|applications?|ends|settings?|contexts?)\s+only"
            r"|(?:may|can|shall)\s+only\s+(?:use|be\s+used)\b[^.]{0,100}?\bfor\s+(?:your\s+)?non-?commercial"
            r"|does not include any commercial|for\s+\(i\)\s+any commercial or production purposes"
            r"|not primarily intended for or directed towards commercial advantage"
            r"|\bfor (?:any )?purposes? other than (?:any )?commercial"
            # "for the sole purpose of performing non-commercial research"; "any use for commercial purposes, is prohibited"
            r"|\b(?:sole|only|exclusive)\s+purposes?\s+of\s+(?:[a-z-]{1,15}\s+){0,2}?non-?commercial\b"
            rf"|\buse\s+for\s+(?:any\s+)?{_COMMERCIAL}\s+(?:purposes?|gain|ends)\b,?\s+{_BANNED}"
            # a ban on bundling into commercial offerings: "you may not: ... bundle the Model with commercial products"
            # (a list of such verbs: "incorporate, bundle, embed, or invoke the Model in or from any commercial product")
            rf"|{_BAN}\s+(?:(?:bundle|integrate|incorporate|embed|invoke|package|ship)\w{{0,2}},?\s+(?:(?:or|and|and/or)\s+)?){{1,5}}[^.;]{{0,40}}?\b(?:with|into|in)"
            rf"(?:\s+(?:or|and)\s+(?:from|with|into|in))?\s+(?:any\s+)?{_COMMERCIAL}\s+(?:products?|services?|offerings?)\b"
            # the grant's scope stated with "only": "this license allows only non-commercial use of the model"
            r"|\b(?:allows?|permits?|authori[sz]es?|covers?|grants?)\s+(?:you\s+)?only\s+(?:your\s+)?non-?commercial\s+(?:use|uses|usage|purposes?)\b"
            r"|\brefrain\s+from\s+using\b[^.]{0,60}?\bfor\s+(?:any\s+)?commercial"
            r"|\bno\s+commercial\s+(?:rights|use\s+rights)\s+(?:are|is)\s+granted"
            r"|\bprohibited\s+from\s+(?:using|exploiting)\b[^.]{0,100}?\bfor\s+(?:any\s+)?commercial\s+(?:purposes?|uses?|activities)"
            r"|(?:(?:may|can|shall)\s+only|only\s+(?:may|can|shall))\s+(?:be\s+)?(?:used?|exploited|distributed)\b[^.]{0,100}?\bnon-?commercially\b"
            # a ban of commercial use in any words: "may not use the Model for any commercial purpose", "must not be
            # used commercially", "commercial use ... is not permitted", "does not grant any right to ... commercial"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used|exploit\w{{0,3}}|deploy\w{{0,3}})\b[^.;]{{0,80}}?\b(?:for|in)\s+(?:any\s+|a\s+)?{_COMMERCIAL}"
            rf"\s+(?:purposes?|uses?|gain|advantage|activit\w{{1,3}}|settings?|products?|applications?|ventures?|exploitation)\b(?!\s*only\b){_NOT_GATED}"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used|exploit\w{{0,3}})\b[^.;]{{0,60}}?\b(?:for\s+(?:any\s+)?(?:monetary|financial)\s+(?:gain|compensation|benefit)|to\s+(?:generate|earn|make)\s+(?:revenue|money|profits?))\b{_NOT_GATED}"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used|exploit\w{{0,3}})\b[^.;]{{0,60}}?\bcommercially\b{_NOT_GATED}"
            rf"|{_BAN}\s+(?:be\s+)?(?:use|used)\b[^.;]{{0,60}}?{_COMMERCIAL}\s+(?:uses?|usage|exploitation)\b(?!\s*only\b){_NOT_GATED}"
            rf"|{_COMMERCIAL}\s+(?:use|usage|exploitation)\s+(?:of\s+[^.;]{{1,60}}?\s+)?{_BANNED}{_NOT_GATED}"
            rf"|\b(?:does|do)\s+not\s+(?:grant|give|include|confer)\b[^.;]{{0,60}}?\b(?:right|licen[cs]e|permission)s?\b[^.;]{{0,60}}?{_COMMERCIAL}"
            r"|\b(?<!not\s)(?:restricted|limited|confined)\s+to\s+(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+(?:and\s+|or\s+)?){0,3}?non-?commercial\b"
            r"|\b(?:purposes?|uses?)\s+other\s+than\s+(?:for\s+)?(?:your\s+|the\s+)?(?:[a-z-]{1,15},?\s+){0,2}?non-?commercial\b"
            rf"|\b(?:and\s+|but\s+)?not\s+for\s+(?:any\s+)?{_COMMERCIAL}\s+(?:purposes?|uses?|gain|exploitation)\b"
            # non-commercial in a list of purposes: "solely by Licensee for academic, research, and non-commercial purposes"
            rf"|{_PURPOSES_BEFORE}non-?commercial\b"
            # a purpose negated: "for any legal purpose that is not a Commercial Use"
            r"|\bfor\s+(?:any\s+)?(?:[a-z-]{1,15}\s+)?(?:purposes?|uses?)\s+(?:that|which)\s+(?:is|are|does|do)\s+not\s+(?:(?:a|an|for|constitute|involve|amount\s+to|qualify\s+as)\s+){0,2}(?:commercial|for-profit)\b"
            rf"|{_FRONTED}(?:{_PURPOSE_ITEM}{_PURPOSE_SEP}){{0,3}}?non-?commercial(?:{_PURPOSE_SEP}{_PURPOSE_ITEM}){{0,2}}\s(?:purposes?|uses?),\s{_FRONTED_GRANT}"
            # the purpose a permission names; purposes neither commercial nor research; supplying in commerce (purposes.py)
            rf"|{GRANT_FOR_NON_COMMERCIAL}|{ONLY_PERSONAL_PURPOSES}|{SUPPLY_IN_COMMERCE}|{ONLY_USE_FOR_NON_COMMERCIAL_USE}"
            rf"|{BANNED_EXCEPT_NON_COMMERCIAL}"
            rf"|{GRANT_FOR_NON_COMMERCIAL_RESEARCH}|{RELEASED_FOR_NON_COMMERCIAL}|{WITHHELD_COMMERCE}"
        ),
        ("use", "modify", "distribute", "serve"),
        0.85,
        "No commercial use.",
        veto=_exempted,
    ),
    _no_sharing(
        _p(
            r"but not Share, Adapted Material|may not (?:distribute|share|publish) (?:any )?(?:modified|derivative|adapted)"
            r"|\b(?:may|shall|must)\s+not\s+be\s+(?:[a-z]{1,12},?\s+(?:and/or\s+|and\s+|or\s+)?){0,2}?(?:modified|altered|adapted|changed),?\s+(?:and/or|and|or)\s+"
            r"(?:made\s+available|distributed|shared|passed\s+on|published|transferred)\b"
        )
    ),
    Pattern(
        "flow_down",
        _p(
            r"(?:use-based restrictions|use restrictions)(?:[^.]|\.\d){0,300}?enforceable provision"
            r"|(?:use-based restrictions|use restrictions)(?:[^.]|\.\d){0,300}?condition precedent"
            r"|\bprovided\s+that\s+(?:such|those|your|the)\s+(?:licen[cs]e\s+)?terms\s+(?:limit|restrict)\b"
            r"|\bterms\s(?:[a-z]{1,12}\s){0,6}?(?:(?:must|shall)\s+|only\s+if\s+[^.]{0,40}?\bterms\s+)?provide\s+that\s+the\s+(?:use(?:-based)?\s+|usage\s+)?(?:limitations?|restrictions?|limits?)\b"
            r"|\brequire\s+(?:all|any|every|each)\s+(?:of\s+your\s+)?(?:users?|recipients?|licensees?)\b[^.]{0,80}?\bto\s+comply\s+with\s+"
            r"(?:the\s+(?:terms|restrictions)\s+(?:of|in)\s+)?(?:this\s+(?:section|paragraph|clause)|(?:these|the|such)\s+(?:use(?:-based)?\s+|usage\s+)?restrictions)"
            r"|\b(?:ensure|require|make\s+sure)\b[^.;]{0,30}?\b(?:anyone|any\s+(?:third\s+part(?:y|ies)|recipients?|users?|persons?|licensees?)|all\s+(?:recipients|users|licensees|third\s+parties)|"
            r"(?:your|downstream|end)\s+(?:users|recipients|customers|licensees))\b[^.;]{0,60}?\b(?:agrees?|complies|comply|is\s+bound|are\s+bound|abides?|abide)\s+(?:to|with|by)\s+"
            r"(?:the\s+|these\s+|such\s+|all\s+|its\s+)?(?:use(?:-based)?\s+|usage\s+)?(?:restrictions|limitations|use\s+polic(?:y|ies)|acceptable\s+use)"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:impose|pass\s+on|include|incorporate|flow\s+down|extend|carry\s+over)\w{0,2}\s+"
            r"(?:the\s+|these\s+|such\s+|all\s+|its\s+|at\s+least\s+the\s+)?(?:same\s+)?(?:use(?:-based)?\s+|usage\s+)?(?:restrictions|limitations)\b[^.;]{0,80}?\b(?:on|upon|to|in|into)\b"
            r"|\b(?:use|usage)\s+(?:restrictions|limitations)\b[^.;]{0,60}?\b(?:must|shall)\s+(?:also\s+)?be\s+(?:included|incorporated|passed\s+on|imposed|reproduced)\b"
            # "any redistribution ... must include this license text and retain the same restrictions"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\b[^.;]{0,80}?\b(?:retain|keep|preserve|carry|maintain|impose|apply)\w{0,3}\s+"
            r"(?:the\s+|these\s+|all\s+)?same\s+(?:use(?:-based)?\s+|usage\s+)?(?:restrictions|limitations)\b"
            # "you must limit the use of any copies you distribute to non-commercial purposes"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:restrict|limit|confine)\s+(?:the\s+)?(?:use|usage)\s+of\s+(?:any\s+|all\s+|the\s+|such\s+)?"
            r"(?:copies|reproductions|redistributed|distributed|derivatives?|modified)\b[^.;]{0,200}?\bto\s+(?:usage\s+for\s+|use\s+for\s+)?(?:[a-z-]{1,20}\s+){0,3}?(?:purposes?|uses?|research)\b"
            # other terms allowed while this license's restrictions hold: "provided that the limitations and
            # restrictions herein remain in effect", "terms no less restrictive than this License"
            r"|\b(?:provided|on\s+condition|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+)?(?:all\s+|the\s+|any\s+|such\s+)?(?:use(?:-based)?\s+|usage\s+)?(?:limitations?|restrictions?)\b(?!\s+of\s+liability)"
            r"[^.;]{0,120}?\b(?:remain|continue|survive|stay|are\s+(?:preserved|maintained|retained|kept|included|incorporated|passed\s+on|imposed)|(?:still\s+)?apply)\w{0,2}\b"
            r"|\b(?:terms|conditions|licen[cs]e|agreement)\b[^.;]{0,40}?\b(?:no|not)\s+less\s+(?:restrictive|protective)\s+than\b"
            # the restriction kept intact when passing on: "if you redistribute the Weights, you must keep ... the
            # non-commercial restriction intact"
            r"|\b(?:redistribut|distribut|shar|pass|transfer|provid|sublicens|hand|giv)\w{0,6}\b[^.;]{0,120}?\b(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\s+"
            r"(?:keep|leave|retain|preserve|maintain)\b[^.;]{0,60}?\b(?:the|all|any|its|these|such|this)\s+(?!same\s)(?:[a-z-]{1,20}\s+){0,2}?(?:restrictions?|limitations?)\s+"
            r"(?:intact|in\s+place|in\s+force|unchanged)\b"
            # inherited by recipients: "provisions to mandatorily inherit all restrictions", "must inherit the use restrictions"
            r"|\b(?:must|shall|(?:is|are)\s+required\s+to|provisions?\s+to|mandatorily)\b[^.;]{0,40}?(?<!not\s)\binherit\s+(?:all\s+|the\s+|any\s+|these\s+|such\s+|its\s+)?"
            r"(?:[a-z-]{1,20}\s+){0,2}?(?:restrictions|limitations|prohibitions)\b"
            # "the latter will always have to include at minimum the same use-based restrictions"
            r"|\b(?:must|shall|(?:will\s+)?(?:always\s+)?(?:has|have)\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:always\s+)?(?:include|contain|carry|retain|impose|incorporate)\w{0,2},?\s+"
            r"(?:at\s+(?:a\s+)?minimum,?\s+|at\s+least,?\s+)?(?:[-*\u2022]\s+)?(?:the\s+|all\s+)?same\s+(?:use-based\s+|use\s+|usage\s+)?(?:restrictions|limitations)\b"
            # other terms allowed for derivatives, which must include a minimum (the list may follow as its own block)
            r"|\b(?:derivative|modified|adapted|fine-tuned)\w{0,3}\b[^.;]{0,120}?\bunder\s+(?:different|other|their\s+own|your\s+own|separate)\s+(?:licen[cs]ing\s+|licen[cs]e\s+)?terms\b"
            r"[^.;]{0,80}?\b(?:must|shall|will\s+(?:always\s+)?have\s+to|(?:has|have)\s+to)\s+(?:always\s+)?(?:include|contain|carry|retain|impose|incorporate)\w{0,2},?\s+"
            r"(?:at\s+(?:a\s+)?minimum|at\s+least)\b(?!\s+(?:attribution|a\s+copy|credit|a\s+notice))"
            r"|\b(?:your|downstream|such|those|other|different|new)\s+(?:[a-z-]{1,15}\s+)?(?:licen[cs]e\s+)?terms\b[^.;]{0,40}?\b(?:keep|preserve|retain|include|incorporate|carry|reproduce|contain)s?\s+"
            r"(?:the\s+|these\s+|all\s+|its\s+)?(?:same\s+)?(?:use(?:-based)?\s+|usage\s+)?(?:restrictions|limitations)\b(?!\s+of\s+liability)"
            # the restrictions said to bind those you serve: "The use-based restrictions in Section 4 apply to You and
            # all Your users", "these restrictions also bind anyone who receives the Model from you"
            r"|\b(?:use(?:-based)?\s+|usage\s+)(?:restrictions|limitations)\b[^.;]{0,60}?(?<!not\s)(?<!never\s)\b(?:(?:also\s+)?(?:apply|applies|extend|extends)\s+to|(?:also\s+)?bind|(?:are|is)\s+(?:also\s+)?binding\s+(?:on|upon))\s+"
            r"(?:(?:both\s+)?you\s+and\s+(?:to\s+)?)?(?:all\s+|any\s+|each\s+|every\s+)?(?:of\s+)?(?:your\s+|downstream\s+|end\s+)?(?:users|recipients|customers|sublicensees|licensees|end\s+users|anyone)\b"
            # sharing only with recipients bound by these terms; derivatives subject to its restrictions (purposes.py)
            rf"|{SHARE_WITH_BOUND_RECIPIENTS}|{DERIVATIVES_SUBJECT_TO_RESTRICTIONS}"
        ),
        ("distribute", "serve"),
        0.95,
        "Write the use restrictions into the terms you give downstream.",
    ),
    Pattern(
        "share_alike",
        _p(
            r"must be (?:licensed|released|distributed|made available)\s+(?:as a whole\s+)?(?:at no charge to all third parties\s+)?under\s+(?:the terms of\s+)?this\s+(?:same\s+)?(?:License|Licence|Agreement)"
            # "you must license it under the terms of this Agreement", "... under the same license"
            r"|\b(?:must|shall)\s+(?:also\s+)?(?:license|release|distribute|make\s+available)\s+(?:it|them|such\s+[a-z-]{1,20}|(?:the|your|any)\s+(?:[a-z-]{1,20}\s+)?[a-z-]{1,20})\s+"
            r"(?:available\s+)?under\s+(?:the\s+terms\s+of\s+)?(?:this|these|the\s+same)\s+(?:same\s+)?(?:licen[cs]e|agreement|terms)\b"
            r"|\bmust\s+be\s+(?:licensed|released|distributed|made\s+available)\s+under\s+the\s+same\s+(?:licen[cs]e|terms)\b"
            r"|\b(?:must|shall)\s+(?:also\s+)?make\s+[^.;]{1,80}?\bavailable\s+under\s+(?:the\s+terms\s+of\s+)?(?:this|these|the\s+same)\s+(?:same\s+)?(?:licen[cs]e|agreement|terms)\b"
            r"|\b(?:derivative|modif\w{1,8}|redistribut\w{1,6}|distribut\w{0,3}|adapt\w{1,6}|work\s+based|derived)\b[^.;]{0,200}?\b(?:must|shall|to|will)\s+be\s+"
            r"(?:licensed|released|distributed|made(?:\s+available)?|offered|provided)\s+(?:[^.;]{0,120}?\s)?under\s+(?:the\s+)?(?:same\s+)?"
            r"(?:terms(?:\s+and\s+conditions)?\s+(?:of|as(?:\s+(?:in|those\s+of))?)\s+)?(?:this|these)\s+(?:same\s+)?(?:licen[cs]e|agreement)\b"
            # "... shall be offered to every recipient on the same terms as set out in this License"
            r"|\b(?:derivative|modif\w{1,8}|adapt\w{1,6}|redistribut\w{1,6}|distribut\w{0,3}|work\s+based|derived)\b[^.;]{0,200}?\b(?:must|shall|to|will)\s+be\s+"
            r"(?:licensed|released|distributed|made\s+available|offered|provided)\b[^.;]{0,120}?\bon\s+the\s+same\s+terms\s+(?:as\s+)?(?:(?:provided|set\s+(?:out|forth)|stated|contained)\s+)?"
            r"(?:in\s+)?(?:this|these)\s+(?:licen[cs]e|agreement|terms)\b"
            # a license identical to the original's: "may distribute derivative works only under a license identical to"
            r"|\bonly\s+under\s+(?:a\s+|the\s+)?(?:licen[cs]e|terms|conditions)\s+(?:that\s+(?:is|are)\s+)?identical\b(?:\s*\([^)]{0,40}\))?\s+(?:to|with)\b"
            # the license applied to derivatives has the same terms: "the license you apply ... must have the same terms as this License"
            r"|\b(?:licen[cs]e|terms)\b[^.;]{0,80}?\b(?:must|shall)\s+(?:have|contain|include|carry|use)\s+(?:the\s+)?same\s+terms(?:\s+and\s+conditions)?\s+(?:as|than)\s+"
            r"(?:this|these|the)\s+(?:licen[cs]e|agreement|terms)\b"
            r"|license the entire work, as a whole, under this|under precisely this License|with the same License Elements"
            r"|shall be licensed under this Open Software License|distributed entirely under this license"
            r"|will be done under the terms of this Licence|only under this license by including"
            r"|licen[cs]e the (?:modified|derivative|resulting)[^.]{0,60}?under the terms and conditions of this licen[cs]e"
            r"|apply this (?:License|Licence|Agreement)\s*(?:\([^)]{0,40}\)\s*)?to\s+(?:any\s+and\s+)?all\s+copies"
            r"|\b(?:distribut\w{0,5}|redistribut\w{0,5}|shar(?:e|es|ing)|reproduc\w{1,4}|hand\son|pass\w{0,2}|available)\b[^.]{0,160}?"
            r"\b(?:only|exclusively)\s+(?:(?:do\s+so\s+)?under|if\s+(?:\([a-z0-9]\)\s+)?you\s+do\s+so\s+under)\s+(?:the\s+terms\s+of\s+)?this\s+(?:agreement|licen[cs]e)"
            r"|\b(?:distribut\w{0,5}|redistribut\w{0,5}|make\s+available|shar(?:e|ing))\b[^.;]{0,160}?\bexcept\s+(?:\([a-z0-9]\)\s+)?"
            r"(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?:the\s+terms\s+of\s+)?this\s+(?:agreement|licen[cs]e)"
            # the negative: "you cannot sublicense or distribute the Models under any other terms"
            r"|\b(?:(?:may|shall|must|will|can)\s*not|cannot|agrees?\s+not\s+to)\s+(?:[a-z-]{1,15},?\s+(?:or\s+|and\s+)?){0,3}?"
            r"(?:sublicen[cs]e|distribute|redistribute|share|convey|license|release|make\s+available)\b[^.;]{0,120}?"
            r"\bunder\s+(?:any\s+)?(?:other|different|additional|separate|more\s+permissive)\s+(?:licen[cs]e\s+)?(?:terms|licen[cs]es?|conditions|agreements?)\b"
            # "checkpoints ... must automatically remain under this same license structure if shared"
            rf"|{REMAIN_UNDER}"
            # the terms said to pass to what is derived: "Derivative weights inherit these terms"
            r"|\b(?:derivative|modified|adapted|fine-?tuned|derived|retrained|altered)\s+(?:(?!(?:not|never|do|does|did|need|will|may)\b)[a-z-]{1,20}\s+){0,3}?"
            r"inherits?\s+(?:the\s+same\s+|these\s+|this\s+|its\s+)(?:licen[cs]e|terms|conditions)\b"
            # the same licensing terms applied to what is derived: "If I develop models derived from the Corpus, I will apply
            # the same licensing terms as those that apply to the Corpus", "derivatives ... shall carry the same licence terms"
            r"|\b(?:derivatives?|derivative\s+works?|modif\w{1,8}|adapt\w{1,6}|derived|work\s+based)\b[^.;]{0,200}?"
            r"\b(?:must|shall|will|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:apply|use|adopt|carry|attach|grant)\s+"
            r"(?:to\s+(?:it|them)\s+)?(?:exactly\s+)?the\s+same\s+(?:licen[cs](?:e|ing)\s+)(?:terms|conditions)\b"
            # the distribution itself under this licence: "All distribution of the Software ... must be under the terms of this License"
            r"|\b(?:re)?distribution\s+of\s+[^.;]{1,160}?\b(?:must|shall)\s+be\s+under\s+(?:the\s+terms\s+of\s+)?this\s+(?:licen[cs]e|agreement)\b"
        ),
        ("distribute",),
        0.85,
        "Derivatives must carry the same license.",
    ),
    Pattern(
        "source_disclosure",
        _p(
            r"complete corresponding (?:machine-readable )?source|machine-readable Corresponding Source"
            r"|must also be made available in Source Code|machine-readable copy of the Source Code"
            r"|copy of the Complete Source|acc\u00e8s effectif au Code Source|provide recipients the source code"
            # a duty verb and the source: "if you distribute the Model, you must provide corresponding source code"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?:provide|make\s+available|offer|include|supply|disclose|publish|release)"
            r"\w{0,2}\s+(?:the\s+|a\s+|all\s+|any\s+|its\s+|their\s+)?(?:complete\s+|full\s+)?(?:corresponding\s+)?source\s+code\b"
            r"|\bsource\s+code\b[^.;]{0,80}?\b(?:must|shall)\s+(?:also\s+)?be\s+(?:made\s+available|provided|disclosed|published|released|offered)\b"
            r"|\b(?:must|shall|agrees?\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?make\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:complete\s+)?(?:corresponding\s+)?source\s+code\b[^.;]{0,80}?\bavailable\b"
        ),
        ("distribute",),
        0.85,
        "Offer the source of what you distribute.",
    ),
    Pattern(
        "network_disclosure",
        _p(
            r"interacting with it remotely through a computer network|External Deployment"
            r"|providing access to its essential functionalities"
        ),
        ("serve",),
        0.9,
        "Offering the work over a network triggers the source duties.",
    ),
    _use_ban(
        _p(
            r"acceptable use policy|prohibited use policy|you agree not to use the model|use-based restrictions"
            r"|you (?:will|agree) not (?:to )?use, or (?:allow|permit) others to use"
            r"|\b(?:shall|must|may)\s+not\s+be\s+(?:used|employed)\s+to\s+(?:generate|create|produce|propagate|spread|promote)\b"
            r"|\b(?:shall|must|may|will)\s+not\s+use\b[^.]{0,80}?\b(?:for|in)\s+(?:any\s+)?(?:illegal|unlawful|fraudulent|malicious|military|weapons?)\b"
            r"|\b(?:for|in)\s++(?:\([ivx]{1,6}\)\s++)?(?:any\s++)?(?:\w{1,30}+,\s++)?military,?(?:\s+(?:or|and)\s+(?:illegal|unlawful|warfare))?\s+(?:purposes?|uses?)"
            r"|\brelated\s+to\s+military\s+(?:or|and)\s+warfare\b"
            r"|purposes of surveillance|\bnot\s+(?:be\s+)?us(?:e|ed|ing)\b[^.]{0,120}?\bfor\s+(?:any\s+)?purposes?\s+prohibited\s+by"
        )
    ),
    # A field-of-use limit: "not to use the model on a standalone basis / with any framework other than X".
    _use_ban(
        _p(
            r"\bnot\s+(?:to\s+)?use\b[^.;]{0,80}?\b(?:on\s+a\s+standalone\s+basis|stand-?alone\b"
            r"|(?:frameworks?|toolkits?|software|products?|platforms?|services?|applications?)\s+other\s+than)"
        )
    ),
    # Harmful use: "you may not use the Materials in any way that defames ... or harms".
    _use_ban(
        _p(
            r"\b(?:shall|must|may|will)\s+not\s+use\b[^.;]{0,80}?\bin\s+any\s+(?:way|manner)\s+that\s+[^.;]{0,80}?"
            r"\b(?:defames?|harass\w{0,3}|discriminat\w{0,5}|deceives?|endangers?)\b"
            # or infringes others' rights or breaks the law: "will not, and will not permit any third party to, use,
            # copy or distribute the Model in any manner that infringes ... any third-party rights"
            r"|" + _INFRINGING_USE.source + r""
            # an imperative ban on a field of use ("Do not use them for clinical decision making"), and a "Prohibited
            # Use:" label naming infringing or unlawful use
            r"|(?:^|(?<=[.!;:]\s))(?:please\s+)?(?:do\s+not|don't|never)\s+(?:use|deploy|apply)\b[^.;]{0,60}?\b(?:for|in|to)\s+(?:any\s+)?(?:[a-z-]{1,20}\s+){0,2}?"
            r"(?:clinical|medical|diagnos\w{1,5}|military|weapons?|surveillance|illegal|unlawful|harmful|malicious|fraud\w{0,4}|deceptive|biometric"
            r"|law\s+enforcement|safety-critical|life-critical|critical\s+infrastructure|high-risk|legal\s+advice|harass\w{0,4}|defam\w{0,6})"
            r"|\bprohibited\s+(?:uses?|activities|conduct)\s*:[^\n]{0,200}?\b(?:infring\w{0,4}|unlawful|illegal|harmful|malicious|(?:violat|breach)\w{0,4}\b[^.;]{0,40}?\b(?:laws?|rights))",
            chains=(_INFRINGING_USE,),
        )
    ),
    # A declared prohibition: "should not be used for any activity that is unlawful".
    _use_ban(
        _p(
            r"\b(?:shall|must|may|should|will)\s+not\s+be\s+(?:used|employed|deployed)\s+(?:for|in)\s+(?:any\s+)?[^.;]{0,80}?"
            r"\b(?:unlawful|illegal|criminal|threat\w{0,2}\s+to\s+(?:national|public|societal)|military|weapons?|pornograph\w{1,4}|sexually\s+explicit)\b"
        )
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can|agree)\s*not\s+use|\bnot\s+to\s+use|(?:will|shall|may|must|can)\s*not\s+be\s+used",
            (
                (
                    r"to\s+(?:(?:create|distil+|fine-tune|build)\s*,?\s+(?:or\s+|and\s+)?)?(?:train|improve|develop|enhance|distil+)"
                    r"|(?:for|in)\s+(?:training|improving)|to\s+improve\s+or\s+otherwise\s+develop",
                    250,
                ),
                # or a class of model named ("an artificial intelligence foundation model", "any generative AI model")
                (
                    r"\bother\b|another|competing|compet(?:e|es|itive|itor)\b|foundation(?:al)?\b|generative(?=\s+(?:ai\s+)?models?\b)",
                    120,
                ),
                (r"model|LLM|AI", 60),
            ),
            SENTENCE_END,
        ),
        ("use",),
        0.9,
        "Do not use the model or its outputs to improve other models.",
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can|agree)\s*not\s+use",
            ((r"to\s+train", 250), (r"models?\b", 80), (r"similar\s+to|competitive\s+with|competing\s+with", 120)),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Do not use the model or its outputs to train similar models.",
    ),
    Pattern(
        "no_training_other_models",
        Near(
            r"(?:will|shall|may|must|can)\s*not\s+be\s+used|(?:will|shall|may|must|can|agree)\s*not\s+use|\bnot\s+to\s+use",
            (
                (r"to\s+(?:train|fine-tune|distil+|optimi[sz]e|improve)", 250),
                (r"\bany\b", 120),
                # or a list of what may not be trained follows ("... of any:" and a re-wrap cut the list off)
                (
                    r"neural\s+networks?|(?:machine\s+learning|ml|ai|artificial\s+intelligence|language)\s+models?|:\s*$",
                    150,
                ),
            ),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Do not use the model or its outputs to train other models.",
    ),
    # The ban as a noun: "distillation intended to recreate similar weights is prohibited".
    Pattern(
        "no_training_other_models",
        _p(
            r"\b(?:distillation|model\s+extraction|extraction|cloning)\b(?:,?\s+(?:or\s+|and\s+)?(?:distillation|extraction|cloning|replication)\b){0,3}"
            rf"[^.;]{{0,120}}?\b(?:{_BANNED}|strictly\s+(?:prohibited|forbidden))"
        ),
        ("use",),
        0.85,
        "Do not distil or extract the model into another.",
    ),
    Pattern(
        "no_training_other_models",
        Near(r"cannot use", ((r"to improve any other", 200),)),
        ("use",),
        0.9,
        "Do not use the model or its outputs to improve other models.",
    ),
    Pattern(
        "territory",
        _p(
            r"\bexclud|not (?:being )?granted|does not apply in|outside (?:of )?the territory|not licensed in|domiciled in"
        ),
        ("use", "modify", "distribute", "serve"),
        0.8,
        "Not licensed in these regions.",
        _territory,
    ),
    Pattern(
        "patent_termination",
        Near(
            # "file, maintain, or voluntarily participate in a lawsuit": the suit verbs may come as a list
            r"\b(?:institute|initiate|commence|bring|file|maintain|pursue)s?,?\s+(?:(?:any|an?|the)\s+)?(?:[a-z-]{1,20},?\s+){0,8}?"
            r"(?:litigation|lawsuits?|proceedings?|actions?|claims?|suits?)\b|\bsues?\b"
            # a claim made, not a suit filed: "if you make any written claim that the model infringes a patent"
            r"|\b(?:make|assert|raise|allege)s?\s+(?:any\s+|a\s+|an\s+)?(?:[a-z-]{1,20}\s+){0,2}?claims?\b[^.]{0,200}?(?:infring|\bpatent)"
            r"|\ballege\w{0,2}\s+(?:in\s+(?:any|a)\s+(?:[a-z-]{1,20}\s+){0,2}?)?that\b[^.]{0,120}?\binfring"
            # the licensee's claim as a verb: "if you claim in court that the Model infringes a patent"
            r"|\b(?:you|licensee|recipient)(?:\s+or\s+(?:your|its)\s+affiliates?)?\s+(?:ever\s+|later\s+)?(?:claim|assert|contend|argue)s?\s+"
            r"(?:(?:in|before)\s+(?:(?:a|any)\s+)?(?:court|lawsuit|litigation|proceedings?|tribunal)\s+)?that\b[^.]{0,160}?\binfring",
            ((_RIGHTS_END, 600),),
            SENTENCE_END,
        ),
        ("use",),
        0.85,
        "Rights end if you sue the licensor over IP.",
    ),
    Pattern(
        "patent_termination",
        _p(r"you may not initiate litigation"),
        ("use",),
        0.85,
        "Rights end if you sue the licensor over IP.",
    ),
    Pattern(
        "terms_may_change",
        _p(
            # the terms, not the model: "reserves the right to update, modify or withdraw the model" changes no term
            r"reserves? the right to (?:update|modify|change|amend)\b(?!(?:,?\s(?:or\s|and\s)?[a-z]{1,12}){0,3},?\s(?:the\s|its\s|this\s|our\s)?(?:model|software|weights|materials|services?|products?|website)\b)"
            rf"|may,? (?:(?:from time to time|at any time|periodically|unilaterally|in (?:its|our) (?:sole )?discretion),? )?(?:(?:update|modify|change|amend|revise|alter|replace),? (?:or |and )?){{0,2}}(?:update|modify|change|amend|revise|alter|replace) (?:this|these|the) {_OWN_NAME}(?:policy|agreement|terms|license|licence)"
            rf"|\b(?:this|these|the)\s+{_OWN_NAME}(?:policy|agreement|terms|licen[cs]e)\s+may\s+be\s+(?:updated|modified|changed|amended|revised|replaced)\b"
            r"(?=[^.;]{0,40}?\b(?:from\s+time\s+to\s+time|at\s+any\s+time|periodically|without\s+(?:prior\s+)?notice))"
            r"|as may be updated from time to time"
            r"|efforts to use the latest version"
            r"|(?:license|licence|agreement|terms|policy)\s+(?:is|are|may\s+be)\s+subject\s+to\s+(?:updates?|changes?|revisions?|amendments?)"
            # the change as a noun: "may make changes to this License", "reserve the right to publish updates or new versions of the Agreement"
            r"|\b(?:may|can|will|reserves?\s+the\s+right\s+to)\s+(?:[a-z]{1,15}\s+){0,2}?(?:make|publish|issue|release|introduce|adopt|post)\s+(?:any\s+)?"
            r"(?:changes|updates|amendments|modifications|revisions|(?:new|updated|revised|amended)\s+versions)(?:\s+(?:or|and|and/or)\s+(?:[a-z]{1,12}\s+)?"
            r"(?:changes|updates|amendments|modifications|revisions|versions))?\s+(?:to|of)\s+(?:this|these|the)\s+(?:[a-z-]{1,20}\s+){0,2}?(?:agreement|licen[cs]e|terms|policy)\b"
            # acceptance by continued use: "your continued use after such update will confirm your acceptance of the changes"
            r"|\bcontinu(?:ed|ing)\s+(?:to\s+)?use\b[^.;]{0,80}?\bafter\b[^.;]{0,60}?\b(?:changes?|updates?|amendments?|modifications?|revisions?)\b[^.;]{0,80}?"
            r"\b(?:accept|agree|consent)"
        ),
        ("use",),
        0.85,
        "The licensor may change the terms.",
        veto=changes_bind_nothing_held,
    ),
)
