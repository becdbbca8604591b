"""Exact equality (NaN equals NaN; a list and a tuple are both sequences)."""

from typing import Any

from .compare import difference
from .outcome import Outcome


def check(expected: Any, actual: Any, *, policy: Any) -> Outcome:
    found = difference(expected, actual, None)
    return Outcome.reject(found) if found else Outcome.accept()
