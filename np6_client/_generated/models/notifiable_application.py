from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.notifiable_application_channel import NotifiableApplicationChannel
    from ..models.notifiable_application_provider import NotifiableApplicationProvider
    from ..models.notifiable_application_route import NotifiableApplicationRoute
    from ..models.object_stamp import ObjectStamp


T = TypeVar("T", bound="NotifiableApplication")


@_attrs_define(repr=False)
class NotifiableApplication:
    """A mobile application that receives notifications. `type` is the discriminator; `native` is the value seen in the
    reference. It is kept a plain string so that a new application type never breaks a reader. Partial in the public
    reference: the members after `icon` are known from examples, further members stay open.

    """

    type_: str | Unset = UNSET
    """ Discriminator """
    id: None | Unset | UUID = UNSET
    """ Application id (assigned by NP6) """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    """ Online state """
    stamp: None | ObjectStamp | Unset = UNSET
    """ Creation and modification dates (assigned by NP6) """
    icon: None | str | Unset = UNSET
    """ Application icon """
    providers: list[NotifiableApplicationProvider] | Unset = UNSET
    """ Providers delivering notifications to the application """
    routes: list[NotifiableApplicationRoute] | Unset = UNSET
    """ Existing application routes used for redirections """
    channels: list[NotifiableApplicationChannel] | None | Unset = UNSET
    """ Existing application channels for display behaviour """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        description = self.description

        active = self.active

        stamp: dict[str, Any] | None | Unset
        if isinstance(self.stamp, Unset):
            stamp = UNSET
        elif isinstance(self.stamp, ObjectStamp):
            stamp = self.stamp.to_dict()
        else:
            stamp = self.stamp

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        channels: list[dict[str, Any]] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, list):
            channels = []
            for channels_type_0_item_data in self.channels:
                channels_type_0_item = channels_type_0_item_data.to_dict()
                channels.append(channels_type_0_item)

        else:
            channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if icon is not UNSET:
            field_dict["icon"] = icon
        if providers is not UNSET:
            field_dict["providers"] = providers
        if routes is not UNSET:
            field_dict["routes"] = routes
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notifiable_application_provider import (
            NotifiableApplicationProvider,
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        def _parse_stamp(data: object) -> None | ObjectStamp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stamp_type_1 = ObjectStamp.from_dict(data)

                return stamp_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectStamp | Unset, data)

        stamp = _parse_stamp(d.pop("stamp", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        _providers = d.pop("providers", UNSET)
        providers: list[NotifiableApplicationProvider] | Unset = UNSET
        if _providers is not UNSET:
            if not isinstance(_providers, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_providers).__name__}"
                )
            providers = []
            for providers_item_data in _providers:
                providers_item = NotifiableApplicationProvider.from_dict(
                    providers_item_data
                )

                providers.append(providers_item)

        _routes = d.pop("routes", UNSET)
        routes: list[NotifiableApplicationRoute] | Unset = UNSET
        if _routes is not UNSET:
            if not isinstance(_routes, list):
                raise TypeError(f"expected a JSON array, not {type(_routes).__name__}")
            routes = []
            for routes_item_data in _routes:
                routes_item = NotifiableApplicationRoute.from_dict(routes_item_data)

                routes.append(routes_item)

        def _parse_channels(
            data: object,
        ) -> list[NotifiableApplicationChannel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channels_type_0 = []
                _channels_type_0 = data
                if not isinstance(_channels_type_0, list):
                    raise TypeError(
                        f"expected a JSON array, not {type(_channels_type_0).__name__}"
                    )
                for channels_type_0_item_data in _channels_type_0:
                    channels_type_0_item = NotifiableApplicationChannel.from_dict(
                        channels_type_0_item_data
                    )

                    channels_type_0.append(channels_type_0_item)

                return channels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotifiableApplicationChannel] | None | Unset, data)

        channels = _parse_channels(d.pop("channels", UNSET))

        notifiable_application = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            active=active,
            stamp=stamp,
            icon=icon,
            providers=providers,
            routes=routes,
            channels=channels,
        )

        notifiable_application.additional_properties = d
        return notifiable_application

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


NotifiableApplicationDict = TypedDict(
    "NotifiableApplicationDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[str | UUID | None]",
        "name": "NotRequired[str]",
        "description": "NotRequired[str]",
        "active": "NotRequired[bool]",
        "stamp": "NotRequired[None | ObjectStampDict]",
        "icon": "NotRequired[str | None]",
        "providers": "NotRequired[list[NotifiableApplicationProviderDict]]",
        "routes": "NotRequired[list[NotifiableApplicationRouteDict]]",
        "channels": "NotRequired[list[NotifiableApplicationChannelDict] | None]",
    },
)
"""The JSON members of `NotifiableApplication` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.notifiable_application_channel import NotifiableApplicationChannelDict
    from ..models.notifiable_application_provider import (
        NotifiableApplicationProviderDict,
    )
    from ..models.notifiable_application_route import NotifiableApplicationRouteDict
    from ..models.object_stamp import ObjectStampDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.notifiable_application_channel import NotifiableApplicationChannel  # noqa: E402
from ..models.notifiable_application_route import NotifiableApplicationRoute  # noqa: E402
from ..models.object_stamp import ObjectStamp  # noqa: E402
