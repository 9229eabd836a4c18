"""The licensor's own conduct is no duty of the licensee (openlint.text.conduct): "We will not use your
prompts to train other models", "Licensor shall not be required to ...", "<the licensor's name> will
not ..." read as nothing, by the phrase patterns and by the clause layer alike; the licensee's own
duties beside them, the licensor's grants and its powers still read."""

from __future__ import annotations

import pytest

from openlint.text.conduct import licensor_conduct, names_of
from openlint.text.read import read_text
from sentences import layer_alone

# The licensor is named by a party definition only: "Acme" is known as the licensor from the text.
HEAD = 'Acme Model License\n\nThis License Agreement is between you and Acme Robotics, Inc. ("Acme").\n\n'


def _kinds(clause: str) -> list[str]:
    return sorted(ob.kind for ob in read_text(HEAD + "1. " + clause + "\n", "LICENSE").obligations)


# Each read as the licensee's duty or ban before openlint.text.conduct (on main 9d23fa1).
LICENSOR_CONDUCT = [
    # the licensor as "we", "Licensor", "Company", by its name, with its affiliates
    "We will not use your prompts or outputs to train other models.",
    "Acme will not use Your Content to develop competing models.",
    "Acme Robotics will not use your inputs or outputs to train or improve other AI models.",
    "The Licensor and its affiliates shall not use your data to train any other machine learning models.",
    "We do not claim ownership of outputs, and we will not use outputs to train other models.",
    # the subject of a second verb is the sentence's first ("Company does not claim ... and will not use")
    "Company does not claim ownership of the outputs you generate and will not use them to train other models.",
    "Acme does not claim ownership of the outputs you generate and will not use them to train other models.",
    # a passive whose subject is the user's own data, or whose agent is the licensor
    "Your prompts and inputs will not be used by Acme to train or improve other AI models.",
    # what the licensor need not do
    "Licensor will not be required to distribute the source code of the Model or to provide a copy of this License.",
    "We are not required to provide attribution to you, and we shall not be obliged to retain your copyright notices.",
    # what the licensor does
    "Acme shall give appropriate credit to the authors of any Derivative you contribute in its publications.",
    "Acme Robotics shall retain all copyright notices in the Model.",
    "Licensor agrees not to use your outputs for any commercial purpose.",
    # "we" before the modal of four patterns (notices kept, a use banned, credit given, a policy complied
    # with), each of which once carried its own "(?<!we\s)" look-behind: the veto alone knows the licensor
    # (each reads as its kind with the veto off; with "You", below, it reads)
    "We must keep all copyright notices in the Model.",
    "We shall not use your outputs for commercial purposes.",
    "We must give appropriate credit to the authors of contributions.",
    "We shall comply with the Acceptable Use Policy.",
]


@pytest.mark.parametrize("clause", LICENSOR_CONDUCT)
def test_the_licensors_own_conduct_is_no_duty(clause: str) -> None:
    assert _kinds(clause) == []


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        ("You will not use outputs to train other models.", ["no_training_other_models"]),
        # the licensee as the subject of the four patterns above
        ("You must keep all copyright notices in the Model.", ["notice"]),
        ("You shall not use your outputs for commercial purposes.", ["non_commercial"]),
        ("You must give appropriate credit to the authors of contributions.", ["attribution"]),
        ("You shall comply with the Acceptable Use Policy.", ["acceptable_use"]),
        ("Licensee shall not use the Model or its outputs to train other models.", ["no_training_other_models"]),
        (
            "You agree that you will not use the Model or its outputs to train other models.",
            ["no_training_other_models"],
        ),
        # the material as the subject of a passive: a ban on the user, whatever it is called
        ("The Model may not be used to train other models.", ["no_training_other_models"]),
        ("Acme-7B may not be used to train other models.", ["no_training_other_models"]),
        # the licensee's ban beside the licensor's promise: only the ban
        (
            "You will not use the Model for commercial purposes, and we will not use your data to train other models.",
            ["non_commercial"],
        ),
        (
            "If you distribute the Model, you must retain all copyright notices, and Acme will provide updates.",
            ["notice"],
        ),
        # what the licensor grants or withholds limits the licence
        ("Acme does not grant you any right to use the Model for commercial purposes.", ["non_commercial"]),
        ("Licensor will make the Model available for research purposes only.", ["research_only"]),
        # the licensor's powers are its conduct by design
        ("Acme reserves the right to update these terms at any time.", ["terms_may_change"]),
        ("Acme may terminate this License at any time for any reason.", ["revocable"]),
    ],
)
def test_the_licensees_duties_and_the_licensors_grants_and_powers_still_read(clause: str, kinds: list[str]) -> None:
    assert _kinds(clause) == kinds


def _layer_alone(text: str) -> list[str]:
    return sorted(ob.kind for ob in layer_alone(text))


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        # the licensor by its name: the layer's own veto knew only "we", "licensor", "company" before
        ("Acme will not use your prompts to train competing models.", []),
        ("Acme Robotics shall not use your content to train any other models.", []),
        ("Your prompts will not be used to train other models.", []),
        ("We do not sell outputs, and will not use them to train other models.", []),
        ("You will not use your outputs to train competing models.", ["no_training_other_models"]),
        # the licensee's part of a clause is read, the licensor's part after it is not
        ("You must not redistribute it, and Acme will not use your prompts to train competing models.", []),
    ],
)
def test_the_clause_layer_knows_the_licensor_by_name(clause: str, kinds: list[str]) -> None:
    assert _layer_alone(HEAD + "1. " + clause + "\n") == kinds


def test_the_licensors_name_is_read_only_when_a_subject_needs_it() -> None:
    calls: list[str] = []

    def names() -> frozenset[str]:
        calls.append("read")
        return frozenset({"acme"})

    low = "you will not use outputs to train other models."
    assert not licensor_conduct(low, 0, low.index("will"), names)
    assert calls == []
    low = "acme will not use outputs to train other models."
    assert licensor_conduct(low, 0, low.index("will"), names)
    assert calls == ["read"]
    assert names_of(HEAD)() == frozenset({"acme", "robotics"})


def test_one_reading_reads_the_licensors_names_once_for_patterns_and_clause_layer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The clause layer takes the pattern reader's names (one lazy reading of the text), rather than
    building its own and reading the text's names a second time."""
    from openlint.text import conduct

    real = conduct.licensor_words
    pieces: list[str] = []

    def counted(piece: str) -> list[frozenset[str]]:
        pieces.append(piece)
        return real(piece)

    monkeypatch.setattr(conduct, "licensor_words", counted)
    # a pattern reading and a clause-layer candidate, each with the licensor's name as subject
    text = HEAD + "1. Acme will not use your prompts to train other models.\n\n2. Acme shall keep notices.\n"
    read_text(text, "LICENSE")
    assert pieces == [text]  # the text is short: one piece, read once


def test_a_modal_far_before_the_reading_or_across_a_semicolon_governs_nothing() -> None:
    def names() -> frozenset[str]:
        return frozenset({"acme"})

    low = "acme will provide the model; you must retain copyright notices."
    assert not licensor_conduct(low, 0, low.index("retain"), names)
    low = "acme will " + "x " * 80 + "retain copyright notices."
    assert not licensor_conduct(low, 0, low.index("retain"), names)
    low = "acme will retain copyright notices."
    assert licensor_conduct(low, 0, low.index("retain"), names)


def test_the_licensors_name_is_read_piece_by_piece_wherever_the_text_gives_it() -> None:
    filler = "Nothing here names anyone at all.\n" * 200  # beyond one piece (2 KB)
    text = filler + '\nThis Agreement is between you and Zenith Labs ("Zenith").\n\n' + filler
    assert names_of(text)() == frozenset({"zenith"})
    unbroken = "x" * 5000 + " Copyright (c) 2024 Zenith Labs\n"  # no line end to cut at: cut at 2 KB
    assert names_of(unbroken)() == frozenset({"zenith"})
    many = "".join(f"Copyright (c) 2024 Org{i} Labs\n\n" for i in range(300))
    assert 64 <= len(names_of(many)()) < 300  # bounded: reading stops once 64 words are known


def test_a_long_reading_costs_linear_work() -> None:
    """Every later modal of a long reading has its subject looked for: the cuts are walked once and a
    subject read back at most _BEFORE characters (once, each modal rescanned the span before it:
    60,000 characters took ~17 s). A generous bound, for a hostile text, not a benchmark."""
    import time

    low = ("you, " + "and will " * 7000)[:60_000]
    started = time.process_time()
    assert not licensor_conduct(low, 0, 0, lambda: frozenset({"acme"}), end=len(low))
    assert time.process_time() - started < 3
    # the same walk still finds the licensor's clause at the far end of the reading
    far = low[:-40] + "; acme will not use your prompts."
    assert licensor_conduct(far, 0, 0, lambda: frozenset({"acme"}), end=len(far))


# The licensee's modal heads the reading, or shares its verb with the licensor's ("you must, and we will,
# retain"): a duty of the licensee. Each read as nothing before (the licensor's later modal was taken as
# the reading's: the 16 characters looked ahead for a modal reached "we will").
LICENSEE_BESIDE_LICENSOR = [
    ("You must, we will give appropriate credit to the authors.", ["attribution"]),
    ("You must, and we will, give appropriate credit to the original authors.", ["attribution"]),
    ("Licensee shall, as Acme will, retain all copyright notices in the Model.", ["notice"]),
    ("You shall, and Acme will, keep all copyright notices intact.", ["notice"]),
]
# Near misses: the licensor's own modal with its verb after a comma, or two modals of the licensor.
LICENSOR_WITH_A_COMMA = [
    "We will, at our own expense, give appropriate credit to contributors.",
    "Acme will, upon request, retain all copyright notices of your contributions.",
    "We must, and will, give credit to the contributors.",
    "You will not use the Model for commercial purposes, and we will not, under any circumstances, use your "
    "data to train other models.",
]


@pytest.mark.parametrize(("clause", "kinds"), LICENSEE_BESIDE_LICENSOR)
def test_the_licensees_modal_beside_the_licensors_is_a_duty(clause: str, kinds: list[str]) -> None:
    assert _kinds(clause) == kinds


@pytest.mark.parametrize("clause", LICENSOR_WITH_A_COMMA)
def test_the_licensors_modal_before_a_comma_is_still_its_conduct(clause: str) -> None:
    assert _kinds(clause) == (["non_commercial"] if clause.startswith("You") else [])


def test_the_modal_a_reading_starts_with_governs_it() -> None:
    def names() -> frozenset[str]:
        return frozenset({"acme"})

    low = "you must, we will give credit to the authors."
    assert not licensor_conduct(low, 0, low.index("must"), names)  # before: "will" (10 characters on)
    assert not licensor_conduct(low, 0, 0, names)
    low = "we will, you must give credit to the authors."
    assert licensor_conduct(low, 0, low.index("will"), names)
