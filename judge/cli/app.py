"""The Typer application every command module adds to, its consoles, and the entry point.

Exit codes: 0 when the submission is Accepted (or a command succeeds), 1 when it is not (or
`verify` finds a fault), 2 on a usage error (a bad flag, an unknown problem, an unreadable file,
no sandbox). Errors are one line on stderr, never a traceback.

Commands import what they need inside their function bodies: `judge --help` must not pay for
Hypothesis, pandas, SQLAlchemy or the settings model.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from ..errors import JudgeError, SubmissionFileError

if TYPE_CHECKING:
    from rich.text import Text

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="A practice judge for machine-learning-engineer interviews.")
sandbox_app = typer.Typer(no_args_is_help=True, help="The sandbox runtime image.")
app.add_typer(sandbox_app, name="sandbox")
group_app = typer.Typer(no_args_is_help=True, help="Study groups on the judge's server.")
app.add_typer(group_app, name="group")
token_app = typer.Typer(no_args_is_help=True, help="Your API tokens on the judge's server.")
app.add_typer(token_app, name="token")

out = Console()
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long
MAX_SUBMISSION_BYTES = 256 * 1024

SandboxOpt = Annotated[str | None, typer.Option(
    "--sandbox", help="auto, docker or local (default: the JUDGE_SANDBOX setting, auto)")]
ServerOpt = Annotated[str | None, typer.Option(
    "--server", help="the judge's URL (default: JUDGE_SERVER, the config file, "
                     "http://127.0.0.1:8000)")]


DialectOpt = Annotated[str | None, typer.Option(
    "--dialect", help="SQL problems: the engine your query is written for, sqlite (the "
                      "default) or duckdb (close to PostgreSQL)")]
DIALECTS = ("sqlite", "duckdb")
"""judge.grading.kinds.DIALECTS, named here: a command's start does not load the kinds."""


class UsageError(JudgeError):
    """A bad argument, reported with exit code 2."""


def check_dialect(dialect: str | None) -> str | None:
    if dialect is not None and dialect not in DIALECTS:
        raise UsageError(f"unknown SQL dialect {dialect!r}: use {' or '.join(DIALECTS)}")
    return dialect


def load_settings():
    """The settings (imported here: pydantic-settings is slow to import)."""
    from ..settings import get_settings

    return get_settings()


def load_folders():
    """The folders of the settings, without pydantic-settings (see judge.folders)."""
    from ..folders import folders

    return folders()


def open_repository(settings):
    from ..grading.problems import ProblemRepository

    return ProblemRepository(settings.problems_dir)


def pick_backend(choice: str | None, settings):
    """The sandbox backend chosen by flag, else by setting; SandboxUnavailable if none runs."""
    from sandbox.selection import select_backend

    return select_backend(choice or settings.sandbox, settings.docker_image)


def connect(server: str | None, *, auth: bool = True):
    """The HTTP client for the server (imported here: httpx is slow to import)."""
    from .client import connect as connect_client

    return connect_client(server, auth=auth)


def read_input(problem, path: Path) -> str:
    """A custom run's input file, read and checked (the server checks it again)."""
    from ..grading.present.input_text import InputError, parse_input

    text = read_submission(path)
    try:
        parse_input(problem, text)
    except InputError as exc:
        raise SubmissionFileError(f"{path}: {exc}") from None
    return text


def read_submission(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SubmissionFileError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise SubmissionFileError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise SubmissionFileError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_SUBMISSION_BYTES:
        raise SubmissionFileError(f"{path} is larger than {MAX_SUBMISSION_BYTES // 1024} KiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionFileError(f"{path} is not UTF-8 text") from None
    if not text.strip():
        raise SubmissionFileError(f"{path} is empty")
    return text


def styled(*parts) -> "Text":
    """A line of plain text with styled pieces, (text, style): nothing in it is read as
    markup, so text from users, submissions and servers shows as it is ("[/b]", "nums[q]")."""
    from rich.text import Text

    return Text.assemble(*parts)


def run() -> None:
    """Runs the app with the exit codes above; every error is one line on stderr."""
    from sandbox.errors import SandboxError

    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except (JudgeError, SandboxError) as exc:
        _error("error:", str(exc))
        sys.exit(2)
    except Exception as exc:  # click's usage errors and anything unforeseen
        # click's (or typer's bundled click's) usage errors carry format_message()
        if hasattr(exc, "format_message"):
            err.print(styled(("error:", "bold red"), f" {exc.format_message()}"),
                      highlight=False)
            sys.exit(2)
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        _error("internal error:", f"{type(exc).__name__}: {exc}")
        sys.exit(3)
    sys.exit(code or 0)


def _error(label: str, message: str) -> None:
    """One line on stderr; a JSON log line once `judge serve` or `judge worker` has set its
    logs to JSON (a log collector reads every line they write)."""
    import logging

    from ..service.logs import installed_format

    if installed_format() == "json":
        logging.getLogger("judge.cli").error("%s %s", label, message)
    else:
        err.print(styled((label, "bold red"), f" {message}"), highlight=False)
