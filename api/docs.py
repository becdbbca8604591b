"""The API's interactive documentation at /docs (Swagger UI), working offline: its JavaScript
and CSS are served from where the fastapi-offline package installs them rather than from
FastAPI's default CDN (FastAPI's "self-hosting" recipe). /redoc is off: ReDoc's bundle loads
its logo from its maker's site whatever it is told, and /docs already shows every operation.

/docs is not rendered by `web.render.page`, so it carries none of its security headers: the
Content-Security-Policy there would forbid the inline script Swagger UI starts with."""

from importlib.resources import files

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs/assets"
"""Under /docs, so a missing file answers JSON like the rest of the machine paths."""
FAVICON = "/static/favicon.svg"  # the site's own
CONTRAST = "/static/docs.css"
"""Swagger UI's colours darkened to the contrast the site's own pages keep."""


def install(app: FastAPI) -> None:
    """Adds /docs to an app made with `docs_url=None, redoc_url=None`."""
    assets = files("fastapi_offline") / "static"
    app.mount(ASSETS, StaticFiles(directory=str(assets)), name="docs-assets")
    title = app.title

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        css = f"{ASSETS}/swagger-ui.css"
        page = get_swagger_ui_html(
            openapi_url=app.openapi_url, title=f"{title}: HTTP API",
            oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js", swagger_css_url=css,
            swagger_favicon_url=FAVICON)
        return HTMLResponse(_accessible(page.body.decode(), css))

    @app.get(app.swagger_ui_oauth2_redirect_url, include_in_schema=False)
    def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()


def _accessible(html: str, css: str) -> str:
    """FastAPI's page for Swagger UI, with its language said and the contrast fixes after
    Swagger UI's own styles (each change is skipped should FastAPI's page change shape; the
    browser test's accessibility check would then say so)."""
    html = html.replace("<html>", '<html lang="en">', 1)
    link = f'href="{css}">'
    return html.replace(link, f'{link}\n<link rel="stylesheet" href="{CONTRAST}">', 1)
