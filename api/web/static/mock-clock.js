// The mock interview's clock: counts down to the end the server gave (data-ends-at, ISO
// 8601), once a second; the page works without it (the server wrote the time left).
"use strict";
(function () {
  const clock = document.getElementById("mock-clock");
  if (!clock) return;
  const ends = Date.parse(clock.dataset.endsAt);
  const skew = Date.now() - Date.parse(clock.dataset.now);  // the browser's clock may differ
  function tick() {
    const left = Math.max(0, Math.round((ends + skew - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left === 0) {
      clock.textContent += " (time is up)";
      return;
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
