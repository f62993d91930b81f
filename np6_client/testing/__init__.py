"""A fake NP6 CM API for tests, demos and benchmarks, built from the same spec as the SDK.

    from np6_client.testing import FakeNP6, Fault

    fake = FakeNP6(api_keys=("test-key",))
    with fake.serve() as url:
        ...  # point a client at url with X-Key: test-key

Collections (`/actions`, `/segments`, `/scripting/workflows`, ...) are recognised from the spec's
paths and keep state: POST creates, GET reads and lists, PUT/PATCH replace and merge, DELETE
removes, unknown ids answer 404.

Actions follow NP6's lifecycle (`LIFECYCLE`), sends record the events NP6 would (read by every
event export, filtered by `start`/`end`/`sort`), dates come from `fake.clock`, and `fake.load(...)`
seeds the account. docs/fake.md describes it all.

`record(path)` and `replay(path)` are httpx transports writing and answering from a cassette of
real NP6 exchanges; `python -m np6_client.testing verify CASSETTE` scores the fake against one.

Needs the `testing` extra (starlette, uvicorn, pyyaml). `python -m np6_client.testing` runs it
standalone; the `np6_client.testing.pytest_plugin` fixtures (`np6_fake`, `np6_client`, ...) come
with it.
"""

from np6_client.testing._clock import FakeClock
from np6_client.testing._fake import FakeNP6
from np6_client.testing._faults import Fault
from np6_client.testing._lifecycle import LIFECYCLE, ActionState
from np6_client.testing._recording import RecordedRequest
from np6_client.testing._shape_check import HandlerShapeError
from np6_client.testing._tape import CassetteMissError, record, replay

__all__ = [
    "LIFECYCLE",
    "ActionState",
    "CassetteMissError",
    "FakeClock",
    "FakeNP6",
    "Fault",
    "HandlerShapeError",
    "RecordedRequest",
    "record",
    "replay",
]
