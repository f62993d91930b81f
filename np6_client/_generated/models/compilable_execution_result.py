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
    from ..models.compilable_execution_result_arguments import (
        CompilableExecutionResultArguments,
    )
    from ..models.compilable_execution_result_value import (
        CompilableExecutionResultValue,
    )


T = TypeVar("T", bound="CompilableExecutionResult")


@_attrs_define(repr=False)
class CompilableExecutionResult:
    """Outcome of running a compilable. `type` is the discriminator; `success` is the value seen in the reference. It is
    kept a plain string so that a new result type never breaks a reader.

    """

    type_: str | None = None
    """ Discriminator """
    arguments: CompilableExecutionResultArguments | None = None
    """ Echo of the arguments used """
    value: CompilableExecutionResultValue | None = None
    """ Execution result """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        arguments: dict[str, Any] | None = None
        if self.arguments is not None:
            arguments = self.arguments.to_dict()

        value: dict[str, Any] | None = None
        if self.value is not None:
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if arguments is not None:
            field_dict["arguments"] = arguments
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compilable_execution_result_arguments import (
            CompilableExecutionResultArguments,
        )
        from ..models.compilable_execution_result_value import (
            CompilableExecutionResultValue,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        _arguments = d.pop("arguments", None)
        arguments: CompilableExecutionResultArguments | None
        if _arguments is None:
            arguments = None
        else:
            arguments = CompilableExecutionResultArguments.from_dict(_arguments)

        _value = d.pop("value", None)
        value: CompilableExecutionResultValue | None
        if _value is None:
            value = None
        else:
            value = CompilableExecutionResultValue.from_dict(_value)

        compilable_execution_result = cls(
            type_=type_,
            arguments=arguments,
            value=value,
        )

        compilable_execution_result.additional_properties = d
        return compilable_execution_result

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


CompilableExecutionResultDict = TypedDict(
    "CompilableExecutionResultDict",
    {
        "type": "NotRequired[str]",
        "arguments": "NotRequired[CompilableExecutionResultArgumentsDict]",
        "value": "NotRequired[CompilableExecutionResultValueDict]",
    },
)
"""The JSON members of `CompilableExecutionResult` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.compilable_execution_result_arguments import (
        CompilableExecutionResultArgumentsDict,
    )
    from ..models.compilable_execution_result_value import (
        CompilableExecutionResultValueDict,
    )
