from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..types import model_repr

T = TypeVar("T", bound="ActionInformations")


@_attrs_define(repr=False)
class ActionInformations:
    """general information block"""

    folder: int | None = None
    """ folder holding the action """
    category: int | None = None
    """ category of the action """
    state: ActionState | None = None
    """ current state of the action """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        folder: int | None
        if self.folder is None:
            folder = None
        else:
            folder = self.folder

        category: int | None
        if self.category is None:
            category = None
        else:
            category = self.category

        state: int | None
        if self.state is None:
            state = None
        elif isinstance(self.state, ActionState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder is not None:
            field_dict["folder"] = folder
        if category is not None:
            field_dict["category"] = category
        if state is not None:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_folder(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        folder = _parse_folder(d.pop("folder", None))

        def _parse_category(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        category = _parse_category(d.pop("category", None))

        def _parse_state(data: object) -> ActionState | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                state_type_1 = ActionState.from_raw(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionState | None, data)

        state = _parse_state(d.pop("state", None))

        action_informations = cls(
            folder=folder,
            category=category,
            state=state,
        )

        action_informations.additional_properties = d
        return action_informations

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


ActionInformationsDict = TypedDict(
    "ActionInformationsDict",
    {
        "folder": "NotRequired[int | None]",
        "category": "NotRequired[int | None]",
        "state": "NotRequired[None | ActionState | Literal[10, 20, 30, 35, 36, 38, 40, 50, 55, 60]]",
    },
)
"""The JSON members of `ActionInformations` as a plain mapping; unlisted members go through the model."""
