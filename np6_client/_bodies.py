"""Request bodies as models or plain data, turned into JSON before anything is sent.

A mapping is converted member by member (dates, UUIDs, enums and models inside it included);
the transport then checks it against the spec like any body. What cannot be JSON, and a body
of the wrong shape for the operation, is refused here with a message that says which.
"""

from __future__ import annotations

import datetime
import enum
import math
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, cast

from ._exceptions import InvalidRequestError
from ._generated.types import Unset


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


# (content type, model class, a list of them?, the JSON members the model declares)
Variant = tuple[str, type[_Model], bool, frozenset[str]]


def _kind(value: object) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, str | bytes):
        return f"a {type(value).__name__}"
    if isinstance(value, Sequence):
        return "an empty list" if not value else "a list"
    return f"a {type(value).__name__}"


def _scalar(value: object, field: str) -> Any:
    if isinstance(value, enum.Enum):
        return _scalar(value.value, field)
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidRequestError(field, f"{value} is not a finite number, which JSON cannot carry")
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, datetime.date):  # datetime included
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise InvalidRequestError(field, f"is {_kind(value)}, which is not JSON")


MAX_DEPTH = 200
"""How deep a body may nest: far beyond any NP6 schema, well below Python's recursion limit."""


def plain_json(value: object, field: str = "body") -> Any:
    """`value` as JSON data; a model inside it goes through its own `to_dict()`.

    A container that holds itself, or nesting past `MAX_DEPTH`, is refused: JSON cannot carry the
    one and neither NP6 nor the encoder would take the other.
    """
    return _plain(value, field, ())


def _plain(value: object, field: str, parents: tuple[int, ...]) -> Any:
    is_model = callable(getattr(value, "to_dict", None))
    if not (is_model or isinstance(value, Mapping | list | tuple)):
        return _scalar(value, field)
    if id(value) in parents:
        raise InvalidRequestError(field, "contains itself, which JSON cannot carry")
    if len(parents) >= MAX_DEPTH:
        raise InvalidRequestError(field, f"nests deeper than {MAX_DEPTH} levels")
    if is_model:
        return _model_json(value, field, parents)  # type: ignore[arg-type]
    inner = (*parents, id(value))
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidRequestError(field, f"has the key {key!r}; JSON object keys are strings")
            if not isinstance(item, Unset):
                out[key] = _plain(item, f"{field}[{key!r}]", inner)
        return out
    return [_plain(item, f"{field}[{index}]", inner) for index, item in enumerate(cast("Sequence[object]", value))]


def _model_json(body: _Model, field: str, parents: tuple[int, ...] = ()) -> Any:
    try:
        data = body.to_dict()
    except AttributeError as exc:  # a mapping or a wrong object where the model expects a model
        raise InvalidRequestError(
            field, f"{type(body).__name__} holds a value of the wrong type ({exc}); pass models or a mapping"
        ) from exc
    except RecursionError as exc:  # a model whose members hold it again
        raise InvalidRequestError(field, f"{type(body).__name__} contains itself, which JSON cannot carry") from exc
    return _plain(data, field, (*parents, id(body)))


def json_body(body: object, model: type[_Model]) -> Any:
    """One object body: the model, or a mapping of its JSON members."""
    if isinstance(body, model):
        return _model_json(body, "body")
    if isinstance(body, Mapping):
        return plain_json(body)
    raise InvalidRequestError("body", f"is {_kind(body)}; this operation takes one {model.__name__} or a mapping")


def json_list(body: object, model: type[_Model]) -> Any:
    """An array body: models or mappings, in a list or tuple."""
    if isinstance(body, Mapping) or not isinstance(body, list | tuple):
        raise InvalidRequestError("body", f"is {_kind(body)}; this operation takes a list of {model.__name__}")
    return [
        _model_json(item, f"body[{index}]") if isinstance(item, model) else _list_item(item, model, index)
        for index, item in enumerate(body)
    ]


def _list_item(item: object, model: type[_Model], index: int) -> Any:
    if isinstance(item, Mapping):
        return plain_json(item, f"body[{index}]")
    raise InvalidRequestError(f"body[{index}]", f"is {_kind(item)}, not a {model.__name__} or a mapping")


def _describe(variants: Sequence[Variant]) -> str:
    return " or ".join(f"{'a list of ' if many else ''}{model.__name__} ({ct})" for ct, model, many, _ in variants)


def _by_members(value: Mapping[Any, Any], variants: Sequence[Variant]) -> Variant | None:
    """The variant whose declared members cover the mapping's; else the one that declares none (open).

    An empty mapping fits every kind, so it chooses none when there is more than one.
    """
    keys = set(value)
    if not keys and len(variants) > 1:
        return None
    declared = [v for v in variants if v[3] and keys and keys <= v[3]]
    if declared:
        return declared[0]
    return next((v for v in variants if not v[3]), None)


def choose_body(body: object, variants: Sequence[Variant]) -> tuple[str, Any]:
    """Content type and JSON for an operation that takes several kinds of body.

    A model picks its own content type; a mapping the kind whose members it uses. Pass the model
    to choose explicitly when a mapping fits more than one kind.
    """
    singles = [v for v in variants if not v[2]]
    lists = [v for v in variants if v[2]]
    if isinstance(body, Mapping):
        if not singles:
            raise InvalidRequestError("body", f"is a mapping; this operation takes {_describe(variants)}")
        chosen = _by_members(body, singles)
        if chosen is None and not body:
            raise InvalidRequestError(
                "body", f"is an empty mapping, which fits each of {_describe(singles)}; pass the model"
            )
        if chosen is None:
            raise InvalidRequestError(
                "body", f"has members {sorted(body)} that match none of {_describe(singles)}; pass the model"
            )
        return chosen[0], plain_json(body)
    for content_type, model, _, _ in singles:
        if isinstance(body, model):
            return content_type, _model_json(body, "body")
    if isinstance(body, list | tuple):
        return _choose_list(body, lists, variants)
    raise InvalidRequestError("body", f"is {_kind(body)}; this operation takes {_describe(variants)}")


def _choose_list(body: Sequence[Any], lists: Sequence[Variant], variants: Sequence[Variant]) -> tuple[str, Any]:
    if not lists:
        raise InvalidRequestError("body", f"is a list; this operation takes {_describe(variants)}")
    if not body:
        raise InvalidRequestError("body", f"is an empty list; send at least one item of {_describe(lists)}")
    for content_type, model, _, _ in lists:
        if all(isinstance(item, model) for item in body):
            return content_type, [_model_json(item, f"body[{index}]") for index, item in enumerate(body)]
    if all(isinstance(item, Mapping) for item in body):
        kinds = {_by_members(item, lists) for item in body}
        if None in kinds or len(kinds) > 1:
            raise InvalidRequestError("body", f"items fit no single kind of {_describe(lists)}; pass the models")
        (chosen,) = kinds
        assert chosen is not None
        return chosen[0], [plain_json(item, f"body[{index}]") for index, item in enumerate(body)]
    names = sorted({type(item).__name__ for item in body})
    raise InvalidRequestError("body", f"mixes {', '.join(names)} items; this operation takes {_describe(lists)}")
