"""Red-team class (redB): material the project loads as training data (a dataset key of a training config) whose
licence bans training is decided by the declared fine-tune: OL106 blocks. The same material loaded under a model key,
or not loaded, is not training data: OL106 asks for trains-other-models as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check

LICENCE = (
    "CORPUS LICENCE\n\n1. Grant. You may copy and analyse the Corpus.\n\n"
    "2. The Corpus may not be used to train or fine-tune any machine learning model.\n"
)


def _ol106(tmp_path: Path, use: str, config: str | None) -> list[tuple[str, bool]]:
    data = tmp_path / "data" / "corpus"
    data.mkdir(parents=True)
    (data / "LICENSE").write_text(LICENCE, encoding="utf-8")
    (data / "README.md").write_text("---\nlicense: other\nlicense_link: LICENSE\n---\n", encoding="utf-8")
    if config is not None:
        (tmp_path / "configs").mkdir()
        (tmp_path / "configs" / "train.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(
        f'[use]\ncommercial = true\n{use}\n[[models]]\nid = "acme/corpus"\npath = "data/corpus"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    return [(f.severity, f.undecided) for f in report.findings if f.rule == "OL106" and f.model == "acme/corpus"]


@pytest.mark.parametrize("key", ["dataset_name", "train_dataset", "dataset"])
def test_a_banned_corpus_loaded_as_training_data_blocks_a_fine_tune(tmp_path: Path, key: str) -> None:
    assert _ol106(tmp_path, "fine-tunes = true", f"{key}: acme/corpus\n") == [("error", False)]


def test_loaded_as_training_data_but_nothing_trained_is_clear(tmp_path: Path) -> None:
    assert _ol106(tmp_path, "fine-tunes = false\ntrains-other-models = false", "dataset_name: acme/corpus\n") == []


@pytest.mark.parametrize("config", [None, "model_name_or_path: acme/corpus\n"], ids=["not-loaded", "model-key"])
def test_not_loaded_as_training_data_the_ban_still_asks(tmp_path: Path, config: str | None) -> None:
    assert _ol106(tmp_path, "fine-tunes = true", config) == [("note", True)]
