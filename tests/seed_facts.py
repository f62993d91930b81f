"""Facts of the seed documents: the five excerpts of the NP6 API Reference 8.1.0 the SDK honours exactly.

This is the one place tests take seed facts from. Tests compare the spec with these rather than
with literals of their own, and check that the spec still holds each fact, not that it holds
nothing more: NP6 may add a value, a field or an operation without contradicting the excerpts.
Everything else a test expects of the spec is read from the spec itself (`tests.spec_lookup`).
"""

SEGMENT_TARGETS_PATH = "/segments/{id}/targets"
SEGMENT_TARGETS_MAX_ITEMS = 50  # "PUT /segments/{id}/targets": at most 50 ids per call
SEGMENT_ID_FORMAT = "int32"
SEGMENT_TARGETS_ADDED = {"type": "integer", "format": "int32"}  # the count of targets added
TARGET_PATH = "/targets/{id}"
TARGET_FILTER_MEDIA_TYPE = "application/vnd.mperf.v8.model.v1+json"
BOUNCE_TYPES = ("Validé", "Soft", "ReportAsSpam", "HardDomain", "HardUser", "HardOther", "HardRules")
TRACKING_EXPORTS = ("opens", "clicks")  # deprecated, answer 204
RENDER_DISPLAY_VALUES = (0, 1, 2, 4, 8, 16)
EVENT_EXPORTS = ("activations", "executions", "cancellations")
EVENT_PARAMETERS = ("NotificationId", "EventStart", "EventEnd", "EventSort")
EVENT_SORT = ("asc", "desc")
