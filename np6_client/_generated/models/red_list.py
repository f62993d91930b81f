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
    from ..models.red_list_mail import RedListMail
    from ..models.red_list_sms import RedListSms


T = TypeVar("T", bound="RedList")


@_attrs_define(repr=False)
class RedList:
    """The redList infos of the target"""

    mail: RedListMail | None = None
    """ RedListMail. Partial in the public reference: its members are known only from the example, so it stays open.
    """
    sms: RedListSms | None = None
    """ RedListSms. Partial in the public reference: its members are known only from the example, so it stays open.
    """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mail: dict[str, Any] | None = None
        if self.mail is not None:
            mail = self.mail.to_dict()

        sms: dict[str, Any] | None = None
        if self.sms is not None:
            sms = self.sms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail is not None:
            field_dict["mail"] = mail
        if sms is not None:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _mail = d.pop("mail", None)
        mail: RedListMail | None
        if _mail is None:
            mail = None
        else:
            mail = RedListMail.from_dict(_mail)

        _sms = d.pop("sms", None)
        sms: RedListSms | None
        if _sms is None:
            sms = None
        else:
            sms = RedListSms.from_dict(_sms)

        red_list = cls(
            mail=mail,
            sms=sms,
        )

        red_list.additional_properties = d
        return red_list

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


RedListDict = TypedDict(
    "RedListDict",
    {
        "mail": "NotRequired[RedListMailDict]",
        "sms": "NotRequired[RedListSmsDict]",
    },
)
"""The JSON members of `RedList` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.red_list_mail import RedListMailDict
    from ..models.red_list_sms import RedListSmsDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.red_list_mail import RedListMail  # noqa: E402
from ..models.red_list_sms import RedListSms  # noqa: E402
