"""Operations of the NP6 menu group "mobile_application"."""

from ...client import Client
from . import create_application, get_application, list_applications


class MobileApplicationOperations:
    """`np6.mobile_application`: every operation of the group, bound to the client."""

    __slots__ = (
        "create_application",
        "get_application",
        "list_applications",
    )

    def __init__(self, client: Client) -> None:
        self.create_application = create_application.CreateApplicationOperation(client)
        self.get_application = get_application.GetApplicationOperation(client)
        self.list_applications = list_applications.ListApplicationsOperation(client)


__all__ = [
    "MobileApplicationOperations",
    "create_application",
    "get_application",
    "list_applications",
]
