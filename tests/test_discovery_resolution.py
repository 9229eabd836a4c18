"""Discovery follows what `ast` can resolve without running code, and declared + discovered models merge.

fixtures/projects/discovery-indirection was written for this test only (the resolver was not tuned on
any other project): every model it loads is named through an indirection, and each must be found at
its call.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hf_cache import cache_card, offline_check
from openlint.checking.checker import load_project, run_check
from openlint.discovery import constants
from openlint.discovery.constants import MAX_DEPTH, MAX_MODULES
from openlint.discovery.python_ast import references_in_source
from openlint.discovery.scan import discover

REPO = Path(__file__).resolve().parents[1]
PROJECT = REPO / "fixtures" / "projects" / "discovery-indirection"

# (kind, name, file, line of the call, what can override it)
EXPECTED = {
    ("model", "meta-llama/Llama-3.1-8B-Instruct", "acme_bot/serve.py", 22, None),  # imported constant
    ("model", "meta-llama/Llama-Guard-3-8B", "acme_bot/serve.py", 26, None),  # module constant
    ("model", "acme/embedder-base", "acme_bot/serve.py", 30, None),  # imported concatenation
    ("model", "acme/reranker-v2", "acme_bot/serve.py", 31, None),  # module.attr, f-string
    ("model", "google/siglip-so400m-patch14-384", "acme_bot/serve.py", 37, "environment variable VISION_MODEL"),
    ("model", "openai/whisper-large-v3", "acme_bot/serve.py", 41, "environment variable SPEECH_MODEL"),
    ("model", "facebook/bart-large-cnn", "acme_bot/serve.py", 18, None),  # class constant via self
    ("model", "mistralai/Mistral-7B-v0.3", "acme_bot/finetune.py", 9, None),  # imported dataclass field
    ("model", "distilbert/distilbert-base-uncased-finetuned-sst-2-english", "acme_bot/finetune.py", 15, None),
    (
        "model",
        "Qwen/Qwen2.5-7B-Instruct",
        "acme_bot/hydra_train.py",
        11,
        "Hydra / OmegaConf override model.pretrained=...",
    ),
    ("dataset", "acme/support-tickets", "acme_bot/hydra_train.py", 12, "Hydra / OmegaConf override data.name=..."),
    ("model", "sentence-transformers/all-mpnet-base-v2", "scripts/eval_click.py", 10, "command-line option --model"),
    ("model", "BAAI/bge-m3", "scripts/export_argparse.py", 12, "command-line option --model-name"),
    ("model", "microsoft/phi-4", "scripts/omega.py", 7, "Hydra / OmegaConf override pretrained=..."),
    ("model", "tiiuae/falcon-7b", "scripts/quantize_typer.py", 12, "command-line option --model"),
    ("model", "HuggingFaceTB/SmolLM2-1.7B", "scripts/quantize_typer.py", 17, "command-line option --model-id"),
    ("model", None, "scripts/still_dynamic.py", 7, None),  # sys.argv: really computed at run time
}


def test_indirection_fixture_finds_every_model_at_its_call() -> None:
    refs = discover(PROJECT)
    assert {(r.kind, r.name, r.path, r.line, r.overridable) for r in refs} == EXPECTED
    assert len(refs) == len(EXPECTED)
    for ref in refs:  # the line is the call, not where the value was written
        line = (PROJECT / ref.path).read_text(encoding="utf-8").splitlines()[ref.line - 1]
        assert ref.how.removesuffix("()") in line


def _refs(source: str) -> list[tuple[str | None, int]]:
    return [(r.name, r.line) for r in references_in_source(source, "x.py")]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("M = 'org/a'\nfrom_pretrained(M)\n", [("org/a", 2)]),
        ("A = 'org'\nB = A + '/b'\nfrom_pretrained(B)\n", [("org/b", 3)]),
        ("O = 'org'\nfrom_pretrained(f'{O}/c')\n", [("org/c", 2)]),
        ("O = 'org'\nfrom_pretrained('{}/d'.format(O))\n", [("org/d", 2)]),
        ("import os\nfrom_pretrained(os.getenv('M', 'org/e'))\n", [("org/e", 2)]),
        ("import os\nfrom_pretrained(os.environ.get('M', 'org/f'))\n", [("org/f", 2)]),
        ("import os\nfrom_pretrained(os.environ.get('M') or 'org/g')\n", [("org/g", 2)]),
        ("import os\nfrom_pretrained(os.environ['M'])\n", [(None, 2)]),  # no default
        ("import os\nfrom_pretrained(os.getenv('M'))\n", [(None, 2)]),
        ("M = 'org/a'\nM = 'org/b'\nfrom_pretrained(M)\n", [(None, 3)]),  # reassigned: not a constant
        ("M = 'org/a'\nM = 'org/a'\nfrom_pretrained(M)\n", [("org/a", 3)]),
        ("def f(m='org/h'):\n    return from_pretrained(m)\n", [("org/h", 2)]),
        ("def f(m):\n    return from_pretrained(m)\n", [(None, 2)]),
        ("def f():\n    m = 'org/i'\n    return from_pretrained(m)\n", [("org/i", 3)]),
        ("class C:\n    M = 'org/j'\nfrom_pretrained(C.M)\n", [("org/j", 3)]),
        ("A = B\nB = A\nfrom_pretrained(A)\n", [(None, 3)]),  # a cycle ends, unresolved
        ("M = 'not a model name!'\nfrom_pretrained(M)\n", [(None, 2)]),
        ("M = 3\nfrom_pretrained(M)\n", [(None, 2)]),
        ("from_pretrained(f'{x:>10}')\n", [(None, 1)]),  # a format spec is not followed
    ],
)
def test_resolution_cases(source: str, expected: list[tuple[str | None, int]]) -> None:
    assert _refs(source) == expected


def _chain(hops: int) -> str:
    return "N0 = 'org/deep'\n" + "".join(f"N{i + 1} = N{i}\n" for i in range(hops)) + f"from_pretrained(N{hops})\n"


def test_deep_chains_are_bounded() -> None:
    assert _refs(_chain(200)) == [(None, 202)]  # beyond MAX_DEPTH: reported as computed, never a RecursionError
    # the boundary: the call's argument is depth 0, so MAX_DEPTH - 1 name hops still reach the string
    assert _refs(_chain(MAX_DEPTH - 1)) == [("org/deep", MAX_DEPTH + 1)]
    assert _refs(_chain(MAX_DEPTH)) == [(None, MAX_DEPTH + 2)]


def test_step_budget_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    """MAX_STEPS expressions are evaluated for one file: n name hops are n + 2 (n + 1 names, one string)."""
    monkeypatch.setattr(constants, "MAX_STEPS", 5)
    assert _refs(_chain(3)) == [("org/deep", 5)]
    assert _refs(_chain(4)) == [(None, 6)]


def test_module_budget_boundary(tmp_path: Path) -> None:
    """One file may read MAX_MODULES other project modules; the next import is left unresolved."""
    count = MAX_MODULES + 1
    for i in range(count):
        (tmp_path / f"m{i}.py").write_text(f"M{i} = 'org/m{i}'\n", encoding="utf-8")
    imports = "".join(f"from m{i} import M{i}\n" for i in range(count))
    calls = "".join(f"from_pretrained(M{i})\n" for i in range(count))
    (tmp_path / "app.py").write_text(imports + calls, encoding="utf-8")
    refs = sorted((r.line, r.name) for r in discover(tmp_path) if r.path == "app.py")
    assert refs == [(count + i + 1, f"org/m{i}") for i in range(MAX_MODULES)] + [(2 * count, None)]


def test_imports_stay_inside_the_project(tmp_path: Path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text("M = 'org/outside'\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.py").write_text("from outside import M\nfrom_pretrained(M)\n", encoding="utf-8")
    (project / "conf").mkdir()
    (project / "hyd.py").write_text(
        "import hydra\n@hydra.main(config_path='../', config_name='cfg')\ndef main(cfg):\n    from_pretrained(cfg.m)\n",
        encoding="utf-8",
    )
    (tmp_path / "cfg.yaml").write_text("m: org/outside-yaml\n", encoding="utf-8")
    assert {(r.path, r.name) for r in discover(project)} == {("app.py", None), ("hyd.py", None)}


def test_yaml_aliases_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("a: &x org/aliased\nm: *x\nn: org/plain\n", encoding="utf-8")
    (tmp_path / "app.py").write_text(
        "from omegaconf import OmegaConf\nc = OmegaConf.load('c.yaml')\nfrom_pretrained(c.m)\n", encoding="utf-8"
    )
    assert [(r.name, r.line) for r in discover(tmp_path)] == [(None, 3)]


def _check_json(project: Path, cache: Path) -> dict[str, object]:
    proc = offline_check(project, cache, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    doc: dict[str, object] = json.loads(proc.stdout)
    return doc


def test_declaring_one_model_does_not_switch_discovery_off(tmp_path: Path) -> None:
    doc = _check_json(PROJECT, tmp_path / "empty-cache")
    findings = doc["findings"]
    assert isinstance(findings, list)
    undeclared = sorted(
        (f["model"], f["location"]["path"], f["location"]["line"]) for f in findings if f["rule"] == "OL425"
    )
    # every discovered model except the declared Llama 3.1 (and the computed name, which names none)
    assert len(undeclared) == len(EXPECTED) - 2
    assert ("meta-llama/Llama-Guard-3-8B", "acme_bot/serve.py", 26) in undeclared
    assert not any(f["rule"] == "OL425" and f["model"] == "meta-llama/Llama-3.1-8B-Instruct" for f in findings)
    overridable = sorted(f["model"] for f in findings if f["rule"] == "OL426")
    assert len(overridable) == sum(1 for e in EXPECTED if e[4] is not None)
    origins = {m["model"]: m["origin"] for m in doc["summary"]["models"]}  # type: ignore[index]
    assert origins["acme/embedder-base"] == (
        "discovered (name via EMBEDDER_ID from acme_bot/settings.py <- ORG from acme_bot/settings.py)"
    )
    computed = [f for f in findings if f["rule"] == "OL407"]
    assert [(f["location"]["path"], f["location"]["line"]) for f in computed] == [("scripts/still_dynamic.py", 7)]


def test_discovered_model_findings_point_at_the_call_with_the_use_related(tmp_path: Path) -> None:
    cache = tmp_path / "hub"
    cache_card(cache, "meta-llama/Llama-Guard-3-8B", "---\nlicense: llama3.1\n---\n# Llama Guard 3\n")
    doc = _check_json(PROJECT, cache)
    findings = doc["findings"]
    assert isinstance(findings, list)
    guard = [f for f in findings if f["model"] == "meta-llama/Llama-Guard-3-8B" and f["rule"] == "OL201"]
    assert len(guard) == 1
    assert guard[0]["location"] == {"path": "acme_bot/serve.py", "line": 26}
    related = [(r["path"], r["line"]) for r in guard[0]["related_locations"]]
    assert related[0] == ("pyproject.toml", 7)  # distribution = ["saas"]: the use that triggers the duty
    declared = [f for f in findings if f["model"] == "meta-llama/Llama-3.1-8B-Instruct" and f["rule"] == "OL201"]
    assert declared[0]["location"] == {"path": "pyproject.toml", "line": 7}
    assert ("acme_bot/serve.py", 22) in [(r["path"], r["line"]) for r in declared[0]["related_locations"]]


def test_declaration_covers_a_local_directory_by_path(tmp_path: Path) -> None:
    (tmp_path / "models" / "orion").mkdir(parents=True)
    (tmp_path / "models" / "orion" / "README.md").write_text("---\nlicense: mit\n---\n", encoding="utf-8")
    (tmp_path / "models" / "orion" / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "app.py").write_text("from_pretrained('./models/orion')\n", encoding="utf-8")
    (tmp_path / "openlint.toml").write_text('[[models]]\nid = "orion"\npath = "models/orion"\n', encoding="utf-8")
    report = run_check(load_project(tmp_path, environ={}), relative_to=tmp_path)
    assert [m.label for m in report.models] == ["orion"]
    assert not [f for f in report.findings if f.rule == "OL425"]


def test_exponential_and_cyclic_definitions_stay_bounded(tmp_path: Path) -> None:
    import time

    doubling = "".join(f"A{i} = A{i + 1} + A{i + 1}\n" for i in range(40)) + "A40 = 'x'\n"
    calls = "".join(f"m{i} = from_pretrained(A0)\n" for i in range(500))
    (tmp_path / "bomb.py").write_text(doubling + calls, encoding="utf-8")
    (tmp_path / "a.py").write_text("from b import M\nfrom_pretrained(M)\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from a import M\nfrom_pretrained(M)\n", encoding="utf-8")
    start = time.monotonic()
    refs = discover(tmp_path)
    assert time.monotonic() - start < 60  # a generous bound: the step budget keeps it to seconds
    assert {(r.path, r.name) for r in refs} == {("bomb.py", None), ("a.py", None), ("b.py", None)}


def test_pydantic_settings_fields_are_overridable_by_environment() -> None:
    source = (
        "from pydantic_settings import BaseSettings\n"
        "from pydantic import BaseModel\n"
        "class Settings(BaseSettings):\n    model_name: str = 'org/settings'\n"
        "class Plain(BaseModel):\n    other: str = 'org/plain'\n"
        "def load(s: Settings, p: Plain):\n"
        "    from_pretrained(s.model_name)\n"
        "    from_pretrained(p.other)\n"
    )
    refs = [(r.name, r.line, r.overridable) for r in references_in_source(source, "x.py")]
    assert refs == [
        ("org/settings", 8, "environment variable MODEL_NAME (pydantic-settings)"),
        ("org/plain", 9, None),
    ]


def test_hydra_compose_api(tmp_path: Path) -> None:
    (tmp_path / "conf" / "model").mkdir(parents=True)
    (tmp_path / "conf" / "eval.yaml").write_text("defaults:\n  - model: small\n", encoding="utf-8")
    (tmp_path / "conf" / "model" / "small.yaml").write_text("id: org/composed\n", encoding="utf-8")
    (tmp_path / "notebook.py").write_text(
        "from hydra import compose, initialize\n"
        "with initialize(version_base=None, config_path='conf'):\n"
        "    cfg = compose(config_name='eval')\n"
        "model = from_pretrained(cfg.model.id)\n",
        encoding="utf-8",
    )
    refs = [(r.name, r.path, r.line, r.note) for r in discover(tmp_path)]
    assert refs == [("org/composed", "notebook.py", 4, "via model.id in conf/model/small.yaml")]
