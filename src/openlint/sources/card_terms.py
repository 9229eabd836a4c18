"""The terms a model card states in its own words besides its licence tag: the gated-access prompt a downloader
accepts (`extra_gated_prompt`, `extra_gated_description`, `extra_gated_heading` and the labels of
`extra_gated_fields`, such as a checkbox "I agree to use this model for non-commercial research only") and the
body's licence section (a Markdown heading naming the licence or the terms of use, to the next heading of its level
or above: "## License ... The model weights are released under CC BY-NC 4.0").

Only those lines are kept, every other line of the card blanked, so that a reading cites the card's own lines.
The text reader reads them as it reads a LICENSE file (openlint.sources.license_text.read_license_text)."""

from __future__ import annotations

import re

from openlint.sources.card import ModelCard
from openlint.text.programs import prebuilt

# A gated-access key of the front matter, at the top level: its value, and the lines indented under it.
_GATED_KEY = prebuilt(r"extra_gated_(?:prompt|description|heading|fields)[ \t]*:")
# A field of extra_gated_fields: its label (what the downloader affirms), not its input type.
_FIELD_TYPE = prebuilt(r":[ \t]*(?:checkbox|text|country|date_picker|select|\{.*\}|\[.*\])?[ \t]*$")
_HEADING = prebuilt(r"[ ]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_TERMS_HEADING = prebuilt(
    r"\blicen[cs](?:e|es|ed|ing)\b|\bterms\s+of\s+(?:use|service)\b|\busage\s+terms\b|\bterms\s+and\s+conditions\b"
    r"|\buse\s+restrictions\b|\bpermitted\s+uses?\b"
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
    r"|restrict|by-nc|\bnc\b|not\s+(?:be\s+)?(?:used|permitted|allowed)",
    re.I,
)
MAX_SECTION_LINES = 80  # of one licence section: a long section is a licence text pasted in, read up to here
MAX_CHARS = 60_000  # of all the lines kept


def card_terms_text(card: ModelCard) -> str | None:
    """The card's text with only its gated-access prompt and licence sections kept (every other line blank,
    so line numbers stay the card's); None when it has neither."""
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
    kept = {n: _without_lineage(line) for n, line in kept.items()}
    if not any(line.strip() for line in kept.values()):
        return None
    text = "\n".join(kept.get(n, "") for n in range(max(kept) + 1))
    return text[:MAX_CHARS]


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
