"""Runs a problem's trusted reference in the grader's own process.

It goes through the harness's `Submission` class, so a reference is loaded and called exactly
the way a submission is (class operations, SQL tables, TreeNode injection), and its result is
normalized through the same encoder. The reference never enters a sandbox.
"""

from typing import Any

from sandbox.harness import harness as wire

from ...errors import ProblemError
from ..problems.loader import Problem
from ..wire.codec import decode


class Reference:
    def __init__(self, problem: Problem, dialect: str | None = None) -> None:
        """`dialect`: the SQL engine to run a SQL problem's reference on (None: the
        default, which computes the problem's expected values)."""
        self.problem = problem
        self._runner = wire.Submission()
        reply = self._runner.load({"kind": problem.meta.kind.value,
                                   "code": problem.reference_in(dialect),
                                   "entry": problem.meta.entry.name,
                                   **problem.kind_for(dialect).load_fields()})
        if not reply.get("ok"):
            raise ProblemError(f"{problem.slug}: the reference fails to load: {reply['error']}")

    def __call__(self, encoded_args: list) -> Any:
        reply = self._runner.call({"args": encoded_args})
        if not reply.get("ok"):
            error = reply["error"]
            raise ProblemError(f"{self.problem.slug}: the reference raised {error['type']}: "
                               f"{error['message']}")
        return decode(reply["value"])
