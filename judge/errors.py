"""The judge's errors: one root, and a docstring each saying when a user sees it.

Verdicts are not errors: a wrong answer is a value (`judge.grading.results.verdicts`).
These are faults.
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


class SubmissionRejected(JudgeError):
    """The service refused a submission before storing it (empty, too large, bad mode)."""


class RateLimited(JudgeError):
    """Too many requests of a kind (submissions in a minute, wrong passwords, open
    streams): wait `retry_after` seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QueueFull(JudgeError):
    """Too many submissions wait to be graded; the service takes no more for now."""


class NotFound(JudgeError):
    """A submission (or other record) does not exist, or is not the asker's to see."""


class Forbidden(JudgeError):
    """A member asked for something only the group's owner may do."""


class Conflict(JudgeError):
    """The request contradicts the current state (the owner leaving a group with members)."""
