/* Upgrades each build-time SVG chart to a live Vega view (tooltips, fit to width) as it scrolls into view, and
   redraws it when the reader switches light/dark. Vega is fetched only when a chart is about to be seen. */
(function () {
  "use strict";
  var VEGA_URL = new URL("../vendor/vega/vega.min.js", document.currentScript.src).href;
  var vegaLoading = null;
  var specs = {};
  var views = [];

  function loadVega() {
    if (window.vega) return Promise.resolve(window.vega);
    if (!vegaLoading) {
      vegaLoading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = VEGA_URL;
        script.async = true;
        script.onload = function () { resolve(window.vega); };
        script.onerror = function () { vegaLoading = null; reject(new Error("could not load " + VEGA_URL)); };
        document.head.appendChild(script);
      });
    }
    return vegaLoading;
  }

  function scheme() {
    return document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "light";
  }

  function fetchSpec(url) {
    if (!specs[url]) {
      specs[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": HTTP " + response.status);
        return response.json();
      });
    }
    return specs[url];
  }

  var tooltip = null;
  function showTooltip(handler, event, item, value) {
    if (!tooltip) {
      tooltip = document.createElement("div");
      tooltip.className = "ctg-tooltip";
      tooltip.setAttribute("role", "status");
      document.body.appendChild(tooltip);
    }
    if (value == null || value === "") { tooltip.hidden = true; return; }
    tooltip.textContent = "";
    var entries = typeof value === "object" ? Object.entries(value) : [["", value]];
    entries.forEach(function (entry) {
      var row = document.createElement("div");
      if (entry[0]) {
        var key = document.createElement("span");
        key.className = "ctg-tooltip__key";
        key.textContent = entry[0] + ": ";
        row.appendChild(key);
      }
      row.appendChild(document.createTextNode(String(entry[1])));
      tooltip.appendChild(row);
    });
    tooltip.hidden = false;
    var x = event.clientX + 14, y = event.clientY + 14;
    var box = tooltip.getBoundingClientRect();
    if (x + box.width > window.innerWidth - 8) x = Math.max(8, event.clientX - box.width - 14);
    if (y + box.height > window.innerHeight - 8) y = Math.max(8, event.clientY - box.height - 14);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  // Keyboard readers: a live chart takes focus, and the arrow keys step through its data points, showing each one's
  // tooltip beside it (the same text a pointer or a tap shows). Escape or leaving the chart hides it.
  function tooltipItems(view) {
    var found = [];
    (function walk(node) {
      (node && node.items || []).forEach(function (child) {
        if (child.tooltip != null && child.tooltip !== "" && child._svg) found.push(child);
        walk(child);
      });
    })(view.scenegraph().root);
    return found;
  }

  function keyboardTooltips(view, holder) {
    var index = -1;
    holder.setAttribute("tabindex", "0");
    holder.setAttribute("aria-keyshortcuts", "ArrowRight ArrowLeft Escape");
    holder.onkeydown = function (event) {
      var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (event.key === "Escape") { if (tooltip) tooltip.hidden = true; return; }
      if (!step) return;
      var items = tooltipItems(view);
      if (!items.length) return;
      event.preventDefault();  // the arrows move through the chart, not the page
      index = (index + step + items.length) % items.length;
      var item = items[index], box = item._svg.getBoundingClientRect();
      showTooltip(null, { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }, item, item.tooltip);
    };
    holder.onblur = function () { if (tooltip) tooltip.hidden = true; };
  }

  // Multi-panel charts have fixed panel widths (only single views can follow the container). Shown shrunk to a
  // phone's width, their text would fall below a legible size, so narrow the panels instead until the chart fits.
  var PANEL_WIDTH = /^(width|child_width|childWidth|concat_\d+_width)$/;
  var MIN_PANEL = 90;
  function fitPanels(view, spec, holder) {
    if (spec.autosize && /fit/.test(spec.autosize.type || spec.autosize)) return Promise.resolve();  // follows its container already
    var names = (spec.signals || []).filter(function (s) { return PANEL_WIDTH.test(s.name) && typeof s.value === "number"; })
      .map(function (s) { return s.name; });
    if (typeof spec.width === "number") names.push("width");
    if (!names.length) return Promise.resolve();
    function drawn() { var svg = holder.querySelector("svg"); return svg ? parseFloat(svg.getAttribute("width")) : 0; }
    var rate = 1;  // drawn pixels lost per pixel taken off each panel (panels side by side lose several)
    function step(tries) {
      var before = drawn(), excess = before - holder.clientWidth;
      if (excess <= 0.5 || tries === 0) return Promise.resolve();
      var cut = Math.ceil(excess / rate) + 1, changed = false;
      names.forEach(function (name) {
        var width = view.signal(name), next = Math.max(MIN_PANEL, width - cut);
        if (next < width) { view.signal(name, next); changed = true; }
      });
      if (!changed) return Promise.resolve();
      return view.runAsync().then(function () {
        rate = Math.max(1, Math.round((before - drawn()) / cut));
        return step(tries - 1);
      });
    }
    return step(5);
  }

  var renders = 0;

  function render(figure) {
    var mode = scheme();
    var url = figure.getAttribute(mode === "dark" ? "data-spec-dark" : "data-spec-light");
    var holder = figure.querySelector(".ctg-chart__live");
    var ticket = ++renders;
    figure.setAttribute("data-render-ticket", ticket);
    return Promise.all([loadVega(), fetchSpec(url)]).then(function (loaded) {
      // A newer render of this figure started while this one waited (e.g. the scheme changed): let it win.
      if (figure.getAttribute("data-render-ticket") !== String(ticket)) return;
      var vega = loaded[0];
      var previous = views.find(function (v) { return v.figure === figure; });
      if (previous) { previous.view.finalize(); views.splice(views.indexOf(previous), 1); }
      holder.textContent = "";
      // Multi-panel specs size themselves once by default; fitPanels below needs them to re-measure as panels narrow.
      if (!loaded[1].autosize) loaded[1].autosize = { type: "pad", resize: true };
      var view = new vega.View(vega.parse(loaded[1]), { renderer: "svg", container: holder, hover: true });
      view.tooltip(showTooltip);
      // Touch screens send no pointer movement: a tap on a mark shows its tooltip, a tap elsewhere hides it.
      view.addEventListener("click", function (event, item) {
        if (item && item.tooltip != null) showTooltip(null, event, item, item.tooltip);
        else if (tooltip) tooltip.hidden = true;
      });
      keyboardTooltips(view, holder);
      views.push({ figure: figure, view: view });
      return view.runAsync().then(function () {
        return fitPanels(view, loaded[1], holder);
      }).then(function () {
        figure.classList.add("ctg-chart--live");
        figure.setAttribute("data-live-scheme", mode);
        // The reader switched light/dark while this first render was loading: the observer below skipped the
        // figure (it was not live yet), so redraw it in the scheme now shown.
        if (scheme() !== mode) return render(figure);
      });
    }).catch(function (error) {
      // The static SVG stays visible: the chart still reads without the live view.
      figure.classList.remove("ctg-chart--live");
      console.warn("Chart " + figure.id + " stays static:", error.message);
    });
  }

  // Vega (about 300 KB) waits until the reader does something (moves the pointer, touches, scrolls, presses a key):
  // until then the static SVG is the whole chart, and a page that is only read, printed or measured never pays for
  // it (on the timeline page it was a 340 ms task during load, Lighthouse mobile).
  var ENGAGE = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "scroll"];
  var engaged = false, waiting = [];
  function engage() {
    if (engaged) return;
    engaged = true;
    ENGAGE.forEach(function (type) { window.removeEventListener(type, engage, true); });
    waiting.splice(0).forEach(function (figure) { if (document.contains(figure)) render(figure); });
  }
  ENGAGE.forEach(function (type) { window.addEventListener(type, engage, { capture: true, passive: true }); });

  var observer = null;

  function setUp() {
    views.forEach(function (v) { v.view.finalize(); });
    views = [];
    if (observer) observer.disconnect();
    if (tooltip) tooltip.hidden = true;
    var figures = document.querySelectorAll("figure.ctg-chart");
    if (!figures.length) return;
    // Spec paths are relative to the page that holds the figure: fix them now, while the address is that page's
    // (a render can start after the reader has followed a link, and the spec cache must not mix pages' depths).
    figures.forEach(function (figure) {
      ["data-spec-light", "data-spec-dark"].forEach(function (name) {
        figure.setAttribute(name, new URL(figure.getAttribute(name), location.href).href);
      });
    });
    // Upgrade a chart only as it nears the viewport and once the reader is engaged (above): Vega is parsed only
    // when a reader will see a chart, and never competes with first paint.
    observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        if (engaged) render(entry.target);
        else waiting.push(entry.target);
      });
    }, { rootMargin: "300px 0px" });
    figures.forEach(function (figure) { observer.observe(figure); });
  }

  new MutationObserver(function () {
    document.querySelectorAll("figure.ctg-chart--live").forEach(function (figure) {
      if (figure.getAttribute("data-live-scheme") !== scheme()) render(figure);
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });

  // Material wraps wide Markdown tables in a scrolling box; one that scrolls must be reachable by keyboard.
  function focusableScrollers() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box, index) {
      if (box.scrollWidth > box.clientWidth && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Table " + (index + 1) + " (scrolls sideways)");  // landmarks need unique names
      }
    });
  }

  // "Cite" forms are plain <pre> text without JavaScript; with it, each gets a copy button.
  function copyButtons() {
    document.querySelectorAll(".ctg-cite__form").forEach(function (form) {
      if (form.querySelector("button") || !navigator.clipboard) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ctg-cite__copy md-button";
      var label = form.querySelector(".ctg-cite__label").textContent;
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy the " + label + " citation");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(form.querySelector("pre").textContent).then(function () {
          button.textContent = "Copied";
        }, function () {
          button.textContent = "Select the text to copy";
        });
        setTimeout(function () { button.textContent = "Copy"; }, 2500);
      });
      form.querySelector(".ctg-cite__label").appendChild(button);
    });
  }

  // Scroll boxes and copy buttons wait for an idle moment: measuring the scroll boxes forces a layout, and doing
  // it inside the start-up task made that task longer (Lighthouse: total blocking time).
  var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1); };
  function pageSetUp() { setUp(); idle(function () { focusableScrollers(); copyButtons(); }, { timeout: 2000 }); }
  if (window.document$) window.document$.subscribe(pageSetUp);  // Material: runs on first load and each instant navigation
  else pageSetUp();
})();
