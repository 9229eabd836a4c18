"""Which files in a folder are model weights: shared by discovery (what makes a model directory),
the Hub fetch (what is never downloaded) and openness (what shows the weights are released)."""

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
    "README.md",
)
MODEL_CONFIGS = frozenset({"config.json", "adapter_config.json", "model_index.json", "params.json"})
