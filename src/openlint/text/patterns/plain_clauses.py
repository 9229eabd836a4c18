"""Wordings of clauses stated without a modal verb, as regex fragments the pattern modules add to
their patterns of the same kind (an alternative more costs no pattern run): verbless bans naming a
harm ("No clinical use."), a use in a harmful domain declared prohibited, harmful uses banned in
Chinese (a sentence, or an item under a ban lead-in read after "禁止将模型用于"), an imperative
credit ("Cite this repository in publications."), and derivatives that must remain under the same
licence."""

from __future__ import annotations

import re

from openlint.text.patterns.base import Span, sentence_bounds
from openlint.text.patterns.builders import _BANNED
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

# Harms a use policy names, as adjectives before "use" ("no clinical or safety-critical use") ...
_HARMFUL = (
    r"(?:clinical|medical|diagnostic|safety-critical|mission-critical|life-critical|military|unlawful|illegal|criminal|"
    r"weapons?|surveillance|biometric|harmful|malicious|fraudulent|deceptive|abusive|discriminatory|defamatory|"
    r"high-risk|therapeutic)"
)
# ... and as the domain or aim of a use ("use in clinical diagnosis", "use to identify real individuals").
_HARMS = (
    r"(?:clinical\w{0,3}|diagnos\w{1,6}|patient\s+care|treatment\s+decisions|medical\s+(?:advice|decisions|devices?|diagnos\w{1,6})|"
    r"weapons?|military|warfare|surveillance|(?:identify|identification\s+of|track\w{0,3}|profil\w{1,3})\s+(?:or\s+[a-z\s]{1,30}?\s+)?"
    r"(?:real\s+|specific\s+|natural\s+|private\s+)?(?:individuals|persons|people)|unlawful|illegal|criminal|"
    r"harass\w{0,4}|disinformation|malware|safety-critical|critical\s+infrastructure)"
)
# A clause's start: the paragraph's, or after a sentence, a colon or a list mark.
_START = r"(?:(?<![\s\S])|(?<=^\s)|(?<=[.:;!]\s)|(?<=\)\s)|(?<=^[-*\u2022]\s)|(?<=\s[-*\u2022]\s))"  # or a bullet
_SENTENCE_START = r"(?:(?<![\s\S])|(?<=^\s)|(?<=[.:;!]\s))"

# acceptable_use: "No clinical or safety-critical use.", "No unlawful use.", "No use to identify real
# individuals."; "Use in clinical diagnosis, patient care, or any commercial application is strictly prohibited".
USE_BANS = (
    rf"{_START}no\s+{_HARMFUL}(?:(?:,\s+|\s+or\s+|\s+and\s+|,\s+or\s+){_HARMFUL}){{0,4}}\s+(?:uses?|usage|deployments?|applications?|purposes?)\b"
    # the harmful kind last of a list of uses named: "No surveillance, tracking, weaponization, or military/intelligence
    # uses", "No operational or safety-critical decision making" (never what the licence lacks: "No fees for ...")
    rf"|{_START}no\s+(?![^.;]{{0,100}}?\b(?:restrictions?|limitations?|fees?|charges?|royalt\w{{1,3}}|warrant\w{{0,3}}|liabilit\w{{1,3}})\b)"
    rf"(?:[a-z/-]{{1,20}},?\s+(?:or\s+|and\s+)?){{1,8}}?{_HARMFUL}(?:/[a-z-]{{1,20}})?\s+(?:uses?|usage|deployments?|applications?|purposes?|decision[\s-]making|decisions)\b"
    rf"|{_START}no\s+(?:uses?|usage|deployments?)\s+(?:of\s+[^.;]{{1,40}}?\s+)?(?:to|for|in|as)\s+(?:[^.;]{{0,60}}?\s)?{_HARMS}"
    rf"|\b(?:use|usage|deployment|application)\s+(?:of\s+[^.;]{{1,40}}?\s+)?(?:in|for|to|as)\s+(?:[^.;]{{0,40}}?\s)?{_HARMS}\b"
    rf"[^.;]{{0,80}}?\b{_BANNED}"
)
# acceptable_use in Chinese: 禁止将本模型用于军事用途 / 严禁从事违法犯罪活动 / an item under a ban lead-in.
USE_BANS_ZH = (
    r"(?<!不)(?:禁止|严禁|不得|不允许|请勿|不可)[^。\uff1b]{0,20}?"
    r"(?:军事|战争|武器|非法|违法|犯罪|恐怖|监控|监视|歧视|虚假信息|仇恨|骚扰|色情|侵犯[^。\uff1b]{0,8}?(?:权|隐私))"
)
# attribution: "4) Attribution. Cite this repository in derived works or publications." (not after a list mark:
# an item's lead-in says whether it is owed, "We encourage you to: (a) cite our paper ...")
CITE_IMPERATIVE = (
    rf"{_SENTENCE_START}(?:cite|credit|acknowledge|attribute|reference)\s+(?:this|the|our|its)\s+(?:original\s+)?(?:[a-z-]{{1,20}}\s+){{0,2}}?"
    r"(?:repository|repo|model|weights|work|paper|project|authors?|creators?|dataset|software|release)\s+(?:in|within)\s+"
    r"(?:any\s+|all\s+|your\s+|the\s+|each\s+)?(?:[a-z-]{1,20}\s+(?:or\s+|and\s+)?){0,3}?"
    r"(?:works?|publications?|papers?|articles?|products?|documentation|reports?)\b"
)
# share_alike: "checkpoints ... must automatically remain under this same OpenRAIL-M license structure if shared".
REMAIN_UNDER = (
    r"\b(?:derivative\w{0,3}|modif\w{1,8}|adapt\w{1,6}|fine-?tun\w{1,6}|checkpoints?|(?:weight\s+)?updates|versions?|"
    r"redistribut\w{1,6}|copies)\b[^.;]{0,120}?\b(?:must|shall|will)\s+(?:automatically\s+|always\s+|also\s+|continue\s+to\s+)?"
    r"(?:remain|stay|be\s+kept)\s+(?:licensed\s+)?(?:under|subject\s+to|governed\s+by)\s+(?:the\s+terms\s+of\s+)?"
    r"(?:this|these|the\s+same)\s+(?:same\s+)?(?:[a-z0-9.+-]{1,20}\s+){0,2}?(?:licen[cs]e|agreement|terms)\b"
)

_IMPERATIVE = ("cite", "credit", "acknowledge", "attribute", "reference")
_PLEASE = prebuilt(r"\bplease\b|\bif\syou\s(?:find|like|enjoy)\b|\bwould\sbe\b")


def requested(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """ "Please cite this repository in your papers if you find it useful": an imperative credit that
    is a request, not a duty (other wordings of the pattern are not judged here)."""
    if not para.low.startswith(_IMPERATIVE, match.start()):
        return False
    lo, hi = sentence_bounds(para.low, match.start(), match.end())
    return _PLEASE.search(para.low, max(lo, match.start() - 20), hi) is not None
