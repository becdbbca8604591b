"""The problem page's editor in a real browser (Debian's Chromium through Playwright) against
a real `judge serve`: CodeMirror as the site serves it (line numbers, highlighting, Python's
indentation, SQL's mode, no soft wrap, the draft kept in the browser, reset to the starter,
Ctrl+Enter), and the plain textarea where CodeMirror is missing. Nothing here waits for a
grade: the services run without grading workers."""

import itertools
import os
import re

import httpx
import pytest

from api.deps import SESSION_COOKIE
from api.web.editor_assets import find

from .code_editor import code, focused_in_editor, set_code, typing_target
from .running import Service

pytestmark = [pytest.mark.docker, pytest.mark.browser]

PROBLEM = "/problems/insert-positions"
SQL_PROBLEM = "/problems/category-revenue-leaders"
STARTER_START = "def insert_positions(nums: list[int], queries: list[int]) -> list[int]:"
_names = itertools.count()


def _started(service: Service) -> Service:
    service.serve(workers=0)  # submissions are only queued: no sandbox is needed
    return service


@pytest.fixture(scope="module")
def editor_service(tmp_path_factory, chromium):
    if find(None) is None:
        message = "no CodeMirror (apt-get install libjs-codemirror, or scripts/bootstrap)"
        if os.environ.get("JUDGE_REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (JUDGE_REQUIRE_BROWSER=1)", pytrace=False)
        pytest.skip(message)
    service = Service(tmp_path_factory.mktemp("editor"))
    yield _started(service)
    service.close()


@pytest.fixture(scope="module")
def plain_service(tmp_path_factory, chromium):
    """CodeMirror's folder set to an empty one: the page falls back to the textarea."""
    service = Service(tmp_path_factory.mktemp("plain-editor"))
    service.env["JUDGE_CODEMIRROR_DIR"] = str(tmp_path_factory.mktemp("no-codemirror"))
    yield _started(service)
    service.close()


def _logged_in_page(chromium, service: Service, errors: list[str]):
    """A browser of its own (its own storage) with a new user's login cookie."""
    name = f"editor{next(_names)}"
    answer = httpx.post(service.url + "/api/auth/register",
                        json={"username": name, "password": "correct horse battery"})
    assert answer.status_code == 201, answer.text
    context = chromium.new_context()
    context.add_cookies([{"name": SESSION_COOKIE, "value": answer.json()["token"],
                          "url": service.url}])
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # Console errors include what the Content-Security-Policy blocked.
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    return context, page


@pytest.fixture
def page(chromium, editor_service):
    errors: list[str] = []
    context, page = _logged_in_page(chromium, editor_service, errors)
    page.goto(editor_service.url + PROBLEM)
    page.locator(".CodeMirror").wait_for()
    yield page
    context.close()
    assert not errors, f"the page's scripts failed or were blocked: {errors}"


def test_codemirror_numbers_highlights_and_indents_python(page) -> None:
    assert page.locator(".CodeMirror-linenumber", has_text=re.compile(r"^1$")).is_visible()
    assert page.locator(".cm-keyword", has_text="def").first.is_visible()
    assert code(page).startswith(STARTER_START)

    editor = typing_target(page)  # found by its accessible name
    set_code(page, "def f(x):")
    editor.press("Enter")
    assert code(page) == "def f(x):\n    "  # the body, indented by the Python mode
    editor.press_sequentially("return (x")  # brackets close themselves
    assert code(page) == "def f(x):\n    return (x)"
    editor.press("End")
    editor.press("Enter")
    editor.press("Shift+Tab")
    editor.press("Tab")
    assert code(page) == "def f(x):\n    return (x)\n    "
    editor.press("Shift+Tab")
    assert code(page) == "def f(x):\n    return (x)\n"
    # Escape, then Tab, leaves the editor: the keyboard is never trapped in it.
    editor.press("Escape")
    editor.press("Tab")
    assert not focused_in_editor(page)
    assert code(page) == "def f(x):\n    return (x)\n"


def test_a_selection_of_lines_is_indented_and_dedented(page) -> None:
    set_code(page, "a = 1\nb = 2")
    editor = typing_target(page)
    editor.press("Control+a")
    editor.press("Tab")
    assert code(page) == "    a = 1\n    b = 2"
    editor.press("Shift+Tab")
    assert code(page) == "a = 1\nb = 2"


def test_a_sql_problem_gets_the_sql_mode(page, editor_service) -> None:
    page.goto(editor_service.url + SQL_PROBLEM)
    page.locator(".CodeMirror").wait_for()
    mode = page.evaluate('document.querySelector(".CodeMirror").CodeMirror.getOption("mode")')
    assert mode == "text/x-sqlite"
    assert page.locator(".cm-keyword", has_text=re.compile("^SELECT$", re.I)).first.is_visible()
    assert page.locator(".cm-comment").first.is_visible()  # the starter's "-- ..." lines
    assert page.locator('script[src*="mode/python"]').count() == 0


def test_long_lines_scroll_inside_the_editor_at_phone_width(page) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    line = ("x = [" + "1234, " * 40)[:199] + "]"
    set_code(page, line)
    assert code(page) == line and len(line) == 200
    sizes = page.evaluate("""() => {
        const scroller = document.querySelector(".CodeMirror-scroll");
        return {page: document.documentElement.scrollWidth, screen: window.innerWidth,
                inner: scroller.scrollWidth, box: scroller.clientWidth,
                lines: document.querySelectorAll(".CodeMirror-line").length};
    }""")
    assert sizes["page"] <= sizes["screen"], sizes  # the page does not scroll sideways
    assert sizes["inner"] > sizes["box"], sizes  # the editor does
    assert sizes["lines"] == 1, sizes  # and does not wrap the line


def test_the_draft_survives_a_reload_and_can_be_discarded(page) -> None:
    server_text = code(page)
    set_code(page, "")
    typing_target(page).press_sequentially("def mine():\npass")
    draft = code(page)
    assert draft == "def mine():\n    pass"
    assert page.locator("#draft-note").is_hidden()

    page.reload()  # the draft is saved on leaving the page, if not already
    page.locator(".CodeMirror").wait_for()
    assert code(page) == draft
    note = page.locator("#draft-note")
    assert note.is_visible() and "Restored your unsaved draft" in note.inner_text()

    page.get_by_role("button", name="Discard").click()
    assert code(page) == server_text
    assert note.is_hidden()
    page.reload()
    page.locator(".CodeMirror").wait_for()
    assert code(page) == server_text and page.locator("#draft-note").is_hidden()


def test_reset_to_the_starter_asks_before_replacing_changes(page) -> None:
    starter = code(page)
    dialogs: list[str] = []
    answer = {"accept": False}

    def on_dialog(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.accept() if answer["accept"] else dialog.dismiss()

    page.on("dialog", on_dialog)
    reset = page.get_by_role("button", name="Reset to the starter")
    reset.click()
    assert dialogs == [] and code(page) == starter  # nothing to lose: nothing asked

    set_code(page, "print('mine')\n")
    reset.click()
    assert len(dialogs) == 1 and code(page) == "print('mine')\n"  # declined
    answer["accept"] = True
    reset.click()
    assert len(dialogs) == 2 and code(page) == starter


def test_ctrl_enter_submits_and_the_draft_then_matches_the_page(page, editor_service) -> None:
    mine = "def insert_positions(nums, queries):\n    return [0 for q in queries]\n"
    set_code(page, mine)
    typing_target(page).press("Control+Enter")
    # As the Submit button: the results panel follows it (queued: no worker grades it).
    page.locator("#results h2", has_text=re.compile(r"^Submission #\d+$")).wait_for()

    page.goto(editor_service.url + PROBLEM)
    page.locator(".CodeMirror").wait_for()
    assert code(page) == mine  # what was last sent, and the draft equals it: no note
    assert page.locator("#draft-note").is_hidden()


def test_without_codemirror_the_textarea_keeps_working(chromium, plain_service) -> None:
    errors: list[str] = []
    context, page = _logged_in_page(chromium, plain_service, errors)
    page.goto(plain_service.url + PROBLEM)
    assert page.locator('script[src*="codemirror"], link[href*="codemirror"]').count() == 0
    page.get_by_role("button", name="Reset to the starter").wait_for()  # editor.js ran
    assert page.locator(".CodeMirror").count() == 0

    editor = page.get_by_label("Your solution")
    editor.fill("def f(x):\n")
    editor.press("Tab")
    assert editor.input_value() == "def f(x):\n    "
    editor.press("Shift+Tab")
    assert editor.input_value() == "def f(x):\n"
    editor.press("Escape")
    editor.press("Tab")
    assert page.evaluate("document.activeElement.id") != "code"

    page.reload()  # the draft too
    assert page.get_by_label("Your solution").input_value() == "def f(x):\n"
    assert page.locator("#draft-note").is_visible()
    context.close()
    assert not errors, f"the page's scripts failed or were blocked: {errors}"
