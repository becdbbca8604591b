"""JUDGE_LOG_FORMAT=json for real (issue 23, item 7): every line `judge serve` and `judge worker`
write, from start to stop, is one JSON object: the judge's own lines (the database, the
migrations, the workers), uvicorn's (start-up, each request, shutdown) and the worker
command's."""

import json
import time

import httpx
import pytest

from .running import Service

pytestmark = pytest.mark.docker


def _records(service: Service, name: str) -> list[dict]:
    lines = (service.logs / f"{name}.log").read_text().splitlines()
    assert lines, f"{name} wrote nothing"
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            raise AssertionError(f"{name} wrote a line that is not JSON: {line!r}") from None
    for record in records:
        assert {"time", "level", "logger", "message"} <= set(record), record
    return records


def _has(records: list[dict], logger: str, text: str) -> bool:
    return any(r["logger"] == logger and text in r["message"] for r in records)


def test_serve_and_worker_write_json_lines_from_start_to_stop(service: Service) -> None:
    service.env.update(JUDGE_LOG_FORMAT="json", JUDGE_POOL_SIZE="0")  # no sandbox started
    serve = service.serve(workers=1)
    assert httpx.get(service.url + "/api/health", timeout=10).status_code == 200
    worker = service.start("worker", name="worker")
    deadline = time.monotonic() + 60
    while "worker(s) grading" not in (service.logs / "worker.log").read_text():
        assert worker.poll() is None and time.monotonic() < deadline, (
            (service.logs / "worker.log").read_text())
        time.sleep(0.2)
    service.stop(worker)
    service.stop(serve)
    assert worker.returncode == 0  # serve's is -SIGTERM: uvicorn re-raises it once stopped

    served = _records(service, "serve")
    for logger, text in [
            ("judge.cli.server", "database: sqlite:///"),
            ("judge.service.store.migrate", "database migration 0001 applied"),
            ("judge.service.store.migrate", "upgraded to"),
            ("uvicorn.error", "Started server process"),
            ("judge.api", "grading in the docker sandbox"),
            ("judge.api", "1 grading worker(s) started"),
            ("uvicorn.error", "Application startup complete"),
            ("uvicorn.error", "Shutting down"),
            ("judge.api", "stopping the grading workers"),
            ("uvicorn.error", "Finished server process")]:
        assert _has(served, logger, text), (logger, text, served)
    requests = [(r["method"], r["path"], r["status"]) for r in served
                if r["logger"] == "uvicorn.access"]
    assert requests and set(requests) == {("GET", "/api/health", 200)}, served

    worked = _records(service, "worker")
    for text in ("1 worker(s) grading in the docker sandbox", "stopping: unfinished",
                 "stopped"):
        assert _has(worked, "judge.cli.server", text), (text, worked)
