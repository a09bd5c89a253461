#!/usr/bin/env bash
# Cold start: the whole process (start the JVM, get the rules, read and check one pole, print the reports, exit),
# timed N times, median reported.
#
#   cli          java -jar ptce-examples/target/ptce.jar validate EXAMPLE --referential all --format json
#   cli-appcds   the same with an AppCDS archive (-XX:SharedArchiveFile, made once with -XX:ArchiveClassesAtExit)
#   cli-tuned    AppCDS plus the flags a launcher script could add for one-shot runs:
#                -XX:TieredStopAtLevel=1 (C1 only) -XX:+UseSerialGC
#   model        java -cp ptce-benchmarks/target/benchmarks.jar fr.ptce.benchmarks.tools.ColdStart model EXAMPLE
#                (rules compiled at build time, through ComplianceChecker; same output as cli)
#   drl          the same main, the same DRL files compiled at run time with KieHelper (ColdStart drl)
#   jvm          java -version: the floor of any Java process here
#
# Targets (issue "Performance"): cli median <= 0.4 s; cli <= 0.3 x drl.
# Uses hyperfine when present (installs it with apt-get when run as root and allowed: INSTALL_HYPERFINE=1, the
# default), otherwise a bash loop timed with date +%s%N. Writes ptce-benchmarks/target/bench/coldstart.txt (and
# hyperfine's coldstart.json / coldstart.csv).
#
# Usage: scripts/bench-coldstart.sh [EXAMPLE]   (env: RUNS=15 WARMUP=2 OUT=ptce-benchmarks/target/bench)
# Needs ptce-examples/target/ptce.jar and ptce-benchmarks/target/benchmarks.jar (scripts/bench.sh builds them).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
EXAMPLE=${1:-ptce-examples/src/main/resources/poles/coursive-boutaric.json}
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-2}
OUT=${OUT:-ptce-benchmarks/target/bench}
CLI_JAR=$ROOT/ptce-examples/target/ptce.jar
BENCH_JAR=$ROOT/ptce-benchmarks/target/benchmarks.jar
JAVA=${JAVA:-java}
mkdir -p "$OUT"
for f in "$CLI_JAR" "$BENCH_JAR" "$EXAMPLE"; do
  [[ -f $f ]] || { echo "missing $f (run scripts/bench.sh, or build ptce-examples and ptce-benchmarks)" >&2; exit 2; }
done
EXAMPLE=$(realpath "$EXAMPLE")
OUT=$(cd "$OUT" && pwd)
JSA=$OUT/ptce-cli.jsa
ASOF=2025-06-30

# One training run writes the AppCDS archive (dynamic archive on top of the JDK's default CDS archive, JDK 13+).
rm -f "$JSA"
"$JAVA" -XX:ArchiveClassesAtExit="$JSA" -jar "$CLI_JAR" validate "$EXAMPLE" --referential all --format json \
  --as-of $ASOF >/dev/null 2>"$OUT/appcds-dump.log" || true
if [[ ! -s $JSA ]]; then
  echo "ERROR: AppCDS archive not created (see $OUT/appcds-dump.log)" >&2
  exit 1
fi

names=(jvm cli cli-appcds cli-tuned model drl)
cmds=(
  "$JAVA -version"
  "$JAVA -jar $CLI_JAR validate $EXAMPLE --referential all --format json --as-of $ASOF"
  "$JAVA -XX:SharedArchiveFile=$JSA -jar $CLI_JAR validate $EXAMPLE --referential all --format json --as-of $ASOF"
  "$JAVA -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $CLI_JAR validate $EXAMPLE --referential all --format json --as-of $ASOF"
  "$JAVA -cp $BENCH_JAR fr.ptce.benchmarks.tools.ColdStart model $EXAMPLE $ASOF"
  "$JAVA -cp $BENCH_JAR fr.ptce.benchmarks.tools.ColdStart drl $EXAMPLE $ASOF"
)

# Same reports from every way (the check, not only the start, is compared).
"$JAVA" -jar "$CLI_JAR" validate "$EXAMPLE" --referential all --format json --as-of $ASOF >"$OUT/coldstart-cli.out" 2>/dev/null || true
"$JAVA" -cp "$BENCH_JAR" fr.ptce.benchmarks.tools.ColdStart drl "$EXAMPLE" $ASOF >"$OUT/coldstart-drl.out" 2>/dev/null || true
for f in cli drl; do
  if [[ $(grep -c '"referential"' "$OUT/coldstart-$f.out") != 3 ]]; then
    echo "ERROR: the $f command does not print the 3 reports (see $OUT/coldstart-$f.out and run it by hand)" >&2
    exit 1
  fi
done
if ! cmp -s "$OUT/coldstart-cli.out" "$OUT/coldstart-drl.out"; then
  echo "WARNING: the CLI and the run-time DRL main print different reports (see $OUT/coldstart-*.out)" >&2
fi

if ! command -v hyperfine >/dev/null && [[ ${INSTALL_HYPERFINE:-1} == 1 && $(id -u) == 0 ]]; then
  (apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; }) || true
fi

TXT=$OUT/coldstart.txt
{
  echo "# cold start, $(date -u +%FT%TZ), example $(basename "$EXAMPLE"), runs $RUNS, warmup $WARMUP"
  echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# name median_s mean_s min_s max_s max_rss_kb"
} >"$TXT"

rss() { # max resident set size of one run, in kB (GNU time), or -
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f %M bash -c "$1 >/dev/null 2>&1" 2>&1 >/dev/null | tail -1
  else
    echo -
  fi
}

if command -v hyperfine >/dev/null; then
  echo "timing with $(hyperfine --version)"
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --ignore-failure --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/coldstart.json" \
    --export-csv "$OUT/coldstart.csv" "${args[@]}" | tee "$OUT/coldstart-hyperfine.log"
  # CSV columns: command,mean,stddev,median,user,system,min,max
  for i in "${!names[@]}"; do
    stats=$(awk -F, -v n="${names[$i]}" '$1==n {print $4, $2, $7, $8}' "$OUT/coldstart.csv")
    echo "${names[$i]} $stats $(rss "${cmds[$i]}")" >>"$TXT"
  done
else
  echo "hyperfine not available: bash loop with date +%s%N"
  for i in "${!names[@]}"; do
    for ((w = 0; w < WARMUP; w++)); do ${cmds[$i]} >/dev/null 2>&1 || true; done
    times=()
    for ((r = 0; r < RUNS; r++)); do
      t0=$(date +%s%N); ${cmds[$i]} >/dev/null 2>&1 || true; t1=$(date +%s%N)
      times+=("$(( (t1 - t0) / 1000 ))")
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    stats=$(echo "$sorted" | awk '{a[NR]=$1; s+=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2;
      printf "%.6f %.6f %.6f %.6f", m/1e6, s/NR/1e6, a[1]/1e6, a[NR]/1e6}')
    echo "${names[$i]} $stats $(rss "${cmds[$i]}")" >>"$TXT"
  done
fi
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$TXT"

# Where the time goes: the ColdStart main's own phases (3 runs each), and how many classes the CLI loads.
for m in model drl; do
  for r in 1 2 3; do
    { "$JAVA" -Dcoldstart.trace=true -cp "$BENCH_JAR" fr.ptce.benchmarks.tools.ColdStart $m "$EXAMPLE" $ASOF 2>&1 >/dev/null || true; } |
      { grep '^coldstart' || true; } | sed 's/^/# /' >>"$TXT"
  done
done
for v in cli cli-appcds; do
  extra=""
  [[ $v == cli-appcds ]] && extra="-XX:SharedArchiveFile=$JSA"
  "$JAVA" $extra -Xlog:class+load:file="$OUT/classes-$v.txt" -jar "$CLI_JAR" validate "$EXAMPLE" --referential all \
    --format json --as-of $ASOF >/dev/null 2>&1 || true
  echo "# $v loads $(wc -l <"$OUT/classes-$v.txt") classes, $(grep -c 'shared objects file' "$OUT/classes-$v.txt") of them from a CDS archive" >>"$TXT"
done
cat "$TXT"
awk '!/^#/ {m[$1]=$2} END {
  if (m["drl"] > 0) printf "cli / drl = %.3f (target <= 0.3); model / drl = %.3f; cli-appcds / drl = %.3f\n",
    m["cli"]/m["drl"], m["model"]/m["drl"], m["cli-appcds"]/m["drl"];
  printf "cli median %.3f s (target <= 0.4 s); with AppCDS %.3f s; AppCDS + C1 + Serial GC %.3f s\n",
    m["cli"], m["cli-appcds"], m["cli-tuned"] }' "$TXT" | tee -a "$TXT"
