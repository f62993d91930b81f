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
    from ..models.import_duplicate_rules import ImportDuplicateRules
    from ..models.import_feature_fields import ImportFeatureFields
    from ..models.import_red_list_destination import ImportRedListDestination


T = TypeVar("T", bound="ImportFeature")


@_attrs_define(repr=False)
class ImportFeature:
    """A feature of an import. `type` is a discriminator (segmentation, redList, duplicate, report, database and
    normalization in the reference); it is kept a plain string so that a new value never breaks a reader. Each member
    applies to the variant named in its description. Partial in the public reference: only the segmentation variant's
    members are printed, the others are known from examples, so the object stays open.

    """

    type_: str | None = None
    """ Discriminator """
    segment_id: int | None = None
    """ (segmentation) segment receiving the imported targets """
    empty_exisiting_segment: bool | None = None
    """ (segmentation) empty the segment first; the member is spelled this way by the API """
    send_final_report: bool | None = None
    """ (report) known from the reference's examples """
    send_error_report: bool | None = None
    """ (report) known from the reference's examples """
    contact_guids: list[str] | None = None
    """ (report) known from the reference's examples """
    update_existing: bool | None = None
    """ (database) known from the reference's examples """
    crush_data: bool | None = None
    """ (database) known from the reference's examples """
    rules: ImportDuplicateRules | None = None
    """ (duplicate) the duplicate rules of an import feature. Partial in the public reference: known from its
    examples only, so it stays open. """
    destination: ImportRedListDestination | None = None
    """ (redList) the redlists an import feeds. Partial in the public reference: known from its examples only, so it
    stays open. """
    fields: ImportFeatureFields | None = None
    """ (normalization) field id -> array of strings; known from the reference's examples """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        segment_id = self.segment_id

        empty_exisiting_segment = self.empty_exisiting_segment

        send_final_report = self.send_final_report

        send_error_report = self.send_error_report

        contact_guids: list[str] | None = None
        if self.contact_guids is not None:
            contact_guids = self.contact_guids

        update_existing = self.update_existing

        crush_data = self.crush_data

        rules: dict[str, Any] | None = None
        if self.rules is not None:
            rules = self.rules.to_dict()

        destination: dict[str, Any] | None = None
        if self.destination is not None:
            destination = self.destination.to_dict()

        fields: dict[str, Any] | None = None
        if self.fields is not None:
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if segment_id is not None:
            field_dict["segmentId"] = segment_id
        if empty_exisiting_segment is not None:
            field_dict["emptyExisitingSegment"] = empty_exisiting_segment
        if send_final_report is not None:
            field_dict["sendFinalReport"] = send_final_report
        if send_error_report is not None:
            field_dict["sendErrorReport"] = send_error_report
        if contact_guids is not None:
            field_dict["contactGuids"] = contact_guids
        if update_existing is not None:
            field_dict["updateExisting"] = update_existing
        if crush_data is not None:
            field_dict["crushData"] = crush_data
        if rules is not None:
            field_dict["rules"] = rules
        if destination is not None:
            field_dict["destination"] = destination
        if fields is not None:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        segment_id = d.pop("segmentId", None)

        empty_exisiting_segment = d.pop("emptyExisitingSegment", None)

        send_final_report = d.pop("sendFinalReport", None)

        send_error_report = d.pop("sendErrorReport", None)

        _contact_guids = d.pop("contactGuids", None)
        if not isinstance(_contact_guids, list) and _contact_guids is not None:
            raise TypeError(
                f"expected a JSON array, not {type(_contact_guids).__name__}"
            )
        contact_guids = cast(list[str], _contact_guids)

        update_existing = d.pop("updateExisting", None)

        crush_data = d.pop("crushData", None)

        _rules = d.pop("rules", None)
        rules: ImportDuplicateRules | None
        if _rules is None:
            rules = None
        else:
            rules = ImportDuplicateRules.from_dict(_rules)

        _destination = d.pop("destination", None)
        destination: ImportRedListDestination | None
        if _destination is None:
            destination = None
        else:
            destination = ImportRedListDestination.from_dict(_destination)

        _fields = d.pop("fields", None)
        fields: ImportFeatureFields | None
        if _fields is None:
            fields = None
        else:
            fields = ImportFeatureFields.from_dict(_fields)

        import_feature = cls(
            type_=type_,
            segment_id=segment_id,
            empty_exisiting_segment=empty_exisiting_segment,
            send_final_report=send_final_report,
            send_error_report=send_error_report,
            contact_guids=contact_guids,
            update_existing=update_existing,
            crush_data=crush_data,
            rules=rules,
            destination=destination,
            fields=fields,
        )

        import_feature.additional_properties = d
        return import_feature

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


ImportFeatureDict = TypedDict(
    "ImportFeatureDict",
    {
        "type": "NotRequired[str]",
        "segmentId": "NotRequired[int]",
        "emptyExisitingSegment": "NotRequired[bool]",
        "sendFinalReport": "NotRequired[bool]",
        "sendErrorReport": "NotRequired[bool]",
        "contactGuids": "NotRequired[list[str]]",
        "updateExisting": "NotRequired[bool]",
        "crushData": "NotRequired[bool]",
        "rules": "NotRequired[ImportDuplicateRulesDict]",
        "destination": "NotRequired[ImportRedListDestinationDict]",
        "fields": "NotRequired[ImportFeatureFieldsDict]",
    },
)
"""The JSON members of `ImportFeature` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.import_duplicate_rules import ImportDuplicateRulesDict
    from ..models.import_feature_fields import ImportFeatureFieldsDict
    from ..models.import_red_list_destination import ImportRedListDestinationDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.import_duplicate_rules import ImportDuplicateRules  # noqa: E402
from ..models.import_feature_fields import ImportFeatureFields  # noqa: E402
from ..models.import_red_list_destination import ImportRedListDestination  # noqa: E402
