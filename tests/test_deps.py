"""Dependency licenses from installed metadata, and expression-aware allow-lists."""

from __future__ import annotations

import json
import subprocess
import sys

from openlint.sources.deps import Dependency, installed, judge, normalise_allow_list


def dep(expression: str | None, declared: str | None = None) -> Dependency:
    return Dependency("pkg", "1.0", declared or expression, expression, "test")


def test_or_is_satisfied_by_one_allowed_alternative() -> None:
    allowed = normalise_allow_list(["MIT"])
    assert judge(dep("MIT OR Apache-2.0"), allowed).status == "allowed"
    assert judge(dep("MIT AND GPL-3.0-only"), allowed).status == "denied"
    assert judge(dep("(MIT OR GPL-3.0-only) AND Apache-2.0"), normalise_allow_list(["MIT,Apache-2.0"])).status == (
        "allowed"
    )


def test_family_names_and_missing_metadata_are_unknown_not_denied() -> None:
    allowed = normalise_allow_list(["MIT", "BSD-3-Clause"])
    assert judge(dep("bsd"), allowed).status == "unknown"
    assert judge(dep(None, "Some Custom Terms"), allowed).status == "unknown"
    assert judge(dep(None), allowed).reason == "no license metadata"


def test_allow_list_accepts_loose_spellings() -> None:
    assert normalise_allow_list(["apache 2, MIT License"]) == {"Apache-2.0", "MIT"}


def test_installed_distributions_resolve_to_spdx() -> None:
    found = {d.name.lower(): d for d in installed(["pytest", "hypothesis", "pydantic"])}
    assert found["pytest"].expression == "MIT"
    assert found["hypothesis"].expression == "MPL-2.0"
    assert found["pydantic"].expression == "MIT"


def test_cli_exit_codes() -> None:
    run = [sys.executable, "-m", "openlint", "deps", "pytest", "hypothesis"]
    ok = subprocess.run([*run, "--allow", "MIT,MPL-2.0", "--format", "json"], capture_output=True, text=True)
    assert ok.returncode == 0
    assert {d["status"] for d in json.loads(ok.stdout)["dependencies"]} == {"allowed"}
    denied = subprocess.run([*run, "--allow", "MIT"], capture_output=True, text=True)
    assert denied.returncode == 1 and "DENIED" in denied.stdout
