"""Errors and warnings collected per scope, so a linter says all that is wrong at once."""

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class Diagnostics:
    scope: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    children: list["Diagnostics"] = field(default_factory=list)

    def child(self, name: str) -> "Diagnostics":
        scope = f"{self.scope}/{name}" if self.scope else name
        node = Diagnostics(scope)
        self.children.append(node)
        return node

    def error(self, message: str) -> None:
        self.errors.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def walk(self) -> Iterator["Diagnostics"]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def error_count(self) -> int:
        return sum(len(node.errors) for node in self.walk())

    @property
    def ok(self) -> bool:
        return self.error_count == 0
