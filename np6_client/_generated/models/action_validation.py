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

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.action_validation_variables_item import ActionValidationVariablesItem


T = TypeVar("T", bound="ActionValidation")


@_attrs_define(repr=False)
class ActionValidation:
    """body of Test or validate / Unvalidate an action"""

    fortest: bool | None = None
    """ true launches the test phase instead of validating """
    campaign_analyser: bool | None = None
    """ use the campaign analyser (feature must be enabled on the account) """
    test_segments: list[int] | None = None
    """ ids of the segments used for the test """
    media_for_test: str | None = None
    """ media overriding the default one for the test """
    textand_html: bool | None = None
    """ send both the HTML and the text versions """
    comments: str | None = None
    """ free comments """
    variables: list[ActionValidationVariablesItem] | None = None
    """ key/value variables used for the proof """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        fortest: bool | None
        if self.fortest is None:
            fortest = None
        else:
            fortest = self.fortest

        campaign_analyser: bool | None
        if self.campaign_analyser is None:
            campaign_analyser = None
        else:
            campaign_analyser = self.campaign_analyser

        test_segments: list[int] | None = None
        if self.test_segments is not None:
            test_segments = self.test_segments

        media_for_test = self.media_for_test

        textand_html: bool | None
        if self.textand_html is None:
            textand_html = None
        else:
            textand_html = self.textand_html

        comments = self.comments

        variables: list[dict[str, Any]] | None = None
        if self.variables is not None:
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fortest is not None:
            field_dict["fortest"] = fortest
        if campaign_analyser is not None:
            field_dict["campaignAnalyser"] = campaign_analyser
        if test_segments is not None:
            field_dict["testSegments"] = test_segments
        if media_for_test is not None:
            field_dict["mediaForTest"] = media_for_test
        if textand_html is not None:
            field_dict["textandHtml"] = textand_html
        if comments is not None:
            field_dict["comments"] = comments
        if variables is not None:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_validation_variables_item import (
            ActionValidationVariablesItem,
        )

        d = dict(src_dict)

        def _parse_fortest(data: object) -> bool | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(bool | None, data)

        fortest = _parse_fortest(d.pop("fortest", None))

        def _parse_campaign_analyser(data: object) -> bool | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(bool | None, data)

        campaign_analyser = _parse_campaign_analyser(d.pop("campaignAnalyser", None))

        _test_segments = d.pop("testSegments", None)
        if not isinstance(_test_segments, list) and _test_segments is not None:
            raise TypeError(
                f"expected a JSON array, not {type(_test_segments).__name__}"
            )
        test_segments = cast(list[int], _test_segments)

        media_for_test = d.pop("mediaForTest", None)

        def _parse_textand_html(data: object) -> bool | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(bool | None, data)

        textand_html = _parse_textand_html(d.pop("textandHtml", None))

        comments = d.pop("comments", None)

        _variables = d.pop("variables", None)
        variables: list[ActionValidationVariablesItem] | None = None
        if _variables is not None:
            if not isinstance(_variables, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_variables).__name__}"
                )
            variables = []
            for variables_item_data in _variables:
                variables_item = ActionValidationVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        action_validation = cls(
            fortest=fortest,
            campaign_analyser=campaign_analyser,
            test_segments=test_segments,
            media_for_test=media_for_test,
            textand_html=textand_html,
            comments=comments,
            variables=variables,
        )

        action_validation.additional_properties = d
        return action_validation

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


ActionValidationDict = TypedDict(
    "ActionValidationDict",
    {
        "fortest": "NotRequired[bool | None]",
        "campaignAnalyser": "NotRequired[bool | None]",
        "testSegments": "NotRequired[list[int]]",
        "mediaForTest": "NotRequired[str]",
        "textandHtml": "NotRequired[bool | None]",
        "comments": "NotRequired[str]",
        "variables": "NotRequired[list[ActionValidationVariablesItemDict]]",
    },
)
"""The JSON members of `ActionValidation` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.action_validation_variables_item import (
        ActionValidationVariablesItemDict,
    )
