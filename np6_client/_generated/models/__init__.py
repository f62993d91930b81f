"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_content import ActionContent
from .action_content_headers import ActionContentHeaders
from .action_event import ActionEvent
from .action_event_source import ActionEventSource
from .action_event_source_detail import ActionEventSourceDetail
from .action_execution_result import ActionExecutionResult
from .action_execution_result_recipient import ActionExecutionResultRecipient
from .action_from import ActionFrom
from .action_informations import ActionInformations
from .action_render_result import ActionRenderResult
from .action_render_result_headers import ActionRenderResultHeaders
from .action_render_result_sender import ActionRenderResultSender
from .action_scheduler import ActionScheduler
from .action_scheduler_monitor import ActionSchedulerMonitor
from .action_settings import ActionSettings
from .action_settings_consent import ActionSettingsConsent
from .action_settings_edition_mode import ActionSettingsEditionMode
from .action_settings_environment import ActionSettingsEnvironment
from .action_settings_mp import ActionSettingsMp
from .action_settings_performance import ActionSettingsPerformance
from .action_settings_purpose import ActionSettingsPurpose
from .action_settings_templating import ActionSettingsTemplating
from .action_state import ActionState
from .action_summary import ActionSummary
from .action_summary_settings import ActionSummarySettings
from .action_target_message import ActionTargetMessage
from .action_target_message_data import ActionTargetMessageData
from .action_validation import ActionValidation
from .action_validation_variables_item import ActionValidationVariablesItem
from .bounce import Bounce
from .bounce_type import BounceType
from .campaign import Campaign
from .campaign_channel_events_filter import CampaignChannelEventsFilter
from .campaign_channel_events_filter_events_item import (
    CampaignChannelEventsFilterEventsItem,
)
from .campaign_event import CampaignEvent
from .campaign_event_source import CampaignEventSource
from .campaign_event_source_detail import CampaignEventSourceDetail
from .campaign_item import CampaignItem
from .campaign_items_events_filter import CampaignItemsEventsFilter
from .compilable import Compilable
from .compilable_arguments import CompilableArguments
from .compilable_execution_result import CompilableExecutionResult
from .compilable_execution_result_arguments import CompilableExecutionResultArguments
from .compilable_execution_result_value import CompilableExecutionResultValue
from .compilable_flaw import CompilableFlaw
from .compilable_value import CompilableValue
from .compilable_value_cursors_item import CompilableValueCursorsItem
from .compilable_value_parameters_item import CompilableValueParametersItem
from .compilable_value_preview import CompilableValuePreview
from .compilable_value_source import CompilableValueSource
from .contact_event import ContactEvent
from .contact_event_identity import ContactEventIdentity
from .contact_event_source import ContactEventSource
from .data_stamp import DataStamp
from .display_event import DisplayEvent
from .display_event_source import DisplayEventSource
from .email_message_definition import EmailMessageDefinition
from .email_message_definition_attachments_item import (
    EmailMessageDefinitionAttachmentsItem,
)
from .email_message_definition_attachments_item_data import (
    EmailMessageDefinitionAttachmentsItemData,
)
from .email_message_definition_blocks_item import EmailMessageDefinitionBlocksItem
from .email_message_definition_content import EmailMessageDefinitionContent
from .email_message_definition_copies_item import EmailMessageDefinitionCopiesItem
from .email_message_definition_data import EmailMessageDefinitionData
from .email_message_definition_headers import EmailMessageDefinitionHeaders
from .email_message_definition_headers_from import EmailMessageDefinitionHeadersFrom
from .email_message_definition_recipient import EmailMessageDefinitionRecipient
from .email_message_definition_related import EmailMessageDefinitionRelated
from .email_message_definition_variables_item import EmailMessageDefinitionVariablesItem
from .email_render_definition import EmailRenderDefinition
from .email_render_definition_blocks_item import EmailRenderDefinitionBlocksItem
from .email_render_definition_content import EmailRenderDefinitionContent
from .email_render_definition_data import EmailRenderDefinitionData
from .email_render_definition_headers import EmailRenderDefinitionHeaders
from .email_render_definition_headers_from import EmailRenderDefinitionHeadersFrom
from .email_render_definition_variables_item import EmailRenderDefinitionVariablesItem
from .event_identity import EventIdentity
from .event_sort import EventSort
from .event_source import EventSource
from .event_source_detail import EventSourceDetail
from .field import Field
from .field_constraint import FieldConstraint
from .field_constraint_operator import FieldConstraintOperator
from .import_definition import ImportDefinition
from .import_duplicate_rules import ImportDuplicateRules
from .import_execution_state import ImportExecutionState
from .import_execution_state_state import ImportExecutionStateState
from .import_feature import ImportFeature
from .import_feature_fields import ImportFeatureFields
from .import_red_list_destination import ImportRedListDestination
from .import_scheduler import ImportScheduler
from .import_source import ImportSource
from .import_source_data_item import ImportSourceDataItem
from .mail_archive import MailArchive
from .marketing_pressure_topic import MarketingPressureTopic
from .notifiable_application import NotifiableApplication
from .notifiable_application_certificate import NotifiableApplicationCertificate
from .notifiable_application_channel import NotifiableApplicationChannel
from .notifiable_application_provider import NotifiableApplicationProvider
from .notifiable_application_route import NotifiableApplicationRoute
from .notifiable_application_value import NotifiableApplicationValue
from .notification import Notification
from .notification_channel import NotificationChannel
from .notification_event import NotificationEvent
from .notification_execution import NotificationExecution
from .notification_execution_data import NotificationExecutionData
from .notification_execution_variables_item import NotificationExecutionVariablesItem
from .notification_recipient import NotificationRecipient
from .notification_recipient_value import NotificationRecipientValue
from .notification_redirection import NotificationRedirection
from .notification_render_meta import NotificationRenderMeta
from .notification_render_meta_stamp import NotificationRenderMetaStamp
from .notification_render_receiver import NotificationRenderReceiver
from .notification_render_request import NotificationRenderRequest
from .notification_render_request_related import NotificationRenderRequestRelated
from .notification_render_request_stamp import NotificationRenderRequestStamp
from .notification_render_result import NotificationRenderResult
from .notification_render_values import NotificationRenderValues
from .notification_settings import NotificationSettings
from .notification_settings_expiration import NotificationSettingsExpiration
from .notification_settings_mp import NotificationSettingsMp
from .notification_settings_purpose import NotificationSettingsPurpose
from .notification_task import NotificationTask
from .notification_task_scheduler import NotificationTaskScheduler
from .notification_version_item import NotificationVersionItem
from .object_stamp import ObjectStamp
from .red_list import RedList
from .red_list_mail import RedListMail
from .red_list_sms import RedListSms
from .redlist_entry import RedlistEntry
from .redlist_entry_detail import RedlistEntryDetail
from .redlist_entry_origin import RedlistEntryOrigin
from .render_context import RenderContext
from .render_context_display import RenderContextDisplay
from .render_link import RenderLink
from .render_link_destination import RenderLinkDestination
from .render_links_definition import RenderLinksDefinition
from .render_links_definition_data import RenderLinksDefinitionData
from .render_links_definition_variables_item import RenderLinksDefinitionVariablesItem
from .render_links_result import RenderLinksResult
from .render_receiver import RenderReceiver
from .segment import Segment
from .sms_message_definition import SmsMessageDefinition
from .sms_render_definition import SmsRenderDefinition
from .subscription import Subscription
from .subscription_contact import SubscriptionContact
from .subscription_lifecycle import SubscriptionLifecycle
from .subscription_lifecycle_event import SubscriptionLifecycleEvent
from .subscription_lifecycle_modification import SubscriptionLifecycleModification
from .subscription_provider import SubscriptionProvider
from .subscription_user_type_0 import SubscriptionUserType0
from .target import Target
from .target_detail import TargetDetail
from .target_detail_fields import TargetDetailFields
from .target_field_filter import TargetFieldFilter
from .target_fields import TargetFields
from .target_notification import TargetNotification
from .target_update import TargetUpdate
from .targets_bulk_deletion import TargetsBulkDeletion
from .targets_count import TargetsCount
from .value_list import ValueList
from .value_list_value import ValueListValue
from .webtask import Webtask
from .webtask_scripting import WebtaskScripting
from .webtask_scripting_environment import WebtaskScriptingEnvironment
from .webtask_settings import WebtaskSettings
from .webtask_update_item import WebtaskUpdateItem
from .workflow import Workflow
from .workflow_capping import WorkflowCapping
from .workflow_capping_period import WorkflowCappingPeriod
from .workflow_capping_period_unit import WorkflowCappingPeriodUnit
from .workflow_expression import WorkflowExpression
from .workflow_expression_value import WorkflowExpressionValue
from .workflow_listener import WorkflowListener
from .workflow_listener_event import WorkflowListenerEvent
from .workflow_node import WorkflowNode
from .workflow_node_flow import WorkflowNodeFlow
from .workflow_node_settings import WorkflowNodeSettings
from .workflow_scripting import WorkflowScripting
from .workflow_scripting_environment import WorkflowScriptingEnvironment
from .workflow_scripting_filters_item import WorkflowScriptingFiltersItem
from .workflow_scripting_imports_item import WorkflowScriptingImportsItem
from .workflow_scripting_initializers_item import WorkflowScriptingInitializersItem
from .workflow_settings import WorkflowSettings
from .workflow_state import WorkflowState
from .workflow_task import WorkflowTask
from .workflow_task_provider import WorkflowTaskProvider
from .workflow_task_provider_projection import WorkflowTaskProviderProjection
from .workflow_task_provider_value import WorkflowTaskProviderValue
from .workflow_task_scheduler import WorkflowTaskScheduler
from .workflow_task_scheduler_time_zone import WorkflowTaskSchedulerTimeZone

__all__ = (
    "Action",
    "ActionContent",
    "ActionContentHeaders",
    "ActionEvent",
    "ActionEventSource",
    "ActionEventSourceDetail",
    "ActionExecutionResult",
    "ActionExecutionResultRecipient",
    "ActionFrom",
    "ActionInformations",
    "ActionRenderResult",
    "ActionRenderResultHeaders",
    "ActionRenderResultSender",
    "ActionScheduler",
    "ActionSchedulerMonitor",
    "ActionSettings",
    "ActionSettingsConsent",
    "ActionSettingsEditionMode",
    "ActionSettingsEnvironment",
    "ActionSettingsMp",
    "ActionSettingsPerformance",
    "ActionSettingsPurpose",
    "ActionSettingsTemplating",
    "ActionState",
    "ActionSummary",
    "ActionSummarySettings",
    "ActionTargetMessage",
    "ActionTargetMessageData",
    "ActionValidation",
    "ActionValidationVariablesItem",
    "Bounce",
    "BounceType",
    "Campaign",
    "CampaignChannelEventsFilter",
    "CampaignChannelEventsFilterEventsItem",
    "CampaignEvent",
    "CampaignEventSource",
    "CampaignEventSourceDetail",
    "CampaignItem",
    "CampaignItemsEventsFilter",
    "Compilable",
    "CompilableArguments",
    "CompilableExecutionResult",
    "CompilableExecutionResultArguments",
    "CompilableExecutionResultValue",
    "CompilableFlaw",
    "CompilableValue",
    "CompilableValueCursorsItem",
    "CompilableValueParametersItem",
    "CompilableValuePreview",
    "CompilableValueSource",
    "ContactEvent",
    "ContactEventIdentity",
    "ContactEventSource",
    "DataStamp",
    "DisplayEvent",
    "DisplayEventSource",
    "EmailMessageDefinition",
    "EmailMessageDefinitionAttachmentsItem",
    "EmailMessageDefinitionAttachmentsItemData",
    "EmailMessageDefinitionBlocksItem",
    "EmailMessageDefinitionContent",
    "EmailMessageDefinitionCopiesItem",
    "EmailMessageDefinitionData",
    "EmailMessageDefinitionHeaders",
    "EmailMessageDefinitionHeadersFrom",
    "EmailMessageDefinitionRecipient",
    "EmailMessageDefinitionRelated",
    "EmailMessageDefinitionVariablesItem",
    "EmailRenderDefinition",
    "EmailRenderDefinitionBlocksItem",
    "EmailRenderDefinitionContent",
    "EmailRenderDefinitionData",
    "EmailRenderDefinitionHeaders",
    "EmailRenderDefinitionHeadersFrom",
    "EmailRenderDefinitionVariablesItem",
    "EventIdentity",
    "EventSort",
    "EventSource",
    "EventSourceDetail",
    "Field",
    "FieldConstraint",
    "FieldConstraintOperator",
    "ImportDefinition",
    "ImportDuplicateRules",
    "ImportExecutionState",
    "ImportExecutionStateState",
    "ImportFeature",
    "ImportFeatureFields",
    "ImportRedListDestination",
    "ImportScheduler",
    "ImportSource",
    "ImportSourceDataItem",
    "MailArchive",
    "MarketingPressureTopic",
    "NotifiableApplication",
    "NotifiableApplicationCertificate",
    "NotifiableApplicationChannel",
    "NotifiableApplicationProvider",
    "NotifiableApplicationRoute",
    "NotifiableApplicationValue",
    "Notification",
    "NotificationChannel",
    "NotificationEvent",
    "NotificationExecution",
    "NotificationExecutionData",
    "NotificationExecutionVariablesItem",
    "NotificationRecipient",
    "NotificationRecipientValue",
    "NotificationRedirection",
    "NotificationRenderMeta",
    "NotificationRenderMetaStamp",
    "NotificationRenderReceiver",
    "NotificationRenderRequest",
    "NotificationRenderRequestRelated",
    "NotificationRenderRequestStamp",
    "NotificationRenderResult",
    "NotificationRenderValues",
    "NotificationSettings",
    "NotificationSettingsExpiration",
    "NotificationSettingsMp",
    "NotificationSettingsPurpose",
    "NotificationTask",
    "NotificationTaskScheduler",
    "NotificationVersionItem",
    "ObjectStamp",
    "RedList",
    "RedListMail",
    "RedListSms",
    "RedlistEntry",
    "RedlistEntryDetail",
    "RedlistEntryOrigin",
    "RenderContext",
    "RenderContextDisplay",
    "RenderLink",
    "RenderLinkDestination",
    "RenderLinksDefinition",
    "RenderLinksDefinitionData",
    "RenderLinksDefinitionVariablesItem",
    "RenderLinksResult",
    "RenderReceiver",
    "Segment",
    "SmsMessageDefinition",
    "SmsRenderDefinition",
    "Subscription",
    "SubscriptionContact",
    "SubscriptionLifecycle",
    "SubscriptionLifecycleEvent",
    "SubscriptionLifecycleModification",
    "SubscriptionProvider",
    "SubscriptionUserType0",
    "Target",
    "TargetDetail",
    "TargetDetailFields",
    "TargetFieldFilter",
    "TargetFields",
    "TargetNotification",
    "TargetUpdate",
    "TargetsBulkDeletion",
    "TargetsCount",
    "ValueList",
    "ValueListValue",
    "Webtask",
    "WebtaskScripting",
    "WebtaskScriptingEnvironment",
    "WebtaskSettings",
    "WebtaskUpdateItem",
    "Workflow",
    "WorkflowCapping",
    "WorkflowCappingPeriod",
    "WorkflowCappingPeriodUnit",
    "WorkflowExpression",
    "WorkflowExpressionValue",
    "WorkflowListener",
    "WorkflowListenerEvent",
    "WorkflowNode",
    "WorkflowNodeFlow",
    "WorkflowNodeSettings",
    "WorkflowScripting",
    "WorkflowScriptingEnvironment",
    "WorkflowScriptingFiltersItem",
    "WorkflowScriptingImportsItem",
    "WorkflowScriptingInitializersItem",
    "WorkflowSettings",
    "WorkflowState",
    "WorkflowTask",
    "WorkflowTaskProvider",
    "WorkflowTaskProviderProjection",
    "WorkflowTaskProviderValue",
    "WorkflowTaskScheduler",
    "WorkflowTaskSchedulerTimeZone",
)
