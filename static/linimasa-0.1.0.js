// Progressive enhancement only: everything works as plain links and forms without this file.
// Dragging across the histogram selects the range from the first to the last bar touched.
(function () {
  function barsOf(svg) { return Array.from(svg.querySelectorAll("a.bar")); }
  document.addEventListener("pointerdown", function (down) {
    var first = down.target.closest && down.target.closest(".histogram a.bar");
    if (!first) return;
    var svg = first.closest("svg"), bars = barsOf(svg), start = bars.indexOf(first), end = start, moved = false;
    function over(move) {
      var el = document.elementFromPoint(move.clientX, move.clientY);
      var bar = el && el.closest && el.closest(".histogram a.bar");
      if (!bar || bars.indexOf(bar) < 0) return;
      end = bars.indexOf(bar);
      if (end !== start) moved = true;
      bars.forEach(function (b, i) { b.classList.toggle("selecting", i >= Math.min(start, end) && i <= Math.max(start, end)); });
    }
    function up() {
      document.removeEventListener("pointermove", over);
      document.removeEventListener("pointerup", up);
      if (!moved) return;  // a click: the bar's own link handles it
      var lo = bars[Math.min(start, end)].dataset.value, hi = bars[Math.max(start, end)].dataset.value;
      var url = new URL(window.location.href);
      url.searchParams.set("from", lo); url.searchParams.set("to", hi); url.searchParams.delete("offset");
      window.location.assign(url.pathname + url.search);
    }
    document.addEventListener("pointermove", over);
    document.addEventListener("pointerup", up);
  });
  // a click after a drag must not also follow the bar's link
  document.addEventListener("click", function (e) {
    var bar = e.target.closest && e.target.closest(".histogram a.bar");
    if (bar && bar.closest("svg").querySelector("a.selecting")) { e.preventDefault(); e.stopPropagation(); }
  }, true);
})();

// Filters left empty stay out of the URL, so a shared link holds only what was chosen.
document.addEventListener("htmx:configRequest", function (e) {
  var data = e.detail.formData;
  if (!data || e.detail.verb !== "get") return;
  Array.from(new Set(Array.from(data.keys()))).forEach(function (key) {
    var kept = data.getAll(key).filter(function (v) { return v !== ""; });
    if (kept.length !== data.getAll(key).length) {
      data.delete(key);
      kept.forEach(function (v) { data.append(key, v); });
    }
  });
});

// A refused filter (400: "'from' is not a date ...") or write (403, 413) keeps the page as it is and
// says why beside the field it names, or its form; htmx would otherwise drop the answer silently.
document.addEventListener("htmx:beforeSwap", function (e) {
  document.querySelectorAll(".field-error").forEach(function (old) { old.remove(); });
  document.querySelectorAll("[aria-invalid]").forEach(function (f) { f.removeAttribute("aria-invalid"); });
  if (e.detail.xhr.status < 400 || e.detail.xhr.status >= 500) return;
  e.detail.shouldSwap = false;
  var answer = new DOMParser().parseFromString(e.detail.xhr.responseText, "text/html");
  var said = answer.querySelector(".error p"), section = answer.querySelector(".error[data-field]");
  var message = document.createElement("p");
  message.className = "field-error";
  message.setAttribute("role", "alert");
  message.textContent = said ? said.textContent : e.detail.xhr.statusText;
  // the answer names its field (data-field); its message is in the page's language
  var name = section && section.dataset.field;
  var field = name && /^\w+$/.test(name) && document.querySelector('[name="' + name + '"]');
  if (field) {
    field.setAttribute("aria-invalid", "true");
    field.insertAdjacentElement("afterend", message);
  } else {
    // a filter's answer goes under the filters; a write form's refusal (403, 413) under its form
    var anchor = document.getElementById("filters") || (e.detail.elt && e.detail.elt.closest && e.detail.elt.closest("form")) ||
      e.detail.target;
    anchor.insertAdjacentElement("afterend", message);
  }
});

// A swap must not take a field from under the reader's fingers: typing in "Sampai" while "Dari"'s
// change is answered would otherwise lose keystrokes. The focused field's value, caret and focus
// are carried across the swap.
(function () {
  var held = null;
  document.addEventListener("htmx:beforeSwap", function (e) {
    var field = document.activeElement;
    held = field && field.id && e.detail.target.contains(field) && "value" in field
      ? {id: field.id, value: field.value, start: field.selectionStart, end: field.selectionEnd} : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    if (!held) return;
    var field = document.getElementById(held.id);
    held.value !== undefined && field && (field.value = held.value);
    if (field) {
      field.focus();
      try { field.setSelectionRange(held.start, held.end); } catch (err) { /* not a text field */ }
    }
    held = null;
  });
})();
