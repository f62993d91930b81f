"""Public names read as `np6_client.X`, and the exception tree drawn in `_exceptions` is the real one."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import traceback

import pytest

import np6_client
from np6_client import NotFoundError, NP6Error, _exceptions


def test_every_public_class_and_function_names_the_package() -> None:
    public = [getattr(np6_client, name) for name in np6_client.__all__]
    named = [obj for obj in public if isinstance(obj, type) or callable(obj)]
    assert len(named) > 40
    assert [obj for obj in named if obj.__module__ != "np6_client"] == []
    assert np6_client.RedisRateLimiter.__module__ == "np6_client"  # imported on first use


def test_a_traceback_shows_the_public_name() -> None:
    try:
        raise NotFoundError.__new__(NotFoundError)
    except NP6Error as exc:
        shown = "".join(traceback.format_exception_only(exc))
    assert shown.startswith("np6_client.NotFoundError")


def test_the_drawn_exception_tree_is_the_class_tree() -> None:
    assert _exceptions.__doc__ is not None
    drawn: dict[str, str] = {}
    parents: list[str] = []
    for line in _exceptions.__doc__.splitlines():
        found = re.match(r"^ {4}([│ ]*(?:[├└]── )?)(\w+)", line)
        if not found or not found.group(2)[0].isupper():
            continue
        depth = len(found.group(1)) // 4
        parents[depth:] = [found.group(2)]
        if depth:
            drawn[found.group(2)] = parents[depth - 1]
    classes = {
        name: obj
        for name, obj in vars(_exceptions).items()
        if isinstance(obj, type) and issubclass(obj, NP6Error) and obj is not NP6Error
    }
    assert set(drawn) == set(classes)
    assert {name: cls.__mro__[1].__name__ for name, cls in classes.items()} == drawn


FIRST_REACHED_THROUGH_A_CLIENT = """
import json, importlib, np6_client
np6 = np6_client.NP6Client(api_key="k")
names = [type(np6.limiter).__module__, type(np6.rate_limit).__module__]
for module, name in (("_observer", "AttemptFinished"), ("_poller", "EventPoller"), ("_segments", "BatchResult")):
    names.append(getattr(importlib.import_module("np6_client." + module), name).__module__)
print(json.dumps(names))
"""


def test_a_class_reached_before_the_package_names_it_is_still_the_public_one() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_REACHED_THROUGH_A_CLIENT], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(done.stdout) == ["np6_client"] * 5


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("EventPoller", "np6_client._poller"),
        ("Checkpoint", "np6_client._poller"),
        ("EventStream", "np6_client._streaming.stream"),
        ("RedisRateLimiter", "np6_client._ratelimit.redis_limiter"),
        ("InProcessRateLimiter", "np6_client._ratelimit.limiter"),
        ("Quota", "np6_client._ratelimit.pacing"),
    ],
)
def test_a_name_imported_on_first_use_is_the_public_one_and_kept(
    monkeypatch: pytest.MonkeyPatch, name: str, module: str
) -> None:
    private = getattr(importlib.import_module(module), name)
    monkeypatch.delitem(vars(np6_client), name, raising=False)
    value = getattr(np6_client, name)
    assert value is private
    assert value.__module__ == "np6_client"
    assert vars(np6_client)[name] is private  # later uses find it without importing again


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError) as caught:
        np6_client.NP6Clients  # noqa: B018
    assert str(caught.value) == "module 'np6_client' has no attribute 'NP6Clients'"
