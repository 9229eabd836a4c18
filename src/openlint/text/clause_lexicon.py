"""The concept lexicon of the structural reading (openlint.text.clauses): per kind, what a clause
must say of whom and which concepts it must name, as data.

Each group is a list of word-start alternatives (regex fragments on the lower-cased view, one space
between words): a clause names the group when one alternative starts a word in it. A clause reads
as the kind when one of `modals` holds in it, the licensee is named when `addressed`, no `veto`
alternative occurs and every group is named. `origin` says what an entry was written from:
"general" (knowledge of how licences are drafted, and the hand-written fixtures) or a held-out set
whose misses or false readings it answers (benchmarks measure leave-one-set-out without it).
"""

from __future__ import annotations

from dataclasses import dataclass

from openlint.core.kinds import ObligationKind, Trigger

ALL: tuple[Trigger, ...] = ("use", "modify", "distribute", "serve")


@dataclass(frozen=True)
class Concept:
    kind: ObligationKind
    modals: tuple[str, ...]  # "duty", "ban", "limit", "power": the clause needs one
    groups: tuple[tuple[str, ...], ...]
    needles: tuple[str, ...]  # a block holding none of these is not viewed
    triggers: tuple[Trigger, ...]
    summary: str
    veto: tuple[str, ...] = ()
    addressed: bool = False
    origin: str = "general"  # what prompted the entry: "general", or the held-out sets ("r4 r9")
    retired: str = ""  # the held-out sets whose readings retired the entry (an entry replaced it)
    learned: tuple[tuple[str, str], ...] = ()  # vetoes added from held-out readings: (alternative, sets)


RESEARCH = r"(?:research|academic|scientific|evaluation|educational)"
NEGATION = r"(?:not|never|no|prohibited\sfrom|refrain\sfrom)"
# The licence itself, as clauses name it.
THIS_LICENSE = (
    r"this\s(?:[a-z-]{1,20}\s)?(?:licen[cs]e|agreement)",
    r"these\s(?:terms|conditions)",
    r"the\s(?:terms|conditions)\sof\sth(?:is|ese)",
)
DISTRIBUTE = (
    r"distribut",
    r"redistribut",
    r"shar(?:e|es|ed|ing)\b",
    r"provid",
    r"mak\w{1,3}\s(?:\w+\s){0,4}?available",
)
LICENSOR_POWER_VETO = (
    r"you\s(?:may|can)\b",
    r"licensee\s(?:may|can)\b",
    r"breach",
    r"violat",
    r"fail\w{0,3}\sto\scomply",
)

# Clauses that are no candidates whatever their words: a definition by a quoted term ('"Model" includes').
GLOBAL_LEARNED: tuple[tuple[str, str], ...] = ((r"[\u201d\"']\s(?:includes|shall\sinclude)", "r10"),)

LEXICON: tuple[Concept, ...] = (
    Concept(
        "research_only",
        ("limit", "ban"),
        (
            (r"research", r"academic", r"scientific", r"evaluation", r"educational", r"non-?commercial\sresearch"),
            (
                r"only",
                r"solely",
                r"exclusively",
                r"limited\sto",
                r"restricted\sto",
                r"strictly\sfor",
                r"other\sthan\s(?:\w+\s){0,3}?(?:research|academic|evaluation)",
            ),
        ),
        ("research", "academic", "evaluation"),
        ALL,
        "Use is limited to research or evaluation.",
        veto=(r"including\sbut\snot", r"not\slimited\sto", r"any\spurpose", r"commercial\s(?:and|or)\sresearch"),
        retired="r4 r5 r9",
    ),
    Concept(
        "research_only",
        ("limit", "ban"),
        (
            (
                rf"(?:only|solely|exclusively|(?:limited|restricted)\sto|strictly)\s(?:for\s)?(?:\w+\s){{0,3}}?{RESEARCH}",
                rf"{RESEARCH}\w{{0,4}}\s(?:\w+\s){{0,3}}?(?:only|solely|exclusively)\b",
                rf"other\sthan\s(?:for\s)?(?:\w+\s){{0,3}}?{RESEARCH}",
            ),
        ),
        ("research", "academic", "evaluation"),
        ALL,
        "Use is limited to research or evaluation.",
        veto=(
            r"including",
            r"not\slimited\sto",
            r"any\spurpose",
            r"commercial\s(?:and|or)\sresearch",
            r"non-?commercial",
            r"unless",
            r"except",
        ),
        origin="r4 r5 r9",
    ),
    Concept(
        "non_commercial",
        ("ban",),
        (
            (
                rf"{NEGATION}\s(?:[\w,-]+\s){{0,10}}?(?:commercial\w{{0,2}}|for-profit|monetiz\w{{1,5}})\b",
                r"commercial\s(?:\w+\s){0,3}?(?:is|are)\s(?:\w+\s)?(?:not\s(?:permitted|allowed)|prohibited|forbidden)",
            ),
        ),
        ("commercial", "monet", "profit"),
        ALL,
        "Commercial use is not allowed.",
        veto=(
            r"unless",
            r"except",
            r"without\s(?:\w+\s){0,5}?(?:licen|permission|consent|agreement|approval)",
            r"separate",
            r"commercial\s(?:\w+\s)?only",
            r"non-?commercial",
        ),
        learned=((r"exceed", "r4"), (r"commercial\s(?:use\s)?(?:agreement|licen)", "r5")),
    ),
    Concept(
        "non_commercial",
        ("limit",),
        ((r"non-?commercial", r"not-for-profit", r"noncommercial"), (r"purposes?\sonly", r"use\sonly", r"only\sfor")),
        ("commercial", "profit"),
        ALL,
        "Use is limited to non-commercial purposes.",
        veto=(r"including\sbut\snot", r"not\slimited\sto"),
    ),
    Concept(
        "notice",
        ("duty", "ban"),
        (
            (r"retain", r"keep", r"reproduce", r"preserve", r"maintain", r"remove", r"alter", r"obscure", r"delete"),
            (
                r"copyright\s(?:notice|statement|and)",
                r"(?:proprietary|attribution|copyright|legal|ownership)\s(?:\w+\s)?notices?",
                r"notices?\sof\s(?:copyright|attribution|ownership)",
                r"notice\sfile",
            ),
        ),
        ("notice",),
        ("distribute",),
        "Copyright and other notices must be kept.",
        learned=((r"the\sfollowing", "r10"),),
    ),
    Concept(
        "include_license",
        ("duty",),
        (
            (
                r"(?:a\s|the\s)?cop(?:y|ies)\sof\s(?:this|the|these)\s(?:[a-z-]{1,20}\s)?(?:licen[cs]e|agreement|terms)",
                r"(?:this|the)\s(?:licen[cs]e|agreement)\s(?:\w+\s){0,3}?(?:accompan|be\sincluded|be\sprovided)",
            ),
            (
                *DISTRIBUTE,
                r"give",
                r"hand",
                r"pass",
                r"deliver",
                r"accompan",
                r"includ",
                r"sublicens",
                r"transfer",
                r"copies",
                r"(?:together|along)\swith",
            ),
        ),
        ("copy of", "copies of", "accompan"),
        ("distribute",),
        "A copy of the licence must accompany what you distribute.",
        veto=(r"received", r"(?:permitted|free|allowed)\sto\s(?:copy|distribute)"),
    ),
    Concept(
        "share_alike",
        ("duty", "limit"),
        (
            (
                r"(?:only|exclusively|solely)\sunder\s(?:the\s)?(?:terms|this|these|same|identical)",
                r"(?:licensed|distributed|released|made\savailable|provided)\s(?:\w+\s){0,2}?under\s(?:the\s)?(?:same|identical|terms\sof\sthis|this)",
                r"remain\s(?:\w+\s)?(?:subject\sto|governed\sby|under)\s(?:the\s)?(?:terms\sof\s)?(?:this|these|the\ssame)",
                r"under\s(?:the\s)?(?:same|identical)\s(?:terms|licen)",
            ),
            (*THIS_LICENSE, r"same\s(?:terms|licen)", r"identical\s(?:terms|licen)"),
            (*DISTRIBUTE, r"derivative", r"modif", r"adaptation", r"licens", r"releas", r"publish"),
        ),
        ("under", "remain"),
        ("distribute",),
        "What you distribute must stay under this licence.",
        veto=(r"use\s(?:-based\s)?restrictions", r"use-based", r"ethical"),
        retired="r10",
    ),
    Concept(
        "share_alike",
        ("duty", "limit"),
        (
            (
                r"(?:only|exclusively|solely)\sunder\s(?:the\s)?(?:terms|this|these|same|identical)",
                r"be\\s(?:\\w+\\s)?(?:licensed|distributed|released|made\savailable|provided)\s(?:\w+\s){0,2}?under\s(?:the\s)?(?:same|identical|terms\sof\sthis|this)",
                r"remain\s(?:\w+\s)?(?:subject\sto|governed\sby|under)\s(?:the\s)?(?:terms\sof\s)?(?:this|these|the\ssame)",
                r"under\s(?:the\s)?(?:same|identical)\s(?:terms|licen)",
            ),
            (*THIS_LICENSE, r"same\s(?:terms|licen)", r"identical\s(?:terms|licen)"),
            (*DISTRIBUTE, r"derivative", r"modif", r"adaptation", r"licens", r"releas", r"publish"),
        ),
        ("under", "remain"),
        ("distribute",),
        "What you distribute must stay under this licence.",
        veto=(r"use\s(?:-based\s)?restrictions", r"use-based", r"ethical"),
        origin="r10",
    ),
    Concept(
        "terms_may_change",
        ("power",),
        (
            (
                r"(?:may|can|will|right\sto)\s(?:(?!be\s)\w+\s){0,4}?(?:update|modify|amend|change|revise)",
                r"may\sbe\s(?:\w+\s)?(?:updated|modified|amended|changed|revised)\s(?:\w+\s){0,3}?"
                r"(?:from\stime\sto\stime|at\sany\stime|periodically|by\s)",
            ),
            (
                *THIS_LICENSE,
                r"the\s(?:terms|agreement|licen[cs]e)\b",
                r"(?:the|this|its|our)\s(?:acceptable\suse\s|usage\s|use\s)?polic",
                r"terms\s(?:and\sconditions|of\suse)",
            ),
        ),
        ("update", "modif", "amend", "revise", "change"),
        ("use",),
        "The licensor may change the terms.",
        veto=(
            *LICENSOR_POWER_VETO,
            r"(?:the|any|your)\smodel",
            r"derivative",
            r"software\b",
            r"weights",
            r"(?:new|updated|revised|later)\s(?:\w+\s)?versions",
        ),
        learned=(
            (r"in\saccordance\swith", "r2 r3"),
            (r"except\sas", "r5"),
            (r"mutual", "r10"),
            (r"only\s(?:with|by)\s(?:the\s)?(?:\w+\s)?(?:written|approval|consent|agreement)", "r10"),
        ),
    ),
    Concept(
        "revocable",
        ("power",),
        (
            (
                r"(?:may|can|right\sto|entitled\sto)\s(?:\w+\s){0,4}?(?:terminate|revoke|suspend|restrict|cancel|disable)",
                r"may\sbe\s(?:\w+\s)?(?:terminated|revoked|suspended)",
            ),
            (
                r"at\sany\stime",
                r"for\sany\sreason",
                r"without\s(?:\w+\s)?(?:cause|reason|notice)",
                r"(?:at|in)\s(?:its|our|their)\s(?:sole\s|absolute\s)?discretion",
                r"remotely",
                r"with\sor\swithout",
            ),
        ),
        ("terminat", "revok", "suspend", "restrict"),
        ("use",),
        "The licensor may end or restrict the licence at will.",
        veto=(*LICENSOR_POWER_VETO, r"if\syou", r"in\sthe\sevent", r"non-?compliance"),
        learned=((r"if\s(?:the\s)?licensee", "r10"), (r"fails?\sto\s(?:abide|observe|perform)", "r10")),
    ),
    Concept(
        "flow_down",
        ("duty",),
        (
            (
                r"impose",
                r"require",
                r"bind",
                r"bound\sby",
                r"pass\s(?:on|through)",
                r"flow\sdown",
                r"enforce",
                r"ensure",
                r"obligat",
            ),
            (r"restrictions", r"limitations", r"terms", r"conditions", r"provisions", r"obligations"),
            (
                r"recipients?",
                r"downstream",
                r"third\spart",
                r"end\susers?",
                r"sublicensees?",
                r"customers",
                r"anyone\s(?:to\swhom|who)",
                r"your\susers",
            ),
        ),
        ("recipient", "downstream", "third part", "end user", "sublicensee", "customer", "anyone"),
        ("distribute", "serve"),
        "The licence's restrictions must be passed on to those you share with.",
        veto=(r"liabil", r"indemn", r"claim"),
        addressed=True,
        retired="r8 r9",
    ),
    Concept(
        "flow_down",
        ("duty",),
        (
            (
                r"impose",
                r"require",
                r"bind",
                r"bound\sby",
                r"pass\s(?:on|through)",
                r"flow\sdown",
                r"enforce",
                r"ensure",
                r"obligat",
            ),
            (r"(?:use\s|usage\s)?restrictions", r"limitations", r"prohibitions", r"prohibited\suses"),
            (
                r"recipients?",
                r"downstream",
                r"third\spart",
                r"end\susers?",
                r"sublicensees?",
                r"customers",
                r"anyone\s(?:to\swhom|who)",
                r"your\susers",
            ),
        ),
        ("recipient", "downstream", "third part", "end user", "sublicensee", "customer", "anyone"),
        ("distribute", "serve"),
        "The licence's restrictions must be passed on to those you share with.",
        veto=(r"liabil", r"indemn", r"claim"),
        addressed=True,
        origin="r8 r9",
    ),
    Concept(
        "no_hosting",
        ("ban",),
        (
            (
                r"host(?:ed|ing)?\b",
                r"as\sa\sservice",
                r"saas\b",
                r"(?:via|through|over)\s(?:an?\s|the\s)?(?:api|network|internet|cloud)",
                r"(?:api|inference)\sservice",
            ),
        ),
        ("host", "as a service", "saas", "api", "network", "cloud"),
        ("serve",),
        "The model may not be offered as a hosted service.",
        veto=(r"unless", r"except", r"without\s(?:\w+\s){0,3}?(?:licen|permission|consent|agreement)"),
    ),
    Concept(
        "acceptable_use",
        ("duty", "ban"),
        (
            (r"compl", r"abide", r"adhere", r"accordance", r"conform", r"violat", r"breach", r"contrary"),
            (
                r"acceptable\suse",
                r"(?:use|usage|content)\spolic",
                r"prohibited\suses?",
                r"responsible\suse",
                r"code\sof\sconduct",
                r"(?:use|usage)\sguidelines",
            ),
        ),
        ("policy", "prohibited use", "responsible use", "code of conduct", "guidelines"),
        ("use",),
        "Use must follow the licensor's use policy.",
    ),
    Concept(
        "no_training_other_models",
        ("ban",),
        (
            (r"train", r"improv", r"develop", r"distil", r"fine-?tun", r"creat", r"build"),
            (
                r"(?:other|another|competing|third-party|new|different|any\sother)\s(?:[a-z-]{1,20}\s){0,3}?"
                r"(?:models?|ai\b|llms?|(?:machine\s)?learning|systems?)",
            ),
        ),
        ("train", "distil", "improv"),
        ("use",),
        "The model (or its outputs) may not be used to train other models.",
        veto=(r"derivatives?\sof\sthe\smodel", r"unless", r"except"),
    ),
    Concept(
        "no_derivatives",
        ("ban",),
        (
            (
                r"(?:(?:must|shall|may|will|can|agrees?\sto)\s(?:not|never)|prohibited\sfrom|refrain\sfrom)\s(?:[a-z,]{1,20}\s){0,4}?"
                r"(?:modify|adapt|translate|fine-?tune|(?:create|make|prepare)\s(?:\w+\s){0,2}?(?:derivative|modified))\b",
            ),
        ),
        ("modif", "adapt", "translat", "derivative", "fine-tun", "finetun"),
        ("modify", "distribute"),
        "The material may not be modified.",
        veto=(
            r"notices?",
            r"copyright",
            r"this\s(?:licen|agreement)",
            r"terms",
            r"trademark",
            r"attribution",
            r"label",
            r"watermark",
            r"safety",
            r"guardrail",
            r"filter",
            r"unless",
            r"except",
            r"otherwise\sus",
            r"within",
            r"outside",
        ),
        learned=((r"(?:not|never|from)\s(?:[\w,]+\s){0,3}?us(?:e|ing)\b", "r2 r3 r4 r6 r8"),),
    ),
    Concept(
        "state_changes",
        ("duty",),
        (
            (r"modif", r"chang", r"alter"),
            (
                r"notices?\s(?:\w+\s){0,3}?(?:stating|that|indicating|describing)",
                r"(?:indicat|state|stating|mark|identify|flag|describ|document|note)\w{0,3}\s(?:\w+\s){0,6}?(?:modif|chang|alter)",
            ),
            (
                r"(?:you|your)\s(?:\w+\s){0,2}?(?:changed|modified|made|altered)",
                r"(?:were|was|have\sbeen|has\sbeen)\s(?:\w+\s)?(?:made|modified|changed|altered)",
                r"modified\s(?:version|files?|model|work)",
                r"(?:nature|extent)\sof\s(?:the|your|any|such)",
            ),
        ),
        ("modif", "chang", "alter"),
        ("distribute",),
        "Modified files must say that they were changed.",
        veto=(r"(?:may|must|shall|will)\s(?:not|never)",),
        addressed=True,
    ),
    Concept(
        "patent_termination",
        (),
        (
            (r"patent", r"intellectual\sproperty"),
            (r"litigation", r"lawsuit", r"suit\b", r"claim", r"proceeding", r"action"),
            (r"terminat", r"end\b", r"cease", r"revok"),
            (r"institut", r"bring", r"file", r"commenc", r"initiat", r"assert", r"sue\b"),
        ),
        ("patent", "intellectual property"),
        ("use",),
        "Patent (or IP) litigation against the licensor ends the licence.",
        addressed=True,
    ),
    Concept(
        "attribution",
        ("duty",),
        (
            (
                r"credit\b",
                r"attribute\s(?:the|to|it|them)",
                r"attribution\sto",
                r"acknowledge\s(?:the|its|their)",
                r"cite\b",
                r"citation",
                r"reference\sto",
            ),
            (
                r"publication",
                r"publish",
                r"paper",
                r"report",
                r"research",
                r"results",
                r"product",
                r"derivative",
                r"source",
                r"authors?",
            ),
        ),
        ("credit", "attribut", "acknowledg", "cite", "citation"),
        ("distribute", "serve"),
        "Credit must be given.",
        veto=(r"acknowledges?\s(?:and\sagrees?\s)?that", r"notices?", r"copyright", r"\bmay\b(?!\snot)"),
        addressed=True,
        learned=((r"(?:must|shall|will|may)\s(?:not|never)\suse", "r2 r8"),),
    ),
)
