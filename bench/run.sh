#!/usr/bin/env bash
# Runs every policyset benchmark and writes the results into docs/performance.md (between the
# "bench:results" markers); the analysis around them is written by hand.
#
# It builds what it needs (the CLI jar, bench/target/benchmarks.jar), installs the tools it compares
# against (ajv-cli from bench/package-lock.json into bench/node_modules, jq from Debian), generates
# the datasets (bench/target/data, or $BENCH_DATA), then measures, alternating the tools within each
# round so that load from other processes spreads over all of them alike:
#   - whole processes on 100k and 1M records, JSON document and JSON Lines: policyset validate,
#     policyset query --count, ajv-cli (JSON document only: it has no JSON Lines input), jq (one
#     filter), and the bare Jackson binding floor (bench BindFloor); wall time, peak RSS, MB/s;
#   - start-up: ./policyset validate on the bundled dataset, step by step, and ajv/jq on one record;
#   - JMH: the reader, shape layer, integrity and provenance layers, query filter.
#
# Usage: bench/run.sh [--quick] [--no-jmh] [--no-1m] [--scale N]
#   --quick    fewer rounds (for trying the script)
#   --scale N  also validate N records of JSON Lines with a 1 GiB heap, once, and bind them with the
#              floor (10000000 needs about 11 GB of disk; the file is deleted afterwards)
# Never run by 'mvn verify'. Takes about 30 minutes on 2 cores, more with --scale.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=bench/target
data=${BENCH_DATA:-$out/data}
rounds=5
rounds_1m=3
startup_runs=11
jmh=1
big=1
scale=0
args=("$@")
while [ $# -gt 0 ]; do
  arg=$1
  shift
  case $arg in
    --quick) rounds=2; rounds_1m=1; startup_runs=3 ;;
    --no-jmh) jmh=0 ;;
    --no-1m) big=0 ;;
    --scale) scale=$1; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--no-jmh] [--no-1m] [--scale N]" >&2; exit 2 ;;
  esac
done
mkdir -p "$out" "$data"
log=$out/measurements.tsv
: > "$log"

echo "== tools"
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
(cd bench && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
ajv=(bench/node_modules/.bin/ajv validate --spec=draft2020 --strict=true --all-errors --errors=line
  -c ajv-formats -c "$root/schema/src/test/ajv/partial-date-format.js"
  -s "$root/schema/src/main/resources/org/policyset/schema/1/dataset.schema.json")
export NODE_PATH="$root/bench/node_modules"

echo "== build"
mvn -B -q -DskipTests install
mvn -B -q -f bench/pom.xml package
cli=cli/target/policyset-cli-0.1.0-SNAPSHOT-all.jar
floor=(java -Xmx1g -XX:+UseSerialGC -cp "$out/benchmarks.jar" org.policyset.bench.BindFloor)
export POLICYSET_JAVA_OPTS=-Xmx1g
./policyset validate >/dev/null # makes the launcher's class-data archive

echo "== data"
sizes=(100000)
[ "$big" = 1 ] && sizes+=(1000000)
for n in "${sizes[@]}"; do
  for fmt in json jsonl; do
    f=$data/records-$n.$fmt
    [ -s "$f" ] || java -jar "$cli" generate --records "$n" --seed 1 -o "$f" >/dev/null
  done
done
one=$data/one.json
java -jar "$cli" generate --records 7 --seed 1 -o "$one" >/dev/null

# measure LABEL FILE CMD... : runs CMD once; appends label, file, wall seconds, peak RSS (KiB), exit
# code to the log.
measure() {
  local label=$1 file=$2
  shift 2
  local t=$out/time.txt rc=0
  /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>&1 || rc=$?
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$file" "$(cut -d' ' -f1 "$t" | tail -1)" \
    "$(cut -d' ' -f2 "$t" | tail -1)" "$rc" >> "$log"
}

jq_doc='reduce .stances[] as $s (0; if ($s.holders | index("actor-7")) then . + 1 else . end)'
jq_lines='reduce (inputs | select(."$type" == "stance")) as $s (0; if ($s.holders | index("actor-7")) then . + 1 else . end)'

# round FILE : one round of every tool on FILE.
round() {
  local f=$1
  measure validate "$f" ./policyset validate "$f"
  measure query "$f" ./policyset query --actor actor-7 --count "$f"
  measure floor "$f" "${floor[@]}" "$f" actor-7
  if [[ $f == *.jsonl ]]; then
    measure jq "$f" jq -n "$jq_lines" "$f"
  else
    measure jq "$f" jq "$jq_doc" "$f"
    measure ajv "$f" "${ajv[@]}" -d "$f"
  fi
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== whole processes (load: $load_start)"
for n in "${sizes[@]}"; do
  r=$rounds
  [ "$n" = 1000000 ] && r=$rounds_1m
  for i in $(seq "$r"); do
    for fmt in json jsonl; do
      round "$data/records-$n.$fmt"
    done
  done
done

echo "== start-up"
bundled=dataset/data
cds=cli/target/policyset.jsa
for i in $(seq "$startup_runs"); do
  measure "1 java -jar" "$bundled" java -jar "$cli" validate "$bundled"
  measure "2 + -XX:TieredStopAtLevel=1" "$bundled" java -XX:TieredStopAtLevel=1 -jar "$cli" validate "$bundled"
  measure "3 + SerialGC, AppCDS archive" "$bundled" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -XX:SharedArchiveFile="$cds" -Xlog:disable -jar "$cli" validate "$bundled"
  measure "4 + native reflection, no perf data" "$bundled" java -XX:TieredStopAtLevel=1 \
    -XX:+UseSerialGC -XX:SharedArchiveFile="$cds" -Xlog:disable -XX:-UsePerfData \
    -Dsun.reflect.inflationThreshold=2147483647 -jar "$cli" validate "$bundled"
  measure "5 ./policyset validate" "$bundled" ./policyset validate
  measure "ajv-cli, one record" "$one" "${ajv[@]}" -d "$one"
  measure "jq, one record" "$one" jq "$jq_doc" "$one"
  measure "java hello (java -version)" "-" java -Xshare:auto -version
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$scale" != 0 ]; then
  echo "== $scale records (JSON Lines, -Xmx1g, once)"
  f=$data/records-$scale.jsonl
  [ -s "$f" ] || java -jar "$cli" generate --records "$scale" --seed 1 -o "$f" >/dev/null
  measure validate-scale "$f" ./policyset validate "$f"
  measure floor-scale "$f" "${floor[@]}" "$f" actor-7
  scale_bytes=$(stat -c %s "$f")
  rm -rf "$f" "$f.texts"
fi

if [ "$jmh" = 1 ]; then
  echo "== JMH"
  java -jar "$out/benchmarks.jar" -f 1 -wi 3 -i 5 -w 2 -r 2 -rf json -rff "$out/jmh.json" >"$out/jmh.txt"
fi

echo "== report"
# median LABEL FILE COLUMN : the median of a column (3 wall, 4 RSS) over the runs of label on file.
median() {
  awk -F'\t' -v l="$1" -v f="$2" -v c="$3" '$1 == l && $2 == f && $5 == 0 { print $c }' "$log" \
    | sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "NA"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
failed() {
  awk -F'\t' -v l="$1" -v f="$2" '$1 == l && $2 == f && $5 != 0 { n++ } END { print n + 0 }' "$log"
}
runs() {
  awk -F'\t' -v l="$1" -v f="$2" '$1 == l && $2 == f { n++ } END { print n + 0 }' "$log"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NA" || b == "NA" || b == 0) print "–"; else printf "%.2f", a / b }'; }
mbs() { awk -v s="$1" -v t="$2" 'BEGIN { if (t == "NA" || t == 0) print "–"; else printf "%.0f", s / 1e6 / t }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "NA") print "–"; else printf "%.0f", k / 1024 }'; }

results=$out/results.md
{
  echo "Measured $(date -u +%Y-%m-%d) by \`bench/run.sh$(printf ' %s' "${args[@]}")\` on $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB;"
  echo "$(java -version 2>&1 | head -1 | tr -d '"'); node $(node --version); ajv-cli $(node -p 'require("./bench/node_modules/ajv-cli/package.json").version') with ajv $(node -p 'require("./bench/node_modules/ajv/package.json").version'); $(jq --version)."
  echo "Load average (1, 5, 15 min) at the start $load_start, at the end $load_end: other processes shared the 2 cores, so every figure is a median of alternating rounds, and ratios compare tools measured in the same rounds."
  echo
  echo "### Whole processes"
  echo
  echo "Median wall time and peak RSS over the rounds (policyset and the floor with \`-Xmx1g\`); MB/s is file size over wall time; rounds: $rounds at 100k, $rounds_1m at 1M."
  echo
  echo "| records | format | MB | tool | wall s | MB/s | peak RSS MiB | runs (failed) |"
  echo "|---:|---|---:|---|---:|---:|---:|---|"
  for n in "${sizes[@]}"; do
    for fmt in json jsonl; do
      f=$data/records-$n.$fmt
      size=$(stat -c %s "$f")
      for tool in validate query floor ajv jq; do
        [ "$(runs "$tool" "$f")" = 0 ] && continue
        w=$(median "$tool" "$f" 3)
        echo "| $n | $fmt | $(awk -v s="$size" 'BEGIN { printf "%.0f", s / 1e6 }') | $tool | $w | $(mbs "$size" "$w") | $(mib "$(median "$tool" "$f" 4)") | $(runs "$tool" "$f") ($(failed "$tool" "$f")) |"
      done
    done
  done
  echo
  echo "### Ratios (same rounds)"
  echo
  echo "| records | format | validate ÷ ajv-cli (target ≤ 0.5) | validate ÷ floor (target ≤ 2) | query ÷ jq, time (target ≤ 0.2) | query ÷ jq, RSS (target ≤ 0.25) |"
  echo "|---:|---|---:|---:|---:|---:|"
  for n in "${sizes[@]}"; do
    for fmt in json jsonl; do
      f=$data/records-$n.$fmt
      v=$(median validate "$f" 3)
      echo "| $n | $fmt | $(ratio "$v" "$(median ajv "$f" 3)") | $(ratio "$v" "$(median floor "$f" 3)") | $(ratio "$(median query "$f" 3)" "$(median jq "$f" 3)") | $(ratio "$(median query "$f" 4)" "$(median jq "$f" 4)") |"
    done
  done
  echo
  echo "### Start-up"
  echo
  echo "Median wall time of $startup_runs alternating runs: \`validate\` on the bundled dataset (7 files, 87 records), step by step; ajv-cli and jq on a one-record-per-type file."
  echo
  echo "| step | median s | peak RSS MiB |"
  echo "|---|---:|---:|"
  for label in "1 java -jar" "2 + -XX:TieredStopAtLevel=1" "3 + SerialGC, AppCDS archive" "4 + native reflection, no perf data" "5 ./policyset validate"; do
    echo "| $label | $(median "$label" "$bundled" 3) | $(mib "$(median "$label" "$bundled" 4)") |"
  done
  echo "| ajv-cli, one record | $(median "ajv-cli, one record" "$one" 3) | $(mib "$(median "ajv-cli, one record" "$one" 4)") |"
  echo "| jq, one record | $(median "jq, one record" "$one" 3) | $(mib "$(median "jq, one record" "$one" 4)") |"
  echo "| java -version (JVM floor) | $(median "java hello (java -version)" "-" 3) | $(mib "$(median "java hello (java -version)" "-" 4)") |"
  if [ "$scale" != 0 ]; then
    echo
    echo "### $scale records, JSON Lines ($(awk -v s="$scale_bytes" 'BEGIN { printf "%.0f", s / 1e6 }') MB), one run, \`-Xmx1g\`"
    echo
    echo "| tool | wall s | MB/s | peak RSS MiB | exit code |"
    echo "|---|---:|---:|---:|---:|"
    for tool in validate-scale floor-scale; do
      line=$(awk -F'\t' -v l="$tool" '$1 == l' "$log" | tail -1)
      w=$(echo "$line" | cut -f3)
      echo "| ${tool%-scale} | $w | $(mbs "$scale_bytes" "$w") | $(mib "$(echo "$line" | cut -f4)") | $(echo "$line" | cut -f5) |"
    done
  fi
  if [ "$jmh" = 1 ]; then
    echo
    echo "### JMH (one fork, 3 × 2 s warm-up, 5 × 2 s measurement; files of 20,000 records)"
    echo
    echo "| benchmark | params | score | ± error | unit |"
    echo "|---|---|---:|---:|---|"
    jq -r '.[] | "| \(.benchmark | sub("^org\\.policyset\\.(bench|core\\.internal)\\."; "")) | \(.params // {} | to_entries | map("\(.key)=\(.value)") | join(", ")) | \(.primaryMetric.score * 1000 | round / 1000) | \(.primaryMetric.scoreError * 1000 | round / 1000) | \(.primaryMetric.scoreUnit) |"' "$out/jmh.json"
  fi
} > "$results"

doc=docs/performance.md
if ! grep -q 'bench:results:start' "$doc" 2>/dev/null; then
  mkdir -p docs
  printf '# Performance\n\n<!-- bench:results:start -->\n<!-- bench:results:end -->\n' >> "$doc"
fi
awk -v r="$results" '
  /<!-- bench:results:start -->/ { print; while ((getline l < r) > 0) print l; skip = 1; next }
  /<!-- bench:results:end -->/ { skip = 0 }
  !skip { print }' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
echo "wrote $doc (raw runs: $log)"
