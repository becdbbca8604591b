"""The `judge` command line, for one person on their own machine.

Exit codes: 0 when the submission is Accepted (or a command succeeds), 1 when it is not (or
`verify` finds a fault), 2 on a usage error (a bad flag, an unknown problem, an unreadable file,
no sandbox). Errors are one line on stderr, never a traceback.
"""

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from sandbox.errors import SandboxError

from .errors import JudgeError, SubmissionFileError
from .problems import ProblemRepository
from .problems.model import CATEGORIES
from .settings import Settings, get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="A practice judge for machine-learning-engineer interviews.")
sandbox_app = typer.Typer(no_args_is_help=True, help="The sandbox runtime image.")
app.add_typer(sandbox_app, name="sandbox")

out = Console()
err = Console(stderr=True)
MAX_SUBMISSION_BYTES = 256 * 1024

SandboxOpt = Annotated[str | None, typer.Option(
    "--sandbox", help="auto, docker or local (default: the JUDGE_SANDBOX setting, auto)")]


class UsageError(JudgeError):
    """A bad argument, reported with exit code 2."""


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _repo(settings: Settings) -> ProblemRepository:
    return ProblemRepository(settings.problems_dir)


def _backend(choice: str | None, settings: Settings):
    from .sandboxes import select_backend

    return select_backend(choice or settings.sandbox, settings)


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


@app.command("list")
def list_problems(
    category: Annotated[str | None, typer.Option(help="algorithms, ml, statistics, pandas, sql")]
    = None,
    pattern: Annotated[str | None, typer.Option(help="a pattern tag, e.g. binary-search")]
    = None,
    difficulty: Annotated[str | None, typer.Option(help="easy, medium or hard")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """List the problems, optionally filtered."""
    if category and category not in CATEGORIES:
        raise UsageError(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    if difficulty and difficulty not in ("easy", "medium", "hard"):
        raise UsageError(f"unknown difficulty {difficulty!r}: use easy, medium or hard")
    problems = [meta for meta in _repo(get_settings()).catalogue()
                if (not category or meta.category == category)
                and (not pattern or pattern in meta.patterns)
                and (not difficulty or meta.difficulty.value == difficulty)]
    if as_json:
        print(json.dumps([meta.model_dump(mode="json") for meta in problems], indent=2))
        return
    table = Table("slug", "title", "difficulty", "category", "kind", "patterns")
    for meta in problems:
        table.add_row(meta.slug, meta.title, meta.difficulty.value, meta.category,
                      meta.kind.value, ", ".join(meta.patterns))
    out.print(table)
    out.print(f"{len(problems)} problem(s)")


@app.command()
def show(slug: str) -> None:
    """Show a problem's statement, examples and limits."""
    from .statement import render_statement

    problem = _repo(get_settings()).get(slug)
    out.print(Markdown(render_statement(problem)))


@app.command()
def start(
    slug: str,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="where to write")] = None,
    force: Annotated[bool, typer.Option(help="overwrite an existing file")] = False,
) -> None:
    """Write a problem's starter code to a file."""
    problem = _repo(get_settings()).get(slug)
    path = output or Path(slug.replace("-", "_") + problem.source_suffix)
    if path.exists() and not force:
        raise UsageError(f"{path} exists; use --force to overwrite it")
    try:
        path.write_text(problem.starter, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    out.print(f"wrote {path}; grade it with: judge test {slug} {path}")


@app.command()
def test(
    slug: str,
    file: Path,
    sandbox: SandboxOpt = None,
    samples: Annotated[bool, typer.Option("--samples", help="run the visible samples only")]
    = False,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable result")] = False,
    growth: Annotated[bool, typer.Option(
        "--growth", help="also measure how the running time grows (always done on TLE)")]
    = False,
) -> None:
    """Grade FILE against problem SLUG locally. Exit 0 on Accepted, 1 otherwise."""
    from .grader import Grader
    from .report import live_progress, print_result, result_json

    settings = get_settings()
    problem = _repo(settings).get(slug)
    code = read_submission(file)
    backend = _backend(sandbox, settings)
    if not as_json:
        err.print(f"[dim]grading {slug} in the {backend.isolation}[/]")
    if as_json:
        result = Grader(problem, backend).grade(
            code, samples_only=samples, growth="always" if growth else "on-tle")
        print(json.dumps(result_json(result), indent=2))
    else:
        with live_progress(out) as on_test:
            result = Grader(problem, backend, on_test=on_test).grade(
                code, samples_only=samples, growth="always" if growth else "on-tle")
        print_result(out, problem, result)
    raise typer.Exit(0 if result.verdict.value == "Accepted" else 1)


@app.command()
def verify(
    slugs: Annotated[list[str] | None, typer.Argument(help="problems to check (default: all)")]
    = None,
    sandbox: SandboxOpt = None,
) -> None:
    """Prove problem packages sound: reference, samples, starter, known-wrong submissions."""
    from .report import print_coverage, print_diagnostics
    from .verify import verify as run_verify

    settings = get_settings()
    repository = _repo(settings)
    for slug in slugs or []:
        if slug not in repository.slugs():
            raise UsageError(f"no problem named {slug!r}")
    backend = _backend(sandbox, settings)
    diag, coverage = run_verify(repository, slugs or [], backend,
                                lambda line: out.print(line, highlight=False))
    print_diagnostics(out, diag)
    if not slugs:
        print_coverage(out, coverage)
    raise typer.Exit(0 if diag.ok else 1)


@sandbox_app.command("build")
def sandbox_build() -> None:
    """Build the sandbox runtime image offline (needs Docker, debootstrap and root)."""
    from sandbox.image import build_runtime_image

    settings = get_settings()
    try:
        tag = build_runtime_image(settings.build_dir / "image", settings.docker_image)
    except Exception as exc:
        raise JudgeError(f"the image build failed: {exc}") from None
    out.print(f"built {tag}")


@sandbox_app.command("status")
def sandbox_status() -> None:
    """Say which sandbox backends can run here."""
    from sandbox.docker_backend import DockerBackend
    from sandbox.local import LocalBackend

    settings = get_settings()
    for backend in (DockerBackend(settings.docker_image), LocalBackend()):
        reason = backend.unavailable_reason()
        out.print(f"{backend.name}: " + ("ready" if reason is None else f"unavailable: {reason}"))


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except (JudgeError, SandboxError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
    except Exception as exc:  # click's usage errors and anything unforeseen
        # click's (or typer's bundled click's) usage errors carry format_message()
        if hasattr(exc, "format_message"):
            err.print(f"[bold red]error:[/] {exc.format_message()}", highlight=False)
            sys.exit(2)
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        err.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc}", highlight=False)
        sys.exit(3)
    sys.exit(code or 0)

