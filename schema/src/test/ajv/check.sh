#!/usr/bin/env bash
# Validates the conformance corpora of every schema version (and any dataset files given as
# arguments) with ajv-cli against the checked-in dataset schema of their version, prints one verdict
# a document, and exits 1 if any verdict is not the expected one: valid/ must pass, invalid/ must
# fail, known-differences/ as known-differences.json says for "schema". Version 1's corpus is
# conformance/, version 2's conformance/2/. Files given as arguments must pass, against the schema
# of the version their dataset declares: the schemaVersion of a manifest that comes first in the
# file, else of the manifest.json beside it, else 1 (as policyset reads them).
#
# Needs node and ajv-cli with ajv-formats, for example:
#   npm install --no-save --prefix /tmp/ajv ajv-cli@5.0.0 ajv-formats@3.0.1 ajv@8.20.0
#   AJV=/tmp/ajv/node_modules/.bin/ajv schema/src/test/ajv/check.sh [DATASET_FILE...]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../../.." && pwd)
schemas=$module/src/main/resources/org/policyset/schema
corpora=$module/src/test/resources/conformance
ajv=${AJV:-ajv}
ajv_dir=$(cd "$(dirname "$(command -v "$ajv")")" && pwd)
# ajv-cli loads "-c ajv-formats" with require(), which searches from the working directory.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}$ajv_dir/../../node_modules:$ajv_dir/../lib/node_modules"

passed=0
failed=0

# verdicts VERSION FILE... : prints "FILE valid" or "FILE invalid" for each file, as ajv judges it
# against the dataset schema of VERSION.
verdicts() {
  local schema=$schemas/$1/dataset.schema.json
  shift
  # Into a file, not a pipe: ajv-cli exits before node has written all of a long report to a pipe
  # (version 2's EDTF errors quote their pattern), which lost verdicts at random.
  local out
  out=$(mktemp)
  (cd "$module" && "$ajv" validate --spec=draft2020 --strict=true --all-errors --errors=line \
      -c ajv-formats -c "$here/formats.js" -s "$schema" $(printf -- '-d %s ' "$@") >"$out" 2>&1 || true)
  grep -E ' (valid|invalid)$' "$out" || true
  rm -f "$out"
}

# declared FILE : the schema version FILE's dataset declares (see the top of this script).
declared() {
  node -e 'const fs = require("fs"), path = require("path");
    const first = (f) => { try { const d = JSON.parse(fs.readFileSync(f, "utf8"));
      const k = Object.keys(d).filter((n) => n !== "$schema")[0];
      return k === "manifest" && d.manifest && d.manifest.schemaVersion; } catch (e) { return undefined; } };
    const f = process.argv[1];
    console.log(first(f) || first(path.join(path.dirname(f), "manifest.json")) || "1");' "$1"
}

# expect VERSION EXPECTED FILE... : compares ajv's verdicts with EXPECTED (valid or invalid).
expect() {
  local version=$1 expected=$2
  shift 2
  [ "$#" -gt 0 ] || return 0
  local seen=0 file verdict
  while read -r file verdict; do
    seen=$((seen + 1))
    local shown=${file#"$module"/}
    if [ "$verdict" = "$expected" ]; then
      passed=$((passed + 1))
      printf 'ok    %-8s schema/%s %s\n' "$verdict" "$version" "$shown"
    else
      failed=$((failed + 1))
      printf 'FAIL  %-8s schema/%s %s (expected %s)\n' "$verdict" "$version" "$shown" "$expected"
    fi
  done < <(verdicts "$version" "$@")
  if [ "$seen" -ne "$#" ]; then
    failed=$((failed + $# - seen))
    echo "FAIL  ajv judged $seen of $# files; run it by hand to see why" >&2
  fi
}

for version in 1 2; do
  corpus=$corpora
  [ "$version" = 1 ] || corpus=$corpora/$version
  expect "$version" valid "$corpus"/valid/*.json
  expect "$version" invalid "$corpus"/invalid/*.json
  for file in "$corpus"/known-differences/*.json; do
    expected=$(node -e 'const i = require(process.argv[1]); const e = i[process.argv[2]];
      if (!e) { console.error("no entry for " + process.argv[2]); process.exit(1); }
      console.log(e.schema);' "$corpus/known-differences.json" "$(basename "$file")")
    expect "$version" "$expected" "$file"
  done
done
for file in "$@"; do
  file=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
  version=$(declared "$file")
  if [ ! -f "$schemas/$version/dataset.schema.json" ]; then
    failed=$((failed + 1))
    echo "FAIL  $file declares schema version '$version', which has no schema here" >&2
    continue
  fi
  expect "$version" valid "$file"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
