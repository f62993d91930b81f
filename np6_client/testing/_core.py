"""Everything one fake shares between its routes, its servers and the test that drives it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from np6_client.testing._account import Account
from np6_client.testing._clock import FakeClock
from np6_client.testing._connections import ConnectionRegistry
from np6_client.testing._delivery import StreamStats
from np6_client.testing._events import EventSettings
from np6_client.testing._faults import Faults
from np6_client.testing._fixed_window import FixedWindowLimit
from np6_client.testing._operation_table import Spec
from np6_client.testing._recording import Recorder
from np6_client.testing._resources import ResourcePlan
from np6_client.testing._state import Store


@dataclass(eq=False)
class Core:
    """The fake's state; the server thread and the test thread both use it."""

    api_keys: frozenset[str]
    spec: Spec
    events: EventSettings
    resources: ResourcePlan = field(default_factory=ResourcePlan)
    account: Account = field(default_factory=Account)
    clock: FakeClock = field(default_factory=FakeClock)
    store: Store = field(init=False)
    faults: Faults = field(default_factory=Faults)
    limiter: FixedWindowLimit = field(default_factory=FixedWindowLimit)
    recorder: Recorder = field(default_factory=Recorder)
    connections: ConnectionRegistry = field(default_factory=ConnectionRegistry)
    streams: StreamStats = field(default_factory=StreamStats)
    _request_numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        self.store = Store(self.resources, self.account, self.clock)

    def reset_store(self) -> None:
        """Back to the seeded resources."""
        self.store = Store(self.resources, self.account, self.clock)

    def next_request_id(self) -> str:
        """A fresh `x-request-id` value."""
        return f"fake-{next(self._request_numbers)}"
