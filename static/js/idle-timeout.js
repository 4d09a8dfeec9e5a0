/*
 * Idle-timeout warning for signed-in staff.
 *
 * The server ends a session after a period without activity (accounts/middleware.py). Shortly
 * before that, this script shows a dialog with a countdown and a "Stay signed in" button, so a
 * clinician does not lose a half-written note. It asks the server how long is left (GET, which
 * does not count as activity) rather than trusting its own clock, so activity in another tab is
 * taken into account. "Stay signed in" POSTs to the same endpoint with the CSRF token from the
 * page (the CSRF cookie is HttpOnly). When the time is up the page leaves for the sign-in page,
 * so nothing stays on screen.
 */
(function () {
  "use strict";

  var root = document.getElementById("idle-timeout");
  if (!root || !window.fetch || !window.bootstrap) {
    return;
  }

  var keepaliveUrl = root.dataset.keepaliveUrl;
  var loginUrl = root.dataset.loginUrl;
  var csrfToken = root.dataset.csrfToken;
  var warningMs = Number(root.dataset.warningSeconds) * 1000;
  var deadline = Date.now() + Number(root.dataset.idleTimeoutSeconds) * 1000;

  var countdown = root.querySelector("[data-idle-countdown]");
  var idleText = root.querySelector("[data-idle-idle-text]");
  var absoluteText = root.querySelector("[data-idle-absolute-text]");
  var stayButton = root.querySelector("[data-idle-stay]");
  var dialog = window.bootstrap.Modal.getOrCreateInstance(root);

  var RECHECK_MS = 15000;
  var checkTimer = null;
  var tickTimer = null;
  var shown = false;

  function leave() {
    var here = window.location.pathname + window.location.search;
    window.location.assign(loginUrl + "?next=" + encodeURIComponent(here));
  }

  function formatSeconds(total) {
    var seconds = Math.max(0, Math.ceil(total));
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function ask(method) {
    var headers = { Accept: "application/json" };
    if (method === "POST") {
      headers["X-CSRFToken"] = csrfToken;
    }
    return fetch(keepaliveUrl, {
      method: method,
      headers: headers,
      credentials: "same-origin",
      cache: "no-store",
    }).then(function (response) {
      if (response.status === 401) {
        return null;
      }
      if (!response.ok) {
        throw new Error("keep-alive answered " + response.status);
      }
      return response.json();
    });
  }

  function hide() {
    window.clearInterval(tickTimer);
    tickTimer = null;
    if (shown) {
      dialog.hide();
      shown = false;
    }
  }

  function tick() {
    var left = (deadline - Date.now()) / 1000;
    countdown.textContent = formatSeconds(left);
    if (left <= 0) {
      window.clearInterval(tickTimer);
      tickTimer = null;
      check();
    }
  }

  function show(limit) {
    var absolute = limit === "absolute";
    idleText.classList.toggle("d-none", absolute);
    absoluteText.classList.toggle("d-none", !absolute);
    stayButton.classList.toggle("d-none", absolute);
    tick();
    if (!tickTimer) {
      tickTimer = window.setInterval(tick, 1000);
    }
    if (!shown) {
      dialog.show();
      shown = true;
    }
  }

  // Ask again when the warning is due or, while it shows, every little while (activity in
  // another tab may have moved the deadline) and when the time is up.
  function schedule() {
    window.clearTimeout(checkTimer);
    var untilWarning = deadline - Date.now() - warningMs;
    var wait = untilWarning > 0 ? untilWarning : Math.min(RECHECK_MS, deadline - Date.now());
    checkTimer = window.setTimeout(check, Math.max(1000, wait));
  }

  function apply(state) {
    if (!state || state.seconds_left <= 0) {
      leave();
      return;
    }
    deadline = Date.now() + state.seconds_left * 1000;
    if (state.seconds_left * 1000 > warningMs) {
      hide();
    } else {
      show(state.limit);
    }
    schedule();
  }

  function check() {
    ask("GET").then(apply, function () {
      // Network trouble: try again shortly rather than signing the user out on a guess.
      schedule();
    });
  }

  stayButton.addEventListener("click", function () {
    stayButton.disabled = true;
    ask("POST")
      .then(apply, schedule)
      .then(function () {
        stayButton.disabled = false;
      });
  });

  schedule();
})();
