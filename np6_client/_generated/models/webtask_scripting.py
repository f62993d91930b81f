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
    from ..models.webtask_scripting_environment import WebtaskScriptingEnvironment


T = TypeVar("T", bound="WebtaskScripting")


@_attrs_define(repr=False)
class WebtaskScripting:
    """Script settings of a webtask. `version` is the discriminator (`7.0.0` in the reference's sample, which also sends
    `imports`, `initializers` and `filters` as null); it is kept a plain string so that a new version never breaks a
    reader. Partial in the public reference: the object stays open.

    """

    version: str | None = None
    """ Discriminator """
    environment: WebtaskScriptingEnvironment | None = None
    """ Environment definition """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        environment: dict[str, Any] | None = None
        if self.environment is not None:
            environment = self.environment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not None:
            field_dict["version"] = version
        if environment is not None:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        version = d.pop("version", None)

        _environment = d.pop("environment", None)
        environment: WebtaskScriptingEnvironment | None
        if _environment is None:
            environment = None
        else:
            environment = WebtaskScriptingEnvironment.from_dict(_environment)

        webtask_scripting = cls(
            version=version,
            environment=environment,
        )

        webtask_scripting.additional_properties = d
        return webtask_scripting

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


WebtaskScriptingDict = TypedDict(
    "WebtaskScriptingDict",
    {
        "version": "NotRequired[str]",
        "environment": "NotRequired[WebtaskScriptingEnvironmentDict]",
    },
)
"""The JSON members of `WebtaskScripting` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.webtask_scripting_environment import WebtaskScriptingEnvironmentDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.webtask_scripting_environment import WebtaskScriptingEnvironment  # noqa: E402
