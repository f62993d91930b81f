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

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MailArchive")


@_attrs_define(repr=False)
class MailArchive:
    """one archived email"""

    id: str | Unset = UNSET
    """ archive id """
    action: str | Unset = UNSET
    """ id of the action that produced the mail """
    target: str | Unset = UNSET
    """ id of the target that received the mail """
    sending_date: datetime.datetime | Unset = UNSET
    """ when the target received the mail """
    url: str | Unset = UNSET
    """ download address of the archive (.eml) """
    expires_on: datetime.datetime | Unset = UNSET
    """ expiry date of the url """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        target = self.target

        sending_date: str | Unset = UNSET
        if not isinstance(self.sending_date, Unset):
            sending_date = self.sending_date.isoformat()

        url = self.url

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target
        if sending_date is not UNSET:
            field_dict["sendingDate"] = sending_date
        if url is not UNSET:
            field_dict["url"] = url
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        action = d.pop("action", UNSET)

        target = d.pop("target", UNSET)

        _sending_date = d.pop("sendingDate", UNSET)
        sending_date: datetime.datetime | Unset
        if isinstance(_sending_date, Unset):
            sending_date = UNSET
        else:
            sending_date = datetime.datetime.fromisoformat(_sending_date)

        url = d.pop("url", UNSET)

        _expires_on = d.pop("expiresOn", UNSET)
        expires_on: datetime.datetime | Unset
        if isinstance(_expires_on, Unset):
            expires_on = UNSET
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
