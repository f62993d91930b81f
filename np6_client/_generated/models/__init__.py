"""Contains all the data models used in inputs/outputs"""

from .bounce import Bounce
from .bounce_type import BounceType
from .data_stamp import DataStamp
from .event_identity import EventIdentity
from .event_sort import EventSort
from .event_source import EventSource
from .event_source_detail import EventSourceDetail
from .notification_event import NotificationEvent
from .red_list import RedList
from .red_list_mail import RedListMail
from .red_list_sms import RedListSms
from .render_context import RenderContext
from .render_context_display import RenderContextDisplay
from .render_link import RenderLink
from .render_link_destination import RenderLinkDestination
from .render_links_definition import RenderLinksDefinition
from .render_links_definition_data import RenderLinksDefinitionData
from .render_links_definition_variables_item import RenderLinksDefinitionVariablesItem
from .render_links_result import RenderLinksResult
from .render_receiver import RenderReceiver
from .target import Target
from .target_detail import TargetDetail
from .target_detail_fields import TargetDetailFields
from .target_field_filter import TargetFieldFilter
from .target_fields import TargetFields
from .target_update import TargetUpdate

__all__ = (
    "Bounce",
    "BounceType",
    "DataStamp",
    "EventIdentity",
    "EventSort",
    "EventSource",
    "EventSourceDetail",
    "NotificationEvent",
    "RedList",
    "RedListMail",
    "RedListSms",
    "RenderContext",
    "RenderContextDisplay",
    "RenderLink",
    "RenderLinkDestination",
    "RenderLinksDefinition",
    "RenderLinksDefinitionData",
    "RenderLinksDefinitionVariablesItem",
    "RenderLinksResult",
    "RenderReceiver",
    "Target",
    "TargetDetail",
    "TargetDetailFields",
    "TargetFieldFilter",
    "TargetFields",
    "TargetUpdate",
)
