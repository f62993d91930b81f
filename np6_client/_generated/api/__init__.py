"""Endpoint functions, one subpackage per NP6 menu group, and the client's namespaces over them."""

from functools import cached_property
from typing import cast

from ..client import Client
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


class Namespaces:
    """One attribute per menu group (`np6.contact`, `np6.email_sms`, ...), built on first use."""

    @cached_property
    def archives(self) -> archives.ArchivesOperations:
        """The operations of the menu group "archives"."""
        return archives.ArchivesOperations(cast(Client, self))

    @cached_property
    def campaign(self) -> campaign.CampaignOperations:
        """The operations of the menu group "campaign"."""
        return campaign.CampaignOperations(cast(Client, self))

    @cached_property
    def compilable(self) -> compilable.CompilableOperations:
        """The operations of the menu group "compilable"."""
        return compilable.CompilableOperations(cast(Client, self))

    @cached_property
    def contact(self) -> contact.ContactOperations:
        """The operations of the menu group "contact"."""
        return contact.ContactOperations(cast(Client, self))

    @cached_property
    def display(self) -> display.DisplayOperations:
        """The operations of the menu group "display"."""
        return display.DisplayOperations(cast(Client, self))

    @cached_property
    def email_sms(self) -> email_sms.EmailSmsOperations:
        """The operations of the menu group "email_sms"."""
        return email_sms.EmailSmsOperations(cast(Client, self))

    @cached_property
    def enumeration(self) -> enumeration.EnumerationOperations:
        """The operations of the menu group "enumeration"."""
        return enumeration.EnumerationOperations(cast(Client, self))

    @cached_property
    def field(self) -> field.FieldOperations:
        """The operations of the menu group "field"."""
        return field.FieldOperations(cast(Client, self))

    @cached_property
    def import_(self) -> import_.ImportOperations:
        """The operations of the menu group "import_"."""
        return import_.ImportOperations(cast(Client, self))

    @cached_property
    def marketing_pressure(self) -> marketing_pressure.MarketingPressureOperations:
        """The operations of the menu group "marketing_pressure"."""
        return marketing_pressure.MarketingPressureOperations(cast(Client, self))

    @cached_property
    def mobile_application(self) -> mobile_application.MobileApplicationOperations:
        """The operations of the menu group "mobile_application"."""
        return mobile_application.MobileApplicationOperations(cast(Client, self))

    @cached_property
    def notification(self) -> notification.NotificationOperations:
        """The operations of the menu group "notification"."""
        return notification.NotificationOperations(cast(Client, self))

    @cached_property
    def segment(self) -> segment.SegmentOperations:
        """The operations of the menu group "segment"."""
        return segment.SegmentOperations(cast(Client, self))

    @cached_property
    def subscription(self) -> subscription.SubscriptionOperations:
        """The operations of the menu group "subscription"."""
        return subscription.SubscriptionOperations(cast(Client, self))

    @cached_property
    def webtask(self) -> webtask.WebtaskOperations:
        """The operations of the menu group "webtask"."""
        return webtask.WebtaskOperations(cast(Client, self))

    @cached_property
    def workflow(self) -> workflow.WorkflowOperations:
        """The operations of the menu group "workflow"."""
        return workflow.WorkflowOperations(cast(Client, self))


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
