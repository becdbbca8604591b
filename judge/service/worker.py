"""Workers: claim a submission, grade it in the sandbox, write the result once.

`judge serve` runs a few of these as threads next to the API; `judge worker` runs them alone
against a shared database. Each keeps its lease alive while it grades; if the process dies,
the lease runs out and another worker grades the submission from the start. A process that is
stopped (SIGTERM, Ctrl-C) stops claiming, lets running grades finish for a few seconds, hands
the rest back at once and then removes its sandboxes (`WorkerPool.shutdown`, `Backend.stop`).
Sandboxes a dead process left are removed by the next worker to look (`Reaper`).

Nothing waits on a timer when it need not: an idle worker wakes when work is queued (the
process's `Signals`, fed across processes by PostgreSQL's NOTIFY), progress is written a batch
at a time (at most every PROGRESS_SECONDS, the rest with the result) and each write wakes the
streams that follow it.
"""

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from sandbox.base import Backend
from sandbox.errors import SandboxUnavailable
from sandbox.selection import PooledBackends

from ..errors import JudgeError
from ..grading.problems import ProblemRepository
from ..grading.results.contract import internal_error_json, result_json
from ..grading.results.verdicts import TestOutcome, Verdict
from ..grading.run.attempt import judge_fault
from ..grading.run.custom import run_custom
from ..grading.run.grader import Grader
from ..grading.run.suite import SuiteCache
from . import logs, metrics, queue
from .signals import Signals
from .slots import HostSlots
from .store.models import Mode, utcnow

log = logging.getLogger("judge.service.worker")

BackendFactory = Callable[[], Backend]

PROGRESS_SECONDS = 0.25
"""Progress is written at most this often while grading (one transaction per batch)."""

STOP_GRACE_SECONDS = 5.0
"""On a stop, how long running grades may go on (most take under two seconds); what is still
running then goes back to the queue. With the removal of the sandboxes after it, a worker
stops in a few seconds (compose.yaml allows 30 before a SIGKILL)."""

REAP_SECONDS = 300.0
"""How often a process's workers look for sandboxes whose owner is gone (and when they
start): a crashed worker's are removed by the next look of any worker on that engine."""


class Reaper:
    """When the workers of one process next look for sandboxes left by dead owners."""

    def __init__(self, every: float = REAP_SECONDS) -> None:
        self.every = every
        self.next = 0.0  # at once: a worker starting looks before it claims

    def due(self) -> bool:
        return time.monotonic() >= self.next

    def looked(self, again_in: float | None = None) -> None:
        self.next = time.monotonic() + (self.every if again_in is None else again_in)


def worker_name(index: int) -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{index}:{uuid.uuid4().hex[:6]}"


class Worker:
    def __init__(self, sessions: sessionmaker[Session], repository: ProblemRepository,
                 backend_factory: BackendFactory, *, name: str, lease_seconds: float = 60.0,
                 poll_seconds: float = 0.5, backoff_seconds: float = 5.0,
                 suites: SuiteCache | None = None, signals: Signals | None = None,
                 slots: HostSlots | None = None, reaper: Reaper | None = None) -> None:
        self.sessions = sessions
        self.slots = slots
        self.reaper = reaper if reaper is not None else Reaper()
        self.stopping = threading.Event()
        self.signals = signals if signals is not None else Signals()
        self.repository = repository
        self.suites = suites if suites is not None else SuiteCache()
        self.backend_factory = backend_factory
        self.name = name
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.backoff_seconds = backoff_seconds
        self._backend: Backend | None = None
        self.current: queue.Job | None = None

    def run(self, stop: threading.Event) -> None:
        """Grades until `stop` is set, each grade in one of the host's slots (if given);
        waits for work, or after a failure, outside the slot."""
        self.stopping = stop
        while not stop.is_set():
            seen = self.signals.work_generation()
            if self.reaper.due():
                self._reap()
            slot = self.slots.acquire(stop) if self.slots is not None else None
            if self.slots is not None and slot is None:
                break
            try:
                pause = self._claim_and_grade()
            finally:
                if slot is not None:
                    self.slots.release(slot)
            if pause == "idle":  # woken by new work, or polling (work from elsewhere, a lease)
                self.signals.wait_for_work(seen, self.poll_seconds)
            elif pause == "database":
                stop.wait(self.poll_seconds * 4)
            elif pause == "backoff":
                stop.wait(self.backoff_seconds)

    def _claim_and_grade(self) -> Literal["idle", "database", "backoff"] | None:
        """Claims a job and grades it; says what to wait for when that did not happen."""
        try:
            job = queue.claim(self.sessions, self.name, self.lease_seconds)
        except Exception:  # the database is down or busy: wait and try again
            log.exception("%s: claiming a job failed", self.name)
            return "database"
        if job is None:
            return "idle"
        self.signals.progress(job.id)  # its `started` event
        try:
            self.process(job)
        except SandboxUnavailable as exc:  # the engine is restarting, the image missing
            if self.stopping.is_set():  # or this process is stopping: the job went back
                return None
            metrics.sandbox_failed("unavailable")
            log.warning("%s: no sandbox (%s); submission %d goes back to the queue",
                        self.name, exc, job.id)
            self._backend = None
            return "backoff"
        except Exception:
            log.exception("%s: grading submission %d failed; it goes back to the queue",
                          self.name, job.id)
            return "backoff"
        return None

    def process(self, job: queue.Job) -> bool:
        """Grades one claimed job; True when this worker wrote its result. A job that cannot
        be graded for want of a sandbox goes back to the queue (SandboxUnavailable). Every
        line logged meanwhile in this thread carries the submission's id."""
        with logs.grading(job.id, self.name):
            return self._process(job)

    def _process(self, job: queue.Job) -> bool:
        done = threading.Event()
        keeper = threading.Thread(target=self._keep_lease, args=(job, done),
                                  name=f"lease-{job.id}", daemon=True)
        self.current = job
        keeper.start()
        progress = _Progress(self, job)
        try:
            try:
                verdict, result, stages = self._grade(job, progress)
            except SandboxUnavailable:
                raise
            except Exception as exc:
                # The judge's own fault, and grading again would fault again: the
                # submission ends now with an Internal Error, after this one attempt (a
                # worker that dies is another matter: its lease runs out, see queue.claim).
                log.exception("%s: grading submission %d failed", self.name, job.id)
                verdict = Verdict.internal_error.value
                result, stages = internal_error_json(judge_fault(exc)), {}
            if verdict == Verdict.internal_error.value:
                self._check_sandbox()  # an engine that died mid-grade is not a verdict
        except SandboxUnavailable:
            queue.release(self.sessions, job, self.name)  # not the submission's fault
            raise
        except BaseException:
            # The worker's thread itself is stopped (KeyboardInterrupt, SystemExit): counted
            # as a worker's death is, and a submission that keeps seeing one is given up on.
            queue.release(self.sessions, job, self.name, count_attempt=True)
            raise
        finally:
            done.set()
            keeper.join()
            self.current = None
        if verdict == Verdict.internal_error.value:
            log.error("%s: submission %d: Internal Error: %s", self.name, job.id,
                      result.get("message", ""))
        events = progress.take()
        written = _with_retries(lambda: queue.finish(self.sessions, job, self.name, verdict,
                                                     result, events=events, stages=stages),
                                f"{self.name}: writing the result of submission {job.id}")
        self.signals.progress(job.id)
        if written:
            self._count(job, verdict, result, stages)
            log.info("%s: submission %d (%s, %s): %s", self.name, job.id, job.problem_slug,
                     job.mode, verdict)
        if not written and self.stopping.is_set():
            log.info("%s: submission %d was handed back before its grade ended; its result "
                     "was discarded", self.name, job.id)
        elif not written:
            log.warning("%s: lost the lease on submission %d; its result was discarded",
                        self.name, job.id)
        return written

    def _grade(self, job: queue.Job, progress: "_Progress") -> tuple[str, dict, dict]:
        """(verdict, result JSON, the times the grade reached its stages)."""
        try:
            problem = self.repository.get(job.problem_slug)
            suite = self.suites.get(problem)
        except JudgeError as exc:
            return (Verdict.internal_error.value,
                    internal_error_json(f"the problem cannot be loaded: {exc}"), {})

        self._sandboxes()
        started = utcnow()
        if job.mode == Mode.custom:
            result = run_custom(problem, self._backend, job.code, job.input or "",
                                dialect=job.dialect)
            for outcome in result.tests:
                progress.test(outcome)
        else:
            result = Grader(problem, self._backend, on_test=progress.test, suite=suite,
                            dialect=job.dialect).grade(
                job.code, samples_only=job.mode == Mode.samples)
        stages = {column: started + timedelta(seconds=result.stages[stage])
                  for column, stage in (("sandbox_ready_at", "sandbox_ready"),
                                        ("graded_at", "tests_done"))
                  if stage in result.stages}
        return result.verdict.value, result_json(result), stages

    def _sandboxes(self) -> Backend:
        """The backend to grade in, selected on first use (which starts its warm pool)."""
        if self._backend is None:
            self._backend = metrics.Counted(self.backend_factory())
        return self._backend

    def _reap(self) -> None:
        """Removes the sandboxes whose owner is gone (this host's dead workers, and crashed
        worker containers on this engine); no sandbox here yet means another try soon."""
        try:
            backend = self._sandboxes()
        except SandboxUnavailable:
            self.reaper.looked(again_in=self.backoff_seconds)
            return
        self.reaper.looked()
        removed = backend.reap()
        if removed:
            log.info("%s: removed %d sandbox(es) left by dead workers", self.name, removed)

    @staticmethod
    def _count(job: queue.Job, verdict: str, result: dict, stages: dict) -> None:
        metrics.graded(verdict, job.mode, {"queued_at": job.queued_at,
                                           "started_at": job.started_at,
                                           "finished_at": utcnow(), **stages})
        # the grader passes SandboxBroken's own words on (judge_fault), each "the sandbox ..."
        if (verdict == Verdict.internal_error.value
                and result.get("message", "").startswith("the sandbox")):
            metrics.sandbox_failed("broken")

    def _check_sandbox(self) -> None:
        reason = self._backend.unavailable_reason() if self._backend is not None else None
        if reason is not None:
            raise SandboxUnavailable(reason)

    def _keep_lease(self, job: queue.Job, done: threading.Event) -> None:
        while not done.wait(self.lease_seconds / 3):
            try:
                if not queue.renew(self.sessions, job, self.name, self.lease_seconds):
                    return  # lost: finish() will find out and discard the result
            except Exception:
                log.exception("%s: renewing the lease on %d failed", self.name, job.id)


WRITE_ATTEMPTS = 6
RETRY_SECONDS = 0.5
"""A result is written again after a database error, waiting 0.5, 1, 2, 4 and 8 s between
tries (past that the lease runs out and the job goes back to the queue, to be graded again)."""


def _with_retries(write: Callable[[], bool], what: str) -> bool:
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return write()
        except Exception as exc:  # a busy or briefly unreachable database
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            log.warning("%s failed (%s); trying again", what, type(exc).__name__)
            time.sleep(RETRY_SECONDS * 2 ** attempt)
    raise AssertionError("unreachable")


class _Progress:
    """A grade's test events, written a batch at a time: at most every PROGRESS_SECONDS while
    grading, and whatever is left together with the result."""

    def __init__(self, worker: Worker, job: queue.Job) -> None:
        self.worker = worker
        self.job = job
        self.pending: list[queue.Event] = []
        self.written_at = time.monotonic()

    def test(self, outcome: TestOutcome) -> None:
        self.pending.append(("test", {"name": outcome.name, "group": outcome.group,
                                      "verdict": outcome.verdict.value,
                                      "seconds": round(outcome.seconds, 4)}))
        if time.monotonic() - self.written_at >= PROGRESS_SECONDS:
            events = self.take()
            try:
                queue.record_many(self.worker.sessions, self.job, self.worker.name, events)
            except Exception as exc:  # progress is a courtesy: the grade goes on, and the
                # events are written with the result
                log.warning("%s: progress of submission %d not written (%s); kept for later",
                            self.worker.name, self.job.id, type(exc).__name__)
                self.pending[:0] = events
                return
            self.worker.signals.progress(self.job.id)

    def take(self) -> list[queue.Event]:
        events, self.pending = self.pending, []
        self.written_at = time.monotonic()
        return events


class WorkerPool:
    """N worker threads in this process."""

    @classmethod
    def grading(cls, count: int, sessions: sessionmaker[Session],
                repository: ProblemRepository, backend_factory: BackendFactory,
                lease_seconds: float, suites: SuiteCache | None = None,
                signals: Signals | None = None) -> "WorkerPool":
        """The pool `judge serve` and `judge worker` run: its workers share one cache of
        the problems' tests, and the process's signals."""
        suites = suites if suites is not None else SuiteCache()
        signals = signals if signals is not None else Signals()
        slots, reaper = HostSlots(), Reaper()
        if count > slots.count:
            log.warning("%d grading workers asked for, but this host has %d cores: at most "
                        "%d grade at once (across all judge processes here)", count,
                        slots.count, slots.count)
        pool = cls(count, lambda index: Worker(sessions, repository, backend_factory,
                                               name=worker_name(index),
                                               lease_seconds=lease_seconds, suites=suites,
                                               signals=signals, slots=slots, reaper=reaper))
        pool.signals = signals
        return pool

    def __init__(self, count: int, make_worker: Callable[[int], Worker]) -> None:
        self.signals: Signals | None = None
        self.stop = threading.Event()
        self.workers = [make_worker(index) for index in range(count)]
        self.threads = [threading.Thread(target=w.run, args=(self.stop,), name=w.name,
                                         daemon=True) for w in self.workers]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def shutdown(self, grace: float = STOP_GRACE_SECONDS) -> list[int]:
        """Stops claiming, lets running grades finish within `grace` seconds (all together),
        and hands the rest back to the queue at once, their attempt not counted: another
        worker, or this one restarted, grades them without waiting for a lease to run out.
        Returns the ids handed back. Their grades go on in sandboxes the caller then removes
        (`Backend.stop`): after the hand-back, so a grade cut short writes no verdict."""
        self.stop.set()
        for worker in self.workers:
            worker.signals.work_queued()  # wakes the idle ones: they see `stop` at once
        deadline = time.monotonic() + grace
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        handed = []
        for worker in self.workers:
            try:
                handed += queue.hand_back(worker.sessions, worker.name)
            except Exception:  # the database is away: the lease runs out instead
                log.exception("%s: could not hand its submission back", worker.name)
        if handed:
            log.info("stopping: submission(s) %s handed back to the queue",
                     ", ".join(map(str, sorted(handed))))
        return handed


def stop_sandboxes(backends: BackendFactory) -> int:
    """The process is stopping, its work handed back (`WorkerPool.shutdown`): removes every
    sandbox it started, its warm pool's and those still in use (`Backend.stop`), and opens
    no more. Returns how many it removed."""
    if not isinstance(backends, PooledBackends):
        return 0  # a backend given from outside (tests): its owner stops it
    pool = backends.pool()
    if pool is not None:
        return pool.stop()
    if backends.size > 0:
        return 0  # no backend was ever selected (it would have had a pool): nothing started
    try:
        return backends().stop()  # no pool: the backend in use, if it can run here
    except SandboxUnavailable:
        return 0
