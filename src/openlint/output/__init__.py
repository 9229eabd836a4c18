"""Renderers: pure functions from results to strings."""
