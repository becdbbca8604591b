"""Timing one request to a sandbox, from outside it.

The measure is the CPU time the kernel charged to the sandbox's cgroup, where the backend can
read it: it stays steady however loaded the machine is. Wall time then gets a looser cap
(WALL_FACTOR times the limit, plus a second) that stops a sleeper or a stalled process, and the
CPU time is polled while waiting, so a busy loop stops soon after it passes the limit. Where no
cgroup is readable, wall time is the measure and the limit its cap.
"""

import time

from sandbox.base import Session
from sandbox.errors import SandboxTimeout

WALL_FACTOR = 3.0
CPU_POLL_SECONDS = 0.1


def timed_request(session: Session, message: dict | bytes, limit: float,
                  ) -> tuple[dict, float]:
    """Sends `message` (or a frame body already encoded) and returns the reply with what it
    cost. Raises SandboxTimeout once
    the cost passes `limit` while waiting; a reply that came in over it is the caller's to
    judge (the cost is returned either way)."""
    cpu_before = session.cpu_seconds()
    wall_cap = limit * WALL_FACTOR + 1.0 if cpu_before is not None else limit
    started = time.monotonic()
    session.send(message)
    while True:
        left = started + wall_cap - time.monotonic()
        if left <= 0:
            raise SandboxTimeout(f"no reply within {wall_cap:.2f}s")
        try:
            reply = session.receive(timeout=min(left, CPU_POLL_SECONDS)
                                    if cpu_before is not None else left)
            break
        except SandboxTimeout:
            if cpu_before is None:
                raise
        used = session.cpu_seconds()
        if used is not None and used - cpu_before > limit:
            raise SandboxTimeout(f"the call used {used - cpu_before:.2f}s of CPU time")
    wall = time.monotonic() - started
    cpu_after = session.cpu_seconds() if cpu_before is not None else None
    return reply, (cpu_after - cpu_before if cpu_after is not None else wall)
