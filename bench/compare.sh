#!/usr/bin/env bash
# Compares two builds of the policyset CLI on one command, before and after a change: runs them in
# alternation (so that load from other processes falls on both alike) and prints each one's median
# wall time and peak RSS, and the ratio of the second to the first.
#
# Usage: bench/compare.sh [--rounds N] [--new-input OLD_ARG NEW_ARG] OLD.jar NEW.jar ARGS...
#   e.g. bench/compare.sh --rounds 5 /tmp/before.jar cli/target/policyset-cli-0.1.0-SNAPSHOT-all.jar \
#          validate bench/target/data/records-1000000.jsonl
# The JVM options come from $COMPARE_JAVA_OPTS (default: -Xmx1g -XX:+UseParallelGC, what the launcher
# uses for large inputs). --new-input gives the new build NEW_ARG where ARGS hold OLD_ARG, to compare
# the builds on different data of the same size (such as schema version 2 data against version 1:
#   bench/compare.sh --new-input v1.jsonl v2.jsonl old.jar new.jar validate v1.jsonl). Both builds must exit with the same code in every round, or the script
# says so and exits 1: a faster build that fails is not faster.
set -euo pipefail

rounds=5
swap_from= swap_to=
while [ "${1:-}" = --rounds ] || [ "${1:-}" = --new-input ]; do
  if [ "$1" = --rounds ]; then
    rounds=$2
    shift 2
  else
    swap_from=$2 swap_to=$3
    shift 3
  fi
done
if [ $# -lt 3 ]; then
  echo "usage: bench/compare.sh [--rounds N] OLD.jar NEW.jar ARGS..." >&2
  exit 2
fi
old=$1 new=$2
shift 2
new_args=()
for a in "$@"; do
  if [ -n "$swap_from" ] && [ "$a" = "$swap_from" ]; then
    new_args+=("$swap_to")
  else
    new_args+=("$a")
  fi
done
read -r -a opts <<< "${COMPARE_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"
[ -x /usr/bin/time ] || { echo "compare.sh needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

log=$(mktemp)
t=$(mktemp)
trap 'rm -f "$log" "$t"' EXIT
for i in $(seq "$rounds"); do
  for which in old new; do
    jar=$old
    args=("$@")
    if [ "$which" = new ]; then
      jar=$new
      args=("${new_args[@]}")
    fi
    rc=0
    /usr/bin/time -f "%e %M" -o "$t" java "${opts[@]}" -jar "$jar" "${args[@]}" >/dev/null 2>&1 || rc=$?
    echo "$which $(tail -1 "$t") $rc" >> "$log"
  done
done

median() {
  awk -v w="$1" -v c="$2" '$1 == w { print $c }' "$log" | sort -g \
    | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
codes=$(awk '{ print $1 "=" $4 }' "$log" | sort -u | tr '\n' ' ')
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg); $rounds alternating rounds of: $*${swap_from:+ (new: $swap_from → $swap_to)}"
printf '%-4s %10s %14s  %s\n' build "wall s" "peak RSS MiB" jar
for which in old new; do
  jar=$old
  [ "$which" = new ] && jar=$new
  printf '%-4s %10s %14.0f  %s\n' "$which" "$(median "$which" 2)" "$(median "$which" 3 | awk '{ print $1 / 1024 }')" "$jar"
done
awk -v a="$(median new 2)" -v b="$(median old 2)" -v c="$(median new 3)" -v d="$(median old 3)" \
  'BEGIN { printf "new / old: %.2f of the time, %.2f of the memory\n", a / b, c / d }'
if [ "$(awk '{ print $4 }' "$log" | sort -u | wc -l)" != 1 ]; then
  echo "the exit codes differ between rounds or builds: $codes" >&2
  exit 1
fi
