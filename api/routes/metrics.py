"""Prometheus metrics (judge.service.metrics; docs/operations.md), left out of the API's
schema: they are for the operator's scraper, not for users."""

import hmac

from fastapi import APIRouter, HTTPException, Request, Response, status
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from ..deps import Credentials, ServicesDep

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
def metrics(services: ServicesDep, credentials: Credentials, request: Request) -> Response:
    """With JUDGE_METRICS_TOKEN set, only `Authorization: Bearer <token>` is let in."""
    expected = services.settings.metrics_token
    if expected:
        given = credentials.credentials if credentials is not None else ""
        if not hmac.compare_digest(given.encode(), expected.encode()):  # in constant time
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "send 'Authorization: Bearer "
                                "<JUDGE_METRICS_TOKEN>'", headers={"WWW-Authenticate": "Bearer"})
    return Response(generate_latest(request.app.state.metrics), media_type=CONTENT_TYPE_LATEST)
