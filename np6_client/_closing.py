"""`async with` for the SDK's objects that hold a connection or a pool until `aclose()`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self


class ClosesOnExit:
    """Leaving `async with obj:` closes it, however the block ends."""

    aclose: Callable[[], Awaitable[None]]  # what the subclass releases

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
