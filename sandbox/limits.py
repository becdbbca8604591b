"""Resource limits for one sandboxed session, enforced from outside the sandbox."""

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 256 * MiB
    """Resident memory (Docker: the cgroup's limit, no swap; local: the data segment)."""
    cpu_seconds: int = 60
    """CPU time for the whole session; the kernel kills the process past it."""
    processes: int = 16
    """Processes and threads the submission may have at once."""
    output_bytes: int = 1 * MiB
    """What the submission may write to stdout and stderr, each."""
    tmpfs_bytes: int = 16 * MiB
    """The size of the writable /tmp."""
    cpus: float = 1.0
    """CPU share (Docker only)."""
    cpu_shares: int = 1024
    """Relative CPU weight when CPUs are contended (Docker only): the warm pool's waiting
    sandboxes start low, so preparing one never slows a submission being graded."""
