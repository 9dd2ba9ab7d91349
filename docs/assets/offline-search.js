/* The offline bundle's search: the theme's search worker replaced by one that reads the
 * index in chunks.
 *
 * From file:// the theme cannot fetch search/search_index.json, so mkdocs-material's
 * offline plugin inlines the whole index into search/search_index.js, which its worker
 * loads and indexes at the first search: at ten thousand sources, some 40 MB before the
 * first result. The builder's `dossier-offline-search` plugin writes the index instead as
 * many small scripts (search/offline/) and leaves search_index.js holding the
 * configuration only; this script, listed in extra.polyfills after the iframe-worker shim
 * (so that it runs before the theme and sees the shim's Worker), makes the theme start
 * offline-search-worker.js, next to this file, where it would start its own worker. The
 * theme's search box, results and keyboard work as they do; only the worker differs.
 * Hosted sites (mkdocs.yml, without the plugin) keep the theme's own worker.
 */
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  var Base = window.Worker;
  if (!here || !Base) return;
  var WORKER = new URL("offline-search-worker.js", here).href;
  var THEME = /\/workers\/search\.[0-9a-f]+\.min\.js(\?.*)?$/;

  function Worker(url, options) {
    return new Base(THEME.test(String(url)) ? WORKER : url, options);
  }
  Worker.prototype = Base.prototype;
  window.Worker = Worker;
})();
