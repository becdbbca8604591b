"""The catalogue and grading on this machine: list, show, start, test, verify, sandbox."""

import json
from pathlib import Path
from typing import Annotated

import typer

from .app import (
    DialectOpt,
    SandboxOpt,
    UsageError,
    app,
    check_dialect,
    err,
    load_folders,
    load_settings,
    open_repository,
    out,
    pick_backend,
    read_input,
    read_submission,
    sandbox_app,
)


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
    from rich.table import Table

    from ..grading.problems.layout import CATEGORIES, DIFFICULTIES
    from ..grading.problems.listing import listing

    if category and category not in CATEGORIES:
        raise UsageError(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    if difficulty and difficulty not in DIFFICULTIES:
        raise UsageError(f"unknown difficulty {difficulty!r}: use easy, medium or hard")
    folders = load_folders()
    problems = [meta for meta in listing(folders.problems_dir, folders.listing_dir)
                if (not category or meta["category"] == category)
                and (not pattern or pattern in meta["patterns"])
                and (not difficulty or meta["difficulty"] == difficulty)]
    if as_json:
        print(json.dumps(problems, indent=2))
        return
    table = Table("slug", "title", "difficulty", "category", "kind", "patterns")
    for meta in problems:
        table.add_row(meta["slug"], meta["title"], meta["difficulty"], meta["category"],
                      meta["kind"], ", ".join(meta["patterns"]))
    out.print(table)
    out.print(f"{len(problems)} problem(s)")


@app.command()
def show(slug: str, as_input: Annotated[bool, typer.Option(
        "--input", help="print the first example as an input for `judge test --input` "
                        "(one `name = value` line per argument), to edit")] = False) -> None:
    """Show a problem's statement, examples and limits."""
    from rich.markdown import Markdown

    from ..grading.present.statement_cache import cached_statement

    folders = load_folders()
    if as_input:
        from ..grading.present.input_text import format_input

        problem = open_repository(folders).get(slug)
        print(format_input(problem, problem.samples[0].args) if problem.samples else "", end="")
        return
    out.print(Markdown(cached_statement(folders.problems_dir, slug, folders.statement_dir,
                                        lambda name: open_repository(folders).get(name))))


@app.command()
def start(
    slug: str,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="where to write")] = None,
    force: Annotated[bool, typer.Option(help="overwrite an existing file")] = False,
) -> None:
    """Write a problem's starter code to a file."""
    problem = open_repository(load_folders()).get(slug)
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
        "--growth", help="also measure how the running time grows (done on every TLE where "
                         "the problem has inputs of growing size)")]
    = False,
    input_file: Annotated[Path | None, typer.Option(
        "--input", metavar="FILE", help="run on your own input instead (one `name = value` "
                                        "line per argument; `judge show SLUG --input` prints "
                                        "the first example as one) beside the reference")]
    = None,
    dialect: DialectOpt = None,
) -> None:
    """Grade FILE against problem SLUG locally. Exit 0 on Accepted, 1 otherwise."""
    from ..grading.results.contract import result_json
    from ..grading.results.verdicts import Verdict
    from ..grading.run.grader import Grader
    from ..grading.run.suite import SuiteCache
    from .render import live_progress, print_result

    settings = load_settings()
    problem = open_repository(settings).get(slug)
    try:
        problem.kind_for(check_dialect(dialect))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    code = read_submission(file)
    if input_file is not None:
        _run_on_input(problem, code, read_input(problem, input_file),
                      pick_backend(sandbox, settings), as_json, dialect)
    backend = pick_backend(sandbox, settings)
    suite = SuiteCache(settings.suite_dir).get(problem)
    if not as_json:
        err.print(f"[dim]grading {slug} in the {backend.isolation}[/]")
    if as_json:
        result = Grader(problem, backend, suite=suite, dialect=dialect).grade(
            code, samples_only=samples, growth="always" if growth else "on-tle")
        print(json.dumps(result_json(result), indent=2))
    else:
        with live_progress(out) as on_test:
            result = Grader(problem, backend, on_test=on_test, suite=suite,
                            dialect=dialect).grade(
                code, samples_only=samples, growth="always" if growth else "on-tle")
        print_result(out, result)
    raise typer.Exit(0 if result.verdict == Verdict.accepted else 1)


def _run_on_input(problem, code: str, text: str, backend, as_json: bool,
                  dialect: str | None) -> None:
    from ..grading.results.contract import result_json
    from ..grading.results.verdicts import Verdict
    from ..grading.run.custom import run_custom
    from .render import print_result

    if not as_json:
        err.print(f"[dim]running {problem.slug} on your input, and the reference beside it, "
                  f"in the {backend.isolation}[/]")
    result = run_custom(problem, backend, code, text, dialect)
    if as_json:
        print(json.dumps(result_json(result), indent=2))
    else:
        print_result(out, result)
    raise typer.Exit(0 if result.verdict == Verdict.accepted else 1)


@app.command()
def verify(
    slugs: Annotated[list[str] | None, typer.Argument(help="problems to check (default: all)")]
    = None,
    sandbox: SandboxOpt = None,
    mutants: Annotated[bool, typer.Option(
        "--mutants", help="measure the tests by mutation analysis and keep the score in each "
                          "problem's mutation.json")] = False,
    stale: Annotated[bool, typer.Option(
        "--stale", help="only the problems whose kept record (verification.json, or with "
                        "--mutants mutation.json) is missing or stale")] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, max=64,
        help="grades at once: a problem's known-wrong submissions, or with --mutants its "
             "mutants")] = 2,
    search: Annotated[int, typer.Option(
        "--search", min=0, max=100_000,
        help="with --mutants: for each surviving mutant, grade it on this many fresh inputs "
             "drawn like the problem's own, and show the first it gets wrong as a Case")] = 0,
    write_cases: Annotated[bool, typer.Option(
        "--write-cases", help="with --search: add the counterexamples found to the problem's "
                              "HIDDEN cases in cases.py")] = False,
) -> None:
    """Prove problem packages sound: reference, samples, starter, known-wrong submissions,
    limits; keep each problem's outcome in its verification.json. With --mutants, measure
    how many mutants of the reference the tests reject."""
    from ..grading.run.suite import SuiteCache
    from ..grading.tools.verification import is_current, store
    from ..grading.tools.verify import verify as run_verify
    from .render import print_coverage, print_diagnostics

    settings = load_settings()
    repository = open_repository(settings)
    for slug in slugs or []:
        if slug not in repository.slugs():
            raise UsageError(f"no problem named {slug!r}")
    backend = pick_backend(sandbox, settings)
    report = lambda line: out.print(line, highlight=False, markup=False)  # noqa: E731
    if (search or write_cases) and not mutants:
        raise UsageError("--search and --write-cases go with --mutants")
    if write_cases and not search:
        raise UsageError("--write-cases needs --search N (how many inputs to try)")
    if mutants:
        _verify_mutants(repository, slugs or repository.slugs(), backend, settings, stale, jobs,
                        search, write_cases)
        return
    chosen = slugs or repository.slugs()
    if stale:
        chosen = [slug for slug in chosen if not is_current(repository.folder(slug))]
        if not chosen:
            out.print("every verification record is current")
            raise typer.Exit(0)
    diag, coverage, records = run_verify(repository, chosen, backend, report,
                                         SuiteCache(settings.suite_dir), jobs)
    for record in records:
        store(repository.folder(record.slug), record)
    print_diagnostics(out, diag)
    if not slugs and not stale:
        print_coverage(out, coverage)
    raise typer.Exit(0 if diag.ok else 1)


def _verify_mutants(repository, slugs, backend, settings, stale: bool, jobs: int,
                    search: int = 0, write_cases: bool = False) -> None:
    from sandbox.pool import WarmPool

    from ..errors import ProblemError
    from ..grading.run.suite import SuiteCache
    from ..grading.tools.mutation.analysis import analyse, store, stored_faults
    from .render import print_mutation_score

    suites = SuiteCache(settings.suite_dir)
    if stale:
        slugs = [slug for slug in slugs if stored_faults(repository.folder(slug))]
        if not slugs:
            out.print("every mutation score is current")
            raise typer.Exit(0)
    pool = WarmPool(backend, jobs, 30.0)
    failed = []
    try:
        for slug in slugs:
            out.print(slug, highlight=False, markup=False)
            try:
                problem = repository.get(slug)
                score = analyse(problem, pool, suites.get(problem), lambda line: None, jobs)
            except ProblemError as exc:
                err.print(f"{slug}: {exc}", highlight=False, markup=False)
                failed.append(slug)
                continue
            store(problem, score)
            print_mutation_score(out, score)
            if search and score.survivors:
                _search_survivors(problem, pool, score, search, write_cases)
            if not score.meets_bar:
                failed.append(slug)
    finally:
        pool.close()
    if failed:
        err.print(f"under the bar or in error: {' '.join(failed)}", highlight=False,
                  markup=False)
    raise typer.Exit(1 if failed else 0)


def _search_survivors(problem, backend, score, count: int, write_cases: bool) -> None:
    """A differential search for each survivor; the counterexamples found, as Cases."""
    from ..grading.tools.mutation.analysis import mutants_of
    from ..grading.tools.mutation.cases_file import add_hidden_cases
    from ..grading.tools.mutation.literal import Unwritable
    from ..grading.tools.mutation.search import drawn_inputs, reference_values, search

    inputs, expected = reference_values(problem, list(drawn_inputs(problem, count)))
    if not inputs:
        err.print(f"  {problem.slug}: no inputs to search with (cases.py has neither "
                  "arguments() nor generate(rng))", highlight=False, markup=False)
        return
    surviving = {survivor.id for survivor in score.survivors}
    cases = []
    for mutant in mutants_of(problem)[1]:
        if mutant.id not in surviving:
            continue
        found = search(problem, backend, mutant, inputs, expected)
        if found is None:
            out.print(f"  no counterexample in {len(inputs)} inputs: {mutant.id}",
                      highlight=False, markup=False)
            continue
        try:
            case = found.case()
        except Unwritable as exc:
            err.print(f"  {mutant.id}: {found.verdict} on an input that {exc}",
                      highlight=False, markup=False)
            continue
        out.print(f"  counterexample ({found.verdict}) for {mutant.id}:\n    {case}",
                  highlight=False, markup=False)
        cases.append(case)
    if write_cases and cases:
        path = add_hidden_cases(problem.path, cases)
        out.print(f"  added {len(cases)} hidden cases to {path}; measure again: judge verify "
                  f"--mutants {problem.slug}", highlight=False, markup=False)


@sandbox_app.command("build")
def sandbox_build() -> None:
    """Build the sandbox runtime image offline (needs Docker, debootstrap and root)."""
    from sandbox.image import build_runtime_image

    from ..errors import JudgeError

    settings = load_settings()
    try:
        tag = build_runtime_image(settings.build_dir / "image", settings.docker_image)
    except Exception as exc:
        raise JudgeError(f"the image build failed: {exc}") from None
    out.print(f"built {tag}")


@sandbox_app.command("status")
def sandbox_status() -> None:
    """Say which sandbox backends can run here."""
    from sandbox.docker import DockerBackend
    from sandbox.local import LocalBackend

    settings = load_settings()
    for backend in (DockerBackend(settings.docker_image), LocalBackend()):
        reason = backend.unavailable_reason()
        out.print(f"{backend.name}: " + ("ready" if reason is None else f"unavailable: {reason}"))
