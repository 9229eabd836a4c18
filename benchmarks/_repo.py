"""Benchmarks measure this checkout's source, never whatever openlint happens to be installed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
# For child processes (`python -m openlint ...`): the checkout's src first on the import path.
SOURCE_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
