"""Wording classes generalised from the misses of sets r15, r17 and r18 (round 11's fix sources) of the kinds
no_training_other_models, acceptable_use and revocable: the class of model a training ban covers
(`model_class`), bans on training derived models, bulleted lists whose lines end without punctuation, labelled
paragraphs under a ban lead-in (a use policy's categories), attacks on the data a model was trained on,
clinical and privacy harms, verbless "No ... uses" bullets; a duty to stop using the model on the licensor's
notice (revocable), also when the notifying parties are listed between the condition and its consequence; and
a heading's dash before a rule, which defines nothing (no outputs_make_derivatives). Each class in hand-written
paraphrases (none a real licence's wording), read unwrapped and re-wrapped at 40, 60 and 76 columns, with
negatives that share the words but state no duty of the kind. No positive here was read as pinned on main
edeb3b1 (no model_class was read there at all), and every heading-before-a-rule negative was read there as
outputs_make_derivatives."""

from __future__ import annotations

import pytest

from sentences import cited, kinds_read

WIDTHS = [None, 40, 60, 76]
LLM = {"model_class": "large-language-model"}
FOUNDATIONAL = {"model_class": "foundational-generative-model"}

# The class of model the ban's training verb governs: "any other large language model", "other LLMs" ->
# large-language-model; "a foundation model", "any generative AI model", "foundational ... models" ->
# foundational-generative-model (the broader class when both are named).
MODEL_CLASSES = [
    ("You may not use the Model or its outputs to improve any other large language model.", LLM),
    ("You must not use the Software to create or improve other LLMs.", LLM),
    (
        "The Licensee shall not use the Weights to train or otherwise enhance a foundation model of any kind.",
        FOUNDATIONAL,
    ),
    ("You will not use any output of the Model to develop any generative AI model.", FOUNDATIONAL),
    (
        "You will not use the Materials to train or improve any foundational, large language or general-purpose "
        "AI models.",
        FOUNDATIONAL,
    ),
]

# A class named elsewhere in the sentence, not by the noun the verb governs, or only first of a list of classes:
# no class (the ban covers more than one).
NO_MODEL_CLASS = [
    "You may not use the Model to train any other model, including large language models.",
    "You may not use this large language model to train other models.",
    "You may not use the foundation weights to improve any other machine learning models.",
    # the first of several classes listed: the ban covers them all
    "You may not use outputs to train any: (i) other large language model; (ii) protein model; (iii) other model.",
]

# Training the derived models themselves banned, in a gerund item or after a list of verbs.
DERIVED_TRAINING = [
    "You are prohibited from:\n- Distilling or retraining student models on the generated text",
    "Licensee must not use any generated outputs to train, refine, or otherwise develop model derivatives.",
    "The Recipient shall not distil or retrain student models from the checkpoints.",
]

NOT_DERIVED_TRAINING = [
    "You may train derivative models for research purposes.",
    "You may not remove this notice from products and derivative models.",
    "Model training: you may not sell the checkpoints; permitted: you may train derivative models.",
]

# Attacks on the data the model was trained on, banned: one acceptable_use.
DATA_ATTACKS = [
    "You must not attempt to re-identify any person whose records were used in training.",
    "Licensee shall not perform membership inference or model inversion attacks against the Model.",
    "You may not try to reconstruct or recover the training data from the weights.",
]

NOT_DATA_ATTACKS = [
    "We run membership inference tests to audit the Model before each release.",
    "You may not extract the archive to a shared drive.",
    "The training data does not include personal information of any individual.",
]

# Clinical and privacy harms as the aim of a banned use.
CLINICAL_PRIVACY = [
    "You must not use the Model for clinical diagnosis or treatment planning.",
    "The Weights may not be used in ways that expose personal data of users.",
    "You shall not use the outputs for patient care.",
]

NOT_CLINICAL_PRIVACY = [
    "You may use the Model for clinical research and teaching.",
    "You may not use the Licensor's name or logo in connection with patient care.",
]

# Verbless bans in bullets, the harmful kind last of a list of uses named.
VERBLESS_BULLETS = [
    "Restrictions.\n- No profiling, tracking, or weapons/military uses.",
    "Limits.\n- No high-risk or safety-critical decision making.",
    "3. Limits. No crowd monitoring, facial tracking or surveillance applications.",
]

NOT_VERBLESS_BULLETS = [
    "Fees.\n- No fees apply to commercial or military uses.",
    "Scope.\n- No restrictions apply to medical or clinical uses.",
]

# A bulleted list whose lines end without punctuation: each bullet is an item of the lead-in (cited at its own
# line), so a long first item, or one item's exception, hides none of the others.
BULLETED_LISTS = [
    (
        "2) Restricted uses. The following uses are not allowed:\n"
        "   - Resale of the weights on their own or as part of a paid bundle of models sold to customers\n"
        "   - Pornographic or military applications\n"
        "   - Anything beyond the grant",
        5,
    ),
    (
        "You may not use the Model to:\n"
        "- Compete with the Licensor, except for academic benchmarking with the Licensor's consent\n"
        "- Surveil or track individuals\n"
        "- Publish the weights",
        5,
    ),
]

# Paragraphs that open with a label, under a ban lead-in: the categories of a use policy, each an item.
LABELLED_CATEGORIES = [
    "You may not use the Model for any of the following prohibited purposes:\n\n"
    "**Harassment:** sending abusive messages to people.\n\n"
    "**Synthetic training data:** producing outputs to train, refine or otherwise develop student models.",
    "Licensee shall not use the Weights in connection with the following banned activities:\n\n"
    "Fraud: deceiving people for money.\n\n"
    "Model distillation: using generated text to train or improve derivative models.",
]

# The licensor's notice or request ends use: a duty to delete or stop using the model on it (revocable); the
# parties whose notice counts may be listed between the condition and its consequence.
ENDS_USE_ON_NOTICE = [
    ("Upon written notice from the Licensor, you shall promptly cease all use of the Weights.", 3),
    ("You agree to delete the Model and all copies within 30 days of a request by the Author.", 3),
    ("If the Author asks, you must destroy your copies of the Model.", 3),
    ("7. Takedown. If asked to stop by:\n- the Licensor\n- a court\n\nYou must stop using the Model and delete it.", 7),
]

# Termination, a notice of breach, a third party's notice, or data deleted on request: no power of the licensor's.
NOT_ENDS_USE_ON_NOTICE = [
    "Upon termination, you must delete all copies of the Model.",
    "Upon notice from the Licensor of a breach, you must cease using the Model.",
    "If the Licensor notifies you of a violation, you must stop using the Model.",
    "Upon request from a data subject, you must delete their records from your systems.",
    "If notified of a claim by:\n- any rights holder\n- a court\n\nYou must delete the Model.",
    "If notified of a breach by:\n- the Licensor\n\nYou must delete the Model.",
]

# A heading and a dash before a rule addressed to the licensee ("Derivatives - If you ..."): no definition, so
# the distilled models it names make no outputs_make_derivatives; a heading's dash before what the term is does.
HEADING_BEFORE_RULE = [
    "7) Derivatives - If you build distilled or fine-tuned models from the Weights, you may share them only under "
    "this License.",
    "Derivative models: you must license any distilled model under these terms.",
]

HEADING_DEFINES = [
    "2.3 Derivatives of the Model \u2013 Any model distilled from the Model or trained on its outputs.",
    "Derivatives: any model distilled from the Weights, or trained on synthetic data they generate.",
]

# Labelled paragraphs under no ban lead-in: what they say is no ban.
NOT_LABELLED_CATEGORIES = [
    "You may use the Model for the following purposes:\n\nModel research: training student models on outputs.",
    "Definitions used below:\n\nStudent model: a model trained to improve on the outputs of another model.",
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("clause", "params"), MODEL_CLASSES, ids=lambda v: str(v)[:50])
def test_a_training_ban_carries_the_class_of_model_its_verb_governs(
    clause: str, params: dict[str, object], width: int | None
) -> None:
    assert cited(clause, width) == [("no_training_other_models", 3, 3, params)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NO_MODEL_CLASS, ids=lambda v: v[:50])
def test_a_class_named_elsewhere_in_the_sentence_is_no_model_class(clause: str, width: int | None) -> None:
    assert cited(clause, width) == [("no_training_other_models", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DERIVED_TRAINING, ids=lambda v: v[:50])
def test_training_derived_or_student_models_banned_is_a_training_ban(clause: str, width: int | None) -> None:
    last = clause.count("\n") + 3
    assert [found for found in cited(clause, width) if found[0] == "no_training_other_models"] == [
        ("no_training_other_models", last, last, {})
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DERIVED_TRAINING, ids=lambda v: v[:50])
def test_derived_models_trained_with_leave_or_named_untrained_are_no_training_ban(
    clause: str, width: int | None
) -> None:
    assert "no_training_other_models" not in kinds_read(clause, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", DATA_ATTACKS + CLINICAL_PRIVACY, ids=lambda v: v[:50])
def test_attacks_on_training_data_and_clinical_or_privacy_harms_are_acceptable_use(
    clause: str, width: int | None
) -> None:
    assert cited(clause, width) == [("acceptable_use", 3, 3, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_DATA_ATTACKS + NOT_CLINICAL_PRIVACY, ids=lambda v: v[:50])
def test_data_and_clinical_words_banning_no_harmful_use_read_nothing(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", VERBLESS_BULLETS, ids=lambda v: v[:50])
def test_a_verbless_bullet_naming_a_harmful_use_last_is_acceptable_use(clause: str, width: int | None) -> None:
    last = clause.count("\n") + 3
    assert cited(clause, width) == [("acceptable_use", last, last, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("clause", NOT_VERBLESS_BULLETS, ids=lambda v: v[:50])
def test_a_verbless_bullet_of_what_the_licence_lacks_is_no_ban(clause: str, width: int | None) -> None:
    assert kinds_read(clause, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "line"), BULLETED_LISTS, ids=lambda v: str(v)[:50])
def test_each_bullet_of_an_unpunctuated_list_is_an_item_of_its_lead_in(text: str, line: int, width: int | None) -> None:
    assert [found for found in cited(text, width) if found[0] == "acceptable_use"] == [
        ("acceptable_use", line, line, {})
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", LABELLED_CATEGORIES, ids=lambda v: v[:50])
def test_labelled_paragraphs_under_a_ban_lead_in_are_its_items(text: str, width: int | None) -> None:
    # the harassment or fraud category at line 5, the training category at line 7; the lead-in names no kind
    assert cited(text, width) == [("acceptable_use", 5, 5, {}), ("no_training_other_models", 7, 7, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_LABELLED_CATEGORIES, ids=lambda v: v[:50])
def test_labelled_paragraphs_under_no_ban_lead_in_read_nothing(text: str, width: int | None) -> None:
    assert kinds_read(text, width) == set()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "line"), ENDS_USE_ON_NOTICE, ids=lambda v: str(v)[:50])
def test_a_duty_to_stop_using_the_model_on_the_licensors_notice_is_revocable(
    text: str, line: int, width: int | None
) -> None:
    assert cited(text, width) == [("revocable", line, line, {})]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", NOT_ENDS_USE_ON_NOTICE, ids=lambda v: v[:50])
def test_termination_breach_or_anothers_notice_is_not_revocable(text: str, width: int | None) -> None:
    assert "revocable" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", HEADING_BEFORE_RULE, ids=lambda v: v[:50])
def test_a_headings_dash_before_a_rule_defines_no_derivatives(text: str, width: int | None) -> None:
    assert "outputs_make_derivatives" not in kinds_read(text, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("text", HEADING_DEFINES, ids=lambda v: v[:50])
def test_a_headings_dash_before_what_the_term_is_still_defines(text: str, width: int | None) -> None:
    assert cited(text, width) == [("outputs_make_derivatives", 3, 3, {})]
