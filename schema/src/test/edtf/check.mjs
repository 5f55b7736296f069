// Asks EDTF.js (npm "edtf", the library docs/model.md §7 settled the profile against) about every
// EDTF date and interval of schema version 2's conformance corpus, as check.sh asks ajv about the
// JSON Schema: an "attested" of valid/ must parse as an EDTF date (or one-of set) and an "inEffect"
// as an interval, each written back as it was; an "attested" or "inEffect" of invalid/ must be
// refused (or be another kind of EDTF value than the field takes). Where policyset's profile
// deliberately differs from EDTF.js, known-differences.json says how and why; an entry that no
// longer differs fails too, so the list stays true.
//
//   npm install --no-save --prefix /tmp/edtf edtf@4.11.1
//   EDTF=/tmp/edtf/node_modules/edtf node schema/src/test/edtf/check.mjs
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.join(here, "../resources/conformance/2");
const require = createRequire(import.meta.url);
const edtfModule = require(process.env.EDTF || "edtf");
const edtf = typeof edtfModule === "function" ? edtfModule : edtfModule.default || edtfModule.edtf;
const version = require(path.join(process.env.EDTF || path.dirname(require.resolve("edtf")), "package.json")).version;
const known = JSON.parse(fs.readFileSync(path.join(here, "known-differences.json"), "utf8"));

const FIELDS = { attested: ["Date", "Set"], inEffect: ["Interval"] };

// values FOLDER : [{file, field, value}] for every string attested / inEffect of the folder's stances.
function values(folder) {
  const out = [];
  for (const name of fs.readdirSync(path.join(corpus, folder)).filter((n) => n.endsWith(".json")).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(corpus, folder, name), "utf8"));
    // An invalid document is named for its one fault: only that field's value is asked about.
    const fields = folder === "valid" ? Object.keys(FIELDS)
        : Object.keys(FIELDS).filter((f) => name.includes("-" + f.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase()) + "-"));
    for (const stance of Array.isArray(doc.stances) ? doc.stances : []) {
      for (const field of fields) {
        if (typeof stance[field] === "string") out.push({ file: `${folder}/${name}`, field, value: stance[field] });
      }
    }
  }
  return out;
}

// verdict FIELD VALUE : "accepts" (as written), "moves" (to another value, named) or "refuses".
function verdict(field, value) {
  let parsed;
  try {
    parsed = edtf(value);
  } catch (e) {
    return { verdict: "refuses" };
  }
  if (!FIELDS[field].includes(parsed.type)) return { verdict: "refuses", as: parsed.type };
  return parsed.edtf === value ? { verdict: "accepts" } : { verdict: "moves", to: parsed.edtf };
}

let agreed = 0, differences = 0, failed = 0;
const used = new Set();
for (const [folder, expected] of [["valid", "accepts"], ["invalid", "refuses"]]) {
  for (const { file, field, value } of values(folder)) {
    const v = verdict(field, value);
    const entry = known[value];
    const shown = `${field} ${JSON.stringify(value)} (${file})`;
    if (entry) {
      used.add(value);
      if (entry.edtfjs === v.verdict) {
        differences++;
        console.log(`known EDTF.js ${v.verdict}${v.to ? " as " + v.to : ""}: ${shown}`);
      } else {
        failed++;
        console.log(`FAIL  EDTF.js ${v.verdict}, known-differences.json says ${entry.edtfjs}: ${shown}`);
      }
    } else if (v.verdict === expected) {
      agreed++;
      console.log(`ok    EDTF.js ${v.verdict}${v.as ? " (a " + v.as + ")" : ""}: ${shown}`);
    } else {
      failed++;
      console.log(`FAIL  EDTF.js ${v.verdict}${v.to ? " as " + v.to : ""}, policyset ${expected}: ${shown}`);
    }
  }
}
for (const value of Object.keys(known)) {
  if (!used.has(value)) {
    failed++;
    console.log(`FAIL  known-differences.json lists ${JSON.stringify(value)}, which no corpus document holds`);
  }
}
console.log(`EDTF.js ${version}: ${agreed} agreed, ${differences} known differences, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
