"""The purposes a grant names as its scope, as regex fragments the grant patterns share: a permission whose
stated purpose is research or non-commercial use ("You may share and adapt the weights for non-commercial
purposes"), use after its object confined to listed purposes ("only use the Model and its derivatives for
testing, research or evaluation"), purposes neither commercial nor research ("only to be used for educational
or entertainment purposes"), and commerce banned "in the course of" a commercial activity."""

from __future__ import annotations

from openlint.text.patterns.builders import _BAN, _BANNED, _COMMERCIAL, _NOT_ALSO_COMMERCIAL, _NOT_GATED, _PURPOSE_ITEM

# Items of a list joined by a comma or a conjunction (never a bare space: "research papers" is one thing).
_LIST_SEP = r"(?:,\s(?:and\s|or\s|and/or\s)?|\s(?:and|or|and/or)\s)"
# Qualifiers research may carry and stay research ("academic research", "non-commercial research").
_RESEARCH = r"(?:(?:academic|scientific|scholarly|non-?commercial|non-?profit|not-for-profit|internal|personal|private)\s)?research"
# The licensee permitted (not banned: "you may not"), or permission granted; a grant with "only" or "solely" is
# read by the research_only and non_commercial patterns that start at that word. (A point before a digit ends no
# sentence: "the Foo V4.5 weights".)
_PERMITTED = (
    r"\b(?:(?:you|licensees?|users?|recipients?|researchers?)\s(?:may|can|are\s(?:free|permitted|allowed|authori[sz]ed)\sto)"
    r"(?!\snot\b)|permission\sis\s(?:hereby\s)?granted(?:\sto\syou)?\sto)\s(?:(?!\b(?:only|solely|exclusively|strictly)\b)(?:[^.;]|\.(?=\d))){0,160}?"
    r"\bfor\s(?:your\s|their\s)?"
)
# Where a list of purposes ends: punctuation (a comma not going on to "and other purposes"), the end of the
# text, or the grant's next words (not "only": "for research purposes only" is read where it says so).
# ("if you:", "as long as": the conditions a permission is granted on)
_PURPOSES_END = (
    r"(?=\s?[.;:)]|,(?!\s(?:and\s|or\s)?(?:any\s|all\s)?other\b)"
    r"|\s(?:subject|provided|under|and\snot|but\snot|in\saccordance|if|as\slong\sas|so\slong\sas|on\s(?:the\s)?condition)\b|\s*$)"
)

# "You may share and adapt the weights for non-commercial purposes": the purpose a permission names (also an
# adjective over a list: "for non-commercial academic and validation purposes").
GRANT_FOR_NON_COMMERCIAL = (
    rf"{_PERMITTED}(?:{_PURPOSE_ITEM}{_LIST_SEP}){{0,3}}?non-?commercial(?:\s{_PURPOSE_ITEM}{_LIST_SEP}{_PURPOSE_ITEM}|(?:{_LIST_SEP}{_PURPOSE_ITEM}){{0,2}})"
    rf"\s(?:purposes?|uses?|projects?|activit(?:y|ies)|ends)\b(?!\sonly\b){_NOT_ALSO_COMMERCIAL}"
)
# "You may use the weights for non-commercial academic and validation purposes": academic (or scholarly) use among
# the purposes a permission names, beside evaluation-like ones (academic use is research use, as "academic purposes
# only" is read).
GRANT_FOR_ACADEMIC = (
    rf"{_PERMITTED}(?:{_PURPOSE_ITEM}{_LIST_SEP}){{0,3}}?(?:(?:non-?commercial|non-?profit|not-for-profit)\s)?(?:academic|scholarly)"
    rf"(?:{_LIST_SEP}{_PURPOSE_ITEM}){{0,2}}\s(?:purposes?|uses?)\b{_PURPOSES_END}{_NOT_ALSO_COMMERCIAL}"
)
# "You may use ... and create derivatives for research and benchmarking, subject to ...".
# (personal or private use named as a purpose of its own beside research widens the grant: "for personal, educational,
# or research purposes" is no research-only grant; "for personal research" is research)
_NOT_PERSONAL = r"(?!(?:personal|private)(?:\suse)?(?:,|\s(?:and|or|and/or)\s))"
GRANT_FOR_RESEARCH = (
    rf"{_PERMITTED}(?:{_NOT_PERSONAL}{_PURPOSE_ITEM}{_LIST_SEP}){{0,3}}?{_RESEARCH}(?:{_LIST_SEP}{_NOT_PERSONAL}{_PURPOSE_ITEM}){{0,2}}"
    rf"(?:\s(?:purposes?|uses?|projects?|activit(?:y|ies)))?{_PURPOSES_END}{_NOT_ALSO_COMMERCIAL}"
)
# "You shall only use the Model and its Derivatives (...) for testing, research, or evaluation purposes": the
# object between the verb and the purposes (the licensor's own use of what you send is no limit on you).
ONLY_USE_FOR_RESEARCH = (
    r"(?<!\bwe\s)(?<!\bwe\swill\s)(?<!licensor\s)(?<!licensor\swill\s)\b(?:only|solely|exclusively)\s"
    r"(?:use|access|run|deploy|operate)\s[^.;]{1,120}?\sfor\s(?:your\s|their\s)?"
    rf"(?:{_PURPOSE_ITEM}{_LIST_SEP}){{0,4}}?{_RESEARCH}\b(?!{_LIST_SEP}(?:for\s)?(?:any\s)?commercial){_NOT_ALSO_COMMERCIAL}"
)
# A grant confined to "the purpose(s) of" a list of purposes, research among them and each of them research,
# education or a non-commercial or public aim (round 15, fixb7): "solely for the purpose of non-profit research,
# non-profit education, or for government purposes", "only for the purposes of academic research and teaching",
# "exclusively for the purpose of scientific research or public-interest uses". (A commercial, personal or other
# item widens the grant: "for the purpose of research or commercial development" limits nothing; the licensor's own
# use, "we use ... solely for the purpose of research", binds no licensee.)
# What kind of research or education an item names.
_OF_QUALIFIER = r"(?:non-?profit|not-for-profit|non-?commercial|academic|scientific|scholarly|internal)\s"
_OF_RESEARCH = rf"(?:{_OF_QUALIFIER})?(?:research|education|educational|teaching|scholarship|study)(?:\s(?:purposes?|uses?|activities))?"
_OF_PUBLIC = (
    r"(?:non-?profit|not-for-profit|charitable|government(?:al)?|public[\s-]interest|public[\s-]sector)\s(?:purposes?|uses?|activities)"
    r"(?:\sby\s(?:or\son\sbehalf\sof\s)?(?:the\s)?(?:(?:[a-z]\.){1,3}|[a-z]{1,12})(?:\s(?:(?:[a-z]\.){1,3}|[a-z]{1,12})){0,3})?"
)
_OF_ITEM = rf"(?:for\s)?(?:{_OF_RESEARCH}|{_OF_PUBLIC})"
ONLY_FOR_PURPOSES_OF = (
    r"(?<!\bwe\s)(?<!\bwe\swill\s)\b(?:solely|only|exclusively|strictly)\sfor\s(?:the\s)?(?:sole\s|limited\s)?purposes?\sof\s"
    rf"(?:{_OF_ITEM}{_LIST_SEP}){{0,4}}?(?:{_OF_QUALIFIER})?research\b"
    rf"(?:\s(?:purposes?|uses?|activities))?(?:{_LIST_SEP}{_OF_ITEM}){{0,4}}"
    rf"(?!{_LIST_SEP}(?:for\s)?(?!the\b|a\b|an\b|its\b|this\b)[a-z]){_NOT_ALSO_COMMERCIAL}"
)
# Evaluation-like purposes named by a gerund or noun ("testing, analysing and evaluating", "benchmarking").
_EVALUATING = (
    r"(?:research(?:ing)?|test(?:ing)?|evaluat(?:e|ing|ion)|analy[sz](?:e|ing|is)|benchmark(?:ing)?|assess(?:ing|ment)?"
    r"|validat(?:e|ing|ion)|experiment(?:ing|ation)?|study(?:ing)?|investigat(?:e|ing|ion))"
)
# "only for the purposes of testing, analysing, and evaluating the methods", "for the sole purpose of evaluating the
# Model": use confined to evaluation named as a purpose (every item of the list evaluation-like).
ONLY_FOR_EVALUATING = (
    r"\b(?:(?:solely|only|exclusively|strictly)\sfor\s(?:the\s)?(?:sole\s|limited\s)?|for\sthe\s(?:sole|only|exclusive|limited)\s)"
    r"purposes?\sof\s(?:(?:internal|non-?commercial|academic|scientific)\s)?"
    rf"{_EVALUATING}(?:{_LIST_SEP}{_EVALUATING}){{0,4}}\b(?!{_LIST_SEP}(?!the\b|a\b|an\b|its\b|this\b)[a-z]){_NOT_ALSO_COMMERCIAL}"
)
# "solely for Computational Use for non-commercial research": a purpose named through another, research last.
ONLY_USE_FOR_RESEARCH_USE = (
    r"\b(?:solely|only|exclusively)\sfor\s(?:your\s|the\s)?(?:[a-z-]{1,20}\s){1,3}?(?:use|uses|purposes?|activities)\s(?:for|in)\s(?:your\s)?"
    rf"{_RESEARCH}\b{_NOT_ALSO_COMMERCIAL}"
)
# The same with a non-commercial purpose last ("solely for internal use for non-commercial purposes").
ONLY_USE_FOR_NON_COMMERCIAL_USE = (
    r"\b(?:solely|only|exclusively)\sfor\s(?:your\s|the\s)?(?:[a-z-]{1,20}\s){1,3}?(?:use|uses|purposes?|activities)\s(?:for|in)\s(?:your\s)?"
    rf"non-?commercial\b{_NOT_ALSO_COMMERCIAL}"
)
# A grant for a non-commercial list of purposes with research among them, without "only": "The weights are provided
# for non-commercial education, research, and personal experimentation" (research beside teaching or experimentation
# in the one list a use is confined to is research-only; document.superseded_kinds drops it for "personal use").
_GRANTED = r"\b(?:(?:is|are)\s(?:hereby\s)?(?:provided|licensed|released|made\savailable|offered|distributed)|(?:grants?|licenses?)\s(?:to\s)?you\b[^.;]{0,120}?)"
GRANT_FOR_NON_COMMERCIAL_RESEARCH = (
    rf"{_GRANTED}\s(?:to\syou\s)?for\s(?:your\s|their\s)?non-?commercial\s(?:{_PURPOSE_ITEM}{_LIST_SEP}){{0,3}}?{_RESEARCH}"
    rf"(?:{_LIST_SEP}{_PURPOSE_ITEM}){{0,3}}(?:\s(?:purposes?|uses?|projects?|activit(?:y|ies)))?{_PURPOSES_END}{_NOT_ALSO_COMMERCIAL}"
)
# (research_only only when the release is not made under a Creative Commons licence: "released for non-commercial
# research under the CC BY-NC 4.0 licence" names the purpose of the release, while the grant, the named public
# licence, is open to any non-commercial purpose)
_UNDER_PUBLIC_LICENCE = r"(?!,?\sunder\s(?:the\s)?(?:terms\sof\s(?:the\s)?)?(?:creative\scommons|cc[\s-]by)\b)"
GRANT_FOR_NON_COMMERCIAL_RESEARCH_ONLY = rf"{GRANT_FOR_NON_COMMERCIAL_RESEARCH}{_UNDER_PUBLIC_LICENCE}"
# "The dataset is released for academic research, reproducibility, and non-commercial use": non-commercial use among
# the purposes a release names.
RELEASED_FOR_NON_COMMERCIAL = (
    rf"{_GRANTED}\s(?:to\syou\s)?for\s(?:your\s|their\s)?(?:{_PURPOSE_ITEM}{_LIST_SEP}){{0,3}}?non-?commercial"
    rf"\s(?:purposes?|uses?|projects?)\b(?!\sonly\b){_NOT_ALSO_COMMERCIAL}"
)
# Use banned except for non-commercial purposes: "You shall not use the Model except for non-commercial purposes",
# "may not use the Weights other than for non-commercial research" (a limit stated as a ban with its one exception;
# "except for commercial purposes" or "except under a commercial licence" is no such limit).
_BANNED_EXCEPT = (
    rf"{_BAN}\s(?:be\s)?(?:use|used|exploit\w{{0,3}}|deploy\w{{0,3}}|run|access)\b[^.;]{{0,100}}?\b(?:except|other\sthan|save|but\sonly)\s"
    r"(?:(?:for|in|as\spart\sof)\s)?(?:the\s|your\s|a\s|an\s|any\s)?(?:(?:purposes?|uses?)\sof\s)?(?:[a-z-]{1,15}\s){0,2}?"
)
# (the exception widened by a licence or leave, "except for non-commercial purposes or under a commercial licence",
# "... unless you obtain a commercial licence": use gated, registration's to read)
_NOR_UNDER_LEAVE = (
    r"(?![^.;]{0,80}?\bor\s(?:[a-z-]{1,15}\s){0,4}?(?:licen[cs]e|agreement|permission|consent|authori[sz]ation)\b"
    r"|[^.;]{0,80}?\b(?:unless|without)\b)"
)
BANNED_EXCEPT_NON_COMMERCIAL = rf"{_BANNED_EXCEPT}non-?commercial\b{_NOT_ALSO_COMMERCIAL}{_NOR_UNDER_LEAVE}"
# The same with research or evaluation the one exception: "may not use the Weights other than for research".
BANNED_EXCEPT_RESEARCH = (
    rf"{_BANNED_EXCEPT}(?:research|evaluation|testing|benchmarking)\b(?!{_LIST_SEP}(?!the\b|a\b|an\b|its\b|this\b)"
    rf"(?!(?:non-?commercial|academic|scientific|evaluation|testing|research|educational|teaching)\b)[a-z])"
    rf"{_NOT_ALSO_COMMERCIAL}{_NOR_UNDER_LEAVE}"
)
# Purposes neither commercial nor research, the whole of the list a use is confined to: "only to be used for
# educational or entertainment purposes", "for either hobby/educational purposes only", "solely for your personal,
# educational use".
_PERSONAL_WORD = (
    r"(?:educational|education|entertainment|personal|private|hobby|hobbyist|recreational|teaching|learning)"
)
_PERSONAL_LIST = rf"{_PERSONAL_WORD}(?:(?:\s?/\s?|{_LIST_SEP}){_PERSONAL_WORD}){{0,3}}\s(?:purposes?|uses?|projects?)"
_OWN = r"(?:either\s|your\s|their\s|his\s|her\s)?(?:own\s)?"
ONLY_PERSONAL_PURPOSES = (
    rf"\b(?:only|solely|exclusively)\s(?:(?:to\s)?be\s)?(?:used\s|use\s)?for\s{_OWN}{_PERSONAL_LIST}\b"
    rf"(?!{_LIST_SEP}(?:for\s)?(?:any\s)?(?:commercial|research))"
    rf"|\bfor\s{_OWN}{_PERSONAL_LIST}\sonly\b"
)
# "You shall not supply the Model in the course of a commercial activity, whether for payment or free of charge".
SUPPLY_IN_COMMERCE = (
    rf"{_BAN}\s(?:be\s)?(?:suppl(?:y|ied)|provided?|offer(?:ed)?|make|made|distribute[d]?|sell|sold|deliver(?:ed)?)\b"
    r"[^.;]{0,100}?\b(?:in\sthe\scourse\sof|as\spart\sof|in\sconnection\swith|in\sfurtherance\sof)\s(?:any\s|a\s|an\s|your\s)?"
    rf"{_COMMERCIAL}\s(?:activit(?:y|ies)|business(?:es)?|enterprises?|operations?|undertakings?|purposes?|ventures?)\b{_NOT_GATED}"
)
# Sharing allowed only with recipients who agree to be bound by these terms: "may give colleagues access ...
# provided that they first agree to be bound by these terms" (you agreeing binds nobody downstream).
SHARE_WITH_BOUND_RECIPIENTS = (
    r"\b(?:share|provide|give|grant|distribute|redistribute|transfer|make\savailable|disclose|sublicen[cs]e|pass|offer)\w{0,3}\b"
    r"[^.;]{0,160}?\b(?:provided\s(?:that\s)?|on\s(?:the\s)?condition\s(?:that\s)?|only\sif\s|if\s|as\slong\sas\s|so\slong\sas\s)"
    r"(?:they|such\s[a-z-]{1,20}|the\srecipients?|recipients?|each\srecipient|each\sof\sthem|all\srecipients|those\s[a-z-]{1,20})\s"
    r"(?:(?:first|have|has|also|each|previously)\s)*(?:agree[sd]?|consent(?:s|ed)?|undert(?:ake|akes|ook))\s(?:in\swriting\s)?to\s"
    r"(?:be\sbound\sby|comply\swith|abide\sby|accept|observe)\s(?:all\s(?:of\s)?)?(?:these|this|the\ssame|the\sterms\sof\sthis)\s"
    r"(?:terms|agreement|licen[cs]e|conditions)\b"
)
# Derivatives subject to the licence's (use) restrictions: "any Derivatives you create shall be subject to the
# restrictions set out in Section 3" (not export restrictions under the law; "are not subject" frees them).
DERIVATIVES_SUBJECT_TO_RESTRICTIONS = (
    r"\b(?:derivative\w{0,3}|modifications?|modified\s(?:versions?|copies|models?)|adaptations?|fine-?tun\w{1,6}|derived\s(?:works?|models?))\b"
    r"[^.;]{0,120}?\b(?:shall|will|must|are|is)\s(?:(?:also|remain|be|continue\sto\sbe|at\sall\stimes)\s){0,3}subject\sto\s"
    r"(?:the\s|all\s|these\s|such\s)?(?:same\s)?(?:use(?:-based)?\s|usage\s)?(?:restrictions|limitations|prohibitions)\s"
    r"(?:(?:set\s(?:out|forth)|stated|contained|listed|described)\s)?(?:in|of|under)\s"
    r"(?:this|these|the|sections?|clauses?|paragraphs?|articles?)\b"
)

# Commerce withheld in other words: the use for a commercial (for-profit) purpose as the subject of a ban ("any use
# of the Weights for a for-profit purpose is forbidden"), monetising banned ("you must not monetize the Model"),
# commercial exploitation reserved to the licensor ("all commercial rights in the Model are reserved to Acme"), a
# grant confined to non-profit settings ("licensed for use in not-for-profit and educational settings"), and
# commercial use that needs another licence ("commercial use of the Model requires a separate commercial licence":
# registration reads the leave to ask; the grant itself withholds commerce).
# The licensor's leave: "prior written authorization", "express consent", "written approval" (not of users or data
# subjects: "only with the consent of the individuals depicted" is a duty to them, no leave to ask).
_LEAVE = (
    r"\b(?:(?:prior|express|explicit|specific|separate|written|formal)\s){0,3}(?:authori[sz]ation|approval|consent|permission)\b"
    r"(?!\s(?:of|from)\s(?:your\s|the\s|its\s|any\s|all\s)?(?:end[\s-])?(?:users?|customers?|individuals?|data\ssubjects?|persons?|people|subjects?)\b)"
)
# Commercial use named as the subject: "commercial use (of the Model)", "use of the Model for commercial purposes"
# (with the space after it).
_COMMERCIAL_USE = (
    rf"(?:{_COMMERCIAL}\s(?:use|usage|exploitation|deployment)\s(?:of\s[^.;]{{1,60}}?\s)?"
    rf"|\b(?:use|usage|exploitation|deployment)\s(?:of\s[^.;]{{1,60}}?\s)?(?:for|in)\s(?:any\s|a\s)?{_COMMERCIAL}\s"
    r"(?:purposes?|uses?|products?|services?|settings?)\s)"
)
# Used commercially: "commercially", "for commercial purposes", "in commercial products".
_COMMERCIALLY = rf"(?:\bcommercially\b|\b(?:for|in)\s(?:any\s|a\s)?{_COMMERCIAL}\s(?:purposes?|uses?|products?|services?|settings?)\b)"
# A duty to obtain the licensor's leave: "you must (first) obtain X's prior written consent".
_OBTAIN_LEAVE = (
    r"(?:you\s|licensees?\s)?\b(?:must|shall|(?:is|are)\srequired\sto|need\sto|will\sneed\sto)\s(?:first\s)?"
    rf"(?:obtain|receive|get|secure|seek\sand\sobtain|request\sand\sobtain)\s[^.;]{{0,60}}?{_LEAVE}"
)
WITHHELD_COMMERCE = (
    rf"\b(?:use|usage|exploitation|deployment)\s(?:of\s[^.;]{{1,60}}?\s)?(?:for|in)\s(?:any\s|a\s|an\s)?{_COMMERCIAL}\s"
    rf"(?:purposes?|uses?|gain|ends|settings?|contexts?|activit\w{{1,3}})\b,?\s{_BANNED}{_NOT_GATED}"
    rf"|{_BAN}(?:,?\s(?:directly|indirectly|otherwise|or|and|in\sany\sway)){{0,4}},?\s(?:be\s)?moneti[sz](?:e|ed)\b{_NOT_GATED}"
    rf"|\bmoneti[sz]ation\s(?:of\s[^.;]{{1,60}}?\s)?{_BANNED}{_NOT_GATED}"
    rf"|{_COMMERCIAL}\s(?:use|usage|exploitation|rights?)\s(?:rights\s)?(?:(?:of|in|to)\s[^.;]{{1,60}}?\s)?(?:is|are)\s"
    r"(?:hereby\s)?(?:exclusively\s|expressly\s|solely\s|fully\s)?reserved\b"
    rf"|\breserves?\s(?:to\sitself\s)?(?:all\s|the\s|any\s)?(?:exclusive\s)?(?:rights?\s(?:of|to|for)\s(?:any\s|all\s)?)?{_COMMERCIAL}\s"
    r"(?:use|usage|exploitation|rights?)\b"
    r"|\b(?<!not\s)(?:licensed|granted|provided|made\savailable|permitted|used?)\s(?:only\s|solely\s|exclusively\s)?(?:for\suse\s)?"
    r"(?:only\s|solely\s|exclusively\s)?(?:in|within|by)\s(?:your\s|any\s|a\s)?(?:non-?profit|not-for-profit)"
    r"(?:(?:\s(?:and|or)\s|,\s|\s)(?:educational|academic|research|charitable))?\s(?:settings?|contexts?|environments?|institutions?|organi[sz]ations?|entities)\b"
    r"(?![^.;]{0,80}?\b(?:and|or)\s(?:in\s|by\s)?(?:any\s)?commercial\b)"
    # use by businesses banned: "use by companies is not permitted", "may not be used by any for-profit entity"
    r"|\b(?:use|usage)\sby\s(?:any\s)?(?:companies|businesses|corporations|for-profit\s(?:entities|organi[sz]ations|companies))\s"
    rf"{_BANNED}{_NOT_GATED}"
    rf"|{_BAN}\s(?:be\s)?used\sby\s(?:any\s|a\s)?(?:company|companies|business|businesses|corporations?|for-profit\s(?:entit(?:y|ies)|organi[sz]ations?|compan(?:y|ies)))\b{_NOT_GATED}"
    # what is built on it may not be sold: "may not be used in, or to build, any product or service that is sold"
    rf"|{_BAN}\s(?:be\s)?(?:use|used|incorporat\w{{1,3}}|integrat\w{{1,3}}|embed\w{{0,3}}|build|built)\b[^.;]{{0,60}}?\b(?:products?|services?|offerings?|applications?)\s"
    r"(?:that|which)\s(?:is|are)\s(?:[a-z]{1,12},?\s(?:or\s|and\s)?){0,3}?(?:sold|offered\sfor\s(?:a\s)?(?:fee|charge|payment)|provided\sfor\s(?:a\s)?fee|paid\sfor)\b"
    rf"{_NOT_GATED}"
    rf"|{_COMMERCIAL}\s(?:use|usage|exploitation|deployment)\s(?:of\s[^.;]{{1,60}}?\s)?(?:requires?|is\ssubject\sto|needs?)\s(?:a\s|an\s)?"
    r"(?:separate|distinct|additional|different)\s(?:written\s)?(?:commercial\s)?(?:licen[cs]e|agreement)\b"
    # commerce on the licensor's leave: "commercial use of the Model requires Acme's prior written authorization",
    # "may use the Model for commercial purposes only if ...: (c) you have received Acme's written authorization",
    # "commercial use is permitted only with the prior written consent of Acme" (the leave of the licensor, never
    # of users or data subjects; commerce on other conditions alone, "only if you have fewer than 100 employees",
    # is no leave; a point inside a word, "licensing@acme.example", ends no sentence)
    rf"|{_COMMERCIAL_USE}(?<!\bnot\s)(?<!\bno\slonger\s)"
    rf"(?:requires?|needs?|is\s(?:subject|conditional|conditioned)\s(?:to|on|upon))\s[^.;]{{0,60}}?{_LEAVE}"
    rf"|\b(?:may|can)\s(?:only\s)?(?:use|deploy|exploit|offer|distribute)\b[^.;]{{0,60}}?(?:\b(?:for|in)\s(?:any\s|a\s)?{_COMMERCIAL}\s"
    r"(?:purposes?|uses?|products?|services?|settings?)|\bcommercially)\s(?:only\s|solely\s)(?:if|when|where|with|after|upon|provided|subject\sto|on\s(?:the\s)?condition)\b"
    rf"(?:[^.]|\.(?=\w)){{0,300}}?{_LEAVE}"
    rf"|{_COMMERCIAL_USE}(?:is|are)\s(?:only\s|solely\s)?(?:permitted|allowed|authori[sz]ed|licensed)\s"
    r"(?:only\s|solely\s)?(?:if|when|where|with|after|upon|provided|subject\sto|on\s(?:the\s)?condition)\b"
    rf"(?:[^.]|\.(?=\w)){{0,300}}?{_LEAVE}"
    # the leave to obtain first: "for commercial use, you must obtain prior written permission from X", "you must obtain
    # X's written consent before using the Model commercially", "if you wish to use the Model for commercial purposes,
    # you must first obtain written authorization"; the use without it banned ("commercial use without X's prior
    # written approval is prohibited")
    rf"|\b(?:for|before)\s(?:any\s)?{_COMMERCIAL}\s(?:use|usage|purposes?|exploitation|deployment)\b,?\s{_OBTAIN_LEAVE}"
    rf"|\bif\syou\s(?:wish|want|intend|plan|would\slike)\sto\s(?:use|deploy|exploit|offer)\b[^.;]{{0,60}}?{_COMMERCIALLY},?\s{_OBTAIN_LEAVE}"
    rf"|{_OBTAIN_LEAVE}[^.;]{{0,40}}?\b(?:before|prior\sto)\s(?:any\s)?(?:using|deploying|exploiting|offering)\b[^.;]{{0,60}}?{_COMMERCIALLY}"
    rf"|{_COMMERCIAL_USE}without\s[^.;]{{0,60}}?{_LEAVE}[^.;]{{0,20}}?\b{_BANNED}"
    # commerce allowed with the leave as its means, the grant's verb active or the use passive: "the weights also allow
    # commercial use with written permission from the authors", "permits commercial usage upon the licensor's prior
    # approval", "may be used commercially with the express consent of Acme" (not "without", not the users' consent)
    rf"|\b(?<!not\s)(?:allows?|permits?|(?:is|are)\s(?:also\s)?(?:available|open)\sfor)\s(?:also\s)?(?:any\s)?{_COMMERCIAL}\s"
    r"(?:use|usage|purposes?|exploitation|deployment)\b(?:\sof\s[^.;]{1,60}?)?\s(?:only\s|solely\s)?(?:with|upon|after|subject\sto|on)\s"
    rf"(?:(?!\bwithout\b)[^.;]){{0,40}}?{_LEAVE}"
    rf"|\b(?:may|can)\s(?:also\s)?(?:only\s)?be\s(?:used|deployed|exploited|offered)\s{_COMMERCIALLY}\s(?:only\s|solely\s)?"
    rf"(?:with|upon|after|subject\sto)\s(?:(?!\bwithout\b)[^.;]){{0,40}}?{_LEAVE}"
)
# Use confined to evaluating: "a licence to use the Model solely to evaluate it", "only to assess whether ...".
ONLY_TO_EVALUATE = r"\b(?:solely|only|exclusively)\s(?:to|in\sorder\sto)\s(?:internally\s)?(?:evaluate|assess|trial)\b"
