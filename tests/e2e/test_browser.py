"""The web pages in a real browser (Debian's Chromium, driven by Playwright) against a real
`judge serve` grading in Docker: register, solve a problem from the editor while its progress
arrives live (focus moving to the verdict), fail one and read why, be refused (an input too
large, a form too large) and read why in the panel, join the board of a study group, log out;
a mock interview from start to report at desktop and phone width."""

import re

import pytest
from playwright.sync_api import expect

from .accessibility import axe_violations, load_axe
from .code_editor import code, focused_in_editor, set_code, typing_target
from .running import Service

pytestmark = [pytest.mark.docker, pytest.mark.browser]

# Correct, and slow enough in wall time (its first calls sleep) that the page is open while
# the tests run, so the live progress is seen arriving.
SLOW_GOOD = ("import time\n\ncalls = [0]\n\n"
             "def insert_positions(nums, queries):\n"
             "    calls[0] += 1\n"
             "    if calls[0] <= 10:\n"
             "        time.sleep(0.4)\n"
             "    out = []\n"
             "    for q in queries:\n"
             "        lo, hi = 0, len(nums)\n"
             "        while lo < hi:\n"
             "            mid = (lo + hi) // 2\n"
             "            if nums[mid] < q:\n"
             "                lo = mid + 1\n"
             "            else:\n"
             "                hi = mid\n"
             "        out.append(lo)\n"
             "    return out\n")
WRONG = ("def insert_positions(nums, queries):\n"
         "    return [sum(1 for x in nums if x <= q) for q in queries]\n")
GRADING_TIMEOUT_MS = 180_000
OVERSIZED_INPUT = "nums = [" + "1, " * 22_000 + "1]\nqueries = [1]\n"  # over 64 KiB
PHASES = {"Waiting": 0, "Grading": 1, "Finished": 2}
# Every line the results panel shows while it follows a grade (a line can last a moment only,
# as when a batch of test events and `finished` arrive together).
RECORD_STATES = """() => {
  window.recordedStates = [];
  new MutationObserver(() => {
    const line = document.getElementById("panel-state");
    if (line) window.recordedStates.push(line.textContent);
  }).observe(document.getElementById("results"),
             { subtree: true, childList: true, characterData: true });
}"""


@pytest.fixture
def refusals() -> list[int]:
    """The statuses of the refusals a test provokes: Chromium logs each as a console error
    ("Failed to load resource"), which is then expected."""
    return []


@pytest.fixture
def page(chromium, refusals):
    context = chromium.new_context()
    page = context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # Console errors include what the Content-Security-Policy blocked.
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    yield page
    context.close()
    errors = [error for error in errors
              if not any(f"responded with a status of {status} (" in error for status in refusals)]
    assert not errors, f"the pages' scripts failed or were blocked: {errors}"


def _run_in_panel(page, button: str, title: str) -> str:
    """Clicks `button`; the results panel names the new run at once (`title`), then shows its
    verdict when the grade ends."""
    page.get_by_role("button", name=button).click()
    panel = page.locator("#results")
    expect(panel.locator("h2").first).to_have_text(re.compile(title))
    verdict = panel.locator("#verdict")
    verdict.wait_for(timeout=GRADING_TIMEOUT_MS)
    expect(verdict).to_be_focused()  # a screen reader reads it out
    return verdict.inner_text()


def _refused_in_panel(page, button: str, status: int, refusals: list[int]) -> str:
    """Clicks `button` for a request the service refuses with `status`: the panel says why,
    and the page stays (no navigation: a mark left on this page's window is still there)."""
    page.evaluate("window.stillHere = true")
    with page.expect_response(lambda response: response.request.method == "POST") as answer:
        page.get_by_role("button", name=button).click()
    assert answer.value.status == status
    refusals.append(status)
    alert = page.locator("#results").get_by_role("alert")
    alert.wait_for()
    assert page.evaluate("window.stillHere") is True
    return alert.inner_text()


def _register(page, service: Service, name: str) -> None:
    """Registers `name` on the register page, which sends them home, logged in."""
    page.goto(service.url + "/register")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(service.url + "/")


def test_solving_a_problem_in_the_browser(service: Service, page, refusals) -> None:
    service.serve(workers=1)
    page.goto(service.url + "/")
    assert page.title() == "Problems · MLE judge"

    page.locator("header").get_by_role("link", name="Register").click()
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(service.url + "/")
    assert page.locator(".who").inner_text() == "ada"

    page.locator("table.problems").get_by_role(
        "link", name="Insert Positions in a Sorted List").click()
    assert page.locator("article.statement h1").inner_text() == (
        "Insert Positions in a Sorted List")
    assert "def insert_positions" in code(page)  # the starter
    set_code(page, SLOW_GOOD)
    page.evaluate(RECORD_STATES)
    typing_target(page).press("Control+Enter")  # submits, as the Submit button does

    # The results panel beside the editor follows it: the page stays where it is.
    panel = page.locator("#results")
    expect(panel.locator("h2").first).to_have_text(re.compile(r"Submission #\d+"))
    verdict = panel.locator("#verdict")
    verdict.wait_for(timeout=GRADING_TIMEOUT_MS)  # the result is fetched when it finishes
    assert verdict.inner_text() == "Accepted"
    expect(verdict).to_be_focused()  # focus moved from the editor to the verdict
    # Progress arrived through the event stream (the login cookie authorizes EventSource).
    states = page.evaluate("window.recordedStates")
    assert any(re.fullmatch(r"Grading: \d+ tests? done, \d+ passed · \d+ s", state)
               for state in states), states
    # The poll and the stream race; the line never goes back (say, Grading to Waiting).
    phases = [PHASES[state.split(":")[0].split(" ")[0]] for state in states if state]
    assert phases == sorted(phases), states
    assert "docker sandbox" in panel.locator(".verdict-line").inner_text()
    assert page.url == service.url + "/problems/insert-positions"

    panel.get_by_role("link", name=re.compile(r"Open submission #\d+")).click()
    page.wait_for_url(re.compile(r".*/submissions/\d+$"))
    assert page.locator("#verdict").inner_text() == "Accepted"
    assert page.locator("table.tests tbody tr").count() > 10

    page.get_by_role("link", name="Back to the problem").click()
    assert code(page) == SLOW_GOOD  # what was last sent
    set_code(page, WRONG)
    # The editor indents with Tab and stays focused; Shift+Tab takes it back.
    editor = typing_target(page)
    editor.press("End")
    editor.press("Tab")
    assert code(page).endswith("queries]\n    ")
    editor.press("Shift+Tab")
    assert code(page) == WRONG
    assert focused_in_editor(page)
    assert _run_in_panel(page, "Run the samples", r"Samples run #\d+") == "Wrong Answer"
    failure = panel.locator("#first-failure").inner_text()
    assert "Expected" in failure and "[2, 1, 4, 0]" in failure

    # Refusals are shown in the panel with the service's own reason, and the page stays:
    # an input over 64 KiB, then code over 256 KiB (both 422; a body over the request's cap
    # is a 413, which reaches the panel the same way: tests/service/test_web_panel.py).
    page.get_by_text("Your own input").click()
    arguments = page.get_by_label(re.compile("Arguments"))
    arguments.fill(OVERSIZED_INPUT)
    assert _refused_in_panel(page, "Run with my input", 422, refusals) == (
        "your input: the input is over 64 KiB")
    set_code(page, ("#" * 79 + "\n") * 7800 + WRONG)  # 624 KB
    assert _refused_in_panel(page, "Submit", 422, refusals).startswith(
        "the code is over 256 KiB")
    assert page.url == service.url + "/problems/insert-positions"
    set_code(page, WRONG)

    # Run with my input: the reference's answer beside the submission's.
    arguments.fill("nums = [1, 1, 2]\nqueries = [1, 3]")
    assert _run_in_panel(page, "Run with my input", r"Run on your input #\d+") == (
        "Wrong Answer")
    run = panel.locator("#custom-run").inner_text()
    assert "The reference's answer\n[0, 3]" in run and "Your answer\n[2, 3]" in run

    page.get_by_role("link", name="Problems").first.click()
    solved_row = page.locator("tr", has=page.get_by_role(
        "link", name="Insert Positions in a Sorted List"))
    assert solved_row.locator(".solved").count() == 1

    page.get_by_role("link", name="Study groups").click()
    page.get_by_label("Name").fill("Interview circle")
    page.get_by_role("button", name="Create").click()
    page.wait_for_url(re.compile(r".*/groups/\d+$"))
    first = page.locator("#board tbody tr").first.locator("td")
    assert [first.nth(i).inner_text() for i in range(3)] == ["1", "ada", "1"]

    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(service.url + "/")
    page.goto(service.url + "/submissions")
    assert "/login?next=/submissions" in page.url


def test_a_sql_query_in_duckdb_from_the_page(service: Service, page) -> None:
    """The dialect selector beside the editor: a query in DuckDB's dialect is Accepted when
    DuckDB is chosen, the page starts at that choice next time, and on SQLite the same query
    is the engine's Runtime Error."""
    from pathlib import Path

    duckdb_query = (Path(__file__).resolve().parents[2] / "problems" / "sessionize-page-views"
                    / "reference.duckdb.sql").read_text(encoding="utf-8")
    service.serve(workers=1)
    _register(page, service, "grace")

    page.goto(service.url + "/problems/sessionize-page-views")
    selector = page.get_by_label("Dialect")
    assert selector.input_value() == "sqlite"  # the default before any choice
    selector.select_option("duckdb")
    set_code(page, duckdb_query)
    assert _run_in_panel(page, "Submit", r"Submission #\d+") == "Accepted"

    page.reload()
    assert page.get_by_label("Dialect").input_value() == "duckdb"  # the last choice
    page.get_by_label("Dialect").select_option("sqlite")
    set_code(page, duckdb_query)
    assert _run_in_panel(page, "Run the samples", r"Samples run #\d+") == "Runtime Error"
    assert "epoch" in page.locator("#first-failure").inner_text()


def _fits_and_passes_axe(page, where: str) -> None:
    assert not page.evaluate("document.documentElement.scrollWidth "
                             "> document.documentElement.clientWidth"), f"{where}: too wide"
    found = axe_violations(page, load_axe(), frozenset(), None)
    assert not found, f"{where}: {found}"


@pytest.mark.parametrize("size", [(1280, 800), (360, 740)], ids=["desktop", "phone"])
def test_a_mock_interview_from_start_to_report(service: Service, page, size) -> None:
    service.serve(workers=1)
    page.set_viewport_size({"width": size[0], "height": size[1]})
    _register(page, service, "ada")

    page.goto(service.url + "/mock")
    page.get_by_label("Round").select_option(label="Statistics and experiments")
    page.get_by_label(re.compile("Minutes")).fill("10")
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(service.url + "/mock")
    banner = page.locator(".mock-banner")
    expect(banner).to_contain_text("Statistics and experiments mock interview · problem 1 of 2")
    clock = page.locator("#mock-clock")
    first_reading = clock.inner_text()
    assert re.fullmatch(r"(10:00|9:[0-5]\d)", first_reading), first_reading
    expect(clock).not_to_have_text(first_reading, timeout=5_000)  # the clock ticks
    _fits_and_passes_axe(page, "the running interview")

    page.locator(".mock-current a").click()
    page.wait_for_url(re.compile(r".*/problems/[a-z0-9-]+$"))
    expect(page.locator(".mock-banner")).to_contain_text("problem 1 of 2")
    verdict = _run_in_panel(page, "Submit", r"Submission #\d+")  # the starter fails
    assert verdict != "Accepted"
    assert "Next:" not in page.locator("#results").inner_text()  # no hints in a mock

    page.locator(".mock-banner").get_by_role("link", name="The interview").click()
    page.wait_for_url(service.url + "/mock")
    page.get_by_role("button", name="Next problem").click()
    expect(page.locator(".mock-banner")).to_contain_text("problem 2 of 2")
    expect(page.get_by_role("button", name="Next problem")).to_have_count(0)
    page.get_by_role("button", name="Finish the interview").click()
    page.wait_for_url(re.compile(r".*/mock/\d+$"))
    report = page.locator("main")
    expect(report).to_contain_text("solved 0 of 2")
    rows = page.locator("table.mock-report tbody tr")
    assert rows.nth(0).locator("td").nth(1).inner_text() == "1"  # the one run sent
    assert rows.nth(1).locator("td").nth(2).inner_text() == "not solved"
    expect(report).to_contain_text("Patterns to practise")
    _fits_and_passes_axe(page, "the report")
    page.get_by_role("button", name="Share with my groups").click()
    expect(report).to_contain_text("The members of your groups can see this report")
