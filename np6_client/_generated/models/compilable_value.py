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
    from ..models.compilable_value_cursors_item import CompilableValueCursorsItem
    from ..models.compilable_value_parameters_item import CompilableValueParametersItem
    from ..models.compilable_value_preview import CompilableValuePreview
    from ..models.compilable_value_source import CompilableValueSource


T = TypeVar("T", bound="CompilableValue")


@_attrs_define(repr=False)
class CompilableValue:
    """Scriptable value describing the compilable. `type` is a discriminator whose values are not printed in the public
    reference; it is kept a plain string and the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    source: CompilableValueSource | None = None
    """ Data source """
    cursors: list[CompilableValueCursorsItem] | None = None
    """ Transformation cursors """
    parameters: list[CompilableValueParametersItem] | None = None
    """ Expected parameters """
    preview: CompilableValuePreview | None = None
    """ Arguments used for preview """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: dict[str, Any] | None = None
        if self.source is not None:
            source = self.source.to_dict()

        cursors: list[dict[str, Any]] | None = None
        if self.cursors is not None:
            cursors = []
            for cursors_item_data in self.cursors:
                cursors_item = cursors_item_data.to_dict()
                cursors.append(cursors_item)

        parameters: list[dict[str, Any]] | None = None
        if self.parameters is not None:
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        preview: dict[str, Any] | None = None
        if self.preview is not None:
            preview = self.preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if source is not None:
            field_dict["source"] = source
        if cursors is not None:
            field_dict["cursors"] = cursors
        if parameters is not None:
            field_dict["parameters"] = parameters
        if preview is not None:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compilable_value_parameters_item import (
            CompilableValueParametersItem,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _source = d.pop("source", None)
        source: CompilableValueSource | None
        if _source is None:
            source = None
        else:
            source = CompilableValueSource.from_dict(_source)

        _cursors = d.pop("cursors", None)
        cursors: list[CompilableValueCursorsItem] | None = None
        if _cursors is not None:
            if not isinstance(_cursors, list):
                raise TypeError(f"expected a JSON array, not {type(_cursors).__name__}")
            cursors = []
            for cursors_item_data in _cursors:
                cursors_item = CompilableValueCursorsItem.from_dict(cursors_item_data)

                cursors.append(cursors_item)

        _parameters = d.pop("parameters", None)
        parameters: list[CompilableValueParametersItem] | None = None
        if _parameters is not None:
            if not isinstance(_parameters, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_parameters).__name__}"
                )
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = CompilableValueParametersItem.from_dict(
                    parameters_item_data
                )

                parameters.append(parameters_item)

        _preview = d.pop("preview", None)
        preview: CompilableValuePreview | None
        if _preview is None:
            preview = None
        else:
            preview = CompilableValuePreview.from_dict(_preview)

        compilable_value = cls(
            type_=type_,
            source=source,
            cursors=cursors,
            parameters=parameters,
            preview=preview,
        )

        compilable_value.additional_properties = d
        return compilable_value

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


CompilableValueDict = TypedDict(
    "CompilableValueDict",
    {
        "type": "NotRequired[str]",
        "source": "NotRequired[CompilableValueSourceDict]",
        "cursors": "NotRequired[list[CompilableValueCursorsItemDict]]",
        "parameters": "NotRequired[list[CompilableValueParametersItemDict]]",
        "preview": "NotRequired[CompilableValuePreviewDict]",
    },
)
"""The JSON members of `CompilableValue` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.compilable_value_cursors_item import CompilableValueCursorsItemDict
    from ..models.compilable_value_parameters_item import (
        CompilableValueParametersItemDict,
    )
    from ..models.compilable_value_preview import CompilableValuePreviewDict
    from ..models.compilable_value_source import CompilableValueSourceDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.compilable_value_cursors_item import CompilableValueCursorsItem  # noqa: E402
from ..models.compilable_value_preview import CompilableValuePreview  # noqa: E402
from ..models.compilable_value_source import CompilableValueSource  # noqa: E402
