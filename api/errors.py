"""The judge's errors as HTTP answers: always a status below 500 with a message, except for
a fault of the service itself (500, logged) or an unreachable database (503)."""

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request, status
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException

from judge.errors import (
    Conflict,
    Forbidden,
    JudgeError,
    NotFound,
    QueueFull,
    RateLimited,
    SubmissionRejected,
    UnknownProblem,
)
from judge.service import validation
from judge.service.accounts import AccountError, LoginFailed, UsernameTaken

log = logging.getLogger("judge.api")

STATUS: list[tuple[type[JudgeError], int]] = [
    (UnknownProblem, status.HTTP_404_NOT_FOUND),
    (NotFound, status.HTTP_404_NOT_FOUND),
    (UsernameTaken, status.HTTP_409_CONFLICT),
    (Conflict, status.HTTP_409_CONFLICT),
    (Forbidden, status.HTTP_403_FORBIDDEN),
    (LoginFailed, status.HTTP_401_UNAUTHORIZED),
    (AccountError, status.HTTP_400_BAD_REQUEST),
    (SubmissionRejected, status.HTTP_422_UNPROCESSABLE_CONTENT),
    (RateLimited, status.HTTP_429_TOO_MANY_REQUESTS),
    (QueueFull, status.HTTP_503_SERVICE_UNAVAILABLE),
]


HtmlError = Callable[[Request, int, str, dict[str, str] | None], Response]
"""Renders an error as a web page: (request, status, message, headers)."""

MACHINE_PATHS = ("/api/", "/docs", "/redoc", "/openapi.json", "/metrics")


def wants_json(request: Request) -> bool:
    """A page's script asking for JSON (`Accept: application/json`, not HTML): it is given
    JSON wherever it posts or reads, errors included, so it can show their message."""
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def status_for(exc: JudgeError) -> int:
    return next((code for kind, code in STATUS if isinstance(exc, kind)),
                status.HTTP_400_BAD_REQUEST)


def _problem(error: dict) -> str:
    if error["type"] == "json_invalid":  # its loc is ("body", offset): say what it means
        return (f"the body is not valid JSON: {error.get('ctx', {}).get('error', 'malformed')} "
                f"(at character {error['loc'][-1]})")
    return validation.message(error)


def install(app: FastAPI, html: HtmlError | None = None) -> None:
    """Errors on the API's paths, and to a page's script asking for JSON, answer JSON
    `{"detail": ...}`; on the web pages' paths, a page saying the same (when `html` renders
    one)."""

    def machine(request: Request) -> bool:
        return html is None or request.url.path.startswith(MACHINE_PATHS)

    def wants_page(request: Request) -> bool:
        return not machine(request) and not wants_json(request)

    def answer(request: Request, code: int, message: str,
               headers: dict[str, str] | None = None) -> Response:
        if wants_page(request):
            return html(request, code, message, headers)
        return JSONResponse({"detail": message}, status_code=code, headers=headers)

    @app.exception_handler(JudgeError)
    async def judge_error(request: Request, exc: JudgeError) -> Response:
        headers = ({"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited)
                   else {"Retry-After": "30"} if isinstance(exc, QueueFull) else None)
        return answer(request, status_for(exc), str(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = dict.fromkeys(_problem(e) for e in exc.errors())
        return answer(request, status.HTTP_422_UNPROCESSABLE_CONTENT,
                      "; ".join(problems) or "invalid request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if (exc.status_code == status.HTTP_400_BAD_REQUEST and machine(request)
                and isinstance(exc.__cause__, ValueError | RecursionError)):
            # FastAPI's answer to a JSON body json.loads could not start on (not UTF-8) or
            # gave up on (nested too deep): malformed JSON, invalid input like any (422)
            why = ("it is nested too deeply" if isinstance(exc.__cause__, RecursionError)
                   else "it is not UTF-8")
            return answer(request, status.HTTP_422_UNPROCESSABLE_CONTENT,
                          f"the body is not valid JSON: {why}")
        if wants_page(request):
            return html(request, exc.status_code, str(exc.detail), exc.headers)
        return await http_exception_handler(request, exc)

    @app.exception_handler(OperationalError)
    async def database_down(request: Request, exc: OperationalError) -> Response:
        log.error("database error: %s", exc)
        return answer(request, status.HTTP_503_SERVICE_UNAVAILABLE,
                      "the database is not answering; try again shortly", {"Retry-After": "10"})

    @app.exception_handler(PoolTimeout)
    async def database_busy(request: Request, exc: PoolTimeout) -> Response:
        log.error("no database connection free: %s", exc)
        return answer(request, status.HTTP_503_SERVICE_UNAVAILABLE,
                      "the service is busy; try again shortly", {"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return answer(request, status.HTTP_500_INTERNAL_SERVER_ERROR,
                      "the service failed; the error has been logged")
