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
    from ..models.import_source_data_item import ImportSourceDataItem


T = TypeVar("T", bound="ImportSource")


@_attrs_define(repr=False)
class ImportSource:
    """The source of an import. `type` is a discriminator (`ftp` in the reference); it is kept a plain string so that a new
    value never breaks a reader. `filename` and `data` are printed for one variant, `folder` and `templateFilename`
    appear on the ftp variant in the examples. Partial in the public reference, so it stays open.

    """

    type_: str | None = None
    """ Discriminator """
    id: int | None = None
    creation_date: datetime.datetime | None = None
    update_date: datetime.datetime | None = None
    filename: str | None = None
    data: list[ImportSourceDataItem] | None = None
    """ file content """
    folder: str | None = None
    """ (ftp) known from the reference's examples """
    template_filename: str | None = None
    """ (ftp) known from the reference's examples """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: int | None
        if self.id is None:
            id = None
        else:
            id = self.id

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

        filename = self.filename

        data: list[dict[str, Any]] | None = None
        if self.data is not None:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        folder = self.folder

        template_filename = self.template_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not None:
            field_dict["type"] = type_
        if id is not None:
            field_dict["id"] = id
        if creation_date is not None:
            field_dict["creationDate"] = creation_date
        if update_date is not None:
            field_dict["updateDate"] = update_date
        if filename is not None:
            field_dict["filename"] = filename
        if data is not None:
            field_dict["data"] = data
        if folder is not None:
            field_dict["folder"] = folder
        if template_filename is not None:
            field_dict["templateFilename"] = template_filename

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_ = d.pop("type", None)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id", None))

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

        filename = d.pop("filename", None)

        _data = d.pop("data", None)
        data: list[ImportSourceDataItem] | None = None
        if _data is not None:
            if not isinstance(_data, list):
                raise TypeError(f"expected a JSON array, not {type(_data).__name__}")
            data = []
            for data_item_data in _data:
                data_item = ImportSourceDataItem.from_dict(data_item_data)

                data.append(data_item)

        folder = d.pop("folder", None)

        template_filename = d.pop("templateFilename", None)

        import_source = cls(
            type_=type_,
            id=id,
            creation_date=creation_date,
            update_date=update_date,
            filename=filename,
            data=data,
            folder=folder,
            template_filename=template_filename,
        )

        import_source.additional_properties = d
        return import_source

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


ImportSourceDict = TypedDict(
    "ImportSourceDict",
    {
        "type": "NotRequired[str]",
        "id": "NotRequired[int | None]",
        "creationDate": "NotRequired[str | datetime.datetime]",
        "updateDate": "NotRequired[str | datetime.datetime | None]",
        "filename": "NotRequired[str]",
        "data": "NotRequired[list[ImportSourceDataItemDict]]",
        "folder": "NotRequired[str]",
        "templateFilename": "NotRequired[str]",
    },
)
"""The JSON members of `ImportSource` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.import_source_data_item import ImportSourceDataItemDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.import_source_data_item import ImportSourceDataItem  # noqa: E402
