// The time axis above the cards (vis-timeline), kept in step with the list and the URL.
// Enhancement only: without this file (or without JavaScript) the page is the list, as ever.
//
// The URL is the state. Panning or zooming the axis writes the window into #from and #to and
// submits form#filters, so the list is refreshed by the same htmx request, and the URL pushed, as
// any filter change. Every refresh of #results (from the axis, a facet, back or forward) makes the
// axis read the URL again: its items when the filter changed, its window when the dates did.
(function () {
  "use strict";
  var DAY = 86400000;
  var timeline = null, items = null, groups = null, section = null;
  var filterKey = null, syncedDays = null, truncated = false, pendingEvent = null, syncTimer = null, fitTimer = null;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  // "2024-06-19" as local midnight: vis draws local time, and so do the days written back
  function localDay(iso) {
    var p = iso.split("-").map(Number), d = new Date(2000, p[1] - 1, p[2]);
    d.setFullYear(p[0]);  // years below 100 would otherwise be read as 19xx
    return d;
  }

  function isoDay(d) {
    var y = String(d.getFullYear()).padStart(4, "0");
    return y + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  // What selects the events, dates aside: a change means new items; a date change, a new window.
  function keyOf(search) {
    var params = new URLSearchParams(search);
    ["from", "to", "offset", "zoom"].forEach(function (k) { params.delete(k); });
    params.sort();
    return params.toString();
  }

  function windowDays() {
    var w = timeline.getWindow();
    return [isoDay(w.start), isoDay(new Date(w.end.getTime() - 1))];
  }

  function laneId(name) { return name === "" ? "__other" : "lane:" + name; }

  function toItems(data) {
    var out = [];
    data.items.forEach(function (it) {
      var lanes = data.lanes ? it.lanes : [null];
      lanes.forEach(function (lane) {
        var summary = it.summary.length > 48 ? it.summary.slice(0, 46) + "…" : it.summary;
        var item = {
          id: it.event + (lane === null ? "" : "@" + lane), event: it.event, type: it.type,
          start: localDay(it.start), content: escapeHtml(summary),
          title: escapeHtml(it.value + ": " + it.summary),
          className: "axis-" + (it.type === "point" ? "point" : "span") + " granularity-" + it.granularity +
                     " status-" + it.status + " axis-e" + it.event
        };
        if (it.type === "range") item.end = localDay(it.end);
        if (lane !== null) item.group = laneId(lane);
        out.push(item);
      });
    });
    return out;
  }

  function showData(data, search) {
    truncated = data.truncated;
    section.querySelector(".axis-truncated").hidden = !truncated;
    items.clear();
    items.add(toItems(data));
    if (data.lanes) {
      groups.clear();
      groups.add(data.lanes.map(function (name, i) {
        return {id: laneId(name), content: escapeHtml(name === "" ? section.dataset.other : name), order: i};
      }));
      timeline.setGroups(groups);
    } else {
      timeline.setGroups(null);
    }
    filterKey = keyOf(search);
  }

  function showWindow(data) {
    var w = data.window;
    if (w.start || w.end) {
      var all = items.get();
      var start = w.start ? localDay(w.start) : new Date(Math.min.apply(null, all.map(function (i) { return i.start; })));
      var end = w.end ? localDay(w.end) : new Date(Math.max.apply(null, all.map(function (i) { return i.end || i.start; })) + DAY);
      var days = [isoDay(start), isoDay(new Date(end.getTime() - 1))];
      section.dataset.window = days.join("/");
      if (syncedDays && days[0] === syncedDays[0] && days[1] === syncedDays[1]) return;  // the axis's own window
      syncedDays = days;
      timeline.setWindow(start, end, {animation: false});
    } else {
      syncedDays = null;
      delete section.dataset.window;
      timeline.fit({animation: false});
    }
  }

  // Read the URL's filter: new items when the filter changed (or only part of it is drawn), the window always.
  function refresh(search) {
    // a link that leaves lanes out (a histogram bar, a chip) means no lanes: the control says so too
    var lanes = document.getElementById("lanes");
    if (lanes) lanes.value = new URLSearchParams(search).get("lanes") || "";
    var needItems = keyOf(search) !== filterKey || truncated;
    fetch(section.dataset.src + search, {headers: {Accept: "application/json"}}).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) {
      if (needItems) showData(data, search);
      showWindow(data);
      section.dataset.ready = "true";  // for tests and styles: the axis shows the URL's state
      openPending();
    }).catch(function () { /* the list remains: the axis is an extra */ });
  }

  // The axis window as the list's date range, through the filter form (debounced: one request per gesture)
  function scheduleSync() {
    clearTimeout(syncTimer);
    syncTimer = setTimeout(function () {
      var days = windowDays();
      if (syncedDays && days[0] === syncedDays[0] && days[1] === syncedDays[1]) return;
      syncedDays = days;
      submitDates(days[0], days[1]);
    }, 400);
  }

  function submitDates(from, to) {
    var f = document.getElementById("from"), t = document.getElementById("to");
    if (!f || !t) return;
    f.value = from; t.value = to;
    section.dataset.ready = "false";
    htmx.trigger(document.getElementById("filters"), "submit");
  }

  function openCard(eventId) {
    var card = document.getElementById("e" + eventId);
    if (!card) return false;
    card.scrollIntoView({block: "start"});
    var evidence = document.getElementById("e" + eventId + "-evidence");
    var sources = card.querySelector("a.sources");
    if (sources && evidence && !evidence.hasChildNodes()) sources.click();
    if (sources) sources.focus({preventScroll: true});
    return true;
  }

  function openPending() {
    if (pendingEvent !== null && openCard(pendingEvent)) pendingEvent = null;
  }

  // A chosen item: its card, with its evidence open; a card not in the list (another page, or
  // outside the window) is brought in by narrowing the dates to the item's own.
  function select(props) {
    if (!props.items.length) return;
    var item = items.get(props.items[0]);
    if (!item || openCard(item.event)) return;
    pendingEvent = item.event;
    var last = item.end ? new Date(item.end.getTime() - 1) : item.start;
    syncedDays = null;
    submitDates(isoDay(item.start), isoDay(last));
  }

  function onKey(e) {
    if (!timeline || e.altKey || e.metaKey || e.ctrlKey) return;
    var w = timeline.getWindow(), span = w.end - w.start;
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      var shift = (e.key === "ArrowLeft" ? -0.2 : 0.2) * span;
      timeline.setWindow(new Date(w.start.getTime() + shift), new Date(w.end.getTime() + shift), {animation: false});
    } else if (e.key === "+" || e.key === "=") {
      timeline.zoomIn(0.5, {animation: false});
    } else if (e.key === "-" || e.key === "_") {
      timeline.zoomOut(0.5, {animation: false});
    } else {
      return;
    }
    e.preventDefault();
    scheduleSync();
  }

  function labels(lang, months) {
    if (lang === "en") return {locale: "en"};
    // vis carries no Indonesian: month names from the page's labels
    function m(date) { return months[date.month ? date.month() : new Date(date).getMonth()]; }
    function y(date) { return date.year ? date.year() : new Date(date).getFullYear(); }
    function d(date) { return date.date ? date.date() : new Date(date).getDate(); }
    return {
      locale: "en",
      format: {
        minorLabels: function (date, scale) {
          if (scale === "month") return m(date);
          if (scale === "year") return String(y(date));
          if (scale === "day" || scale === "weekday") return String(d(date));
          return undefined;
        },
        majorLabels: function (date, scale) {
          if (scale === "day" || scale === "weekday") return m(date) + " " + y(date);
          if (scale === "month") return String(y(date));
          return "";
        }
      }
    };
  }

  function init() {
    section = document.getElementById("axis");
    if (!section || typeof vis === "undefined" || !window.htmx) return;
    var view = section.querySelector(".axis-view");
    if (timeline) { timeline.destroy(); timeline = null; }
    items = new vis.DataSet(); groups = new vis.DataSet();
    filterKey = null; syncedDays = null; truncated = false;
    section.hidden = false;
    var options = {
      stack: true, selectable: true, showCurrentTime: false,
      zoomKey: "ctrlKey", horizontalScroll: true, zoomMin: DAY * 3, zoomMax: DAY * 366 * 200,
      orientation: {axis: "bottom", item: "bottom"}, margin: {item: {horizontal: 2, vertical: 4}},
      tooltip: {followMouse: true, overflowMethod: "cap"},
      cluster: {maxItems: 3, showStipes: true, fitOnDoubleClick: true,
                titleTemplate: section.dataset.cluster}
    };
    if (window.matchMedia("(max-width: 720px)").matches) {
      // a phone pans and zooms by touch, not wheel: the axis may scroll within, and leaves the first card
      // on the first screen (tests/e2e/test_reading.py)
      options.maxHeight = 150; options.verticalScroll = true;
    }
    var local = labels(section.dataset.lang, (section.dataset.months || "").split(" "));
    Object.keys(local).forEach(function (k) { options[k] = local[k]; });
    timeline = new vis.Timeline(view, items, options);
    // on a phone the axis stands in for the histogram, so the first card stays on the first screen
    document.documentElement.classList.add("has-axis");
    timeline.on("rangechanged", function (props) { if (props.byUser) scheduleSync(); });
    timeline.on("select", select);
    // a cluster opened by double click fits the axis to it (animated, so not "by user"): follow once it has
    timeline.on("doubleClick", function (props) { if (props.what === "item") fitTimer = setTimeout(scheduleSync, 600); });
    view.addEventListener("keydown", onKey);
    refresh(window.location.search);
  }

  // The lane control sits outside #results: its change submits the filters like the rest.
  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "lanes") htmx.trigger(document.getElementById("filters"), "submit");
  });

  document.addEventListener("htmx:afterSettle", function (e) {
    if (!section || !e.detail.target || e.detail.target.id !== "results") return;
    var url = new URL(e.detail.xhr && e.detail.xhr.responseURL || window.location.href);
    refresh(url.search);
  });

  // htmx keeps a copy of the page for "back": not of vis's drawing, whose handlers a copy would lack.
  document.addEventListener("htmx:beforeHistorySave", function () {
    var view = section && section.querySelector(".axis-view");
    if (!view) return;
    var drawn = Array.from(view.childNodes);
    drawn.forEach(function (n) { view.removeChild(n); });
    section.dataset.ready = "false";
    queueMicrotask(function () { drawn.forEach(function (n) { view.appendChild(n); }); });
  });

  // back and forward: a new copy of the page, whose axis is drawn again for its URL
  document.addEventListener("htmx:historyRestore", function () { init(); });

  // leaving the page (a link, a typed URL): a sync still waiting would push its URL over the new page's
  window.addEventListener("beforeunload", function () { clearTimeout(syncTimer); clearTimeout(fitTimer); });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
