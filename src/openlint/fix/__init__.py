"""`--fix`: minimal edits to files a finding names (model cards)."""
