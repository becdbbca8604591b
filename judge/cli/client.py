"""The CLI's HTTP client for the service: every failure becomes a one-line ClientError."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
from httpx_sse import SSEError, connect_sse

from ..errors import JudgeError
from . import userconfig


class ClientError(JudgeError):
    """The server refused a request or cannot be reached; the message says why."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ApiClient:
    def __init__(self, server: str, token: str | None = None, timeout: float = 30.0) -> None:
        self.server = server
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=server, headers=headers, timeout=timeout)

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()

    def request(self, method: str, path: str, **kwargs) -> Any:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ClientError(f"cannot reach the judge at {self.server} ({exc}); is "
                              "`judge serve` running, and is the URL right?") from None
        if response.status_code >= 400:
            raise ClientError(_detail(response), response.status_code)
        if response.status_code == 204:
            return None
        try:
            return response.json()
        except ValueError:
            raise ClientError(f"the server at {self.server} did not answer with JSON "
                              f"(HTTP {response.status_code}); is it the judge?") from None

    def events(self, submission_id: int) -> Iterator[tuple[str, dict]]:
        """(kind, data) for each progress event until `finished`."""
        try:
            with connect_sse(self.http, "GET", f"/api/submissions/{submission_id}/events",
                             timeout=httpx.Timeout(30.0, read=120.0)) as source:
                if source.response.status_code >= 400:
                    source.response.read()
                    raise ClientError(_detail(source.response), source.response.status_code)
                for event in source.iter_sse():
                    yield event.event, json.loads(event.data) if event.data else {}
        except (httpx.TransportError, SSEError) as exc:
            raise ClientError(f"the progress stream broke off ({exc})") from None


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str) and detail:
        return detail
    return f"the server answered HTTP {response.status_code}"


def connect(server: str | None, *, auth: bool = True) -> ApiClient:
    """A client for the server the flag, JUDGE_SERVER or the config file names; with `auth`,
    holding the token saved for that server (none saved: a one-line error)."""
    config = userconfig.load()
    url = userconfig.server_url(server)
    token = None
    if auth:
        token = config.get("token") if config.get("server", url) == url else None
        if not token:
            raise ClientError(f"not logged in to {url}: run `judge login` (or `judge register`)")
    return ApiClient(url, token)
