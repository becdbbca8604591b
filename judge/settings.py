"""All settings in one place: environment variables with the JUDGE_ prefix."""

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from .folders import BUILD_DIR, DATA_DIR, PROBLEMS_DIR, REPO_ROOT, cache_root

__all__ = ["REPO_ROOT", "Settings", "get_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JUDGE_", extra="ignore")

    problems_dir: Path = PROBLEMS_DIR
    sandbox: Literal["auto", "docker", "local"] = "auto"
    docker_image: str | None = None
    """The runtime image's tag; by default the hash of the files it is built from."""
    build_dir: Path = BUILD_DIR
    cache_dir: Path | None = None
    """Where each problem's computed tests are kept between processes (default:
    build_dir/cache); delete it at will, it is rebuilt on use."""

    # The service (`judge serve`, `judge worker`).
    data_dir: Path = DATA_DIR
    database_url: str | None = None
    """SQLAlchemy URL; by default an SQLite file in data_dir. PostgreSQL for a shared server:
    postgresql://user:password@host/dbname."""
    workers: int = Field(1, ge=0, le=64)
    """Grading threads `judge serve` runs next to the API (0: leave grading to `judge worker`)."""
    lease_seconds: float = Field(60.0, gt=0)
    """How long a claimed submission stays with a worker that stops renewing its lease."""
    max_code_bytes: int = Field(256 * 1024, gt=0)
    submissions_per_minute: int = Field(12, ge=1)
    """Ranked submissions (mode full) per user a minute; more get 429."""
    runs_per_minute: int = Field(12, ge=1)
    """Runs on the samples or on the user's own input (modes samples and custom) per user a
    minute, counted apart from ranked submissions; more get 429."""
    queue_cap: int = Field(500, ge=1)
    """Queued submissions beyond which new ones get 503."""
    pool_size: int | None = Field(None, ge=0, le=64)
    """Sandboxes kept started and waiting, per profile of problems (nothing imported; numpy;
    numpy and pandas; sqlite3), so a submission never waits for one to start. Default: one
    per grading worker in the process; 0 turns the pool off."""
    pool_idle_seconds: float = Field(300.0, gt=0)
    """The pool empties after this long without a submission (the next one refills it)."""
    stream_timeout_seconds: float = Field(900.0, gt=0)
    streams_per_user: int = Field(8, ge=1, le=1000)
    """Event streams one user may hold open at once, per API process; more get 429."""
    token_days: int = Field(30, ge=1, le=3650)
    """How long an API token (and a web login) lasts; logging in again issues a new one."""
    trusted_proxies: str = ""
    """Comma-separated addresses of reverse proxies whose X-Forwarded-For and
    X-Forwarded-Proto are believed (the client's address counts in the login limits). None
    by default: every client is who its connection says it is."""
    metrics_token: str | None = None
    """When set, /metrics answers only `Authorization: Bearer <this>` (401 otherwise); unset,
    it is open to whoever reaches it: serve it behind the proxy (docs/operations.md)."""
    log_format: Literal["text", "json"] = "text"
    """json: the judge's log lines are one JSON object each, with the submission id where
    there is one."""
    codemirror_dir: Path | None = None
    """CodeMirror 5 (lib/, mode/, addon/), served to the web editor. Default: Debian's
    libjs-codemirror, else the copy scripts/bootstrap fetched from npm into .vendor/codemirror.
    Where neither is there, the editor is a plain textarea."""

    @property
    def suite_dir(self) -> Path:
        return cache_root(self.build_dir, self.cache_dir) / "suites"

    @property
    def statement_dir(self) -> Path:
        return cache_root(self.build_dir, self.cache_dir) / "statements"

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'judge.db'}"


def get_settings() -> Settings:
    return Settings()
