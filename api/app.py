"""The FastAPI app. `judge serve` runs it with uvicorn (`api.app:create_app`, a factory)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from judge.grading.present.input_text import MAX_INPUT_BYTES
from judge.service import logs, metrics
from judge.settings import Settings

from . import docs, errors, web
from .limits import BodyLimit, body_cap
from .routes import admin, auth, groups, health, mocks, plan, problems, review, stats, submissions
from .routes import metrics as metrics_route
from .services import BackendFactory, Services


def create_app(settings: Settings | None = None, backend_factory: BackendFactory | None = None,
               workers: int | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = Services.start(settings, backend_factory, workers)
        app.state.services = services
        app.state.metrics = metrics.registry(services.sessions, services.backend_factory)
        try:
            yield
        finally:
            services.stop()

    parts = {"code": settings.max_code_bytes, "input": MAX_INPUT_BYTES}
    # A form field may be as large as the body BodyLimit lets through: one over its limit is
    # then refused by its own rule (422, "the code is over 256 KiB"), not by the form
    # parser's 1 MiB default (a 400 in the framework's words).
    app = FastAPI(title="MLE judge", version="1",
                  description="Practice problems for machine-learning-engineer interviews, "
                              "graded in a sandbox.",
                  lifespan=lifespan, docs_url=None, redoc_url=None,  # docs.install: offline
                  form_limits={"max_part_size": body_cap(parts)})
    app.add_middleware(BodyLimit, limits=parts, names={"code": "the code", "input": "the input"})
    errors.install(app, html=web.error_page)
    for module in (auth, problems, submissions, groups, plan, review, stats, mocks, admin,
                   health, metrics_route):
        app.include_router(module.router)
    app.include_router(mocks.group_router)
    _document_limits(app, settings)
    web.install(app, settings)
    docs.install(app)
    logs.install(settings.log_format)  # the workers' and the API's lines, beside uvicorn's
    return app


def _document_limits(app: FastAPI, settings: Settings) -> None:
    """The limits on submitting are settings, which the models and routes cannot know: the
    schema is given them here (FastAPI's way of extending its OpenAPI). The code's size as
    characters: each is a byte or more, so longer code is always refused; shorter code over
    the limit in bytes gets 422 too. The per-minute limits and the queue cap, in the words of
    the answers to POST /api/submissions."""
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = generate()
            code = schema["components"]["schemas"]["SubmissionCreate"]["properties"]["code"]
            code["maxLength"] = settings.max_code_bytes
            answers = schema["paths"]["/api/submissions"]["post"]["responses"]
            answers["429"]["description"] = (
                f"Past a per-minute limit of yours: {settings.submissions_per_minute} "
                f"submissions (mode `full`, `JUDGE_SUBMISSIONS_PER_MINUTE`), and apart from "
                f"them {settings.runs_per_minute} runs (modes `samples` and `custom`, "
                "`JUDGE_RUNS_PER_MINUTE`); `detail` says which. Wait `Retry-After` seconds")
            answers["503"]["description"] = (
                f"{settings.queue_cap} submissions are waiting to be graded "
                "(`JUDGE_QUEUE_CAP`), or the database is busy or down: wait `Retry-After` "
                "seconds")
        return app.openapi_schema

    app.openapi = openapi
