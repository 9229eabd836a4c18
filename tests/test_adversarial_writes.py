"""Writes stay inside the project: `--fix` and `--write-baseline` on hostile repositories."""

from __future__ import annotations

import os
from pathlib import Path

from hf_cache import cache_card
from hostile import no_traceback, run

LLAMA_CARD = "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n"


def _release(tmp_path: Path, name: str = "Llama-acme-8b") -> Path:
    directory = tmp_path / name
    directory.mkdir()
    (directory / "README.md").write_text(LLAMA_CARD, encoding="utf-8")
    (directory / "model.safetensors").write_bytes(b"\0")
    return directory


def test_a_symlinked_notice_is_never_replaced_by_its_targets_contents(tmp_path: Path) -> None:
    secret = tmp_path / "credentials"
    secret.write_text("aws_secret_access_key = hunter2\n", encoding="utf-8")
    directory = _release(tmp_path)
    (directory / "NOTICE").symlink_to(secret)
    proc = run("check", str(directory), "--fix", cwd=tmp_path)
    no_traceback(proc)
    assert "not fixed" in proc.stderr and "symlink" in proc.stderr
    assert (directory / "NOTICE").is_symlink()
    assert secret.read_text(encoding="utf-8") == "aws_secret_access_key = hunter2\n"
    assert "OL203" in proc.stdout  # still reported: nothing was fixed
    assert sorted(p.name for p in directory.iterdir()) == ["NOTICE", "README.md", "model.safetensors"]


def test_a_read_only_notice_is_not_replaced(tmp_path: Path) -> None:
    directory = _release(tmp_path)
    (directory / "NOTICE").write_text("Acme\n", encoding="utf-8")
    (directory / "NOTICE").chmod(0o444)
    proc = run("check", str(directory), "--fix", cwd=tmp_path)
    no_traceback(proc)
    assert "not fixed" in proc.stderr and "read-only" in proc.stderr
    assert (directory / "NOTICE").read_text(encoding="utf-8") == "Acme\n"


def _project(tmp_path: Path, models: str, extra: str = "") -> Path:
    project = tmp_path / "project"
    project.mkdir()
    use = '[tool.openlint.use]\ndistribution = ["weights"]\n'
    (project / "pyproject.toml").write_text(f"[tool.openlint]\n{extra}\n{use}{models}", encoding="utf-8")
    return project


def test_fix_never_writes_into_the_hugging_face_cache(tmp_path: Path) -> None:
    cache = tmp_path / "hub"
    snapshot = cache_card(cache, "meta-llama/Llama-3.1-8B", LLAMA_CARD.replace("base_model:", "x:"))
    (snapshot / "model.safetensors").write_bytes(b"\0")
    project = _project(tmp_path, "")
    (project / "app.py").write_text('m = AutoModel.from_pretrained("meta-llama/Llama-3.1-8B")\n', encoding="utf-8")
    before = sorted(p.name for p in snapshot.iterdir())
    for target, cwd in ((project, project), (snapshot, tmp_path)):  # the project, and the snapshot itself
        proc = run(
            "check", str(target), "--fix", "--use", "distribution=weights", cwd=cwd, env={"HF_HUB_CACHE": str(cache)}
        )
        no_traceback(proc)
        assert "OL203" in proc.stdout and "openlint: fixed" not in proc.stderr
    assert sorted(p.name for p in snapshot.iterdir()) == before


def _notice_finding(card: Path) -> object:
    from openlint.core.findings import Finding, Location

    text = "Llama 3.1 is licensed under the Llama 3.1 Community License"
    return Finding("OL203", "notice-required", "warning", "m", "r", required_text=text, location=Location(str(card), 2))


def test_fix_never_writes_through_a_symlinked_model_directory(tmp_path: Path) -> None:
    from openlint.checking.release import apply_fixes

    outside = _release(tmp_path, "elsewhere")
    project = _project(tmp_path, "")
    (project / "models").mkdir()
    (project / "models" / "llama").symlink_to(outside)
    fixes = apply_fixes([_notice_finding(project / "models" / "llama" / "README.md")], project)
    assert [(f.applied, "symlink" in f.description) for f in fixes] == [(False, True)]
    assert not (outside / "NOTICE").exists()


def test_fix_never_writes_outside_the_project_by_dot_dot(tmp_path: Path) -> None:
    from openlint.checking.release import apply_fixes

    outside = _release(tmp_path, "sibling")
    project = _project(tmp_path, "")
    fixes = apply_fixes([_notice_finding(Path("../sibling/README.md"))], project)
    assert [(f.applied, "outside" in f.description) for f in fixes] == [(False, True)]
    assert not (outside / "NOTICE").exists()


def test_fix_inside_the_project_still_works(tmp_path: Path) -> None:
    from openlint.checking.release import apply_fixes

    project = _project(tmp_path, "")
    (project / "models").mkdir()
    inside = _release(project / "models", "llama")
    fixes = apply_fixes([_notice_finding(Path("models/llama/README.md"))], project)
    assert [f.applied for f in fixes] == [True]
    assert (inside / "NOTICE").read_text(encoding="utf-8").startswith("Llama 3.1 is licensed")


def test_a_baseline_outside_the_project_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path, '[[tool.openlint.models]]\nid = "x/y"\nlicense = "mit"\n', 'baseline = "../../x"')
    victim = tmp_path.parent / "x"
    assert not victim.exists()
    proc = run("check", str(project), "--write-baseline", cwd=project)
    no_traceback(proc)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1 and "outside" in proc.stderr
    assert not victim.exists()


def test_a_baseline_that_is_a_symlink_or_read_only_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "target.json"
    target.write_text("{}", encoding="utf-8")
    project = _project(tmp_path, '[[tool.openlint.models]]\nid = "x/y"\nlicense = "mit"\n')
    (project / ".openlint-baseline.json").symlink_to(target)
    proc = run("check", str(project), "--write-baseline", cwd=project)
    assert proc.returncode == 2 and "symlink" in proc.stderr
    assert target.read_text(encoding="utf-8") == "{}"
    os.unlink(project / ".openlint-baseline.json")
    (project / ".openlint-baseline.json").write_text("{}", encoding="utf-8")
    (project / ".openlint-baseline.json").chmod(0o444)
    proc = run("check", str(project), "--write-baseline", cwd=project)
    assert proc.returncode == 2 and "read-only" in proc.stderr
    no_traceback(proc)


def test_a_baseline_inside_the_project_is_written(tmp_path: Path) -> None:
    project = _project(tmp_path, '[[tool.openlint.models]]\nid = "x/y"\nlicense = "mit"\n', 'baseline = "ci/base.json"')
    (project / "ci").mkdir()
    proc = run("check", str(project), "--write-baseline", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert (project / "ci" / "base.json").is_file()


def test_fix_refuses_a_card_in_a_hugging_face_cache_snapshot(tmp_path: Path) -> None:
    from openlint.checking.release import apply_fixes
    from openlint.core.findings import Finding, Location

    cache = tmp_path / "hub"
    snapshot = cache_card(cache, "meta-llama/Llama-3.1-8B", LLAMA_CARD)
    notice = "Llama 3.1 is licensed under the Llama 3.1 Community License"
    finding = Finding(
        "OL203",
        "notice-required",
        "warning",
        "m",
        "r",
        required_text=notice,
        location=Location(str(snapshot / "README.md"), 2),
    )
    fixes = apply_fixes([finding], tmp_path)  # even with the whole tree as the project
    assert [f.applied for f in fixes] == [False]
    assert not (snapshot / "NOTICE").exists()
