"""The product's vocabulary and knowledge, below every feature: obligation kinds, the licence catalog,
name resolution, expressions and their explanation, compatibility, findings and the project configuration."""
