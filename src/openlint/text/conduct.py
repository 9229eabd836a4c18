"""The licensor's own conduct: a clause whose subject is the licensor states what the licensor does
or need not do ("We will not use your prompts to train other models", "Licensor shall not be
required to ...", "Acme does not claim ownership of outputs and will not use them to ..."), no duty
or ban of the licensee. One veto, used by the phrase patterns (text/extract.py) and the clause layer
(text/clauses.py); the licensor is "we", "licensor", "company", "provider" or a name the text gives
its licensor (text/licensor.py).

What the licensor grants or withholds ("Acme does not grant you any right to use it commercially",
"we make the Model available for research only") limits the licence: no veto. Nor a passive whose
subject is the material ("DeepSeek-V3 may not be used to train ..."), unless the subject is the
user's own data ("your prompts will not be used to train ...") or the agent is the licensor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from openlint.core.kinds import ALL_KINDS
from openlint.text.licensor import licensor_words
from openlint.text.programs import prebuilt

# Kinds a clause of the licensor's own conduct cannot state: the duties and bans of the licensee, i.e.
# every kind but the licensor's powers, gates and caps, which are its conduct by design.
LICENSOR_POWERS = frozenset(
    {"terms_may_change", "revocable", "registration", "user_cap", "revenue_cap", "patent_termination", "territory"}
)
VETOED_KINDS = ALL_KINDS - LICENSOR_POWERS

# A word that says what someone must, may or will do ("is required to" and "does not" included).
_MODAL = prebuilt(
    r"\b(?:must|shall|will|would|may|might|can|cannot|could|agrees?|undertakes?|do|does|"
    r"(?:is|are)(?=\s(?:not\s)?(?:required|obliged|obligated|under\san?\sobligation)\b))\b"
)
# How far before the reading's start its modal may stand, and after it (a match that starts with
# its subject: "you must retain ...").
_BEFORE, _AFTER = 150, 16
# The licensor's grant or release, negated or not: the licence's own limit.
_GRANTS = prebuilt(
    r"\s(?:not\s)?(?:hereby\s)?(?:grant|licen[cs]e|permit|authori[sz]e|allow|convey|release|offer|"
    r"make\s(?:[\w-]+\s){0,4}?available)"
)
_PASSIVE = prebuilt(r"\s(?:not\s)?be\s(?!required|obliged|obligated|liable|responsible)\w+ed\b")
_AGENT = prebuilt(r"\s(?:not\s)?be\s\w+ed\sby\s(?:the\s)?([\w'-]+)")
_YOUR_DATA = prebuilt(
    r"\byour\s(?:[\w-]+\s)?(?:prompts?|inputs?|data|content|conversations?|quer(?:y|ies)|feedback|"
    r"personal\s(?:data|information))(?:\s(?:and|or)\s(?:[\w-]+\s)?[\w-]+)?$"
)
# Where the subject of a modal starts: after punctuation or a word opening a subordinate clause.
_SUBJECT_FROM = prebuilt(r"[,;:()\u201c\u201d\"]|\b(?:that|if|when|where|whereas|unless|which|who|because|so)\b")
_LEADING = prebuilt(r"^(?:\W|and\b|or\b|but\b|then\b|also\b|\d+\b|[a-z]\)|\s)+")
_TRAILING = prebuilt(
    r"(?:\s(?:and|or)\s(?:its|our|their|the)\s(?:[\w-]+\s)?(?:affiliates|subsidiaries|licensors|partners|employees|"
    r"agents|contractors|representatives|service\sproviders)|\s(?:also|hereby|itself|further|expressly|ever|"
    r"otherwise|\w+ly))+$"
)
_OWN = frozenset({"we", "licensor", "licensors", "company", "provider"})
_USER = prebuilt(r"\b(?:you|your|licensees?|recipients?|users?|distributors?)\b")
_ELIDED = prebuilt(r"\b(?:and|or|but)\s*$")
_ELIDES = prebuilt(r"(?:\snot)?\s*,")  # after a modal: its verb is elided ("you must, and we will, retain")
_FIRST_WORD = prebuilt(r"[\W\d]*(?:[a-z]\)\s)?(?:the\s)?([\w'-]+)")

Names = Callable[[], frozenset[str]]


PIECE = 2048  # characters of the text whose names are read at a time (a piece is lowered whole)
MAX_WORDS = 64  # telling words kept: a licence names its licensor a few times, a hostile text may not stop


def _pieces(text: str) -> Iterator[str]:
    """The text in pieces of at most PIECE characters, cut at a blank line or else a line end."""
    start = 0
    while start < len(text):
        end = min(len(text), start + PIECE)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            cut = cut if cut > start else text.rfind("\n", start, end)
            end = cut if cut > start else end
        yield text[start:end]
        start = end


def names_of(text: str) -> Names:
    """The telling words of the licensor's names in `text`, read the first time they are needed
    (most readings never need them: their subject is "you" or "we"), piece by piece: reading them
    lowers no copy of the whole text while the reading's own views are alive."""
    found: list[frozenset[str]] = []

    def names() -> frozenset[str]:
        if not found:
            words: set[str] = set()
            for piece in _pieces(text):
                words.update(*licensor_words(piece))
                if len(words) >= MAX_WORDS:
                    break
            found.append(frozenset(words))
        return found[0]

    return names


def _own(word: str, names: Names) -> bool:
    word = word.removesuffix("'s").removesuffix("\u2019s")
    return word in _OWN or (word.isalpha() and word in names())


def licensor_conduct(low: str, lo: int, at: int, names: Names, end: int | None = None) -> bool:
    """Whether the reading at `at` of a lower-cased view (its sentence or clause from `lo`) is governed
    by a modal whose subject is the licensor: the licensor's own conduct, no duty of the licensee.
    With the reading's `end`: also where the licensor's conduct starts a clause inside it ("you will
    not use it commercially, and we will not use your data to train other models")."""
    start = max(lo, at - _BEFORE)
    # The reading's modal: the first at or just after its start (a match that starts with its subject or
    # its modal: "you must, we will ..." is the licensee's), else the last before it.
    modal = earlier = None
    for found in _MODAL.finditer(low, start, min(len(low), at + _AFTER)):
        if found.start() >= at:
            if found.start() <= at + _AFTER - 4:
                modal = found
            break
        earlier, modal = modal, found
    between = low[modal.end() : at] if modal is not None else ";"
    if (
        modal is not None
        and ";" not in between
        and ":" not in between
        and _subject_is_licensor(low, lo, start, modal, names)
        and not (modal.start() < at and _shares_verb(low, lo, start, earlier, names))
    ):
        return True
    if end is None:
        return False
    # Each later modal whose subject starts after a cut (punctuation, "that", "if" ...): the cuts are
    # walked once beside the modals, and a subject is read back at most _BEFORE characters, as above,
    # so that a long match costs linear work.
    after = modal.end() if modal is not None else at
    cuts = _SUBJECT_FROM.finditer(low, after, end)
    cut = next(cuts, None)
    subject_from = None  # where the last cut before the current modal ends
    previous = modal  # the modal before the current one
    for found in _MODAL.finditer(low, after, end):
        while cut is not None and cut.end() <= found.start():
            subject_from, cut = cut.end(), next(cuts, None)
        shared, previous = previous is not None and _ELIDES.match(low, previous.end()), found
        if shared:
            continue  # "you must, and we will, retain": the licensee's verb too
        if subject_from is not None and _subject_is_licensor(
            low, lo, max(subject_from, found.start() - _BEFORE), found, names, elided=False
        ):
            return True
    return False


def _shares_verb(low: str, lo: int, start: int, earlier: re.Match[str] | None, names: Names) -> bool:
    """Whether a modal's verb is also that of an `earlier` modal whose verb is elided and whose subject is
    not the licensor ("you must, and we will, retain ..." binds the licensee too)."""
    return (
        earlier is not None
        and _ELIDES.match(low, earlier.end()) is not None
        and not _subject_is_licensor(low, lo, start, earlier, names)
    )


def _subject_is_licensor(
    low: str, lo: int, start: int, modal: re.Match[str], names: Names, elided: bool = True
) -> bool:
    after = low[modal.end() : modal.end() + 60]
    if _GRANTS.match(after):
        return False
    head = low[start : modal.start()].rstrip()
    phrase = head[max((cut.end() for cut in _SUBJECT_FROM.finditer(head)), default=0) :]
    if _ELIDED.search(phrase):
        if not elided:
            return False
        # "Acme does not claim ... and will not use": the subject of the sentence's first verb
        first = _FIRST_WORD.match(low, lo, modal.start())
        return first is not None and _own(first.group(1), names)
    phrase = _TRAILING.sub("", _LEADING.sub("", phrase).strip())
    if not phrase:
        return False
    if _PASSIVE.match(after):
        agent = _AGENT.match(after)
        return _YOUR_DATA.search(phrase) is not None or (agent is not None and _own(agent.group(1), names))
    if _USER.search(phrase):
        return False  # "you and Acme agree": the user is a subject too
    return _own(phrase.rsplit(None, 1)[-1], names)
