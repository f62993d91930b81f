from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.import_feature import ImportFeature


T = TypeVar("T", bound="ImportExecutionRequest")


@_attrs_define(repr=False)
class ImportExecutionRequest:
    """What an import execution uses (NP6's earlier documentation)."""

    binding: int
    """ id of the binding (import format) to use """
    features: list[ImportFeature] | None = None
    """ the features of this execution """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        binding = self.binding

        features: list[dict[str, Any]] | None = None
        if self.features is not None:
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "binding": binding,
            }
        )
        if features is not None:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        binding = d.pop("binding")

        _features = d.pop("features", None)
        features: list[ImportFeature] | None = None
        if _features is not None:
            if not isinstance(_features, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_features).__name__}"
                )
            features = []
            for features_item_data in _features:
                features_item = ImportFeature.from_dict(features_item_data)

                features.append(features_item)

        import_execution_request = cls(
            binding=binding,
            features=features,
        )

        import_execution_request.additional_properties = d
        return import_execution_request

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


ImportExecutionRequestDict = TypedDict(
    "ImportExecutionRequestDict",
    {
        "binding": "int",
        "features": "NotRequired[list[ImportFeatureDict]]",
    },
)
"""The JSON members of `ImportExecutionRequest` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.import_feature import ImportFeatureDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.import_feature import ImportFeature  # noqa: E402
