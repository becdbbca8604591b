"""Runs on the user's own input ("Run with my input"), through the API and the web page's
results panel: the input is checked when it is sent, both answers come back, the reference
runs in a sandbox of its own, and a run never counts as solving the problem."""

import json
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from judge.service import submissions

from . import test_web as web
from .conftest import GOOD
from .test_api import _register, _wait

WRONG = GOOD.replace("nums[mid] < q", "nums[mid] <= q")  # the last position, not the first
INPUT = "nums = [1, 3, 3, 5]\nqueries = [3, 9]\n"




def _api_user(app) -> tuple[TestClient, dict]:
    client = TestClient(app)
    return client, _register(client)


def _run(client, auth, code: str, text: str = INPUT) -> dict:
    response = client.post("/api/submissions", headers=auth, json={
        "problem": "insert-positions", "code": code, "mode": "custom", "input": text})
    assert response.status_code == 202, response.text
    return _wait(client, auth, response.json()["id"])


def test_a_run_shows_both_answers_and_whether_they_agree(app) -> None:
    client, auth = _api_user(app)
    agreed = _run(client, auth, GOOD)
    assert agreed["verdict"] == "Accepted" and agreed["input"] == INPUT
    (test,) = agreed["result"]["tests"]
    assert (test["name"], test["group"]) == ("your input", "custom")
    assert test["got"] == test["expected"] == "[1, 4]"
    assert test["input"] == "insert_positions(nums=[1, 3, 3, 5], queries=[3, 9])"

    differed = _run(client, auth, WRONG)
    assert differed["verdict"] == "Wrong Answer"
    assert (differed["first_failure"]["expected"], differed["first_failure"]["got"]) == (
        "[1, 4]", "[3, 4]")


def test_an_input_the_reference_cannot_answer_is_not_checked(app) -> None:
    client, auth = _api_user(app)
    body = _run(client, auth, "def insert_positions(nums, queries):\n    return 'mine'\n",
                "nums = None\nqueries = [1]\n")
    assert body["verdict"] == "Not Checked"
    (test,) = body["result"]["tests"]
    assert test["got"] == "'mine'" and test["expected"] is None
    assert "the reference solution gave no answer on this input: Runtime Error" in (
        test["message"])


def test_a_wrong_type_that_fails_both_is_not_checked_and_agreement_is_not_every_test(
        app) -> None:
    client, auth = _api_user(app)
    body = _run(client, auth, GOOD, "nums = 'abc'\nqueries = [1]\n")
    assert body["verdict"] == "Not Checked"
    assert "your code gave none either: Runtime Error (TypeError" in (
        body["result"]["tests"][0]["message"])
    agreed = _run(client, auth, GOOD)
    assert agreed["verdict"] == "Accepted"
    assert agreed["result"]["explanation"] == ("Your answer agrees with the reference "
                                               "solution's on your input.")
    assert "every test" not in json.dumps(agreed)


@pytest.mark.parametrize("extra, reason", [
    ({"mode": "custom"}, "mode 'custom' needs an input"),
    ({"mode": "custom", "input": "nums = [1]\n"}, "your input: missing: queries"),
    ({"mode": "custom", "input": "nums = open('/etc/passwd')\nqueries = []"},
     "your input: line 1: nums: calling open() is not allowed"),
    ({"mode": "full", "input": INPUT}, "an input is given only with mode 'custom'"),
    # values the judge cannot write as text or send on: refused here, never an Internal Error
    ({"mode": "custom", "input": "nums = [0x" + "f" * 3600 + "]\nqueries = [1]\n"},
     "your input: line 1: nums: an integer has more than 4300 digits; integers are limited "
     "to 4300 decimal digits, whatever base they are written in"),
    ({"mode": "custom", "input": "nums = [" + "9" * 4400 + "]\nqueries = [1]\n"},
     "your input: line 1: an integer has more than 4300 digits"),
    ({"mode": "custom", "input": "nums = ['\\ud800']\nqueries = [1]\n"},
     "your input: line 1: nums: a string holds a lone surrogate ('\\ud800')"),
])
def test_a_bad_input_is_refused_when_sent(app, extra, reason) -> None:
    client, auth = _api_user(app)
    response = client.post("/api/submissions", headers=auth, json={
        "problem": "insert-positions", "code": GOOD, **extra})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert reason in detail and "hexadecimal" not in detail
    assert client.get("/api/submissions", headers=auth).json() == []  # nothing was queued


def test_the_problem_offers_its_first_example_as_an_input(app) -> None:
    body = TestClient(app).get("/api/problems/insert-positions").json()
    assert body["input_example"] == "nums = [1, 3, 5, 6]\nqueries = [5, 2, 7, 0]\n"


# ----------------------------------------------------------------------------- the web page
def _web_submit(client, mode: str, code: str = GOOD, text: str = INPUT, json: bool = True):
    return client.post("/problems/insert-positions/submit",
                       headers={"Accept": "application/json"} if json else {},
                       files={"code": (None, code), "mode": (None, mode),
                              "input": (None, text), "csrf": (None, web.csrf(client))})


def _followed(client, urls: dict) -> dict:
    """The state the page's script polls, until the submission is done."""
    deadline = time.monotonic() + 60
    while (state := client.get(urls["state_url"]).json())["status"] != "done":
        assert state["status"] in ("queued", "running") and state["elapsed_seconds"] >= 0
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return state


def test_the_panel_follows_a_run_from_the_page(app) -> None:
    client = web.register(web.browser(app), "ada")
    page = client.get("/problems/insert-positions")
    assert 'name="input"' in page.text and "nums = [1, 3, 5, 6]" in page.text
    response = _web_submit(client, "custom")
    assert response.status_code == 202
    urls = response.json()
    assert urls["events_url"] == f"/api/submissions/{urls['id']}/events"
    state = _followed(client, urls)
    assert state["verdict"] == "Accepted" and state["tests_done"] == 1
    panel = client.get(urls["panel_url"])
    assert panel.status_code == 200 and "<html" not in panel.text
    shown = web.text(panel)
    assert "On your input" in shown and "The reference's answer" in shown
    assert shown.count("your answer agrees with the reference solution's") == 1
    differed = _web_submit(client, "custom", code=WRONG).json()
    assert _followed(client, differed)["verdict"] == "Wrong Answer"
    shown = web.text(client.get(differed["panel_url"]))
    assert "[0]: expected 1, got 3" in shown  # what differs, once
    assert shown.count("[0]: expected 1, got 3") == 1
    # the page remembers the input last tried
    assert "nums = [1, 3, 3, 5]" in client.get("/problems/insert-positions").text


def test_the_page_keeps_a_refused_input_and_says_why(app) -> None:
    client = web.register(web.browser(app), "ada")
    refused = _web_submit(client, "custom", text="nums = [1,\n", json=False)
    assert refused.status_code == 422
    assert "your input: line 1" in web.alert(refused)
    assert "nums = [1,\n</textarea>" in refused.text
    as_json = _web_submit(client, "custom", text="nums = [1,\n")
    assert as_json.status_code == 422 and "your input" in as_json.json()["detail"]


def test_a_waiting_submission_says_its_place_in_the_queue(settings) -> None:
    with TestClient(create_app(settings, workers=0)) as idle:
        client = web.register(web.browser(idle.app), "ada")
        first = _web_submit(client, "samples").json()
        second = _web_submit(client, "full").json()
        assert (first["queue_ahead"], second["queue_ahead"]) == (0, 1)  # the panel starts so
        state = client.get(second["state_url"]).json()
        assert (state["status"], state["queue_ahead"], state["tests_done"]) == ("queued", 1, 0)
        assert client.get(first["state_url"]).json()["queue_ahead"] == 0
        page = client.get(second["url"])
        assert "1 submission ahead of yours" in web.text(page)
        assert 'data-queue_ahead="1"' in page.text  # where its script starts from
        assert "Waiting for a worker: yours is next" in web.text(client.get(first["url"]))
        other = web.register(web.browser(idle.app), "bob")
        assert other.get(second["state_url"]).status_code == 404
        assert web.browser(idle.app).get(second["state_url"]).status_code == 401


def test_solved_counts_ignore_runs(app, sessions) -> None:
    client = web.register(web.browser(app), "ada")
    _web_submit(client, "custom")
    with sessions() as session:
        from judge.service.store.models import User

        user = session.query(User).filter_by(username="ada").one()
        assert submissions.solved_slugs(session, user) == set()
