#!/usr/bin/env bash
# Builds and runs the consumer project against the installed policyset artifacts (run
# 'mvn -B install -DskipTests' in the repository root first), every way a project uses policyset:
#
#   classpath        a plain project, policyset-bom imported
#   module           the same as a named JPMS module (module-info.java requires org.policyset.core, ...)
#   jackson2-bom     com.fasterxml.jackson:jackson-bom 2.18 imported after policyset-bom: works
#   jackson2-only    jackson-bom 2.18 without policyset-bom: the first read fails with policyset's
#                    explanation (jackson-annotations too old, and the two fixes)
#   hv8              Hibernate Validator 8 and Jakarta Validation 3.0 managed by the project
#
# usage: examples/consumer/run.sh [VARIANT...] [-- MAVEN_OPTION...]
#   e.g. examples/consumer/run.sh -- -o -Dmaven.repo.local=/tmp/m2
# Exits non-zero if a build fails or a check of the consumer's main class does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
variants=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do variants+=("$1"); shift; done
[ $# -gt 0 ] && shift
mvn_options=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(classpath module jackson2-bom jackson2-only hv8)

# The versions the policyset build tests with, which a consumer must resolve too.
property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -n 1; }
jackson="$(property jackson.version)"
annotations="$(property jackson.annotations.version)"
classmate="$(property classmate.version)"

cd "$here"
build() {   # build PROFILE_PROPERTY...: compiles the consumer and writes its runtime class path
  mvn -B -q "${mvn_options[@]}" "$@" clean package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
  cp="$(cat target/classpath.txt)"
}
resolved() {   # resolved ARTIFACT VERSION: the class path holds that artifact at that version
  case ":$cp:" in
    */"$1-$2.jar":*) ;;
    *) echo "consumer: FAILED $1 $2 is not on the class path: $cp" >&2; exit 1 ;;
  esac
}
for v in "${variants[@]}"; do
  echo "== consumer: $v"
  case "$v" in
    classpath)
      build
      resolved jackson-annotations "$annotations"; resolved jackson-core "$jackson"
      resolved jackson-databind "$jackson"; resolved classmate "$classmate"
      java -cp "target/classes:$cp" org.example.consumer.Main classpath ;;
    module)
      build -Dmodule
      java -p "target/classes:$cp" -m org.example.consumer/org.example.consumer.Main module ;;
    jackson2-bom)
      build -Djackson2.bom
      resolved jackson-annotations "$annotations"
      java -cp "target/classes:$cp" org.example.consumer.Main classpath ;;
    jackson2-only)
      build -Djackson2.bom -Dwithout.policyset.bom
      java -cp "target/classes:$cp" org.example.consumer.Main old-jackson-annotations ;;
    hv8)
      build -Dhibernate.validator.8 -Dmodule
      resolved hibernate-validator 8.0.6.Final
      java -cp "target/classes:$cp" org.example.consumer.Main classpath
      java -p "target/classes:$cp" -m org.example.consumer/org.example.consumer.Main module ;;
    *) echo "unknown variant $v (classpath, module, jackson2-bom, jackson2-only, hv8)" >&2; exit 2 ;;
  esac
done
echo "consumer: ${#variants[@]} variant(s) passed"
