"""Names and defaults the hand-written layer writes in more than one place."""

from __future__ import annotations

# Set on a request whose 2xx answer is read incrementally (the transport leaves its body unread).
STREAM_EXTENSION = "np6_stream"
# Set on a 2xx response when an earlier attempt of the same call, whose answer was lost, may
# have been applied: the answer then describes the retry only.
MAYBE_APPLIED_EXTENSION = "np6_maybe_applied"
# The `Call` a request belongs to (`np6_client._call`), set by the client's one entry point.
CALL_EXTENSION = "np6_call"
