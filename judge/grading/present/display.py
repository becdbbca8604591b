"""How a problem's inputs are shown to users: as text (for the CLI and the API) and, beside a
failure's text, as tables (`views`, for the web). Each kind of problem says how its inputs
look (`judge.grading.kinds`); values alone are rendered in `judge.grading.render`."""

from ..problems.loader import Problem
from ..render.views import Part


def show_input(problem: Problem, args: tuple) -> str:
    return problem.kind.show_input(problem, args)


def input_views(problem: Problem, args: tuple) -> list[Part] | None:
    """The input as tables, one part per argument (per table for SQL); None when no
    argument is a table, a frame or an array (the text says it all)."""
    return problem.kind.input_views(problem, args)


def failure_input(problem: Problem, args: tuple) -> tuple[str, list[Part] | None]:
    """A failing test's input: its text, and its tables when it holds any."""
    return show_input(problem, args), input_views(problem, args)
