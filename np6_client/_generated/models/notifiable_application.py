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

from ..types import model_repr

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

    type_: str | None = None
    """ Discriminator """
    id: None | UUID = None
    """ Application id (assigned by NP6) """
    name: str | None = None
    description: str | None = None
    active: bool | None = None
    """ Online state """
    stamp: None | ObjectStamp | None = None
    """ Creation and modification dates (assigned by NP6) """
    icon: None | str | None = None
    """ Application icon """
    providers: list[NotifiableApplicationProvider] | None = None
    """ Providers delivering notifications to the application """
    routes: list[NotifiableApplicationRoute] | None = None
    """ Existing application routes used for redirections """
    channels: list[NotifiableApplicationChannel] | None = None
    """ Existing application channels for display behaviour """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id: None | str | None
        if self.id is None:
            id = None
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        description = self.description

        active = self.active

        stamp: dict[str, Any] | None
        if self.stamp is None:
            stamp = None
        elif isinstance(self.stamp, ObjectStamp):
            stamp = self.stamp.to_dict()
        else:
            stamp = self.stamp

        icon: None | str | None
        if self.icon is None:
            icon = None
        else:
            icon = self.icon

        providers: list[dict[str, Any]] | None = None
        if self.providers is not None:
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        routes: list[dict[str, Any]] | None = None
        if self.routes is not None:
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        channels: list[dict[str, Any]] | None
        if self.channels is None:
            channels = None
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
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if description is not None:
            field_dict["description"] = description
        if active is not None:
            field_dict["active"] = active
        if stamp is not None:
            field_dict["stamp"] = stamp
        if icon is not None:
            field_dict["icon"] = icon
        if providers is not None:
            field_dict["providers"] = providers
        if routes is not None:
            field_dict["routes"] = routes
        if channels is not None:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notifiable_application_provider import (
            NotifiableApplicationProvider,
        )

        d = dict(src_dict)
        type_ = d.pop("type", None)

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id", None))

        name = d.pop("name", None)

        description = d.pop("description", None)

        active = d.pop("active", None)

        def _parse_stamp(data: object) -> None | ObjectStamp | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stamp_type_1 = ObjectStamp.from_dict(data)

                return stamp_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectStamp | None, data)

        stamp = _parse_stamp(d.pop("stamp", None))

        def _parse_icon(data: object) -> None | str | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(None | str | None, data)

        icon = _parse_icon(d.pop("icon", None))

        _providers = d.pop("providers", None)
        providers: list[NotifiableApplicationProvider] | None = None
        if _providers is not None:
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

        _routes = d.pop("routes", None)
        routes: list[NotifiableApplicationRoute] | None = None
        if _routes is not None:
            if not isinstance(_routes, list):
                raise TypeError(f"expected a JSON array, not {type(_routes).__name__}")
            routes = []
            for routes_item_data in _routes:
                routes_item = NotifiableApplicationRoute.from_dict(routes_item_data)

                routes.append(routes_item)

        def _parse_channels(
            data: object,
        ) -> list[NotifiableApplicationChannel] | None:
            if data is None:
                return data
            if data is None:
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
            return cast(list[NotifiableApplicationChannel] | None, data)

        channels = _parse_channels(d.pop("channels", None))

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
