"""Register, log in and log out on the web: the login is a cookie (see session.py)."""

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from judge.errors import JudgeError
from judge.service import accounts

from ..deps import SessionDep, client_address
from ..errors import status_for
from ..schemas import Text
from .render import page
from .session import CsrfField, Viewer, check_csrf, log_in, log_out, safe_next

router = APIRouter(include_in_schema=False)

Field = Annotated[Text, Form(max_length=1024)]
Next = Annotated[str | None, Query(max_length=2000)]


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, user: Viewer, next: Next = None) -> HTMLResponse:
    return page(request, "login.html", user, action="login", next=safe_next(next))


@router.get("/register", response_class=HTMLResponse)
def register_page(request: Request, user: Viewer, next: Next = None) -> HTMLResponse:
    return page(request, "login.html", user, action="register", next=safe_next(next))


def _account_form(request: Request, session, action: str, username: str, password: str,
                  csrf: str, next_path: str):
    check_csrf(request, csrf)
    try:
        if action == "register":
            user = accounts.register(session, username, password, client_address(request))
        else:
            user = accounts.login(session, username, password, client_address(request))
    except JudgeError as exc:  # the form again, the name kept, the reason above it
        session.rollback()
        return page(request, "login.html", None, status_code=status_for(exc), action=action,
                    next=safe_next(next_path), username=username, error=str(exc))
    response = RedirectResponse(safe_next(next_path), status.HTTP_303_SEE_OTHER)
    log_in(session, request, response, user)
    return response


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, session: SessionDep, username: Field, password: Field,
          csrf: CsrfField = "",
          next: Annotated[str, Form(max_length=2000)] = "/"):
    return _account_form(request, session, "login", username, password, csrf, next)


@router.post("/register", response_class=HTMLResponse)
def register(request: Request, session: SessionDep, username: Field, password: Field,
             csrf: CsrfField = "",
             next: Annotated[str, Form(max_length=2000)] = "/"):
    return _account_form(request, session, "register", username, password, csrf, next)


@router.post("/logout")
def logout(request: Request, session: SessionDep,
           csrf: CsrfField = "") -> RedirectResponse:
    check_csrf(request, csrf)
    response = RedirectResponse("/", status.HTTP_303_SEE_OTHER)
    log_out(session, request, response)
    return response
