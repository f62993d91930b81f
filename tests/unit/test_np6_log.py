"""`NP6_LOG`: the SDK's own logger to stderr at the level asked for, once, and nothing else touched."""

import io
import logging
import os
import warnings
from collections.abc import Iterator

import pytest

from np6_client import NP6Client
from np6_client._logging import LOG_FORMAT, setup_logging_from_env

LOGGER = logging.getLogger("np6_client")


@pytest.fixture(autouse=True)
def fresh_logger() -> Iterator[None]:
    handlers, level = list(LOGGER.handlers), LOGGER.level
    LOGGER.handlers.clear()
    LOGGER.setLevel(logging.NOTSET)
    yield
    LOGGER.handlers[:] = handlers
    LOGGER.setLevel(level)


def configured(monkeypatch: pytest.MonkeyPatch, value: str | None) -> list[warnings.WarningMessage]:
    if value is None:
        monkeypatch.delenv("NP6_LOG", raising=False)
    else:
        monkeypatch.setenv("NP6_LOG", value)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        setup_logging_from_env()
    return caught


@pytest.mark.parametrize("value", [None, "", "  "])
def test_without_the_variable_nothing_changes(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    assert configured(monkeypatch, value) == []
    assert (LOGGER.handlers, LOGGER.level) == ([], logging.NOTSET)


@pytest.mark.parametrize(
    ("value", "level"), [("debug", logging.DEBUG), (" DEBUG ", logging.DEBUG), ("Info", logging.INFO)]
)
def test_the_level_asked_for_goes_to_stderr_in_the_documented_format(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    stderr = io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    assert configured(monkeypatch, value) == []
    assert LOGGER.level == level
    (handler,) = LOGGER.handlers
    assert isinstance(handler, logging.StreamHandler)
    assert handler.formatter is not None and handler.formatter._fmt == LOG_FORMAT
    LOGGER.log(level, "np6: probe %d", 7)
    assert stderr.getvalue().endswith(f" {logging.getLevelName(level)} np6: probe 7\n")


def test_a_second_client_adds_no_second_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    configured(monkeypatch, "debug")
    configured(monkeypatch, "info")
    assert len(LOGGER.handlers) == 1
    assert LOGGER.level == logging.INFO


def test_an_unknown_value_warns_at_the_callers_line_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_LOG", "Verbose")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        NP6Client(api_key="sk-log-secret-3")
    assert [(w.category, str(w.message)) for w in caught] == [
        (UserWarning, "NP6_LOG='verbose' is neither 'info' nor 'debug'; ignored")
    ]
    # mutmut's trampolines add frames between the client and this line: the line is checked in ordinary runs.
    if "MUTANT_UNDER_TEST" not in os.environ:
        assert caught[0].filename == __file__
    assert (LOGGER.handlers, LOGGER.level) == ([], logging.NOTSET)
