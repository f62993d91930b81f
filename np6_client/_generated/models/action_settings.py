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
from ..types import model_repr

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

    templating: ActionSettingsTemplating | None = None
    """ templating settings """
    edition_mode: ActionSettingsEditionMode | None = None
    """ edition mode """
    purpose: ActionSettingsPurpose | None = None
    """ purpose of the email action. `type` is a discriminator whose values are not printed in the public reference,
    so the object stays open. """
    consent: ActionSettingsConsent | None = None
    """ consent setting """
    priority: bool | None = None
    """ true sends through a dedicated high-priority queue """
    importance: bool | None = None
    """ true flags the email as important (exclamation mark in webmails that support it) """
    environment: ActionSettingsEnvironment | None = None
    """ Its members are not printed in the public reference, so it stays open. """
    field: int | None = None
    culture: str | None = None
    content_format: int | None = None
    """ example value 1 """
    use_form_link_ssl: bool | None = None
    sending_profile: int | None = None
    performance: ActionSettingsPerformance | None = None
    mp: ActionSettingsMp | None = None
    web_analyser: int | None = None
    archive: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        templating: dict[str, Any] | None = None
        if self.templating is not None:
            templating = self.templating.to_dict()

        edition_mode: int | None = None
        if self.edition_mode is not None:
            edition_mode = self.edition_mode.value

        purpose: dict[str, Any] | None = None
        if self.purpose is not None:
            purpose = self.purpose.to_dict()

        consent: int | None = None
        if self.consent is not None:
            consent = self.consent.value

        priority = self.priority

        importance = self.importance

        environment: dict[str, Any] | None = None
        if self.environment is not None:
            environment = self.environment.to_dict()

        field = self.field

        culture = self.culture

        content_format = self.content_format

        use_form_link_ssl = self.use_form_link_ssl

        sending_profile = self.sending_profile

        performance: dict[str, Any] | None = None
        if self.performance is not None:
            performance = self.performance.to_dict()

        mp: dict[str, Any] | None = None
        if self.mp is not None:
            mp = self.mp.to_dict()

        web_analyser = self.web_analyser

        archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templating is not None:
            field_dict["templating"] = templating
        if edition_mode is not None:
            field_dict["editionMode"] = edition_mode
        if purpose is not None:
            field_dict["purpose"] = purpose
        if consent is not None:
            field_dict["consent"] = consent
        if priority is not None:
            field_dict["priority"] = priority
        if importance is not None:
            field_dict["importance"] = importance
        if environment is not None:
            field_dict["environment"] = environment
        if field is not None:
            field_dict["field"] = field
        if culture is not None:
            field_dict["culture"] = culture
        if content_format is not None:
            field_dict["contentFormat"] = content_format
        if use_form_link_ssl is not None:
            field_dict["useFormLinkSSL"] = use_form_link_ssl
        if sending_profile is not None:
            field_dict["sendingProfile"] = sending_profile
        if performance is not None:
            field_dict["performance"] = performance
        if mp is not None:
            field_dict["mp"] = mp
        if web_analyser is not None:
            field_dict["webAnalyser"] = web_analyser
        if archive is not None:
            field_dict["archive"] = archive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _templating = d.pop("templating", None)
        templating: ActionSettingsTemplating | None
        if _templating is None:
            templating = None
        else:
            templating = ActionSettingsTemplating.from_dict(_templating)

        _edition_mode = d.pop("editionMode", None)
        edition_mode: ActionSettingsEditionMode | None
        if _edition_mode is None:
            edition_mode = None
        else:
            edition_mode = ActionSettingsEditionMode.from_raw(_edition_mode)

        _purpose = d.pop("purpose", None)
        purpose: ActionSettingsPurpose | None
        if _purpose is None:
            purpose = None
        else:
            purpose = ActionSettingsPurpose.from_dict(_purpose)

        _consent = d.pop("consent", None)
        consent: ActionSettingsConsent | None
        if _consent is None:
            consent = None
        else:
            consent = ActionSettingsConsent.from_raw(_consent)

        priority = d.pop("priority", None)

        importance = d.pop("importance", None)

        _environment = d.pop("environment", None)
        environment: ActionSettingsEnvironment | None
        if _environment is None:
            environment = None
        else:
            environment = ActionSettingsEnvironment.from_dict(_environment)

        field = d.pop("field", None)

        culture = d.pop("culture", None)

        content_format = d.pop("contentFormat", None)

        use_form_link_ssl = d.pop("useFormLinkSSL", None)

        sending_profile = d.pop("sendingProfile", None)

        _performance = d.pop("performance", None)
        performance: ActionSettingsPerformance | None
        if _performance is None:
            performance = None
        else:
            performance = ActionSettingsPerformance.from_dict(_performance)

        _mp = d.pop("mp", None)
        mp: ActionSettingsMp | None
        if _mp is None:
            mp = None
        else:
            mp = ActionSettingsMp.from_dict(_mp)

        web_analyser = d.pop("webAnalyser", None)

        archive = d.pop("archive", None)

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
