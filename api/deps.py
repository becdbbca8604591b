"""Dependencies as Annotated aliases: the services, a database session, the current user."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from judge.service import accounts
from judge.service.store.models import User

from .services import Services


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_session(services: ServicesDep) -> Iterator[Session]:
    with services.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False, description="an API token from /api/auth/login")

SESSION_COOKIE = "judge_session"
"""The web pages' login: an API token in an HttpOnly cookie. The API reads it only where a
browser cannot send a header (the event stream, read by EventSource) and never for a request
that changes anything, so a cross-site request cannot act with it."""

Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def authenticate(session: Session, credentials: HTTPAuthorizationCredentials | None,
                 cookie: str | None = None) -> User:
    unauthorized = {"WWW-Authenticate": "Bearer"}
    token = credentials.credentials if credentials is not None else cookie
    if token is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "log in first: send "
                            "'Authorization: Bearer <token>'", headers=unauthorized)
    user = accounts.authenticate(session, token)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "the token is not valid (log in "
                            "again)", headers=unauthorized)
    return user


def current_user(session: SessionDep, credentials: Credentials) -> User:
    return authenticate(session, credentials)


CurrentUser = Annotated[User, Depends(current_user)]


def client_address(request: Request) -> str:
    """The client's address (a trusted proxy's X-Forwarded-For is applied by uvicorn)."""
    return request.client.host if request.client else ""
