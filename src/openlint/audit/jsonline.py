"""JSON as `json.dumps(value, separators=(",", ":"))` writes it, by one C encoder made once: the
standard JSONEncoder.encode makes a new one for every value, which cost as much as encoding an audit
record. Audit records are made by openlint (no cycles, no objects JSON cannot hold), so the encoder
keeps no record of the containers it is in. The C encoder is CPython's private interface: where it is
missing, or is made or called otherwise than here, JSONEncoder is used."""

from __future__ import annotations

import json
from json import encoder as _encoder
from typing import Any

_STANDARD = json.JSONEncoder(separators=(",", ":"))
# A value exercising every branch the records use: what the C encoder writes for it is checked once.
_PROBE: Any = {"a": [1, -2.5, None, True, False, 'q"\\\n\u00e9\U0001f600'], "b": {}, "c": [], "d": float("inf")}


def c_encoder(make: Any) -> Any:
    """The C encoder `make` (json.encoder.c_make_encoder) makes for json.dumps' compact output, or None
    when there is none or it does not take these arguments or write what JSONEncoder writes."""
    if make is None:
        return None
    try:
        made = make(
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
        same = "".join(made(_PROBE, 0)) == _STANDARD.encode(_PROBE)
    except (TypeError, ValueError):  # another signature or another calling convention
        return None
    return made if same else None


_C: Any = c_encoder(getattr(_encoder, "c_make_encoder", None))


def dumps(value: Any) -> str:
    """`json.dumps(value, separators=(",", ":"))` of a value without cycles."""
    if _C is None:
        return _STANDARD.encode(value)
    return "".join(_C(value, 0))
