"""Prometheus metrics (docs/operations.md lists them).

Two kinds. The queue's state (depth, in flight) is read from the database at scrape time, so
every process that serves it agrees, whichever process queued or claims. The rest are counted
by this process as it grades (stage times, verdicts, sandboxes) or read from its warm pool:
with several processes, Prometheus scrapes each (`judge worker --metrics-port`).

The sandbox layer knows nothing of this: sandbox opens are counted by wrapping the backend a
worker grades with (`Counted`), failures where the worker sees them.
"""

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from sandbox.base import Backend
from sandbox.base import Session as SandboxSession
from sandbox.limits import Limits
from sandbox.selection import PooledBackends

from .store.models import Status, Submission

SECONDS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)
"""Buckets wide enough for a wait in a long queue and for a slow problem's grade."""

STAGE_SECONDS = Histogram(
    "judge_submission_stage_seconds",
    "Time a submission spent in each stage of its latest attempt: queued (received to "
    "claimed), sandbox (claimed to sandbox ready), grading (sandbox ready to tests done), "
    "storing (tests done to result stored)", ["stage"], buckets=SECONDS)
VERDICTS = Counter("judge_verdicts", "Results written by this process's workers",
                   ["verdict", "mode"])
SANDBOX_OPENS = Counter("judge_sandbox_opens",
                        "Sandboxes this process's grades opened (from the warm pool or cold)")
SANDBOX_FAILURES = Counter(
    "judge_sandbox_failures",
    "Sandbox failures in this process's grades: unavailable (no engine, image or CPU: the "
    "submission went back to the queue), broken (it started but never became ready: "
    "Internal Error)", ["kind"])

STAGES = (("queued", "queued_at", "started_at"), ("sandbox", "started_at", "sandbox_ready_at"),
          ("grading", "sandbox_ready_at", "graded_at"), ("storing", "graded_at", "finished_at"))
for _stage, _, _ in STAGES:  # shown at zero from the start, for dashboards and alerts
    STAGE_SECONDS.labels(stage=_stage)
for _kind in ("unavailable", "broken"):
    SANDBOX_FAILURES.labels(kind=_kind)


def graded(verdict: str, mode: str, times: dict[str, datetime | None]) -> None:
    """Counts a result this process wrote, and the time it spent in each stage (a stage
    whose ends are not both known, as a rejudge's time queued, is left out)."""
    VERDICTS.labels(verdict=verdict, mode=mode).inc()
    for stage, start, end in STAGES:
        if times.get(start) is not None and times.get(end) is not None:
            seconds = (times[end] - times[start]).total_seconds()
            STAGE_SECONDS.labels(stage=stage).observe(max(seconds, 0.0))


def sandbox_failed(kind: str) -> None:
    SANDBOX_FAILURES.labels(kind=kind).inc()


class Counted(Backend):
    """A backend that counts the sandboxes opened through it."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.name = backend.name
        self.isolation = backend.isolation

    def unavailable_reason(self) -> str | None:
        return self.backend.unavailable_reason()

    def reap(self) -> int:
        return self.backend.reap()

    def stop(self) -> int:
        return self.backend.stop()

    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> SandboxSession:
        session = self.backend.open(limits, modules)  # a failure is counted by the worker
        SANDBOX_OPENS.inc()
        return session


class QueueCollector(Collector):
    """The queue as the database has it, at scrape time."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def collect(self) -> Iterator[Metric]:
        with self.sessions() as session:
            counts = dict(session.execute(
                select(Submission.status, func.count()).where(
                    Submission.status.in_([Status.queued, Status.running]))
                .group_by(Submission.status)).all())
        yield GaugeMetricFamily("judge_queue_depth", "Submissions waiting to be graded",
                                value=counts.get(Status.queued, 0))
        yield GaugeMetricFamily("judge_submissions_in_flight",
                                "Submissions claimed by a worker and being graded",
                                value=counts.get(Status.running, 0))


class PoolCollector(Collector):
    """This process's warm pool of sandboxes."""

    def __init__(self, backends: PooledBackends) -> None:
        self.backends = backends

    def collect(self) -> Iterator[Metric]:
        pool = self.backends.pool()
        waiting = GaugeMetricFamily("judge_sandbox_pool_waiting",
                                    "Started sandboxes waiting in the warm pool",
                                    labels=["profile"])
        started = CounterMetricFamily("judge_sandbox_pool_started",
                                      "Sandboxes the warm pool started ahead of time")
        claims = CounterMetricFamily("judge_sandbox_pool_claims",
                                     "Grades' claims on the warm pool: hit (a sandbox was "
                                     "waiting) or miss (started cold)", labels=["result"])
        if pool is not None:
            for profile, count in pool.waiting_by_profile().items():
                waiting.add_metric([",".join(profile) or "plain"], count)
            started.add_metric([], pool.started)
            claims.add_metric(["hit"], pool.hits)
            claims.add_metric(["miss"], pool.misses)
        yield from (waiting, started, claims)


class _Merged(Collector):
    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry

    def collect(self) -> Iterable[Metric]:
        return self.registry.collect()


def registry(sessions: sessionmaker[Session] | None = None,
             backends: Callable[[], Backend] | None = None) -> CollectorRegistry:
    """What one endpoint serves: the process's metrics (those above, and the client
    library's process and Python ones), the queue if `sessions` is given, the warm pool if
    `backends` keeps one."""
    served = CollectorRegistry(auto_describe=False)
    served.register(_Merged(REGISTRY))
    if sessions is not None:
        served.register(QueueCollector(sessions))
    if isinstance(backends, PooledBackends):
        served.register(PoolCollector(backends))
    return served
