from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str = ""

    @classmethod
    def accept(cls) -> "Outcome":
        return cls(True)

    @classmethod
    def reject(cls, message: str) -> "Outcome":
        return cls(False, message)
