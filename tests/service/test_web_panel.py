"""The problem page's results panel as its script sees the service: it posts the editor's
form asking for JSON, and every refusal comes back as JSON `{"detail": ...}` with the
service's own message and status (413, 422, 429, 403, 401), never a page to navigate to.
The browser's side is in tests/e2e/test_browser.py."""

from api.limits import body_cap
from judge.grading.present.input_text import MAX_INPUT_BYTES

from . import test_web as web
from .conftest import GOOD

JSON = {"Accept": "application/json"}
OVERSIZED_INPUT = "nums = [" + "1, " * (MAX_INPUT_BYTES // 3) + "1]\nqueries = [1]\n"


def panel_submit(client, code: str = GOOD, mode: str = "full", text: str = "",
                 csrf: str | None = None):
    """As panel.js posts the form: every field the form has, and Accept: application/json."""
    csrf = web.csrf(client) if csrf is None else csrf
    return client.post("/problems/insert-positions/submit", headers=JSON,
                       files={"code": (None, code), "mode": (None, mode),
                              "input": (None, text), "csrf": (None, csrf)})


def refusal(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()["detail"]


def test_every_refusal_reaches_the_panel_as_json(app, settings) -> None:
    client = web.register(web.browser(app), "ada")
    cap = body_cap({"code": settings.max_code_bytes, "input": MAX_INPUT_BYTES})
    over_the_body_cap = panel_submit(client, "#" * (cap + 1024))
    assert refusal(over_the_body_cap, 413).startswith(
        f"the code is over {settings.max_code_bytes // 1024} KiB")
    too_large = panel_submit(client, "#" * (cap - 64 * 1024))  # over 1 MiB, the parser's own
    assert refusal(too_large, 422).startswith(
        f"the code is over {settings.max_code_bytes // 1024} KiB")
    assert refusal(panel_submit(client, mode="custom", text=OVERSIZED_INPUT), 422) == (
        f"your input: the input is over {MAX_INPUT_BYTES // 1024} KiB")
    assert refusal(panel_submit(client, mode="custom", text="nums = [1,\n"), 422).startswith(
        "your input: line 1")
    assert refusal(panel_submit(client, "   \n"), 422) == "the code is empty"
    assert refusal(panel_submit(client, GOOD + "\x00"), 422) == (
        "code must not contain a NUL character")
    assert "expired or came from another site" in refusal(
        panel_submit(client, csrf="forged"), 403)
    logged_out = web.browser(app)
    assert "log in again" in refusal(panel_submit(logged_out), 401)

    settings.submissions_per_minute = 1
    assert panel_submit(client).status_code == 202
    limited = panel_submit(client)
    assert "submissions a minute" in refusal(limited, 429)
    assert int(limited.headers["retry-after"]) > 0


def test_an_input_counts_only_for_a_run_on_it(app) -> None:
    """Every button sends the form's input field; only "Run with my input" reads it, so a
    large input left in the field does not stop "Submit"."""
    client = web.register(web.browser(app), "ada")
    accepted = panel_submit(client, mode="full", text=OVERSIZED_INPUT)
    assert accepted.status_code == 202, accepted.text


def test_the_plain_form_still_gets_pages(app) -> None:
    """Without the script (no Accept: application/json) a refusal is the problem's page
    again, saying why, with the code and input kept."""
    client = web.register(web.browser(app), "ada")
    page = client.post("/problems/insert-positions/submit",
                       files={"code": (None, GOOD), "mode": (None, "custom"),
                              "input": (None, OVERSIZED_INPUT), "csrf": (None, web.csrf(client))})
    assert page.status_code == 422 and "text/html" in page.headers["content-type"]
    assert web.alert(page) == f"your input: the input is over {MAX_INPUT_BYTES // 1024} KiB"
    assert "1, 1, 1, 1" in page.text  # the input, kept
    logged_out = web.browser(app).post("/problems/insert-positions/submit",
                                       files={"code": (None, GOOD)})
    assert logged_out.status_code == 303
    assert logged_out.headers["location"].startswith("/login?next=")
