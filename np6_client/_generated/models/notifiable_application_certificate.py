from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="NotifiableApplicationCertificate")


@_attrs_define(repr=False)
class NotifiableApplicationCertificate:
    """Certificate of an apns provider. `type` is a discriminator (`p12` in the reference's example). Partial in the public
    reference: members are known from an example only, so the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    value: str | None = None
    """ Certificate content """
    password: str | None = None
    """ Certificate password """
    expiration: datetime.datetime | None = None
    """ Certificate expiration date """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        password = self.password

        expiration: str | None = None
        if self.expiration is not None:
            expiration = self.expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if value is not None:
            field_dict["value"] = value
        if password is not None:
            field_dict["password"] = password
        if expiration is not None:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        value = d.pop("value", None)

        password = d.pop("password", None)

        _expiration = d.pop("expiration", None)
        expiration: datetime.datetime | None
        if _expiration is None:
            expiration = None
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

        notifiable_application_certificate = cls(
            type_=type_,
            value=value,
            password=password,
            expiration=expiration,
        )

        notifiable_application_certificate.additional_properties = d
        return notifiable_application_certificate

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


NotifiableApplicationCertificateDict = TypedDict(
    "NotifiableApplicationCertificateDict",
    {
        "type": "NotRequired[str]",
        "value": "NotRequired[str]",
        "password": "NotRequired[str]",
        "expiration": "NotRequired[str | datetime.datetime]",
    },
)
"""The JSON members of `NotifiableApplicationCertificate` as a plain mapping; unlisted members go through the model."""
