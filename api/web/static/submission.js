// A submission's page while it waits or runs: where it stands, and each test as it finishes
// (follow.js); when it is done, the page reloads to show the full result.
"use strict";
(function () {
  const live = document.getElementById("live");
  if (!live || !window.followSubmission) return;
  const words = document.getElementById("state");  // a live region: changed only when new
  const time = document.getElementById("state-time");
  const progress = document.getElementById("progress");
  window.followSubmission(live.dataset, {
    update: function (state) {
      const now = window.describePhase(state);
      if (words.textContent !== now) words.textContent = now;
      time.textContent = window.describeTime(state);
    },
    restart: function () { progress.replaceChildren(); },
    test: function (test) {
      const item = document.createElement("li");
      item.className = test.verdict === "Accepted" ? "ok" : "bad";
      item.textContent = test.group + " / " + test.name + ": " + test.verdict +
        " (" + test.seconds.toFixed(2) + " s)";
      progress.appendChild(item);
    },
    done: function () { window.location.reload(); },
  });
})();
