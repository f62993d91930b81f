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
    from ..models.workflow_scripting_environment import WorkflowScriptingEnvironment
    from ..models.workflow_scripting_filters_item import WorkflowScriptingFiltersItem
    from ..models.workflow_scripting_imports_item import WorkflowScriptingImportsItem
    from ..models.workflow_scripting_initializers_item import (
        WorkflowScriptingInitializersItem,
    )


T = TypeVar("T", bound="WorkflowScripting")


@_attrs_define(repr=False)
class WorkflowScripting:
    """Script settings of a workflow. `version` is a discriminator whose values are not printed in the public reference; it
    is kept a plain string and the object stays open.

    """

    version: str | None = None
    """ Discriminator """
    environment: WorkflowScriptingEnvironment | None = None
    """ Environment definition """
    imports: list[WorkflowScriptingImportsItem] | None = None
    """ Imports definition """
    initializers: list[WorkflowScriptingInitializersItem] | None = None
    """ Initializers definition """
    filters: list[WorkflowScriptingFiltersItem] | None = None
    """ Filters definition """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        environment: dict[str, Any] | None = None
        if self.environment is not None:
            environment = self.environment.to_dict()

        imports: list[dict[str, Any]] | None = None
        if self.imports is not None:
            imports = []
            for imports_item_data in self.imports:
                imports_item = imports_item_data.to_dict()
                imports.append(imports_item)

        initializers: list[dict[str, Any]] | None = None
        if self.initializers is not None:
            initializers = []
            for initializers_item_data in self.initializers:
                initializers_item = initializers_item_data.to_dict()
                initializers.append(initializers_item)

        filters: list[dict[str, Any]] | None = None
        if self.filters is not None:
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not None:
            field_dict["version"] = version
        if environment is not None:
            field_dict["environment"] = environment
        if imports is not None:
            field_dict["imports"] = imports
        if initializers is not None:
            field_dict["initializers"] = initializers
        if filters is not None:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_scripting_filters_item import (
            WorkflowScriptingFiltersItem,
        )
        from ..models.workflow_scripting_imports_item import (
            WorkflowScriptingImportsItem,
        )
        from ..models.workflow_scripting_initializers_item import (
            WorkflowScriptingInitializersItem,
        )

        d = dict(src_dict)
        version = d.pop("version", None)

        _environment = d.pop("environment", None)
        environment: WorkflowScriptingEnvironment | None
        if _environment is None:
            environment = None
        else:
            environment = WorkflowScriptingEnvironment.from_dict(_environment)

        _imports = d.pop("imports", None)
        imports: list[WorkflowScriptingImportsItem] | None = None
        if _imports is not None:
            if not isinstance(_imports, list):
                raise TypeError(f"expected a JSON array, not {type(_imports).__name__}")
            imports = []
            for imports_item_data in _imports:
                imports_item = WorkflowScriptingImportsItem.from_dict(imports_item_data)

                imports.append(imports_item)

        _initializers = d.pop("initializers", None)
        initializers: list[WorkflowScriptingInitializersItem] | None = None
        if _initializers is not None:
            if not isinstance(_initializers, list):
                raise TypeError(
                    f"expected a JSON array, not {type(_initializers).__name__}"
                )
            initializers = []
            for initializers_item_data in _initializers:
                initializers_item = WorkflowScriptingInitializersItem.from_dict(
                    initializers_item_data
                )

                initializers.append(initializers_item)

        _filters = d.pop("filters", None)
        filters: list[WorkflowScriptingFiltersItem] | None = None
        if _filters is not None:
            if not isinstance(_filters, list):
                raise TypeError(f"expected a JSON array, not {type(_filters).__name__}")
            filters = []
            for filters_item_data in _filters:
                filters_item = WorkflowScriptingFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        workflow_scripting = cls(
            version=version,
            environment=environment,
            imports=imports,
            initializers=initializers,
            filters=filters,
        )

        workflow_scripting.additional_properties = d
        return workflow_scripting

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


WorkflowScriptingDict = TypedDict(
    "WorkflowScriptingDict",
    {
        "version": "NotRequired[str]",
        "environment": "NotRequired[WorkflowScriptingEnvironmentDict]",
        "imports": "NotRequired[list[WorkflowScriptingImportsItemDict]]",
        "initializers": "NotRequired[list[WorkflowScriptingInitializersItemDict]]",
        "filters": "NotRequired[list[WorkflowScriptingFiltersItemDict]]",
    },
)
"""The JSON members of `WorkflowScripting` as a plain mapping; unlisted members go through the model."""

if TYPE_CHECKING:
    from ..models.workflow_scripting_environment import WorkflowScriptingEnvironmentDict
    from ..models.workflow_scripting_filters_item import (
        WorkflowScriptingFiltersItemDict,
    )
    from ..models.workflow_scripting_imports_item import (
        WorkflowScriptingImportsItemDict,
    )
    from ..models.workflow_scripting_initializers_item import (
        WorkflowScriptingInitializersItemDict,
    )


# Imported after the class so that models referring to each other import cleanly.
from ..models.workflow_scripting_environment import WorkflowScriptingEnvironment  # noqa: E402
