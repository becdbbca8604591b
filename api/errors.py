"""The judge's errors as HTTP answers: always a status below 500 with a message, except for
a fault of the service itself (500, logged) or an unreachable database (503)."""

import logging

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError

from judge.accounts import AccountError, LoginFailed, UsernameTaken
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


def _field(loc: tuple) -> str:
    return ".".join(str(part) for part in loc if part != "body") or "body"


def install(app: FastAPI) -> None:
    @app.exception_handler(JudgeError)
    async def judge_error(_request: Request, exc: JudgeError) -> JSONResponse:
        code = next((code for kind, code in STATUS if isinstance(exc, kind)),
                    status.HTTP_400_BAD_REQUEST)
        headers = ({"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited)
                   else {"Retry-After": "30"} if isinstance(exc, QueueFull) else None)
        return JSONResponse({"detail": str(exc)}, status_code=code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{_field(tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"detail": "; ".join(problems) or "invalid request"},
                            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)

    @app.exception_handler(OperationalError)
    async def database_down(_request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database error: %s", exc)
        return JSONResponse({"detail": "the database is not answering; try again shortly"},
                            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                            headers={"Retry-After": "10"})

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse({"detail": "the service failed; the error has been logged"},
                            status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)
