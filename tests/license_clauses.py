"""Hand-written licence clauses shared by the identification tests (no licence's real wording):
enough text to read, nothing to identify."""

CLAUSES = """
1. You may use, copy and modify the model and distribute copies of it.

2. Redistributions must include a complete copy of this license.

3. You will not use the model or its outputs to improve any other large language model.
"""
