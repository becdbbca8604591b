"""Pages from Jinja2 templates (autoescaped), and statements from Markdown (raw HTML off)."""

from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from judge.service.store.models import User

from .markdown import markdown_renderer
from .session import csrf_token, remember_csrf, viewer

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
_markdown = markdown_renderer()


def markdown(text: str) -> Markup:
    """Statements are the authors' Markdown; any HTML in them is shown as text, not run."""
    return Markup(_markdown.render(text))


templates.env.filters["markdown"] = markdown
templates.env.filters["seconds"] = lambda s: "" if s is None else f"{s:.2f} s"
templates.env.filters["when"] = (lambda t: "" if t is None
                                 else t.strftime("%Y-%m-%d %H:%M UTC"))


SECURITY_HEADERS = {
    # Only this site's own script, styles and forms; no inline script, no framing, no plugins:
    # should anything slip past the templates' escaping, the browser still runs none of it.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def page(request: Request, template: str, user: User | None, status_code: int = 200,
         **context) -> HTMLResponse:
    response = templates.TemplateResponse(
        request, template, {"user": user, "csrf": csrf_token(request), **context},
        status_code=status_code, headers=SECURITY_HEADERS)
    remember_csrf(request, response)
    return response


def error_page(request: Request, status_code: int, message: str,
               headers: dict[str, str] | None = None) -> HTMLResponse:
    """The error as a page, with the header the viewer sees everywhere else (their name and
    "Log out" when logged in)."""
    if status_code >= 500:  # the database may be what failed: shown as logged out
        return _error_page(request, None, status_code, message, headers)
    try:
        with request.app.state.services.sessions() as session:
            user = viewer(request, session)
            # rendered while the session is open: the user's attributes load from it
            return _error_page(request, user, status_code, message, headers)
    except Exception:  # a failure looking up the viewer must not turn a 404 into a 500
        return _error_page(request, None, status_code, message, headers)


def _error_page(request: Request, user: User | None, status_code: int, message: str,
                headers: dict[str, str] | None) -> HTMLResponse:
    response = page(request, "error.html", user, status_code=status_code, message=message,
                    status=status_code)
    response.headers.update(headers or {})
    return response
