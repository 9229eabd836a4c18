"""Which files in a folder are model weights: shared by discovery (what makes a model directory),
the Hub fetch (what is never downloaded) and openness (what shows the weights are released); and which
are its licence texts, in the order they are searched (`licence_file_rank`)."""

from __future__ import annotations

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf", ".pt", ".pth", ".ckpt", ".onnx", ".msgpack", ".h5", ".npz")
WEIGHT_GLOBS = [f"*{suffix}" for suffix in WEIGHT_SUFFIXES]
# The configs model loaders read: beside a card, they make a folder a model directory too.
# the files of a model repository that may state its licence terms (text reading, the Hub download list)
LICENSE_FILE_PATTERNS = (
    "LICENSE*",
    "LICENCE*",
    "License*",
    "COPYING*",
    "NOTICE*",
    "USE_POLICY*",
    "*ACCEPTABLE_USE*",
    # the weights' own licence beside the code's (MODEL_LICENSE, LICENSE-MODEL, WEIGHTS_LICENSE ...)
    "*MODEL[-_]LICEN[CS]E*",
    "*Model[-_]License*",
    "*model[-_]licen[cs]e*",
    "*WEIGHTS[-_]LICEN[CS]E*",
    "*weights[-_]licen[cs]e*",
    "README.md",
)
# Words of a licence file's name saying what it licenses: the model (its weights) or the code around it.
MODEL_WORDS = frozenset({"MODEL", "MODELS", "WEIGHT", "WEIGHTS"})
CODE_WORDS = frozenset({"CODE", "SOURCE", "SOFTWARE"})
LICENCE_WORDS = frozenset({"LICENSE", "LICENCE", "LICENSES", "LICENCES"})


def licence_file_rank(name: str) -> int | None:
    """Where a file of a model repository comes in the search for the model's licence text, or None when its
    name is no licence file's. A licence file naming the model or its weights (`MODEL_LICENSE`,
    `LICENSE-MODEL`, `LICENSE_MODEL.md`, `MODEL-LICENSE.txt`, `WEIGHTS_LICENSE`) comes first: a repository
    that holds one licenses its weights by it, whatever its plain `LICENSE` (often the code's) says. Then
    plain licence files (`LICENSE*`, `LICENCE*`, `COPYING*`), then one naming the code (`LICENSE-CODE`,
    `LICENSE_SOURCE`), then `NOTICE`, then use policies. Case does not matter."""
    upper = name.upper()
    words = {word for word in upper.replace("-", " ").replace("_", " ").replace(".", " ").split() if word}
    licence = bool(words & LICENCE_WORDS)
    if licence and words & MODEL_WORDS:
        return 0
    if upper.startswith(("LICENSE", "LICENCE", "COPYING")):
        return 2 if words & CODE_WORDS else 1
    if upper == "NOTICE" or upper.startswith("NOTICE."):
        return 3
    if upper.startswith("USE_POLICY") or "ACCEPTABLE_USE" in upper:
        return 4
    return None


MODEL_CONFIGS = frozenset({"config.json", "adapter_config.json", "model_index.json", "params.json"})


# Folders no project scan descends into (tools' environments, caches, build output; hidden ones are skipped too):
# discovery's walk and the search for a project's copy of a Hub repository share them.
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "env",
        "node_modules",
        "__pycache__",
        "site-packages",
        "build",
        "dist",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
    }
)
