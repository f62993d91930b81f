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
    from ..models.notifiable_application_certificate import (
        NotifiableApplicationCertificate,
    )


T = TypeVar("T", bound="NotifiableApplicationProvider")


@_attrs_define(repr=False)
class NotifiableApplicationProvider:
    """A provider delivering notifications to the application. `type` is the discriminator; the values seen in the
    reference are firebase (with `key` and `sender`), apns (with `certificate` and `bundle`) and http (with `url`). It
    is kept a plain string so that a new provider never breaks a reader. Partial in the public reference: members are
    known from examples only, so the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    key: str | None = None
    """ Provider key (firebase) """
    sender: str | None = None
    """ Sender (firebase) """
    certificate: NotifiableApplicationCertificate | None = None
    """ Certificate of an apns provider. `type` is a discriminator (`p12` in the reference's example). Partial in
    the public reference: members are known from an example only, so the object stays open. """
    bundle: str | None = None
    """ Application bundle (apns) """
    url: str | None = None
    """ Provider url (http) """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        sender = self.sender

        certificate: dict[str, Any] | None = None
        if self.certificate is not None:
            certificate = self.certificate.to_dict()

        bundle = self.bundle

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if key is not None:
            field_dict["key"] = key
        if sender is not None:
            field_dict["sender"] = sender
        if certificate is not None:
            field_dict["certificate"] = certificate
        if bundle is not None:
            field_dict["bundle"] = bundle
        if url is not None:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notifiable_application_certificate import (
            NotifiableApplicationCertificate,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        key = d.pop("key", None)

        sender = d.pop("sender", None)

        _certificate = d.pop("certificate", None)
        certificate: NotifiableApplicationCertificate | None
        if _certificate is None:
            certificate = None
        else:
            certificate = NotifiableApplicationCertificate.from_dict(_certificate)

        bundle = d.pop("bundle", None)

        url = d.pop("url", None)

        notifiable_application_provider = cls(
            type_=type_,
            key=key,
            sender=sender,
            certificate=certificate,
            bundle=bundle,
            url=url,
        )

        notifiable_application_provider.additional_properties = d
        return notifiable_application_provider

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


NotifiableApplicationProviderDict = TypedDict(
    "NotifiableApplicationProviderDict",
    {
        "type": "NotRequired[str]",
        "key": "NotRequired[str]",
        "sender": "NotRequired[str]",
        "certificate": "NotRequired[NotifiableApplicationCertificateDict]",
        "bundle": "NotRequired[str]",
        "url": "NotRequired[str]",
    },
)
"""The JSON members of `NotifiableApplicationProvider` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notifiable_application_certificate import (
        NotifiableApplicationCertificateDict,
    )
