from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.value_list_value import ValueListValue


T = TypeVar("T", bound="ValueList")


@_attrs_define(repr=False)
class ValueList:
    """A list of values a field can take. Values are not case sensitive."""

    id: int | None = None
    name: str | None = None
    ordered: bool | None = None
    """ true: values shown alphabetically instead of creation order """
    values: list[ValueListValue] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        ordered: bool | None
        if self.ordered is None:
            ordered = None
        else:
            ordered = self.ordered

        values: list[dict[str, Any]] | None = None
        if self.values is not None:
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if ordered is not None:
            field_dict["ordered"] = ordered
        if values is not None:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        def _parse_ordered(data: object) -> bool | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(bool | None, data)

        ordered = _parse_ordered(d.pop("ordered", None))

        _values = d.pop("values", None)
        values: list[ValueListValue] | None = None
        if _values is not None:
            if not isinstance(_values, list):
                raise TypeError(f"expected a JSON array, not {type(_values).__name__}")
            values = []
            for values_item_data in _values:
                values_item = ValueListValue.from_dict(values_item_data)

                values.append(values_item)

        value_list = cls(
            id=id,
            name=name,
            ordered=ordered,
            values=values,
        )

        value_list.additional_properties = d
        return value_list

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


ValueListDict = TypedDict(
    "ValueListDict",
    {
        "id": "NotRequired[int]",
        "name": "NotRequired[str]",
        "ordered": "NotRequired[bool | None]",
        "values": "NotRequired[list[ValueListValueDict]]",
    },
)
"""The JSON members of `ValueList` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.value_list_value import ValueListValueDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.value_list_value import ValueListValue  # noqa: E402
