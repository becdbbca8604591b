"""Timing one request to a sandbox, from outside it.

The measure is the CPU time the kernel charged to the sandbox's cgroup, where the backend can
read it: it stays steady however loaded the machine is. Wall time then gets a looser cap
(WALL_FACTOR times the limit, plus a second) that stops a sleeper or a stalled process, and the
CPU time is polled while waiting, so a busy loop stops soon after it passes the limit. Where no
cgroup is readable, wall time is the measure and the limit its cap.

A verdict must not depend on what else runs. When the wall cap comes while the CPU time is
still under the limit, the cap is extended if the sandbox spent most of its time off the CPU
waiting for one (runnable, while other work held the CPUs), as read from outside; a sleeping
or blocked process does not wait that way and meets the cap. Extensions stop at
STARVED_FACTOR times the limit plus STARVED_SLACK seconds, so every call ends in bounded time:
a call still starved then raises MachineBusy, which is not a verdict (a worker requeues the
submission).
"""

import time

from sandbox.base import Session
from sandbox.errors import MachineBusy, SandboxTimeout

WALL_FACTOR = 3.0
CPU_POLL_SECONDS = 0.1
STARVED_SHARE = 0.5
"""A call is starved when at least this share of its time off the CPU was spent waiting for
one."""
STARVED_FACTOR = 12.0
STARVED_SLACK = 10.0


def timed_request(session: Session, message: dict | bytes, limit: float,
                  ) -> tuple[dict, float]:
    """Sends `message` (or a frame body already encoded) and returns the reply with what it
    cost. Raises SandboxTimeout once the cost passes `limit` while waiting; a reply that came
    in over it is the caller's to judge (the cost is returned either way)."""
    cpu_before = session.cpu_seconds()
    waited_before = session.waiting_seconds() if cpu_before is not None else None
    wall_cap = limit * WALL_FACTOR + 1.0 if cpu_before is not None else limit
    hard_cap = limit * STARVED_FACTOR + STARVED_SLACK
    started = time.monotonic()
    session.send(message)
    while True:
        left = started + wall_cap - time.monotonic()
        if left <= 0:
            if not _starved(session, started, cpu_before, waited_before):
                raise SandboxTimeout(f"no reply within {wall_cap:.2f}s")
            if wall_cap >= hard_cap:  # never a verdict: the machine, not the call, was slow
                raise MachineBusy(f"a call waited for a CPU for most of {wall_cap:.0f}s while "
                                  "other work held them: the machine is too busy to time it "
                                  "fairly; try again when it is less loaded")
            wall_cap = min(hard_cap, wall_cap + limit + 1.0)  # the machine was busy: wait on
            continue
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


def _starved(session: Session, started: float, cpu_before: float | None,
             waited_before: float | None) -> bool:
    """Whether the call has spent most of its time off the CPU waiting for one."""
    if cpu_before is None or waited_before is None:
        return False
    used, waited = session.cpu_seconds(), session.waiting_seconds()
    if used is None or waited is None:
        return False
    off_cpu = (time.monotonic() - started) - (used - cpu_before)
    return off_cpu > 0 and waited - waited_before >= STARVED_SHARE * off_cpu
