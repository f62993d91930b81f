"""A deprecated operation warns once per process, saying whether the reference names a replacement."""

import os
import warnings

import pytest

from np6_client._spec import deprecation


def test_an_operation_without_a_named_replacement_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deprecation, "_warned", set())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        deprecation.warn_deprecated("list_segment_targets")
        deprecation.warn_deprecated("list_segment_targets")
        deprecation.warn_deprecated("clear_segment_targets")
    assert [(w.category, str(w.message)) for w in caught] == [
        (DeprecationWarning, "list_segment_targets is deprecated by NP6; the NP6 reference names no replacement"),
        (DeprecationWarning, "clear_segment_targets is deprecated by NP6; the NP6 reference names no replacement"),
    ]


def test_only_operations_with_a_named_replacement_are_mapped() -> None:
    from np6_client._spec.index import index

    replacements = deprecation._replacements()
    assert all(isinstance(name, str) and name for name in replacements.values())
    assert all(index().by_id[operation].deprecated for operation in replacements)


def test_a_caller_whose_globals_hold_no_module_name_still_gets_the_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    # Code run by exec() with a bare globals mapping: its frame has no `__name__`.
    monkeypatch.setattr(deprecation, "_warned", set())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec("warn('update_segment')", {"warn": deprecation.warn_deprecated})
    assert [str(w.message) for w in caught] == [
        "update_segment is deprecated by NP6; the NP6 reference names no replacement"
    ]


def test_user_code_called_by_the_package_is_the_line_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # A user's hook that the package calls, calling a deprecated operation: the walk stops at the hook.
    monkeypatch.setattr(deprecation, "_warned", set())

    def users_hook() -> None:
        deprecation.warn_deprecated("update_segment")

    package_code = {"__name__": "np6_client._calling_back", "hook": users_hook}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec("hook()", package_code)
    assert [str(w.message) for w in caught] == [
        "update_segment is deprecated by NP6; the NP6 reference names no replacement"
    ]
    if "MUTANT_UNDER_TEST" not in os.environ:  # mutmut's trampoline puts its own frames between the SDK's
        assert [(w.filename, w.lineno) for w in caught] == [(__file__, users_hook.__code__.co_firstlineno + 1)]
