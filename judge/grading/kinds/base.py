"""The protocol every kind of problem follows, with the behaviour of a plain function as its
defaults: a kind that differs overrides what differs, and nothing outside this room asks
which kind a problem is.

A kind's methods take the problem (`judge.grading.problems.loader.Problem`, which sits a room
above) where they need its entry point or its samples, and values as the grader holds them.
"""

import ast
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from ..render.text import example_call, laid_out, value_text
from ..render.views import Part, is_tabular, labelled_part
from ..wire.lazy_pandas import is_frame

POLICIES = ("exact", "float", "unordered", "dataframe", "sql", "custom")
"""Every checker policy (`CheckerSpec.policy`)."""


class Kind(StrEnum):
    function = "function"
    klass = "class"
    pandas = "pandas"
    sql = "sql"


class InputError(ValueError):
    """A user's input cannot be read: the message says where and why."""


def call_names(problem: Any, args: tuple) -> list[str]:
    """The entry point's parameter names, or arg0, arg1... when they do not match `args`."""
    names = problem.meta.entry.parameters()
    return names if len(names) == len(args) else [f"arg{i}" for i in range(len(args))]


def python_imports(reference: str) -> tuple[str, ...]:
    """What the harness imports before a Python submission runs: numpy and pandas where the
    reference uses them."""
    try:
        tree = ast.parse(reference)
    except SyntaxError:
        return ()
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            imported.add(node.module.split(".")[0])
    if "pandas" in imported:
        return ("numpy", "pandas")
    return ("numpy",) if "numpy" in imported else ()


class ProblemKind:
    """One kind of problem: its files, how its inputs are named, read, shown and laid out in
    the statement, and how a wrong answer is explained."""

    kind: Kind = Kind.function
    suffix = ".py"
    """The suffix of its reference, starter and known submissions."""
    comment = "#"
    """How a line comment starts in its files (a known submission's verdict header)."""
    policies: tuple[str, ...] = POLICIES
    """The checker policies that can compare its answers."""
    shows_signature = True
    """Whether the statement shows the entry point's signature (and should name it)."""
    reads_tables = False
    """Whether input text may build `table(...)` values."""
    result_heading = "Returns"
    """The heading over an example's answer shown as a table."""
    language = "python"
    """What the submission is written in (which mutation operators apply to the reference)."""
    dialect: str | None = None
    """The SQL engine a query runs on, for a SQL kind."""
    dialects: tuple[str, ...] = ()
    """The engines a problem of this kind can be answered for (SQL's)."""

    # ------------------------------------------------------------------ files
    def runtime_modules(self, reference: str) -> tuple[str, ...]:
        """What the harness imports before a submission runs (a warm sandbox has them)."""
        return python_imports(reference)

    def policy_refused(self, policy: str) -> str | None:
        """Why `policy` cannot check this kind's answers, else None."""
        return None

    def load_fields(self) -> dict:
        """What the harness's `load` message says of this kind beyond its name."""
        return {}

    # ------------------------------------------------------------------ input text
    def input_names(self, problem: Any) -> list[str]:
        """The names a user's input assigns, in call order."""
        return problem.meta.entry.parameters()

    def input_values(self, args: tuple) -> list:
        """One call's arguments as the values of `input_names`, in order."""
        return list(args)

    def arguments(self, problem: Any, values: list) -> tuple:
        """The call's arguments from the values the input assigned (in `input_names`
        order); InputError when they cannot be this kind's."""
        return tuple(values)

    # ------------------------------------------------------------------ showing inputs
    def show_input(self, problem: Any, args: tuple) -> str:
        """The input as text: the call with named arguments, truncated."""
        names = call_names(problem, args)
        name = problem.meta.entry.name
        if any(is_frame(a) for a in args):
            # frames read as tables only when each starts on a line of its own
            return f"{name}(...) with\n" + "\n".join(
                f"{n} =\n{value_text(a)}" for n, a in zip(names, args, strict=True))
        return f"{name}(" + ", ".join(
            f"{n}={value_text(a)}" for n, a in zip(names, args, strict=True)) + ")"

    def input_views(self, problem: Any, args: tuple) -> list[Part] | None:
        """The input as tables, one part per argument; None when no argument is a table, a
        frame or an array (the text says it all)."""
        if not any(is_tabular(a) for a in args):
            return None
        names = call_names(problem, args)
        return [labelled_part(name, value) for name, value in zip(names, args, strict=True)]

    # ------------------------------------------------------------------ the statement
    def example_input(self, problem: Any, args: tuple) -> tuple[list[str], list[tuple]]:
        """An example's input: its lines of text, and (name, value) of the arguments shown
        as tables below them."""
        at = {i for i, a in enumerate(args) if is_frame(a)}
        names = call_names(problem, args)
        text = example_call(problem.meta.entry.name, names, args, at)
        return text, [(names[i], args[i]) for i in sorted(at)]

    def answer_line(self, expected: Any) -> str:
        """An example's answer, after an arrow, where it is not a table."""
        return "→ " + laid_out(expected, 2)

    # ------------------------------------------------------------------ judging
    def explain_mismatch(self, encoded: list, expected: Any, actual: Any,
                         policy: Any) -> str | None:
        """Where a wrong answer went wrong, in this kind's terms; None: the checker's
        message says it."""
        return None

    def wrong_before_crash(self, partial: Any, expected: Any, encoded: Callable[[], list],
                           policy: Any) -> tuple[list, str] | None:
        """After a crash: the results returned before it, when one of them was already wrong
        ((the results, where they went wrong)), else None. `encoded()` gives the test's
        encoded arguments (made only if a kind needs them)."""
        return None

    def kept_arguments(self, problem: Any, encoded: list) -> tuple[list, list[str], str]:
        """For a problem whose input must not change: (the encoded arguments to compare,
        their names, when they are compared)."""
        return encoded, problem.meta.entry.parameters(), "after the call"
