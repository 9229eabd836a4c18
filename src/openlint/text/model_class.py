"""The class of model a training ban covers (`model_class`, rules/model-classes.toml): read from the
model noun the ban's training verb governs ("to improve any other large language model", "to train an
artificial intelligence foundation model"), whichever pattern, list item or clause read the ban. A ban
on "other models" in general, or one whose model noun names no class, keeps no class (any reading of it
is as sure), so a class is never guessed from words that qualify something else."""

from __future__ import annotations

from dataclasses import replace

from openlint.core.obligations import Obligation
from openlint.text.programs import prebuilt

# The verb that says what the banned use makes of the other model.
_TRAINS = prebuilt(
    r"\b(?:train|pre-?train|retrain|improv|develop|creat|build|enhanc|distil|fine-?tun|optimi[sz])\w{0,5}\b"
)
# The model noun the verb governs: the first after it in the sentence ("LLMs" is one by itself).
_MODEL = prebuilt(r"\bmodels?\b|\bllms?\b|\.(?:\s|$)")
# The words before that noun that name a class: the broader first, so "foundational, large language or
# general-purpose AI models" is the foundational class (which takes in large language models).
_FOUNDATIONAL = prebuilt(r"\bfoundation(?:al)?\b|\bgenerative\b|\bgeneral-purpose\b|\bfrontier\b")
_LANGUAGE = prebuilt(r"\blarge\s(?:language|lang\.)\b")
# A second item of an enumerated list after the noun ("any: (i) other large language model; (ii) technology for
# protein structure prediction"): the ban covers more classes than the first names, so it keeps none.
_NEXT_ITEM = prebuilt(r"\(\s?(?:ii|b|2)\s?\)|\.(?:\s|$)")
_WORDS_BEFORE = 60  # characters before the noun that may qualify it ("any other large language")
_WINDOW = 3  # lines after the cited ones the sentence may run on (a quote is cut at 300 characters)


def class_of(sentence: str) -> str | None:
    """The model class named by the noun the first training verb in `sentence` (lower case) governs."""
    verb = _TRAINS.search(sentence)
    if verb is None:
        return None
    noun = _MODEL.search(sentence, verb.end())
    if noun is None or noun.group(0).startswith("."):
        return None
    listed = _NEXT_ITEM.search(sentence, noun.end())
    if listed is not None and not listed.group(0).startswith("."):
        return None
    if noun.group(0).startswith("llm"):
        return "large-language-model"
    before = sentence[max(verb.end(), noun.start() - _WORDS_BEFORE) : noun.start()]
    if _FOUNDATIONAL.search(before):
        return "foundational-generative-model"
    if _LANGUAGE.search(before):
        return "large-language-model"
    return None


def with_model_class(ob: Obligation, text: str) -> Obligation:
    """A training ban with the class of model it covers, when its sentence names one."""
    if ob.kind != "no_training_other_models" or ob.model_class is not None or not ob.source.start_line:
        return ob
    lines = text.split("\n", (ob.source.end_line or ob.source.start_line) + _WINDOW)
    cited = " ".join(lines[ob.source.start_line - 1 : (ob.source.end_line or ob.source.start_line) + _WINDOW])
    folded = " ".join(cited.replace("*", " ").replace("_", " ").split()).lower()
    quote = " ".join((ob.source.text or "").split()).lower()
    at = folded.find(quote[:40]) if quote else -1
    found = class_of(folded[max(at, 0) :])
    return ob if found is None else replace(ob, model_class=found)


# The purpose test of a derivative definition that takes in students: "... to that model in order to cause that model
# to perform similarly to the Model" (Gemma, Kolors, Hunyuan, DeepSeek and the Open RAIL licences): the student is a
# derivative only when it can perform similarly, which a classifier or an embedding model cannot (condition
# `student-may-perform-similarly`, as the catalog's entries carry it). A definition without the test keeps none.
_PERFORMS_SIMILARLY = prebuilt(
    r"\bperform(?:s|ing)?\s(?:\w+\s)?similar(?:ly)?\b|\bsimilar\sperformance\b|(?:性能|表现)(?:与[^。]{0,20}?)?(?:类似|相似|相近)"
)
PURPOSE_TEST = "student-may-perform-similarly"
_PURPOSE_WINDOW = 600  # characters of the definition after the cited words the test may stand in


def with_purpose_test(ob: Obligation, text: str) -> Obligation:
    """A reading that models trained on outputs are derivatives, with the purpose test when the sentence it cites (to
    its end, however the text is wrapped) states one."""
    if ob.kind != "outputs_make_derivatives" or ob.conditions or not ob.source.start_line:
        return ob
    start = 0
    for _ in range(ob.source.start_line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ob
    quote = " ".join((ob.source.text or "").split()).lower()
    head = text[start : start + 2 * len(quote) + 2 * _PURPOSE_WINDOW]  # room for layout and markup
    folded = " ".join(head.replace("*", " ").replace("_", " ").split()).lower()
    at = max(folded.find(quote[:40]) if quote else 0, 0)
    after = folded[at : at + len(quote) + _PURPOSE_WINDOW].replace("e.g. ", "e.g ").replace("i.e. ", "i.e ")
    ends = [i for i in (after.find(". ", len(quote)), after.find("\u3002", len(quote))) if i != -1]
    if not _PERFORMS_SIMILARLY.search(after[: min(ends)] if ends else after):
        return ob
    return replace(ob, conditions=(PURPOSE_TEST,))
