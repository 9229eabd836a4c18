"""Alternatives run as chains (text/regex.py `Chain`): the same matches as their regex, in linear time.

A regex of parts joined by lazy windows ('A[^.;]{0,100}?B[^.;]{0,120}?C[^.;]{0,160}?D') tries every
B in the window from every A, and every C from every B: on a line dense with As and Bs that is cubic
in the windows. Round 8's registration (a use only under a separate agreement) and acceptable_use
(use in a way that infringes) alternatives did that; they are now chains.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.text._anchor_table import ALTERNATIVES
from openlint.text.patterns import PATTERNS
from openlint.text.regex import Chain, Regex, table_key


def _chained() -> list[tuple[str, Regex, Chain]]:
    return [
        (pattern.kind, pattern.regex, chain)
        for pattern in PATTERNS
        if isinstance(pattern.regex, Regex)
        for chain in pattern.regex.chains()
    ]


CHAINED = _chained()
CHAINS = {kind: chain for kind, _, chain in CHAINED}


def _spans(found: object) -> list[tuple[int, int]]:
    return [match.span() for match in found]  # type: ignore[attr-defined]


def test_the_two_three_window_alternatives_are_chains_of_their_regexes() -> None:
    assert sorted(CHAINS) == ["acceptable_use", "registration"]
    for _, regex, chain in CHAINED:
        # the chain is one of the alternatives the anchor table splits its regex into (else it never runs)
        start, sources = 0, []
        for end, _ in ALTERNATIVES[table_key(regex.pattern)]:
            sources.append(regex.pattern[start:end])
            start = end + 1
        assert chain.source in sources


# Words of both chains, words that almost match, and fillers whose lengths push the next part out of
# a window (the windows are 100 to 300 characters).
_WORDS = (
    "may can only use used using access run if you licensee the accepted accept agreed entered into have hold "
    "holds separate paid commercial enterprise plan plans agreement license licence contract subscription or and "
    "shall must will not cannot agree agrees to in any a an way manner fashion that could would infringes "
    "misappropriate violates breach laws rights regulations we i licensor x"
)
WORDS = tuple(_WORDS.split(" "))
FILLERS = ("y" * 18, "z" * 45, "w" * 95)
TOKENS = st.lists(st.sampled_from((*WORDS, *FILLERS, ".", ";", ",")), max_size=60)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(TOKENS)
def test_a_chain_finds_the_matches_its_regex_finds(tokens: list[str]) -> None:
    low = " ".join(tokens)
    for chain in CHAINS.values():
        assert _spans(chain.finditer(low)) == _spans(re.compile(chain.source, re.S).finditer(low))


@pytest.mark.parametrize(
    ("kind", "low"),
    [
        # the nearest "have" leaves the plan out of its window; a later "accepted" reaches it
        ("registration", "you may use it only if you have " + "x " * 70 + "accepted a separate platform plan"),
        ("registration", "you may use it only if you have " + "x " * 70 + "y. accepted a separate platform plan"),
        # the nearest "use" leaves "in a way that" out of its window; a later "using" reaches it
        ("acceptable_use", "you will not use " + "x " * 140 + "or permit using it in any manner that infringes rights"),
        (
            "acceptable_use",
            "i will not use it in any manner that infringes rights; you cannot use it in a way that violates laws",
        ),
    ],
)
def test_a_chain_tries_the_next_candidate_when_the_nearest_fails(kind: str, low: str) -> None:
    chain = CHAINS[kind]
    expected = _spans(re.compile(chain.source, re.S).finditer(low))
    assert _spans(chain.finditer(low)) == expected
    assert len(expected) == (0 if "y." in low else 1)


HOSTILE = {
    "registration": "may use if you have " * 195 + "separate a b c agreement ",
    "acceptable_use": "cannot use " * 360 + "in any way that a b c d e f violates ",
}
SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from openlint.text.patterns import PATTERNS
    from openlint.text.regex import Regex
    kind, unit = sys.argv[1], sys.argv[2]
    (regex,) = [p.regex for p in PATTERNS if p.kind == kind and isinstance(p.regex, Regex) and p.regex.chains()]
    found = 0
    start = time.process_time()
    for n in range(100):  # 100 paragraphs of 4,000 characters, as a 400 KB line is cut
        low = (str(n % 10) + unit)[:4000]
        found += sum(1 for _ in regex.finditer(low))
    print(json.dumps({"cpu": time.process_time() - start, "found": found}))
    """
)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_chained_pattern_runs_in_linear_time_on_a_dense_hostile_line(kind: str) -> None:
    # Before the chains: 3.6 s (registration) and 4.6 s (acceptable_use) on a quiet machine; now 0.1-0.14 s.
    env = {key: value for key, value in os.environ.items() if not key.startswith("COVERAGE_")}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, HOSTILE[kind]], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["found"] == 0 and result["cpu"] < 1.0, result
