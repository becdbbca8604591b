"""The web pages through the ASGI client, on SQLite and PostgreSQL, with an in-process worker
on the fake backend: logging in with a cookie, CSRF on every form, submitting from the editor,
reading results, study groups, and the same authorization as the API."""

import html
import re
import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from judge.service.store.migrate import open_database
from judge.service.store.models import Submission

from .conftest import GOOD

WRONG = GOOD.replace("nums[mid] < q", "nums[mid] <= q")  # the last position, not the first
PASSWORD = "correct horse"




def browser(app) -> TestClient:
    """A browser of its own: its own cookies."""
    return TestClient(app, base_url="http://testserver", follow_redirects=False)


def csrf(client: TestClient) -> str:
    if "judge_csrf" not in client.cookies:
        assert client.get("/login").status_code == 200
    return client.cookies["judge_csrf"]


def register(client: TestClient, name: str) -> TestClient:
    response = client.post("/register", data={"username": name, "password": PASSWORD,
                                              "csrf": csrf(client), "next": "/"})
    assert response.status_code == 303, response.text
    return client


def submit(client: TestClient, code: str, mode: str = "full",
           slug: str = "insert-positions"):
    return client.post(f"/problems/{slug}/submit",
                       files={"code": (None, code), "mode": (None, mode),
                              "csrf": (None, csrf(client))})


def alert(response) -> str:
    found = re.search(r'role="alert">(.*?)</p>', response.text, re.S)
    return html.unescape(found.group(1)) if found else ""


def text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text)))


def graded(client: TestClient, location: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = client.get(location)
        assert page.status_code == 200, page.text
        if 'id="live"' not in page.text:
            return text(page)
        time.sleep(0.1)
    raise AssertionError(f"{location} was not graded in {timeout} s")


def test_anyone_can_browse_problems_but_not_hidden_data(app, settings) -> None:
    client = browser(app)
    home = client.get("/")
    assert home.status_code == 200 and "text/html" in home.headers["content-type"]
    problems = sorted(p.name for p in settings.problems_dir.iterdir()
                      if (p / "problem.toml").exists())
    links = set(re.findall(r'href="/problems/([a-z0-9-]+)"', home.text))
    assert links == set(problems)
    levels = re.findall(r'class="difficulty (easy|medium|hard)"', home.text.split("<h2>")[1])
    assert levels == sorted(levels, key=["easy", "medium", "hard"].index)  # easy first
    only_sql = client.get("/?category=sql")
    assert {meta for meta in re.findall(r'href="/problems/([a-z0-9-]+)"', only_sql.text)} < links

    page = client.get("/problems/insert-positions")
    assert page.status_code == 200
    assert "<h1>Insert Positions in a Sorted List</h1>" in page.text  # Markdown rendered
    assert "insert_positions(nums=[1, 3, 5, 6], queries=[5, 2, 7, 0])" in text(page)
    assert "Log in" in page.text and "<textarea" not in page.text  # no editor anonymously
    reference = (settings.problems_dir / "insert-positions" / "reference.py").read_text()
    body = reference.split("def insert_positions", 1)[1]
    assert body.strip() and html.escape(body.strip()) not in page.text


def test_pages_that_need_a_login_send_to_it_and_come_back(app) -> None:
    client = browser(app)
    for path in ("/submissions", "/submissions/1", "/groups", "/groups/1?window=week", "/plan",
                 "/review", "/progress", "/mock", "/mock/1"):
        response = client.get(path)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=/")
    response = client.post("/register", data={"username": "ada", "password": PASSWORD,
                                              "csrf": csrf(client), "next": "/groups"})
    assert response.status_code == 303 and response.headers["location"] == "/groups"


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "\\\\evil",
                                    "javascript:alert(1)"])
def test_after_login_only_this_sites_paths(app, target) -> None:
    client = browser(app)
    response = client.post("/register", data={"username": "ada", "password": PASSWORD,
                                              "csrf": csrf(client), "next": target})
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_the_login_cookie_is_http_only_and_logging_out_revokes_it(app) -> None:
    client = browser(app)
    response = client.post("/register", data={"username": "ada", "password": PASSWORD,
                                              "csrf": csrf(client), "next": "/"})
    cookie = response.headers["set-cookie"]
    assert "judge_session=mlej_" in cookie and "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "samesite=lax" in cookie.lower()
    token = client.cookies["judge_session"]
    api = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/auth/me", headers=api).status_code == 200

    assert client.post("/logout", data={"csrf": csrf(client)}).status_code == 303
    assert "judge_session" not in client.cookies
    assert client.get("/api/auth/me", headers=api).status_code == 401  # revoked, not forgotten

    again = client.post("/login", data={"username": "ADA", "password": PASSWORD,
                                        "csrf": csrf(client), "next": "/submissions"})
    assert again.status_code == 303 and again.headers["location"] == "/submissions"
    assert client.get("/submissions").status_code == 200


def test_refused_logins_and_registrations_keep_the_form(app) -> None:
    client = browser(app)
    register(browser(app), "ada")
    wrong = client.post("/login", data={"username": "ada", "password": "not it at all",
                                        "csrf": csrf(client), "next": "/"})
    assert wrong.status_code == 401 and alert(wrong) == "wrong username or password"
    assert 'value="ada"' in wrong.text and "judge_session" not in client.cookies
    taken = client.post("/register", data={"username": "ada", "password": PASSWORD,
                                           "csrf": csrf(client), "next": "/"})
    assert taken.status_code == 409 and "taken" in alert(taken)
    short = client.post("/register", data={"username": "bob", "password": "short",
                                           "csrf": csrf(client), "next": "/"})
    assert short.status_code == 400 and "8-256 characters" in alert(short)


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_every_form_needs_this_browsers_csrf_token(app, token) -> None:
    client = register(browser(app), "ada")
    data = {} if token is None else {"csrf": token}
    refused = [
        client.post("/problems/insert-positions/submit",
                    files={"code": (None, GOOD), **{k: (None, v) for k, v in data.items()}}),
        client.post("/groups", data={"name": "Circle", **data}),
        client.post("/groups/join", data={"invite_code": "whatever", **data}),
        client.post("/plan", data={"group": "", **data}),
        client.post("/mock", data={"round": "ml", "minutes": "45", **data}),
        client.post("/logout", data=data),
        browser(app).post("/login", data={"username": "ada", "password": PASSWORD, **data}),
    ]
    for response in refused:
        assert response.status_code == 403, response.text
        assert "expired or came from another site" in alert(response)
    assert html.escape(GOOD, quote=False) in refused[0].text  # the code is kept to resend
    assert "No submissions" not in client.get("/submissions").text
    assert "None yet" in client.get("/submissions").text  # nothing was stored
    assert "no group yet" in client.get("/groups").text


def test_submitting_from_the_editor_and_reading_the_result(app) -> None:
    client = register(browser(app), "ada")
    page = client.get("/problems/insert-positions")
    assert "<textarea" in page.text and "def insert_positions" in page.text  # the starter

    wrong = submit(client, WRONG)
    assert wrong.status_code == 303
    result = graded(client, wrong.headers["location"])
    assert "Wrong Answer" in result and "First failing test: sample 1" in result
    assert "Expected [2, 1, 4, 0]" in result and "Got [3, 1, 4, 0]" in result
    assert "Next:" in result

    # The editor now holds what was last sent, not the starter.
    assert html.escape(WRONG, quote=False) in client.get("/problems/insert-positions").text

    good = submit(client, GOOD)
    result = graded(client, good.headers["location"])
    assert "Accepted" in result and "First failing test" not in result
    listing = text(client.get("/submissions"))
    assert listing.count("insert-positions") == 2 and "Accepted" in listing
    home = client.get("/")
    assert re.search(r'class="solved"[^>]*>✓</span><span class="visually-hidden">solved'
                     r'</span></td>\s*<td class="title"><a href="/problems/insert-positions"',
                     home.text)


def test_sample_runs_are_marked_and_not_solved(app) -> None:
    client = register(browser(app), "ada")
    response = submit(client, GOOD, mode="samples")
    result = graded(client, response.headers["location"])
    assert "Accepted" in result and "samples only" in result
    home = client.get("/").text
    assert 'class="solved"' not in home
    assert re.search(r'class="attempted"[^>]*>•</span><span class="visually-hidden">attempted'
                     r'</span></td>\s*<td class="title"><a href="/problems/insert-positions"',
                     home)


def test_a_refused_submission_keeps_the_code_and_says_why(app, settings) -> None:
    settings.submissions_per_minute = 1
    client = register(browser(app), "ada")
    assert submit(client, GOOD).status_code == 303
    mine = "# my second try\n" + GOOD
    limited = submit(client, mine)
    assert limited.status_code == 429 and "submissions a minute" in alert(limited)
    assert html.escape(mine, quote=False) in limited.text  # still in the editor
    empty = submit(client, "   \n")
    assert empty.status_code == 422 and alert(empty) == "the code is empty"
    unknown = submit(client, GOOD, slug="no-such-problem")
    assert unknown.status_code == 404 and "no problem named" in alert(unknown)
    bad_mode = submit(client, GOOD, mode="everything")
    assert bad_mode.status_code == 422 and "unknown mode" in alert(bad_mode)


def test_an_oversized_form_is_a_page_that_says_so(app, settings) -> None:
    client = register(browser(app), "ada")
    response = submit(client, "#" * (8 * settings.max_code_bytes))
    assert response.status_code == 413 and "text/html" in response.headers["content-type"]
    assert alert(response) == "the code is over 256 KiB"
    # the input pasted into "Run with my input" is the input's fault, not the code's
    response = client.post("/problems/insert-positions/submit",
                           files={"csrf": (None, csrf(client)), "code": (None, GOOD),
                                  "mode": (None, "custom"),
                                  "input": (None, "nums = [" + "1, " * 1024 * 1024)})
    assert response.status_code == 413 and alert(response) == "the input is over 64 KiB"
    # code over its limit but under the cap is read, and refused in the editor, kept
    over = "#" * (settings.max_code_bytes + 1)
    response = submit(client, over)
    assert response.status_code == 422 and alert(response).startswith("the code is over 256 KiB")
    assert over in response.text
    text_ = "nums = [" + "1, " * 30000 + "]\nqueries = [1]\n"  # 90 KiB: under the cap
    response = client.post("/problems/insert-positions/submit",
                           files={"csrf": (None, csrf(client)), "code": (None, GOOD),
                                  "mode": (None, "custom"), "input": (None, text_)})
    assert response.status_code == 422 and "the input is over 64 KiB" in alert(response)
    assert GOOD.splitlines()[0] in response.text  # the editor keeps the code


def test_a_group_name_has_one_limit_on_the_web_as_in_the_api(app) -> None:
    """The name's rule is the service's (1-64 characters), whatever the length sent, and the
    form keeps what was typed."""
    ada = register(browser(app), "ada")
    for name in ("x" * 65, "x" * 201, "x" * 5000):
        response = ada.post("/groups", data={"name": name, "csrf": csrf(ada)})
        assert response.status_code == 422, name
        assert alert(response) == "a group name is 1-64 characters"
        assert f'value="{name}"' in response.text


def test_code_is_shown_as_text_never_run_by_the_browser(app) -> None:
    client = register(browser(app), "ada")
    hostile = "</textarea><script>alert(1)</script>\n" + GOOD
    location = submit(client, hostile).headers["location"]
    for page in (client.get(location), client.get("/problems/insert-positions")):
        assert "<script>alert(1)" not in page.text
        assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
        # And should escaping ever fail, the browser is told to run no inline script.
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert page.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r"<script>(?!</script>)|javascript:|\son[a-z]+=",
                         client.get(location).text)  # nothing inline that the policy blocks


def test_others_submissions_and_groups_are_not_found(app) -> None:
    ada, bob = register(browser(app), "ada"), register(browser(app), "bob")
    location = submit(ada, GOOD).headers["location"]
    assert ada.get(location).status_code == 200
    theirs = bob.get(location)
    assert theirs.status_code == 404 and "text/html" in theirs.headers["content-type"]
    assert bob.get(f"/api{location}/events").status_code == 404
    assert browser(app).get(f"/api{location}/events").status_code == 401

    group = ada.post("/groups", data={"name": "Circle", "csrf": csrf(ada)})
    group_page = group.headers["location"]
    assert bob.get(group_page).status_code == 404
    assert bob.get("/groups/99999").status_code == 404


def test_the_event_stream_accepts_the_cookie_but_changes_need_a_token(app) -> None:
    client = register(browser(app), "ada")
    location = submit(client, GOOD).headers["location"]
    graded(client, location)
    stream = client.get(f"/api{location}/events")
    assert stream.status_code == 200
    kinds = [line for line in stream.text.splitlines() if line.startswith("event:")]
    assert kinds[0] == "event: started" and kinds[-1] == "event: finished"
    assert len(kinds) > 3 and set(kinds[1:-1]) == {"event: test"}
    # The cookie alone does nothing on the API's other endpoints.
    assert client.post("/api/submissions", json={"problem": "insert-positions",
                                                 "code": GOOD}).status_code == 401
    assert client.get(f"/api{location}").status_code == 401


def test_study_groups_on_the_web(app) -> None:
    ada, bob = register(browser(app), "ada"), register(browser(app), "bob")
    created = ada.post("/groups", data={"name": "Interview circle", "csrf": csrf(ada)})
    assert created.status_code == 303
    group_path = created.headers["location"]
    page = ada.get(group_path)
    code = re.search(r'id="invite-code">([^<]+)<', page.text).group(1)

    wrong = bob.post("/groups/join", data={"invite_code": "not-a-code", "csrf": csrf(bob)})
    assert wrong.status_code == 404 and alert(wrong) and 'value="not-a-code"' in wrong.text
    joined = bob.post("/groups/join", data={"invite_code": code, "csrf": csrf(bob)})
    assert joined.status_code == 303 and joined.headers["location"] == group_path

    graded(bob, submit(bob, GOOD).headers["location"])
    board = bob.get(group_path)
    rows = re.findall(r"<tr(?: class=\"me\")?>\s*<td>(\d+)</td><td>([a-z]+)</td><td>(\d+)</td>",
                      board.text)
    assert rows == [("1", "bob", "1"), ("2", "ada", "0")]
    assert "Week 1" in board.text and "1/" in text(board)
    week = bob.get(group_path + "?window=week")
    assert week.status_code == 200 and "this week" in week.text
    listing = text(ada.get("/groups"))
    assert "Interview circle" in listing and "owner" in listing

    blank = ada.post("/groups", data={"name": "  ", "csrf": csrf(ada)})
    assert 400 <= blank.status_code < 500 and alert(blank)


def test_my_plan_on_the_home_page_and_its_own_page(app) -> None:
    ada = register(browser(app), "ada")
    home = text(ada.get("/"))
    week = r"Your plan : week 1, Core patterns and first models \({done}/\d+ done\)"
    assert re.search(week.format(done=0), home), home
    first = re.search(r"next: (.+?) \(", home).group(1)
    page = ada.get("/plan")
    assert page.status_code == 200
    assert "The built-in plan, since" in text(page) and "week 1 of 5" in text(page)
    assert page.text.count("<details open>") == 1 and page.text.count("<details") == 5
    assert f"Next: {first} (" in text(page)
    graded(ada, submit(ada, GOOD).headers["location"])  # insert-positions, in week 1
    home = text(ada.get("/"))
    assert re.search(week.format(done=1), home), home
    if first != "Insert Positions in a Sorted List":
        assert re.search(r"next: (.+?) \(", home).group(1) == first
    assert "you have solved 1 of" in text(ada.get("/plan"))


def test_following_a_groups_plan_from_the_plan_page(app) -> None:
    ada, bob, carol, path = _circle(app)
    group_id = path.rsplit("/", 1)[1]
    page = bob.get("/plan")
    assert f'<option value="{group_id}">the plan of Circle</option>' in page.text
    chosen = bob.post("/plan", data={"group": group_id, "csrf": csrf(bob)})
    assert chosen.status_code == 303 and chosen.headers["location"] == "/plan"
    assert "The plan of the group Circle (on the group's clock)" in text(bob.get("/plan"))
    refused = carol.post("/plan", data={"group": group_id, "csrf": csrf(carol)})
    assert refused.status_code == 404 and f"no group {group_id}" in alert(refused)
    assert "The built-in plan" in text(carol.get("/plan"))
    back = bob.post("/plan", data={"group": "", "csrf": csrf(bob)})
    assert back.status_code == 303 and "The built-in plan" in text(bob.get("/plan"))


def test_the_review_queue_on_its_page_and_the_home_page(app, settings) -> None:
    ada = register(browser(app), "ada")
    assert "Nothing is due now. Solve (or fail)" in text(ada.get("/review"))
    graded(ada, submit(ada, WRONG).headers["location"])
    page = text(ada.get("/review"))
    assert "Nothing is due now." in page and "Coming up in the next two weeks" in page
    assert "Insert Positions in a Sorted List due" in page
    assert "Due for review" not in text(ada.get("/")).split("Your plan")[0]
    engine, sessions = open_database(settings.database_url)
    with sessions.begin() as session:  # as if sent three days ago
        for row in session.scalars(select(Submission)):
            row.created_at -= timedelta(days=3)
    engine.dispose()
    page = text(ada.get("/review"))
    assert "Insert Positions in a Sorted List algorithms easy" in page and "not solved" in page
    assert re.search(r"Due for review : 1 problem · Insert Positions", text(ada.get("/")))


def test_a_mock_interview_on_the_web(app) -> None:
    ada, bob, carol, _path = _circle(app)
    started = ada.post("/mock", data={"round": "data", "minutes": "10", "csrf": csrf(ada)})
    assert started.status_code == 303 and started.headers["location"] == "/mock"
    page = ada.get("/mock")
    words = text(page)
    assert "SQL and pandas mock interview · problem 1 of 2" in words and "no hints" in words
    assert 'role="timer"' in page.text and "Finish the interview" in words
    first = re.search(r'Now: <a href="/problems/([a-z0-9-]+)">', page.text).group(1)
    assert "SQL and pandas mock interview" in text(ada.get(f"/problems/{first}"))
    assert "mock interview" not in text(ada.get("/problems/lru-cache")).split("Log out")[1]
    busy = ada.post("/mock", data={"round": "ml", "minutes": "45", "csrf": csrf(ada)})
    assert busy.status_code == 409 and "already running" in alert(busy)

    assert ada.post("/mock/next", data={"csrf": csrf(ada)}).status_code == 303
    page = ada.get("/mock")
    assert "problem 2 of 2" in text(page) and "Next problem" not in text(page)
    finished = ada.post("/mock/finish", data={"csrf": csrf(ada)})
    assert finished.status_code == 303
    report_path = finished.headers["location"]
    report = text(ada.get(report_path))
    assert "solved 0 of 2" in report and "Patterns to practise" in report
    assert "Only you can see this report" in report
    assert bob.get(report_path).status_code == 404  # not shared yet
    shared = ada.post(report_path + "/sharing", data={"shared": "yes", "csrf": csrf(ada)})
    assert shared.status_code == 303
    assert "The members of your groups can see this report" in text(ada.get(report_path))
    seen = bob.get(report_path)
    assert seen.status_code == 200 and "By ada, shared with your group" in text(seen)
    assert carol.get(report_path).status_code == 404  # not in ada's group
    listed = text(bob.get(_path))
    assert re.search(r"SQL and pandas #\d+ by ada: solved 0 of 2", listed), listed
    assert "Share with my groups" not in seen.text  # not bob's to change
    history = text(ada.get("/mock"))
    assert "SQL and pandas #" in history and "0 of 2" in history and "Start" in history


def _circle(app) -> tuple[TestClient, TestClient, TestClient, str]:
    """ada owns a group that bob joined; carol is an outsider."""
    ada, bob, carol = (register(browser(app), name) for name in ("ada", "bob", "carol"))
    path = ada.post("/groups", data={"name": "Circle", "csrf": csrf(ada)}).headers["location"]
    code = re.search(r'id="invite-code">([^<]+)<', ada.get(path).text).group(1)
    assert bob.post("/groups/join", data={"invite_code": code, "csrf": csrf(bob)}
                    ).status_code == 303
    return ada, bob, carol, path


def test_owners_manage_the_group_from_its_page(app) -> None:
    ada, bob, carol, path = _circle(app)
    old_code = re.search(r'id="invite-code">([^<]+)<', ada.get(path).text).group(1)
    assert ada.post(path + "/invite", data={"csrf": csrf(ada)}).status_code == 303
    new_code = re.search(r'id="invite-code">([^<]+)<', ada.get(path).text).group(1)
    assert new_code != old_code
    stale = carol.post("/groups/join", data={"invite_code": old_code, "csrf": csrf(carol)})
    assert stale.status_code == 404

    busy = ada.post(path + "/leave", data={"csrf": csrf(ada)})
    assert busy.status_code == 409 and "transfer ownership first" in alert(busy)
    assert ada.post(path + "/owner", data={"username": "bob", "csrf": csrf(ada)}
                    ).status_code == 303
    assert "bob <span class=\"muted\">(owner)</span>" in bob.get(path).text
    left = ada.post(path + "/leave", data={"csrf": csrf(ada)})
    assert left.status_code == 303 and left.headers["location"] == "/groups"
    assert ada.get(path).status_code == 404
    assert bob.post(path + "/leave", data={"csrf": csrf(bob)}).status_code == 303  # deleted
    assert bob.get(path).status_code == 404


def test_members_cannot_act_as_owners_and_outsiders_see_nothing(app) -> None:
    ada, bob, carol, path = _circle(app)
    for action, data in [("/invite", {}), ("/remove", {"username": "ada"}),
                         ("/owner", {"username": "bob"})]:
        refused = bob.post(path + action, data={**data, "csrf": csrf(bob)})
        assert refused.status_code == 403 and "only the group's owner" in alert(refused)
        hidden = carol.post(path + action, data={**data, "csrf": csrf(carol)})
        assert hidden.status_code == 404 and "Circle" not in hidden.text
    assert carol.post(path + "/leave", data={"csrf": csrf(carol)}).status_code == 404
    missing = ada.post(path + "/remove", data={"username": "carol", "csrf": csrf(ada)})
    assert missing.status_code == 404 and "not a member" in alert(missing)
    assert ada.post(path + "/remove", data={"username": "bob", "csrf": csrf(ada)}
                    ).status_code == 303
    assert bob.get(path).status_code == 404


@pytest.mark.parametrize("method, path, payload", [
    ("get", "/problems/" + "x" * 300, None),
    ("get", "/problems/..%2Fetc", None),
    ("get", "/submissions/0", None),
    ("get", "/submissions/99999999999", None),
    ("get", "/submissions?before=-1", None),
    ("get", "/groups/abc", None),
    ("get", "/groups/1?window=forever", None),
    ("get", "/?category=" + "x" * 100, None),
    ("post", "/groups", {"name": "a\x00b"}),
    ("post", "/groups/join", {}),
    ("post", "/plan", {"group": "abc"}),
    ("post", "/mock", {"round": "cooking", "minutes": "45"}),
    ("post", "/mock", {"round": "ml", "minutes": "forty"}),
    ("post", "/mock", {"round": "ml", "minutes": "5"}),
    ("post", "/mock/next", {}),
    ("post", "/mock/finish", {}),
    ("get", "/mock/999", None),
    ("get", "/mock/0", None),
    ("post", "/plan", {"group": "9" * 30}),
    ("post", "/login", {"username": "x" * 5000, "password": "y"}),
    ("get", "/no/such/page", None),
])
def test_hostile_requests_get_a_page_not_a_crash(app, method, path, payload) -> None:
    client = register(browser(app), "ada")
    data = None if payload is None else {**payload, "csrf": csrf(client)}
    response = getattr(client, method)(path, **({} if data is None else {"data": data}))
    assert 400 <= response.status_code < 500, response.text
    assert "text/html" in response.headers["content-type"]
    assert alert(response), response.text


def test_api_errors_stay_json(app) -> None:
    client = browser(app)
    response = client.get("/api/problems/no-such-problem")
    assert response.status_code == 404 and response.json() == {
        "detail": "no problem named 'no-such-problem'"}
    assert client.get("/api/nothing-here").json() == {"detail": "Not Found"}
