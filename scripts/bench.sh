#!/usr/bin/env bash
# Runs every performance measurement of ptce-benchmarks and writes the raw results and a summary under
# ptce-benchmarks/target/bench/ (see docs/performance.md):
#   1. build (ptce-model, ptce-rules installed; ptce-examples' ptce.jar; ptce-benchmarks' benchmarks.jar)
#   2. oracle: OracleDifferentialTest on 10,000 generated poles (Drools vs the plain-Java ReferenceChecker)
#   3. JMH: latency (15 members), throughput (1 vs 2 threads, one shared checker), scale (15 / 100 / 1,000 members)
#   4. cold start (scripts/bench-coldstart.sh)
#   5. batch: ptce validate on a folder of 10,000 generated poles with -Xmx128m (and on 20,000: the marginal rate)
#   6. summary.md (figures against targets)
# Each measuring phase first waits (up to QUIET_WAIT seconds) for the 1-minute load average to fall below MAX_LOAD,
# and records the load it started at in load.txt (one line per phase, the latest run of a phase wins): figures taken
# on a busy machine say so.
#
# Env: MVN (default ./mvnw; e.g. MVN="mvn -o"), MAX_LOAD=1.0, QUIET_WAIT=600, ORACLE_POLES=10000, BATCH_POLES=10000,
#      SKIP_BUILD=1 (use the jars already built), PHASES="oracle jmh coldstart batch" (a subset to run).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MVN=${MVN:-./mvnw}
OUT=${OUT:-ptce-benchmarks/target/bench}
MAX_LOAD=${MAX_LOAD:-1.0}
QUIET_WAIT=${QUIET_WAIT:-600}
ORACLE_POLES=${ORACLE_POLES:-10000}
BATCH_POLES=${BATCH_POLES:-10000}
PHASES=${PHASES:-oracle jmh coldstart batch}
CLI_JAR=$ROOT/ptce-examples/target/ptce.jar
BENCH_JAR=$ROOT/ptce-benchmarks/target/benchmarks.jar
ASOF=2025-06-30

log() { echo "[bench $(date +%T)] $*"; }
has_phase() { [[ " $PHASES " == *" $1 "* ]]; }

wait_quiet() { # PHASE: wait for a quiet machine, record the load the phase starts with
  local waited=0
  while awk -v m="$MAX_LOAD" '{exit !($1 >= m)}' /proc/loadavg && ((waited < QUIET_WAIT)); do
    ((waited % 60 == 0)) && log "$1: waiting for load < $MAX_LOAD (now $(cut -d' ' -f1 /proc/loadavg))"
    sleep 10
    waited=$((waited + 10))
  done
  echo "$1=$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/load.txt"
  log "$1: starting at load $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  log "build"
  # other modules' tests are neither compiled nor run here; ptce-benchmarks' tests are compiled for the oracle phase
  # the parent POM too: modules built alone resolve ptce-rules' POM, hence its parent, from the local repository
  $MVN -q -B -pl :ptce-parent,ptce-model,ptce-rules install -Dmaven.test.skip=true
  $MVN -q -B -pl ptce-examples package -Dmaven.test.skip=true
  $MVN -q -B -pl ptce-benchmarks package -DskipTests
fi
mkdir -p "$OUT"

{
  echo "date=$(date -u +%FT%TZ)"
  echo "nproc=$(nproc)"
  echo "cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "ram=$(free -h 2>/dev/null | awk '/^Mem:/ {print $2}')"
  echo "java=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "kernel=$(uname -sr)"
  echo "git=$(git rev-parse --short HEAD 2>/dev/null || echo -)$(git diff --quiet 2>/dev/null || echo ' (work tree modified)')"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt"

if has_phase oracle; then
  wait_quiet oracle
  log "oracle: OracleDifferentialTest on $ORACLE_POLES poles"
  set +e
  $MVN -B -pl ptce-benchmarks surefire:test -Dtest=OracleDifferentialTest -Doracle.poles="$ORACLE_POLES" \
    >"$OUT/oracle.log" 2>&1
  rc=$?
  set -e
  disagreements=$(grep -c '^DISAGREEMENT' "$OUT/oracle.log" || true)
  { echo "poles=$ORACLE_POLES"; echo "exit=$rc"; echo "disagreements=$disagreements"; } >"$OUT/oracle.txt"
  grep -E "OracleDifferentialTest: |Tests run:" "$OUT/oracle.log" | head -3 | cut -c1-300
  ((rc == 0)) || log "oracle: FAILED (exit $rc, $disagreements distinct disagreements): see $OUT/oracle.log"
fi

if has_phase jmh; then
  for b in latency:CheckLatencyBenchmark throughput:ThroughputBenchmark scale:ScaleBenchmark timeline:TimelineBenchmark; do
    name=${b%%:*}
    wait_quiet "jmh-$name"
    log "JMH $name"
    java -jar "$BENCH_JAR" "${b#*:}" -rf json -rff "$OUT/jmh-$name.json" >"$OUT/jmh-$name.log" 2>&1
    sed -n '/^Benchmark /,$p' "$OUT/jmh-$name.log"
  done
fi

if has_phase coldstart; then
  wait_quiet coldstart
  OUT=$OUT DRL=1 scripts/bench-coldstart.sh || log "coldstart: FAILED (exit $?)"
fi

if has_phase batch; then
  TMP=$(mktemp -d)
  trap 'rm -rf "$TMP"' EXIT
  # 2 x BATCH_POLES poles; the first BATCH_POLES (hard links) are the batch, all of them the marginal-rate run
  java -cp "$BENCH_JAR" fr.ptce.benchmarks.tools.GeneratePoles "$TMP/double" $((2 * BATCH_POLES)) 2017
  mkdir "$TMP/poles"
  (cd "$TMP/double" && seq -f 'pole-%05g.json' 0 $((BATCH_POLES - 1)) | xargs ln -t "$TMP/poles")
  batch_run() { # DIR TAG: prints "exit wall_s max_rss_kb reports" (reports written to a file, then counted)
    local start end rc reports
    set +e
    start=$(date +%s%N)
    if [[ -x /usr/bin/time ]]; then
      /usr/bin/time -f "%M" -o "$TMP/rss-$2" java -Xmx128m -Xlog:gc:file="$OUT/batch-gc-$2.log" -jar "$CLI_JAR" \
        validate "$1" --referential all --format json --as-of $ASOF -o "$TMP/reports-$2.json" \
        2>"$OUT/batch-stderr-$2.log"
    else
      java -Xmx128m -Xlog:gc:file="$OUT/batch-gc-$2.log" -jar "$CLI_JAR" validate "$1" --referential all \
        --format json --as-of $ASOF -o "$TMP/reports-$2.json" 2>"$OUT/batch-stderr-$2.log"
    fi
    rc=$?
    end=$(date +%s%N)
    reports=$(grep -c '"referential"' "$TMP/reports-$2.json" 2>/dev/null)
    rm -f "$TMP/reports-$2.json"
    set -e
    echo "$rc $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", (b - a) / 1e9}') $(tail -1 "$TMP/rss-$2" 2>/dev/null || echo -) ${reports:-0}"
  }
  wait_quiet batch
  log "batch: ptce validate on $BATCH_POLES files, -Xmx128m"
  read -r rc wall rss reports < <(batch_run "$TMP/poles" single)
  wait_quiet batch-double
  log "batch: ptce validate on $((2 * BATCH_POLES)) files, -Xmx128m (marginal rate)"
  read -r rc2 wall2 rss2 reports2 < <(batch_run "$TMP/double" double)
  # heap after each GC ("...->12M(128M)"): the largest in the first and in the last tenth of the collections
  read -r first last < <(grep -o -- '->[0-9]*M' "$OUT/batch-gc-double.log" | tr -d '>M-' | awk '{a[NR]=$1} END {
    t=int(NR/10); if (t<1) t=1; f=0; l=0; for (i=1;i<=t;i++) if (a[i]>f) f=a[i];
    for (i=NR-t+1;i<=NR;i++) if (a[i]>l) l=a[i]; print f, l}')
  {
    echo "files=$BATCH_POLES"
    echo "xmx=128m"
    echo "exit=$rc"
    echo "reports=$reports"
    echo "reports_expected=$((3 * BATCH_POLES))"
    echo "wall_s=$wall"
    echo "files_per_s=$(awk -v n="$BATCH_POLES" -v w="$wall" 'BEGIN {printf "%.0f", n / w}')"
    echo "max_rss_kb=$rss"
    echo "double_files=$((2 * BATCH_POLES))"
    echo "double_exit=$rc2"
    echo "double_reports=$reports2"
    echo "double_wall_s=$wall2"
    echo "double_max_rss_kb=$rss2"
    echo "marginal_files_per_s=$(awk -v n="$BATCH_POLES" -v a="$wall" -v b="$wall2" 'BEGIN {printf "%.0f", n / (b - a)}')"
    echo "gc_count=$(grep -c 'Pause' "$OUT/batch-gc-double.log" || true)"
    echo "heap_after_gc_first_mb=${first:-?}"
    echo "heap_after_gc_last_mb=${last:-?}"
    echo "stderr_lines=$(cat "$OUT"/batch-stderr-*.log | wc -l)"
  } >"$OUT/batch.txt"
  cat "$OUT/batch.txt"
fi

java -cp "$BENCH_JAR" fr.ptce.benchmarks.tools.BenchSummary "$OUT"
log "done: $OUT/summary.md"
