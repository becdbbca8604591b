"""The judge's errors: one root, and a docstring each saying when a user sees it.

Verdicts are not errors: a wrong answer is a value (`judge.verdicts`). These are faults.
"""


class JudgeError(Exception):
    """Root of the judge's errors; the CLI prints its message on one line and exits non-zero."""


class ProblemError(JudgeError):
    """A problem package is missing a file or has invalid metadata (seen by problem authors,
    and by `judge verify`)."""


class UnknownProblem(JudgeError):
    """A slug names no problem in the repository (seen by a user who mistyped it)."""


class SubmissionFileError(JudgeError):
    """The submission file cannot be read, is empty, or is too large."""
