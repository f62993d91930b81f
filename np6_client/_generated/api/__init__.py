"""Endpoint functions, one subpackage per NP6 menu group."""

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
