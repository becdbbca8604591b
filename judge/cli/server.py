"""Running the service: serve (API and workers), worker (graders alone), rejudge (admin)."""

from typing import Annotated

import typer

from .app import UsageError, app, err, load_settings, open_repository, out, pick_backend, styled


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="the address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="the port to listen on")] = 8000,
    workers: Annotated[int | None, typer.Option(
        help="grading threads in this process (default: JUDGE_WORKERS, 1; 0 = none, "
             "leave grading to `judge worker`)")] = None,
) -> None:
    """Run the judge's HTTP API (docs at /docs) with in-process grading workers."""
    import os

    import uvicorn

    if workers is not None:
        if workers < 0:
            raise UsageError("--workers cannot be negative")
        os.environ["JUDGE_WORKERS"] = str(workers)
    settings = load_settings()
    err.print(styled((f"database: {_shown_url(settings.database)}", "dim")))
    # By import string: the api package sits above this one and is loaded by uvicorn.
    proxies = [p.strip() for p in settings.trusted_proxies.split(",") if p.strip()]
    # uvicorn believes X-Forwarded-For from 127.0.0.1 unless told otherwise: only the proxies
    # named in JUDGE_TRUSTED_PROXIES are (the login limits count by the client's address).
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, log_level="info",
                proxy_headers=bool(proxies), forwarded_allow_ips=proxies or None)


def _shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@app.command()
def worker(
    count: Annotated[int | None, typer.Option(
        "--count", "-n", help="grading threads (default: JUDGE_WORKERS, 1)")] = None,
) -> None:
    """Grade queued submissions from the shared database, without the API."""
    import signal
    import threading

    from ..grading.sandboxes import PooledBackends
    from ..grading.suite import SuiteCache
    from ..service.signals import PostgresRelay, Signals
    from ..service.store.migrate import open_database
    from ..service.worker import WorkerPool

    settings = load_settings()
    threads = count if count is not None else max(settings.workers, 1)
    if threads < 1:
        raise UsageError("--count must be at least 1")
    backend = pick_backend(None, settings)  # fails here, with the reason, if no sandbox runs
    engine, sessions = open_database(settings.database)
    repository = open_repository(settings)
    backends = PooledBackends(settings.sandbox, settings,
                              settings.pool_size if settings.pool_size is not None else threads,
                              settings.pool_idle_seconds)
    backends.warm(*repository.profiles())
    signals = Signals()
    relay = PostgresRelay.start_for(engine, signals)
    pool = WorkerPool.grading(threads, sessions, repository, backends, settings.lease_seconds,
                              SuiteCache(settings.suite_dir), signals)
    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    pool.start()
    err.print(f"{threads} worker(s) grading in the {backend.isolation}; database "
              f"{_shown_url(settings.database)}; Ctrl-C stops")
    stopping.wait()
    err.print("stopping: unfinished submissions go back to the queue")
    pool.shutdown()
    backends.close()
    if relay is not None:
        relay.stop()
    engine.dispose()


@app.command()
def rejudge(
    ids: Annotated[list[int] | None, typer.Argument(metavar="[ID]...")] = None,
    problem: Annotated[str | None, typer.Option(help="every finished submission to it")]
    = None,
) -> None:
    """Grade finished submissions again (an administrator's command: it works on the
    database in JUDGE_DATABASE_URL directly). Leaderboards follow the new verdicts."""
    from sqlalchemy import select

    from ..service import queue
    from ..service.store.migrate import open_database
    from ..service.store.models import Status, Submission

    if not ids and not problem:
        raise UsageError("name submission ids, or --problem SLUG")
    settings = load_settings()
    engine, sessions = open_database(settings.database)
    targets = list(ids or [])
    if problem:
        with sessions() as session:
            targets += session.scalars(select(Submission.id).where(
                Submission.problem_slug == problem, Submission.status == Status.done)).all()
    queued = [i for i in targets if queue.requeue(sessions, i)]
    engine.dispose()
    skipped = sorted(set(targets) - set(queued))
    out.print(f"queued {len(queued)} submission(s) for grading again"
              + (f"; not finished or unknown: {', '.join(map(str, skipped))}" if skipped
                 else ""))
