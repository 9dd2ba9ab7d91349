// The theme's search worker (with a prefix put before it) run by node as a dedicated worker runs it:
// stdin {index, words, queries}; prints {fold: dossierFold of each word, answers: the last reply to each query}.
const fs = require('fs'), vm = require('vm');
const [prefix, worker] = process.argv.slice(2);
const replies = []; let onmessage = null;
const ctx = { URL, Promise, Map, Set, Uint16Array, Float64Array, Uint32Array, Uint8Array, RegExp, Object, Array, JSON, Math, String, Number, Symbol, TextEncoder,
  console: {warn: e => replies.push({warn: String(e)}), log: () => {}},
  location: {href: 'file:///x/assets/javascripts/workers/search.js'},
  importScripts: () => {},
  postMessage: m => replies.push(m) };
ctx.self = ctx; ctx.addEventListener = (type, fn) => { if (type === 'message') onmessage = fn; };
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(prefix, 'utf8') + "\n" + fs.readFileSync(worker, 'utf8'), ctx);
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const settle = () => new Promise(r => setImmediate(r));
(async () => {
  onmessage({data: {type: 0, data: input.index}});
  for (let i = 0; i < 50 && !replies.some(r => r.type === 1); i++) await settle();
  const out = {fold: ctx.dossierFold ? input.words.map(w => ctx.dossierFold(w)) : null, answers: []};
  for (const q of input.queries) {
    const n = replies.length;
    onmessage({data: {type: 2, data: q}});
    for (let i = 0; i < 100 && replies.length === n; i++) await settle();
    out.answers.push(replies[replies.length - 1]);
  }
  console.log(JSON.stringify(out));
})();
