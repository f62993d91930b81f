"""Operations of the NP6 menu group "webtask"."""

from ...client import Client
from . import update_webtask


class WebtaskOperations:
    """`np6.webtask`: every operation of the group, bound to the client."""

    __slots__ = ("update_webtask",)

    def __init__(self, client: Client) -> None:
        self.update_webtask = update_webtask.UpdateWebtaskOperation(client)


__all__ = ["WebtaskOperations", "update_webtask"]
