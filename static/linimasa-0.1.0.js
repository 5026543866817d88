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
  // the answer names its field (data-field), or its message opens with the field's name ("'value' ...");
  // the message is in the page's language. The field is looked for in the form that asked first.
  var form = e.detail.elt && e.detail.elt.closest && e.detail.elt.closest("form");
  var quoted = /^'(\w+)'/.exec(message.textContent);
  var name = (section && section.dataset.field) || (quoted && quoted[1]);
  var field = name && /^\w+$/.test(name) &&
    ((form && form.querySelector('[name="' + name + '"]')) || document.querySelector('[name="' + name + '"]'));
  if (field) {
    field.setAttribute("aria-invalid", "true");
    field.insertAdjacentElement("afterend", message);
  } else {
    // a write form's refusal (403, 413) goes under its form; a filter's under the filters
    var anchor = (form && form.id !== "filters" && form) || document.getElementById("filters") || form || e.detail.target;
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

// "sumber" opens a card's evidence; clicking it again closes it (without asking the server again).
document.addEventListener("htmx:confirm", function (e) {
  var link = e.target.closest && e.target.closest("a.sources");
  if (!link) return;
  var evidence = document.getElementById(link.getAttribute("aria-controls"));
  if (evidence && evidence.hasChildNodes() && link.getAttribute("aria-expanded") === "true") {
    e.preventDefault();
    evidence.replaceChildren();
    link.setAttribute("aria-expanded", "false");
  }
});
document.addEventListener("htmx:afterSwap", function (e) {
  if (!e.detail.target.classList.contains("evidence")) return;
  var link = document.querySelector('a.sources[aria-controls="' + e.detail.target.id + '"]');
  link && link.setAttribute("aria-expanded", "true");
});

// Keyboard: j / k (and the arrow keys once a card has focus) move between the cards.
document.addEventListener("keydown", function (e) {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
  var here = document.activeElement;
  if (here && (here.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(here.tagName))) return;
  var onCard = here && here.matches && here.matches("article.event");
  var step = {j: 1, k: -1}[e.key] || (onCard && {ArrowDown: 1, ArrowUp: -1}[e.key]);
  if (!step) return;
  var cards = Array.from(document.querySelectorAll("article.event"));
  if (!cards.length) return;
  var card = here && here.closest && here.closest("article.event");
  var i = cards.indexOf(card);
  var next = cards[i < 0 ? (step > 0 ? 0 : cards.length - 1) : Math.min(Math.max(i + step, 0), cards.length - 1)];
  e.preventDefault();
  next.focus({preventScroll: true});
  next.scrollIntoView({block: "nearest"});
});

// The filters' fold (a phone's "Filter" button) stays as the reader left it when the results are swapped.
(function () {
  var open = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var fold = document.getElementById("filter-fold");
    open = fold ? fold.open : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    var fold = document.getElementById("filter-fold");
    if (fold && open !== null) fold.open = open;
  });
})();

// The actor facet's search box asks for its own list as one types (hx-get="/actors/facet"); its
// "change" on leaving it must not also reload the results, which would swap away the checkbox
// being clicked. Its text still goes with the next filter change (it belongs to form#filters).
document.addEventListener("change", function (e) {
  if (e.target.classList && e.target.classList.contains("facet-search")) e.stopPropagation();
}, true);
