"""How licenses phrase each obligation kind: the pattern table extraction runs.

Patterns describe wording, not licenses, so custom and unseen terms are read too. Each is bounded
and runs on one paragraph's view (lower-cased, one space between words), so work is linear.

`base` holds the machinery (Pattern, Near), `builders` what a match reads, `needles` the words that
announce each kind; the table itself is split into parts by kind group, joined here in order (the
order decides which of two equal readings is kept and what a work budget cut short leaves unread).
"""

from __future__ import annotations

from openlint.text.patterns.base import (
    DISCLAIMER,
    FOR_BREACH,
    INVITATION,
    INVITED_KINDS,
    MAY,
    NEVER_BANS,
    Near,
    Pattern,
    Span,
    finditer,
    invited,
    invites,
    invites_credit,
    item_bounds,
    sentence_bounds,
)
from openlint.text.patterns.caps_credit import CAPS_CREDIT
from openlint.text.patterns.cjk_labels import CJK_LABELS
from openlint.text.patterns.derived_models import DERIVED_MODELS
from openlint.text.patterns.fixed_term import FIXED_TERM
from openlint.text.patterns.foreign_clauses import FOREIGN_CLAUSES
from openlint.text.patterns.gates_bans import GATES_BANS
from openlint.text.patterns.grant_terms import GRANT_TERMS
from openlint.text.patterns.needles import (
    IDENTITY_KEYS,
    KIND_NEEDLES,
    NEEDLE_KINDS,
    SERVE_WORDS,
    WIDEN_TO_SERVE,
    key_of,
)

PATTERNS: tuple[Pattern, ...] = (
    *CAPS_CREDIT,
    *GRANT_TERMS,
    *CJK_LABELS,
    *GATES_BANS,
    *DERIVED_MODELS,
    *FOREIGN_CLAUSES,
    *FIXED_TERM,
)

__all__ = [
    "DISCLAIMER",
    "FOR_BREACH",
    "IDENTITY_KEYS",
    "INVITATION",
    "INVITED_KINDS",
    "KIND_NEEDLES",
    "MAY",
    "NEEDLE_KINDS",
    "NEVER_BANS",
    "PATTERNS",
    "SERVE_WORDS",
    "WIDEN_TO_SERVE",
    "Near",
    "Pattern",
    "Span",
    "finditer",
    "invited",
    "invites",
    "invites_credit",
    "item_bounds",
    "key_of",
    "sentence_bounds",
]
