/* The offline bundle's search index, loaded only when the reader opens search.
 *
 * From file:// the theme cannot fetch search/search_index.json, so it loads
 * search/search_index.js (the whole index, inlined as a script by the offline plugin) as
 * soon as any page opens: at a thousand sources that is megabytes parsed, and an index
 * built, on every page opened. This script, loaded before the theme's (extra.polyfills),
 * holds that one script element back until the reader first focuses the search box
 * (a click, or the keyboard shortcut, which focuses it), then lets it load. The theme
 * waits for the script's load event, so its search simply starts then. Nothing else
 * changes; hosted sites (http) fetch the JSON and never use this path.
 */
(function () {
  "use strict";
  var INDEX = /(^|\/)search\/search_index\.js(\?.*)?$/;
  var held = null;
  var released = false;
  var append = Node.prototype.appendChild;

  function release() {
    released = true;
    if (held) {
      var node = held;
      held = null;
      append.call(node.parent, node.script);
    }
  }

  Node.prototype.appendChild = function (child) {
    if (!released && child && child.tagName === "SCRIPT" && INDEX.test(child.getAttribute("src") || "")) {
      held = { parent: this, script: child };
      return child;
    }
    return append.call(this, child);
  };

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (!released && target && target.matches && target.matches("input.md-search__input, [data-md-component=search-query]")) {
      release();
    }
  }, true);
})();
