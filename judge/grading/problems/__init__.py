"""Problem packages: metadata, statement, starter, reference, known-wrong submissions, tests.

The names below are loaded on first use (PEP 562): the quick commands import this package's
light modules (`layout`, `listing`, `fingerprint`) without the loader, the metadata model
(pydantic) or the kinds (numpy) they would bring."""

from importlib import import_module
from typing import Any

_FROM = {"Problem": "loader", "ProblemRepository": "loader", "load_problem": "loader",
         "CATEGORIES": "model", "PATTERNS": "model", "Metadata": "model"}

__all__ = ["CATEGORIES", "PATTERNS", "Metadata", "Problem", "ProblemRepository", "load_problem"]


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_FROM[name]}"), name)
