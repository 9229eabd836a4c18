"""Known Hub ids (rules/known-models.toml, rules/modality.toml) count for a model's bases, offline."""

from __future__ import annotations

from pathlib import Path

from openlint.sources.modality import model_modality


def _card(tmp_path: Path, front: str) -> Path:
    directory = tmp_path / "ft"
    directory.mkdir()
    (directory / "README.md").write_text(f"---\n{front}---\n# ft\n", encoding="utf-8")
    return directory


def test_meta_llama_ids_map_to_their_llama_licence() -> None:
    from openlint.sources.known_models import known_license

    assert known_license("meta-llama/Llama-3.1-8B-Instruct") == "llama3.1"
    assert known_license("meta-llama/Meta-Llama-3.1-70B") == "llama3.1"
    assert known_license("meta-llama/Llama-3.3-70B-Instruct") == "llama3.3"
    assert known_license("meta-llama/Llama-Guard-3-1B") == "llama3.2"
    assert known_license("acme/Llama-3.1-8B-Instruct") is None  # a namespace openlint does not know
    assert known_license("Llama-3.1-8B-Instruct") is None


def test_multimodal_base_outranks_the_derivatives_text_tag(tmp_path: Path) -> None:
    # Fails before: the card's pipeline_tag decided "text" and the base id was never read.
    directory = _card(tmp_path, "base_model: meta-llama/Llama-3.2-11B-Vision-Instruct\npipeline_tag: text-generation\n")
    told = model_modality("acme/ft", directory)
    assert told is not None and told[0] == "multimodal"


def test_base_known_text_counts_when_the_card_says_nothing(tmp_path: Path) -> None:
    # Fails before: nothing said, modality unknown.
    directory = _card(tmp_path, "base_model:\n- meta-llama/Llama-3.2-3B-Instruct\n")
    told = model_modality("acme/ft", directory)
    assert told is not None and told[0] == "text"


def test_card_tag_still_decides_over_a_text_base(tmp_path: Path) -> None:
    directory = _card(tmp_path, "base_model: meta-llama/Llama-3.3-70B-Instruct\npipeline_tag: image-text-to-text\n")
    told = model_modality("acme/ft", directory)
    assert told is not None and told[0] == "multimodal"
