"""The web pages in a real browser (Debian's Chromium, driven by Playwright) against a real
`judge serve` grading in Docker: register, solve a problem from the editor while its progress
arrives live, fail one and read why, join the board of a study group, log out."""

import re

import pytest

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


@pytest.fixture
def page(chromium):
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
    assert not errors, f"the pages' scripts failed or were blocked: {errors}"


def test_solving_a_problem_in_the_browser(service: Service, page) -> None:
    service.serve(workers=1)
    page.goto(service.url + "/")
    assert page.title() == "Problems · MLE judge"

    page.get_by_role("link", name="Register").click()
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(service.url + "/")
    assert page.locator(".who").inner_text() == "ada"

    page.get_by_role("link", name="Insert Positions in a Sorted List").click()
    assert page.locator("article.statement h1").inner_text() == (
        "Insert Positions in a Sorted List")
    editor = page.locator("textarea#code")
    assert "def insert_positions" in editor.input_value()  # the starter
    editor.fill(SLOW_GOOD)
    editor.press("Control+Enter")  # submits, as the Submit button does

    page.wait_for_url(re.compile(r".*/submissions/\d+$"))
    # Progress arrives through the event stream (the login cookie authorizes EventSource).
    page.locator("#progress li").first.wait_for()
    assert re.search(r"\d+ tests run: \d+ passed", page.locator("#counts").inner_text())
    verdict = page.locator("#verdict")
    verdict.wait_for(timeout=GRADING_TIMEOUT_MS)  # the page reloads when grading finishes
    assert verdict.inner_text() == "Accepted"
    assert "docker sandbox" in page.locator(".verdict-line").inner_text()
    assert page.locator("table.tests tbody tr").count() > 10

    page.get_by_role("link", name="Back to the problem").click()
    assert page.locator("textarea#code").input_value() == SLOW_GOOD  # what was last sent
    page.locator("textarea#code").fill(WRONG)
    # The editor indents with Tab and stays focused; Shift+Tab takes it back.
    editor = page.locator("textarea#code")
    editor.press("End")
    editor.press("Tab")
    assert editor.input_value().endswith("queries]\n    ")
    editor.press("Shift+Tab")
    assert editor.input_value() == WRONG
    assert page.evaluate("document.activeElement.id") == "code"
    page.get_by_role("button", name="Run the samples").click()
    page.locator("#verdict").wait_for(timeout=GRADING_TIMEOUT_MS)
    assert page.locator("#verdict").inner_text() == "Wrong Answer"
    failure = page.locator("#first-failure").inner_text()
    assert "Expected" in failure and "[2, 1, 4, 0]" in failure
    assert "samples only" in page.locator("main").inner_text()

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
