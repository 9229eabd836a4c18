"""A pydantic model derived from a plain dataclass: same fields in the same order, same types, defaults
and description, the `core.constraints` in its annotations made pydantic constraints. Lets a dataclass be
the one declaration of a file format while pydantic (slow to import) words its errors and its schema."""

from __future__ import annotations

import dataclasses
import functools
import operator
import types
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, Field, create_model
from pydantic import Strict as StrictValue

from openlint.core.constraints import NonEmpty, Pattern, Strict

Models = Mapping[type, type[BaseModel]]


def _constraint(mark: Any) -> tuple[Any, ...]:
    if isinstance(mark, Strict):
        return (StrictValue(),) if mark.minimum is None else (StrictValue(), Field(ge=mark.minimum))
    if isinstance(mark, Pattern):
        return (Field(pattern=mark.regex),)
    if isinstance(mark, NonEmpty):
        return (Field(min_length=1),)
    return (mark,)


def _translated(annotation: Any, models: Models) -> Any:
    """`annotation` with dataclasses replaced by their models and constraints by pydantic's own
    (unchanged where nothing needs replacing, so pydantic sees the very same types)."""
    if isinstance(annotation, type) and annotation in models:
        return models[annotation]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        inner, *marks = args
        return Annotated[(_translated(inner, models), *(c for m in marks for c in _constraint(m)))]
    if origin is Literal or not args:
        return annotation
    new = tuple(_translated(arg, models) for arg in args)
    if new == args:
        return annotation
    if origin in (Union, types.UnionType):
        return functools.reduce(operator.or_, new)
    return origin[new]


def _default(field: dataclasses.Field[Any], models: Models) -> Any:
    if field.default is dataclasses.MISSING:
        return ...
    value = field.default
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and type(value) in models:
        return models[type(value)].model_validate(dataclasses.asdict(value))
    return value


def _description(cls: type) -> str | None:
    """The first paragraph of the class's docstring (the rest is for maintainers), or None for a class
    without one (not the signature `dataclass` writes in its place)."""
    doc = cls.__doc__
    if doc is None or doc.startswith(f"{cls.__name__}("):
        return None
    return doc.split("\n\n", 1)[0]


def model_from_dataclass(
    cls: type,
    base: type[BaseModel],
    models: Models,
    validators: Mapping[str, Callable[..., Any]] | None = None,
) -> type[BaseModel]:
    """The model of dataclass `cls` on `base` (its ConfigDict), nested dataclasses as `models`."""
    hints = get_type_hints(cls, include_extras=True)
    fields: dict[str, Any] = {
        f.name: (_translated(hints[f.name], models), _default(f, models)) for f in dataclasses.fields(cls)
    }
    return create_model(
        cls.__name__,
        __base__=base,
        __doc__=_description(cls),
        __module__=base.__module__,
        __validators__=dict(validators or {}),
        **fields,
    )
