"""The error answers the API documents, in one place: routers and routes name the statuses
they can give (`responses=errors(401, 404)`), and each is documented with the one body every
error has (`ErrorBody`: `{"detail": "<message>"}`, 422 included) and, for 429 and 503, the
Retry-After header it is sent with. tests/service/test_openapi_contract.py holds every route
to it, and schemathesis holds the server to the schema."""

from typing import Any

from .schemas import ErrorBody, HealthPublic

WHEN = {
    401: "No valid token: log in, and send `Authorization: Bearer <token>`",
    403: "Not yours to do: only the group's owner (or, for rejudging, an administrator) may "
         "do this",
    404: "Not found, or not yours to see",
    409: "In conflict with the current state",
    413: "The request body is too large",
    422: "Invalid input: the message names each field at fault",
    429: "Too many requests of this kind: wait `Retry-After` seconds",
    503: "The service cannot take this now (the database is busy or down, or the grading "
         "queue is full): wait `Retry-After` seconds",
}
"""What each status means, in general; the body's `detail` says what happened."""

RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before trying again",
                               "required": True, "schema": {"type": "integer", "minimum": 0}}}
WAITS = {429, 503}


def errors(*codes: int, stream: bool = False) -> dict[int | str, dict[str, Any]]:
    """`responses=` for the given error statuses. `stream`: for a route whose own answer is
    not JSON (server-sent events): FastAPI documents a `model` under the route's media type,
    but its errors are JSON, so their schema is given under application/json instead."""
    body = ({"content": {"application/json": {"schema": ErrorBody.model_json_schema()}}}
            if stream else {"model": ErrorBody})
    return {code: {**body, "description": WHEN[code],
                   **({"headers": RETRY_AFTER} if code in WAITS else {})} for code in codes}


HEALTH_DOWN: dict[int | str, dict[str, Any]] = {
    503: {"model": HealthPublic, "description": "The database or the sandbox does not answer"}}
