"""A body member that is not in its schema but is close to one is a mistake, not an extension.

NP6's models are open, so an unknown member is sent as it is and NP6 ignores it or answers with an
error about something else (`{"for_test": true}` for `fortest` leaves the validation to run for
real). A member that differs from a listed one only by case, `_`/`-`, or an edit or two is almost
certainly that member misspelt, so the request checks refuse it and name the member; a member
far from every listed one is an extension and still passes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend

NEAR_MISS = "nearMiss"


def _folded(name: str) -> str:
    return name.replace("_", "").replace("-", "").casefold()


def _distance(a: str, b: str, bound: int) -> int:
    """Optimal string alignment distance (an adjacent swap counts once); any value above `bound` means too far."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (char != other))
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
        if min(row) > bound:
            return bound + 1
    return row[-1]


def close_member(name: str, members: Iterable[str]) -> str | None:
    """The listed member `name` most likely misspells, or None when it is far from all of them."""
    folded = _folded(name)
    bound = 0 if len(folded) <= 3 else 1 if len(folded) <= 6 else 2
    best: tuple[int, str] | None = None
    for member in members:
        distance = _distance(folded, _folded(member), bound)
        if distance <= bound and (best is None or distance < best[0]):
            best = (distance, member)
    return None if best is None else best[1]


def _near_misses(properties: Any, instance: Any) -> Iterator[ValidationError]:
    if not isinstance(instance, dict) or not isinstance(properties, Mapping):
        return
    for key in instance:
        if key in properties:
            continue
        member = close_member(key, properties)
        if member is not None:
            yield ValidationError(
                f"is not a member; did you mean {member!r}?",
                validator=NEAR_MISS,
                path=(key,),
            )


def with_near_misses(validator_class: type[Validator]) -> type[Validator]:
    """`validator_class` whose `properties` also refuses members close to a listed one."""
    listed = validator_class.VALIDATORS["properties"]

    def properties(validator: Any, value: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
        yield from listed(validator, value, instance, schema)
        yield from _near_misses(value, instance)

    extended: type[Validator] = extend(validator_class, {"properties": properties})  # type: ignore[no-untyped-call]
    return extended
