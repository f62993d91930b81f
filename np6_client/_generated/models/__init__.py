"""Contains all the data models used in inputs/outputs, and the TypedDict of each (`<Model>Dict`)."""

from .action import Action, ActionDict
from .action_content import ActionContent, ActionContentDict
from .action_content_headers import ActionContentHeaders, ActionContentHeadersDict
from .action_event import ActionEvent, ActionEventDict
from .action_event_source import ActionEventSource, ActionEventSourceDict
from .action_event_source_detail import (
    ActionEventSourceDetail,
    ActionEventSourceDetailDict,
)
from .action_execution_result import ActionExecutionResult, ActionExecutionResultDict
from .action_execution_result_recipient import (
    ActionExecutionResultRecipient,
    ActionExecutionResultRecipientDict,
)
from .action_from import ActionFrom, ActionFromDict
from .action_informations import ActionInformations, ActionInformationsDict
from .action_render_result import ActionRenderResult, ActionRenderResultDict
from .action_render_result_headers import (
    ActionRenderResultHeaders,
    ActionRenderResultHeadersDict,
)
from .action_render_result_sender import (
    ActionRenderResultSender,
    ActionRenderResultSenderDict,
)
from .action_scheduler import ActionScheduler, ActionSchedulerDict
from .action_scheduler_monitor import ActionSchedulerMonitor, ActionSchedulerMonitorDict
from .action_settings import ActionSettings, ActionSettingsDict
from .action_settings_consent import ActionSettingsConsent
from .action_settings_edition_mode import ActionSettingsEditionMode
from .action_settings_environment import (
    ActionSettingsEnvironment,
    ActionSettingsEnvironmentDict,
)
from .action_settings_mp import ActionSettingsMp, ActionSettingsMpDict
from .action_settings_performance import (
    ActionSettingsPerformance,
    ActionSettingsPerformanceDict,
)
from .action_settings_purpose import ActionSettingsPurpose, ActionSettingsPurposeDict
from .action_settings_templating import (
    ActionSettingsTemplating,
    ActionSettingsTemplatingDict,
)
from .action_state import ActionState
from .action_summary import ActionSummary, ActionSummaryDict
from .action_summary_settings import ActionSummarySettings, ActionSummarySettingsDict
from .action_target_message import ActionTargetMessage, ActionTargetMessageDict
from .action_target_message_data import (
    ActionTargetMessageData,
    ActionTargetMessageDataDict,
)
from .action_validation import ActionValidation, ActionValidationDict
from .action_validation_variables_item import (
    ActionValidationVariablesItem,
    ActionValidationVariablesItemDict,
)
from .bounce import Bounce, BounceDict
from .bounce_type import BounceType
from .campaign import Campaign, CampaignDict
from .campaign_channel_events_filter import (
    CampaignChannelEventsFilter,
    CampaignChannelEventsFilterDict,
)
from .campaign_channel_events_filter_events_item import (
    CampaignChannelEventsFilterEventsItem,
    CampaignChannelEventsFilterEventsItemDict,
)
from .campaign_event import CampaignEvent, CampaignEventDict
from .campaign_event_source import CampaignEventSource, CampaignEventSourceDict
from .campaign_event_source_detail import (
    CampaignEventSourceDetail,
    CampaignEventSourceDetailDict,
)
from .campaign_item import CampaignItem, CampaignItemDict
from .campaign_items_events_filter import (
    CampaignItemsEventsFilter,
    CampaignItemsEventsFilterDict,
)
from .compilable import Compilable, CompilableDict
from .compilable_arguments import CompilableArguments, CompilableArgumentsDict
from .compilable_execution_result import (
    CompilableExecutionResult,
    CompilableExecutionResultDict,
)
from .compilable_execution_result_arguments import (
    CompilableExecutionResultArguments,
    CompilableExecutionResultArgumentsDict,
)
from .compilable_execution_result_value import (
    CompilableExecutionResultValue,
    CompilableExecutionResultValueDict,
)
from .compilable_flaw import CompilableFlaw, CompilableFlawDict
from .compilable_value import CompilableValue, CompilableValueDict
from .compilable_value_cursors_item import (
    CompilableValueCursorsItem,
    CompilableValueCursorsItemDict,
)
from .compilable_value_parameters_item import (
    CompilableValueParametersItem,
    CompilableValueParametersItemDict,
)
from .compilable_value_preview import CompilableValuePreview, CompilableValuePreviewDict
from .compilable_value_source import CompilableValueSource, CompilableValueSourceDict
from .contact_event import ContactEvent, ContactEventDict
from .contact_event_identity import ContactEventIdentity, ContactEventIdentityDict
from .contact_event_source import ContactEventSource, ContactEventSourceDict
from .data_stamp import DataStamp, DataStampDict
from .display_event import DisplayEvent, DisplayEventDict
from .display_event_source import DisplayEventSource, DisplayEventSourceDict
from .email_message_definition import EmailMessageDefinition, EmailMessageDefinitionDict
from .email_message_definition_attachments_item import (
    EmailMessageDefinitionAttachmentsItem,
    EmailMessageDefinitionAttachmentsItemDict,
)
from .email_message_definition_attachments_item_data import (
    EmailMessageDefinitionAttachmentsItemData,
    EmailMessageDefinitionAttachmentsItemDataDict,
)
from .email_message_definition_blocks_item import (
    EmailMessageDefinitionBlocksItem,
    EmailMessageDefinitionBlocksItemDict,
)
from .email_message_definition_content import (
    EmailMessageDefinitionContent,
    EmailMessageDefinitionContentDict,
)
from .email_message_definition_copies_item import (
    EmailMessageDefinitionCopiesItem,
    EmailMessageDefinitionCopiesItemDict,
)
from .email_message_definition_data import (
    EmailMessageDefinitionData,
    EmailMessageDefinitionDataDict,
)
from .email_message_definition_headers import (
    EmailMessageDefinitionHeaders,
    EmailMessageDefinitionHeadersDict,
)
from .email_message_definition_headers_from import (
    EmailMessageDefinitionHeadersFrom,
    EmailMessageDefinitionHeadersFromDict,
)
from .email_message_definition_recipient import (
    EmailMessageDefinitionRecipient,
    EmailMessageDefinitionRecipientDict,
)
from .email_message_definition_related import (
    EmailMessageDefinitionRelated,
    EmailMessageDefinitionRelatedDict,
)
from .email_message_definition_variables_item import (
    EmailMessageDefinitionVariablesItem,
    EmailMessageDefinitionVariablesItemDict,
)
from .email_render_definition import EmailRenderDefinition, EmailRenderDefinitionDict
from .email_render_definition_blocks_item import (
    EmailRenderDefinitionBlocksItem,
    EmailRenderDefinitionBlocksItemDict,
)
from .email_render_definition_content import (
    EmailRenderDefinitionContent,
    EmailRenderDefinitionContentDict,
)
from .email_render_definition_data import (
    EmailRenderDefinitionData,
    EmailRenderDefinitionDataDict,
)
from .email_render_definition_headers import (
    EmailRenderDefinitionHeaders,
    EmailRenderDefinitionHeadersDict,
)
from .email_render_definition_headers_from import (
    EmailRenderDefinitionHeadersFrom,
    EmailRenderDefinitionHeadersFromDict,
)
from .email_render_definition_variables_item import (
    EmailRenderDefinitionVariablesItem,
    EmailRenderDefinitionVariablesItemDict,
)
from .event_identity import EventIdentity, EventIdentityDict
from .event_sort import EventSort
from .event_source import EventSource, EventSourceDict
from .event_source_detail import EventSourceDetail, EventSourceDetailDict
from .field import Field, FieldDict
from .field_constraint import FieldConstraint, FieldConstraintDict
from .field_constraint_operator import FieldConstraintOperator
from .field_definition import FieldDefinition, FieldDefinitionDict
from .import_definition import ImportDefinition, ImportDefinitionDict
from .import_duplicate_rules import ImportDuplicateRules, ImportDuplicateRulesDict
from .import_execution import ImportExecution, ImportExecutionDict
from .import_execution_content import ImportExecutionContent, ImportExecutionContentDict
from .import_execution_request import ImportExecutionRequest, ImportExecutionRequestDict
from .import_execution_source import ImportExecutionSource, ImportExecutionSourceDict
from .import_execution_state import ImportExecutionState, ImportExecutionStateDict
from .import_execution_state_state import ImportExecutionStateState
from .import_feature import ImportFeature, ImportFeatureDict
from .import_feature_fields import ImportFeatureFields, ImportFeatureFieldsDict
from .import_red_list_destination import (
    ImportRedListDestination,
    ImportRedListDestinationDict,
)
from .import_scheduler import ImportScheduler, ImportSchedulerDict
from .import_source import ImportSource, ImportSourceDict
from .import_source_data_item import ImportSourceDataItem, ImportSourceDataItemDict
from .mail_archive import MailArchive, MailArchiveDict
from .marketing_pressure_topic import MarketingPressureTopic, MarketingPressureTopicDict
from .notifiable_application import NotifiableApplication, NotifiableApplicationDict
from .notifiable_application_certificate import (
    NotifiableApplicationCertificate,
    NotifiableApplicationCertificateDict,
)
from .notifiable_application_channel import (
    NotifiableApplicationChannel,
    NotifiableApplicationChannelDict,
)
from .notifiable_application_provider import (
    NotifiableApplicationProvider,
    NotifiableApplicationProviderDict,
)
from .notifiable_application_route import (
    NotifiableApplicationRoute,
    NotifiableApplicationRouteDict,
)
from .notifiable_application_value import (
    NotifiableApplicationValue,
    NotifiableApplicationValueDict,
)
from .notification import Notification, NotificationDict
from .notification_channel import NotificationChannel, NotificationChannelDict
from .notification_event import NotificationEvent, NotificationEventDict
from .notification_execution import NotificationExecution, NotificationExecutionDict
from .notification_execution_data import (
    NotificationExecutionData,
    NotificationExecutionDataDict,
)
from .notification_execution_variables_item import (
    NotificationExecutionVariablesItem,
    NotificationExecutionVariablesItemDict,
)
from .notification_recipient import NotificationRecipient, NotificationRecipientDict
from .notification_recipient_value import (
    NotificationRecipientValue,
    NotificationRecipientValueDict,
)
from .notification_redirection import (
    NotificationRedirection,
    NotificationRedirectionDict,
)
from .notification_render_meta import NotificationRenderMeta, NotificationRenderMetaDict
from .notification_render_meta_stamp import (
    NotificationRenderMetaStamp,
    NotificationRenderMetaStampDict,
)
from .notification_render_receiver import (
    NotificationRenderReceiver,
    NotificationRenderReceiverDict,
)
from .notification_render_request import (
    NotificationRenderRequest,
    NotificationRenderRequestDict,
)
from .notification_render_request_related import (
    NotificationRenderRequestRelated,
    NotificationRenderRequestRelatedDict,
)
from .notification_render_request_stamp import (
    NotificationRenderRequestStamp,
    NotificationRenderRequestStampDict,
)
from .notification_render_result import (
    NotificationRenderResult,
    NotificationRenderResultDict,
)
from .notification_render_values import (
    NotificationRenderValues,
    NotificationRenderValuesDict,
)
from .notification_settings import NotificationSettings, NotificationSettingsDict
from .notification_settings_expiration import (
    NotificationSettingsExpiration,
    NotificationSettingsExpirationDict,
)
from .notification_settings_mp import NotificationSettingsMp, NotificationSettingsMpDict
from .notification_settings_purpose import (
    NotificationSettingsPurpose,
    NotificationSettingsPurposeDict,
)
from .notification_task import NotificationTask, NotificationTaskDict
from .notification_task_scheduler import (
    NotificationTaskScheduler,
    NotificationTaskSchedulerDict,
)
from .notification_version_item import (
    NotificationVersionItem,
    NotificationVersionItemDict,
)
from .object_stamp import ObjectStamp, ObjectStampDict
from .red_list import RedList, RedListDict
from .red_list_mail import RedListMail, RedListMailDict
from .red_list_sms import RedListSms, RedListSmsDict
from .redlist_entry import RedlistEntry, RedlistEntryDict
from .redlist_entry_detail import RedlistEntryDetail, RedlistEntryDetailDict
from .redlist_entry_origin import RedlistEntryOrigin
from .render_context import RenderContext, RenderContextDict
from .render_context_display import RenderContextDisplay
from .render_link import RenderLink, RenderLinkDict
from .render_link_destination import RenderLinkDestination, RenderLinkDestinationDict
from .render_links_definition import RenderLinksDefinition, RenderLinksDefinitionDict
from .render_links_definition_data import (
    RenderLinksDefinitionData,
    RenderLinksDefinitionDataDict,
)
from .render_links_definition_variables_item import (
    RenderLinksDefinitionVariablesItem,
    RenderLinksDefinitionVariablesItemDict,
)
from .render_links_result import RenderLinksResult, RenderLinksResultDict
from .render_receiver import RenderReceiver, RenderReceiverDict
from .segment import Segment, SegmentDict
from .sms_message_definition import SmsMessageDefinition, SmsMessageDefinitionDict
from .sms_render_definition import SmsRenderDefinition, SmsRenderDefinitionDict
from .subscription import Subscription, SubscriptionDict
from .subscription_contact import SubscriptionContact, SubscriptionContactDict
from .subscription_lifecycle import SubscriptionLifecycle, SubscriptionLifecycleDict
from .subscription_lifecycle_event import (
    SubscriptionLifecycleEvent,
    SubscriptionLifecycleEventDict,
)
from .subscription_lifecycle_modification import (
    SubscriptionLifecycleModification,
    SubscriptionLifecycleModificationDict,
)
from .subscription_provider import SubscriptionProvider, SubscriptionProviderDict
from .subscription_user_type_0 import SubscriptionUserType0, SubscriptionUserType0Dict
from .target import Target, TargetDict
from .target_detail import TargetDetail, TargetDetailDict
from .target_detail_fields import TargetDetailFields, TargetDetailFieldsDict
from .target_field_filter import TargetFieldFilter, TargetFieldFilterDict
from .target_fields import TargetFields, TargetFieldsDict
from .target_notification import TargetNotification, TargetNotificationDict
from .target_update import TargetUpdate, TargetUpdateDict
from .target_values import TargetValues, TargetValuesDict
from .targets_bulk_deletion import TargetsBulkDeletion, TargetsBulkDeletionDict
from .targets_count import TargetsCount, TargetsCountDict
from .value_list import ValueList, ValueListDict
from .value_list_value import ValueListValue, ValueListValueDict
from .webtask import Webtask, WebtaskDict
from .webtask_scripting import WebtaskScripting, WebtaskScriptingDict
from .webtask_scripting_environment import (
    WebtaskScriptingEnvironment,
    WebtaskScriptingEnvironmentDict,
)
from .webtask_settings import WebtaskSettings, WebtaskSettingsDict
from .webtask_update_item import WebtaskUpdateItem, WebtaskUpdateItemDict
from .workflow import Workflow, WorkflowDict
from .workflow_capping import WorkflowCapping, WorkflowCappingDict
from .workflow_capping_period import WorkflowCappingPeriod, WorkflowCappingPeriodDict
from .workflow_capping_period_unit import WorkflowCappingPeriodUnit
from .workflow_expression import WorkflowExpression, WorkflowExpressionDict
from .workflow_expression_value import (
    WorkflowExpressionValue,
    WorkflowExpressionValueDict,
)
from .workflow_listener import WorkflowListener, WorkflowListenerDict
from .workflow_listener_event import WorkflowListenerEvent, WorkflowListenerEventDict
from .workflow_node import WorkflowNode, WorkflowNodeDict
from .workflow_node_flow import WorkflowNodeFlow, WorkflowNodeFlowDict
from .workflow_node_settings import WorkflowNodeSettings, WorkflowNodeSettingsDict
from .workflow_scripting import WorkflowScripting, WorkflowScriptingDict
from .workflow_scripting_environment import (
    WorkflowScriptingEnvironment,
    WorkflowScriptingEnvironmentDict,
)
from .workflow_scripting_filters_item import (
    WorkflowScriptingFiltersItem,
    WorkflowScriptingFiltersItemDict,
)
from .workflow_scripting_imports_item import (
    WorkflowScriptingImportsItem,
    WorkflowScriptingImportsItemDict,
)
from .workflow_scripting_initializers_item import (
    WorkflowScriptingInitializersItem,
    WorkflowScriptingInitializersItemDict,
)
from .workflow_settings import WorkflowSettings, WorkflowSettingsDict
from .workflow_state import WorkflowState
from .workflow_task import WorkflowTask, WorkflowTaskDict
from .workflow_task_provider import WorkflowTaskProvider, WorkflowTaskProviderDict
from .workflow_task_provider_projection import (
    WorkflowTaskProviderProjection,
    WorkflowTaskProviderProjectionDict,
)
from .workflow_task_provider_value import (
    WorkflowTaskProviderValue,
    WorkflowTaskProviderValueDict,
)
from .workflow_task_scheduler import WorkflowTaskScheduler, WorkflowTaskSchedulerDict
from .workflow_task_scheduler_time_zone import (
    WorkflowTaskSchedulerTimeZone,
    WorkflowTaskSchedulerTimeZoneDict,
)

__all__ = (
    "Action",
    "ActionContent",
    "ActionContentDict",
    "ActionContentHeaders",
    "ActionContentHeadersDict",
    "ActionDict",
    "ActionEvent",
    "ActionEventDict",
    "ActionEventSource",
    "ActionEventSourceDetail",
    "ActionEventSourceDetailDict",
    "ActionEventSourceDict",
    "ActionExecutionResult",
    "ActionExecutionResultDict",
    "ActionExecutionResultRecipient",
    "ActionExecutionResultRecipientDict",
    "ActionFrom",
    "ActionFromDict",
    "ActionInformations",
    "ActionInformationsDict",
    "ActionRenderResult",
    "ActionRenderResultDict",
    "ActionRenderResultHeaders",
    "ActionRenderResultHeadersDict",
    "ActionRenderResultSender",
    "ActionRenderResultSenderDict",
    "ActionScheduler",
    "ActionSchedulerDict",
    "ActionSchedulerMonitor",
    "ActionSchedulerMonitorDict",
    "ActionSettings",
    "ActionSettingsConsent",
    "ActionSettingsDict",
    "ActionSettingsEditionMode",
    "ActionSettingsEnvironment",
    "ActionSettingsEnvironmentDict",
    "ActionSettingsMp",
    "ActionSettingsMpDict",
    "ActionSettingsPerformance",
    "ActionSettingsPerformanceDict",
    "ActionSettingsPurpose",
    "ActionSettingsPurposeDict",
    "ActionSettingsTemplating",
    "ActionSettingsTemplatingDict",
    "ActionState",
    "ActionSummary",
    "ActionSummaryDict",
    "ActionSummarySettings",
    "ActionSummarySettingsDict",
    "ActionTargetMessage",
    "ActionTargetMessageData",
    "ActionTargetMessageDataDict",
    "ActionTargetMessageDict",
    "ActionValidation",
    "ActionValidationDict",
    "ActionValidationVariablesItem",
    "ActionValidationVariablesItemDict",
    "Bounce",
    "BounceDict",
    "BounceType",
    "Campaign",
    "CampaignChannelEventsFilter",
    "CampaignChannelEventsFilterDict",
    "CampaignChannelEventsFilterEventsItem",
    "CampaignChannelEventsFilterEventsItemDict",
    "CampaignDict",
    "CampaignEvent",
    "CampaignEventDict",
    "CampaignEventSource",
    "CampaignEventSourceDetail",
    "CampaignEventSourceDetailDict",
    "CampaignEventSourceDict",
    "CampaignItem",
    "CampaignItemDict",
    "CampaignItemsEventsFilter",
    "CampaignItemsEventsFilterDict",
    "Compilable",
    "CompilableArguments",
    "CompilableArgumentsDict",
    "CompilableDict",
    "CompilableExecutionResult",
    "CompilableExecutionResultArguments",
    "CompilableExecutionResultArgumentsDict",
    "CompilableExecutionResultDict",
    "CompilableExecutionResultValue",
    "CompilableExecutionResultValueDict",
    "CompilableFlaw",
    "CompilableFlawDict",
    "CompilableValue",
    "CompilableValueCursorsItem",
    "CompilableValueCursorsItemDict",
    "CompilableValueDict",
    "CompilableValueParametersItem",
    "CompilableValueParametersItemDict",
    "CompilableValuePreview",
    "CompilableValuePreviewDict",
    "CompilableValueSource",
    "CompilableValueSourceDict",
    "ContactEvent",
    "ContactEventDict",
    "ContactEventIdentity",
    "ContactEventIdentityDict",
    "ContactEventSource",
    "ContactEventSourceDict",
    "DataStamp",
    "DataStampDict",
    "DisplayEvent",
    "DisplayEventDict",
    "DisplayEventSource",
    "DisplayEventSourceDict",
    "EmailMessageDefinition",
    "EmailMessageDefinitionAttachmentsItem",
    "EmailMessageDefinitionAttachmentsItemData",
    "EmailMessageDefinitionAttachmentsItemDataDict",
    "EmailMessageDefinitionAttachmentsItemDict",
    "EmailMessageDefinitionBlocksItem",
    "EmailMessageDefinitionBlocksItemDict",
    "EmailMessageDefinitionContent",
    "EmailMessageDefinitionContentDict",
    "EmailMessageDefinitionCopiesItem",
    "EmailMessageDefinitionCopiesItemDict",
    "EmailMessageDefinitionData",
    "EmailMessageDefinitionDataDict",
    "EmailMessageDefinitionDict",
    "EmailMessageDefinitionHeaders",
    "EmailMessageDefinitionHeadersDict",
    "EmailMessageDefinitionHeadersFrom",
    "EmailMessageDefinitionHeadersFromDict",
    "EmailMessageDefinitionRecipient",
    "EmailMessageDefinitionRecipientDict",
    "EmailMessageDefinitionRelated",
    "EmailMessageDefinitionRelatedDict",
    "EmailMessageDefinitionVariablesItem",
    "EmailMessageDefinitionVariablesItemDict",
    "EmailRenderDefinition",
    "EmailRenderDefinitionBlocksItem",
    "EmailRenderDefinitionBlocksItemDict",
    "EmailRenderDefinitionContent",
    "EmailRenderDefinitionContentDict",
    "EmailRenderDefinitionData",
    "EmailRenderDefinitionDataDict",
    "EmailRenderDefinitionDict",
    "EmailRenderDefinitionHeaders",
    "EmailRenderDefinitionHeadersDict",
    "EmailRenderDefinitionHeadersFrom",
    "EmailRenderDefinitionHeadersFromDict",
    "EmailRenderDefinitionVariablesItem",
    "EmailRenderDefinitionVariablesItemDict",
    "EventIdentity",
    "EventIdentityDict",
    "EventSort",
    "EventSource",
    "EventSourceDetail",
    "EventSourceDetailDict",
    "EventSourceDict",
    "Field",
    "FieldConstraint",
    "FieldConstraintDict",
    "FieldConstraintOperator",
    "FieldDefinition",
    "FieldDefinitionDict",
    "FieldDict",
    "ImportDefinition",
    "ImportDefinitionDict",
    "ImportDuplicateRules",
    "ImportDuplicateRulesDict",
    "ImportExecution",
    "ImportExecutionContent",
    "ImportExecutionContentDict",
    "ImportExecutionDict",
    "ImportExecutionRequest",
    "ImportExecutionRequestDict",
    "ImportExecutionSource",
    "ImportExecutionSourceDict",
    "ImportExecutionState",
    "ImportExecutionStateDict",
    "ImportExecutionStateState",
    "ImportFeature",
    "ImportFeatureDict",
    "ImportFeatureFields",
    "ImportFeatureFieldsDict",
    "ImportRedListDestination",
    "ImportRedListDestinationDict",
    "ImportScheduler",
    "ImportSchedulerDict",
    "ImportSource",
    "ImportSourceDataItem",
    "ImportSourceDataItemDict",
    "ImportSourceDict",
    "MailArchive",
    "MailArchiveDict",
    "MarketingPressureTopic",
    "MarketingPressureTopicDict",
    "NotifiableApplication",
    "NotifiableApplicationCertificate",
    "NotifiableApplicationCertificateDict",
    "NotifiableApplicationChannel",
    "NotifiableApplicationChannelDict",
    "NotifiableApplicationDict",
    "NotifiableApplicationProvider",
    "NotifiableApplicationProviderDict",
    "NotifiableApplicationRoute",
    "NotifiableApplicationRouteDict",
    "NotifiableApplicationValue",
    "NotifiableApplicationValueDict",
    "Notification",
    "NotificationChannel",
    "NotificationChannelDict",
    "NotificationDict",
    "NotificationEvent",
    "NotificationEventDict",
    "NotificationExecution",
    "NotificationExecutionData",
    "NotificationExecutionDataDict",
    "NotificationExecutionDict",
    "NotificationExecutionVariablesItem",
    "NotificationExecutionVariablesItemDict",
    "NotificationRecipient",
    "NotificationRecipientDict",
    "NotificationRecipientValue",
    "NotificationRecipientValueDict",
    "NotificationRedirection",
    "NotificationRedirectionDict",
    "NotificationRenderMeta",
    "NotificationRenderMetaDict",
    "NotificationRenderMetaStamp",
    "NotificationRenderMetaStampDict",
    "NotificationRenderReceiver",
    "NotificationRenderReceiverDict",
    "NotificationRenderRequest",
    "NotificationRenderRequestDict",
    "NotificationRenderRequestRelated",
    "NotificationRenderRequestRelatedDict",
    "NotificationRenderRequestStamp",
    "NotificationRenderRequestStampDict",
    "NotificationRenderResult",
    "NotificationRenderResultDict",
    "NotificationRenderValues",
    "NotificationRenderValuesDict",
    "NotificationSettings",
    "NotificationSettingsDict",
    "NotificationSettingsExpiration",
    "NotificationSettingsExpirationDict",
    "NotificationSettingsMp",
    "NotificationSettingsMpDict",
    "NotificationSettingsPurpose",
    "NotificationSettingsPurposeDict",
    "NotificationTask",
    "NotificationTaskDict",
    "NotificationTaskScheduler",
    "NotificationTaskSchedulerDict",
    "NotificationVersionItem",
    "NotificationVersionItemDict",
    "ObjectStamp",
    "ObjectStampDict",
    "RedList",
    "RedListDict",
    "RedListMail",
    "RedListMailDict",
    "RedListSms",
    "RedListSmsDict",
    "RedlistEntry",
    "RedlistEntryDetail",
    "RedlistEntryDetailDict",
    "RedlistEntryDict",
    "RedlistEntryOrigin",
    "RenderContext",
    "RenderContextDict",
    "RenderContextDisplay",
    "RenderLink",
    "RenderLinkDestination",
    "RenderLinkDestinationDict",
    "RenderLinkDict",
    "RenderLinksDefinition",
    "RenderLinksDefinitionData",
    "RenderLinksDefinitionDataDict",
    "RenderLinksDefinitionDict",
    "RenderLinksDefinitionVariablesItem",
    "RenderLinksDefinitionVariablesItemDict",
    "RenderLinksResult",
    "RenderLinksResultDict",
    "RenderReceiver",
    "RenderReceiverDict",
    "Segment",
    "SegmentDict",
    "SmsMessageDefinition",
    "SmsMessageDefinitionDict",
    "SmsRenderDefinition",
    "SmsRenderDefinitionDict",
    "Subscription",
    "SubscriptionContact",
    "SubscriptionContactDict",
    "SubscriptionDict",
    "SubscriptionLifecycle",
    "SubscriptionLifecycleDict",
    "SubscriptionLifecycleEvent",
    "SubscriptionLifecycleEventDict",
    "SubscriptionLifecycleModification",
    "SubscriptionLifecycleModificationDict",
    "SubscriptionProvider",
    "SubscriptionProviderDict",
    "SubscriptionUserType0",
    "SubscriptionUserType0Dict",
    "Target",
    "TargetDetail",
    "TargetDetailDict",
    "TargetDetailFields",
    "TargetDetailFieldsDict",
    "TargetDict",
    "TargetFieldFilter",
    "TargetFieldFilterDict",
    "TargetFields",
    "TargetFieldsDict",
    "TargetNotification",
    "TargetNotificationDict",
    "TargetUpdate",
    "TargetUpdateDict",
    "TargetValues",
    "TargetValuesDict",
    "TargetsBulkDeletion",
    "TargetsBulkDeletionDict",
    "TargetsCount",
    "TargetsCountDict",
    "ValueList",
    "ValueListDict",
    "ValueListValue",
    "ValueListValueDict",
    "Webtask",
    "WebtaskDict",
    "WebtaskScripting",
    "WebtaskScriptingDict",
    "WebtaskScriptingEnvironment",
    "WebtaskScriptingEnvironmentDict",
    "WebtaskSettings",
    "WebtaskSettingsDict",
    "WebtaskUpdateItem",
    "WebtaskUpdateItemDict",
    "Workflow",
    "WorkflowCapping",
    "WorkflowCappingDict",
    "WorkflowCappingPeriod",
    "WorkflowCappingPeriodDict",
    "WorkflowCappingPeriodUnit",
    "WorkflowDict",
    "WorkflowExpression",
    "WorkflowExpressionDict",
    "WorkflowExpressionValue",
    "WorkflowExpressionValueDict",
    "WorkflowListener",
    "WorkflowListenerDict",
    "WorkflowListenerEvent",
    "WorkflowListenerEventDict",
    "WorkflowNode",
    "WorkflowNodeDict",
    "WorkflowNodeFlow",
    "WorkflowNodeFlowDict",
    "WorkflowNodeSettings",
    "WorkflowNodeSettingsDict",
    "WorkflowScripting",
    "WorkflowScriptingDict",
    "WorkflowScriptingEnvironment",
    "WorkflowScriptingEnvironmentDict",
    "WorkflowScriptingFiltersItem",
    "WorkflowScriptingFiltersItemDict",
    "WorkflowScriptingImportsItem",
    "WorkflowScriptingImportsItemDict",
    "WorkflowScriptingInitializersItem",
    "WorkflowScriptingInitializersItemDict",
    "WorkflowSettings",
    "WorkflowSettingsDict",
    "WorkflowState",
    "WorkflowTask",
    "WorkflowTaskDict",
    "WorkflowTaskProvider",
    "WorkflowTaskProviderDict",
    "WorkflowTaskProviderProjection",
    "WorkflowTaskProviderProjectionDict",
    "WorkflowTaskProviderValue",
    "WorkflowTaskProviderValueDict",
    "WorkflowTaskScheduler",
    "WorkflowTaskSchedulerDict",
    "WorkflowTaskSchedulerTimeZone",
    "WorkflowTaskSchedulerTimeZoneDict",
)
