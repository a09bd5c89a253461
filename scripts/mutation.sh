#!/usr/bin/env bash
# Mutation testing with PIT of ptce-model and ptce-rules (profile "mutation" of the parent pom; docs/testing.md):
#   1. installs the parent pom and ptce-model without tests, so that ptce-rules resolves ptce-model
#   2. runs PIT on ptce-model, then on ptce-rules (one after the other: each uses the machine's 2 threads)
#   3. prints, per module, the mutants, the killed (timed-out ones included), the score and the run time
# Reports (HTML and XML): ptce-model/target/pit-reports/ and ptce-rules/target/pit-reports/ (index.html,
# mutations.xml). Too slow for CI: not part of .ci/run.
#
# Extra arguments go to every Maven run (e.g. -o, or -Dmaven.repo.local=DIR).
# Env: MVN (default ./mvnw), MODULES (default "ptce-model ptce-rules"), SKIP_BUILD=1 (ptce-model already installed).
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-./mvnw}
MODULES=${MODULES:-ptce-model ptce-rules}

log() { echo "[mutation $(date +%T)] $*"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "installing the parent pom and ptce-model (no tests)"
  $MVN -B -ntp -DskipTests -Dmaven.javadoc.skip=true -Dcyclonedx.skip=true -pl ptce-model -am install "$@"
fi

summary=""
for module in $MODULES; do
  log "PIT on $module"
  start=$(date +%s)
  $MVN -B -ntp -Pmutation -pl "$module" test-compile org.pitest:pitest-maven:mutationCoverage "$@" \
    | grep -v '^[-/|\\]*$'
  seconds=$(( $(date +%s) - start ))
  xml=$module/target/pit-reports/mutations.xml
  total=$(grep -o "status='[A-Z_]*'" "$xml" | wc -l)
  killed=$(grep -o "status='\(KILLED\|TIMED_OUT\)'" "$xml" | wc -l)
  survived=$(grep -o "status='SURVIVED'" "$xml" | wc -l)
  uncovered=$(grep -o "status='NO_COVERAGE'" "$xml" | wc -l)
  score=$(awk -v k="$killed" -v t="$total" 'BEGIN { printf "%.1f", t ? 100 * k / t : 0 }')
  summary+="$module: $total mutants, $killed killed or timed out, $survived survived, $uncovered without coverage:"
  summary+=" score $score % in $((seconds / 60)) min $((seconds % 60)) s (report: $module/target/pit-reports/index.html)"$'\n'
done
log "done"
printf '%s' "$summary"
