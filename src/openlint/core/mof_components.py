"""The Model Openness Framework's components, their kinds, and the classes that need them."""

from __future__ import annotations

from typing import Literal

ComponentType = Literal["code", "model", "data", "document"]

# name as the Model Openness Tool spells it -> (kind of artefact, lowest MOF class needing it or None)
COMPONENTS: dict[str, tuple[ComponentType, int | None]] = {
    "Model architecture": ("code", 3),
    "Model parameters (Final)": ("model", 3),
    "Model card": ("document", 3),
    "Data card": ("document", 3),
    "Technical report": ("document", 3),
    "Evaluation results": ("document", 3),
    "Sample model outputs": ("data", None),
    "Training code": ("code", 2),
    "Inference code": ("code", 2),
    "Evaluation code": ("code", 2),
    "Evaluation data": ("data", 2),
    "Supporting libraries and tools": ("code", None),
    "Data preprocessing code": ("code", 1),
    "Model parameters (Intermediate)": ("model", 1),
    "Datasets": ("data", 1),
    "Research paper": ("document", 1),
    "Model metadata": ("model", None),
}


def required_for(mof_class: int) -> list[str]:
    """Components a class needs (classes are cumulative: Class I needs II's and III's too)."""
    return [name for name, (_, lowest) in COMPONENTS.items() if lowest is not None and lowest >= mof_class]


# OSAID 1.0 preferred form: data information, complete code, parameters.
OSAID_CODE = ("Data preprocessing code", "Training code", "Evaluation code", "Inference code", "Model architecture")
OSAID_PARAMETERS = ("Model parameters (Final)",)
OSAID_DATA_INFORMATION = ("Datasets", "Data card")  # either the data, or a complete description of it

# The summary readers of this debate know.
SUMMARY_ROWS: tuple[tuple[str, str], ...] = (
    ("weights", "Model parameters (Final)"),
    ("training code", "Training code"),
    ("intermediate checkpoints", "Model parameters (Intermediate)"),
    ("training dataset", "Datasets"),
    ("data composition (data card)", "Data card"),
)

# Short names accepted in `[tool.openlint.release]` (besides the MOT names, in any case).
ALIASES: dict[str, str] = {
    "architecture": "Model architecture",
    "weights": "Model parameters (Final)",
    "parameters": "Model parameters (Final)",
    "final-parameters": "Model parameters (Final)",
    "checkpoints": "Model parameters (Intermediate)",
    "intermediate-parameters": "Model parameters (Intermediate)",
    "model-card": "Model card",
    "data-card": "Data card",
    "technical-report": "Technical report",
    "evaluation-results": "Evaluation results",
    "sample-outputs": "Sample model outputs",
    "training-code": "Training code",
    "inference-code": "Inference code",
    "evaluation-code": "Evaluation code",
    "evaluation-data": "Evaluation data",
    "supporting-libraries": "Supporting libraries and tools",
    "data-preprocessing-code": "Data preprocessing code",
    "preprocessing-code": "Data preprocessing code",
    "datasets": "Datasets",
    "training-data": "Datasets",
    "research-paper": "Research paper",
    "paper": "Research paper",
    "model-metadata": "Model metadata",
}


def component_name(name: str) -> str | None:
    """The MOF component a user-written name means, or None."""
    wanted = name.strip().lower()
    for known in COMPONENTS:
        if known.lower() == wanted:
            return known
    return ALIASES.get(wanted.replace("_", "-").replace(" ", "-"))
