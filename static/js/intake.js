/* Intake pages: show crisis help at once, add/remove medication rows, suggest medication names,
   and stop a double click from sending the form twice. Everything works without this file too. */
(function () {
  "use strict";

  function crisisHelp() {
    var panel = document.querySelector("[data-crisis-panel]");
    if (!panel) return;
    document.querySelectorAll('input[name="suicidal_thoughts"]').forEach(function (input) {
      input.addEventListener("change", function () {
        panel.hidden = !(input.checked && input.value === "yes");
        if (!panel.hidden) panel.focus();
      });
    });
    panel.setAttribute("tabindex", "-1");
  }

  function medicationRows() {
    document.querySelectorAll("[data-add-row]").forEach(function (button) {
      var prefix = button.getAttribute("data-add-row");
      var container = document.querySelector('[data-rows="' + prefix + '"]');
      var template = document.querySelector('template[data-empty-row="' + prefix + '"]');
      var total = document.querySelector('input[name="' + prefix + '-TOTAL_FORMS"]');
      if (!container || !template || !total) return;
      button.addEventListener("click", function (event) {
        event.preventDefault();
        var index = parseInt(total.value, 10) || 0;
        var html = template.innerHTML.replace(/__prefix__/g, String(index));
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var row = holder.firstElementChild;
        container.appendChild(row);
        total.value = String(index + 1);
        var first = row.querySelector("input[type=text]");
        if (first) first.focus();
      });
    });
    document.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.matches || !box.matches("[data-remove-row]")) return;
      var row = box.closest("[data-row]");
      if (row) row.classList.toggle("row-removed", box.checked);
    });
  }

  function suggestions() {
    var form = document.querySelector("[data-medications-form]");
    var list = document.getElementById("medication-suggestions");
    if (!form || !list) return;
    var url = form.getAttribute("data-suggest-url");
    var pending = null;
    form.addEventListener("input", function (event) {
      var field = event.target;
      if (!field.name || !/-name$/.test(field.name)) return;
      var query = field.value.trim();
      if (query.length < 2) return;
      clearTimeout(pending);
      pending = setTimeout(function () {
        // POST with the form's CSRF token: what the patient typed stays out of URLs and logs.
        var body = new FormData();
        body.append("q", query);
        var token = form.querySelector('input[name="csrfmiddlewaretoken"]');
        if (token) body.append("csrfmiddlewaretoken", token.value);
        fetch(url, { method: "POST", body: body, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.suggestions.forEach(function (name) {
              var option = document.createElement("option");
              option.value = name;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience; typing still works */ });
      }, 150);
    });
  }

  function submitOnce() {
    document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("button[type=submit]").forEach(function (button) {
          button.disabled = true;
        });
      });
    });
  }

  function focusErrors() {
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  }

  crisisHelp();
  medicationRows();
  suggestions();
  submitOnce();
  focusErrors();
})();
