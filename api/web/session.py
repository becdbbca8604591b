"""Who is looking at a page, and whether a form really came from one of ours.

Logging in on a page stores an API token in an HttpOnly cookie (`SESSION_COOKIE`, SameSite=Lax:
a link from elsewhere finds you logged in, a form posted from elsewhere does not carry it).
Every form also carries a CSRF token that must equal a second cookie (`CSRF_COOKIE`): a page on
another site can make a browser post a form here, but it cannot read that cookie to copy it.
"""

import secrets
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Form, Request, Response
from sqlalchemy.orm import Session

from judge.errors import Forbidden
from judge.service import accounts
from judge.service.store.models import User

from ..deps import SESSION_COOKIE, SessionDep, client_address

CSRF_COOKIE = "judge_csrf"


CsrfField = Annotated[str, Form(max_length=200)]
"""The hidden `csrf` field every form carries; checked by `check_csrf`."""


class LoginRequired(Exception):
    """A page that needs a login was asked for without one: answered by a redirect to the
    login page, which comes back to `next_path`."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class FormExpired(Forbidden):
    """A form came without the CSRF token of this browser (an old page, or another site)."""


def viewer(request: Request, session: SessionDep) -> User | None:
    token = request.cookies.get(SESSION_COOKIE)
    return accounts.authenticate(session, token) if token else None


Viewer = Annotated[User | None, Depends(viewer)]


def required(request: Request, user: User | None) -> User:
    if user is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    return user


def login_url(next_path: str) -> str:
    return "/login?next=" + quote(next_path, safe="/")


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this site only (never `//elsewhere`)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def csrf_token(request: Request) -> str:
    """This browser's CSRF token; a new one when it has none (set by `remember_csrf`)."""
    token = request.cookies.get(CSRF_COOKIE)
    if not token:
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def remember_csrf(request: Request, response: Response) -> None:
    token = getattr(request.state, "new_csrf", None)
    if token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="lax",
                            secure=_secure(request), path="/")


def check_csrf(request: Request, submitted: str) -> None:
    expected = request.cookies.get(CSRF_COOKIE)
    if not expected or not secrets.compare_digest(expected.encode(), submitted.encode()):
        raise FormExpired("this form has expired or came from another site: reload the page "
                          "and send it again")


def log_in(session: Session, request: Request, response: Response, user: User) -> None:
    days = request.app.state.services.settings.token_days
    token, _ = accounts.issue_token(session, user, days=days, client=client_address(request))
    session.commit()
    response.set_cookie(SESSION_COOKIE, token, max_age=days * 86400, httponly=True,
                        samesite="lax", secure=_secure(request), path="/")


def log_out(session: Session, request: Request, response: Response) -> None:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        accounts.revoke(session, token)
        session.commit()
    response.delete_cookie(SESSION_COOKIE, path="/")


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"
