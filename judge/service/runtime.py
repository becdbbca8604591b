"""The grading runtime of a process that grades (`judge serve`, `judge worker`): the
database, the problems, the sandboxes with their warm pool, the signals between processes,
and the grading workers; started and stopped in one place."""

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from sandbox.base import Backend
from sandbox.selection import PooledBackends

from ..grading.problems import ProblemRepository
from ..grading.run.suite import SuiteCache
from ..settings import Settings
from .signals import PostgresRelay, Signals
from .store.migrate import open_database
from .worker import WorkerPool, stop_sandboxes

BackendFactory = Callable[[], Backend]


@dataclass
class GradingRuntime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    repository: ProblemRepository
    backend_factory: BackendFactory
    signals: Signals = field(default_factory=Signals)
    pool: WorkerPool | None = field(default=None)
    """The grading workers (None for a process that only serves)."""
    relay: PostgresRelay | None = field(default=None)

    @classmethod
    def open(cls, settings: Settings, workers: int,
             backend_factory: BackendFactory | None = None) -> "GradingRuntime":
        """Everything ready, the sandboxes' warm pool filling; the `workers` grading threads
        made but not started (`start_workers`). A backend factory given from outside (tests)
        is used as it is."""
        engine, sessions = open_database(settings.database)
        repository = ProblemRepository(settings.problems_dir)
        if backend_factory is None:
            size = settings.pool_size if settings.pool_size is not None else workers
            backend_factory = PooledBackends(settings.sandbox, settings.docker_image,
                                             size if workers else 0, settings.pool_idle_seconds)
            backend_factory.warm(*repository.profiles())
        runtime = cls(settings=settings, engine=engine, sessions=sessions,
                      repository=repository, backend_factory=backend_factory)
        runtime.relay = PostgresRelay.start_for(engine, runtime.signals)
        if workers:
            runtime.pool = WorkerPool.grading(workers, sessions, repository, backend_factory,
                                              settings.lease_seconds,
                                              SuiteCache(settings.suite_dir), runtime.signals)
        return runtime

    def start_workers(self) -> None:
        if self.pool is not None:
            self.pool.start()

    def stop(self) -> int:
        """Hands back what is being graded (first: a grade cut short by the removal below
        writes nothing), removes every sandbox of this process, closes the rest. Returns how
        many sandboxes it removed."""
        if self.pool is not None:
            self.pool.shutdown()
        removed = stop_sandboxes(self.backend_factory)
        if self.relay is not None:
            self.relay.stop()
        self.engine.dispose()
        return removed
