// Runs static/js/idle-timeout.js against a fake page, clock and server; prints what happened.
// Used by tests/accounts/test_idle_timeout_js.py (needs Node.js, no packages).
"use strict";

const fs = require("fs");
const vm = require("vm");

const [scriptPath, scenario] = process.argv.slice(2);
const IDLE = 900; // seconds, as the page's data attribute says
const WARNING = 120;

let now = 0; // milliseconds since the page loaded
let nextId = 1;
const timers = [];
const log = [];
let lastActivity = 0; // the server's idea of the session's last activity (ms)
let navigatedTo = null;

function addTimer(fn, ms, every) {
  const id = nextId++;
  timers.push({ id, at: now + Math.max(0, ms), fn, every });
  return id;
}
function clearTimer(id) {
  const index = timers.findIndex((t) => t.id === id);
  if (index >= 0) timers.splice(index, 1);
}
async function settle() {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
async function advanceTo(seconds) {
  const end = seconds * 1000;
  for (;;) {
    timers.sort((a, b) => a.at - b.at);
    const next = timers[0];
    if (!next || next.at > end || navigatedTo) break;
    now = next.at;
    if (next.every) next.at += next.every;
    else timers.shift();
    next.fn();
    await settle();
  }
  now = end;
}

function element(dataset = {}) {
  const classes = new Set();
  const listeners = {};
  return {
    dataset,
    textContent: "",
    disabled: false,
    classList: {
      toggle(name, force) {
        if (force) classes.add(name);
        else classes.delete(name);
      },
      contains: (name) => classes.has(name),
    },
    addEventListener(type, fn) {
      listeners[type] = fn;
    },
    fire(type) {
      listeners[type]();
    },
  };
}

const parts = {
  "[data-idle-countdown]": element(),
  "[data-idle-idle-text]": element(),
  "[data-idle-absolute-text]": element(),
  "[data-idle-stay]": element(),
};
const root = element({
  keepaliveUrl: "/accounts/session/keepalive/",
  loginUrl: "/accounts/login/",
  csrfToken: "token-from-the-page",
  idleTimeoutSeconds: String(IDLE),
  warningSeconds: String(WARNING),
});
root.querySelector = (selector) => parts[selector];

let dialogShown = false;
const sandbox = {
  document: { getElementById: (id) => (id === "idle-timeout" ? root : null) },
  Date: { now: () => now },
  Math,
  Number,
  Error,
  encodeURIComponent,
  console,
  fetch(url, options) {
    const headers = options.headers || {};
    log.push({ t: now / 1000, method: options.method, csrf: headers["X-CSRFToken"] || null });
    if (options.method === "POST") lastActivity = now;
    const left = Math.floor((lastActivity + IDLE * 1000 - now) / 1000);
    const body =
      left > 0
        ? { signed_in: true, seconds_left: left, limit: "idle", warning_seconds: WARNING }
        : { signed_in: false };
    const status = left > 0 ? 200 : 401;
    return Promise.resolve({ status, ok: status === 200, json: () => Promise.resolve(body) });
  },
};
sandbox.window = {
  fetch: sandbox.fetch,
  setTimeout: (fn, ms) => addTimer(fn, ms, 0),
  clearTimeout: clearTimer,
  setInterval: (fn, ms) => addTimer(fn, ms, ms),
  clearInterval: clearTimer,
  location: {
    pathname: "/review/intakes/42/",
    search: "?tab=notes",
    assign(url) {
      navigatedTo = { t: now / 1000, url };
    },
  },
  bootstrap: {
    Modal: {
      getOrCreateInstance: () => ({
        show() {
          dialogShown = true;
        },
        hide() {
          dialogShown = false;
        },
      }),
    },
  },
};

function snapshot(label) {
  return {
    label,
    t: now / 1000,
    shown: dialogShown,
    countdown: parts["[data-idle-countdown]"].textContent,
    navigatedTo,
  };
}

async function main() {
  vm.runInNewContext(fs.readFileSync(scriptPath, "utf8"), sandbox);
  const seen = [];
  if (scenario === "idle") {
    await advanceTo(IDLE - WARNING - 2);
    seen.push(snapshot("before warning"));
    await advanceTo(IDLE - WARNING + 2);
    seen.push(snapshot("warning"));
    await advanceTo(IDLE + 5);
    seen.push(snapshot("after timeout"));
  } else if (scenario === "stay") {
    await advanceTo(IDLE - 60);
    seen.push(snapshot("warning"));
    parts["[data-idle-stay]"].fire("click");
    await settle();
    seen.push(snapshot("after stay"));
    await advanceTo(IDLE + 5);
    seen.push(snapshot("old deadline"));
  } else if (scenario === "other-tab") {
    await advanceTo(500);
    lastActivity = now; // the clinician is working in another tab
    await advanceTo(IDLE - WARNING + 2);
    seen.push(snapshot("own timer due"));
    await advanceTo(IDLE + 5);
    seen.push(snapshot("own deadline"));
  }
  process.stdout.write(JSON.stringify({ seen, requests: log }));
}

main();
