from enum import StrEnum


class WorkflowCappingPeriodUnit(StrEnum):
    DAY = "DAY"
    HOUR = "HOUR"
    MILLISECOND = "MILLISECOND"
    MINUTE = "MINUTE"
    MONTH = "MONTH"
    SECOND = "SECOND"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)
