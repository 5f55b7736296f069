#!/usr/bin/env bash
# Validates the conformance corpus (and any dataset files given as arguments) with ajv-cli against
# the checked-in dataset schema, prints one verdict a document, and exits 1 if any verdict is not
# the expected one: valid/ must pass, invalid/ must fail, known-differences/ as
# known-differences.json says for "schema". Files given as arguments must pass.
#
# Needs node and ajv-cli with ajv-formats, for example:
#   npm install --no-save --prefix /tmp/ajv ajv-cli@5.0.0 ajv-formats@3.0.1 ajv@8.20.0
#   AJV=/tmp/ajv/node_modules/.bin/ajv schema/src/test/ajv/check.sh [DATASET_FILE...]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../../.." && pwd)
schema=$module/src/main/resources/org/policyset/schema/1/dataset.schema.json
corpus=$module/src/test/resources/conformance
ajv=${AJV:-ajv}
ajv_dir=$(cd "$(dirname "$(command -v "$ajv")")" && pwd)
# ajv-cli loads "-c ajv-formats" with require(), which searches from the working directory.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}$ajv_dir/../../node_modules:$ajv_dir/../lib/node_modules"

passed=0
failed=0

# verdicts FILE... : prints "FILE valid" or "FILE invalid" for each file, as ajv judges it.
verdicts() {
  (cd "$module" && "$ajv" validate --spec=draft2020 --strict=true --all-errors --errors=line \
      -c ajv-formats -c "$here/partial-date-format.js" -s "$schema" $(printf -- '-d %s ' "$@") 2>&1 || true) \
    | grep -E ' (valid|invalid)$' || true
}

# expect EXPECTED FILE... : compares ajv's verdicts with EXPECTED (valid or invalid).
expect() {
  local expected=$1
  shift
  [ "$#" -gt 0 ] || return 0
  local seen=0 file verdict
  while read -r file verdict; do
    seen=$((seen + 1))
    local shown=${file#"$module"/}
    if [ "$verdict" = "$expected" ]; then
      passed=$((passed + 1))
      printf 'ok    %-8s %s\n' "$verdict" "$shown"
    else
      failed=$((failed + 1))
      printf 'FAIL  %-8s %s (expected %s)\n' "$verdict" "$shown" "$expected"
    fi
  done < <(verdicts "$@")
  if [ "$seen" -ne "$#" ]; then
    failed=$((failed + $# - seen))
    echo "FAIL  ajv judged $seen of $# files; run it by hand to see why" >&2
  fi
}

expect valid "$corpus"/valid/*.json
expect invalid "$corpus"/invalid/*.json
for file in "$corpus"/known-differences/*.json; do
  expected=$(node -e 'const i = require(process.argv[1]); const e = i[process.argv[2]];
    if (!e) { console.error("no entry for " + process.argv[2]); process.exit(1); }
    console.log(e.schema);' "$corpus/known-differences.json" "$(basename "$file")")
  expect "$expected" "$file"
done
for file in "$@"; do
  expect valid "$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
