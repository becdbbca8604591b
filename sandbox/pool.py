"""A warm pool: sandboxes started ahead of time, so a submission never waits for one.

Starting a sandbox costs CPU (a container's start and removal take about 0.3 s of CPU on the
project's 2-core machines, importing pandas another 0.35 s), so the pool starts its sandboxes
between grades, when this process grades nothing (`sandbox.base.ACTIVITY`), and never beside
one: a claim that finds none waiting starts its own.

Each waiting sandbox has started, greeted, and imported what a profile of problems needs
(nothing; numpy; numpy and pandas), under ceiling limits. A submission takes one, the pool
tightens it to the problem's own limits (`Session.restrict`: memory by the backend, CPU time
and file sizes by the harness on itself, before any submission code runs), and the grade uses
it once; closing it destroys it, as always. A background thread refills each profile to its
size; after `idle_seconds` without a claim the pool empties, and the next claim starts cold
and refills it. A request the pool cannot serve (a limit above its ceiling, a different
process cap or tmpfs, a dead or unrestrictable sandbox) is opened cold: never worse than
without a pool.
"""

import logging
import threading
import time
from collections import deque
from dataclasses import replace

from .base import ACTIVITY, Backend, Session
from .errors import SandboxError
from .limits import Limits, MiB

log = logging.getLogger("judge.sandbox.pool")

CEILING = Limits(memory_bytes=4096 * MiB, cpu_seconds=3600, output_bytes=64 * MiB,
                 cpu_shares=2)
"""What a waiting sandbox starts under: above every problem's limits (problem.toml allows at
most 4 GiB, 600 s in all and 64 MiB of output), at the lowest CPU weight (it yields to the
submissions being graded while it imports; the claim restores the problem's). Its process
cap, /tmp and CPU share are the defaults, which a problem must share to be served."""

START_SECONDS = 30.0


class WarmPool(Backend):
    def __init__(self, backend: Backend, size: int = 1, idle_seconds: float = 300.0,
                 ceiling: Limits = CEILING) -> None:
        self.backend = backend
        self.name = backend.name
        self.isolation = backend.isolation
        self.size = size
        self.idle_seconds = idle_seconds
        self.ceiling = ceiling
        self._ready: dict[tuple[str, ...], deque[Session]] = {}
        self._wanted: set[tuple[str, ...]] = set()
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._last_claim = time.monotonic()
        self._stopped = False
        self.started = 0
        """Sandboxes this pool has started (for the metrics and the tests)."""
        self.hits = 0
        self.misses = 0
        self._thread = threading.Thread(target=self._keep_filled, name="sandbox-pool",
                                        daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ Backend
    def unavailable_reason(self) -> str | None:
        return self.backend.unavailable_reason()

    def reap(self) -> int:
        return self.backend.reap()

    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> Session:
        profile = tuple(modules)
        if self.size <= 0 or not self._serves(limits):
            return self.backend.open(limits, modules)
        with self._lock:
            self._last_claim = time.monotonic()
            self._wanted.add(profile)
            waiting = self._ready.setdefault(profile, deque())
            session = waiting.popleft() if waiting else None
            self._wake.notify()
        if session is not None:
            session.activate()
            try:
                if not session.alive:
                    raise SandboxError("the waiting sandbox died")
                session.restrict(limits, self.ceiling)
                self.hits += 1
                return session
            except SandboxError as exc:
                log.warning("a warm sandbox could not be used (%s); starting one cold", exc)
                session.close()
        self.misses += 1
        return self.backend.open(limits, modules)

    # ------------------------------------------------------------------ the pool
    def warm(self, *profiles: tuple[str, ...]) -> None:
        """Fills these profiles now (in the background), before any claim asks for them."""
        with self._lock:
            self._wanted.update(tuple(p) for p in profiles)
            self._last_claim = time.monotonic()
            self._wake.notify()

    def waiting(self, modules: tuple[str, ...] = ()) -> int:
        with self._lock:
            return len(self._ready.get(tuple(modules), ()))

    def waiting_by_profile(self) -> dict[tuple[str, ...], int]:
        """Sandboxes waiting, per profile the pool keeps filled."""
        with self._lock:
            return {p: len(self._ready.get(p, ())) for p in self._wanted | set(self._ready)}

    def stop(self) -> int:
        """The process is stopping: no more refills, and every sandbox it started goes now,
        waiting or in use (`Backend.stop`), before the refill thread is waited for (a
        sandbox it is starting fails at once)."""
        with self._lock:
            self._stopped = True
            self._wake.notify()
        removed = self.backend.stop()
        self.close()
        return removed

    def close(self) -> None:
        """Stops refilling and destroys every waiting sandbox."""
        with self._lock:
            self._stopped = True
            self._wake.notify()
        self._thread.join(timeout=10)
        self._empty()

    def _serves(self, limits: Limits) -> bool:
        ceiling = self.ceiling
        return (limits.processes == ceiling.processes and limits.tmpfs_bytes == ceiling.tmpfs_bytes
                and limits.cpus == ceiling.cpus and limits.memory_bytes <= ceiling.memory_bytes
                and limits.cpu_seconds <= ceiling.cpu_seconds
                and limits.output_bytes <= ceiling.output_bytes)

    def _empty(self) -> None:
        with self._lock:
            sessions = [s for waiting in self._ready.values() for s in waiting]
            self._ready.clear()
            self._wanted.clear()
        for session in sessions:
            session.close()

    def _next_missing(self) -> tuple[str, ...] | None:
        for profile in sorted(self._wanted):
            if len(self._ready.get(profile, ())) < self.size:
                return profile
        return None

    def _keep_filled(self) -> None:
        while True:
            with self._lock:
                while not self._stopped:
                    idle = time.monotonic() - self._last_claim >= self.idle_seconds
                    profile = None if idle else self._next_missing()
                    if idle and any(self._ready.values()):
                        break
                    if profile is not None:
                        break
                    self._wake.wait(timeout=min(self.idle_seconds, 5.0))
                if self._stopped:
                    return
            if profile is None:  # idle: nobody has claimed for a while
                log.info("the sandbox pool is idle; emptying it")
                self._empty()
                continue
            if not ACTIVITY.wait_idle(timeout=1.0):
                continue  # a submission is being graded: start sandboxes between grades
            session = self._start(profile)
            if session is None:
                time.sleep(1.0)  # the engine is away: do not spin
                continue
            with self._lock:
                if self._stopped:
                    stale = True
                else:
                    self._ready.setdefault(profile, deque()).append(session)
                    stale = False
            if stale:
                session.close()

    def _start(self, profile: tuple[str, ...]) -> Session | None:
        """A sandbox under the ceiling limits that has greeted and imported `profile`."""
        try:
            session = self.backend.open(replace(self.ceiling), profile)
        except SandboxError as exc:
            if not self._stopped:
                log.warning("cannot start a sandbox for the pool (%s); trying again in a "
                            "second, and grades open their own sandboxes meanwhile", exc)
            return None
        try:
            if session.request({"op": "hello"}, START_SECONDS).get("ok") is not True:
                raise SandboxError("the harness did not greet")
            if profile and session.request({"op": "prepare", "modules": list(profile)},
                                           START_SECONDS).get("ok") is not True:
                raise SandboxError(f"the harness could not import {', '.join(profile)}")
        except SandboxError as exc:
            if not self._stopped:  # else the process is stopping: it was removed
                log.warning("a sandbox for the pool failed to start (%s); trying again in a "
                            "second, and grades open their own sandboxes meanwhile", exc)
            session.close()
            return None
        session.park()
        self.started += 1
        return session
