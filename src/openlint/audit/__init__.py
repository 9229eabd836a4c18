"""`openlint audit`: licence metadata problems across many model cards, streamed as JSON Lines."""
