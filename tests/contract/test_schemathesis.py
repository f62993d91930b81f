"""Schemathesis over every operation of the bundled spec, against the fake served on loopback.

Each operation gets its spec examples, schemathesis's coverage cases and a few generated cases,
positive and negative, with every default check: the fake must answer only documented statuses,
content types, headers and bodies, and must reject what the spec forbids. Generation is seeded and
derandomized, so a run is repeatable, and short (a handful of examples per operation).
"""

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case

from np6_client.testing import FakeNP6
from np6_client.testing._operation_table import load_bundled_spec

API_KEY = "contract-key"
EXAMPLES_PER_OPERATION = 5
DOCUMENT = copy.deepcopy(dict(load_bundled_spec()))  # schemathesis may change what it is given

# NP6's vendor media types carry JSON.
for vendor_type in ("application/vnd.np6.cm.email", "application/vnd.np6.cm.sms"):
    schemathesis.serializer.alias(vendor_type, "application/json")

CONFIG: dict[str, Any] = {
    "seed": 20240115,
    "generation": {"max-examples": EXAMPLES_PER_OPERATION, "deterministic": True, "no-shrink": True},
    "auth": {"openapi": {"XKey": {"api_key": API_KEY}}},
}
schema = schemathesis.openapi.from_dict(DOCUMENT, config=schemathesis.Config.from_dict(CONFIG))


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeNP6, str]]:
    fake = FakeNP6(api_keys=(API_KEY,), event_count=3)
    with fake.serve() as url:
        yield fake, url


@pytest.fixture
def fake_url(served: tuple[FakeNP6, str]) -> str:
    fake, url = served
    fake.reset_state()  # each operation starts from the seeded resources
    return url


# The account decides what these accept beyond their schemas: target bodies are open objects keyed
# by field name or id, and one naming no field of the account is refused (400, with a reason), as
# NP6 refuses it; a field created as a second unicity field is refused. Schema-valid data may
# therefore be rejected there.
ACCOUNT_DEPENDENT_BODIES = frozenset({"create_target", "upsert_target", "update_target", "create_field"})


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # the reset is per operation on purpose
def test_the_fake_conforms_to_the_spec(case: Case[Any], fake_url: str) -> None:
    excluded = [schemathesis.checks.positive_data_acceptance]
    if case.operation.definition.raw.get("operationId") in ACCOUNT_DEPENDENT_BODIES:
        case.call_and_validate(base_url=fake_url, excluded_checks=excluded)
    else:
        case.call_and_validate(base_url=fake_url)
