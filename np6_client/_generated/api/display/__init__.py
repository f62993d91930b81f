"""Operations of the NP6 menu group "display"."""

from ...client import Client
from . import list_display_activations, list_display_content_activations


class DisplayOperations:
    """`np6.display`: every operation of the group, bound to the client."""

    __slots__ = (
        "list_display_activations",
        "list_display_content_activations",
    )

    def __init__(self, client: Client) -> None:
        self.list_display_activations = (
            list_display_activations.ListDisplayActivationsOperation(client)
        )
        self.list_display_content_activations = (
            list_display_content_activations.ListDisplayContentActivationsOperation(
                client
            )
        )


__all__ = [
    "DisplayOperations",
    "list_display_activations",
    "list_display_content_activations",
]
