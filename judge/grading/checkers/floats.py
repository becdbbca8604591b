"""Numbers agree within |actual - expected| <= atol + rtol * |expected|, elementwise."""

from typing import Any

from .compare import difference
from .outcome import Outcome


def check(expected: Any, actual: Any, *, policy: Any) -> Outcome:
    found = difference(expected, actual, (policy.rtol, policy.atol))
    return Outcome.reject(found) if found else Outcome.accept()
