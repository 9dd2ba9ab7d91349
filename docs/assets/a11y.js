// Names the theme's search dialog for assistive technology (mkdocs-material's dialog has
// no accessible name; search needs JavaScript anyway, so naming it here loses nothing).
(function () {
  function name() {
    document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (dialog) {
      var input = dialog.querySelector("input[aria-label]");
      dialog.setAttribute("aria-label", input ? input.getAttribute("aria-label") : "Search");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", name);
  else name();
})();

// The tooltip of every highlight: a marked date's calendar reading, an entity's summary
// (their `title`), shown on hover and on keyboard focus, named as the element's
// description (aria-describedby), over HTTP and from file:// alike. The theme's own
// tooltips (mkdocs-material's `content.tooltips`) are off: they put a title into the page
// as HTML (innerHTML), so a summary or a source's title holding markup would run as
// markup. Here a title is text: plain DOM, textContent, no request. While it shows, the
// element's native title is held in data-title (restored when it goes), so the browser
// does not draw a second tooltip over this one.
(function () {
  var SELECTOR = ".md-typeset time[title], .md-typeset a.entity[title], .md-typeset time[data-title], .md-typeset a.entity[data-title]";
  var tip = null, owner = null, timer = null;
  function hide() {
    clearTimeout(timer);
    if (owner) {
      if (owner.getAttribute("aria-describedby") === "dossier-tip") owner.removeAttribute("aria-describedby");
      if (owner.hasAttribute("data-title")) {
        owner.setAttribute("title", owner.getAttribute("data-title"));
        owner.removeAttribute("data-title");
      }
    }
    if (tip) tip.hidden = true;
    owner = null;
  }
  function show(el) {
    if (owner === el) return;
    hide();
    var text = el.getAttribute("title");
    if (!text) return;
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "dossier-tip";
      tip.className = "dossier-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = text;
    tip.hidden = false;
    el.setAttribute("data-title", text);
    el.removeAttribute("title");
    var box = el.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    el.setAttribute("aria-describedby", "dossier-tip");
    owner = el;
  }
  function target(event) {
    var el = event.target;
    return el instanceof Element ? el.closest(SELECTOR) : null;
  }
  function later(el, ms) {
    clearTimeout(timer);
    timer = setTimeout(function () { show(el); }, ms);
  }
  document.addEventListener("mouseover", function (event) {
    var el = target(event);
    if (el) later(el, 150);
  });
  document.addEventListener("mouseout", function (event) {
    var el = target(event);
    if (el && !(event.relatedTarget instanceof Node && el.contains(event.relatedTarget)) && document.activeElement !== el) {
      if (el === owner) hide(); else clearTimeout(timer);
    }
  });
  document.addEventListener("focusin", function (event) {
    var el = target(event);
    if (el) later(el, 100);
  });
  document.addEventListener("focusout", function (event) { if (event.target === owner) hide(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
})();
