// The problem page's results panel: "Run the samples", "Run with my input" and "Submit" post
// the form from here and follow the submission beside the editor (follow.js); when it is
// done, the result is fetched as server-rendered HTML and focus moves to its verdict. A
// refusal (a form too large, an input that does not read, too many submissions, a login
// that expired...) is shown here with the service's own message: the page never leaves.
// Without this script the form posts as a page and the submission's own page follows it.
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

  // What a refusal says. The service answers this script (it asks for JSON) with
  // {"detail": message} whatever went wrong; a page from something in between (a proxy's
  // "413 Request Entity Too Large", say) is read for its alert, heading or title.
  function refusal(response) {
    if (response.ok) {  // not a refusal, and not what this script asked for
      return Promise.resolve("the service answered with something this page cannot read: " +
                             "reload the page and send it again");
    }
    const type = response.headers.get("content-type") || "";
    const read = type.includes("application/json")
      ? response.json().then(function (body) {
        return body && typeof body.detail === "string" ? body.detail : null;
      })
      : response.text().then(function (text) {
        const page = new DOMParser().parseFromString(text, "text/html");
        const found = page.querySelector("[role=alert]") || page.querySelector("h1") ||
          page.querySelector("title");
        return found && found.textContent.trim();
      });
    return read.catch(function () { return null; }).then(function (message) {
      return message || "the service refused it (" + response.status + " " +
        response.statusText + ")";
    });
  }
  function refused(status, message) {
    const error = element("p", message, "error");
    error.setAttribute("role", "alert");
    if (status === 401) {  // logged out: the draft is kept in this browser meanwhile
      const login = element("a", "Log in");
      login.href = "/login?next=" + encodeURIComponent(window.location.pathname);
      error.append(" ", login);
    }
    show([error]);
  }

  function stopFollowing() {  // the panel is about to show something else
    if (following) following.stop();
    following = null;
  }

  function follow(urls, mode) {
    stopFollowing();
    const heading = element("h2", (WHAT[mode] || "Submission") + " #" + urls.id);
    // The words are a live region, read out when they change; the clock beside them is not.
    const line = element("p", "", "status");
    line.id = "panel-state";
    const words = element("span");
    words.setAttribute("role", "status");
    const time = element("span");
    line.append(words, time);
    const progress = element("ol", "", "progress compact");
    const link = element("a", "Open it on its own page");
    link.href = urls.url;
    show([heading, line, progress, element("p", "", "muted")]);
    panel.lastChild.appendChild(link);
    const mine = window.followSubmission(urls, {
      update: function (state) {
        const now = window.describePhase(state);
        if (words.textContent !== now) words.textContent = now;
        time.textContent = window.describeTime(state);
      },
      restart: function () { progress.replaceChildren(); },
      test: function (test) {
        if (test.verdict === "Accepted") return;  // the panel lists what failed only
        progress.appendChild(element("li", test.group + " / " + test.name + ": " +
                                     test.verdict, "bad"));
      },
      done: function () {
        fetch(urls.panel_url, { credentials: "same-origin", cache: "no-store",
                                headers: { Accept: "text/html" } })
          .then(function (response) {
            // redirected: to the login page, which is no result
            return response.ok && !response.redirected ? response.text() : null;
          })
          .catch(function () { return null; })
          .then(function (html) {
            if (following !== mine) return;  // the panel has moved on to another
            if (html === null) {  // the line says the verdict; its own page has the rest
              words.tabIndex = -1;
              words.focus();
              return;
            }
            panel.innerHTML = html;  // this site's own page fragment, escaped by the server
            // Focus goes to the verdict (it takes focus: tabindex -1): a screen reader reads
            // it out, and the keyboard carries on from the result.
            const verdict = panel.querySelector("#verdict");
            if (verdict) verdict.focus();
          });
      },
    });
    following = mine;
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
    stopFollowing();
    const sending = element("p", "Sending…", "status");
    sending.setAttribute("role", "status");
    show([sending]);
    fetch(form.action, { method: "POST", body: data, credentials: "same-origin",
                         headers: { Accept: "application/json" } })
      .then(function (response) {
        const type = response.headers.get("content-type") || "";
        if (response.ok && type.includes("application/json")) {
          return response.json().then(function (body) { follow(body, mode); });
        }
        return refusal(response).then(function (message) {
          refused(response.status, message);
        });
      })
      .catch(function () {
        refused(0, "The service did not answer; try again.");
      })
      .finally(function () {
        buttons.forEach(function (button) { button.disabled = false; });
      });
  });
})();
