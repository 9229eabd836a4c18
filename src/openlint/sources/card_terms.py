"""The terms a model card states in its own words besides its licence tag: the gated-access prompt a downloader
accepts (`extra_gated_prompt`, `extra_gated_description`, `extra_gated_heading` and the labels of
`extra_gated_fields`, such as a checkbox "I agree to use this model for non-commercial research only") and the
body's licence section (a Markdown heading naming the licence or the terms of use, to the next heading of its level
or above: "## License ... The model weights are released under CC BY-NC 4.0"), and, anywhere else in the body, the
sentences that clearly withhold a permission for the model itself ("the trained model therefore can't be used in a
commercial product", "Not for commercial use.", "The weights are released for research purposes only"; see
prose_restrictions for what is not read: advice, intentions, the code's or a dataset's terms, history).

Only those lines are kept, every other line of the card blanked, so that a reading cites the card's own lines.
The text reader reads them as it reads a LICENSE file (openlint.sources.license_text.read_license_text)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from openlint.sources.card import ModelCard
from openlint.text.programs import prebuilt

if TYPE_CHECKING:
    from openlint.sources.license_text import LicenseText

# A gated-access key of the front matter, at the top level: its value, and the lines indented under it.
_GATED_KEY = prebuilt(r"extra_gated_(?:prompt|description|heading|fields)[ \t]*:")
# A field of extra_gated_fields: its label (what the downloader affirms), not its input type.
_FIELD_TYPE = prebuilt(r":[ \t]*(?:checkbox|text|country|date_picker|select|\{.*\}|\[.*\])?[ \t]*$")
_HEADING = prebuilt(r"[ ]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_TERMS_HEADING = prebuilt(
    r"\blicen[cs](?:e|es|ed|ing)\b|\bterms\s+of\s+(?:use|service)\b|\busage\s+terms\b|\bterms\s+and\s+conditions\b"
    r"|\buse\s+restrictions\b|\bpermitted\s+uses?\b|\busage\s+restrictions?\b|\brestrictions?\s+(?:on|of)\s+use\b"
    r"|\bconditions\s+of\s+use\b"
)
_FENCE = prebuilt(r"[ ]{0,3}(?:```|~~~)")
# A labelled licence field of the body, as a model-details list gives it: "- **License:** cc-by-nc-4.0",
# "**Licence**: [CC BY-NC 4.0](https://...)", "License: apache-2.0" (the value: a tag, an SPDX id or a licence's name).
_FIELD = prebuilt(
    r"[ ]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*licen[cs]e[ \t]*"
    r"(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:|:)[ \t]*(.+?)[ \t]*",
    re.I,
)
_LINK = prebuilt(r"\[([^\]\n]{1,120})\]\([^)\n]*\)")
# A sentence on where the model comes from ("X is derived from Llama3.3-70B-Instruct and is originally licensed under
# the llama3.3 license", "the base model is licensed under ..."): the base's licence, which the lineage binds the
# model to (openlint.sources.lineage), not a term the card adds to its own tag.
_SENTENCE = prebuilt(r"[^\n]*?(?:[.!?](?=\s|$)|$)")
_ABOUT_BASE = prebuilt(
    r"\b(?:derived\s+from|based\s+on|fine-?tuned\s+(?:from|on)|distilled\s+from|trained\s+from|originally|base\s+models?"
    r"|built\s+(?:on|upon)|upstream|parent\s+models?|inherits?)\b"
)
# Words without which a card's own words state no use restriction (a gate asking only for contact details, a
# section restating the tag: "released under the Apache 2.0 license"): such text is not read at all (the reader is
# not even loaded for it).
_CUES = prebuilt(
    r"commerc|profit|monet|personal|\bsell|\bsold\b|\bfees?\b|research|academic|evaluat|educat|production|derivativ"
    r"|redistribut|modif|\btrain|revenue|income|\bsales\b|\busers?\b|\bmau\b|countr|territor|sanction|embargo|located"
    r"|residen|jurisdiction|excluding|\bonly\b|solely|exclusively|prohibit|forbid|(?:may|must|shall|will)\s+not\b|cannot"
    r"|restrict|by-nc|\bnc\b|not\s+(?:be\s+)?(?:used|permitted|allowed)"
    # a condition that generated content be disclosed as such ("inform the listeners that the speech is synthesized")
    r"|synthesi[sz]ed|synthetic|(?:machine|ai|computer)[\s-]generated",
    re.I,
)
# A sentence of the card's prose (outside its licence section) that withholds a permission for the model itself.
# Only two kinds of restriction, in words that state a permission, not a purpose:
# - commerce withheld: "can't / cannot / may not / must not be used in a commercial product", "is not permitted /
#   licensed for commercial use", "not for commercial use", "commercial use is prohibited", "no commercial use";
# - use limited to research or non-commercial use: "for (non-commercial) research purposes only", "only for academic
#   research", "restricted / limited to research use", "non-commercial use only".
_PROSE_CUE = prebuilt(r"commerc|research|academic|by[\s-]nc")
# and one of these (substrings, a cheap test before the patterns run): a paragraph without both is not searched
_LIMIT_WORDS = (
    "only",
    "not",
    "no ",
    "non-commercial",
    "noncommercial",
    "by-nc",
    "by nc",
    "n't",
    "n\u2019t",
    "prohibit",
    "forbid",
    "restrict",
    "limited",
)
_COMMERCE_WITHHELD = ("not", "no ", "n't", "n\u2019t", "prohibit", "forbid", "only", "restrict", "limited")
_LIMITED_TO = ("only", "restrict", "limited")


def _may_be_term(low: str) -> bool:
    """Whether a lower-cased sentence has the words _PROSE_TERM needs (substrings: most of a long card's sentences,
    "intended for commercial and research use", are not searched)."""
    if "commerc" in low and any(word in low for word in _COMMERCE_WITHHELD):
        return True
    if "under" in low and ("by-nc" in low or "by nc" in low or "noncommercial" in low or "non-commercial" in low):
        return True
    return ("research" in low or "academic" in low) and any(word in low for word in _LIMITED_TO)


_NOT_PERMITTED = (
    r"(?:cannot|can\s?not|can[\u2019']t|may\s+not|must\s+not|mustn[\u2019']t|shall\s+not|shan[\u2019']t"
    r"|(?:^\W*|\bplease\s+|\byou\s+)(?:do\s+not|don[\u2019']t)"
    r"|(?:is|are)\s+not\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed)\s+(?:to\s+be\s+)?)"
)
_PROSE_TERM = prebuilt(
    _NOT_PERMITTED + r"\s*(?:be\s+)?(?:used|use|deployed|sold|exploited|incorporated|included|put)\b[^.;!?]{0,60}?"
    r"\bcommercial(?:ly)?\b"
    r"|\b(?:(?:is|are)\s+not|not)\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed|available)\s+for\s+(?:any\s+)?"
    r"commercial\s+(?:use|uses|usage|purposes?|applications?|products?)\b"
    r"|(?:^|\W)not\s+for\s+(?:any\s+)?commercial\s+(?:use|uses|usage|purposes?|applications?|products?)\b"
    r"|\bcommercial\s+(?:use|uses|usage|exploitation)\s+(?:of\s+(?:this|the)\s+(?:model|weights|checkpoints?)\s+)?"
    r"(?:is|are)\s+(?:strictly\s+)?(?:not\s+(?:permitted|allowed|authori[sz]ed)|prohibited|forbidden)\b"
    r"|(?:^|\W)no\s+commercial\s+(?:use|uses|usage)\b"
    r"|\b(?:for|to|under)\s+(?:non-?commercial\s+)?(?:research|academic|non-?commercial)(?:\s+(?:and|or)\s+"
    r"(?:research|academic|educational|non-?commercial|evaluation))?\s+(?:purposes?|use|uses|usage)\s+only\b"
    r"|\b(?:only|solely|exclusively|strictly)\s+(?:be\s+used\s+)?for\s+(?:non-?commercial\s+)?(?:research|academic|non-?commercial)"
    r"(?:\s+(?:and|or)\s+(?:research|academic|educational|non-?commercial|evaluation))?(?:\s+(?:purposes?|use|uses|usage))?\b"
    r"|\b(?:restricted|limited)\s+to\s+(?:non-?commercial\s+)?(?:research|academic|non-?commercial)\s+"
    r"(?:purposes?|use|uses|usage|research)\b"
    r"|\bnon-?commercial\s+(?:use|uses|usage|purposes)\s+only\b"
    # a non-commercial licence named for it: "released under a non-commercial license", "under CC BY-NC 4.0"
    r"|\b(?:released|licen[cs]ed|distributed|available|provided|shared)\s+under\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:creative\s+commons\s+)?(?:attribution[\s-])?non-?commercial|cc[\s-]by[\s-]nc)\b",
    re.I,
)
# Words that make a sentence no term: advice or an intention ("should not be used commercially", "is intended for
# research purposes only": the author's purpose, not a permission withheld), history ("previously released for
# research only"), a comparison with another model ("unlike X, which may not be used commercially") or a question.
_NOT_A_TERM = prebuilt(
    r"\b(?:should|ought|intended|intend|intends|designed|recommend\w*|advis\w*|suitable|suited|encourage\w*|"
    r"previously|formerly|no\s+longer|used\s+to|earlier|prior\s+versions?|older|unlike|whereas|in\s+contrast"
    r"|if\s+you\s+(?:want|wish|need)|whether)\b|\b(?:was|were|had\s+been)\s+(?:\w+\s+){0,2}?(?:only\s+)?"
    r"(?:released|licen[cs]ed|available|restricted|limited|for)\b|\?",
    re.I,
)
# What a restriction is said of, the first noun of its clause: the model ("the trained model", "the weights", "it"),
# or something else, the code or a dataset (whose terms are the dataset's, unless the card says they pass to the
# model: "the dataset used to train it cannot be used commercially" is the dataset's, "the model trained on the
# dataset cannot be used commercially" the model's).
_SUBJECT = prebuilt(
    r"\b(?:(models?|weights|checkpoints?|parameters|it|this\s+(?:release|repository|repo))"
    r"|(code|source|scripts?|software|library|implementation|datasets?|data|images|annotations|demo|app|api|service"
    r"|space|outputs?|generations|content|trademarks?|logos?|brand|harness|tool(?:kit)?s?|repositor(?:y|ies)|repo|github"
    r"|plugins?|packages?|notebooks?|website|server|ui|gui))\b",
    re.I,
)
_RELATIVE = prebuilt(r"\s*(?:which|whose|who)\b", re.I)
_CLAUSE_BREAK = prebuilt(r".*(?:[,;:(\u2014]|\bthat\s)", re.S)
# Contractions a card writes where a licence would not ("can't"): read as the words a licence would use ("cannot").
_CONTRACTION = prebuilt(r"\b(can|mustn|shan|don)[\u2019']t\b", re.I)
_SPELLED = {"can": "cannot", "mustn": "must not", "shan": "shall not", "don": "do not"}
# a sentence: to a full stop, "!", "?" or ";" before a space or the end (not the one in "4.0" or "v1.5")
_PROSE_SENTENCE = prebuilt(r"[^.!?;]*(?:[.!?](?=[^\s.!?;])[^.!?;]*)*(?:[.!?;]+|$)")
_PROSE_SKIP = prebuilt(r"[ ]{0,3}(?:\||<!--|!\[|\[!\[)")  # a table row, a comment, an image or badge
MAX_PROSE_SENTENCES = 8  # of the prose read from one card
MAX_PARAGRAPH_CHARS = 4_000  # of one paragraph searched (a longer one is a licence text pasted in, read so far)


def prose_restrictions(lines: list[str], start: int, skip: set[int]) -> dict[int, str]:
    """The lines (0-based, from `start`) of the body's prose, outside fenced code and the lines in `skip`, that hold a
    sentence withholding a permission for the model itself (see _PROSE_TERM), each with only those sentences kept
    (the rest of the line blank). Not read: advice and intentions, history and comparisons (_NOT_A_TERM), a
    restriction whose subject is the code or a dataset and not the model (_SUBJECT), a question."""
    kept: dict[int, str] = {}
    found = 0
    fenced = False
    paragraph: list[int] = []

    def flush() -> None:
        nonlocal found
        if not paragraph or found >= MAX_PROSE_SENTENCES:
            paragraph.clear()
            return
        text = "\n".join(lines[n].removesuffix("\r") for n in paragraph)[:MAX_PARAGRAPH_CHARS]
        low = text.lower()
        if _PROSE_CUE.search(low) is None or not any(word in low for word in _LIMIT_WORDS):
            paragraph.clear()
            return
        starts = [0]
        for n in paragraph[:-1]:
            starts.append(starts[-1] + len(lines[n].removesuffix("\r")) + 1)
        for sentence in _PROSE_SENTENCE.finditer(low):
            if found >= MAX_PROSE_SENTENCES:
                break
            lo, hi = sentence.span()
            if _may_be_term(sentence.group(0)) and _is_term(text[lo:hi], text):
                found += 1
                for at, n in enumerate(paragraph):
                    line = lines[n].removesuffix("\r")
                    first, last = max(lo - starts[at], 0), min(hi - starts[at], len(line))
                    if first < last:
                        base = kept.get(n, " " * len(line))
                        kept[n] = base[:first] + line[first:last] + base[last:]
        paragraph.clear()

    for n in range(start, len(lines)):
        line = lines[n].removesuffix("\r")
        if _FENCE.match(line):
            flush()
            fenced = not fenced
            continue
        if fenced or n in skip or not line.strip() or _HEADING.fullmatch(line) or _PROSE_SKIP.match(line):
            flush()
            continue
        paragraph.append(n)
    flush()
    return {n: _spelled_out(line) for n, line in kept.items()}


# A paragraph that is a disclaimer of fitness ("This model is for research purposes only. Not approved for clinical
# use."): "for research purposes only" there is the "research use only" label of a tool not cleared for clinical or
# financial decisions, not a licence term (a sentence withholding commerce in it still is one).
_FITNESS_DISCLAIMER = prebuilt(
    r"clinic|diagnos|medical|patient|therap|regulator|approv|\bfda\b|trading|investment|financial|legal\s+advice",
    re.I,
)


def _is_term(sentence: str, paragraph: str) -> bool:
    term = _PROSE_TERM.search(sentence)
    if term is None or _NOT_A_TERM.search(sentence) is not None:
        return False
    if "commerc" not in term.group(0).lower() and _FITNESS_DISCLAIMER.search(paragraph):
        return False
    before = sentence[: term.start()]
    opening = _CLAUSE_BREAK.match(before)
    if opening is not None and _RELATIVE.match(before, opening.end()):
        return False  # "trained on X, which is for research use only": said of what the clause before names
    # the first noun of the restriction's clause, before the restriction or in it ("you may not use the code
    # commercially")
    subject = _SUBJECT.search(before[opening.end() :] if opening else before) or _SUBJECT.search(term.group(0))
    # no noun of either kind: the restriction's subject is the model under another name ("the estimator"), or it is
    # a fragment ("Not for commercial use.")
    return subject is None or subject.group(1) is not None


def _spelled_out(line: str) -> str:
    """The line with a card's contractions ("can't") as a licence would write them ("cannot")."""
    if "'" not in line and "\u2019" not in line:
        return line
    return _CONTRACTION.sub(lambda m: _full(m.group(1)), line)


def _full(word: str) -> str:
    full = _SPELLED[word.lower()]
    return full.capitalize() if word[0].isupper() else full


MAX_SECTION_LINES = 80  # of one licence section: a long section is a licence text pasted in, read up to here
MAX_CHARS = 60_000  # of all the lines kept


def card_terms_text(card: ModelCard) -> str | None:
    """The card's text with only its gated-access prompt, licence sections and prose restrictions kept (every other
    line blank, so line numbers stay the card's); None when it has none."""
    return card_terms(card)[0]


def card_terms(card: ModelCard) -> tuple[str | None, frozenset[int]]:
    """card_terms_text, and the (1-based) numbers of the lines kept as prose restrictions (prose_restrictions)."""
    lines = card.text.split("\n")
    kept: dict[int, str] = {}
    body = 0
    meta = card.meta
    if meta.has_front_matter and meta.first_line and meta.lines:
        first = meta.first_line - 1  # the index in `lines` of the front matter's first line
        body = first + len(meta.lines) + 1  # past the closing `---`
        at = 0
        while at < len(meta.lines):
            key = _GATED_KEY.match(meta.lines[at])
            if key is None:
                at += 1
                continue
            fields = key.group(0).startswith("extra_gated_fields")
            kept[first + at] = _unescaped(" " * key.end() + meta.lines[at][key.end() :])
            at += 1
            while at < len(meta.lines) and (not meta.lines[at].strip() or meta.lines[at][0] in " \t"):
                line = meta.lines[at]
                kept[first + at] = _FIELD_TYPE.sub("", line) if fields else _unescaped(line)
                at += 1
    level: int | None = None
    count = 0
    fenced = False
    for n in range(body, len(lines)):
        line = lines[n].removesuffix("\r")
        if _FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else _HEADING.fullmatch(line)
        if heading is not None:
            depth = len(heading.group(1))
            if level is not None and depth <= level:
                level = None
            if level is None and _TERMS_HEADING.search(heading.group(2).lower()):
                level, count = depth, 0
                continue
        if level is not None and count < MAX_SECTION_LINES:
            kept[n] = line
            count += 1
    prose = prose_restrictions(lines, body, set(kept))
    kept.update(prose)
    kept = {n: _without_lineage(line) for n, line in kept.items()}
    if not any(line.strip() for line in kept.values()):
        return None, frozenset()
    text = "\n".join(kept.get(n, "") for n in range(max(kept) + 1))
    return text[:MAX_CHARS], frozenset(n + 1 for n, line in prose.items() if kept[n].strip())


def _without_lineage(line: str) -> str:
    """The line with its sentences about the model's origin blanked (see _ABOUT_BASE)."""
    if _ABOUT_BASE.search(line.lower()) is None:
        return line
    out: list[str] = []
    for sentence in _SENTENCE.finditer(line):
        words = sentence.group(0)
        out.append(" " * len(words) if _ABOUT_BASE.search(words.lower()) else words)
    return "".join(out)


def _unescaped(line: str) -> str:
    """A line of a YAML double-quoted value as plain words, on the same line: the escapes the Hub writes (an escaped
    line break "\\n", a folded continuation "\\" at the end and "\\ " at the start, an escaped quote) as spaces
    and quotes, so the reader sees the sentences and the line numbers stay the card's."""
    if "\\" not in line:
        return line
    return line.replace("\\n", "  ").replace('\\"', '"').replace("\\ ", "  ").rstrip("\\")


MAX_FIELDS = 8  # labelled licence fields read from one card


def card_licence_fields(card: ModelCard) -> list[tuple[str, int]]:
    """The values of the labelled licence fields in the card's body ("- **License:** cc-by-nc-4.0"), a Markdown link
    read as its text, with their line numbers; outside code blocks, at most MAX_FIELDS."""
    lines = card.text.split("\n")
    meta = card.meta
    body = meta.first_line + len(meta.lines) if meta.has_front_matter and meta.first_line else 0
    found: list[tuple[str, int]] = []
    fenced = False
    for n in range(body, len(lines)):
        line = lines[n].removesuffix("\r")
        if _FENCE.match(line):
            fenced = not fenced
            continue
        field = None if fenced else _FIELD.fullmatch(line)
        if field is None:
            continue
        value = _LINK.sub(lambda m: m.group(1), field.group(1)).strip(" *_`.")
        if value and len(value) <= 120:
            found.append((value, n + 1))
            if len(found) >= MAX_FIELDS:
                break
    return found


def might_restrict(text: str) -> bool:
    """Whether the card's own words name anything a use restriction is made of (see _CUES)."""
    return _CUES.search(text) is not None


def card_text_read(
    card: ModelCard, directory: Path, root: Path | None, terms: tuple[str | None, frozenset[int]] | None = None
) -> LicenseText | None:
    """The card's own words (card_terms, or `terms` when the caller has them) read as a licence text, for a card whose
    tag names no licence openlint knows and that has no licence text beside it (`check` and `audit` alike): None when
    they state no term (a section only naming the licence, "see the license_link"), never a text of no obligation."""
    from openlint.sources.license_text import CARD_PART, read_license_text

    text, _ = card_terms(card) if terms is None else terms
    if text is None or not might_restrict(text):
        return None
    read = read_license_text(text, card.path, directory, "model card", root=root, part=CARD_PART)
    if read is None or (read.entry is not None and not read.entry.obligations):
        return None
    return read
