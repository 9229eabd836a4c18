"""List items read with their lead-in: "You must not use the Model:" followed by "(a) to train other
models" bans training, though the item alone says nothing. Each item under a ban lead-in is seen as
one sentence, a fixed ban phrase then the item's words, and cited at the item's own lines.

Items are cut from each block's view (where wrapping is already invisible) at a clause mark after
".", ":" or ";", the same places a re-wrap could start a new block, so where lines break does not
change which items there are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from openlint.text.block_needles import trie_regex
from openlint.text.patterns.foreign_lexicon import BAN_LEAD, DUTY_LEAD, KO_DUTY_PREFIX, KO_FOLLOWING_DUTY, LATIN, UNDONE
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph, lower

MAX_ITEMS = 400  # items read under lead-ins per document (a license has a few dozen)
MAX_VIEWS = 4000  # blocks seen as views while looking for lead-ins

# ("4.2.1 Include a copy": a number of several levels needs no closing point)
_MARK = (
    r"(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}(?=\s)|[a-z][.)]|\(?[ivx]{1,6}[.)]|\([a-z0-9]{1,4}\)"
    r"|[-*\u2022])"
)
MARK = prebuilt(rf"\s*({_MARK})\s")
# Where an item starts inside a view: after ".", ":" or ";" (and "; or", "; and"), before a mark.
ITEM_START = prebuilt(rf"[.:;](?:\s(?:or|and))?\s(?={_MARK}\s)")
LETTER_MARK = prebuilt(r"(?:^|\s)\(?([a-z])\)\s")
# A paragraph that opens with a short label and a colon ("Violence and harm: engaging in ..."): under a ban
# lead-in ("... any of the following prohibited use cases:"), an item of its list though it has no mark.
LABEL = prebuilt(r"^\s?[a-z][a-z0-9,/&'()-]{0,25}(?:\s[a-z0-9,/&'()-]{1,25}){0,7}:\s+\S")
BAN = prebuilt(
    r"\b(?:must|shall|may|will|can|do|does|agrees?|undertakes?)\s(?:not|never)\b|\bcannot\b|\bprohibited\b|\bforbidden\b"
    r"|\bnot\s(?:be\s)?(?:permitted|allowed)\b|\brefrain\sfrom\b"
)
# A duty lead-in: "If you distribute the Model, you must:", "provided that you:", "... provided that:".
DUTY = prebuilt(
    r"\b(?:must|shall|agrees?\sto|undertakes?\sto|(?:is|are)\srequired\sto)\s*:?$|\bprovided\s(?:that\s)?(?:you|licensee|the\slicensee)\s*:?$"
    r"|\b(?:on|subject\sto)\s(?:the\s)?(?:following\s)?conditions?(?:\sthat\s(?:you|licensee))?\s*:?$"
    # "provided that:" with the subject in each item; "When distributing the Model or any Derivative:"
    r"|\bprovided\s(?:always\s)?that\s*:$|\bprovided\s*:$"
    r"|(?:^|\s)(?:when|whenever|if|before|where|upon|in\sdistributing)\s(?:you\s|licensee\s)?(?:re)?distribut\w{0,5}\b[^:;]{0,120}:$"
    # a permission's conditions: "You may redistribute the Data, so long as:", "may be distributed only if:"
    r"|\b(?:only\sif|so\slong\sas|as\slong\sas|on\s(?:the\s)?condition\sthat)(?:\s(?:you|licensee|the\slicensee))?\s*:$"
    # a permission granted if the licensee does what follows: "You may use and share the Data for research if you:"
    r"|\b(?:you|licensees?|users?)\s(?:may|can|are\s(?:free|permitted|allowed)\sto)\s[^:;]{1,200}?\bif\s(?:you|licensee|the\slicensee)\s*:$"
)
# A duty lead-in that ends with its verb ("Every copy must retain:", "you shall include:"): each item is the
# verb's object ("(b) the copyright notices"), read after "you must" and that verb.
DUTY_VERB = prebuilt(
    r"\b(?:must|shall|agrees?\sto|undertakes?\sto|(?:is|are)\srequired\sto)\s(?:also\s|always\s)?"
    r"(retain|include|keep|preserve|reproduce|contain|carry|display|state|bear|provide|give)\s*:$"
)
# "If you redistribute the Model, you may:": what follows is permitted, not owed.
PERMITS = prebuilt(r"\b(?:you|licensees?|recipients?)\s(?:may|can|(?:are|is)\s(?:free|permitted|allowed)\sto)\s*:?$")
# "When distributing the Model, we recommend:" (an invitation) or "..., you may:" leads in no duties.
INVITES = prebuilt(
    r"\b(?:recommend\w{0,3}|encourag\w{1,3}|suggest\w{0,3}|should|appreciat\w{1,3}|optional\w{0,2})\b"
    r"|" + PERMITS.pattern
)
# An item under a duty lead-in that repeats its subject ("provided that: a. You include ..."): read from its verb.
SUBJECT = prebuilt(r"(?:you|licensee|the\slicensee|recipient|the\srecipient)\s(?!must\b|shall\b|may\b|will\b|agree)")
EXCEPTION = prebuilt(r"\b(?:except|unless|other\sthan|excluding|without|only)\b")
# "You shall not, without Acme's prior written consent:": the items are banned unless the licensor agrees. Only
# harmful uses are read from such items (no consent makes them lawful); distribution or hosting is merely gated.
CONSENT = prebuilt(
    r"\bwithout\s(?:first\s)?(?:obtaining\s|receiving\s)?(?:the\s|an?\s)?(?:[a-z0-9.'\u2019-]{1,30}\s){0,3}?"
    r"(?:(?:express|prior|written|explicit)\s){0,3}(?:consent|permission|approval|authori[sz]ation)\b[^:]{0,40}:$"
)
# The licensor's leave named anywhere in a ban lead-in ("Except with prior written permission from Acme, you may
# not:", "You shall not, without our consent:"): a commercial use among its items is asked for (registration).
LEAVE = prebuilt(
    r"\b(?:without|except\s(?:with|upon|by)|unless\s(?:with|upon|by))\s(?:first\s)?(?:obtaining\s|receiving\s)?(?:the\s|an?\s)?"
    r"(?:[a-z0-9.'\u2019-]{1,30}\s){0,3}?(?:(?:express|prior|written|explicit),?\s){0,3}(?:consent|permission|approval|authori[sz]ation)\b"
)
# Sharing and hosting under a ban the licensor's leave lifts, also when the leave is named before the ban
# ("Except with prior written permission from Acme, you may not: (a) redistribute the Model"), are merely
# gated (the n53 convention): no item under such a ban reads these kinds.
LEAVE_LIFTS = frozenset({"no_derivatives", "no_hosting"})
# A lead-in that states what a ban covers or leaves out rather than banning what follows ("Prohibited uses do not
# include:", "Restrictions do not apply to:", "'Prohibited Use' means:"), as clause_headings.BANNING excludes.
SCOPE = prebuilt(r"\b(?:includ\w*|means|do\snot\sapply|excluding|other\sthan)\b")
USE = prebuilt(r"\bus(?:e|es|ed|ing)\b")
# "'Non-Commercial Purpose' means any of the following uses, but only so far as X does not ...:" defines
# a term: its items are what the term covers, not bans on the reader.
DEFINES = prebuilt(r"\b(?:means|shall\smean|refers?\sto|is\sdefined\sas)\b")
ANY_BAN_WORD = (
    "not",
    "prohibit",
    "forbid",
    "refrain",
    "cannot",
    "must",
    "shall",
    "provided",
    "agree",
    "required",
    "condition",
    "distribut",  # "When distributing the Model:"
    "only if",  # "You may share it only if:"
    "long as",  # "so long as:", "as long as:"
    "you:",  # "You may use the Data for research if you:"
    "may:",  # "You MAY:" (a bare permission lead-in)
    "세요",  # "다음을 함께 제공하세요." (a Korean lead-in with no colon: _KO_FOLLOWING)
    "해야",
    "concorda",  # "você concorda em" (a lead-in with no colon: _DANGLING_LEAD)
    "comprome",
    "engagez",
    "impegna",
    "permitted use",  # "Permitted uses:" (a label naming the permitted uses)
    "permitted purpose",
    "allowed use",
    "allowed purpose",
    "authorized use",
    "authorised use",
    "authorized purpose",
    "authorised purpose",
    "禁止",
    "不得",
    "严禁",
    "请勿",
    # the bans of the Latin-script and Cyrillic lexicons ("É expressamente proibido:", "Le licencié ne peut pas :")
    "proib",
    "prohib",
    "interdit",
    "verbot",
    "untersagt",
    "darf",
    "dürfen",
    "vietat",
    "não",
    "nao ",
    "pouvez",
    # the duties and conditions of those lexicons ("Vous devez indiquer :", "à condition que :")
    "devez",
    "doivent",
    "debe",
    "deve",
    "müssen",
    "muss",
    "condici",
    "condizione",
    "condição",
    "desde que",
    "pourvu",
    "purché",
    "vorausgesetzt",
    "peut",
    "puede",
    "può",
    "запрещ",
    "заборон",
    "может",
    "можна",
)
_BAN_WORD = prebuilt(trie_regex(ANY_BAN_WORD), re.S)
# A Chinese ban lead-in ("以下用途明确禁止" and a full-width colon): its items are read after this phrase.
BAN_ZH = prebuilt(r"(?<!不)(?:禁止|严禁|不得|不允许|请勿)")
BAN_ZH_PREFIX = "禁止将模型用于"
BAN_PREFIX = "you must not "  # the phrase items under a ban lead-in are read after
DUTY_PREFIX = "you must "  # the phrase items under a duty lead-in are read after
PERMIT_PREFIX = "you may "  # the phrase items under a bare permission lead-in ("You MAY:") are read after
# A bare permission lead-in: the sentence is only "You may:" (the list is the grant: what it names confines it).
_PERMIT = prebuilt(r"\A\W*(?:you|licensees?|users?)\s(?:may|can|are\s(?:permitted|allowed)\sto)\s?:\Z")
# A label naming the permitted uses ("Permitted uses:", "Allowed purposes of the weights:"): its items are the uses the
# grant is confined to, read after this phrase (round 14, fix24; a permission, as "You MAY:" is).
PERMITTED_USES_PREFIX = PERMIT_PREFIX + "use it for "
MAX_DANGLING = 160  # characters at a block's end looked at for a lead-in with no colon
# A lead-in that leaves its verb's complement to the list, with no colon (a heading: "## By using the weights, you agree
# to", "## Ao usar os artefatos, você concorda em"): read as if it ended with one (round 14, fix24).
_DANGLING_LEAD = prebuilt(
    r"\b(?:(?:agrees?|undertakes?|commit|commits|consent)\sto|concorda(?:m)?\sem|comprometes?-se\sa|se\scompromete(?:m)?\sa"
    r"|vous\s(?:vous\s)?engagez\s(?:à|a)|acceptez\sde|acepta(?:s|n)?\s|se\scompromete\sa|si\simpegna\sa|accetta\sdi)\s*\Z"
)
_PERMITTED_USES = prebuilt(
    r"\A\W*(?:the\s)?(?:permitted|allowed|authori[sz]ed)\s(?:uses?|purposes?|use\scases?)"
    r"(?:\s(?:of|for)\s(?:the\s|this\s|these\s)?[a-z-]{1,20}(?:\s[a-z-]{1,20})?)?\s?:\Z"
)
# A ban lead-in in another language, as its lexicon words it, and what lifts or excepts it ("sem autorização",
# "salvo", "excepto", "sauf", "außer", "кроме"): such a lead-in's items are not read as banned.
_FOREIGN_BANS = tuple((prebuilt(words["ban"]), BAN_LEAD[language]) for language, words in LATIN.items())
# A duty lead-in in another language ("à condition que :", "Vous devez clairement indiquer :"): its items are duties.
_FOREIGN_DUTIES = tuple(
    (prebuilt(f"\\b(?:{words['duty']}|{words['cond']})"), DUTY_LEAD[language])
    for language, words in LATIN.items()
    if language in DUTY_LEAD
)
FOREIGN_DUTY_PHRASES = frozenset((*DUTY_LEAD.values(), KO_DUTY_PREFIX))
# A Korean duty over "the following" ending its block ("재배포물에는 다음을 함께 제공하세요."): a lead-in with no colon.
_KO_FOLLOWING = prebuilt(KO_FOLLOWING_DUTY)
# How every lead-in _DANGLING_LEAD reads ends, but for whitespace ("... agree to", "... concorda em", "... acceptez de",
# "... acepta "): a block's end otherwise is not searched (most blocks end with a full stop).
_DANGLING_ENDS = ("to", "em", "a", "\u00e0", "de", "di", "s", "n")


def dangles(tail: str) -> bool:
    """Whether `tail`, the end of a block lower-cased, ends with a lead-in whose complement is the list after it."""
    return tail.rstrip().endswith(_DANGLING_ENDS) and _DANGLING_LEAD.search(tail) is not None


_FOREIGN_LIFTED = prebuilt(
    rf"{UNDONE}|"
    + "|".join(f"(?:{words['gate']})" for words in LATIN.values())
    + r"|\b(?:exceto|excepto|salvo|sauf|außer|ausser|tranne|eccetto|кроме|крім|a\smenos|à\smoins|a\smeno|senão)\b"
)
_ENGLISH = prebuilt(r"\b(?:the|and|of|you|your|shall|this|that|with|any|must|may|not|for)\b")
FOREIGN_PHRASES = frozenset(BAN_LEAD.values()) | FOREIGN_DUTY_PHRASES
# A markdown heading, or a bold number opening a block ("## 3. Distribuição", "**3. Distribuição**").
HEADING = prebuilt(r"\s*(?:#{1,6}\s|\*\*\d)")
# "may" in the lexicons' languages, not negated: an item that permits is no item of a ban ("Você pode redistribuir").
FOREIGN_PERMITS = prebuilt(
    r"(?<!não\s)(?<!nao\s)(?<!ne\s)(?<!no\s)(?<!non\s)(?<!не\s)\b(?:pode|podem|poderá|poderão|peut|peuvent|pouvez|puede|pueden"
    r"|podrá|podrán|può|possono|potrà|darf|dürfen|kann|können|может|могут|можете|може|можуть)\b(?!\s(?:pas|nicht|не)\b)"
)


def _foreign_lead_in(sentence: str) -> str | None:
    """The phrase a ban lead-in in another language puts before its items ("é proibido "), when the sentence bans in
    one of the lexicons' languages, holds none of English's commonest words and nothing lifts or excepts the ban."""
    if _ENGLISH.search(sentence) or _FOREIGN_LIFTED.search(sentence):
        return None
    if (ban := next((phrase for ban, phrase in _FOREIGN_BANS if ban.search(sentence)), None)) is not None:
        return ban
    return next((phrase for duty, phrase in _FOREIGN_DUTIES if duty.search(sentence)), None)


# An item in the gerund after a ban ("is prohibited from: (c) Illegal use: Using the Weights for ..."), a short
# label before it allowed: read as the verb's plain form ("you must not use the weights for ..."); so is a list
# of gerunds ("Redistributing, selling, or sharing the weights": "you must not redistribute, sell, or share the
# weights"; a quoted one too: 'Copying or "forking" the weights'), each joined by a comma or a conjunction.
_NOT_GERUND = r"(?!(?:br|str|spr|sw|cl|fl|sl|st|wr|th|noth|someth|anyth|everyth|dur|includ|follow|accord)ing\b)"
GERUND = prebuilt(
    r"(?:[a-z][a-z ,/-]{0,50}:\s)?"
    # not a verb's -ing form: "bring", "thing", "during", "including"
    rf"{_NOT_GERUND}([a-z][a-z-]{{1,20}}ing"
    rf"(?:(?:,\s(?:or\s|and\s)?|\s(?:or|and|and/or)\s)[\"'\u201c\u2018]?{_NOT_GERUND}[a-z][a-z-]{{1,20}}ing[\"'\u201d\u2019]?){{0,5}}),?\s"
)
GERUND_STEM = prebuilt(r"([a-z][a-z-]{1,20})ing\b")
# Stems whose plain form ends in "e" ("using" -> "use"); a doubled consonant is halved ("permitting" -> "permit").
E_STEMS = frozenset(
    " ".join(
        (
            "us misus abus remov creat generat distribut redistribut provid mak shar engag promot facilitat",
            "violat disseminat impersonat defam reproduc produc leas licens sublicens incorporat operat",
            "deceiv manipulat discriminat infring stor scrap enabl compet decompil disabl evad stat indicat",
            "tak giv serv writ hid obscur delet chang obfuscat translat imitat replicat releas",
            "circulat combin compil captur tim pleas clon fine-tun tun",
        )
    ).split()
)


def plain_form(stem: str) -> str:
    """The plain form of the verb whose "-ing" form is `stem` + "ing"."""
    if stem in E_STEMS:
        return stem + "e"
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]
    return stem


class ItemView(Paragraph):
    """An item of a list under a ban lead-in, seen as `prefix` + the item's words; positions in the
    prefix map to the item's first character, so a reading cites the item's lines."""

    __slots__ = ("_block", "_from", "body", "gated", "labelled", "leave")

    def __init__(
        self,
        prefix: str,
        block: Paragraph,
        start: int,
        end: int,
        gated: bool = False,
        leave: bool = False,
        labelled: bool = False,
    ) -> None:
        # Not Paragraph.__init__: the view is built from the block's view, not from document text.
        self.gated = gated  # under "you shall not, without our consent:"
        self.leave = leave  # under a ban the licensor's leave lifts, whether gated or not ("Except with ...:")
        # a labelled paragraph, no marked item ("Violence and harm: ..."): a use policy's category of prohibited use
        self.labelled = labelled
        self.offset = block.offset
        self._block, self._from, self.body = block, start, len(prefix)
        self._at_view = self._at_text = None
        self._masked = ""
        self.text = prefix + block.text[start:end]
        self.low = lower(self.text)
        self._url = False
        self._spans = {}

    def origin(self, position: int) -> int:
        return self._block.origin(self._from + max(0, position - self.body))


def listed_item(
    prefix: str,
    block: Paragraph,
    start: int,
    end: int,
    gated: bool = False,
    leave: bool = False,
    labelled: bool = False,
) -> ItemView:
    """An item under a lead-in, seen as `prefix` and its words; under a plain ban an item in the gerund
    ("Copying the weights") reads as the verb's plain form ("you must not copy the weights"), cited at its
    own words."""
    gerund = GERUND.match(block.low, start, end) if prefix == BAN_PREFIX else None
    if gerund is not None:
        verbs = ", ".join(plain_form(stem) for stem in GERUND_STEM.findall(gerund.group(1)))
        return ItemView(f"{prefix}{verbs} ", block, gerund.end(), end, gated, leave, labelled)
    return ItemView(prefix, block, start, end, gated, leave, labelled)


def _sequence_cuts(low: str) -> list[int]:
    """Where an item starts in a list without punctuation ("a) do X b) do Y"): a letter mark counts
    when its letter follows the last one seen, so a stray "b)" in prose starts nothing."""
    cuts: list[int] = []
    last = ""
    for found in LETTER_MARK.finditer(low):
        letter = found.group(1)
        if letter == "a":
            last = "a"
        elif last and ord(letter) == ord(last) + 1:
            cuts.append(found.start(1) - (1 if low[found.start(1) - 1] == "(" else 0))
            last = letter
    return cuts


# A bulleted item, and a bullet inside a block (" - "): bulleted lines with no closing punctuation ("- Using
# the weights commercially\n- Sharing the weights") are items each, wherever the lines break.
# (the first item: at the block's start, matched, or after punctuation, searched by a regex that opens with a class,
# so the engine skips to where one may start; one regex opening with "(?:^|[.:;]\s)" was tried at every position)
_BULLET_OPENING = prebuilt(r"\s*([-*\u2022])\s")
_BULLET_AFTER = prebuilt(r"[.:;]\s\s*([-*\u2022])\s")
_BULLETS = {bullet: prebuilt(rf"\s(?={re.escape(bullet)}\s)") for bullet in "-*\u2022"}


def _bullet_cuts(low: str) -> list[int]:
    """Where a bulleted item starts after the first item with that bullet, whether or not the item before it
    ends with punctuation: a bullet between spaces (a dash between spaces in an item's words starts an item too)."""
    first = _BULLET_OPENING.match(low) or _BULLET_AFTER.search(low)
    if first is None:
        return []
    return [found.end() for found in _BULLETS[first.group(1)].finditer(low, first.end())]


def _segments(para: Paragraph) -> Iterator[tuple[int, int]]:
    """(start, end) in the view of each part of a block: its text up to the first item, then each item."""
    start = 0
    cuts = sorted(
        {found.end() for found in ITEM_START.finditer(para.low)}
        | set(_sequence_cuts(para.low))
        | set(_bullet_cuts(para.low))
    )
    for cut in cuts:
        if cut <= start:
            continue
        yield start, cut
        start = cut
    yield start, len(para.low)


def _mark(segment: str) -> tuple[str, int] | None:
    """The style of an item's mark ("9.", "(a)", "-") and its number (0 when it has none)."""
    found = MARK.match(segment)
    if found is None:
        return None
    mark = found.group(1)
    digits = "".join(ch for ch in mark if ch.isdigit())
    if digits and "." not in mark[:-1]:
        return re.sub(r"\d+", "9", mark), int(digits)
    letters = [ch for ch in mark if ch.isalpha()]
    if len(letters) == 1:
        return re.sub(r"[a-z]", "a", mark), ord(letters[0]) - 96
    return re.sub(r"\d+", "9", re.sub(r"[a-z]+", "a", mark)), 0


def _sibling(mark: tuple[str, int] | None) -> tuple[str, int] | None:
    """The mark of the lead-in's next sibling, which ends its list: the next number ("(b)" after "(a)").
    A section-numbered lead-in ("2.2.", numbered 0) ends by rank instead (`_outranks`)."""
    return (mark[0], mark[1] + 1) if mark is not None and mark[1] else None


def _rank(segment: str, mark: tuple[str, int] | None) -> tuple[int, int]:
    """A lead-in's numbering levels ("2.3." two; "(a)" none) and its first number ("2.3." 2)."""
    if mark is None:
        return 0, 0
    first = re.match(r"\W*(\d+)", segment)
    return mark[0].count("9"), int(first.group(1)) if first else 0


def _outranks(mark: tuple[str, int], rank: tuple[int, int]) -> bool:
    """Whether an item's mark ends a list whose lead-in has this rank: a later number of fewer levels ("3."
    after "2.3. ... provided that:", not a sub-list "1." under it), or another of as many levels when there
    are several ("2.4.")."""
    own, (levels, first) = mark[0].count("9"), rank
    return (0 < own < levels and mark[1] > first) or own == levels >= 2


def _lead_in(segment: str) -> tuple[str, bool, bool] | None:
    """The phrase an item under this segment is read after, when the segment is a ban lead-in (its
    last sentence bans, names no exception after the ban and ends with a colon) or a duty lead-in (it ends with
    "you must:", "provided that you:", "on the following conditions:"); and whether the ban is gated by the
    licensor's consent ("you shall not, without our prior written consent:"); and whether its ban names the
    licensor's leave at all (also "Except with our prior written permission, you may not:")."""
    stripped = segment.rstrip()
    if stripped.endswith("\uff1a") or (stripped.endswith(":") and not stripped.isascii()):
        sentence = stripped[max(stripped.rfind("\u3002"), stripped.rfind("\uff1b")) + 1 :]
        if len(sentence) <= 200 and BAN_ZH.search(sentence):
            return BAN_ZH_PREFIX, False, False
        if stripped.endswith("\uff1a"):
            return None
        # else English with a typographic apostrophe or an accented letter ("the Model\u2019s outputs:")
    if not stripped.isascii() and _KO_FOLLOWING.search(stripped) is not None:
        return KO_DUTY_PREFIX, False, False
    if not stripped.endswith(":") and _DANGLING_LEAD.search(stripped) is None:
        return None
    sentence = stripped[max(stripped.rfind(". "), stripped.rfind("; ")) + 1 :]
    if len(sentence) > 400:
        return None
    ban = BAN.search(sentence)
    if ban is None and (foreign := _foreign_lead_in(sentence)) is not None:
        return foreign, False, False
    if ban is None:
        if _PERMIT.search(sentence.strip()):
            return PERMIT_PREFIX, False, False
        if _PERMITTED_USES.search(sentence.strip()):
            return PERMITTED_USES_PREFIX, False, False
        if INVITES.search(sentence):
            return None
        if (verb := DUTY_VERB.search(sentence)) is not None:
            return f"{DUTY_PREFIX}{verb.group(1)} ", False, False
        return (DUTY_PREFIX, False, False) if DUTY.search(sentence) else None
    if DEFINES.search(sentence, 0, ban.start()):
        return None
    # An exception after the ban makes the items exceptions ("you may not use it except:"); one before it
    # qualifies the whole ban ("Unless applicable law gives you more rights, you will not:"), items still banned.
    exceptions = EXCEPTION.findall(sentence, ban.start())
    gated = exceptions == ["without"] and CONSENT.search(sentence) is not None
    if exceptions and not gated:
        return None
    prefix = f"{BAN_PREFIX}use the model " if USE.search(sentence) else BAN_PREFIX
    return prefix, gated, gated or LEAVE.search(sentence) is not None


# A sentence's end inside an unmarked list: ". " or "; " before a capital ("Resi Inc. Bypass"; not "e.g. self").
_SENTENCE_END = prebuilt(r"[.;]\s+(?=[A-Z\"'\u201c])")


def _sentences(para: Paragraph, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) in the view of each sentence of a block's first `end` characters."""
    start = 0
    for found in _SENTENCE_END.finditer(para.text, 0, end):
        yield start, found.end()
        start = found.end()
    if start < end:
        yield start, end


# Inside a block, a duty lead-in's colon and the unmarked items after it, each closed by ";" ("; and", "; or"):
# "You may share Derivatives provided that: the Model stays under this Agreement; You state that You changed it;
# and ...". (A list of marked items is cut by `_segments`.)
INLINE_COLON = prebuilt(r":\s+(?=\S)")
INLINE_ITEM_END = prebuilt(r";(?:\s+(?:and|or|and/or))?\s+(?=\S)")
# An unmarked item that owes nothing of itself: a permission, an invitation or a duty waived ("you need not ...").
NOT_OWED = prebuilt(
    r"\b(?:may|can|need\snot|needn't|not\s(?:required|obliged|obligated)|free\sto|welcome\sto|invited\sto)\b"
    r"|" + INVITES.pattern
)


def _inline_duty_items(para: Paragraph, lo: int, hi: int) -> Iterator[ItemView]:
    """The unmarked items of a list inside the segment [lo, hi) of a block, after a duty lead-in that ends at a colon
    inside it ("... provided that: ...; ...; and ..."): each item whose subject is the licensee ("You include ...") is
    read after "you must" as a marked item is, its subject dropped, unless it permits, invites or waives. At least two
    items, so a lead-in's colon before one sentence is no list; an item of another subject ("Acme adds ...") owes
    nothing of the licensee's."""
    for colon in INLINE_COLON.finditer(para.low, lo, hi):
        lead = _lead_in(para.low[lo : colon.start() + 1])
        if lead is None or lead[0] != DUTY_PREFIX:
            continue
        cuts = [colon.end()] + [end.end() for end in INLINE_ITEM_END.finditer(para.low, colon.end(), hi)] + [hi]
        if len(cuts) < 3:
            return
        for start, end in pairwise(cuts):
            subject = SUBJECT.match(para.low, start, end)
            if subject is not None and not NOT_OWED.search(para.low, start, end):
                yield listed_item(DUTY_PREFIX, para, subject.end(), end)
        return


def items_under_bans(text: str, starts: list[int], ends: list[int], gated: bool = False) -> Iterator[ItemView]:
    """Each list item that follows a ban lead-in, in document order, as an `ItemView`; with `gated`, also
    those under a ban gated by the licensor's consent (`ItemView.gated`)."""
    prefix: str | None = None
    gate = leave = False
    sibling: tuple[str, int] | None = None  # the lead-in's own mark, next number: a sibling ends the list
    rank = (0, 0)  # the lead-in's numbering levels and first number ("2.3.": 2, 2): see _outranks
    items = views = 0
    lead_closed = False  # whether the last block ended with a ban lead-in
    for start, end in zip(starts, ends, strict=True):
        if prefix is None:
            if text.find(":", start, end) == -1 and text.find("\uff1a", start, end) == -1:
                tail = lower(text, max(start, end - MAX_DANGLING), end)
                if not dangles(tail.rstrip(" \t\n*#_")) and (
                    tail.isascii() or _KO_FOLLOWING.search(" ".join(tail.split())) is None
                ):
                    continue  # (no colon and no lead-in left dangling: lowering makes none)
            if _BAN_WORD.search(lower(text, start, end)) is None:  # (any of ANY_BAN_WORD, in one search)
                continue
        views += 1
        if views > MAX_VIEWS:
            return
        para = Paragraph(text[start:end], start)
        if not para.low.strip():
            continue
        # the block right after a ban lead-in that ends its own block ("The following acts are prohibited:")
        closed = prefix is not None and prefix.startswith(BAN_PREFIX) and lead_closed
        lead_closed = False
        for lo, hi in _segments(para):
            segment = para.low[lo:hi]
            mark = _mark(segment)
            labelled = prefix is not None and mark is None and lo == 0 and LABEL.match(segment) is not None
            if closed and mark is None and lo == 0:
                # no item marks: each sentence of the block that opens with a gerund is an item (the gerund
                # names the act banned, so it is read after the plain ban, "you must not"); a labelled one
                # ("Harm: sending ...") is also read as a use policy's category, after the lead-in, its label kept
                for at, upto in _sentences(para, hi):
                    sentence_items = []
                    if GERUND.match(para.low, at, upto) is not None:
                        sentence_items.append(listed_item(BAN_PREFIX, para, at, upto, gate, leave))
                    if LABEL.match(para.low[at:upto]) is not None:  # also read as a category, its label kept
                        sentence_items.append(listed_item(prefix or BAN_PREFIX, para, at, upto, gate, leave, True))
                    for item in sentence_items:
                        items += 1
                        if items > MAX_ITEMS:
                            return
                        yield item
                if not labelled:  # a labelled block may be the first of several categories: the ban still governs
                    prefix, gate, leave = None, False, False
                continue
            listed = mark is not None and mark != sibling and not _outranks(mark, rank)
            if prefix in FOREIGN_PHRASES and lo == 0 and HEADING.match(para.text):
                listed = labelled = (
                    False  # a heading ends a list under a ban in another language ("## 3. Distribuição")
                )
            if prefix in FOREIGN_PHRASES and listed and FOREIGN_PERMITS.search(para.low, lo, hi):
                continue  # "Você pode redistribuir ...": a permission, never an item of the ban
            if prefix is not None and (labelled or listed):
                items += 1
                if items > MAX_ITEMS:
                    return
                found = MARK.match(segment)
                skip = 0 if found is None else found.end()  # the mark ends no sentence (a label has none)
                if prefix == DUTY_PREFIX and (subject := SUBJECT.match(para.low, lo + skip, hi)) is not None:
                    skip = subject.end() - lo
                yield listed_item(prefix, para, lo + skip, hi, gate, leave, labelled)
                continue  # an item may itself lead in a sub-list: the outer ban still governs it
            lead = _lead_in(segment)
            if lead is None:
                for item in _inline_duty_items(para, lo, hi):
                    items += 1
                    if items > MAX_ITEMS:
                        return
                    yield item
            prefix, gate, leave = lead if lead is not None and (gated or not lead[1]) else (None, False, False)
            sibling = _sibling(mark) if prefix is not None else None
            rank = _rank(segment, mark) if prefix is not None else (0, 0)
            # (not a term's scope or a ban's exceptions: "Prohibited uses do not include:")
            lead_closed = prefix is not None and hi == len(para.low.rstrip()) and not SCOPE.search(segment)
