#!/usr/bin/env bash
# Runs one Jazzer fuzz test of the core or cli module for a set time, with coverage instrumentation.
#
#   scripts/fuzz.sh TARGET [SECONDS]      e.g. scripts/fuzz.sh ReaderFuzzTest#jsonDocument 60
#   scripts/fuzz.sh --list                lists the targets
#
# Under plain 'mvn test' the same tests only replay their seed inputs (regression mode). Here Jazzer
# mutates inputs for SECONDS (default 60), guided by coverage of org.policyset.** and Jackson:
# - inputs that reach new code are kept in core/.cifuzz-corpus/<class>/<method>/ (not committed);
# - an input that breaks an invariant stops the session, and Jazzer saves it as
#   core/src/test/resources/<package>/<Class>Inputs/<method>/crash-<sha1>. It is then a seed: plain
#   'mvn test' replays it and fails until the bug is fixed. Fix the bug, keep the file (rename it
#   to say what it found, such as 'cr-inside-jsonl-line'), and commit both.
# Only one fuzz test runs per session. Needs network access once if the Maven cache is empty.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(
  ReaderFuzzTest#jsonDocument ReaderFuzzTest#jsonLines ReaderFuzzTest#tightLimits
  PartialDateFuzzTest#parseAcceptsExactlyRealPartialDates
  ValidatorFuzzTest#validatorHoldsItsInvariants
  MergeValidityFuzzTest#mergeOfValidInputsIsValid MergeValidityFuzzTest#threeWayMergeOfValidInputsIsValid
  MergeFuzzTest#mergeAndDiffLawsHold
  CommandLineFuzzTest#fileOperandsNeverBecomeOptions
)
if [[ "${1:-}" == "--list" || $# -lt 1 ]]; then
  printf '%s\n' "${targets[@]}"
  [[ $# -lt 1 ]] && { echo "usage: scripts/fuzz.sh TARGET [SECONDS]" >&2; exit 2; }
  exit 0
fi
target="$1"
seconds="${2:-60}"
if [[ "$target" != *"#"* ]]; then
  echo "fuzz.sh: name one test method, such as ReaderFuzzTest#jsonDocument (see --list)" >&2
  exit 2
fi
offline=()
if [[ -d "${HOME}/.m2/repository/com/code-intelligence/jazzer" ]]; then
  offline=(-o)
fi
# The surefire argLine of the build turns Jazzer's instrumentation off (-Djazzer.hooks=false) to
# keep regression runs fast; a session needs it on.
module=core
[[ "$target" == CommandLineFuzzTest* ]] && module=cli
JAZZER_FUZZ=1 exec mvn -B "${offline[@]}" -q -pl "$module" -am test \
  -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dsurefire.argLine="-Djazzer.instrumentation_includes=org.policyset.**:tools.jackson.** -Djazzer.max_duration=${seconds}s -Xmx2g"
