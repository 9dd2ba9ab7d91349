/* The offline bundle's search worker: the theme's search, over an index in chunks.
 *
 * offline-search.js starts this script where the theme would start its own worker
 * (from file://, inside the iframe that the iframe-worker shim makes a worker of). It
 * speaks the theme's worker protocol (SETUP -> READY, QUERY -> RESULT; see
 * mkdocs-material's integrations/search/worker) and reads the files the builder's
 * `dossier-offline-search` plugin writes under search/offline/ (builder/present/
 * offline_search.py says what they hold and how terms and weights are made):
 *
 *   meta.js     loaded at SETUP (when search is first opened): entries' pages, anchors,
 *               titles, the shard keys, where each chunk of texts starts;
 *   t/<key>.js  the terms starting with <key>, each with its entries and weights, as
 *               [term, postings] pairs (kept in a Map: a term such as "constructor"
 *               or "__proto__" is a term like any other, never an object's property);
 *               a query loads only the shards of its words;
 *   d/<n>.js    entries' texts, loaded for the results shown with a teaser.
 *
 * A query's words are cut into terms as the index's texts were: split at the separator,
 * then each piece into its words (meta.term: letters, digits and marks joined by an
 * apostrophe, `_`, or `.`/`,` between digits), lower-cased.
 * A query is read as the theme reads it: words match as prefixes (the theme adds `*`),
 * "quoted words" and +word must all be present (whole words), -word must not; results
 * are ranked as lunr ranks them (the sum of the matched terms' weights), boosted as the
 * theme boosts them, grouped by page. Every string shown is escaped here: the files hold
 * plain text only, and this is the one place that makes HTML of it.
 */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var TEASERS = 25;            /* pages whose results get their text (the rest: titles) */
  /* a word of a piece between separators (offline_search.TERM; meta.js holds the index's own) */
  var TERM = "[\\p{L}\\p{N}\\p{M}]+(?:(?:['\\u2019_]|(?<=\\p{N})[.,](?=\\p{N}))[\\p{L}\\p{N}\\p{M}]+)*";

  /* accent folding, as folding.fold folds the index's terms: "sao" finds "São" */
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

  var inFrame = typeof document !== "undefined";
  var script = inFrame ? document.querySelector("script[src]") : null;
  var base = new URL("../search/offline/", script ? script.src : self.location.href);

  var meta = null;
  var shards = Object.create(null);
  var chunks = Object.create(null);
  var loading = Object.create(null);
  var splitAll = /[\s\-]+/gu;
  var word = new RegExp(TERM, "gu");
  var stop = Object.create(null);
  var latest = 0;
  var queue = Promise.resolve();

  self.__dossierSearch = {
    meta: function (data) { meta = data; },
    terms: function (key, data) { shards[key] = new Map(data); },
    docs: function (n, data) { chunks[n] = data; }
  };

  /* One script, loaded once (the iframe shim's importScripts never settles on a missing
   * file, so inside the iframe a script element is used, which reports errors). */
  function load(path) {
    var url = new URL(path, base).href;
    if (!loading[url])
      loading[url] = new Promise(function (resolve, reject) {
        if (inFrame) {
          var el = document.createElement("script");
          el.src = url;
          el.onload = function () { resolve(); };
          el.onerror = function () { reject(new Error("cannot load " + url)); };
          document.body.appendChild(el);
        } else {
          importScripts(url);
          resolve();
        }
      });
    return loading[url];
  }

  function fileName(key) {
    var out = [];
    for (var c of key) out.push(c.codePointAt(0).toString(16));
    return out.join("-");
  }

  /* The words of `text` as [start, end] pairs: the pieces between separators, each cut
   * into its words (the index side: offline_search.terms). */
  function words(text) {
    var out = [], pieces = [], at = 0, m;
    splitAll.lastIndex = 0;
    while ((m = splitAll.exec(text)) !== null) {
      if (m[0].length === 0) { splitAll.lastIndex++; continue; }
      pieces.push([at, m.index]);
      at = m.index + m[0].length;
    }
    pieces.push([at, text.length]);
    for (var i = 0; i < pieces.length; i++) {
      var start = pieces[i][0], piece = text.slice(start, pieces[i][1]);
      word.lastIndex = 0;
      while ((m = word.exec(piece)) !== null) out.push([start + m.index, start + m.index + m[0].length]);
    }
    return out;
  }

  /* The query's clauses: {term, presence: 0 optional (prefix) | 1 required | 2 prohibited}. */
  function clauses(query) {
    var out = [];
    var parts = query.trim().split(/"([^"]+)"/g);
    for (var i = 0; i < parts.length; i++) {
      var tokens = parts[i].split(/\s+/);
      for (var j = 0; j < tokens.length; j++) {
        var token = tokens[j], presence = i & 1 ? 1 : 0;
        if (!(i & 1)) {
          if (token.charAt(0) === "+") { presence = 1; token = token.slice(1); }
          else if (token.charAt(0) === "-") { presence = 2; token = token.slice(1); }
        }
        token = token.replace(/^(title|text|tags):/, "").replace(/[*]/g, "").replace(/[~^]\d*$/, "");
        var spans = words(token);
        for (var k = 0; k < spans.length; k++)
          out.push({ term: fold(token.slice(spans[k][0], spans[k][1]).toLowerCase()), presence: presence });
      }
    }
    return out;
  }

  function prefix(clause) {
    return clause.presence === 0 && Array.from(clause.term).length > 1;
  }

  /* The shard keys a clause needs: a prefix needs every shard under it and the ones it
   * lies in; a whole word, the shards it lies in. */
  function keysFor(clause) {
    var term = clause.term, out = [];
    for (var i = 0; i < meta.keys.length; i++) {
      var key = meta.keys[i];
      if (term.startsWith(key) || (prefix(clause) && key.startsWith(term))) out.push(key);
    }
    return out;
  }

  /* The [term, postings] pairs of the shards `keys` that `clause` matches. */
  function expand(clause, keys) {
    var out = [];
    for (var i = 0; i < keys.length; i++) {
      var shard = shards[keys[i]];
      if (!shard) continue;
      if (!prefix(clause)) {
        if (shard.has(clause.term)) out.push([clause.term, shard.get(clause.term)]);
        continue;
      }
      shard.forEach(function (postings, term) {
        if (term.startsWith(clause.term)) out.push([term, postings]);
      });
    }
    return out;
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  /* `text` as HTML with the words whose term is in `marked` wrapped in <mark>; returns
   * [html, found]. `probes` (the query's words) make a text holding none of them quick. */
  function highlight(text, marked, probes) {
    var lower = fold(text.toLowerCase());
    if (!probes.some(function (p) { return lower.indexOf(p) >= 0; })) return [escapeHTML(text), false];
    var out = "", found = false, last = 0, spans = words(text);
    for (var i = 0; i < spans.length; i++) {
      var s = spans[i][0], e = spans[i][1];
      if (marked[fold(text.slice(s, e).toLowerCase())]) {
        out += escapeHTML(text.slice(last, s)) + "<mark>" + escapeHTML(text.slice(s, e)) + "</mark>";
        last = e;
        found = true;
      }
    }
    return [out + escapeHTML(text.slice(last)), found];
  }

  function teaser(blocks, marked, probes) {
    var shown = [];
    for (var i = 0; i < blocks.length && shown.length < 2; i++) {
      var h = highlight(blocks[i], marked, probes);
      if (h[1]) shown.push("<p>" + h[0] + "</p>");
    }
    if (!shown.length && blocks.length) shown.push("<p>" + escapeHTML(blocks[0]) + "</p>");
    return shown.join(" ");
  }

  function chunkOf(n) {
    var lo = 0, hi = meta.chunks.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.chunks[mid] <= n) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function location(n) {
    return meta.pages[meta.page[n]] + meta.anchor[n];
  }

  /* The results of `query`; `send` shows results early (before the teasers' texts are
   * loaded), `current` says whether no newer query waits. */
  async function search(query, send, current) {
    var parsed = clauses(query);
    if (!parsed.length) return { items: [] };
    var needed = Object.create(null);
    var keysOf = parsed.map(function (c) {
      var keys = keysFor(c);
      keys.forEach(function (k) { needed[k] = true; });
      return keys;
    });
    await Promise.all(Object.keys(needed).map(function (k) { return load("t/" + fileName(k) + ".js"); }));

    var count = meta.page.length;
    var score = new Float64Array(count), mask = new Uint32Array(count), hit = new Uint8Array(count);
    var banned = new Uint8Array(count);
    var touched = [], marked = Object.create(null), vector = Object.create(null);
    var required = 0, scored = parsed.filter(function (c) { return c.presence !== 2; }).slice(0, 32);
    for (var i = 0; i < parsed.length; i++) {
      var clause = parsed[i], terms = expand(clause, keysOf[i]);
      var bit = scored.indexOf(clause);
      if (clause.presence === 1) {
        required |= 1 << bit;
        if (!terms.length) return { items: [] };
      }
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t][0], postings = terms[t][1];
        if (clause.presence !== 2) {
          vector[term] = (vector[term] || 0) + 1;
          marked[term] = true;
        }
        for (var p = 0, n = 0; p < postings.length; p += 2) {
          n += postings[p];
          if (clause.presence === 2) { banned[n] = 1; continue; }
          if (!hit[n]) { hit[n] = 1; touched.push(n); }
          score[n] += postings[p + 1];
          if (bit >= 0) mask[n] |= 1 << bit;
        }
      }
    }
    /* lunr's cosine: the dot product over the query vector's length */
    var length = 0;
    for (var v in vector) length += vector[v] * vector[v];
    length = Math.sqrt(length) || 1;

    var missing = scored.filter(function (c) { return !(c.term in stop); });
    var items = [];
    for (var j = 0; j < touched.length; j++) {
      var d = touched[j];
      if (banned[d] || (mask[d] & required) !== required) continue;
      var terms_ = Object.create(null), found = 0;
      for (var b = 0; b < scored.length; b++)
        if (mask[d] & (1 << b)) { terms_[scored[b].term] = true; }
      for (var c2 = 0; c2 < missing.length; c2++)
        if (!(missing[c2].term in terms_)) terms_[missing[c2].term] = false;
      var keys = Object.keys(terms_);
      for (var k2 = 0; k2 < keys.length; k2++) if (terms_[keys[k2]]) found++;
      var article = d === 0 || meta.page[d - 1] !== meta.page[d];
      var boost = (article ? 1 : 0) + (keys.length ? found / keys.length : 0);
      items.push({ n: d, score: score[d] / length * (1 + boost * boost), terms: terms_ });
    }
    items.sort(function (x, y) { return y.score - x.score || x.n - y.n; });

    /* grouped by page, each group with its page's first entry (the article) */
    var groups = new Map();
    for (var g = 0; g < items.length; g++) {
      var page = meta.page[items[g].n];
      if (!groups.has(page)) groups.set(page, []);
      groups.get(page).push(items[g]);
    }
    var first = firstEntries();
    var out = [], wanted = Object.create(null), rank = 0;
    groups.forEach(function (group, page) {
      var head = first[page];
      if (!group.some(function (it) { return it.n === head; }))
        group.push({ n: head, score: 0, terms: Object.create(null) });
      if (rank++ < TEASERS) group.forEach(function (it) { it.teaser = true; wanted[chunkOf(it.n)] = true; });
      out.push(group);
    });
    var probes = Object.keys(marked);
    var build = function () {
      return {
        items: out.map(function (group) {
          return group.map(function (it) {
            var chunk = chunkOf(it.n), texts = chunks[chunk];
            if (it.title === undefined) it.title = highlight(meta.title[it.n], marked, probes)[0];
            return {
              location: location(it.n),
              title: it.title,
              text: it.teaser && texts ? teaser(texts[it.n - meta.chunks[chunk]], marked, probes) : "",
              score: it.score,
              terms: it.terms
            };
          });
        })
      };
    };
    /* the results at once, with the teasers whose texts are here; the rest once loaded */
    var unloaded = Object.keys(wanted).filter(function (c) { return !chunks[c]; });
    if (!unloaded.length) return build();
    send(build());
    await Promise.all(unloaded.map(function (c) { return load("d/" + c + ".js"); }));
    return current() ? build() : null;
  }

  var firstCache = null;
  function firstEntries() {
    if (!firstCache) {
      firstCache = Object.create(null);
      for (var n = meta.page.length - 1; n >= 0; n--) firstCache[meta.page[n]] = n;
    }
    return firstCache;
  }

  async function handle(message, serial) {
    switch (message.type) {
      case SETUP:
        await load("meta.js");
        try { splitAll = new RegExp(meta.separator, "gu"); } catch (e) { splitAll = /[\s\-]+/gu; }
        try { word = new RegExp(meta.term || TERM, "gu"); } catch (e) { word = new RegExp(TERM, "gu"); }
        meta.stop.forEach(function (w) { stop[w] = true; });
        return { type: READY };
      case QUERY:
        if (serial !== latest) return null;  /* a newer query is waiting: answer that one */
        try {
          var data = await search(message.data, function (early) {
            postMessage({ type: RESULT, data: early });
          }, function () { return serial === latest; });
          return data && { type: RESULT, data: data };
        } catch (err) {
          console.warn(err);
          return { type: RESULT, data: { items: [] } };
        }
      default:
        throw new TypeError("Invalid message type");
    }
  }

  addEventListener("message", function (ev) {
    var serial = ev.data && ev.data.type === QUERY ? ++latest : 0;
    queue = queue.then(function () { return handle(ev.data, serial); }).then(function (reply) {
      if (reply) postMessage(reply);
    });
  });
})();
