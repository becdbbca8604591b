// Boxes that scroll (code in `pre`, wide tables in `.scroll`) take keyboard focus while their
// content overflows, so the arrow keys can scroll them; a box that fits is no extra tab stop.
// Checked again when the window is resized and when a page's script changes its content.
"use strict";
(function () {
  const SCROLLERS = "pre, .scroll";
  let pending = false;

  function overflows(box) {
    return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
  }

  function update() {
    pending = false;
    document.querySelectorAll(SCROLLERS).forEach(function (box) {
      if (overflows(box)) {
        if (!box.hasAttribute("tabindex")) {
          box.setAttribute("tabindex", "0");
          box.dataset.scrollFocus = "";  // ours to take back
        }
      } else if ("scrollFocus" in box.dataset) {
        box.removeAttribute("tabindex");
        delete box.dataset.scrollFocus;
      }
    });
  }

  function later() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }

  update();
  window.addEventListener("resize", later);
  new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
})();
