"""Model facts: model cards, the licence a card states, licence texts, the HF cache and the Hub client, Hub
ids, GGUF headers, base-model evidence and lineage, installed Python distributions."""
