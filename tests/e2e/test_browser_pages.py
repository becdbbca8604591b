"""Every page in a real browser (Debian's Chromium), at phone and desktop width, in light and
dark mode, against one real `judge serve` grading in Docker: no page is wider than the screen,
axe-core (an offline copy, from the axe-playwright-python package) finds no serious or critical
accessibility violation, everything that takes focus shows it, and /docs works offline.

To check a new page, add it to PAGES."""

import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from .accessibility import COLOUR_RULES, axe_violations, load_axe
from .running import Service

pytestmark = [pytest.mark.docker, pytest.mark.browser]


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    """May name what the `site` fixture makes: {failed}, {custom}, {queued} (submission ids),
    {group}, {report} (a finished mock interview), {mock_problem} (the running one's)."""
    logged_in: bool = True
    ready: str | None = None
    """A selector that shows a page drawn by script has finished drawing."""
    status: int = 200
    axe_skip: frozenset[str] = frozenset()
    """axe rules not checked here, each for a reason given where the page is listed."""


PAGES = [
    Page("home, logged out", "/", logged_in=False),
    Page("log in", "/login", logged_in=False),
    Page("register", "/register", logged_in=False),
    Page("problem, logged out", "/problems/insert-positions", logged_in=False),
    Page("home", "/"),
    Page("function problem", "/problems/insert-positions"),
    Page("pandas problem", "/problems/customer-order-summary"),
    Page("SQL problem", "/problems/category-revenue-leaders"),
    Page("my submissions", "/submissions"),
    Page("failed submission", "/submissions/{failed}"),
    Page("run on my own input", "/submissions/{custom}"),
    Page("waiting submission", "/submissions/{queued}"),
    Page("study groups", "/groups"),
    Page("study group", "/groups/{group}"),
    Page("my plan", "/plan"),
    Page("review queue", "/review"),
    Page("progress", "/progress"),
    Page("mock interview report", "/mock/{report}"),
    Page("mock interview, running", "/mock"),
    Page("problem in a mock interview", "/problems/{mock_problem}"),
    Page("not found", "/no-such-page", status=404),
    # Swagger UI's markup puts a copy button inside each operation's summary button: not ours
    Page("HTTP API", "/docs", logged_in=False, ready=".opblock",
         axe_skip=frozenset({"nested-interactive"})),
]
SIZES = {"phone": (360, 740), "desktop": (1280, 800)}
SCHEMES = ["light", "dark"]
THIRD_PARTY = {"/docs"}
"""Pages drawn by someone else's code (Swagger UI): checked for width and axe, not for focus."""

USER, PASSWORD = "ada", "correct horse battery"
WRONG = ("def insert_positions(nums, queries):\n"
         "    return [sum(1 for x in nums if x <= q) for q in queries]\n")


# The elements that stick out past the viewport's right edge, outermost first: the culprits
# of a page wider than the screen (an element inside a box that scrolls is clipped by it).
WIDEST = """() => {
  const limit = document.documentElement.clientWidth;
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    [...el.classList].map((c) => "." + c).join("");
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= limit + 1 || clipped(el)) continue;
    const parent = el.parentElement.getBoundingClientRect();
    if (el.parentElement !== document.body && parent.right > limit + 1) continue;
    out.push(`${name(el)} (right edge at ${Math.round(box.right)} px)`);
  }
  return out.slice(0, 5);
}"""

# Everything that takes keyboard focus, focused in turn: those that show no focus ring when
# focused, on themselves or on a box around them (an editor rings its whole box). A few of
# each kind (the same tag and classes in the same kind of parent) stand for all the others.
UNFOCUSED = """() => {
  const rings = (el) => {
    const found = [];
    for (let box = el; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      found.push(style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2);
    }
    return found;
  };
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, " +
                   "[tabindex]:not([tabindex='-1']), [contenteditable='true']";
  const kind = (el) => el ? el.tagName + "." + (el.getAttribute("class") || "") : "";
  const seen = new Map();
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || el.getClientRects().length === 0) continue;
    const key = kind(el) + " in " + kind(el.parentElement);
    seen.set(key, (seen.get(key) || 0) + 1);
    if (seen.get(key) > 3) continue;
    document.activeElement.blur();
    const before = rings(el);
    el.focus();
    if (document.activeElement !== el) continue;
    if (!rings(el).some((ring, at) => ring && !before[at])) out.push(el.outerHTML.slice(0, 80));
  }
  document.activeElement.blur();
  return out;
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory, docker_backend) -> Iterator[tuple[Service, dict[str, int], str]]:
    """One service for the module, with a user, a graded failing submission, one waiting in
    the queue (no worker runs once the first is graded), a study group, a finished mock
    interview and a running one."""
    service = Service(tmp_path_factory.mktemp("pages"))
    try:
        service.serve(workers=0)
        with httpx.Client(base_url=service.url, timeout=30) as api:
            token = api.post("/api/auth/register",
                             json={"username": USER, "password": PASSWORD}).json()["token"]
            api.headers["Authorization"] = f"Bearer {token}"
            worker = service.start("worker", name="worker")
            failed = _submit(api, "insert-positions", WRONG)
            custom = _submit(api, "insert-positions", WRONG, "nums = [1, 1]\nqueries = [1]\n")
            _wait_graded(api, failed)
            _wait_graded(api, custom)
            service.stop(worker)
            queued = _submit(api, "insert-positions", WRONG)
            group = api.post("/api/groups", json={"name": "Interview circle"}).json()["id"]
            report = api.post("/api/mocks", json={"round": "statistics"}).json()["id"]
            api.post("/api/mocks/current/finish")
            running = api.post("/api/mocks", json={"round": "algorithms"}).json()
        yield service, {"failed": failed, "custom": custom, "queued": queued,
                        "group": group, "report": report,
                        "mock_problem": running["current"]}, token
    finally:
        service.close()


def _submit(api: httpx.Client, problem: str, code: str, own_input: str | None = None) -> int:
    """A samples run, or with `own_input` a run on it."""
    mode = {"mode": "custom", "input": own_input} if own_input else {"mode": "samples"}
    response = api.post("/api/submissions", json={"problem": problem, "code": code, **mode})
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _wait_graded(api: httpx.Client, submission: int, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = api.get(f"/api/submissions/{submission}").json()
        if state["status"] == "done":
            assert state["verdict"] == "Wrong Answer", state
            return
        time.sleep(0.2)
    raise AssertionError(f"submission {submission} was not graded in {timeout} s")


class Browser:
    """A browser context (logged in or not) and its one tab, reused page after page; it
    records console errors and any request that would leave this machine (and stops it)."""

    def __init__(self, chromium, service: Service, token: str | None) -> None:
        self.context = chromium.new_context()
        self.outside: list[str] = []
        self.errors: list[str] = []
        local = service.url + "/"

        def route(route):
            if route.request.url.startswith(local) or route.request.url.startswith("data:"):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()

        self.context.route("**/*", route)
        if token:
            self.context.add_cookies([{"name": "judge_session", "value": token,
                                       "url": service.url}])
        self.tab = self.context.new_page()
        self.tab.set_default_timeout(20_000)
        self.tab.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.tab.on("console", lambda message: self.errors.append(message.text)
                    if message.type == "error" else None)


@pytest.fixture(scope="module")
def browsers(site, chromium) -> Iterator[dict[bool, Browser]]:
    service, _, token = site
    made = {False: Browser(chromium, service, None), True: Browser(chromium, service, token)}
    yield made
    for browser in made.values():
        browser.context.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    return load_axe()


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_fits_the_screen_and_passes_axe(page: Page, site, browsers, axe_source) -> None:
    service, ids, _ = site
    browser = browsers[page.logged_in]
    tab = browser.tab
    browser.errors.clear()
    browser.outside.clear()
    tab.set_viewport_size({"width": 1280, "height": 800})
    tab.emulate_media(color_scheme="light")
    url = service.url + page.path.format(**ids)
    assert tab.goto(url).status == page.status
    if page.ready:
        tab.locator(page.ready).first.wait_for()
    if page.logged_in:
        assert tab.locator("header .who").inner_text() == USER

    problems: list[str] = []
    for size, (width, height) in SIZES.items():
        tab.set_viewport_size({"width": width, "height": height})
        for scheme in SCHEMES:
            tab.emulate_media(color_scheme=scheme)
            where = f"{size} {width} px, {scheme}"
            if tab.evaluate("document.documentElement.scrollWidth "
                            "> document.documentElement.clientWidth"):
                problems.append(f"{where}: wider than the screen "
                                f"({tab.evaluate('document.documentElement.scrollWidth')} px); "
                                f"sticking out: {tab.evaluate(WIDEST)}")
            rules = COLOUR_RULES if scheme != SCHEMES[0] else None
            found = axe_violations(tab, axe_source, page.axe_skip, rules)
            problems += [f"{where}: axe: {violation}" for violation in found]
    if page.path not in THIRD_PARTY:  # once, as the loop left the page (focus is no size)
        problems += [f"no focus ring on {html}" for html in tab.evaluate(UNFOCUSED)]
    problems += [f"request off this machine: {address}" for address in browser.outside]
    errors = [error for error in browser.errors
              if page.status == 200 or f"status of {page.status}" not in error]
    problems += [f"console ({errors.count(error)}x): {error[:300]}"
                 for error in dict.fromkeys(errors)]
    assert not problems, f"{page.name} ({page.path}):\n  " + "\n  ".join(problems)


def test_docs_work_offline(site, browsers) -> None:
    """Swagger UI loads its code from this service (every other address is blocked by the
    Browser) and draws the API's operations."""
    service, _, _ = site
    browser = browsers[False]
    browser.errors.clear()
    browser.outside.clear()
    browser.tab.goto(service.url + "/docs")
    operations = browser.tab.locator(".opblock")
    operations.first.wait_for()
    assert operations.count() > 10
    browser.tab.get_by_role("button", name="/api/auth/login").first.click()  # opens
    browser.tab.get_by_text("Exchange a username and password").first.wait_for()
    assert not browser.outside and not browser.errors, (browser.outside, browser.errors)
