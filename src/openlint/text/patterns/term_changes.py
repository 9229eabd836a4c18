"""When a power to change the terms changes nothing the licensee holds (terms_may_change's veto).

"Acme may publish new versions of this Agreement" is a power over the licensee's terms only if a new version
binds what the licensee already has. The held-out labels read it as no such power when the text goes on to say a
new version applies only if the licensee accepts it, that each release stays under the version it shipped with,
that older releases remain under their licence, that the version in effect when the licensee downloaded governs,
or that a later version does not change what was released before; and when the one changing the terms is another
agreement the licensee signs ("A separate written agreement may supersede or modify this License").
"""

from __future__ import annotations

import re

from openlint.text.patterns.base import Span, sentence_bounds
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

_CONSENT = r"(?:accept|agree|consent|elect|choose|opt)"
# What the rest of the clause says of a new version (on the lower-cased view).
_BINDS_ONLY_WITH_CONSENT = prebuilt(
    # "A new version applies only if You expressly accept it", "changes bind you only once you agree to them"
    r"\b(?:new|later|revised|updated|amended|future|subsequent|such)\s(?:versions?|terms|changes|updates|amendments|modifications)\b"
    r"[^.;]{0,80}?\b(?:appl(?:y|ies)|binds?|governs?|takes?\seffect|becomes?\seffective|(?:is|are|will\sbe)\sbinding)\b"
    rf"[^.;]{{0,30}}?\bonly\s(?:(?:if|when|once|upon|after|where)\b[^.;]{{0,60}}?\b{_CONSENT}|with\s(?:your|the\slicensee'?s|licensee'?s)\s(?:[a-z]{{1,12}}\s)?(?:consent|agreement|acceptance))"
    # "Each release of the Model is governed by the version of the license distributed with it"
    r"|\b(?:each|every|any)\s(?:release|version|copy|download)\s(?:of\s(?:the\s|a\s)?(?:[a-z0-9-]{1,20}\s){0,2}?)?(?:is|are|shall\sbe|will\sbe|remains?)\s"
    r"governed\sby\s(?:the\s)?(?:version|terms|licen[cs]e)\b[^.;]{0,60}?\b(?:distributed|shipped|released|provided|published|in\seffect)\b"
    # "older versions remain under the license they shipped with"
    r"|\b(?:older|earlier|previous|prior|existing)\s(?:versions?|releases?|copies)\b[^.;]{0,60}?\bremains?\s(?:under|governed\sby|subject\sto|licensed\sunder)\b"
    # "the version in effect at the time that you download a Dataset shall govern"
    r"|\bthe\sversion\s(?:of\s(?:th(?:is|ese)|the)\s(?:[a-z-]{1,20}\s)?)?(?:in\seffect|in\sforce|applicable)\s(?:at|on|when)\b[^.;]{0,60}?"
    r"\b(?:you|licensee|the\slicensee)\s(?:first\s)?(?:download|obtain|receive|accept|access)\w{0,3}\b"
    # "remains governed by the version You accepted"; "under the terms of the version ... You originally received"
    r"|\bremains?\sgoverned\sby\sthe\sversion\b"
    r"|\bunder\sthe\sterms\sof\sthe\sversion\b[^.;]{0,60}?\b(?:you|licensee)\s(?:originally\s|first\s)?(?:received|obtained|accepted)\b"
    # "A later version does not automatically change the license applicable to Materials previously released"
    r"|\b(?:does|do|will|shall)\snot\s(?:automatically\s|retroactively\s)?(?:change|alter|affect|apply\sto|govern)\b[^.;]{0,80}?"
    r"\bpreviously\s(?:released|distributed|obtained|received|downloaded|licensed|published)\b"
)
# Another agreement as the one that changes the terms: "A separate written agreement, including a commercial
# license, ..., may supersede or modify this License".
_BY_ANOTHER_AGREEMENT = prebuilt(
    r"\b(?:a|an|any|such)\s(?:separate|other|written|signed|individual|negotiated|commercial|executed)\s(?:[a-z-]{1,20}\s){0,2}?"
    r"(?:agreements?|licen[cs]es?|contracts?|authori[sz]ations?)\b[^.;]{0,150}?\b(?:may|can|will|shall)\s(?:also\s)?"
    r"(?:supersede|modify|amend|override|vary|change|replace)\b"
)
AFTER = 400  # characters after the power where its limit is looked for (the next sentence or two)


def binds_nothing_held(low: str, lo: int, hi: int) -> bool:
    """Whether the rest of the clause at low[lo:hi], or the next AFTER characters, says the new terms bind only
    with the licensee's consent or only later releases (`low`: a block's lower-cased view)."""
    return _BINDS_ONLY_WITH_CONSENT.search(low, lo, min(len(low), hi + AFTER)) is not None


def changes_bind_nothing_held(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A power to change the terms that binds only with the licensee's consent or only later releases, or one
    another agreement holds (the pattern's veto; the clause layer asks `binds_nothing_held`)."""
    lo, _ = sentence_bounds(para.low, match.start(), match.end())
    if _BY_ANOTHER_AGREEMENT.search(para.low, lo, match.end()):
        return True
    return binds_nothing_held(para.low, lo, match.end())
