"""Kept for imports: the Hugging Face cache locator lives in openlint.sources.hf_cache."""

from __future__ import annotations

from openlint.sources.hf_cache import CACHE, HUB, Located, cached, locate

__all__ = ["CACHE", "HUB", "Located", "cached", "locate"]
