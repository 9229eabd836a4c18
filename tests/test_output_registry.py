"""The one output layer: every (command, format) has one renderer, and versions come from one module."""

from __future__ import annotations

import json

import pytest

from openlint import schema_versions
from openlint.cli.main import build_parser
from openlint.core.explanation import explain
from openlint.output import registry


def test_every_command_has_its_formats_default_first() -> None:
    groups = {name: group for name, group in vars(registry).items() if isinstance(group, registry.Renderers)}
    assert {name: group.formats() for name, group in groups.items()} == {
        "CHECK": ("text", "json", "sarif", "github", "markdown"),
        "EXPLAIN": ("text", "json"),
        "READING": ("text", "json"),
        "OPENNESS": ("text", "json"),
        "DEPS": ("text", "json"),
        "COMBINE": ("text", "json"),
    }


@pytest.mark.parametrize(
    ("command", "group"),
    [
        ("check", registry.CHECK),
        ("explain", registry.EXPLAIN),
        ("openness", registry.OPENNESS),
        ("deps", registry.DEPS),
        ("combine", registry.COMBINE),
    ],
)
def test_cli_format_choices_are_the_registry_formats(command: str, group: registry.Renderers[object]) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    fmt = next(a for a in sub.choices[command]._actions if a.dest == "format")  # type: ignore[index]
    assert tuple(fmt.choices) == group.formats()


def test_unknown_format_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no 'sarif' format"):
        registry.EXPLAIN.render("sarif", explain("MIT"))


def test_json_documents_carry_the_versions_of_schema_versions() -> None:
    explained = json.loads(registry.EXPLAIN.render("json", explain("MIT")))
    assert explained["schema_version"] == schema_versions.EXPLAIN == 1
    deps = json.loads(registry.DEPS.render("json", registry.DepsDocument([], None)))
    assert deps == {"schema_version": schema_versions.DEPS, "allowed": None, "dependencies": []}
    openness = json.loads(registry.OPENNESS.render("json", []))
    assert openness["schema_version"] == schema_versions.OPENNESS == 2
