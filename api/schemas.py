"""Request and response bodies: XCreate comes in, XPublic goes out."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class AccountCreate(BaseModel):
    username: str = Field(max_length=64, examples=["ada"])
    password: str = Field(max_length=1024, examples=["a long passphrase"])


class TokenPublic(BaseModel):
    username: str
    token: str
    """Shown once; the server keeps only its hash."""


class UserPublic(BaseModel):
    username: str
    created_at: datetime
    submissions: int


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: str
    category: str
    kind: str
    patterns: list[str]


class Sample(BaseModel):
    input: str
    output: str
    note: str | None = None


class LimitsPublic(BaseModel):
    time_seconds: float
    total_seconds: float
    memory_mb: int


class ProblemPublic(ProblemSummary):
    statement: str
    """Markdown: the author's text, signature, examples and limits."""
    signature: str | None
    samples: list[Sample]
    starter: str
    file_suffix: str
    limits: LimitsPublic


class SubmissionCreate(BaseModel):
    problem: str = Field(max_length=100, examples=["insert-positions"])
    code: str
    mode: Literal["full", "samples"] = "full"
    """'samples' grades only the visible samples; it never counts on a leaderboard."""


class SubmissionAccepted(BaseModel):
    id: int
    status: str
    url: str
    events_url: str


class SubmissionSummary(BaseModel):
    id: int
    problem: str
    mode: str
    status: str
    verdict: str | None
    created_at: datetime
    finished_at: datetime | None


class SubmissionPublic(SubmissionSummary):
    started_at: datetime | None
    attempts: int
    code: str
    result: dict[str, Any] | None
    """The full result: every test's verdict and time, the message, stdout/stderr, growth."""
    first_failure: dict[str, Any] | None
    """The first test that did not pass: its input, expected and actual output, traceback."""


class HealthPublic(BaseModel):
    status: Literal["ok", "degraded"]
    database: str
    sandbox: str
    workers: int
    queued: int | None
