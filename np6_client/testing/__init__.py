"""A fake NP6 CM API for tests, demos and benchmarks, built from the same spec as the SDK.

    from np6_client.testing import FakeNP6, Fault

    fake = FakeNP6(api_keys=("test-key",))
    with fake.serve() as url:
        ...  # point a client at url with X-Key: test-key

Collections (`/actions`, `/segments`, `/scripting/workflows`, ...) are recognised from the spec's
paths and keep state: POST creates, GET reads and lists, PUT/PATCH replace and merge, DELETE
removes, unknown ids answer 404.

Needs the `testing` extra (starlette, uvicorn). `python -m np6_client.testing` runs it standalone.
"""

from np6_client.testing._fake import FakeNP6
from np6_client.testing._faults import Fault
from np6_client.testing._recording import RecordedRequest

__all__ = ["FakeNP6", "Fault", "RecordedRequest"]
