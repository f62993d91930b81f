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
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.import_execution_content import ImportExecutionContent
    from ..models.import_execution_source import ImportExecutionSource


T = TypeVar("T", bound="ImportExecution")


@_attrs_define(repr=False)
class ImportExecution:
    """An import execution just started (NP6's earlier documentation). Partial: `content` (the binding used) and `source`
    are printed by example only, so they stay open.

    """

    start_date: datetime.datetime | None = None
    state: int | None = None
    content: ImportExecutionContent | None = None
    source: ImportExecutionSource | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | None = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        state = self.state

        content: dict[str, Any] | None = None
        if self.content is not None:
            content = self.content.to_dict()

        source: dict[str, Any] | None = None
        if self.source is not None:
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not None:
            field_dict["startDate"] = start_date
        if state is not None:
            field_dict["state"] = state
        if content is not None:
            field_dict["content"] = content
        if source is not None:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _start_date = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date is None:
            start_date = None
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        state = d.pop("state", None)

        _content = d.pop("content", None)
        content: ImportExecutionContent | None
        if _content is None:
            content = None
        else:
            content = ImportExecutionContent.from_dict(_content)

        _source = d.pop("source", None)
        source: ImportExecutionSource | None
        if _source is None:
            source = None
        else:
            source = ImportExecutionSource.from_dict(_source)

        import_execution = cls(
            start_date=start_date,
            state=state,
            content=content,
            source=source,
        )

        import_execution.additional_properties = d
        return import_execution

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


ImportExecutionDict = TypedDict(
    "ImportExecutionDict",
    {
        "startDate": "NotRequired[str | datetime.datetime]",
        "state": "NotRequired[int]",
        "content": "NotRequired[ImportExecutionContentDict]",
        "source": "NotRequired[ImportExecutionSourceDict]",
    },
)
"""The JSON members of `ImportExecution` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.import_execution_content import ImportExecutionContentDict
    from ..models.import_execution_source import ImportExecutionSourceDict


# Imported after the class so that models referring to each other import cleanly.
from ..models.import_execution_content import ImportExecutionContent  # noqa: E402
from ..models.import_execution_source import ImportExecutionSource  # noqa: E402
