"""How open is a model release? MOF components, OSAID 1.0 and the open-weights distinction."""
