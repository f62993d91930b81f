"""Adding any number of targets to a static segment, 50 at a time as NP6 requires."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from ._exceptions import InvalidRequestError, NP6Error
from ._public import public

if TYPE_CHECKING:
    from ._generated.client import Client

MAX_TARGETS_PER_CALL = 50


@public
@attrs.frozen
class BatchResult:
    """One call's outcome: the ids sent, how many NP6 added, or the error it raised.

    `uncertain` is True when an attempt whose answer was lost was retried: the first attempt
    may have added the targets, so the retry's count would understate; `added` is then None.
    """

    index: int
    target_ids: tuple[str, ...]
    added: int | None = None
    error: NP6Error | None = None
    uncertain: bool = False

    @property
    def ok(self) -> bool:
        """True when NP6 accepted this batch."""
        return self.error is None


def _checked_ids(target_ids: Iterable[str]) -> list[str]:
    if isinstance(target_ids, str | bytes | bytearray | Mapping):  # iterable, but not a collection of ids
        raise InvalidRequestError("target_ids", f"must be a list of ids, not a {type(target_ids).__name__}")
    ids = list(target_ids)
    for position, target_id in enumerate(ids):
        if not isinstance(target_id, str) or not target_id:
            raise InvalidRequestError(f"target_ids[{position}]", "must be a non-empty string")
    return ids


async def add_targets_in_batches(
    client: Client,
    segment_id: int,
    target_ids: Iterable[str],
    *,
    batch_size: int,
    stop_on_error: bool,
) -> Sequence[BatchResult]:
    """Send the ids in batches of at most 50, one call at a time, and report each batch.

    Batches run in order so a failure leaves a clear boundary: every id before it was sent.
    An error in one batch is recorded and the next batch still goes, unless `stop_on_error`.
    """
    from ._generated.api.segment import add_segment_targets

    if isinstance(segment_id, bool) or not isinstance(segment_id, int):
        raise InvalidRequestError("segment_id", "must be an integer")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= MAX_TARGETS_PER_CALL:
        raise InvalidRequestError("batch_size", f"must be between 1 and {MAX_TARGETS_PER_CALL}")
    ids = _checked_ids(target_ids)
    results: list[BatchResult] = []
    for index, start in enumerate(range(0, len(ids), batch_size)):
        batch = tuple(ids[start : start + batch_size])
        try:
            response = await add_segment_targets.asyncio_detailed(segment_id, client=client, body=list(batch))
        except NP6Error as exc:
            results.append(BatchResult(index, batch, error=exc, uncertain=getattr(exc, "uncertain", False)))
            if stop_on_error:
                break
        else:
            if response.maybe_applied:
                results.append(BatchResult(index, batch, uncertain=True))
            else:
                results.append(BatchResult(index, batch, added=response.parsed))
    return results
