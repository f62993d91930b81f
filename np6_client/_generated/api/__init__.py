"""Endpoint functions, one subpackage per NP6 menu group, and the client's namespaces over them.

A group's package is imported on first use of `np6.<group>`, so importing the client stays cheap.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, cast

from ..client import Client

if TYPE_CHECKING:
    from . import (
        archives,
        campaign,
        compilable,
        contact,
        display,
        email_sms,
        enumeration,
        field,
        import_,
        marketing_pressure,
        mobile_application,
        notification,
        segment,
        subscription,
        webtask,
        workflow,
    )
    from .archives import ArchivesOperations
    from .campaign import CampaignOperations
    from .compilable import CompilableOperations
    from .contact import ContactOperations
    from .display import DisplayOperations
    from .email_sms import EmailSmsOperations
    from .enumeration import EnumerationOperations
    from .field import FieldOperations
    from .import_ import ImportOperations
    from .marketing_pressure import MarketingPressureOperations
    from .mobile_application import MobileApplicationOperations
    from .notification import NotificationOperations
    from .segment import SegmentOperations
    from .subscription import SubscriptionOperations
    from .webtask import WebtaskOperations
    from .workflow import WorkflowOperations

_GROUPS = frozenset(
    {
        "archives",
        "campaign",
        "compilable",
        "contact",
        "display",
        "email_sms",
        "enumeration",
        "field",
        "import_",
        "marketing_pressure",
        "mobile_application",
        "notification",
        "segment",
        "subscription",
        "webtask",
        "workflow",
    }
)


def __getattr__(name: str) -> object:
    if name not in _GROUPS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


class Namespaces:
    """One attribute per menu group (`np6.contact`, `np6.email_sms`, ...), built on first use."""

    @cached_property
    def archives(self) -> ArchivesOperations:
        """The operations of the menu group "archives"."""
        from .archives import ArchivesOperations

        return ArchivesOperations(cast(Client, self))

    @cached_property
    def campaign(self) -> CampaignOperations:
        """The operations of the menu group "campaign"."""
        from .campaign import CampaignOperations

        return CampaignOperations(cast(Client, self))

    @cached_property
    def compilable(self) -> CompilableOperations:
        """The operations of the menu group "compilable"."""
        from .compilable import CompilableOperations

        return CompilableOperations(cast(Client, self))

    @cached_property
    def contact(self) -> ContactOperations:
        """The operations of the menu group "contact"."""
        from .contact import ContactOperations

        return ContactOperations(cast(Client, self))

    @cached_property
    def display(self) -> DisplayOperations:
        """The operations of the menu group "display"."""
        from .display import DisplayOperations

        return DisplayOperations(cast(Client, self))

    @cached_property
    def email_sms(self) -> EmailSmsOperations:
        """The operations of the menu group "email_sms"."""
        from .email_sms import EmailSmsOperations

        return EmailSmsOperations(cast(Client, self))

    @cached_property
    def enumeration(self) -> EnumerationOperations:
        """The operations of the menu group "enumeration"."""
        from .enumeration import EnumerationOperations

        return EnumerationOperations(cast(Client, self))

    @cached_property
    def field(self) -> FieldOperations:
        """The operations of the menu group "field"."""
        from .field import FieldOperations

        return FieldOperations(cast(Client, self))

    @cached_property
    def import_(self) -> ImportOperations:
        """The operations of the menu group "import_"."""
        from .import_ import ImportOperations

        return ImportOperations(cast(Client, self))

    @cached_property
    def marketing_pressure(self) -> MarketingPressureOperations:
        """The operations of the menu group "marketing_pressure"."""
        from .marketing_pressure import MarketingPressureOperations

        return MarketingPressureOperations(cast(Client, self))

    @cached_property
    def mobile_application(self) -> MobileApplicationOperations:
        """The operations of the menu group "mobile_application"."""
        from .mobile_application import MobileApplicationOperations

        return MobileApplicationOperations(cast(Client, self))

    @cached_property
    def notification(self) -> NotificationOperations:
        """The operations of the menu group "notification"."""
        from .notification import NotificationOperations

        return NotificationOperations(cast(Client, self))

    @cached_property
    def segment(self) -> SegmentOperations:
        """The operations of the menu group "segment"."""
        from .segment import SegmentOperations

        return SegmentOperations(cast(Client, self))

    @cached_property
    def subscription(self) -> SubscriptionOperations:
        """The operations of the menu group "subscription"."""
        from .subscription import SubscriptionOperations

        return SubscriptionOperations(cast(Client, self))

    @cached_property
    def webtask(self) -> WebtaskOperations:
        """The operations of the menu group "webtask"."""
        from .webtask import WebtaskOperations

        return WebtaskOperations(cast(Client, self))

    @cached_property
    def workflow(self) -> WorkflowOperations:
        """The operations of the menu group "workflow"."""
        from .workflow import WorkflowOperations

        return WorkflowOperations(cast(Client, self))


__all__ = [
    "archives",
    "campaign",
    "compilable",
    "contact",
    "display",
    "email_sms",
    "enumeration",
    "field",
    "import_",
    "marketing_pressure",
    "mobile_application",
    "notification",
    "segment",
    "subscription",
    "webtask",
    "workflow",
]
