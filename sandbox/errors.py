"""The sandbox's own error types: every backend failure is translated into one of these."""


class SandboxError(Exception):
    """Root of the sandbox's errors."""


class SandboxUnavailable(SandboxError):
    """The backend cannot run here (no Docker engine, no runtime image, no bubblewrap).

    A user sees this as a one-line message naming what is missing and how to get it.
    """


class MachineBusy(SandboxUnavailable):
    """A call spent its whole allowance waiting for a CPU that other work held: it cannot be
    timed fairly here and now. Not a verdict: a worker hands the submission back to the
    queue, and `judge test` says to try again."""


class SandboxTimeout(SandboxError):
    """No reply arrived within the time the grader allowed (the grader's verdict: too slow)."""


class SandboxClosed(SandboxError):
    """The sandboxed process ended or closed the channel before replying."""


class ProtocolViolation(SandboxError):
    """The sandbox sent something that is not a well-formed frame: oversized, not UTF-8 JSON,
    or nested too deeply. Whatever sent it, it is a fault of the submission's side."""
