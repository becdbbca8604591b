"""What the app holds while it runs: settings, the database, problems, the workers."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from judge.grading.problems import ProblemRepository
from judge.grading.sandboxes import PooledBackends
from judge.grading.suite import SuiteCache
from judge.service.signals import PostgresRelay, Signals
from judge.service.store.migrate import open_database
from judge.service.worker import WorkerPool, stop_sandboxes
from judge.settings import Settings
from sandbox.base import Backend

from .streams import StreamSlots

log = logging.getLogger("judge.api")

BackendFactory = Callable[[], Backend]


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    repository: ProblemRepository
    backend_factory: BackendFactory
    signals: Signals = field(default_factory=Signals)
    pool: WorkerPool | None = field(default=None)
    relay: PostgresRelay | None = field(default=None)
    streams: StreamSlots = field(init=False)

    def __post_init__(self) -> None:
        self.streams = StreamSlots(self.settings.streams_per_user)

    @classmethod
    def start(cls, settings: Settings, backend_factory: BackendFactory | None = None,
              workers: int | None = None) -> "Services":
        engine, sessions = open_database(settings.database)
        repository = ProblemRepository(settings.problems_dir)
        count = settings.workers if workers is None else workers
        if backend_factory is None:
            size = settings.pool_size if settings.pool_size is not None else count
            backend_factory = PooledBackends(settings.sandbox, settings, size if count else 0,
                                             settings.pool_idle_seconds)
            backend_factory.warm(*repository.profiles())
        services = cls(settings=settings, engine=engine, sessions=sessions,
                       repository=repository, backend_factory=backend_factory)
        services.relay = PostgresRelay.start_for(engine, services.signals)
        if count:
            services.warn_without_sandbox()
            services.pool = WorkerPool.grading(count, sessions, services.repository,
                                               services.backend_factory,
                                               settings.lease_seconds,
                                               SuiteCache(settings.suite_dir), services.signals)
            services.pool.start()
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

    def stop(self) -> None:
        """Hands back what is being graded, then removes every sandbox of this process: all
        before returning, as uvicorn ends the process by the signal it caught right after."""
        if self.pool is not None:
            log.info("stopping the grading workers: unfinished submissions go back to the "
                     "queue")
            self.pool.shutdown()
        removed = stop_sandboxes(self.backend_factory)
        if removed:
            log.info("stopping: removed %d sandbox(es)", removed)
        if self.relay is not None:
            self.relay.stop()
        self.engine.dispose()
