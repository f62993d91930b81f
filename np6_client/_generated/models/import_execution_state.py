from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_execution_state_state import ImportExecutionStateState
from ..types import model_repr

T = TypeVar("T", bound="ImportExecutionState")


@_attrs_define(repr=False)
class ImportExecutionState:
    """The state of the last execution of an import."""

    state: ImportExecutionStateState | None = None
    """ 0 = processing, 1 = completed, 2 = error """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        state: int | None = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not None:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _state = d.pop("state", None)
        state: ImportExecutionStateState | None
        if _state is None:
            state = None
        else:
            state = ImportExecutionStateState.from_raw(_state)

        import_execution_state = cls(
            state=state,
        )

        import_execution_state.additional_properties = d
        return import_execution_state

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


ImportExecutionStateDict = TypedDict(
    "ImportExecutionStateDict",
    {
        "state": "NotRequired[ImportExecutionStateState | Literal[0, 1, 2]]",
    },
)
"""The JSON members of `ImportExecutionState` as a plain mapping; unlisted members go through the model."""
