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

T = TypeVar("T", bound="MailArchive")


@_attrs_define(repr=False)
class MailArchive:
    """one archived email"""

    id: str | None = None
    """ archive id """
    action: str | None = None
    """ id of the action that produced the mail """
    target: str | None = None
    """ id of the target that received the mail """
    sending_date: datetime.datetime | None = None
    """ when the target received the mail """
    url: str | None = None
    """ download address of the archive (.eml) """
    expires_on: datetime.datetime | None = None
    """ expiry date of the url """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        target = self.target

        sending_date: str | None = None
        if self.sending_date is not None:
            sending_date = self.sending_date.isoformat()

        url = self.url

        expires_on: str | None = None
        if self.expires_on is not None:
            expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if action is not None:
            field_dict["action"] = action
        if target is not None:
            field_dict["target"] = target
        if sending_date is not None:
            field_dict["sendingDate"] = sending_date
        if url is not None:
            field_dict["url"] = url
        if expires_on is not None:
            field_dict["expiresOn"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", None)

        action = d.pop("action", None)

        target = d.pop("target", None)

        _sending_date = d.pop("sendingDate", None)
        sending_date: datetime.datetime | None
        if _sending_date is None:
            sending_date = None
        else:
            sending_date = datetime.datetime.fromisoformat(_sending_date)

        url = d.pop("url", None)

        _expires_on = d.pop("expiresOn", None)
        expires_on: datetime.datetime | None
        if _expires_on is None:
            expires_on = None
        else:
            expires_on = datetime.datetime.fromisoformat(_expires_on)

        mail_archive = cls(
            id=id,
            action=action,
            target=target,
            sending_date=sending_date,
            url=url,
            expires_on=expires_on,
        )

        mail_archive.additional_properties = d
        return mail_archive

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


MailArchiveDict = TypedDict(
    "MailArchiveDict",
    {
        "id": "NotRequired[str]",
        "action": "NotRequired[str]",
        "target": "NotRequired[str]",
        "sendingDate": "NotRequired[str | datetime.datetime]",
        "url": "NotRequired[str]",
        "expiresOn": "NotRequired[str | datetime.datetime]",
    },
)
"""The JSON members of `MailArchive` as a plain mapping; unlisted members go through the model."""
