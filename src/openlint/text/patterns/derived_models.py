"""Patterns of models made from the model's outputs: a definition of derivatives that expressly takes
in models distilled from it, trained on its outputs or synthetic data, or made by transferring the
patterns of its weights (`outputs_make_derivatives`), and the same said the other way round."""

from __future__ import annotations

import re

from openlint.text.patterns.base import SENTENCE_END, Near, Pattern, Span, sentence_bounds
from openlint.text.programs import prebuilt
from openlint.text.view import Paragraph

# The derivative term a definition names: "Derivatives", "Derivative Work(s)", "Model Derivatives",
# "Derivative Model(s)", "Derivative Materials", "Derivatives of <a name>" (the definer within 40 characters).
_TERM = r"\bderivatives?\b(?:\s(?:works?|models?|materials))?"
# What makes the term a definition: "means", "includes", "shall mean", "refers to", or a dash or colon
# after the term as a heading ("2.3 Derivatives of the Model \u2013 Any model ..."), unless a rule follows the
# heading, not what the term is ("9) Derivatives \u2014 If you create derivative works (... distilled models), you
# may ...": a condition or the licensee opens it).
_DEFINES = (
    r"[\"'\u201d\u2019*]{0,3}\s?(?:\([^)]{0,40}\)\s)?(?:shall\s|will\s)?(?:means?|includes?|refers?\sto|covers?|comprises?"
    r"|(?:is|are)\s(?:defined\sas|deemed\sto\sinclude))\b|[\"'\u201d\u2019*]{0,3}\s?[-\u2013\u2014:]\s"
    r"(?!(?:if|when|whenever|where|once|unless|subject|you|your|licensee|the\slicensee|recipients?)\b)"
)
# Models made from its outputs: distillation, synthetic data, outputs used to train, transfer of patterns.
_FROM_OUTPUTS = (
    r"\bdistill?(?:s|ed|ing|ation)?\b|\bsynthetic\s(?:data|outputs?)\b|\btransfer\w{0,4}\s(?:of\s)?(?:the\s)?patterns\b"
    r"|\b(?:trained|tuned|improved|created|developed|initiali[sz]ed|built)\s(?:[a-z-]{1,20},?\s(?:or\s|and\s)?){0,3}?"
    r"(?:on|using|with|from|by\susing)\s(?:[^.;]{0,60}?\s)?(?:outputs?|output\sdata|generations?|responses)\b"
)
# "... do not include any model developed by transferring patterns from Output": the definition excludes them.
_EXCLUDED = prebuilt(
    r"\b(?:does|do|shall|will)\snot\s(?:include|cover|mean|encompass)|\bexclud\w{1,5}\b|\bnot\sbe\s(?:deemed|considered|treated)"
    r"|\bother\sthan\b|\bexcept\b|\bnor\b"
)


_DENIED = prebuilt(rf"{_EXCLUDED.pattern}|\b(?:not|never|no)\b")


# The definition's next words taking such models out: "... or distilling a model from the Model's weights. A model
# trained on Outputs is not a Derivative Model."
_DENIED_AFTER = prebuilt(
    rf"(?:{_FROM_OUTPUTS})[^.;]{{0,120}}?\b(?:(?:is|are)\s(?:not|never)|(?:shall|will)\snot\sbe)\s"
    r"(?:deemed\s|considered\s|treated\sas\s)?(?:an?\s|the\s)?(?:[a-z-]{1,15}\s)?derivatives?\b"
)
AFTER = 300  # characters after a definition in which its exclusion is looked for


def _excluded(match: re.Match[str] | Span, para: Paragraph) -> bool:
    if _EXCLUDED.search(para.low, match.start(), match.end()) is not None:
        return True
    return _DENIED_AFTER.search(para.low, match.end(), match.end() + AFTER) is not None


def _denied(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """The other way round, any negation in the span denies it ("are not Derivatives")."""
    return _DENIED.search(para.low, match.start(), match.end()) is not None


def _denied_in_sentence(match: re.Match[str] | Span, para: Paragraph) -> bool:
    """A negation from the sentence's start: "... do not include any model created by transfer of patterns"."""
    lo, _ = sentence_bounds(para.low, match.start(), match.end())
    return _DENIED.search(para.low, lo, match.end()) is not None


DERIVED_MODELS: tuple[Pattern, ...] = (
    # '"Derivatives" means any modifications, fine-tuned versions, distilled versions, or any model created
    # using the Model's weights, parameters, activations, or outputs'
    Pattern(
        "outputs_make_derivatives",
        Near(_TERM, ((_DEFINES, 40), (_FROM_OUTPUTS, 400)), SENTENCE_END),
        ("use", "distribute", "serve"),
        0.85,
        "A model distilled from it or trained on its outputs counts as a derivative and carries this license's terms.",
        veto=_excluded,
    ),
    # The other way round: "any model trained on Outputs is deemed a Derivative of the Model", "a student model
    # ... shall be treated as a derivative"; and models from the outputs kept under these terms: "create models
    # distilled or derived from the Outputs ... unless ... open-sourced under the same license", "models trained
    # on its outputs remain subject to this Agreement".
    Pattern(
        "outputs_make_derivatives",
        Near(
            r"\b(?:models?|networks?|checkpoints?|students?)\b",
            (
                (
                    rf"{_FROM_OUTPUTS}|\bderived\s(?:from|on)\s(?:the\s|its\s|any\s)?(?:outputs?|output\sdata|synthetic\sdata)\b",
                    120,
                ),
                (
                    r"\b(?:is|are|shall\sbe|will\sbe)\s(?:also\s)?(?:deemed|considered|treated\sas|regarded\sas)?\s?(?:an?\s|the\s)?"
                    r"(?:[a-z-]{1,15}\s)?derivatives?\b"
                    r"|\bunder\s(?:the\s)?same\s(?:licen[cs]e|terms)|\b(?:remain|be|are|is)\s(?:\w+\s)?(?:subject\sto|bound\sby|governed\sby)"
                    r"\s(?:the\sterms\sof\s)?(?:this|these)\s(?:licen[cs]e|agreement|terms)",
                    200,
                ),
            ),
            SENTENCE_END,
        ),
        ("use", "distribute", "serve"),
        0.85,
        "A model distilled from it or trained on its outputs counts as a derivative and carries this license's terms.",
        veto=_denied,
    ),
    # The term of art alone, where a list item of the definition stands apart from its term: "(iii) any other
    # machine learning model which is created by transfer of patterns of the weights ... or Output".
    Pattern(
        "outputs_make_derivatives",
        Near(
            r"\bmodels?\s(?:which\s|that\s)?(?:is\s|are\s)?(?:created|initiali[sz]ed|developed|made|trained)\s(?:or\s[a-z]{1,15}\s)?by\s"
            r"transfer\w{0,4}\s(?:of\s)?(?:the\s)?patterns\b",
            ((r"\b(?:weights|parameters|outputs?)\b", 60),),
            SENTENCE_END,
        ),
        ("use", "distribute", "serve"),
        0.85,
        "A model distilled from it or trained on its outputs counts as a derivative and carries this license's terms.",
        veto=_denied_in_sentence,
    ),
)
