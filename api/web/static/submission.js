// Follows a submission's grading live: the event stream sends `started`, one `test` per
// finished test and `finished`; on `finished` the page reloads to show the full result.
"use strict";
(function () {
  const live = document.getElementById("live");
  if (!live || !window.EventSource) return;
  const state = document.getElementById("state");
  const counts = document.getElementById("counts");
  const progress = document.getElementById("progress");
  let passed = 0, failed = 0;
  const source = new EventSource(live.dataset.events);
  source.addEventListener("started", function (event) {
    const data = JSON.parse(event.data);
    // a grade started again (its worker stopped) runs every test anew: so does the list
    passed = 0; failed = 0;
    progress.replaceChildren();
    counts.textContent = "";
    state.textContent = data.attempt > 1 ? "Grading again (a worker stopped mid-way)…" : "Grading…";
  });
  source.addEventListener("test", function (event) {
    const test = JSON.parse(event.data);
    const ok = test.verdict === "Accepted";
    if (ok) { passed += 1; } else { failed += 1; }
    const item = document.createElement("li");
    item.className = ok ? "ok" : "bad";
    item.textContent = test.group + " / " + test.name + ": " + test.verdict +
      " (" + test.seconds.toFixed(2) + " s)";
    progress.appendChild(item);
    counts.textContent = (passed + failed) + " tests run: " + passed + " passed, " + failed + " failed";
  });
  source.addEventListener("finished", function (event) {
    source.close();
    state.textContent = "Finished: " + JSON.parse(event.data).verdict;
    window.location.reload();
  });
  source.onerror = function () {
    // The stream ended or broke: the server says where things stand.
    source.close();
    setTimeout(function () { window.location.reload(); }, 2000);
  };
})();
