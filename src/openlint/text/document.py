"""Readings that need the whole document, not one paragraph: what its title says, and what its
defined terms stand for ('"Permitted Purpose" means research only', then 'for the Permitted Purpose
only'). Both are bounded: the title is one of the first lines, terms are at most MAX_TERMS."""

from __future__ import annotations

import re
from collections.abc import Iterator

from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph, lower

MAX_TERMS = 20
MAX_DEFINED = 100
MAX_DEFINITIONS_SCAN = 300_000  # definitions open a license; a hostile text is not scanned to its end
MAX_TITLE = 200  # characters: a longer first block is not a title
_TITLE_NON_COMMERCIAL = prebuilt(
    r"\bnon-?\s?commercial\b.{0,80}\b(?:licen[cs]e|agreement|terms)\b|"
    r"\b(?:licen[cs]e|agreement|terms)\b.{0,40}\bnon-?\s?commercial\b"
)
_DEFINITION = prebuilt(
    r"[\"'\u201c\u2018](?P<term>[a-z][a-z0-9 -]{1,40}?)[\"'\u201d\u2019],?\s(?:shall\s|will\s)?(?:means?|refers? to)\s"
    r"(?P<definition>[^.;]{3,300})"
)
_RESEARCH_ONLY = prebuilt(
    r"\b(?:research|evaluation|academic|scientific)\b[^.;]{0,80}?\b(?:only|solely|exclusively)\b"
    r"|\b(?:only|solely|exclusively)\b[^.;]{0,40}?\b(?:research|evaluation|academic|scientific)\b"
    # the purposes numbered after the limit: "use solely in conjunction with (1) internal non-published research
    # projects and (2) publicly available research publications"
    r"|\b(?:only|solely|exclusively)\s(?:in\s(?:conjunction|connection)\swith|in\sfurtherance\sof|for|to)\s"
    r"\(?(?:[1-9]|[a-h]|i{1,3}|iv)\)\s(?:[a-z-]{1,20},?\s){0,4}?(?:research|evaluation|academic|scientific)\b"
)


def non_commercial_title(text: str, starts: list[int], ends: list[int]) -> tuple[Paragraph, re.Match[str]] | None:
    """A title naming the license non-commercial ('WREN NON-COMMERCIAL MODEL LICENSE'): the first
    block, when it is short (a wrapped title spans lines)."""
    if not starts:
        return None
    para = Paragraph(text[starts[0] : ends[0]], starts[0])
    if len(para.text) > MAX_TITLE:
        return None
    match = _TITLE_NON_COMMERCIAL.search(para.low)
    return (para, match) if match else None


# A glossary entry laid out as a heading: the quoted term alone in its block, "Means ..." in the next.
_TERM_ALONE = prebuilt(
    r"(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+)?[\"'\u201c\u2018]([a-z][a-z0-9 -]{1,40}?)[\"'\u201d\u2019]:?"
)
_MEANS_FIRST = prebuilt(r"\s*(?:shall\s+|will\s+)?(?:means?|refers?\s+to)\s")


def term_alone(low: str) -> str | None:
    """The term a short block states alone ('"Non-Commercial"'), as the heading of a definition in
    the next block; None for any other block."""
    alone = _TERM_ALONE.fullmatch(low.strip()) if len(low) <= 60 else None
    return alone.group(1) if alone else None


# A definition of a use as non-commercial: '"Authorized Use" means running the Model for your own personal,
# non-commercial use', '"Research Purposes" means internal research not intended for or directed towards
# commercial advantage' (not 'any use, commercial or non-commercial').
_NON_COMMERCIAL = prebuilt(
    r"\bnon-?commercial\b|\bnot\s(?:primarily\s)?intended\sfor\s(?:or\sdirected\s(?:towards?|at)\s)?"
    r"(?:commercial\sadvantages?|(?:private\s)?monetary\scompensation)\b"
    # ... or by what it leaves out: '... and excludes any use by or on behalf of a for-profit entity'
    r"|\bexclud(?:es?|ing)\s(?:any\s|all\s)?(?:uses?\s)?(?:by|for|on\sbehalf\sof|in)\s[^.;]{0,40}?(?<!not-)(?<!not\s)\b(?:for-profit|commercial)\b"
)
_ALSO_COMMERCIAL = prebuilt(
    r"\bcommercial\s(?:and|or|and/or)\snon-?commercial\b|\bnon-?commercial\s(?:and|or|and/or)\s(?:for\s)?commercial\b"
)


# A glossary entry naming its term with a colon, not "means": '* Research Purpose: use solely in conjunction with
# (1) internal non-published research projects ...' (a bullet or item mark before it; a stray opening quote kept).
# The term is capitalised as written (checked on the paragraph's text), so a label ("note:", "example:") at a
# block's start is no term; a term only limits what a grant confines to it (term_usage), so one read here that no
# grant names reads nothing.
_COLON_ENTRY = prebuilt(
    r"(?:[*\u2022-]\s|\(?[a-z0-9]{1,3}[.)]\s)?[\"'\u201c\u2018]?(?P<term>[a-z][a-z0-9-]{1,20}(?:\s[a-z0-9-]{1,20}){0,4}?)"
    r"[\"'\u201d\u2019]?:\s(?P<definition>[^.;:]{3,300})"
)


def colon_entry(para: Paragraph) -> str | None:
    """A block that is a glossary entry by colon ('Research Purpose: use solely ...'), restated as a definition
    ('"research purpose" means use solely ...'); None for any other block."""
    entry = _COLON_ENTRY.match(para.low)
    if entry is None or not all(
        word[:1].isupper() for word in para.text[entry.start("term") : entry.end("term")].split()
    ):
        return None
    return f'"{entry.group("term")}" means {entry.group("definition")}'


class LimitTerms:
    """Per kind, research_only and non_commercial, the defined terms whose definition limits use so (also when
    the term heads its definition's block: '"Non-Commercial"', then 'Means for non-commercial (research)
    purposes only'); at most MAX_TERMS in all. Fed the defining blocks' views one by one (None for a block
    whose view holds no quotation mark: it defines no term and heads none)."""

    __slots__ = ("count", "done", "heading", "heading_end", "terms")

    def __init__(self) -> None:
        self.terms: dict[str, list[str]] = {"research_only": [], "non_commercial": []}
        self.count = 0
        self.done = False
        self.heading: str | None = None
        self.heading_end = 0

    def feed(self, para: Paragraph | None) -> None:
        if para is None:
            self.heading, self.heading_end = None, 0
            return
        low = para.low
        if self.heading is not None and para.offset - self.heading_end <= 20 and _MEANS_FIRST.match(low):
            low = f'"{self.heading}" ' + low.lstrip()  # the next block
        self.heading = term_alone(low)
        self.heading_end = para.offset + len(para.text) if self.heading else 0
        entry = None if self.heading or "mean" in low or "refer" in low else colon_entry(para)
        # the entry restated, and the block itself ('The term "X" excludes ...' may follow the entry in its block)
        found = _limiting_definitions(low) + (_limiting_definitions(entry) if entry is not None else [])
        for kind, term in found:
            if term not in self.terms[kind]:
                self.terms[kind].append(term)
                self.count += 1
                if self.count >= MAX_TERMS:
                    self.done = True
                    return


def defined_limits(paragraphs: Iterator[Paragraph | None]) -> dict[str, list[str]]:
    """`LimitTerms` of these defining blocks."""
    limits = LimitTerms()
    for para in paragraphs:
        limits.feed(para)
        del para  # not held while the next block's view is built
        if limits.done:
            break
    return limits.terms


# A definition that is a list of purposes with research among them and none commercial: '"Non-commercial
# Purposes" means research, teaching, scientific publication and personal experimentation' (not "research papers
# and posters", one thing; not "any purpose, including research").
_WORD = (
    r"(?!(?:commercial|any|all|purposes?|uses?|including|includes|such|as|other|than|not|except|but|the|a|an|and|or|for)\b)"
    r"[a-z-]{1,20}"
)
_ITEM = rf"{_WORD}(?:\s{_WORD})?"
_SEP = r"(?:,\s(?:and\s|or\s|and/or\s)?|\s(?:and|or|and/or)\s)"
_RESEARCH_LISTED = prebuilt(
    rf"\s*(?:(?:uses?|purposes?)\s(?:for|of)\s)?(?:{_ITEM}{_SEP}){{0,4}}?"
    rf"(?:(?:academic|scientific|scholarly|non-?commercial|non-?profit|not-for-profit|internal)\s)?research(?:{_SEP}{_ITEM}){{0,4}}\s*"
)


# A term defined by what it leaves out: 'The term "Research Purpose" excludes ... any commercial undertaking', '"X"
# does not include use for commercial purposes' (what the term excludes is commercial: a use limited to it is not).
_EXCLUDING = prebuilt(
    r"[\"'\u201c\u2018](?P<term>[a-z][a-z0-9 -]{1,40}?)[\"'\u201d\u2019],?\s(?:hereby\s)?(?:excludes|shall\sexclude|"
    r"does\snot\s(?:include|cover)|shall\snot\sinclude),?\s(?P<definition>[^.;]{3,300})"
)
_COMMERCIAL_LEFT_OUT = prebuilt(
    r"(?<!non-)(?<!non\s)\bcommercial\s(?:undertakings?|purposes?|uses?|activit(?:y|ies)|advantage|exploitation|ventures?|"
    r"gain|settings?|products?|services?)\b|\bfor-profit\b"
)


def _limiting_definitions(low: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for match in _DEFINITION.finditer(low):
        term, definition = " ".join(match.group("term").split()), match.group("definition")
        if _RESEARCH_ONLY.search(definition) or _RESEARCH_LISTED.fullmatch(definition):
            found.append(("research_only", term))
        if _NON_COMMERCIAL.search(definition) and not _ALSO_COMMERCIAL.search(definition):
            found.append(("non_commercial", term))
    for match in _EXCLUDING.finditer(low):
        if _COMMERCIAL_LEFT_OUT.search(match.group("definition")):
            found.append(("non_commercial", " ".join(match.group("term").split())))
    return found


# A verb defined as passing copies on ('"Convey" means to propagate the Work so that a third party can make or
# receive copies', '"Release" or "Released" means making the Model available to the public'): a ban on it is a
# ban on sharing, whatever the verb's everyday sense.
_VERB_DEFINITION = prebuilt(
    r"[\"\u201c](?P<term>[a-z][a-z-]{1,20})[\"\u201d]"
    r"(?:,?\s(?:or|and)\s[\"\u201c][a-z][a-z -]{1,30}[\"\u201d]){0,2},?\s(?:shall\s|will\s)?"
    r"(?:means?|refers?\sto)\s(?P<definition>[^.;]{3,300})"
)
_TO_OTHERS = prebuilt(
    r"\b(?:(?:a|any)\sthird\sparty|third\sparties|the\spublic|others|anyone|another\s(?:person|party|entity)|other\s(?:persons|parties))\b"
)
_PASSING_ON = prebuilt(
    r"\b(?:cop(?:y|ies)|receiv\w{1,3}|available|distribut\w{1,5}|propagat\w{1,5}|transfer\w{0,5}|provid\w{1,5}|disclos\w{1,5}|"
    r"transmit\w{0,5}|shar(?:e|es|ed|ing)|publish\w{0,3}|access)\b"
)
_NOT_PASSING_ON = prebuilt(r"\b(?:not|excluding|except)\b")


class SharingTerms:
    """The one-word terms (lower case) defined as passing copies on to others, at most MAX_TERMS; fed as
    `LimitTerms` is."""

    __slots__ = ("done", "terms")

    def __init__(self) -> None:
        self.terms: list[str] = []
        self.done = False

    def feed(self, para: Paragraph | None) -> None:
        if para is None:
            return
        for match in _VERB_DEFINITION.finditer(para.low):
            definition, term = match.group("definition"), match.group("term")
            sharing = _TO_OTHERS.search(definition) and _PASSING_ON.search(definition)
            if sharing and not _NOT_PASSING_ON.search(definition) and term not in self.terms:
                self.terms.append(term)
                if len(self.terms) >= MAX_TERMS:
                    self.done = True
                    return


def defined_sharing(paragraphs: Iterator[Paragraph | None]) -> list[str]:
    """`SharingTerms` of these defining blocks."""
    sharing = SharingTerms()
    for para in paragraphs:
        sharing.feed(para)
        if sharing.done:
            break
    return sharing.terms


def term_usage(term: str) -> re.Pattern[str]:
    """A grant limited to a defined term: 'for the Permitted Purpose only', 'solely for Non-Commercial purposes'."""
    name = re.escape(term).replace(r"\ ", " ")
    return re.compile(
        rf"\b(?:for|to)\s(?:the\s|your\s|a\s)?{name}(?:\s(?:purposes?|use|uses))?\s(?:only|solely|exclusively)\b"
        rf"|\b(?:only|solely|exclusively)\s(?:for|to|in\sfurtherance\sof|in\s(?:conjunction|connection)\swith|in\spursuit\sof)\s"
        rf"(?:the\s|your\s|a\s)?{name}\b"
        # use beyond the term banned: 'may not use the Model for any purpose other than the Permitted Purpose'
        rf"|\b(?:not|never|no)\b[^.;]{{0,60}}?\b(?:purposes?|uses?|anything)\s(?:other\sthan|but|except)\s(?:for\s)?(?:the\s|your\s|a\s|an\s)?{name}\b"
        # ... or named by the term negated: 'shall not use the Dataset for any non-Research Purpose'
        rf"|\b(?:not|never|no)\b[^.;]{{0,60}}?\bfor\s(?:any\s|a\s)?non-{name}\b"
        # an adverb term: 'only may be used non-commercially'
        rf"|\b(?:only|solely|exclusively)\s(?:may|can|shall)\s(?:be\s)?(?:used|use|exploited)\b[^.;]{{0,60}}?\s{name}\b"
    )


_DEFINED = prebuilt(
    r"[\"\u201c](?P<term>[A-Z][A-Za-z0-9 -]{1,40}?)[\"\u201d],?\s+(?:shall\s+|will\s+)?(?:means?|refers?\s+to)\b"
)


def defined_terms(text: str) -> frozenset[str]:
    """Capitalised terms the document defines ('"Territory" means ...'), at most MAX_DEFINED."""
    found: set[str] = set()
    for match in _DEFINED.finditer(text, 0, MAX_DEFINITIONS_SCAN):  # endpos: no copy of the head
        found.add(" ".join(match.group("term").split()))
        if len(found) >= MAX_DEFINED:
            break
    return frozenset(found)


MAX_SCOPE_BLOCKS = 400  # blocks searched for a grant's wider scope (a license states it in a few)
# Every alternative below holds one of these (the teaching/education words left with round 9's alternatives).
_WIDER_WORDS = ("personal", "non-commercial", "noncommercial")
# A grant wider than research: "academic research and other non-commercial purposes" (or "research, academic,
# evaluation, and other non-commercial purposes"; "non-commercial purposes, including research"), "non-commercial
# education, or non-commercial artistic projects", "research, academic, and personal projects".
_WIDER_THAN_RESEARCH = prebuilt(
    r"\bresearch(?:,\s[a-z-]{1,20}){0,4},?\s(?:and|or)\s(?:any\s)?other\snon-?commercial\s(?:purposes?|uses?|projects?)\b"
    r"|\bnon-?commercial\s(?:education(?:al)?|teaching|artistic|creative|personal|hobby)\s(?:purposes?|uses?|projects?)\b"
    # ("research, education and personal use", "research and personal use": personal use beside research)
    r"|\b(?:research|academic)\w{0,3}(?:,\s[a-z]{1,15}){0,2},?\s(?:and\s|or\s)?personal\s(?:projects|purposes|use)\b"
    # research as an example of the non-commercial purposes granted: "solely for non-commercial purposes, including
    # academic research, teaching, and scholarly publication"
    r"|\bnon-?commercial\s(?:purposes?|uses?),?\s(?:including|such\sas|for\sexample|e\.g\.,?)\s(?:but\snot\slimited\sto\s)?"
    r"(?:[a-z-]{1,20}\s){0,2}?research\b"
)
# Research granted beside a non-commercial purpose the text defines as personal or hobby use: "solely for a Research
# Purpose or Non-Commercial Purpose" with '"Non-Commercial Purpose" means personal, educational, hobbyist, or other
# use ...' grants more than research (both must be found; each may be in any block).
_RESEARCH_OR_NON_COMMERCIAL = prebuilt(
    r"\bresearch\s(?:purposes?\s|uses?\s)?(?:or|and|and/or)\s(?:an?\s|any\s|other\s)?non-?commercial\s(?:purposes?|uses?)\b"
    r"|\bnon-?commercial\s(?:purposes?\s|uses?\s)?(?:or|and|and/or)\s(?:an?\s|any\s)?research\s(?:purposes?|uses?)\b"
)
_NON_COMMERCIAL_IS_PERSONAL = prebuilt(
    r"\bnon-?commercial\s(?:purposes?|uses?)[\"\u201d]?,?\s(?:means|shall\smean|refers\sto|includes?|is\sdefined\sas)\s(?:any\s)?"
    r"(?:[a-z-]{1,20},?\s(?:or\s|and\s)?){0,4}?(?:personal|hobby\w{0,3}|private|recreational|entertainment)\b"
)
# (Research beside teaching or education in the one list a use is confined to, "only for research and
# educational purposes", stays research-only: the grant is confined to non-production purposes, as the
# catalog's Mistral Non-Production entry, so OL110 holds production use to it.)
# "Commercial Use" defined by a user threshold: the commercial-licence clauses are the user cap.
_COMMERCIAL_IS_A_CAP = prebuilt(
    r"commercial\s(?:use|purposes?)[\"\u201d]?,?\s(?:means|shall\smean|refers\sto|is\sdefined\sas)\s[^.;]{0,250}?"
    r"\b(?:more\sthan|over|above|exceed\w{0,3}|in\sexcess\sof)\s[\d.,]{1,15}\s?(?:million|billion|thousand|[mk]\b)?\s?"
    r"(?:monthly|daily)\sactive\susers"
)

# ... or by a revenue threshold ("A commercial license is required for: organisations with annual revenue of
# 20 million RUB or more"; "'Commercial Usage' a use that generates more than 50,000 USD within a year").
_COMMERCIAL_IS_A_REVENUE_CAP = prebuilt(
    r"commercial\s(?:use|usage|purposes?)[\"\u201d]?,?\s(?:(?:means|shall\smean|refers\sto|is\sdefined\sas)\s)?[^.;]{0,250}?"
    r"\b(?:generat\w{1,4}|earn\w{0,3}|revenues?|turnover)\b[^.;]{0,60}?\b(?:more\sthan|over|above|exceed\w{0,3}|in\sexcess\sof)\s"
    r"|\bcommercial\slicen[cs]e\s(?:is\s|will\sbe\s|shall\sbe\s)?(?:\*\*)?required(?:\*\*)?\s(?:for|if|when|once)\b[^.;]{0,250}?"
    r"\b(?:annual|yearly)\s(?:gross\s)?(?:revenues?|turnover)\b"
    # ... or commercial use granted below one, beside a non-commercial grant (redB): "an organisation whose annual
    # revenue ... is below USD 1,000,000 may also use the Model for commercial purposes"; "commercial use is also
    # permitted for organisations with annual revenue of less than EUR 2 million"
    r"|\b(?:revenues?|turnover|sales)\b[^.;]{0,80}?\b(?:below|less\sthan|under|not\s(?:more\sthan|exceed\w{0,3}))\s"
    r"[^.;]{0,60}?\b(?:may|can|(?:is|are)\s(?:permitted|allowed|free)\sto)\s(?:also\s)?(?:use|deploy|exploit)\b[^.;]{0,80}?"
    r"\bcommercial(?:ly)?\b"
    r"|\bcommercial\s(?:use|purposes?)\s(?:is|are)\s(?:also\s)?(?:permitted|allowed|licensed)\s(?:for|to)\b[^.;]{0,120}?"
    r"\b(?:revenues?|turnover|sales)\b[^.;]{0,60}?\b(?:below|less\sthan|under|not\s(?:more\sthan|exceed\w{0,3}))\s"
)


# Derivatives (trained models) expressly granted to be shared: "grants you the right to create and distribute
# Derivatives that consist of abstract representations (e.g. models ...)", "you may publish models trained on the
# Corpus". A ban on sharing beside it is a ban on the material itself, or on derivatives that hold it ("Derivatives
# that contain or allow the recovery of the data"), not on all derivatives: no_derivatives goes (the grant's own
# provisos, a research purpose or no fee, are read as what they are). A permission on the original ("you may
# distribute the Model") or one negated ("may not distribute derivatives") grants nothing of the kind.
_DERIVATIVES_SHARING_GRANTED = prebuilt(
    r"\b(?:grants?\s(?:to\s)?you\s(?:the\s|a\s)?(?:right|licen[cs]e|permission)\sto|you\s(?:may|can)|you\sare\s(?:hereby\s)?(?:free|permitted|allowed|authori[sz]ed)\sto)\s"
    r"(?:(?:create|make|train|build|develop|modify|use|copy|reproduce)\w{0,3},?\s(?:and\s|or\s|and/or\s)?){0,3}"
    r"(?:distribute|redistribute|publish|share|release)\s(?:and\s(?:distribute|publish|share)\s)?(?:any\s|your\s|such\s)?"
    r"(?:derivatives|derivative\s(?:works|models)|(?:trained|fine-?tuned)\smodels|models\s(?:that\s)?(?:you\s)?(?:train|trained|derived|fine-?tuned))\b"
)

# A use policy that says of itself that it binds no one ("This Acceptable Use Policy is a personal statement by the
# author ... not a legal amendment to the license", "These guidelines are not legally binding", "This policy does not
# form part of the licence"): the uses it lists are the author's wishes, no acceptable_use (round 14, fix24). Said of
# the policy, statement, guidelines or principles themselves; a summary or deed ("This deed is not a license") keeps
# its readings, and a policy whose items are not exhaustive ("This policy is not an exhaustive list") binds.
_NOT_BINDING_WORDS = (
    "binding",
    "enforceable",
    "amendment",
    "legal effect",
    "legal force",
    "personal statement",
    "part of",
)
# (the words found in the text as written, in any of three cases, before any block is lowered: a quick pass)
_NOT_BINDING_ANYWHERE = tuple(
    variant
    for word in ("binding", "enforceable", "amendment", "legal", "statement")
    for variant in (word, word.capitalize(), word.upper())
)
_POLICY_NOT_BINDING = prebuilt(
    r"\b(?:this|these|the\s(?:above|following))\s(?:[a-z-]{1,20}\s){0,3}?(?:polic(?:y|ies)|statements?|guidelines?|principles"
    r"|code\sof\sconduct)\s(?:\([^()]{0,40}\)\s)?(?:[a-z,-]{1,20}\s){0,8}?"
    r"(?:is|are|does|do|has|have|creates?|forms?)\s(?:not|no|neither)\s(?:[a-z-]{1,20}\s){0,3}?"
    r"(?:legal(?:ly)?\s(?:amendment|binding|effect|force|obligations?)|binding|enforceable|amendment\s(?:to|of)"
    r"|(?:form\s)?part\sof\s(?:the|this|its|any)\s(?:[a-z0-9.-]{1,20}\s){0,2}?(?:licen[cs]e|agreement|terms))"
    r"|\b(?:this|these)\s(?:[a-z-]{1,20}\s){0,3}?(?:polic(?:y|ies)|guidelines?|principles)\s(?:is|are)\s(?:only\s|merely\s|simply\s)?"
    r"(?:a\s|an\s)?personal\sstatements?\b"
)


def superseded_kinds(text: str, starts: list[int], ends: list[int], kinds: set[str]) -> frozenset[str]:
    """Kinds the document's own scope overrides: research-only when the grant names non-research
    purposes too; non-commercial and commercial registration when 'Commercial Use' is defined as use
    above a user or revenue threshold (the user cap says that already). Only blocks holding the words are viewed."""
    # (words one of which a block must hold, what it must say, the kinds dropped once every such statement is found)
    checks: list[tuple[tuple[str, ...], list[re.Pattern[str]], tuple[str, ...]]] = []
    if "research_only" in kinds:
        checks.append((_WIDER_WORDS, [_WIDER_THAN_RESEARCH], ("research_only",)))
        checks.append((("commercial",), [_RESEARCH_OR_NON_COMMERCIAL, _NON_COMMERCIAL_IS_PERSONAL], ("research_only",)))
    if "no_derivatives" in kinds:
        checks.append(
            (("distribut", "publish", "share", "release"), [_DERIVATIVES_SHARING_GRANTED], ("no_derivatives",))
        )
    if "user_cap" in kinds and kinds & {"non_commercial", "registration"}:
        checks.append((("active",), [_COMMERCIAL_IS_A_CAP], ("non_commercial", "registration")))
    if "revenue_cap" in kinds and kinds & {"non_commercial", "registration"}:
        checks.append((("commercial",), [_COMMERCIAL_IS_A_REVENUE_CAP], ("non_commercial", "registration")))
    if "acceptable_use" in kinds and any(word in text for word in _NOT_BINDING_ANYWHERE):  # (no block lowered)
        checks.append((_NOT_BINDING_WORDS, [_POLICY_NOT_BINDING], ("acceptable_use",)))
    dropped: set[str] = set()
    viewed = 0
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if not checks or viewed >= MAX_SCOPE_BLOCKS:
            break
        low = lower(text, start, end)
        if low.rstrip().endswith(":") and index + 1 < len(starts):  # a lead-in is read with the list after it
            end = ends[index + 1]
            low = lower(text, start, end)
        due = [check for check in checks if any(word in low for word in check[0])]
        if not due:
            continue
        viewed += 1
        para = Paragraph(text[start:end], start)
        for check in due:
            check[1][:] = [statement for statement in check[1] if not statement.search(para.low)]
            if not check[1]:
                dropped.update(check[2])
                checks.remove(check)
    return frozenset(dropped)


# An appendix of third-party notices: the licences of bundled components, not this licence's terms
# ("THIRD-PARTY SOFTWARE NOTICES AND INFORMATION", then "This project incorporates material from the projects
# listed below ... licensed to you under their original license terms").
_THIRD_PARTY_HEADING = prebuilt(
    r"[#*=>\s]*(?:\d{1,2}\.?\s+)?third[- ]party\s+(?:software\s+|code\s+|open[- ]source\s+)?"
    r"(?:notices?|licen[cs]es?|components?|code|software|attributions?)"
    r"(?:\s+(?:and|&)\s+(?:information|attributions?|notices?|licen[cs]es?))?[#*:\s]*"
)
_THEIR_OWN_TERMS = prebuilt(
    r"\b(?:their|its|the\s+(?:component'?s?|project'?s?))\s+(?:original|own|respective)\s+(?:licen[cs]e|terms)"
    r"|\blicensed\s+to\s+you\s+under\s+(?:their|its)\b"
)
MAX_HEADING = 80  # characters of a block that is only a heading
MAX_HEADINGS = 32  # headings of one kind looked under per document (a hostile text may repeat one)


def _headings(
    text: str, starts: list[int], ends: list[int], word: str, heading: re.Pattern[str], first: int, last: int
) -> Iterator[int]:
    """The index of each block from `first` to before `last` that is only a heading: at most MAX_HEADING
    characters, holding `word`, whose view `heading` matches whole; at most MAX_HEADINGS of them."""
    found = 0
    for i in range(first, last):
        if ends[i] - starts[i] > MAX_HEADING or word not in lower(text, starts[i], ends[i]):
            continue
        if heading.fullmatch(Paragraph(text[starts[i] : ends[i]], starts[i]).low):
            yield i
            found += 1
            if found == MAX_HEADINGS:
                return


def third_party_appendix(text: str, starts: list[int], ends: list[int]) -> int | None:
    """Where an appendix of third-party notices starts: a block that is only such a heading, with the next
    blocks saying the components come under their own licences."""
    for i in _headings(text, starts, ends, "third", _THIRD_PARTY_HEADING, 1, len(starts)):
        following = lower(text, starts[i], ends[min(i + 3, len(ends) - 1)])
        if _THEIR_OWN_TERMS.search(following):
            return starts[i]
    return None


# A table of the sources a work was made from and their licences (a provenance table: "| source | licence of origin |
# effect |", "| Dataset | License |"): its rows tell the sources' terms ("research-only; commercial use prohibited
# without the prior consent of DataCo"), no duty of this licence (round 14, fix24). A header row naming a licence
# column and a source column, then a delimiter row; the table runs while lines open with "|".
_TABLE_HEADER = prebuilt(r"[ \t]{0,3}\|[^\n]*\|[ \t]*")
_TABLE_DELIMITER = prebuilt(r"[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")
_LICENCE_COLUMN = prebuilt(r"\b(?:licen[cs]es?|licen[çc]as?|licencias?|lizenz\w*|licenz[ae]|terms)\b")
_SOURCE_COLUMN = prebuilt(
    r"\b(?:sources?|fontes?|fuentes?|quellen?|origins?|origem|or[ií]gen|upstream|datasets?|data\s?sets?|corpus|corpora"
    r"|dados|datos|daten|components?|componentes?|dependenc(?:y|ies)|base\smodels?|modelos?\sbase)\b"
)
# A delimiter row's cell beside a bar, which every table has ("|---|", "| :--- |"): found in one search of the text.
_DELIMITER_CELL = prebuilt(r"-{3,}:?[ \t]*\||\|[ \t]*:?-{3,}")
MAX_TABLE_LINES = 2000  # lines of tables looked at per document
MAX_ROW_LINES = 40  # lines one table row may be wrapped over


def _row(lines: list[str], at: int, pipes: int) -> int:
    """The line after the table row opening at line `at`: a row holds `pipes` bars (the delimiter row's count), joined
    across the line breaks a re-wrap put in it."""
    count, i = lines[at].count("|"), at + 1
    while count < pipes and i < len(lines) and i - at < MAX_ROW_LINES and lines[i].strip():
        count, i = count + lines[i].count("|"), i + 1
    return i


def source_tables(text: str) -> list[tuple[int, int]]:
    """The first and last line (1-based) of each provenance table's rows."""
    if _DELIMITER_CELL.search(text) is None:  # no table (and no copy of the text split into lines)
        return []
    lines = text.split("\n", 20_000)[:20_000]
    found: list[tuple[int, int]] = []
    seen = 0
    i = 0
    while i < len(lines) and seen < MAX_TABLE_LINES:
        if not lines[i].lstrip().startswith("|"):
            i += 1
            continue
        # the header: its lines up to the delimiter row (a re-wrap may have broken it anywhere, after a bar too)
        after = i + 1
        while after < len(lines) and after - i < MAX_ROW_LINES and lines[after].strip():
            if _TABLE_DELIMITER.fullmatch(lines[after]) is not None:
                break
            after += 1
        seen += after - i
        header = " ".join(lines[i:after]).lower()
        if (
            after < len(lines)
            and _TABLE_DELIMITER.fullmatch(lines[after]) is not None
            and _TABLE_HEADER.fullmatch(header) is not None
            and _LICENCE_COLUMN.search(header) is not None
            and _SOURCE_COLUMN.search(header) is not None
        ):
            pipes = lines[after].count("|")
            first = last = after + 1
            while last < len(lines) and lines[last].lstrip().startswith("|") and seen < MAX_TABLE_LINES:
                following = _row(lines, last, pipes)
                seen += following - last
                last = following
            if last > first:
                found.append((first + 1, last))  # 1-based: the rows after the header and the delimiter
            i = last
            continue
        i = max(after, i + 1)
    return found


# A section on commercial use whose body is a contact: "## COMMERCIAL PURPOSES", then "Please contact the
# institute for additional information" (a heading alone in its block; the contact opens the next block).
_COMMERCIAL_HEADING = prebuilt(
    r"[#*=>\s]*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?"
    # one of the licensing options offered: "### Option 2: Commercial License", "Tier B - Commercial licensing"
    r"(?:(?:option|tier|plan|track|path)\s+[a-z0-9]{1,2}\s*[:.\-\u2013]\s*)?"
    r"(?:for\s+)?commercial\s+(?:use|uses|usage|purposes?|licen[cs]es?|licensing|applications?)[#*:\s]*"
)
_CONTACT_FIRST = prebuilt(
    r"[*_\s]*(?P<contact>(?:please\s+|kindly\s+)?(?:contact|get\s+in\s+touch\s+with|reach\s+out\s+to|write\s+to|e-?mail))\b"
)
# The way to the commercial licence given as a field of the section's list: "- Access: Contact sales@example.com",
# "How to obtain: e-mail licensing@example.org" (an address or a URL follows).
_CONTACT_FIELD = prebuilt(
    r"(?:^|[\s*_-])(?:access|how\s+to\s+(?:obtain|get|apply)|to\s+obtain|obtaining|availability)[*_]*\s*:[*_\s]*"
    r"(?P<contact>(?:please\s+)?(?:contact|get\s+in\s+touch\s+with|reach\s+out\s+to|write\s+to|e-?mail|apply\s+(?:at|via)))\b"
    r"(?=[^;\n]{0,80}?(?:@|https?://|www\.))"
)
MAX_SECTION_BLOCKS = 4  # blocks of a commercial section looked through for a contact field


def commercial_contact_section(text: str, starts: list[int], ends: list[int]) -> tuple[Paragraph, re.Match[str]] | None:
    """The block of a contact under a heading naming commercial use, with its match (the words cited are its
    `contact` group; None if none): a contact opening the next block, or a contact field ("Access: Contact X")
    in one of the section's next MAX_SECTION_BLOCKS blocks, before another markdown heading."""
    for i in _headings(text, starts, ends, "commercial", _COMMERCIAL_HEADING, 0, len(starts) - 1):
        para = Paragraph(text[starts[i + 1] : ends[i + 1]], starts[i + 1])
        contact = _CONTACT_FIRST.match(para.low)
        if contact:
            return para, contact
        found = _contact_field(text, starts, ends, i + 1)
        if found is not None:
            return found
    # a markdown heading that opens its block, the section's list right under it ("### Option 2: Commercial
    # License" then "- Access: Contact ..." with no blank line between)
    seen = 0
    for i in range(len(starts)):
        head = text[starts[i] : ends[i]].lstrip()
        if not head.startswith("#"):
            continue
        line = head.split("\n", 1)[0]
        if len(line) > MAX_HEADING or "\n" not in head or "commercial" not in line.lower():
            continue
        if _COMMERCIAL_HEADING.fullmatch(Paragraph(line, starts[i]).low):
            found = _contact_field(text, starts, ends, i)
            if found is not None:
                return found
            seen += 1
            if seen == MAX_HEADINGS:
                break
    return None


def _contact_field(text: str, starts: list[int], ends: list[int], first: int) -> tuple[Paragraph, re.Match[str]] | None:
    """A contact field in the blocks of a section from block `first`, at most MAX_SECTION_BLOCKS, up to the next
    markdown heading."""
    for j in range(first, min(first + MAX_SECTION_BLOCKS, len(starts))):
        if j > first and text[starts[j] : ends[j]].lstrip().startswith("#"):
            break
        para = Paragraph(text[starts[j] : ends[j]], starts[j])
        field = _CONTACT_FIELD.search(para.low)
        if field:
            return para, field
    return None
