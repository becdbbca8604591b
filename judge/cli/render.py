"""Rendering results, progress and the linter's diagnostics for the terminal (Rich)."""

import contextlib
from collections import Counter
from collections.abc import Iterator

from rich.console import Console
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..grading.results.feedback import next_step
from ..grading.results.verdicts import SubmissionResult, TestGroup, TestOutcome, Verdict
from ..grading.tools.diagnostics import Diagnostics
from ..grading.tools.verify import coverage_rows

STYLE = {Verdict.accepted: "green", Verdict.wrong_answer: "red", Verdict.time_limit: "yellow",
         Verdict.memory_limit: "yellow", Verdict.runtime_error: "magenta",
         Verdict.compilation_error: "magenta", Verdict.output_limit: "yellow",
         Verdict.internal_error: "bold red", Verdict.not_checked: "cyan"}


def _badge(verdict: Verdict) -> Text:
    return Text(verdict.code, style=STYLE[verdict])


@contextlib.contextmanager
def live_progress(console: Console) -> Iterator:
    """Yields a callback that shows each finished test as it comes in."""
    counts: Counter = Counter()
    last: list[str] = [""]

    def render() -> Text:
        done = sum(counts.values())
        text = Text(f"{done} tests run: ")
        text.append(f"{counts[Verdict.accepted]} passed", style="green")
        if last[0]:
            text.append(f"  (last: {last[0]})", style="dim")
        return text

    with Live(render(), console=console, transient=True, refresh_per_second=8) as live:
        def on_test(outcome: TestOutcome) -> None:
            counts[outcome.verdict] += 1
            last[0] = f"{outcome.name} {outcome.verdict.code} {outcome.seconds * 1000:.0f} ms"
            live.update(render())

        yield on_test


def _groups_table(result: SubmissionResult) -> Table:
    table = Table("tests", "passed", "verdict", "slowest", title=None)
    groups: dict[str, list[TestOutcome]] = {}
    for outcome in result.tests:
        groups.setdefault(outcome.group, []).append(outcome)
    for group, outcomes in groups.items():
        worst = next((o.verdict for o in outcomes if o.verdict != Verdict.accepted),
                     Verdict.accepted)
        slowest = max(o.seconds for o in outcomes)
        table.add_row(group, result.group_tally(group), _badge(worst),
                      f"{slowest * 1000:.0f} ms")
    return table


def ran(result: SubmissionResult) -> bool:
    """Whether anything ran: a result the judge wrote without running the code (it gave up
    on it, or the input could not be read) has no time, sandbox or tests to tell."""
    return bool(result.tests) or result.total_seconds > 0


def print_result(console: Console, result: SubmissionResult, hint: str | None = None) -> None:
    """`hint`: the server's "what to try next" (empty in a mock interview); None: this
    result's own."""
    own_input = bool(result.tests) and result.tests[0].group == TestGroup.custom
    if result.tests and not own_input:
        console.print(_groups_table(result))
    failure = result.tests[0] if own_input else result.first_failure
    if failure is None and result.verdict != Verdict.accepted and result.message:
        console.print(Text(result.message))  # why, when no test says it
    if failure is not None:
        # what the submission returned, raised or printed is shown as text, never as markup
        body = Text.assemble((failure.name, "bold"), f": {failure.message}")
        if failure.input:
            label = "smallest failing input" if failure.group == TestGroup.properties else "input"
            body.append_text(Text.assemble("\n", (f"{label}:", "bold"), f" {failure.input}"))
        if failure.expected is not None:
            label = "reference:" if own_input else "expected:"
            body.append_text(Text.assemble("\n", (label, "bold"), f" {failure.expected}"))
        if failure.got is not None:
            body.append_text(Text.assemble("\n", ("got:", "bold"), f"      {failure.got}"))
        if failure.error is not None:
            body.append("\n" + failure.error.render())
        console.print(Panel(body, title="on your input" if own_input else "first failing test",
                            expand=False), highlight=False)
    for name in ("stdout", "stderr"):
        text = getattr(result, name)
        if text.strip():
            console.print(Panel(Text(text.rstrip()), title=f"your {name}", expand=False))
    if result.growth is not None:
        console.print(Text.assemble(("Growth: ", "bold"), result.growth.summary()))
    elif result.growth_note:
        console.print(Text.assemble(("Growth: ", "bold"), result.growth_note))
    memory = (f", peak memory {result.peak_memory_bytes / 2**20:.0f} MiB"
              if result.peak_memory_bytes else "")
    stats = (f"  ({'' if own_input else result.tally() + ', '}"
             f"{result.total_seconds:.2f}s{memory}, {result.backend} sandbox)"
             if ran(result) else "")
    console.print(Text.assemble(("Verdict: ", "bold"), (result.verdict.value,
                                                        STYLE[result.verdict] + " bold"),
                                stats))
    if not (own_input and result.verdict == Verdict.accepted):  # the panel says it
        console.print(Text(result.verdict.explanation, style="dim"))
    hint = next_step(result) if hint is None else hint
    if hint:
        console.print(Text("Next: " + hint, style="dim"))


def print_diagnostics(console: Console, diag: Diagnostics) -> None:
    for node in diag.walk():
        for message in node.errors:
            console.print(Text.assemble(("error", "red"), f" {node.scope}: {message}"),
                          highlight=False)
        for message in node.warnings:
            console.print(Text.assemble(("warning", "yellow"), f" {node.scope}: {message}"),
                          highlight=False)
    problems = len(diag.children)
    failed = sum(1 for child in diag.children if not child.ok)
    style = "green" if failed == 0 else "red"
    console.print(f"[{style}]{problems - failed}/{problems} problem(s) verified[/]")


def print_coverage(console: Console, coverage: Counter) -> None:
    table = Table("pattern", "problems", title="coverage by pattern")
    for pattern, count in coverage_rows(coverage):
        table.add_row(pattern, str(count) if count else "[dim]0[/]")
    console.print(table)


def print_mutation_score(console: Console, score) -> None:
    """A problem's mutation score, then each surviving mutant as a diff."""
    style = "green" if score.meets_bar else "red"
    counted = score.mutants - score.equivalent
    console.print(Text.assemble(
        ("  mutation score ", ""), (f"{score.score:.1%}", style),
        f": {score.killed} of {counted} mutants rejected"
        + (f" ({score.equivalent} declared equivalent)" if score.equivalent else "")))
    for error in score.errors:
        console.print(Text.assemble(("  error ", "red"), error))
    for survivor in score.survivors:
        console.print(Text(f"  survived: {survivor.id}", style="yellow"))
        console.print(Text("    " + survivor.diff.replace("\n", "\n    "), style="dim"))
