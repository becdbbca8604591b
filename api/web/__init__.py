"""The web pages: server-rendered HTML with forms, and one small script that follows a
submission's grading live. They use the same rules as the API (they call its route functions)."""

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from judge.settings import Settings

from ..errors import wants_json
from . import account, catalogue, editor_assets, groups, mock, pages, plan, profile, review
from .render import HERE, error_page
from .session import LoginRequired, login_url

__all__ = ["error_page", "install"]


def install(app: FastAPI, settings: Settings | None = None) -> None:
    for module in (catalogue, pages, account, groups, plan, review, profile, mock):
        app.include_router(module.router)
    editor_assets.install(app, (settings or Settings()).codemirror_dir)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if wants_json(request):  # a page's script: it says so, and offers the login page
            return JSONResponse({"detail": "you are logged out (your login may have "
                                           "expired): log in again, then send it again"},
                                status.HTTP_401_UNAUTHORIZED)
        return RedirectResponse(login_url(exc.next_path), status.HTTP_303_SEE_OTHER)
