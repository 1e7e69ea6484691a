// Ô chọn cán bộ: search as you type. The page works without this script (the "Tìm" form reloads it with the
// matches); with it, the choices under the search field follow the typing. The server searches (diacritics ignored).
(function () {
  "use strict";
  document.querySelectorAll("input[data-cadre-picker]").forEach(function (input) {
    var target = document.getElementById(input.getAttribute("data-picker-target"));
    // A page may include this script more than once (the conference page: the invitee form and each ballot's
    // write-in form): one listener per field, or a second answer redraws the choices and drops the one just picked.
    if (!target || input.hasAttribute("data-picker-ready")) { return; }
    input.setAttribute("data-picker-ready", "");
    var timer = null;
    var latest = 0;
    function render(choices, text) {
      var legend = target.querySelector("legend");
      target.textContent = "";
      if (legend) { target.appendChild(legend); }
      if (choices.length === 0) {
        var note = document.createElement("p");
        note.className = "card-note";
        note.textContent = text.trim().length < 2
          ? "Gõ ít nhất hai ký tự vào ô tìm rồi chọn một người."
          : "Không tìm thấy cán bộ nào phù hợp trong phạm vi của bạn.";
        target.appendChild(note);
        return;
      }
      choices.forEach(function (c) {
        var row = document.createElement("div");
        row.className = "choice";
        var radio = document.createElement("input");
        radio.type = "radio";
        radio.name = input.getAttribute("data-picker-name") || "can-bo";
        radio.value = c.id;
        radio.id = "cb-" + c.id;
        var label = document.createElement("label");
        label.htmlFor = radio.id;
        label.textContent = c.fullName + " (sinh năm " + c.birthYear + ") · " + (c.title ? c.title + ", " + c.unit : c.unit);
        row.appendChild(radio);
        row.appendChild(document.createTextNode(" "));
        row.appendChild(label);
        target.appendChild(row);
      });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value;
        var ticket = ++latest;
        fetch(input.getAttribute("data-cadre-picker") + "?q=" + encodeURIComponent(text), { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (choices) { if (ticket === latest) { render(choices, text); } })
          .catch(function () { /* the plain search form still works */ });
      }, 250);
    });
    // Typed before this deferred script ran (a slow connection, a quick typist): search for what is there now.
    if (input.value !== input.defaultValue) { input.dispatchEvent(new Event("input")); }
  });
})();
