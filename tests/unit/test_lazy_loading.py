"""What importing the SDK and making a call load: only what the call needs, checked in fresh interpreters."""

import json
import subprocess
import sys

import pytest

SCRIPT = """
import asyncio, json, os, sys, warnings
import httpx
warnings.simplefilter("ignore")
# Under mutation testing every module imports mutmut's trampoline, which loads importlib.metadata:
# what the tool itself loads is not the SDK's doing.
tool = set()
if "MUTANT_UNDER_TEST" in os.environ:
    before = set(sys.modules)
    import mutmut.mutation.trampoline
    tool = set(sys.modules) - before

def modules():
    return sorted(set(sys.modules) - tool)

class Answer(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request):
        return httpx.Response(200, json=["T1"] if request.method == "GET" else 1)

async def main():
    import np6_client
    loaded = {"import": modules()}
    async with np6_client.NP6Client(api_key="k", transport=Answer()) as np6:
        await np6.segment.list_segment_targets(1)
        loaded["get"] = modules()
        if sys.argv[1] == "body":
            await np6.segment.add_segment_targets(1, ["T1"])
            loaded["body"] = modules()
    print(json.dumps(loaded))

asyncio.run(main())
"""


def loaded(step: str) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, step], capture_output=True, text=True, check=True, timeout=60)
    result: dict[str, list[str]] = json.loads(done.stdout)
    return result


def endpoints_and_models(modules: list[str]) -> list[str]:
    prefixes = ("np6_client._generated.api.", "np6_client._generated.models.")
    return [name for name in modules if name.startswith(prefixes)]


@pytest.fixture(scope="module")
def with_body() -> dict[str, list[str]]:
    return loaded("body")


def test_importing_the_sdk_loads_no_operation_model_or_validator(with_body: dict[str, list[str]]) -> None:
    modules = with_body["import"]
    assert not endpoints_and_models(modules)
    for heavy in ("pydantic", "jsonschema", "openapi_schema_validator", "msgspec", "importlib.metadata"):
        assert heavy not in modules


def test_a_get_without_a_body_loads_its_group_and_operation_only(with_body: dict[str, list[str]]) -> None:
    modules = with_body["get"]
    assert "np6_client._generated.api.segment.list_segment_targets" in modules
    assert "np6_client._generated.api.segment.add_segment_targets" not in modules
    assert not [name for name in modules if name.startswith("np6_client._generated.api.contact")]
    for heavy in ("pydantic", "jsonschema", "openapi_schema_validator"):
        assert heavy not in modules


def test_a_body_is_still_checked_by_the_schema_validator(with_body: dict[str, list[str]]) -> None:
    assert "openapi_schema_validator" in with_body["body"]
    assert "jsonschema" in with_body["body"]


BARE_IMPORT = """
import json, sys
import np6_client
print(json.dumps(sorted(sys.modules)))
"""

# What a client runs on: loaded by the first client built, with asyncio, which only a client needs.
CLIENT_MACHINERY = (
    "asyncio",
    "np6_client._transport.seam",
    "np6_client._transport.network",
    "np6_client._ratelimit.limiter",
    "np6_client._telemetry",
    "np6_client._observer",
    "np6_client._spec.index",
    "np6_client._segments",
    "np6_client._raw",
)


def test_importing_the_package_leaves_the_client_machinery_and_asyncio_unloaded() -> None:
    done = subprocess.run([sys.executable, "-c", BARE_IMPORT], capture_output=True, text=True, check=True, timeout=60)
    modules = json.loads(done.stdout)
    assert "np6_client._client" in modules  # NP6Client itself is there
    assert [name for name in CLIENT_MACHINERY if name in modules] == []


def test_a_quiet_get_of_plain_values_builds_no_event_and_splits_no_array(with_body: dict[str, list[str]]) -> None:
    modules = with_body["get"]
    assert "np6_client._transport.seam" in modules
    assert "np6_client._observer" not in modules  # events are built for a listener only
    assert "np6_client._streaming.array_split" not in modules  # a list of ids is decoded whole


def test_every_public_name_loads_and_is_the_package_s_own() -> None:
    import np6_client

    lazy = set(np6_client._LAZY)
    assert lazy - set(np6_client.__all__) == {"RedisRateLimiter"}  # needs the redis extra: not in `import *`
    assert {"InProcessRateLimiter", "Observer", "AttemptFinished", "BatchResult", "Quota"} <= lazy
    for name in np6_client.__all__:
        value = getattr(np6_client, name)
        if isinstance(value, type):
            assert value.__module__ == "np6_client", name
