"""What the app holds while it runs: settings, the database, problems, the workers."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from judge.grading.problems import ProblemRepository
from judge.grading.sandboxes import select_backend
from judge.service.store.migrate import open_database
from judge.service.worker import WorkerPool
from judge.settings import Settings
from sandbox.base import Backend

log = logging.getLogger("judge.api")

BackendFactory = Callable[[], Backend]


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    repository: ProblemRepository
    backend_factory: BackendFactory
    pool: WorkerPool | None = field(default=None)

    @classmethod
    def start(cls, settings: Settings, backend_factory: BackendFactory | None = None,
              workers: int | None = None) -> "Services":
        engine, sessions = open_database(settings.database)
        services = cls(settings=settings, engine=engine, sessions=sessions,
                       repository=ProblemRepository(settings.problems_dir),
                       backend_factory=backend_factory
                       or (lambda: select_backend(settings.sandbox, settings)))
        count = settings.workers if workers is None else workers
        if count:
            services.warn_without_sandbox()
            services.pool = WorkerPool.grading(count, sessions, services.repository,
                                               services.backend_factory,
                                               settings.lease_seconds)
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
        if self.pool is not None:
            self.pool.shutdown()
        self.engine.dispose()
