"""Model facts: model cards, the licence a card states, licence texts, the HF cache, Hub ids."""
