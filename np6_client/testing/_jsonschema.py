"""The spec's OpenAPI 3.0 schemas, checked by the validator the SDK itself uses.

Request checks and the shaping of stored resources into answers must agree with what the client
accepts, so both sides share `np6_client._spec.schema_validator` (openapi-schema-validator's OpenAPI
3.0 validator, every keyword and format included) rather than converting schemas on their own.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from typing import Any

from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator

from np6_client._spec.schema_validator import UUID_PATTERN, schema_validator
from np6_client.testing._operation_table import Schema, Spec


class SchemaChecker:
    """Validators for the schema objects of one spec, built once per schema object."""

    def __init__(self, spec: Spec) -> None:
        schemas = spec.document.get("components", {}).get("schemas", {})
        self._components = {"schemas": schemas}
        self._lock = threading.Lock()
        # Keyed by id(): the schema objects belong to the spec document, which outlives the checker.
        self._validators: dict[int, tuple[Schema, Validator]] = {}

    def _validator(self, schema: Schema) -> Validator:
        found = self._validators.get(id(schema))
        if found is not None and found[0] is schema:
            return found[1]
        validator = schema_validator(schema, self._components)
        with self._lock:
            self._validators[id(schema)] = (schema, validator)
        return validator

    def problem(self, value: Any, schema: Schema, where: str = "body") -> str | None:
        """Why `value` does not match the schema, or None when it does."""
        error: ValidationError | None = best_match(self._validator(schema).iter_errors(value))
        if error is None:
            return None
        path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
        return f"{where}{path}: {error.message}"

    def is_valid(self, value: Any, schema: Schema) -> bool:
        """Whether `value` matches the schema."""
        return bool(self._validator(schema).is_valid(value))


_CHECKERS: weakref.WeakKeyDictionary[Spec, SchemaChecker] = weakref.WeakKeyDictionary()
_CHECKERS_LOCK = threading.Lock()


def checker_for(spec: Spec) -> SchemaChecker:
    """The spec's checker, created on first use."""
    with _CHECKERS_LOCK:
        checker = _CHECKERS.get(spec)
        if checker is None:
            checker = _CHECKERS[spec] = SchemaChecker(spec)
        return checker


def is_uuid(text: str) -> bool:
    """Whether `text` is a hyphenated UUID."""
    return UUID_PATTERN.fullmatch(text) is not None


def canonical_uuid(text: str) -> str:
    """The lower-case form of a UUID, so that one id has one key."""
    return str(uuid.UUID(text))
