// The problem page's results panel: "Run the samples", "Run with my input" and "Submit" post
// the form from here and follow the submission beside the editor (follow.js); when it is
// done, the result is fetched as server-rendered HTML. Without this script the form posts
// as a page and the submission's own page follows it.
"use strict";
(function () {
  const panel = document.getElementById("results");
  const form = panel && document.querySelector("form[action$='/submit']");
  if (!form || !window.fetch || !window.FormData || !window.followSubmission) return;
  const WHAT = { samples: "Samples run", custom: "Run on your input", full: "Submission" };
  let following = null;

  function show(children) {
    const first = panel.hidden;
    panel.hidden = false;
    panel.replaceChildren.apply(panel, children);
    if (first) panel.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function follow(urls, mode) {
    if (following) following.stop();
    const heading = element("h2", (WHAT[mode] || "Submission") + " #" + urls.id);
    const line = element("p", "", "status");
    line.id = "panel-state";
    const progress = element("ol", "", "progress compact");
    const link = element("a", "Open it on its own page");
    link.href = urls.url;
    show([heading, line, progress, element("p", "", "muted")]);
    panel.lastChild.appendChild(link);
    following = window.followSubmission(urls, {
      update: function (state) { line.textContent = window.describeSubmission(state); },
      restart: function () { progress.replaceChildren(); },
      test: function (test) {
        if (test.verdict === "Accepted") return;  // the panel lists what failed only
        progress.appendChild(element("li", test.group + " / " + test.name + ": " +
                                     test.verdict, "bad"));
      },
      done: function () {
        fetch(urls.panel_url, { credentials: "same-origin", cache: "no-store" })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) {
            if (html === null) return;
            panel.innerHTML = html;  // this site's own page fragment, escaped by the server
            const verdict = panel.querySelector("#verdict");
            if (verdict) verdict.focus({ preventScroll: true });
          });
      },
    });
  }

  form.addEventListener("submit", function (event) {
    if (event.defaultPrevented) return;
    event.preventDefault();
    const submitter = event.submitter;
    const mode = submitter && submitter.value || "full";
    const data = new FormData(form, submitter || undefined);
    if (!submitter) data.set("mode", "full");
    const buttons = form.querySelectorAll("button[type=submit]");
    buttons.forEach(function (button) { button.disabled = true; });
    show([element("p", "Sending…", "status")]);
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin",
                         headers: { Accept: "application/json" } })
      .then(function (response) {
        const type = response.headers.get("content-type") || "";
        if (!type.includes("application/json")) {  // e.g. the login page: go there
          window.location.assign(response.url);
          return null;
        }
        return response.json().then(function (body) {
          if (!response.ok) {
            const error = element("p", body.detail || "the submission was refused", "error");
            error.setAttribute("role", "alert");
            show([error]);
            return;
          }
          follow(body, mode);
        });
      })
      .catch(function () {
        show([element("p", "The service did not answer; try again.", "error")]);
      })
      .finally(function () {
        buttons.forEach(function (button) { button.disabled = false; });
      });
  });
})();
