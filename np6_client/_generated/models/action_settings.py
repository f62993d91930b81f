from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    NotRequired,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_settings_consent import ActionSettingsConsent
from ..models.action_settings_edition_mode import ActionSettingsEditionMode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.action_settings_environment import ActionSettingsEnvironment
    from ..models.action_settings_mp import ActionSettingsMp
    from ..models.action_settings_performance import ActionSettingsPerformance
    from ..models.action_settings_purpose import ActionSettingsPurpose
    from ..models.action_settings_templating import ActionSettingsTemplating


T = TypeVar("T", bound="ActionSettings")


@_attrs_define(repr=False)
class ActionSettings:
    """general settings of the email action. Partial in the public reference: the members after `priority` are typed from
    the example, and further members stay open.

    """

    templating: ActionSettingsTemplating | Unset = UNSET
    """ templating settings """
    edition_mode: ActionSettingsEditionMode | Unset = UNSET
    """ edition mode """
    purpose: ActionSettingsPurpose | Unset = UNSET
    """ purpose of the email action. `type` is a discriminator whose values are not printed in the public reference,
    so the object stays open. """
    consent: ActionSettingsConsent | Unset = UNSET
    """ consent setting """
    priority: bool | Unset = UNSET
    """ true sends through a dedicated high-priority queue """
    importance: bool | Unset = UNSET
    """ true flags the email as important (exclamation mark in webmails that support it) """
    environment: ActionSettingsEnvironment | Unset = UNSET
    """ Its members are not printed in the public reference, so it stays open. """
    field: int | Unset = UNSET
    culture: str | Unset = UNSET
    content_format: int | Unset = UNSET
    """ example value 1 """
    use_form_link_ssl: bool | Unset = UNSET
    sending_profile: int | Unset = UNSET
    performance: ActionSettingsPerformance | Unset = UNSET
    mp: ActionSettingsMp | Unset = UNSET
    web_analyser: int | Unset = UNSET
    archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        templating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.templating, Unset):
            templating = self.templating.to_dict()

        edition_mode: int | Unset = UNSET
        if not isinstance(self.edition_mode, Unset):
            edition_mode = self.edition_mode.value

        purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.to_dict()

        consent: int | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent.value

        priority = self.priority

        importance = self.importance

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        field = self.field

        culture = self.culture

        content_format = self.content_format

        use_form_link_ssl = self.use_form_link_ssl

        sending_profile = self.sending_profile

        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance.to_dict()

        mp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mp, Unset):
            mp = self.mp.to_dict()

        web_analyser = self.web_analyser

        archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templating is not UNSET:
            field_dict["templating"] = templating
        if edition_mode is not UNSET:
            field_dict["editionMode"] = edition_mode
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if consent is not UNSET:
            field_dict["consent"] = consent
        if priority is not UNSET:
            field_dict["priority"] = priority
        if importance is not UNSET:
            field_dict["importance"] = importance
        if environment is not UNSET:
            field_dict["environment"] = environment
        if field is not UNSET:
            field_dict["field"] = field
        if culture is not UNSET:
            field_dict["culture"] = culture
        if content_format is not UNSET:
            field_dict["contentFormat"] = content_format
        if use_form_link_ssl is not UNSET:
            field_dict["useFormLinkSSL"] = use_form_link_ssl
        if sending_profile is not UNSET:
            field_dict["sendingProfile"] = sending_profile
        if performance is not UNSET:
            field_dict["performance"] = performance
        if mp is not UNSET:
            field_dict["mp"] = mp
        if web_analyser is not UNSET:
            field_dict["webAnalyser"] = web_analyser
        if archive is not UNSET:
            field_dict["archive"] = archive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _templating = d.pop("templating", UNSET)
        templating: ActionSettingsTemplating | Unset
        if isinstance(_templating, Unset):
            templating = UNSET
        else:
            templating = ActionSettingsTemplating.from_dict(_templating)

        _edition_mode = d.pop("editionMode", UNSET)
        edition_mode: ActionSettingsEditionMode | Unset
        if isinstance(_edition_mode, Unset):
            edition_mode = UNSET
        else:
            edition_mode = ActionSettingsEditionMode.from_raw(_edition_mode)

        _purpose = d.pop("purpose", UNSET)
        purpose: ActionSettingsPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = ActionSettingsPurpose.from_dict(_purpose)

        _consent = d.pop("consent", UNSET)
        consent: ActionSettingsConsent | Unset
        if isinstance(_consent, Unset):
            consent = UNSET
        else:
            consent = ActionSettingsConsent.from_raw(_consent)

        priority = d.pop("priority", UNSET)

        importance = d.pop("importance", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: ActionSettingsEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = ActionSettingsEnvironment.from_dict(_environment)

        field = d.pop("field", UNSET)

        culture = d.pop("culture", UNSET)

        content_format = d.pop("contentFormat", UNSET)

        use_form_link_ssl = d.pop("useFormLinkSSL", UNSET)

        sending_profile = d.pop("sendingProfile", UNSET)

        _performance = d.pop("performance", UNSET)
        performance: ActionSettingsPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = ActionSettingsPerformance.from_dict(_performance)

        _mp = d.pop("mp", UNSET)
        mp: ActionSettingsMp | Unset
        if isinstance(_mp, Unset):
            mp = UNSET
        else:
            mp = ActionSettingsMp.from_dict(_mp)

        web_analyser = d.pop("webAnalyser", UNSET)

        archive = d.pop("archive", UNSET)

        action_settings = cls(
            templating=templating,
            edition_mode=edition_mode,
            purpose=purpose,
            consent=consent,
            priority=priority,
            importance=importance,
            environment=environment,
            field=field,
            culture=culture,
            content_format=content_format,
            use_form_link_ssl=use_form_link_ssl,
            sending_profile=sending_profile,
            performance=performance,
            mp=mp,
            web_analyser=web_analyser,
            archive=archive,
        )

        action_settings.additional_properties = d
        return action_settings

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


ActionSettingsDict = TypedDict(
    "ActionSettingsDict",
    {
        "templating": "NotRequired[ActionSettingsTemplatingDict]",
        "editionMode": "NotRequired[ActionSettingsEditionMode | Literal[0, 1, 2]]",
        "purpose": "NotRequired[ActionSettingsPurposeDict]",
        "consent": "NotRequired[ActionSettingsConsent | Literal[0, 1, 2]]",
        "priority": "NotRequired[bool]",
        "importance": "NotRequired[bool]",
        "environment": "NotRequired[ActionSettingsEnvironmentDict]",
        "field": "NotRequired[int]",
        "culture": "NotRequired[str]",
        "contentFormat": "NotRequired[int]",
        "useFormLinkSSL": "NotRequired[bool]",
        "sendingProfile": "NotRequired[int]",
        "performance": "NotRequired[ActionSettingsPerformanceDict]",
        "mp": "NotRequired[ActionSettingsMpDict]",
        "webAnalyser": "NotRequired[int]",
        "archive": "NotRequired[bool]",
    },
)
"""The JSON members of `ActionSettings` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_settings_environment import ActionSettingsEnvironmentDict
    from ..models.action_settings_mp import ActionSettingsMpDict
    from ..models.action_settings_performance import ActionSettingsPerformanceDict
    from ..models.action_settings_purpose import ActionSettingsPurposeDict
    from ..models.action_settings_templating import ActionSettingsTemplatingDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.action_settings_environment import ActionSettingsEnvironment  # noqa: E402
from ..models.action_settings_mp import ActionSettingsMp  # noqa: E402
from ..models.action_settings_performance import ActionSettingsPerformance  # noqa: E402
from ..models.action_settings_purpose import ActionSettingsPurpose  # noqa: E402
from ..models.action_settings_templating import ActionSettingsTemplating  # noqa: E402
