/* dossier-search-fold: accent folding for the theme's search worker (builder/present/folding.py).
 *
 * Put before mkdocs-material's search worker in the built site. "Sao Paulo" finds
 * "São Paulo" and "Zurich" "Zürich": every token lunr indexes or looks up is folded
 * before its pipeline (lunr.Pipeline#run, used for the index and for query terms), and
 * each query the page sends (message type 2) is folded as it comes in, so the theme's
 * wildcard terms (which skip the pipeline) and its list of missing words agree with the
 * index. The rule is folding.fold's: compatibility decomposition, combining marks dropped
 * after a Latin, Greek or Cyrillic letter only, composed again, then the letters without
 * a decomposition (LETTERS). Texts shown are never folded.
 */
(function () {
  "use strict";
  var MARKS = /([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{M}+/gu;
  var LETTERS = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH",
    "ı": "i", "ħ": "h", "Ħ": "H"
  };
  var OTHER = /[ßẞæÆœŒøØđĐðÐłŁþÞıħĦ]/g;
  var ASCII = /^[\x00-\x7f]*$/;

  function fold(text) {
    if (ASCII.test(text)) return text;
    return text.normalize("NFKD").replace(MARKS, "$1").normalize("NFC")
      .replace(OTHER, function (c) { return LETTERS[c]; });
  }
  self.dossierFold = fold;

  var patched = false;
  function patch() {
    var lunr = self.lunr;
    if (patched || !lunr || !lunr.Pipeline) return;
    patched = true;
    var run = lunr.Pipeline.prototype.run;
    lunr.Pipeline.prototype.run = function (tokens) {
      for (var i = 0; i < tokens.length; i++) tokens[i].update(fold);
      return run.call(this, tokens);
    };
  }

  /* The theme registers one message listener: it is handed folded queries, and lunr is
   * patched before the first message (the one that builds the index). */
  var add = self.addEventListener;
  self.addEventListener = function (type, listener, options) {
    if (type !== "message" || typeof listener !== "function") return add.call(this, type, listener, options);
    return add.call(this, type, function (event) {
      patch();
      var message = event.data;
      if (message && message.type === 2 && typeof message.data === "string")
        return listener.call(this, { data: { type: 2, data: fold(message.data) } });
      return listener.call(this, event);
    }, options);
  };
})();
