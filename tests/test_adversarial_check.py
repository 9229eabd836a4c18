"""`openlint check` on hostile repositories built at test time: special files, device symlinks, deep
and wide trees, parser bombs. Each run is a subprocess under a timeout and an address-space cap
(tests/hostile.py), so a regression fails here instead of hanging or exhausting CI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import MEMORY, TIMEOUT, make_deep, no_traceback, remove_deep, run

USE = '[tool.openlint.use]\ndistribution = ["weights"]\n'


def _project(tmp_path: Path, body: str = "") -> Path:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(f"[project]\nname = 'p'\n[tool.openlint]\n{body}", encoding="utf-8")
    return project


def _findings(proc: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    doc = json.loads(proc.stdout)
    return sorted((f["rule"], f["message"]) for f in doc["findings"])


def _not_checked(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return sorted(message for rule, message in _findings(proc) if rule == "OL420")


@pytest.mark.parametrize("name", ["app.py", "configs/train.yaml", "configs/train.json"])
def test_a_fifo_is_reported_not_read(tmp_path: Path, name: str) -> None:
    project = _project(tmp_path)
    (project / name).parent.mkdir(exist_ok=True)
    os.mkfifo(project / name)
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert proc.returncode == 1
    assert _not_checked(proc) == [f"{name}: not checked: is a FIFO, not a regular file"]


def test_a_symlink_to_dev_zero_is_reported_not_read(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "data.json").symlink_to("/dev/zero")
    (project / "model.py").symlink_to("/dev/zero")
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert proc.returncode == 1
    assert _not_checked(proc) == [
        "data.json: not checked: is a character device, not a regular file",
        "model.py: not checked: is a character device, not a regular file",
    ]


def test_a_clean_project_is_not_flagged(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "app.py").write_text("print('hello')\n", encoding="utf-8")
    proc = run("check", str(project), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert _not_checked(proc) == []


def test_a_fifo_model_card_does_not_block(tmp_path: Path) -> None:
    project = _project(tmp_path)
    model = project / "models" / "m"
    model.mkdir(parents=True)
    (model / "model.safetensors").write_bytes(b"\0")
    os.mkfifo(model / "README.md")
    os.mkfifo(project / "README.md")
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert proc.returncode == 1  # the model's terms could not be read: the gate does not pass
    assert _not_checked(proc) == [
        "README.md: not checked: is a FIFO, not a regular file",
        "models/m/README.md: not checked: is a FIFO, not a regular file",
    ]
    assert "OL406" in {rule for rule, _ in _findings(proc)}  # and the model's licence is unresolved


def test_license_files_that_are_devices_or_huge_are_bounded(tmp_path: Path) -> None:
    release = tmp_path / "acme-x"
    release.mkdir()
    (release / "README.md").write_text("---\nlicense: other\n---\n", encoding="utf-8")
    (release / "model.safetensors").write_bytes(b"\0")
    (release / "LICENSE").symlink_to("/dev/zero")
    with open(release / "LICENSE-HUGE", "wb") as handle:  # 3 GB, sparse: no disk used
        handle.truncate(3_000_000_000)
    for command in (["check", str(release)], ["openness", str(release)], ["explain", str(release)]):
        proc = run(*command, cwd=tmp_path)
        no_traceback(proc)
        assert proc.returncode in (0, 1, 2), proc.stderr


def test_a_tree_deeper_than_python_recurses(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    project = _project(tmp_path)
    make_deep(project, 1100, {"app.py": "m = AutoModel.from_pretrained('acme/deep')\n"})
    request.addfinalizer(lambda: remove_deep(project))
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert proc.returncode == 1
    [gap] = _not_checked(proc)
    assert gap.endswith("not checked: directories nested deeper than 64 levels")
    assert gap.count("d/") == 63  # the 64th level is where the walk stopped


def test_the_file_budget_is_reported_not_silently_ok(tmp_path: Path) -> None:
    project = _project(tmp_path)
    data = project / "data"
    data.mkdir()
    for n in range(20_000):  # with pyproject.toml: one file over the budget
        (data / f"{n:05}.txt").touch()
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert proc.returncode == 1
    assert _not_checked(proc) == [".: not checked: discovery stopped after 20000 files"]
    (data / "00000.txt").unlink()  # exactly at the budget: everything was checked
    proc = run("check", str(project), "--format", "json")
    assert proc.returncode == 0 and _not_checked(proc) == []


LOADS = "\nAutoModel.from_pretrained('org/name')\n"


@pytest.mark.parametrize(
    ("source", "too_deep"),
    # A file that names a loader must be parsed: one nested beyond the parser's limits is reported as not
    # checked, never skipped. A file naming no loader is not parsed at all, so it cannot hide a model.
    [
        ("x = " + "-" * 200_000 + "1" + LOADS, True),
        ("x = " + "1+" * 200_000 + "1" + LOADS, True),
        ("x = " + "-" * 200_000 + "1\n", False),
        ("x = " + "(" * 100 + ")" * 100 + "\n", False),
    ],
    ids=["unary", "binary", "no-loader", "parens"],
)
def test_deeply_nested_python_is_reported(tmp_path: Path, source: str, too_deep: bool) -> None:
    project = _project(tmp_path)
    (project / "gen.py").write_text(source, encoding="utf-8")
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    if too_deep:
        assert _not_checked(proc) == ["gen.py: not checked: nested too deeply to parse"]
    else:
        assert proc.returncode == 0 and _not_checked(proc) == []


def test_a_yaml_alias_bomb_in_a_training_config_is_bounded(tmp_path: Path) -> None:
    project = _project(tmp_path)
    lines = ["a0: &a0 [model_name_or_path, acme/x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    (project / "train.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (project / "train.yaml").stat().st_size < 1024
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert _not_checked(proc) == ["train.yaml: not checked: YAML aliases are not accepted"]


def test_a_large_training_config_is_linear(tmp_path: Path) -> None:
    """An 880 KB JSON config naming thousands of models: the line lookup was a scan per value."""
    project = _project(tmp_path)
    items = [{"model_name_or_path": f"org{n}/model-{n}"} for n in range(20_000)]
    text = "[\n" + ",\n".join(json.dumps(item) for item in items) + "\n]\n"
    assert 800_000 < len(text) < 1_000_000
    (project / "runs.json").write_text(text, encoding="utf-8")
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    doc = json.loads(proc.stdout)
    located = {f["model"]: f["location"]["line"] for f in doc["findings"] if f["rule"] == "OL406"}
    assert len(located) == 1000  # names per config are capped
    assert located["org999/model-999"] == 1001  # line n + 2 names model n (line 1 is "[")


def test_many_license_files_are_listed_in_linear_time(tmp_path: Path) -> None:
    for n in range(20_000):
        (tmp_path / f"LICENSE-{n:05}").touch()
    script = "import sys; from pathlib import Path; from openlint.text.read import license_files as f; "
    script += "print(len(f(Path(sys.argv[1]))))"
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert proc.stdout.strip() == "20", proc.stderr


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("x = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested more than 64"),
        ("a." * 20_000 + "b = 1\n", "more than 64 parts"),
        ("[tool.openlint.use]\ndistribution = " + "[" * 70 + "]" * 70 + "\n", "nested more than 64"),
    ],
    ids=["nested-array", "dotted-key", "nested-use"],
)
def test_toml_over_the_parser_limits_is_a_one_line_error(tmp_path: Path, body: str, fragment: str) -> None:
    project = _project(tmp_path, body)
    proc = run("check", str(project))
    no_traceback(proc)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and fragment in proc.stderr


def test_a_huge_integer_in_an_unrelated_table_is_a_one_line_error(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(f"[project]\nv = {'9' * 5000}\n[tool.openlint]\n", encoding="utf-8")
    proc = run("check", str(project))
    no_traceback(proc)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "4300" in proc.stderr


def test_a_fifo_rule_or_catalog_file_is_a_one_line_error(tmp_path: Path) -> None:
    project = _project(tmp_path, 'rules = ["policies"]\nlicenses = ["catalog"]\n')
    (project / "policies").mkdir()
    (project / "catalog").mkdir()
    os.mkfifo(project / "policies" / "OL900-x.toml")
    proc = run("check", str(project))
    no_traceback(proc)
    assert proc.returncode == 2 and "FIFO" in proc.stderr and len(proc.stderr.splitlines()) == 1
    (project / "policies" / "OL900-x.toml").unlink()
    os.mkfifo(project / "catalog" / "acme.toml")
    proc = run("check", str(project))
    assert proc.returncode == 2 and "FIFO" in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_exhausting_the_cel_budget_is_a_one_line_error(tmp_path: Path) -> None:
    cases = ", ".join(['"medical-diagnosis"'] * 10_000)
    body = (
        f'[tool.openlint.use]\ndistribution = ["weights"]\nuse-cases = [{cases}]\n'
        '[[tool.openlint.models]]\nid = "meta-llama/Llama-3.1-8B"\nlicense = "llama3.1"\n'
    )
    proc = run("check", str(_project(tmp_path, body)))
    no_traceback(proc)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1


def test_the_harness_caps_memory() -> None:
    """The address-space cap really applies to the child (else the tests above would not catch blow-ups)."""
    proc = subprocess.run(
        [sys.executable, "-c", f"b = bytearray({MEMORY * 2})"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=__import__("hostile")._limit,
        check=False,
    )
    assert proc.returncode != 0 and "MemoryError" in proc.stderr


@pytest.mark.parametrize(
    "body", ['[[tool.openlint.models]]\npath = "a\\u0000b"\n', 'baseline = "x\\u0000"\n', 'rules = ["p\\u001b[2J"]\n']
)
def test_control_characters_in_config_values_are_a_one_line_error(tmp_path: Path, body: str) -> None:
    proc = run("check", str(_project(tmp_path, body)), "--write-baseline")
    no_traceback(proc)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "control characters" in proc.stderr


def test_nul_bytes_in_names_in_code_and_configs_are_not_paths(tmp_path: Path) -> None:
    project = _project(tmp_path)
    (project / "app.py").write_text('m = AutoModel.from_pretrained("./a\\x00b")\n', encoding="utf-8")
    (project / "train.yaml").write_text('base_model: "./q\\0"\n', encoding="utf-8")
    proc = run("check", str(project), "--format", "json")
    no_traceback(proc)
    assert proc.returncode == 0 and _findings(proc) == []
