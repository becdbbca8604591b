"""follow.js in a real browser (Debian's Chromium) with its two feeds played by the test: the
state poll (`fetch`) and the event stream (`EventSource`), each answered exactly when the test
says. So the race between them is played out in each order, without a server: a late poll
never takes the line back, and the queue's place is said as the service gave it."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

FOLLOW_JS = Path(__file__).resolve().parents[2] / "api/web/static/follow.js"

# Stands in for the network: polls wait in `window.polls` until the test answers them; the
# stream is `window.source`, whose events the test sends. Every line shown is in `seen`.
FEEDS = """() => {
  window.polls = [];
  window.fetch = () => new Promise((resolve) => window.polls.push(resolve));
  window.EventSource = class {
    constructor() { this.listeners = {}; window.source = this; }
    addEventListener(kind, listener) { this.listeners[kind] = listener; }
    close() { this.closed = true; }
  };
  window.seen = [];
  window.follow = (urls) => window.followSubmission(
    { state_url: "/state", events_url: "/events", ...urls },
    { update: (state) => window.seen.push(window.describePhase(state)), test: () => {},
      restart: () => {}, done: (state) => { window.doneWith = state.verdict; } });
  window.settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  window.answerPoll = async (now) => {
    window.polls.shift()({ ok: true, json: async () => (
      { verdict: null, queue_ahead: null, tests_done: 0, elapsed_seconds: 1, ...now }) });
    await window.settle();
    return window.seen.at(-1);
  };
  window.send = async (kind, data) => {
    window.source.listeners[kind]({ data: JSON.stringify(data) });
    await window.settle();
    return window.seen.at(-1);
  };
}"""


@pytest.fixture
def tab(chromium):
    context = chromium.new_context()
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.add_script_tag(content=FOLLOW_JS.read_text())
    tab.evaluate(FEEDS)
    yield tab
    context.close()
    assert not errors, errors


def test_a_late_poll_never_takes_the_line_back(tab) -> None:
    tab.evaluate("follow({queue_ahead: 2})")
    assert tab.evaluate("seen.at(-1)") == "Waiting for a worker: 2 submissions ahead of yours"
    assert tab.evaluate("send('started', {attempt: 1})") == "Grading"
    # the poll sent before the grade started is answered after the stream said so
    assert tab.evaluate("answerPoll({status: 'queued', queue_ahead: 0})") == "Grading"
    assert tab.evaluate("send('test', {group: 'samples', name: 'sample 1', "
                        "verdict: 'Accepted'})") == "Grading: 1 test done, 1 passed"
    assert tab.evaluate("send('finished', {verdict: 'Wrong Answer'})") == (
        "Finished: Wrong Answer")
    assert tab.evaluate("doneWith") == "Wrong Answer"
    seen = tab.evaluate("seen")
    assert "Waiting" not in " ".join(seen[seen.index("Grading"):]), seen


def test_the_poll_moves_the_line_on_when_the_stream_is_late(tab) -> None:
    tab.evaluate("follow({queue_ahead: 1})")
    assert tab.evaluate("answerPoll({status: 'running', tests_done: 3})") == (
        "Grading: 3 tests done, 0 passed")
    # the stream then starts from the beginning of the grade: its counts take over
    assert tab.evaluate("send('started', {attempt: 1})") == "Grading"
    assert tab.evaluate("send('finished', {verdict: 'Accepted'})") == "Finished: Accepted"


@pytest.mark.parametrize("urls, line", [
    # as the problem page's panel gets them (the 202 answer)
    ("{queue_ahead: 0}", "Waiting for a worker: yours is next"),
    ("{queue_ahead: 1}", "Waiting for a worker: 1 submission ahead of yours"),
    # as the submission's page gives them (data- attributes: strings)
    ("{queue_ahead: '0', status: 'queued'}", "Waiting for a worker: yours is next"),
    ("{queue_ahead: '', status: 'running'}", "Grading"),
    # its place not known yet: no claim about it
    ("{}", "Waiting for a worker"),
])
def test_the_place_is_said_as_the_service_gave_it(tab, urls, line) -> None:
    tab.evaluate(f"follow({urls})")
    assert tab.evaluate("seen.at(-1)") == line
