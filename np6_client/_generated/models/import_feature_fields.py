from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypeAlias,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ImportFeatureFields")


@_attrs_define(repr=False)
class ImportFeatureFields:
    """(normalization) field id -> array of strings; known from the reference's examples"""

    additional_properties: dict[str, list[str]] = _attrs_field(
        factory=dict, kw_only=True
    )

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        import_feature_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            if (
                not isinstance(_additional_property, list)
                and _additional_property is not None
            ):
                raise TypeError(
                    f"expected a JSON array, not {type(_additional_property).__name__}"
                )
            additional_property = cast(list[str], _additional_property)

            additional_properties[prop_name] = additional_property

        import_feature_fields.additional_properties = additional_properties
        return import_feature_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


ImportFeatureFieldsDict: TypeAlias = Mapping[str, Any]
"""`ImportFeatureFields` documents no members: any mapping of JSON values."""
