"""The judge's log lines: plain text by default, one JSON object per line with
`JUDGE_LOG_FORMAT=json`. A grade's lines carry its submission id and worker, wherever they are
logged from (the grader, the sandbox pool...): the worker sets them in context variables
around the grade, and the handler's filter copies them into each record."""

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TextIO

SUBMISSION: ContextVar[int | None] = ContextVar("judge_submission_id", default=None)
WORKER: ContextVar[str | None] = ContextVar("judge_worker", default=None)

TEXT = "%(levelname)s:     [%(name)s] %(message)s"
"""Like uvicorn's own lines, beside which they are printed."""


@contextmanager
def grading(submission_id: int, worker: str) -> Iterator[None]:
    """Lines logged in this thread meanwhile carry the submission and the worker."""
    tokens = SUBMISSION.set(submission_id), WORKER.set(worker)
    try:
        yield
    finally:
        SUBMISSION.reset(tokens[0])
        WORKER.reset(tokens[1])


class GradeContext(logging.Filter):
    """Adds `submission_id` and `worker` (None outside a grade) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.submission_id = SUBMISSION.get()
        record.worker = WORKER.get()
        return True


ACCESS_FIELDS = ("client", "method", "path", "http_version", "status")
"""The parts of uvicorn's line per request (its arguments), as fields of their own."""


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, UTC)
                 .isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        for key in ("submission_id", "worker"):
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = value
        if record.name == "uvicorn.access" and isinstance(record.args, tuple) \
                and len(record.args) == len(ACCESS_FIELDS):
            entry.update(zip(ACCESS_FIELDS, record.args, strict=True))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def formatter(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT)


def install(log_format: str = "text", logger: logging.Logger | None = None,
            stream: TextIO | None = None) -> None:
    """The judge's loggers (`judge.*`) print at INFO and above to `stream` (stderr), in
    `log_format` (text or json). Called again, it replaces the handler it installed before
    (handlers put there by others stay)."""
    logger = logger or logging.getLogger("judge")
    logger.setLevel(logging.INFO)
    for old in [h for h in logger.handlers if getattr(h, "judge_installed", False)]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(stream)
    handler.judge_installed = True
    handler.setFormatter(formatter(log_format))
    handler.addFilter(GradeContext())
    logger.addHandler(handler)
    logger.propagate = False


def installed_format(logger: logging.Logger | None = None) -> str | None:
    """The format `install` gave the judge's loggers (text or json), None before it ran."""
    for handler in (logger or logging.getLogger("judge")).handlers:
        if getattr(handler, "judge_installed", False):
            return "json" if isinstance(handler.formatter, JsonFormatter) else "text"
    return None


def uvicorn_config() -> dict:
    """uvicorn's logging configuration for `judge serve` with JUDGE_LOG_FORMAT=json: its own
    lines (start, access) as JSON objects too."""
    handler = {"class": "logging.StreamHandler", "formatter": "json",
               "stream": "ext://sys.stderr"}
    return {"version": 1, "disable_existing_loggers": False,
            "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
            "handlers": {"default": handler},
            "loggers": {"uvicorn": {"handlers": ["default"], "level": "INFO",
                                    "propagate": False},
                        "uvicorn.access": {"handlers": ["default"], "level": "INFO",
                                           "propagate": False}}}
