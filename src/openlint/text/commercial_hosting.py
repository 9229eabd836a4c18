"""Hosting named as a commercial use in a non-commercial licence: "Commercial Purpose includes: ... (b) hosting
the Model or making it available through an API", "the provision of Outputs as a service is not a Non-Commercial
Purpose", "Any other use needs a separate licence. This includes ... hosted access". The licence classes offering
the model as a service with the uses it withholds, so hosting for others is banned whether or not it earns
anything (no_hosting). Hosting named only as commerce ("a commercial API", "a paid service", "in the course of a
commercial activity, including through a hosted service") is part of the commercial ban, not a ban of its own."""

from __future__ import annotations

from collections.abc import Iterator

from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph, lower

MAX_BLOCKS = 200  # blocks naming commerce read per document (a licence classes its uses in a few)
MAX_LISTED = 12  # list items after a classing lead-in ("Commercial Purpose includes:")

# Offering the model as a service to others (not "hosted by the Licensor", not "hosting of the files").
HOSTING = prebuilt(
    r"\bhosting\b(?!\s(?:or\s)?(?:mirror|download|files?\b))|\bhosted\s(?:access|use|inference|services?|offerings?|apis?|solutions?|deployments?)\b"
    r"|\bas\s(?:an?\s)?(?:hosted\s|managed\s|cloud\s|web\s|online\s)?service\b|\bsaas\b|\bsoftware[\s-]as[\s-]a[\s-]service\b"
    r"|\b(?:model|ai)[\s-]as[\s-]a[\s-]service\b|\bmaas\b"
    r"|\b(?:via|through|over|by\smeans\sof)\s(?:an?\s|any\s)?(?:public\s|hosted\s|web\s|online\s)?(?:apis?|application\sprogramming\sinterfaces?)\b"
)
# Hosting qualified as commerce in its own words: part of the commercial ban only.
_IN_COMMERCE = prebuilt(
    r"commercial|\bpaid\b|\bfees?\b|\bpayment|\bconsideration\b|\bcompensation\b|monetiz|\bsubscri|\bsell|\bsold\b"
    r"|\brevenue|\bprofit|\bcharg"
)
# A commercial term defined by what it takes in: '"Commercial Purpose" includes, without limitation:' (never
# "non-commercial use means").
_DEFINES_COMMERCIAL = prebuilt(
    r"(?:^|[\s(])[\"'\u201c\u2018]?commercial\s(?:uses?|purposes?|activit(?:y|ies))[\"'\u201d\u2019]?\s"
    r"(?:(?:shall|will|also)\s)?(?:includes?|means?|covers?|encompass(?:es)?|comprises?)\b"
)
# What precedes is classed with the uses withheld: "... are not Non-Commercial Purposes", "... is deemed
# commercial use".
_CLASSED_COMMERCIAL = prebuilt(
    r"\b(?:is|are|shall\sbe|will\sbe)\s(?:not|never)\s(?:(?:considered|deemed|treated\sas|regarded\sas)\s)?(?:an?\s)?"
    r"non-?commercial\s(?:uses?|purposes?|activit)"
    r"|\b(?:is|are|shall\sbe|will\sbe)\s(?:(?:considered|deemed|treated\sas|regarded\sas)\s)?(?:an?\s)?(?<![\w-])commercial\s"
    r"(?:uses?|purposes?|activit)"
)
# "This includes ..." after a use withheld: "Any other use needs a separate written license. This includes ...".
_THIS_INCLUDES = prebuilt(
    r"^(?:this|these|such\s(?:use|uses))\s(?:also\s)?(?:includes?|covers?|means|encompass(?:es)?)\b"
)
_WITHHELD = prebuilt(
    r"\b(?:needs?|requires?)\s(?:a\s|an\s)?(?:(?:separate|additional|commercial|written|different|prior)\s){1,3}"
    r"(?:[\w-]+\s)?(?:licen[cs]e|agreement|permission)"
    r"|(?<![\w-])commercial\s(?:uses?|purposes?)\s(?:is|are)\s(?:not\s(?:permitted|allowed|licensed|granted)|prohibited)"
)
# A block granting commercial use defines what it grants ("grants You a licence ... for any Commercial Purpose.
# "Commercial Purpose" means ..., including via a hosted service"): nothing withheld there.
_GRANTS_COMMERCIAL = prebuilt(
    r"\b(?:grants?|granted|licen[cs]es?|permitted|allowed|may)\b[^.;]{0,300}?\bfor\s(?:any\s|your\s)?(?<![\w-])commercial\s(?:purposes?|uses?)"
)
_SENTENCE_END = prebuilt(r"[.!?](?=\s|$)")
_ELEMENT_END = prebuilt(r",\s|;\s|\s(?:or|and|and/or)\s")
# A list item ("(b)", "2.", "-"); a section number of several levels ("3.1") ends the list.
_ITEM = prebuilt(r"^\s*(?:[-*\u2022]|\(?[a-z0-9]{1,3}[.)])\s")
_SECTION = prebuilt(r"^\s*\d{1,3}\.\d")


def _sentences(low: str) -> Iterator[tuple[int, int]]:
    start = 0
    for found in _SENTENCE_END.finditer(low):
        yield start, found.end()
        start = found.end()
    if start < len(low):
        yield start, len(low)


# Hosting left out of what the clause classes ("Commercial use ... does not include hosting a free demo").
_LEFT_OUT = prebuilt(r"\b(?:not|excluding|except|other\sthan|never|nor)\b")
# The licensee's own product reached through a service ("distributing Your product or service, including via a
# hosted service or API": the Stability AI wording, met in r5's fish-audio): the channel of a product, not the
# model offered to others.
_OWN_PRODUCT = prebuilt(
    r"\b(?:your|its|their)\s(?:own\s)?(?:[\w-]+\s){0,2}?(?:products?|applications?|apps?|offerings?)\b"
)
_MODEL = prebuilt(r"\b(?:models?|weights|materials|outputs?|functionality|checkpoints?)\b")


def _hosting_in(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The list element (its start and end) between start and end naming hosting and no commerce: the first."""
    for found in HOSTING.finditer(low, start, end):
        cuts = [m.end() for m in _ELEMENT_END.finditer(low, start, found.start())]
        lo = cuts[-1] if cuts else start
        after = _ELEMENT_END.search(low, found.end(), end)
        hi = after.start() if after else end
        products = list(_OWN_PRODUCT.finditer(low, max(start, found.start() - 100), found.start()))
        if products and _MODEL.search(low, products[-1].end(), found.start()) is None:
            continue  # the last thing named before it is the licensee's own product
        if _LEFT_OUT.search(low, start, found.start()) is not None:
            continue
        if _IN_COMMERCE.search(low, lo, hi) is None:
            lo = max(lo, found.start() - 80)  # (a long element is cited from a few words before the phrase)
            return lo + len(low[lo:hi]) - len(low[lo:hi].lstrip(" (-*:")), len(low[:hi].rstrip(" ;,.:"))
    return None


def hosting_classed_commercial(text: str, starts: list[int], ends: list[int]) -> tuple[Paragraph, int, int] | None:
    """The first hosting phrase the text classes with commercial use (see the module's docstring)."""
    lead: int | None = None  # index of the block whose lead-in classes its list items as commercial
    withheld = False  # whether the last sentence read withheld a use (for "This includes ...")
    read = 0
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if lead is None and not _worth(lower(text, start, end)):
            withheld = False
            continue
        read += 1
        if read > MAX_BLOCKS:
            return None
        para = Paragraph(text[start:end], start)
        low = para.low
        if lead is not None:
            if i - lead <= MAX_LISTED and (item := _ITEM.match(low)) and not _SECTION.match(low):
                found = _hosting_in(low, item.end(), len(low))
                if found is not None:
                    return para, *found
                continue
            lead = None
        if _GRANTS_COMMERCIAL.search(low):
            withheld = False
            continue
        for lo, hi in _sentences(low):
            sentence = low[lo:hi]
            scope: tuple[int, int] | None = None
            defines = _DEFINES_COMMERCIAL.search(sentence)
            if defines is not None or (withheld and _THIS_INCLUDES.search(sentence.lstrip())):
                scope = (lo + defines.end() if defines is not None else lo, hi)
                if sentence.rstrip().endswith(":") and hi >= len(low.rstrip()):
                    lead = i  # the items below are what it takes in
            elif (classed := _CLASSED_COMMERCIAL.search(sentence)) is not None:
                scope = (lo, lo + classed.start())
            if scope is not None and (found := _hosting_in(low, *scope)) is not None:
                return para, *found
            withheld = _WITHHELD.search(sentence) is not None
    return None


def _worth(low: str) -> bool:
    return "commercial" in low or "includ" in low
