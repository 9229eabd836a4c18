"""Wording classes generalised from four misses of fixtures/scenarios-blind6 (round 14's second wave, helper b6terms):
commerce allowed only with the licensor's leave, the grant's verb active ("the weights also allow commercial use with
written permission from the team") or the use passive ("may be used commercially with the express consent of X"):
non_commercial (registration reads the leave to ask); the commercial licence applied for through a form ("To apply for
a commercial license, please fill in the application form"): registration; a condition listed as "That you include a
reference to the corpus in any work that makes use of it": attribution; the same licensing terms applied to what is
derived ("If I develop models derived from the corpus, I will apply the same licensing terms as those that apply to
it"): share_alike (the "that you" credit is read where its block has a credit word, "publication", "cite": "reference"
alone is no needle, it announced attribution on every "incorporated by reference" and cost the long benchmark texts
their budget). Each class in hand-written paraphrases (none a real licence's wording), read unwrapped and
re-wrapped at 40, 60 and 76 columns, with negatives that share the words but state no duty of the kind. No positive
here is read as its kind on integ2 (the round's merged engine, 433f4a4)."""

from __future__ import annotations

import pytest

from sentences import kinds_read

WIDTHS = [None, 40, 60, 76]

READ = [
    (
        "non_commercial",
        "The checkpoints are open for academic study and also allow commercial use with written permission from "
        "the Heron maintainers.",
    ),
    (
        "non_commercial",
        "This licence permits commercial usage of the weights only upon the prior approval of Acme Labs.",
    ),
    ("non_commercial", "The model may be used commercially with the express written consent of the foundation."),
    (
        "registration",
        "Research use is free. To apply for a commercial license, please fill in the form at "
        "https://example.org/apply.",
    ),
    ("registration", "To obtain a free commercial licence, complete the request form on our website."),
    (
        "attribution",
        "You may use the corpus if you accept these terms:\n\n1. That you include a reference to the Heron Corpus "
        "in any publication or other work that makes use of the corpus.\n2. That all rights not granted are reserved.",
    ),
    (
        "attribution",
        "Use is permitted on condition that the licensee adds an acknowledgement of the Heron Corpus to every model "
        "trained on it.",
    ),
    (
        "share_alike",
        "If I build other models or data sets derived from the corpus, I will apply the same licensing terms as "
        "those that apply to the corpus.",
    ),
    (
        "share_alike",
        "Models adapted from the corpus are required to adopt the same licensing conditions as the corpus.",
    ),
]

NOT_READ = [
    ("non_commercial", "The weights allow commercial use without written permission from anyone."),
    (
        "non_commercial",
        "The weights allow commercial use with the consent of the end users whose data you process.",
    ),
    ("non_commercial", "The weights allow commercial use, with attribution to the authors."),
    ("registration", "There is no need to apply for a commercial license; commercial use is free."),
    ("registration", "To apply the model to commercial data, please fill in the config file."),
    ("attribution", "We ask that you include a reference to the Heron Corpus in your work."),
    ("attribution", "1. That you include a reference to this licence when you share the corpus."),
    ("share_alike", "Derived data sets will apply the same normalisation as the corpus."),
    ("share_alike", "If you develop derived models, you must not apply the same licensing terms to them."),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), READ)
def test_the_class_is_read_as_its_kind(kind: str, clause: str, width: int | None) -> None:
    assert kind in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("kind", "clause"), NOT_READ)
def test_the_near_miss_is_not_read_as_the_kind(kind: str, clause: str, width: int | None) -> None:
    assert kind not in kinds_read(clause, width)
