"""Running the service: serve (API and workers), worker (graders alone), rejudge and admin
grant|revoke (an administrator's, on the database directly).

serve and worker say what they do through the judge's logging, not the console: with
JUDGE_LOG_FORMAT=json every line they write is a JSON object, from start to stop."""

import logging
from typing import Annotated

import typer

from .app import UsageError, app, load_settings, open_repository, out, pick_backend

admin_app = typer.Typer(no_args_is_help=True, help="Administrators: they may rejudge through "
                        "the API (on the database in JUDGE_DATABASE_URL directly).")
app.add_typer(admin_app, name="admin")

log = logging.getLogger(__name__)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="the address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="the port to listen on", envvar="JUDGE_PORT")] = 8000,
    workers: Annotated[int | None, typer.Option(
        help="grading threads in this process (default: JUDGE_WORKERS, 1; 0 = none, "
             "leave grading to `judge worker`)")] = None,
) -> None:
    """Run the judge's HTTP API (docs at /docs) with in-process grading workers."""
    import os

    import uvicorn

    from ..service import logs

    if workers is not None:
        if workers < 0:
            raise UsageError("--workers cannot be negative")
        os.environ["JUDGE_WORKERS"] = str(workers)
    settings = load_settings()
    logs.install(settings.log_format)
    log.info("database: %s", _shown_url(settings.database))
    # By import string: the api package sits above this one and is loaded by uvicorn.
    proxies = [p.strip() for p in settings.trusted_proxies.split(",") if p.strip()]
    # uvicorn believes X-Forwarded-For from 127.0.0.1 unless told otherwise: only the proxies
    # named in JUDGE_TRUSTED_PROXIES are (the login limits count by the client's address).
    # in JSON, uvicorn's own lines too (start, stop, one per request)
    config = {"log_config": logs.uvicorn_config()} if settings.log_format == "json" else {}
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, log_level="info",
                proxy_headers=bool(proxies), forwarded_allow_ips=proxies or None, **config)


def _shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@app.command()
def worker(
    count: Annotated[int | None, typer.Option(
        "--count", "-n", help="grading threads (default: JUDGE_WORKERS, 1)")] = None,
    metrics_port: Annotated[int | None, typer.Option(
        help="serve this process's Prometheus metrics on this port (no token: keep it on a "
             "private network)", envvar="JUDGE_METRICS_PORT")] = None,
    metrics_address: Annotated[str, typer.Option(
        help="the address the metrics listen on", envvar="JUDGE_METRICS_ADDRESS")] = "127.0.0.1",
) -> None:
    """Grade queued submissions from the shared database, without the API."""
    import signal
    import threading

    from prometheus_client import start_http_server

    from ..service import logs, metrics
    from ..service.runtime import GradingRuntime

    settings = load_settings()
    logs.install(settings.log_format)
    threads = count if count is not None else max(settings.workers, 1)
    if threads < 1:
        raise UsageError("--count must be at least 1")
    if metrics_port is not None and not 0 < metrics_port < 65536:
        raise UsageError("--metrics-port must be between 1 and 65535")
    backend = pick_backend(None, settings)  # fails here, with the reason, if no sandbox runs
    runtime = GradingRuntime.open(settings, threads)
    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    exporter = None
    if metrics_port is not None:
        # the queue's depth is the API's to report (it reads the database); this process's
        # own grades, sandboxes and pool are here
        try:
            exporter, _ = start_http_server(metrics_port, metrics_address,
                                            registry=metrics.registry(
                                                backends=runtime.backend_factory))
        except OSError as exc:
            raise UsageError(f"cannot serve metrics on {metrics_address}:{metrics_port}: "
                             f"{exc.strerror}") from None
        log.info("metrics at http://%s:%d/metrics", metrics_address, metrics_port)
    runtime.start_workers()
    log.info("%d worker(s) grading in the %s; database %s; Ctrl-C stops", threads,
             backend.isolation, _shown_url(settings.database))
    stopping.wait()
    log.info("stopping: unfinished submissions go back to the queue")
    removed = runtime.stop()
    log.info("stopped; %d sandbox(es) removed", removed)
    if exporter is not None:
        exporter.shutdown()
    log.info("stopped")


@app.command()
def rejudge(
    ids: Annotated[list[int] | None, typer.Argument(metavar="[ID]...")] = None,
    problem: Annotated[str | None, typer.Option(help="every finished submission to it")]
    = None,
) -> None:
    """Grade finished submissions again (an administrator's command: it works on the
    database in JUDGE_DATABASE_URL directly). Leaderboards follow the new verdicts."""
    from ..service import admin
    from ..service.store.migrate import open_database

    if not ids and not problem:
        raise UsageError("name submission ids, or --problem SLUG")
    settings = load_settings()
    engine, sessions = open_database(settings.database)
    try:
        queued, skipped = admin.rejudge(sessions, open_repository(settings), ids or (), problem,
                                        by="`judge rejudge` on the server")
    finally:
        engine.dispose()
    out.print(f"queued {len(queued)} submission(s) for grading again"
              + (f"; not finished or unknown: {', '.join(map(str, skipped))}" if skipped
                 else ""))


def _set_admin(username: str, admin: bool) -> None:
    from ..service import admin as admins
    from ..service.store.migrate import open_database

    engine, sessions = open_database(load_settings().database)
    try:
        with sessions.begin() as session:
            found = admins.set_admin(session, username, admin)
    finally:
        engine.dispose()
    if not found:
        raise UsageError(f"no user {username!r}")
    state = "now" if admin else "no longer"
    out.print(f"{username.strip().lower()} is {state} an administrator")


@admin_app.command("grant")
def admin_grant(username: Annotated[str, typer.Argument(help="an existing user")]) -> None:
    """Make a user an administrator: they may rejudge through the API."""
    _set_admin(username, True)


@admin_app.command("revoke")
def admin_revoke(username: Annotated[str, typer.Argument(help="an administrator")]) -> None:
    """Make an administrator an ordinary user again."""
    _set_admin(username, False)
