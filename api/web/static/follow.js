// Follows one submission's grading for a page: while it waits, its place in the queue (its
// state, polled); while it runs, each finished test (its event stream); and the seconds since
// it was sent. `urls` gives the addresses, and may give where it stood when the page got it
// (`status`, `queue_ahead`). `view.update(state)` is called with {phase: "waiting" |
// "running" | "done", ahead, seconds, testsDone, passed, failed, attempt, verdict};
// `view.test(test)` with each finished test; `view.done(state)` once, at the end.
"use strict";
window.followSubmission = function (urls, view) {
  // The phases in the order they come. The poll and the stream race each other: a poll
  // answered "queued" can arrive after the stream said "started". An update that would take
  // the phase back is stale, and ignored.
  const PHASES = ["waiting", "running", "done"];
  const known = Number.parseInt(urls.queue_ahead, 10);
  const state = { phase: urls.status === "running" ? "running" : "waiting",
                  ahead: Number.isNaN(known) ? null : known, seconds: 0, testsDone: 0,
                  passed: 0, failed: 0, attempt: 1, verdict: null };
  let serverSeconds = 0, polledAt = Date.now(), finished = false, source = null;

  function reach(phase) {  // moves on to `phase`; false (and nothing changed) if it is behind
    if (PHASES.indexOf(phase) < PHASES.indexOf(state.phase)) return false;
    state.phase = phase;
    return true;
  }
  function seconds() { return Math.round(serverSeconds + (Date.now() - polledAt) / 1000); }
  function update() { state.seconds = seconds(); view.update(state); }
  function finish(verdict) {
    if (finished) return;
    finished = true;
    clearInterval(clock);
    if (source) source.close();
    reach("done");
    state.verdict = verdict;
    update();
    view.done(state);
  }

  function poll() {
    if (finished) return;
    fetch(urls.state_url, { headers: { Accept: "application/json" }, cache: "no-store",
                            credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (now) {
        if (!now || finished) return;
        serverSeconds = now.elapsed_seconds;
        polledAt = Date.now();
        if (now.status === "done") { finish(now.verdict); return; }
        if (now.status === "queued" && reach("waiting")) state.ahead = now.queue_ahead;
        if (now.status === "running" && state.phase === "waiting") {
          reach("running");
          state.testsDone = Math.max(state.testsDone, now.tests_done);
        }
        update();
      })
      .catch(function () { /* the next poll tries again */ })
      .finally(function () {
        // often while it waits (its place moves), rarely once the stream reports the tests
        if (!finished) setTimeout(poll, state.phase === "waiting" || !source ? 2000 : 10000);
      });
  }

  const clock = setInterval(update, 1000);
  if (window.EventSource) {
    source = new EventSource(urls.events_url);
    source.addEventListener("started", function (event) {
      if (!reach("running")) return;
      const data = JSON.parse(event.data);
      // a grade started again (its worker stopped) runs every test anew: so do the counts
      Object.assign(state, { ahead: null, testsDone: 0, passed: 0, failed: 0,
                             attempt: data.attempt || 1 });
      view.restart && view.restart(state);
      update();
    });
    source.addEventListener("test", function (event) {
      if (!reach("running")) return;
      const test = JSON.parse(event.data);
      state.testsDone += 1;
      if (test.verdict === "Accepted") { state.passed += 1; } else { state.failed += 1; }
      view.test(test);
      update();
    });
    source.addEventListener("finished", function (event) {
      finish(JSON.parse(event.data).verdict);
    });
    source.onerror = function () {
      // the stream ended or broke: polling the state carries on to the end
      source.close();
      source = null;
    };
  }
  poll();
  update();
  return { stop: function () { finished = true; clearInterval(clock); if (source) source.close(); } };
};

// Where a submission stands, in words; the time is apart (describeTime), so that a live
// region holding the words is read out when they change, not every second.
window.describePhase = function (state) {
  if (state.phase === "waiting") {
    if (state.ahead === null || state.ahead === undefined) return "Waiting for a worker";
    if (state.ahead === 0) return "Waiting for a worker: yours is next";
    return "Waiting for a worker: " + state.ahead + " submission" +
      (state.ahead === 1 ? "" : "s") + " ahead of yours";
  }
  if (state.phase === "running") {
    const again = state.attempt > 1 ? " again (a worker stopped mid-way)" : "";
    const tests = state.testsDone ? ": " + state.testsDone + " test" +
      (state.testsDone === 1 ? "" : "s") + " done, " + state.passed + " passed" +
      (state.failed ? ", " + state.failed + " failed" : "") : "";
    return "Grading" + again + tests;
  }
  return "Finished: " + (state.verdict || "done");
};

// How long it has been, to follow the words.
window.describeTime = function (state) { return " · " + state.seconds + " s"; };
