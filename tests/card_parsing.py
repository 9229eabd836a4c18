"""The model-card reader with its fast paths switched off: the YAML path every fast path must agree with
(tests/test_sources.py, tests/test_card_scan.py)."""

from __future__ import annotations

from openlint.sources import card as card_module
from openlint.sources.card import parse_block


def parse_yaml_only(block: str) -> card_module.Parsed:
    """`parse_block` without the flat fast path and the Hub-shaped key scan (restored afterwards; a plain
    function rather than a fixture, so hypothesis tests can call it per example)."""
    original, scan = card_module.fast_parse, card_module.scan_card_keys
    card_module.fast_parse = lambda _block: None  # type: ignore[assignment]
    card_module.scan_card_keys = lambda _block: None  # type: ignore[assignment]
    try:
        return parse_block(block)
    finally:
        card_module.fast_parse, card_module.scan_card_keys = original, scan
