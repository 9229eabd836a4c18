"""Find the models and datasets a project uses, without importing or running any of its code."""
