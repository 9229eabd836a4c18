"""Which words announce each kind (cheap pre-checks that decide which patterns run on a
paragraph), and what makes two readings of one kind different."""

from __future__ import annotations

import re
from typing import Any

from openlint.text.programs import prebuilt

# Cheap substring pre-checks per kind: a paragraph containing none of them cannot match.

KIND_NEEDLES: dict[str, tuple[str, ...]] = {
    # Single words: a line break can fall between any two words (needles are searched in the
    # document, before a paragraph's view joins its lines).
    "user_cap": (
        "active",
        "月活跃",
        "exceed",
        "monthly",
        "daily",
        "mau",
        "dau",
        "registered",  # quantity caps (OL113): registered users, API requests, employees
        "total",
        "requests",
        "calls",
        "employ",
        "headcount",
        "staff",
    ),  # also "daily active user count is below N"
    "individuals_only": (
        "natural",
        "individuals",
        "companies",
        "organisations",
        "organizations",
        "corporations",
        "businesses",
        "entities",
    ),
    "revenue_cap": ("revenue", "turnover", "year", "annum", "annual", "month"),
    "notice": (
        "notice",
        "版权",
        "著作权",
        "归属",
        "statement",
        "licensed",
        "copyright",
        "저작권",
        "著作権",
        "attribution",  # "remove attribution" (a ban item)
        "credits",
    ),  # also "alter or remove copyright notices"
    "attribution": (
        "state",  # also "must state ... that your product uses X"
        "stating",
        "label",
        "identify",
        "indicate",
        "present",
        "source",  # "must name Acme as the source"
        "origin",
        "describe",
        '"',
        "\u201c",
        "'",
        "\u2018",
        "&quot",
        "&#",
        "attribution",
        "acknowledge",
        "display",
        "credit",
        "creator",
        "attribute",
        "citation",
        "cite",
        "publication",
        "标注",
        "标明",
        "注明",
        "署名",
    ),
    # (also "prefix the name"; a work's title is its name; needles are single words, a line may break between two)
    "naming": ("name", "title"),
    "include_license": (
        "copy",
        "uri",
        "text",
        "permission",
        "statement",
        "include",
        "link",
        "file",
        "notice",  # "redistribute them unchanged with this notice"
        "attached",  # "only with these terms attached"
        "enclosed",
        "state",  # "state that the weights are under CC BY 4.0"
        "indicate",
        "mention",
        "副本",
        "文本",
        "全文",
        "链接",  # 附上本许可的链接
    ),
    "state_changes": ("modif", "changed", "marked", "differs", "changes", "altered", "修改", "更改", "变更", "改动"),
    # ("evaluating", "testing", "benchmark": use confined to "the purposes of testing and evaluating")
    "research_only": (
        "research",
        "academic",
        "scientific",
        "scholar",
        "evaluation",
        "evaluating",
        "evaluate",
        "assess",
        "trial",
        "testing",
        "benchmark",
        "production",
        "experiment",  # a use policy's allowed list of non-production purposes ("- On-device experimentation")
        "prototyp",
        "研究",
        "연구",
        "評価",
        "検証",
        "分析",
        "学術",
        "평가",
        "검증",
        "학술",
    ),
    # (and purposes neither commercial nor research: "only for educational or entertainment purposes")
    "non_commercial": (
        "commercial",
        "monetary",
        "revenue",
        "production",
        "educational",
        "entertainment",
        "hobby",
        "personal",
        "profit",
        "moneti",
        "companies",
        "business",
        "corporation",
        "sold",
        "fee",
        "商业",
        "상업",
        "商用",
        "商業",
    ),
    "no_derivatives": (
        "adapted",
        "modified",
        "derivative",
        "anyone",
        "third",
        "others",
        "distribut",
        "share",
        "publish",
        # copies put where others reach them: "may not upload or mirror the weights to any public repository"
        "repositor",
        "upload",
        "mirror",
        "fork",
    ),  # "... to anyone/third parties", "may not redistribute the weights", "redistribution ... is prohibited"
    "flow_down": (
        "enforceable",
        "provide",
        "comply",
        "precedent",
        "agree",
        "bound",
        "abide",
        "impose",
        "restrict",
        "inherit",
        "intact",
        "minimum",
    ),
    "share_alike": (
        "under",
        "same",
        "elements",
        "apply",
        "subject",
        "governed",
        "bound",
        "pursuant",
        "accordance",
        "recipient",
        "inherit",  # "derivative weights inherit these terms"
    ),
    "source_disclosure": ("source",),  # also "source code"
    "network_disclosure": ("network", "external", "functionalities"),
    "acceptable_use": (
        "policy",
        "use-based",
        "agree",
        "allow",
        "military",
        "surveillance",
        "prohibited",
        "terms",
        "guidelines",
        "rules",
        "restrictions",
        "principles",
        "incorporated",
        "guardrail",
        "safeguard",
        "safety",
        "generate",
        "fraudulent",
        "illegal",
        "unlawful",
        "warfare",
        "sexual",
        "minors",
        "infring",
        "violat",
        "clinical",
        "diagnos",
        "medical",
        "decisions",
        "weapon",
        "harm",
        "violen",
        "fraud",
        "malware",
        "terroris",
        "disinformation",
        "misinformation",
        "standalone",
        "stand-alone",
        "framework",
        "toolkit",
        "defam",
        "harass",
        "discriminat",
        "endanger",
        # privacy and clinical harms: "re-identify", "membership inference", "model inversion", "reconstruct ... training
        # data", "expose private / personal data", "patient care", "pornographic" (single words: a line may break between
        # two; not "extract", a common word that cost the long inputs' work budget a block)
        "re-identif",
        "reidentif",
        "membership",
        "inversion",
        "reconstruct",
        "private",
        "personal",
        "patient",
        "pornograph",
        "军事",
        "非法",
        "违法",
        "危害",
        "군사",
        "불법",
        "軍事",
        "違法",
        "战争",  # 禁止将模型用于战争 / 武器 / 犯罪 / 监控 ...
        "滥用",  # 不应被滥用 (round 15, fix27)
        "误用",
        "武器",
        "犯罪",
        "监控",
        "歧视",
        "虚假",
        "仇恨",
        "骚扰",
        "差別",
        "誹謗",
        "嫌がらせ",
        "詐欺",
        "虚偽",
        "誤情報",
        "偽情報",
        "フェイク",
        "ヘイト",
        "なりすまし",
        "反社会",
        "범죄",
        "차별",
        "허위",
        "사기",
        "혐오",
    ),
    # "Derivatives ... include ... distilled versions", "... transfer of patterns of the weights"
    "outputs_make_derivatives": (
        "distil",
        "synthetic",
        "patterns",
        "output",
        "蒸馏",
        "合成数据",
        "输出",
        "蒸留",
        "合成データ",
        "出力",
        "증류",
        "합성",
        "출력",
    ),
    "no_training_other_models": ("train", "improv", "develop", "enhanc", "模型", "distil", "extraction", "cloning"),
    # A territory reading needs a place named in its paragraph: the places' words are rarer than the
    # exclusion wordings ("not", "excluding").
    "territory": (
        "union",
        "kingdom",
        "britain",
        "korea",
        "china",
        "russia",
        "iran",
        "cuba",
        "syria",
        "states",
        "japan",
        "india",
        "switzerland",
        "brazil",
        "canada",
        "economic",
        "eea",
        "eu",
        "uk",
        "norway",
        "iceland",
        "liechtenstein",
        # any other country (rules/country-names.json) in a territory clause or a sanctions list, and a
        # grant limited to places ("solely in", "outside the Territory")
        "territor",
        "countr",
        "sanction",
        "embargo",
        "outside",
        "solely",
        "exclusively",
        "within",
    ),
    "patent_termination": ("litigation", "lawsuit", "proceedings", "action", "patent", "allege", "诉讼", "法律程序"),
    "terms_may_change": (
        "subject",
        "right",
        "update",
        "modif",
        "chang",
        "amend",
        "revis",
        "time",
        "latest",
        "更新",
        "修改",
        "变更",
        "修订",
        "変更",
        "改定",
        "改訂",
        "변경",
        "개정",
    ),
    # also "either party"; a duty to delete or stop using the model on the licensor's notice
    "revocable": ("right", "terminat", "revoke", "suspend", "cancel", "withdraw", "delete", "destroy", "cease", "stop"),
    # also "commercially"; "only for use by registered users"
    "registration": (
        "commercial",
        "for-profit",
        "separate",
        "production",
        "registered",
        "registration",
        "contact",
        "商业",
    ),
    # a fixed term: "expires on", "valid until", "terminates automatically on", "licence period", "有效期至"
    "term_expires": (
        "expir",
        "until",
        "terminat",
        "ends",
        "lapse",
        "valid",
        "period",
        "term:",
        "year",  # a period after acceptance: "for one (1) year from the Effective Date", "a term of 12 months"
        "month",
        "days",
        "有效期",
        "到期",
        "届满",
        "终止",
        "失效",
    ),
    "no_hosting": (
        "hosted",
        "hosting",
        "service",
        "api",
        "maas",
        "saas",
        "interface",
        "host",
        "access",
        "share",
        "website",
        "platform",
    ),
}

# Duties that follow the product when the text says "make available" or names hosted services.
WIDEN_TO_SERVE = frozenset({"include_license", "flow_down", "attribution"})
# (plural too: a licence copy owed to "recipients of the Model Works or products or services using them" reaches a SaaS)
SERVE_WORDS = prebuilt(
    r"make available|made available|products? or services?|hosted service|remote access|via API", re.I
)

# Keys that make two obligations of one kind different (others are wording).
IDENTITY_KEYS = ("threshold", "metric", "currency", "prefix", "contains", "text", "excluded", "allowed")


def key_of(kind: str, params: dict[str, Any]) -> tuple[Any, ...]:
    return (kind, *(str(params.get(k)) if k != "text" else str(params.get(k, "")).lower() for k in IDENTITY_KEYS))


# Each needle, and the kinds it announces (with those of the needles inside it).
NEEDLE_KINDS: dict[str, frozenset[str]] = {
    needle: frozenset(kind for kind, others in KIND_NEEDLES.items() for other in others if other in needle)
    for needles in KIND_NEEDLES.values()
    for needle in needles
}
