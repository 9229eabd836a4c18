"""What a heading or lead-in says of the blocks listed under it, for the structural reading layer
(openlint.text.clauses): under "## You may" or "Permitted uses:" an imperative is a permission; under
"Prohibited Uses", "UNAUTHORIZED USES" or "The following actions are strictly prohibited:" each block
that follows, marked or not ("Bypass of Gateways: Accessing or serving the Model via ..."), is a ban.

A heading is a block that starts with "#", ends with a colon, or is short with no sentence end; the
list under it runs to the next heading (at most MAX_LISTED blocks)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from openlint.text.lead_in import BAN_PREFIX, PERMITS, ItemView, listed_item
from openlint.text.patterns import INVITATION
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph, lower

LOOK_BACK = 6  # blocks looked back for the heading a block is listed under
MAX_LISTED = 30  # blocks read under one ban heading
MAX_HEADINGS = 200  # ban headings read per document
MAX_HEADING = 200  # characters of a heading

# "## You may", "Permitted uses:", "You can:", "What you may do" (not "You may not").
PERMISSION = prebuilt(
    r"^\W*(?:[\d.]+\s)?(?:you\s(?:may|can|are\s(?:free|permitted|allowed)\sto)|permitted\s(?:uses?|activities)|"
    r"what\syou\s(?:may|can)\sdo|(?:allowed|permitted)\b)(?![^:]*\bnot\b)[^.]{0,80}$"
)
# "Prohibited uses", "UNAUTHORIZED USES", "Restricted Use", "Disallowed uses", "You may not:", "The following actions
# are strictly prohibited ...:"
# (not "... except:", not "Restrictions do not apply to:", not a ban gated by consent: "... without our
# permission:", whose items are merely gated, as lead_in reads them; nor a term's scope: "... includes:").
BANNING = prebuilt(
    r"^(?!.*\b(?:except|unless|other\sthan|excluding|without|includ\w*|means|do\snot\sapply)\b).{0,120}?\b(?:prohibited|forbidden|"
    r"unauthori[sz]ed\s(?:uses?|activities|actions)|not\s(?:permitted|allowed)|(?:may|must|shall|will)\snot|"
    r"(?:restricted|disallowed|unacceptable|impermissible|banned)\s(?:uses?|usage|activities|actions|applications))\b"
)


def _heading(text: str, start: int, end: int) -> str | None:
    """The block's words, lower-cased, one space between them (where lines break changes nothing), without
    "#" marks or a final colon, when it is a heading."""
    if text[start : start + 1] == "#" and (body := _body(text, start, end)) is not None:
        end = body - 1  # a Markdown heading is its first line, whatever follows it in the block
    if end - start > 4 * MAX_HEADING:
        return None
    raw = text[start:end]
    tail = raw.rstrip()
    if tail[-1:] in (".", ";", ",") and raw.lstrip()[:1] != "#":
        return None  # (what ends its words, and starts them, is the same in the lower case: no heading)
    head = " ".join(lower(text, start, end).split())
    if len(head) > MAX_HEADING or not head:
        return None
    if head[0] in "-*\u2022" and head[1:2] == " ":
        return None  # a bulleted item ("- Copying the weights"), however short (a numbered heading stays one)
    if head.startswith("#") or head.endswith(":") or (len(head) < 60 and head[-1] not in ".;,"):
        return head.lstrip("#* ").rstrip(":* ")
    return None


def under_permission(text: str, starts: list[int], ends: list[int], i: int) -> bool:
    """Whether block `i` is listed under a heading or lead-in granting or inviting what its items say
    ("You may:", "We encourage you to:"), its own Markdown heading line first ("## You may" then "- ..." below it)."""
    first = i if text[starts[i] : starts[i] + 1] == "#" and _body(text, starts[i], ends[i]) is not None else i - 1
    for j in range(first, max(-1, i - 1 - LOOK_BACK), -1):
        head = _heading(text, starts[j], ends[j])
        if head is not None:
            grants = PERMISSION.match(head) or PERMITS.search(head) or INVITATION.search(head)
            return grants is not None
    return False


# A sentence with a modal of its own says who must or may do what: the list under the heading has ended.
OWN_MODAL = prebuilt(
    r"\b(?:must|shall|may|will|can|cannot|agrees?|undertakes?|(?:is|are)\s(?:\w+\s)?(?:not\s)?(?:permitted|allowed|prohibited))\b"
)
SECTION = prebuilt(r"^\W*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[ivx]{1,5}\.|article|section)\s")
SENTENCE_END = prebuilt(r"[.;!?](?=\s|$)")
MARK = prebuilt(r"\s*(?:[-*\u2022]|\(?[a-z0-9]{1,3}[.)])\s")


def _fragments(block: Paragraph) -> Iterator[tuple[int, int]] | None:
    """(start, end) of each sentence of a listed block, or None when one has a modal of its own."""
    low = block.low
    spans = []
    start = 0
    for found in chain(SENTENCE_END.finditer(low), ((None),)):
        end = len(low) if found is None else found.end()
        if low[start:end].strip():
            if OWN_MODAL.search(low, start, end):
                return None
            spans.append((start, end))
        start = end
    return iter(spans)


def _body(text: str, start: int, end: int) -> int | None:
    """Where the lines after a Markdown heading's start in its own block ("## Restricted Use" then "- ..." on the next
    line, no blank line between), or None when the block is the heading alone."""
    cut = text.find("\n", start, min(end, start + 4 * MAX_HEADING))
    return None if cut < 0 or not text[cut:end].strip() else cut + 1


def _listed(block: Paragraph) -> Iterator[ItemView] | None:
    """The sentences of a block listed under a ban heading as "you must not ..." items, or None when the block ends
    the list (a section number, or a sentence with a modal of its own)."""
    fragments = None if SECTION.match(block.low) else _fragments(block)
    if fragments is None:
        return None
    return (_item(block, lo, hi) for lo, hi in fragments)


def _item(block: Paragraph, lo: int, hi: int) -> ItemView:
    lo += len(block.low[lo:hi]) - len(block.low[lo:hi].lstrip())
    mark = MARK.match(block.low, lo)
    return listed_item(BAN_PREFIX, block, mark.end() if mark is not None else lo, hi)


def items_under_ban_headings(text: str, starts: list[int], ends: list[int]) -> Iterator[ItemView]:
    """Each sentence of the blocks listed under a ban heading, seen as "you must not " and its words (a
    gerund read as the verb's plain form: "Copying the weights" -> "you must not copy the weights"), cited
    at its own words. The list ends at the next heading, section number, or sentence with a modal of its own;
    a Markdown heading with its list in the same block reads the block's other lines as the list's first."""
    headings = 0
    i = 0
    while i < len(starts):
        head = _heading(text, starts[i], ends[i])
        body = _body(text, starts[i], ends[i]) if head is not None and text[starts[i] : starts[i] + 1] == "#" else None
        i += 1
        if head is None or BANNING.match(head) is None:
            continue
        headings += 1
        if headings > MAX_HEADINGS:
            return
        if body is not None:
            items = _listed(Paragraph(text[body : ends[i - 1]], body))
            if items is None:
                continue
            yield from items
        for _ in range(MAX_LISTED):
            if i >= len(starts) or _heading(text, starts[i], ends[i]) is not None:
                break
            items = _listed(Paragraph(text[starts[i] : ends[i]], starts[i]))
            if items is None:
                break
            yield from items
            i += 1
