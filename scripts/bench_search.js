#!/usr/bin/env node
// Times the search page's script over a built site's index, in node:
//   node scripts/bench_search.js SITE_OUTPUT [query ...]
// Loads SITE_OUTPUT/assets/search-index.js and search.js as the browser would (one global
// object), then reports the load, the one-time preparation, and each query (median of 20).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const site = process.argv[2];
if (!site) { console.error("usage: node scripts/bench_search.js SITE_OUTPUT [query ...]"); process.exit(2); }
const queries = process.argv.slice(3).length ? process.argv.slice(3) : ["austin", "kim", "troops russia", "zzzz", "e"];
const context = vm.createContext({});
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

let start = process.hrtime.bigint();
const indexText = fs.readFileSync(path.join(site, "assets/search-index.js"), "utf8");
vm.runInContext(indexText.replace(/^window\./, "this."), context);
console.log(`index: ${(indexText.length / 1e6).toFixed(2)} MB, ${context.DOSSIER_SEARCH.r.length} records, parsed in ${ms(start).toFixed(1)} ms`);
vm.runInContext(fs.readFileSync(path.join(site, "assets/search.js"), "utf8"), context);
const search = context.DossierSearch;

start = process.hrtime.bigint();
const records = search.prepare(context.DOSSIER_SEARCH);
console.log(`prepare (once per page load): ${ms(start).toFixed(1)} ms`);

for (const query of queries) {
  const times = [];
  let result;
  for (let i = 0; i < 20; i++) {
    start = process.hrtime.bigint();
    result = search.search(records, query, "");
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  console.log(`"${query}": ${result.total} matches, median ${times[10].toFixed(2)} ms, max ${times[19].toFixed(2)} ms`);
}
