"""The vocabularies in rules/ (model classes, territories ...) as the engine reads them."""

from __future__ import annotations

import pytest


def test_the_model_classes_file_is_read_once_for_both_views(monkeypatch: pytest.MonkeyPatch) -> None:
    from openlint.core import vocabulary

    vocabulary._classes.cache_clear()
    vocabulary.model_classes.cache_clear()
    vocabulary.generative_classes.cache_clear()
    opened: list[str] = []
    load = vocabulary._load
    monkeypatch.setattr(vocabulary, "_load", lambda name: opened.append(name) or load(name))
    assert "large-language-model" in vocabulary.model_classes()
    assert "large-language-model" in vocabulary.generative_classes()
    assert opened == ["model-classes.toml"]
