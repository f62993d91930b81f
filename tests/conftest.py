"""What every suite shares: the collector's schedule during mutmut's coverage pass."""

import gc
from collections.abc import Iterator

import pytest


def _in_mutmut_coverage_pass() -> bool:
    try:
        from mutmut.mutation.trampoline import get_mutant_under_test
    except ImportError:  # mutmut is a development tool, not always installed
        return False
    return get_mutant_under_test() == "stats"


@pytest.fixture(autouse=True)
def _collect_between_tests_in_coverage_pass() -> Iterator[None]:
    """In mutmut's coverage pass, collect garbage between tests only, never inside a call.

    That pass runs every call through a trampoline that sets a context variable. On CPython
    before 3.12, a collection that starts inside `ContextVar.set` and runs a finaliser which sets
    one again (`EventStream.__del__` is trampolined too) frees the context's HAMT under its feet
    (python/cpython#148891): a segfault, met by the every-cut-position stream tests. Off during
    each test and collected after it, the collector never starts inside a trampoline; every test
    still runs. Mutant runs and ordinary runs keep the collector's own schedule.
    """
    if not _in_mutmut_coverage_pass():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
