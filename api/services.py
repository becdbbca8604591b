"""What the app holds while it runs: settings, the database, problems, the workers."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from judge.problems import ProblemRepository
from judge.sandboxes import select_backend
from judge.settings import Settings
from judge.store.db import make_engine, make_sessions
from judge.store.migrate import upgrade
from judge.worker import Worker, WorkerPool, worker_name
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
        engine = make_engine(settings.database)
        upgrade(engine)
        services = cls(settings=settings, engine=engine, sessions=make_sessions(engine),
                       repository=ProblemRepository(settings.problems_dir),
                       backend_factory=backend_factory
                       or (lambda: select_backend(settings.sandbox, settings)))
        count = settings.workers if workers is None else workers
        if count:
            services.warn_without_sandbox()
            services.pool = WorkerPool(count, services.make_worker)
            services.pool.start()
            log.info("%d grading worker(s) started", count)
        return services

    def warn_without_sandbox(self) -> None:
        try:
            backend = self.backend_factory()
            reason = backend.unavailable_reason()
        except Exception as exc:
            reason = str(exc)
        if reason is not None:
            log.warning("no sandbox can run here (%s): submissions will wait in the queue "
                        "until one can", reason)
        else:
            log.info("grading in the %s", backend.isolation)

    def make_worker(self, index: int) -> Worker:
        return Worker(self.sessions, self.repository, self.backend_factory,
                      name=worker_name(index), lease_seconds=self.settings.lease_seconds)

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        self.engine.dispose()
