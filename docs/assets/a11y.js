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

// A date reached with the keyboard shows its calendar reading (its title) in a tooltip it
// names as its description. Over HTTP the theme's own tooltip does this; opened from
// file:// the theme's tooltips never mount (its scripts stop on the missing search
// index), and a native title shows on hover only. So when a focused date has no tooltip
// of the theme's a moment later, this one shows: plain DOM, no request, text as text.
(function () {
  var tip = null, owner = null;
  function hide() {
    if (owner && owner.getAttribute("aria-describedby") === "dossier-tip") owner.removeAttribute("aria-describedby");
    if (tip) tip.hidden = true;
    owner = null;
  }
  function show(el) {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "dossier-tip";
      tip.className = "dossier-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = el.getAttribute("title");
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    el.setAttribute("aria-describedby", "dossier-tip");
    owner = el;
  }
  document.addEventListener("focusin", function (event) {
    var el = event.target;
    if (!(el instanceof Element) || !el.matches("time[title]")) return;
    setTimeout(function () {
      if (document.activeElement === el && !el.hasAttribute("aria-describedby")) show(el);
    }, 200);
  });
  document.addEventListener("focusout", function (event) { if (event.target === owner) hide(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
})();
