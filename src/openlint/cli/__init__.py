"""The `openlint` command line: `main.py` parses argv and hands each command to its module."""
