"""The order of the outer `unordered_depth` levels of sequences does not matter."""

from typing import Any

from .compare import difference
from .outcome import Outcome


def _key(value: Any) -> tuple:
    """Numbers by value (so near-equal floats pair up under a tolerance), then everything else."""
    if isinstance(value, bool):
        return (1, int(value), "")
    if isinstance(value, (int, float)):
        return (0, 0, "") if value != value else (2, value, "")
    if isinstance(value, (list, tuple)):
        return (3, 0, tuple(_key(v) for v in value))
    return (4, 0, repr(value))


def canonical(value: Any, depth: int) -> Any:
    if depth <= 0 or not isinstance(value, (list, tuple)):
        return value
    return sorted((canonical(v, depth - 1) for v in value), key=_key)


def check(expected: Any, actual: Any, *, policy: Any) -> Outcome:
    if not isinstance(actual, (list, tuple)):
        return Outcome.reject(f"expected a list, got a {type(actual).__name__}")
    tol = (policy.rtol, policy.atol) if (policy.rtol or policy.atol) else None
    found = difference(canonical(expected, policy.unordered_depth),
                       canonical(actual, policy.unordered_depth), tol)
    if found:
        return Outcome.reject(f"{found} (compared in sorted order; order does not matter)")
    return Outcome.accept()
