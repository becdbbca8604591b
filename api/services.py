"""What the app holds while it runs: the grading runtime (settings, the database, problems,
sandboxes, the workers) and the event streams' slots."""

import logging
from dataclasses import dataclass, field

from judge.service.runtime import BackendFactory, GradingRuntime
from judge.settings import Settings
from sandbox.base import Backend

from .streams import StreamSlots

log = logging.getLogger("judge.api")


@dataclass
class Services(GradingRuntime):
    streams: StreamSlots = field(init=False)

    def __post_init__(self) -> None:
        self.streams = StreamSlots(self.settings.streams_per_user)

    @classmethod
    def start(cls, settings: Settings, backend_factory: BackendFactory | None = None,
              workers: int | None = None) -> "Services":
        count = settings.workers if workers is None else workers
        services = cls.open(settings, count, backend_factory)
        if count:
            services.warn_without_sandbox()
            services.start_workers()
            log.info("%d grading worker(s) started", count)
        return services

    def sandbox(self) -> tuple[Backend | None, str | None]:
        """(the backend, None) when a sandbox can run here, else (maybe the backend, why)."""
        try:
            backend = self.backend_factory()
        except Exception as exc:  # select_backend found none
            return None, str(exc)
        return backend, backend.unavailable_reason()

    def warn_without_sandbox(self) -> None:
        backend, reason = self.sandbox()
        if reason is not None:
            log.warning("no sandbox can run here (%s): submissions will wait in the queue "
                        "until one can", reason)
        else:
            log.info("grading in the %s", backend.isolation)

    def stop(self) -> int:
        """Hands back what is being graded, then removes every sandbox of this process: all
        before returning, as uvicorn ends the process by the signal it caught right after."""
        if self.pool is not None:
            log.info("stopping the grading workers: unfinished submissions go back to the "
                     "queue")
        removed = super().stop()
        if removed:
            log.info("stopping: removed %d sandbox(es)", removed)
        return removed
