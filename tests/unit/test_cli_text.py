"""Text from users, submissions and servers reaches the terminal as it is: never read as
Rich markup (a traceback line `out.append(nums[q])` keeps its `[q]`; `[/b]` neither vanishes
nor crashes the CLI), in the failure box, the error line and the group commands."""

import importlib
import io
import time

import pytest
import typer
from rich.console import Console

from judge.cli.render import print_result
from judge.errors import JudgeError
from judge.grading.results.verdicts import ErrorInfo, SubmissionResult, TestOutcome, Verdict

cli_app = importlib.import_module("judge.cli.app")  # the module (judge.cli.app is the app)
TRICKY = ["[/b]", "[red]alarm[/red]", "out.append(nums[q])", "[bold]", "a[/]b"]


def _rendered(result: SubmissionResult) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    print_result(console, result)
    return console.file.getvalue()


@pytest.mark.parametrize("text", TRICKY)
def test_the_failure_box_shows_user_text_as_it_is(text: str) -> None:
    error = ErrorInfo("IndexError", text, ((3, "f", text),))
    failure = TestOutcome(name="hidden 2", group="hidden", verdict=Verdict.runtime_error,
                          seconds=0.1, message=text, input=f"f(xs={text})", expected=text,
                          got=text, error=error)
    result = SubmissionResult(verdict=Verdict.runtime_error, message=text, tests=(failure,),
                              backend="fake", total_seconds=0.1, stdout=text, stderr=text)
    shown = _rendered(result)
    assert shown.count(text) >= 6, shown  # message, input, expected, got, traceback, output


@pytest.mark.parametrize("text", TRICKY)
def test_the_error_line_shows_the_message_as_it_is(text: str, monkeypatch, capsys) -> None:
    def fail(**_):
        raise JudgeError(f"no problem named {text!r}")

    monkeypatch.setattr(cli_app, "app", fail)
    monkeypatch.setattr(cli_app, "err", Console(stderr=True, soft_wrap=True, color_system=None))
    with pytest.raises(SystemExit) as exit_:
        cli_app.run()
    assert exit_.value.code == 2
    assert f"error: no problem named {text!r}" in capsys.readouterr().err


def test_group_names_are_not_markup(monkeypatch) -> None:
    from judge.cli import groups

    console = Console(file=io.StringIO(), width=200, color_system=None)
    monkeypatch.setattr(groups, "out", console)
    groups._print_group({"name": "[/b] circle", "id": 1, "owner": "[red]x", "invite_code": "c",
                         "plan": {"name": "[bold]plan", "default": False, "current_week": 1,
                                  "weeks": 5},
                         "members": [{"username": "[/]", "owner": True,
                                      "joined_at": "2026-12-01"}]})
    shown = console.file.getvalue()
    assert "[/b] circle" in shown and "[red]x" in shown and "[bold]plan" in shown
    assert "[/] (owner)" in shown


def test_typer_exit_is_left_alone(monkeypatch) -> None:
    def done(**_):
        raise typer.Exit(1)

    monkeypatch.setattr(cli_app, "app", done)
    with pytest.raises(SystemExit) as exit_:
        cli_app.run()
    assert exit_.value.code == 1


def test_a_result_written_without_running_anything_says_why_and_no_time() -> None:
    """The judge gave up on a submission: no tests table, no "0.00s, none sandbox", but the
    reason."""
    from judge.grading.results.contract import internal_error_json, result_from_json

    shown = _rendered(result_from_json(internal_error_json("grading was interrupted 3 times")))
    assert "grading was interrupted 3 times" in shown
    assert "Verdict: Internal Error\n" in shown
    assert "none sandbox" not in shown and "0.00s" not in shown and "tests" not in shown


@pytest.fixture
def tokyo(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_last_activity_is_shown_in_the_users_time_zone(tokyo, monkeypatch) -> None:
    from judge.cli import groups

    assert groups._local_time("2026-11-02T23:30:00Z") == "2026-11-03 08:30"
    assert groups._local_time(None) == ""

    class Client:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def request(self, method, path, params=None):
            return {"group": "circle", "window": {"label": "all time"}, "categories": [],
                    "rows": [{"rank": 1, "username": "ada", "points": 1, "solved": 1,
                              "by_category": {}, "attempts": 2, "plan_done": 0,
                              "plan_total": 3,
                              "last_activity": "2026-11-02T23:30:00.123456+00:00"}]}

    console = Console(file=io.StringIO(), width=200, color_system=None)
    monkeypatch.setattr(groups, "out", console)
    monkeypatch.setattr(groups, "connect", lambda server: Client())
    groups.leaderboard_command("7")
    shown = console.file.getvalue()
    assert "2026-11-03 08:30" in shown and "23:30" not in shown
