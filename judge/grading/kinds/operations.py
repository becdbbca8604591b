"""A class problem: the submission defines a class, and a test is a sequence of operations
on one object (the first makes it), whose results are compared in order."""

from collections.abc import Callable
from typing import Any

from ..checkers.compare import difference
from ..checkers.render import short
from ..render.text import LIMIT, show_value, value_text
from ..wire.codec import DecodeError, decode, fresh_args
from .base import InputError, Kind, ProblemKind


class OperationsKind(ProblemKind):
    kind = Kind.klass

    def input_names(self, problem: Any) -> list[str]:
        return ["operations"]

    def arguments(self, problem: Any, values: list) -> tuple:
        _check_operations(values[0], problem.meta.entry.name)
        return tuple(values)

    def show_input(self, problem: Any, args: tuple) -> str:
        calls = []
        for name, op_args in args[0]:
            calls.append(f"{name}({', '.join(value_text(a, 80) for a in op_args)})")
        text = ", ".join(calls)
        return text if len(text) <= LIMIT else text[: LIMIT - 20] + f" ... ({len(calls)} calls)"

    def input_views(self, problem: Any, args: tuple) -> None:
        return None

    def example_input(self, problem: Any, args: tuple) -> tuple[list[str], list[tuple]]:
        # a sequence of operations reads best as it is
        return [self.show_input(problem, args)], []

    def answer_line(self, expected: Any) -> str:
        return "→ " + show_value(expected)

    def explain_mismatch(self, encoded: list, expected: Any, actual: Any,
                         policy: Any) -> str | None:
        return diverging_operation(fresh_args(encoded)[0], expected, actual, policy)

    def wrong_before_crash(self, partial: Any, expected: Any, encoded: Callable[[], list],
                           policy: Any) -> tuple[list, str] | None:
        if partial is None or not isinstance(expected, list):
            return None
        try:
            partial = decode(partial)
        except DecodeError:
            return None
        if not isinstance(partial, list) or not partial or len(partial) > len(expected):
            return None
        divergence = diverging_operation(fresh_args(encoded())[0], expected[:len(partial)],
                                         partial, policy)
        return (partial, divergence) if divergence else None

    def kept_arguments(self, problem: Any, encoded: list) -> tuple[list, list[str], str]:
        """The constructor's arguments, after the operations."""
        sent = encoded[0][0][1] if encoded and encoded[0] else []
        return sent, problem.meta.entry.constructor_parameters(), "after the operations"


def diverging_operation(operations: list, expected: Any, actual: Any, policy: Any) -> str | None:
    """For a class problem: the first operation whose result differs, with what came before."""
    if not isinstance(actual, list):
        return None
    tol = (policy.rtol, policy.atol) if (policy.rtol or policy.atol) else None
    for index, (name, args) in enumerate(operations):
        if index >= len(actual) or index >= len(expected):
            break
        found = difference(expected[index], actual[index], tol)
        if found:
            call = f"{name}({', '.join(short(a, 60) for a in args)})"
            agreed = f"; the {index} operation(s) before it agreed" if index else ""
            return (f"operation {index}, {call}: expected {short(expected[index], 200)}, "
                    f"got {short(actual[index], 200)}{agreed}")
    if len(actual) != len(expected):
        return f"expected {len(expected)} results (one per operation), got {len(actual)}"
    return None



def _check_operations(operations: Any, class_name: str) -> None:
    if not (isinstance(operations, list) and operations):
        raise InputError(f"operations must be a list: [[{class_name!r}, [args]], "
                         "['method', [args]], ...]")
    for index, operation in enumerate(operations):
        if not (isinstance(operation, list) and len(operation) == 2
                and isinstance(operation[0], str) and isinstance(operation[1], list)):
            raise InputError(f"operation {index} must be [name, [arguments]]")
    if operations[0][0] != class_name:
        raise InputError(f"the first operation must make the object: [{class_name!r}, [...]]")

