"""A base model, merge parent or licence link named by Hub id (`org/name`) and kept in the project (a declaration's
`path` for that id, else a folder `<org>/<name>` at most two folders below the root) is read from the project,
offline (fix5a, scenarios-blind5 class: base models kept as models/<org>/<name> were unresolved, OL409)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.core.config import Config

NC_CARD = "---\nlicense: cc-by-nc-4.0\n---\n# base\n"
ADAPTER = "---\nlicense: mit\nbase_model: heron-labs/heron-7b\nbase_model_relation: adapter\n---\n# lora\n"
USE = '[tool.openlint.use]\ncommercial = false\nproduction = false\ndistribution = ["derivative-weights"]\n'


def _project(root: Path, models: str = "", extra: str = "") -> Path:
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "p"\nversion = "0"\n\n[tool.openlint]\n\n{USE}{extra}\n'
        + (models or '[[tool.openlint.models]]\nid = "acme/lora"\npath = "models/lora"\n'),
        encoding="utf-8",
    )
    (root / "models" / "lora").mkdir(parents=True, exist_ok=True)
    (root / "models" / "lora" / "README.md").write_text(ADAPTER, encoding="utf-8")
    return root


def _card(directory: Path, text: str = NC_CARD) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "README.md").write_text(text, encoding="utf-8")


def _findings(root: Path) -> list[tuple[str, str]]:
    report = run_check(load_project(root, environ={}), use_baseline=False, relative_to=root)
    return [(f.rule, f.severity) for f in report.findings if f.rule in ("OL408", "OL409", "OL405", "OL101", "OL411")]


def _config(root: Path) -> Config:
    return load_project(root, environ={})


@pytest.mark.parametrize(
    "where",
    [
        "models/heron-labs/heron-7b",
        "heron-labs/heron-7b",
        "third_party/models/heron-labs/heron-7b",
        "Models/Heron-Labs/HERON-7B",
    ],
)
def test_a_base_kept_as_org_name_is_followed(tmp_path: Path, where: str) -> None:
    from openlint.sources.project_copy import project_copy

    root = _project(tmp_path)
    _card(root / where)
    assert project_copy("heron-labs/heron-7b", _config(root)) == (root / where).resolve()
    assert _findings(root) == [("OL408", "error")]  # the mit tag drops the base's non-commercial term


@pytest.mark.parametrize(
    "where",
    [
        "models/heron-7b",  # a bare name: another organisation's model of that name could be meant
        "models/other-labs/heron-7b",  # another organisation
        "a/b/c/heron-labs/heron-7b",  # deeper than two folders below the root
        ".cache/heron-labs/heron-7b",  # hidden folders are not searched
        "node_modules/heron-labs/heron-7b",
    ],
)
def test_near_misses_stay_unresolved(tmp_path: Path, where: str) -> None:
    from openlint.sources.project_copy import project_copy

    root = _project(tmp_path)
    _card(root / where)
    assert project_copy("heron-labs/heron-7b", _config(root)) is None
    assert _findings(root) == [("OL409", "note")]


def test_a_folder_without_a_model_card_is_no_copy(tmp_path: Path) -> None:
    from openlint.sources.project_copy import project_copy

    root = _project(tmp_path)
    (root / "models" / "heron-labs" / "heron-7b").mkdir(parents=True)
    (root / "models" / "heron-labs" / "heron-7b" / "notes.txt").write_text("x\n", encoding="utf-8")
    assert project_copy("heron-labs/heron-7b", _config(root)) is None


def test_a_declaration_gives_the_hub_id_its_directory(tmp_path: Path) -> None:
    from openlint.sources.project_copy import project_copy

    declared = (
        '[[tool.openlint.models]]\nid = "acme/lora"\npath = "models/lora"\n\n'
        '[[tool.openlint.models]]\nid = "Heron-Labs/heron-7b"\npath = "vendor/heron"\n'
    )
    root = _project(tmp_path, models=declared)
    _card(root / "vendor" / "heron")
    assert project_copy("heron-labs/heron-7b", _config(root)) == (root / "vendor" / "heron").resolve()
    report = run_check(load_project(root, environ={}), use_baseline=False, relative_to=root)
    lora = [f for f in report.findings if f.rule == "OL408"]
    assert [f.model for f in lora] == ["acme/lora"]


def test_merge_parents_kept_in_the_project_are_checked_for_conflicts(tmp_path: Path) -> None:
    merge = (
        "---\nlicense: cc-by-nc-sa-4.0\nbase_model:\n- wren-lab/wren-7b\n- finch-lab/finch-7b\n"
        "base_model_relation: merge\n---\n"
    )
    root = _project(tmp_path)
    (root / "models" / "lora" / "README.md").write_text(merge, encoding="utf-8")
    _card(root / "checkpoints" / "wren-lab" / "wren-7b", "---\nlicense: cc-by-sa-4.0\n---\n")
    _card(root / "checkpoints" / "finch-lab" / "finch-7b", "---\nlicense: cc-by-nc-sa-4.0\n---\n")
    assert _findings(root) == [("OL411", "error")]


@pytest.mark.parametrize(
    ("link", "repo"),
    [
        ("https://huggingface.co/Kwai-Kolors/Kolors/blob/main/MODEL_LICENSE", "Kwai-Kolors/Kolors"),
        ("https://hf.co/heron-labs/heron-7b/resolve/v1/LICENSE", "heron-labs/heron-7b"),
        ("https://huggingface.co/heron-labs/heron-7b", "heron-labs/heron-7b"),
        ("https://huggingface.co/datasets/heron-labs/heron-data/blob/main/LICENSE", None),
        ("https://huggingface.co/spaces/heron-labs/demo/blob/main/LICENSE", None),
        ("https://example.com/heron-labs/heron-7b/blob/main/LICENSE", None),
        ("LICENSE", None),
        ("https://huggingface.co/heron-labs/../x/blob/main/LICENSE", None),
    ],
)
def test_linked_repo(link: str, repo: str | None) -> None:
    from openlint.sources.license_text import linked_repo

    assert linked_repo(link) == repo


CAPPED = (
    "HERON COMMUNITY LICENSE\n\n1. Grant. Heron Labs grants you a non-exclusive, worldwide, royalty-free licence to"
    " use, reproduce, modify and distribute the Model.\n\n2. If the products or services of you and your affiliates had"
    " more than 50,000,000 monthly active users in the preceding calendar month, you must request a separate licence"
    " from Heron Labs, which Heron Labs may grant in its sole discretion.\n"
)
QUANT = (
    "---\nlicense: other\nlicense_name: heron-community-license\n"
    "license_link: https://huggingface.co/heron-labs/heron-7b/blob/main/LICENSE\n---\n# int4\n"
)


def _quant_project(root: Path, users: int) -> Path:
    (root / "pyproject.toml").write_text(
        '[project]\nname = "q"\nversion = "0"\n\n[tool.openlint]\n\n[tool.openlint.use]\ncommercial = true\n'
        f'production = true\ndistribution = ["saas"]\nmonthly-active-users = {users}\n\n'
        '[[tool.openlint.models]]\nid = "q/int4"\npath = "models/int4"\n',
        encoding="utf-8",
    )
    _card(root / "models" / "int4", QUANT)
    return root


@pytest.mark.parametrize(("users", "expected"), [(80_000_000, [("OL101", "error")]), (30_000_000, [])])
def test_a_licence_link_into_a_repository_kept_in_the_project_reads_its_licence(
    tmp_path: Path, users: int, expected: list[tuple[str, str]]
) -> None:
    root = _quant_project(tmp_path, users)
    _card(root / "models" / "heron-labs" / "heron-7b", "---\nlicense: other\nlicense_name: heron\n---\n")
    (root / "models" / "heron-labs" / "heron-7b" / "LICENSE").write_text(CAPPED, encoding="utf-8")
    assert _findings(root) == expected


def test_a_licence_link_into_a_repository_not_kept_stays_unknown(tmp_path: Path) -> None:
    root = _quant_project(tmp_path, 80_000_000)
    assert _findings(root) == [("OL405", "error")]


COMMERCIAL = '[tool.openlint.use]\ncommercial = true\nproduction = true\ndistribution = ["saas"]\n'


def _rules(root: Path) -> list[tuple[str, str, str]]:
    report = run_check(load_project(root, environ={}), use_baseline=False, relative_to=root)
    return sorted((f.rule, f.severity, f.model) for f in report.findings if f.severity == "error")


@pytest.mark.parametrize(("where", "expected"), [("models/heron-labs/heron-7b", "OL104"), ("models/heron-7b", "OL401")])
def test_a_model_declared_by_hub_id_alone_is_read_from_the_project_copy(
    tmp_path: Path, where: str, expected: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "p"\nversion = "0"\n\n[tool.openlint]\n\n{COMMERCIAL}\n'
        '[[tool.openlint.models]]\nid = "heron-labs/heron-7b"\n',
        encoding="utf-8",
    )
    _card(tmp_path / where)
    assert _rules(tmp_path) == [(expected, "error", "heron-labs/heron-7b")]


@pytest.mark.parametrize(
    ("where", "expected"), [("models/heron-labs/heron-7b", ("OL104", "error")), (None, ("OL406", "warning"))]
)
def test_a_hub_id_the_code_loads_is_read_from_the_project_copy_once(
    tmp_path: Path, where: str | None, expected: tuple[str, str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "p"\nversion = "0"\n\n[tool.openlint]\n\n{COMMERCIAL}', encoding="utf-8"
    )
    (tmp_path / "app.py").write_text(
        'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("heron-labs/heron-7b")\n',
        encoding="utf-8",
    )
    if where is not None:
        _card(tmp_path / where)
        (tmp_path / where / "model.safetensors").write_bytes(b"\0" * 8)  # also a local model directory
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False, relative_to=tmp_path)
    shown = [(f.rule, f.severity) for f in report.findings if f.rule in ("OL104", "OL406")]
    assert shown == [expected]  # one model, not the Hub id and its folder apart
    assert {f.model for f in report.findings} == {"heron-labs/heron-7b"}
