"""JSON as `json.dumps(value, separators=(",", ":"))` writes it, by one C encoder made once: the
standard JSONEncoder.encode makes a new one for every value, which cost as much as encoding an audit
record. Audit records are made by openlint (no cycles, no objects JSON cannot hold), so the encoder
keeps no record of the containers it is in; where CPython's C encoder is missing, JSONEncoder is used."""

from __future__ import annotations

import json
from json import encoder as _encoder
from typing import Any

_STANDARD = json.JSONEncoder(separators=(",", ":"))
_make = getattr(_encoder, "c_make_encoder", None)
_C: Any = (
    None
    if _make is None
    else _make(
        None,  # markers: no check for cycles (an audit record holds none)
        _STANDARD.default,
        _encoder.encode_basestring_ascii,
        None,  # indent
        ":",
        ",",
        False,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan, as json.dumps
    )
)


def dumps(value: Any) -> str:
    """`json.dumps(value, separators=(",", ":"))` of a value without cycles."""
    if _C is None:
        return _STANDARD.encode(value)
    return "".join(_C(value, 0))
