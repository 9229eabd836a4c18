"""Hostile model cards (built at test time): alias bombs, bad values, cliques of base models, Hub data
pointing into the filesystem. `check` and `audit` run as subprocesses under a timeout and an
address-space cap, so a regression fails instead of hanging or exhausting the machine."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from hf_cache import cache_card
from hostile import run

# Under 469 bytes: nine levels of nine aliases, 9**9 "lol"s once expanded.
ALIAS_BOMB = (
    "---\nlicense: mit\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "license_name: *i\nbase_model: *i\n---\n# bomb\n"
)
BAD_VALUES = {
    "number-base": "license: mit\nbase_model: 42",
    "float-base": "license: mit\nbase_model: 1.5",
    "bool-base": "license: mit\nbase_model: true",
    "date-base": "license: mit\nbase_model: 2024-01-01",
    "assert-expression": 'license: "( AND mit"',
    "set-name": "license: mit\nmodel_name: !!set {a}",
    "binary-name": "license: mit\nmodel_name: !!binary aGVsbG8=",
    "duplicate-then-list": "license: mit\nbase_model: a/b\nbase_model:\n- c/d\n- e/f",
    "nul-base": 'license: mit\nbase_model: "a/b\\0c"',
    "escape-name": 'license: mit\nmodel_name: "ok\\e[2K\\rforged"',
    "deep": "license: mit\nx: " + "[" * 5000 + "]" * 5000,
}


def _project(root: Path, card: str) -> Path:
    model = root / "models" / "m"
    model.mkdir(parents=True)
    (model / "README.md").write_text(card, encoding="utf-8")
    (root / "openlint.toml").write_text('[[models]]\nid = "acme/m"\npath = "models/m"\n', encoding="utf-8")
    return root


def _findings(proc: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    assert proc.returncode in (0, 1), proc.stderr
    return sorted((f["rule"], f["severity"]) for f in json.loads(proc.stdout)["findings"] if not f["undecided"])


def test_alias_bomb_card_is_a_finding_in_check(tmp_path: Path) -> None:
    assert len(ALIAS_BOMB.encode()) < 469
    proc = run("check", "--format", "json", cwd=_project(tmp_path, ALIAS_BOMB))
    assert _findings(proc) == [("OL401", "error"), ("OL413", "warning")]
    assert len(proc.stdout) < 20_000


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
def test_bad_card_values_are_findings_in_check(tmp_path: Path, name: str) -> None:
    proc = run("check", "--format", "json", cwd=_project(tmp_path, f"---\n{BAD_VALUES[name]}\n---\n# m\n"))
    codes = {rule for rule, _ in _findings(proc)}
    # a value of the wrong type is dropped; front matter refused as a whole states no license either
    expected = {
        "assert-expression": {"OL405"},
        "deep": {"OL401", "OL413"},
    }.get(name, {"OL413"})
    assert codes == expected, proc.stdout
    assert "\x1b" not in proc.stdout and "\\u001b" not in proc.stdout  # the escape was not used


def test_audit_carries_on_past_hostile_cards(tmp_path: Path) -> None:
    cards = {**BAD_VALUES, "bomb": ALIAS_BOMB.split("---\n")[1].rstrip("\n"), "good": "license: apache-2.0"}
    for name, front in cards.items():
        folder = tmp_path / "org" / name
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(f"---\n{front}\n---\n# {name}\n", encoding="utf-8")
    proc = run("audit", str(tmp_path), "-j", "2", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    records = {r["id"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert len(records) == len(cards)
    assert records["org/good"]["findings"] == []
    assert records["org/bomb"]["findings"] == ["OL401", "OL413"]
    assert records["org/assert-expression"]["findings"] == ["OL405"]
    for name in BAD_VALUES:
        if name != "assert-expression":
            assert "OL413" in records[f"org/{name}"]["findings"], name
    assert "base_model" not in records["org/duplicate-then-list"]  # stated twice: neither value is used
    assert len(proc.stdout) < 100_000


CLIQUE = [f"clique/m{i}" for i in range(9)]


def _clique_card(name: str) -> str:
    others = "".join(f"- {o}\n" for o in CLIQUE if o != name)
    return f"---\nlicense: mit\nbase_model:\n{others}---\n# {name}\n"


def test_base_model_clique_in_audit(tmp_path: Path) -> None:
    for name in CLIQUE:
        folder = tmp_path / name
        folder.mkdir(parents=True)
        (folder / "README.md").write_text(_clique_card(name), encoding="utf-8")
    proc = run("audit", str(tmp_path), cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 9 and len(proc.stdout) < 200_000
    assert all(r["findings"] == ["OL409"] for r in records)  # the cycles, reported


def test_base_model_clique_in_the_cache_for_check(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for name in CLIQUE:
        cache_card(cache, name, _clique_card(name))
    project = _project(tmp_path / "p", "---\nlicense: mit\nbase_model: clique/m0\n---\n")
    proc = run("check", cwd=project, env={"HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"})
    assert proc.returncode in (0, 1), proc.stderr
    lines = proc.stdout.splitlines()
    start = lines.index("  lineage:")
    tree = [line for line in lines[start + 1 :] if line.startswith("    ")]
    # a DAG, not a tree: each of the nine models is expanded exactly once, a repeat says "(see above)"
    assert tree[0].startswith("    acme/m [mit]")
    for name in CLIQUE:
        assert sum(line.endswith(f"{name} [mit]") for line in tree) == 1, name
    assert len(tree) < 100


def test_lineage_budget_gives_lineage_too_large(tmp_path: Path) -> None:
    from openlint.sources.lineage import MAX_NODES, Card, facts, walk

    # a wide fan: one card naming MAX_NODES + 1 bases, each known
    bases = tuple(f"org/b{i}" for i in range(MAX_NODES + 1))
    root = walk("org/root", Card("mit", bases), lambda name, _child: Card("mit"))
    found = facts(root)
    assert found.unresolved == (
        f"org/b{MAX_NODES} (lineage too large: more than {MAX_NODES} models, not followed further)",
    )
    exact = walk("org/root", Card("mit", bases[:MAX_NODES]), lambda name, _child: Card("mit"))
    assert facts(exact).unresolved == ()


def test_downloaded_cards_are_followed_by_hub_id_only(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "README.md").write_text("---\nlicense: cc-by-nc-4.0\n---\n", encoding="utf-8")
    card = f"---\nlicense: mit\nbase_model:\n- {secret}\n- ../../../secret\n- ./x\n---\n"
    cache_card(cache, "evil/model", card)
    evil_ref = cache_card(cache, "evil/ref", "---\nlicense: cc-by-nc-4.0\n---\n")
    (evil_ref.parents[1] / "refs" / "main").write_text("../../../secret", encoding="utf-8")
    project = tmp_path / "p"
    project.mkdir()
    (project / "openlint.toml").write_text(
        '[[models]]\nid = "evil/model"\n[[models]]\nid = "evil/ref"\n', encoding="utf-8"
    )
    proc = run("check", "--format", "json", cwd=project, env={"HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"})
    assert proc.returncode in (0, 1), proc.stderr
    assert "cc-by-nc" not in proc.stdout.lower().replace("evil", "")  # nothing read from `secret`
    data = json.loads(proc.stdout)
    unresolved = [f["message"] for f in data["findings"] if f["rule"] == "OL409"]
    assert len(unresolved) == 1 and unresolved[0].count("not followed from a downloaded card") == 3
    by_label = {m["model"]: m for m in data["summary"]["models"]}
    assert by_label["evil/ref"]["license"] is None  # refs/main pointing outside the cache: not followed


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_device_card_never_blocks(tmp_path: Path) -> None:
    for name in ("fifo", "device", "good"):
        (tmp_path / "org" / name).mkdir(parents=True)
    os.mkfifo(tmp_path / "org" / "fifo" / "README.md")
    os.symlink("/dev/zero", tmp_path / "org" / "device" / "README.md")
    (tmp_path / "org" / "good" / "README.md").write_text("---\nlicense: mit\n---\n", encoding="utf-8")
    proc = run("audit", str(tmp_path), cwd=tmp_path)
    records = {r["id"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert records["org/good"]["findings"] == []
    assert records["org/fifo"]["findings"] == records["org/device"]["findings"] == ["OL401", "OL413"]  # no licence read
    # a licence "text" that is a FIFO is not read (and not waited on): the unknown name stays unknown
    project = _project(tmp_path / "p", "---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE\n---\n")
    os.mkfifo(project / "models" / "m" / "LICENSE")
    proc = run("check", "--format", "json", cwd=project)
    # ... and discovery reports the file it could not read (OL420): the gate does not pass on it
    assert sorted(rule for rule, _ in _findings(proc)) == ["OL405", "OL420"]


def test_a_cache_inside_the_project_is_still_downloaded_data(tmp_path: Path) -> None:
    project = tmp_path / "p"
    (project / "models" / "base").mkdir(parents=True)
    (project / "models" / "base" / "README.md").write_text("---\nlicense: cc-by-nc-4.0\n---\n", encoding="utf-8")
    cache = project / ".hf-cache"
    cache_card(cache, "evil/model", "---\nlicense: mit\nbase_model: ./models/base\n---\n")
    (project / "openlint.toml").write_text('[[models]]\nid = "evil/model"\n', encoding="utf-8")
    proc = run("check", "--format", "json", cwd=project, env={"HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"})
    data = json.loads(proc.stdout)
    decided = [f for f in data["findings"] if not f["undecided"]]
    assert [f["rule"] for f in decided] == ["OL409"]
    assert "not followed from a downloaded card" in decided[0]["message"]
