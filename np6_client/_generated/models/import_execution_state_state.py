from enum import IntEnum
from typing import Self

from ..errors import InvalidRequestError


class ImportExecutionStateState(IntEnum):
    PROCESSING = 0
    COMPLETED = 1
    ERROR = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_raw(cls, value: int) -> Self:
        """A value NP6 sent: a listed one is its member, a new one is kept as it came (`is_known` is False)."""
        try:
            return cls(value)
        except ValueError:
            if not isinstance(value, int) or isinstance(value, bool):
                raise
            member = int.__new__(cls, value)
            member._name_ = "UNLISTED"
            member._value_ = value
            return member

    @classmethod
    def coerce(cls, value: "ImportExecutionStateState | int", field: str) -> Self:
        """A value to send: only the listed ones, as a member or as its plain number."""
        try:
            return cls(value)
        except ValueError as exc:
            raise InvalidRequestError(
                field,
                f"must be one of {[member.value for member in cls]}, not {value!r}",
            ) from exc

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (NP6 added it after this SDK was generated)."""
        return self._value_ in type(self)._value2member_map_
