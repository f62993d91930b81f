from enum import StrEnum


class BounceType(StrEnum):
    HARDDOMAIN = "HardDomain"
    HARDOTHER = "HardOther"
    HARDRULES = "HardRules"
    HARDUSER = "HardUser"
    REPORTASSPAM = "ReportAsSpam"
    SOFT = "Soft"
    VALIDÉ = "Validé"

    def __str__(self) -> str:
        return str(self.value)
