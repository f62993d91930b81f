from __future__ import annotations

import datetime
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
    from ..models.import_feature import ImportFeature
    from ..models.import_scheduler import ImportScheduler
    from ..models.import_source import ImportSource


T = TypeVar("T", bound="ImportDefinition")


@_attrs_define(repr=False)
class ImportDefinition:
    """An import definition."""

    id: int | None = None
    name: str | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    binding: int | None = None
    """ id of the import format mapping file columns to fields """
    features: list[ImportFeature] | None = None
    source: ImportSource | None = None
    """ The source of an import. `type` is a discriminator (`ftp` in the reference); it is kept a plain string so
    that a new value never breaks a reader. `filename` and `data` are printed for one variant, `folder` and
    `templateFilename` appear on the ftp variant in the examples. Partial in the public reference, so it stays open.
    """
    scheduler: ImportScheduler | None = None
    """ The scheduler of an import. `type` is a discriminator whose values are not printed in the public reference;
    it is kept a plain string. Partial in the public reference: its members are printed only up to `enabled`, so it
    stays open. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        if self.id is None:
            id = None
        else:
            id = self.id

        name = self.name

        creation_date: str | None = None
        if self.creation_date is not None:
            creation_date = self.creation_date.isoformat()

        update_date: None | str | None
        if self.update_date is None:
            update_date = None
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        binding: int | None
        if self.binding is None:
            binding = None
        else:
            binding = self.binding

        features: list[dict[str, Any]] | None = None
        if self.features is not None:
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        source: dict[str, Any] | None = None
        if self.source is not None:
            source = self.source.to_dict()

        scheduler: dict[str, Any] | None = None
        if self.scheduler is not None:
            scheduler = self.scheduler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if update_date is not None:
            field_dict["updateDate"] = update_date
        if binding is not None:
            field_dict["binding"] = binding
        if features is not None:
            field_dict["features"] = features
        if source is not None:
            field_dict["source"] = source
        if scheduler is not None:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id", None))

        name = d.pop("name", None)

        _creation_date = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date is None:
            creation_date = None
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        def _parse_update_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                update_date_type_0 = datetime.datetime.fromisoformat(data)

                return update_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        update_date = _parse_update_date(d.pop("updateDate", None))

        def _parse_binding(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        binding = _parse_binding(d.pop("binding", None))

        _features = d.pop("features", None)
        features: list[ImportFeature] | None = None
        if _features is not None:
            if not isinstance(_features, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_features).__name__}"
                )
            features = []
            for features_item_data in _features:
                features_item = ImportFeature.from_dict(features_item_data)

                features.append(features_item)

        _source = d.pop("source", None)
        source: ImportSource | None
        if _source is None:
            source = None
        else:
            source = ImportSource.from_dict(_source)

        _scheduler = d.pop("scheduler", None)
        scheduler: ImportScheduler | None
        if _scheduler is None:
            scheduler = None
        else:
            scheduler = ImportScheduler.from_dict(_scheduler)

        import_definition = cls(
            id=id,
            name=name,
            creation_date=creation_date,
            update_date=update_date,
            binding=binding,
            features=features,
            source=source,
            scheduler=scheduler,
        )

        import_definition.additional_properties = d
        return import_definition

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


ImportDefinitionDict = TypedDict(
    "ImportDefinitionDict",
    {
        "id": "NotRequired[int | None]",
        "name": "NotRequired[str]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "updateDate": "NotRequired[str | datetime.datetime | None]",
        "binding": "NotRequired[int | None]",
        "features": "NotRequired[list[ImportFeatureDict]]",
        "source": "NotRequired[ImportSourceDict]",
        "scheduler": "NotRequired[ImportSchedulerDict]",
    },
)
"""The JSON members of `ImportDefinition` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.import_feature import ImportFeatureDict
    from ..models.import_scheduler import ImportSchedulerDict
    from ..models.import_source import ImportSourceDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.import_feature import ImportFeature  # noqa: E402
from ..models.import_scheduler import ImportScheduler  # noqa: E402
from ..models.import_source import ImportSource  # noqa: E402
