#!/usr/bin/env bash
# Cold start: the whole process (start the JVM, get the rules, read and check one pole, print the reports, exit),
# timed RUNS times, the commands interleaved round by round (so a change in the machine's load hits them alike),
# median reported, with the load average before and after.
#
#   jvm          java -version on JDK 17: the floor of any Java process here
#   cli          java -jar ptce-examples/target/ptce.jar validate EXAMPLE --referential all --format json (JDK 17, no
#                cache: the figure of the issue's target, <= 0.45 s)
#   cli-before   the same with BEFORE_JAR (a jar built from an earlier commit), when given: before/after in one run
#   launcher-17  scripts/ptce, the same arguments, JDK 17, its AppCDS archive made beforehand (target <= 0.25 s)
#   launcher-25  scripts/ptce on JDK 25 (JDK25_HOME, default the Temurin 25 beside the default JDK), its AOT cache made
#                beforehand; skipped without JDK 25
#   cli-25       java -jar on JDK 25, no cache
#   model, drl   java -cp ptce-benchmarks/target/benchmarks.jar fr.ptce.benchmarks.tools.ColdStart model|drl EXAMPLE:
#                the rules compiled at build time vs the same DRL compiled at run time (only with DRL=1)
#
# Then where the time goes: the CLI's own trace (-Dptce.trace=true, TRACE_RUNS runs, JDK 17, plain java -jar) and how
# many classes it loads. Writes ptce-benchmarks/target/bench/coldstart.txt (and hyperfine's coldstart.json / .csv when
# hyperfine is there; by default the bash loop, which interleaves; HYPERFINE=1 to use hyperfine, which does not).
#
# Usage: scripts/bench-coldstart.sh [EXAMPLE]
#   env: RUNS=15 WARMUP=2 TRACE_RUNS=5 OUT=ptce-benchmarks/target/bench BEFORE_JAR=... JDK25_HOME=... DRL=0 HYPERFINE=0
# Needs ptce-examples/target/ptce.jar (and ptce-benchmarks/target/benchmarks.jar for DRL=1; scripts/bench.sh builds
# both).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
EXAMPLE=${1:-ptce-examples/src/main/resources/poles/coursive-boutaric.json}
RUNS=${RUNS:-15}
WARMUP=${WARMUP:-2}
TRACE_RUNS=${TRACE_RUNS:-5}
OUT=${OUT:-ptce-benchmarks/target/bench}
CLI_JAR=$ROOT/ptce-examples/target/ptce.jar
BENCH_JAR=$ROOT/ptce-benchmarks/target/benchmarks.jar
JAVA=${JAVA:-java}
JDK25=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mkdir -p "$OUT"
for f in "$CLI_JAR" "$EXAMPLE"; do
  [[ -f $f ]] || { echo "missing $f (run scripts/bench.sh, or build ptce-examples)" >&2; exit 2; }
done
EXAMPLE=$(realpath "$EXAMPLE")
OUT=$(cd "$OUT" && pwd)
ASOF=2025-06-30
ARGS="validate $EXAMPLE --referential all --format json --as-of $ASOF"
# the launcher's caches live here, made fresh for this run
export PTCE_CACHE_DIR=$OUT/launcher-cache
rm -rf "$PTCE_CACHE_DIR"

names=(jvm cli)
cmds=("$JAVA -version" "$JAVA -jar $CLI_JAR $ARGS")
if [[ -n ${BEFORE_JAR:-} ]]; then
  names+=(cli-before)
  cmds+=("$JAVA -jar $(realpath "$BEFORE_JAR") $ARGS")
fi
names+=(launcher-17)
cmds+=("env PTCE_JAVA=$(command -v "$JAVA") $ROOT/scripts/ptce $ARGS")
if [[ -x $JDK25/bin/java ]]; then
  names+=(launcher-25 cli-25)
  cmds+=("env PTCE_JAVA=$JDK25/bin/java $ROOT/scripts/ptce $ARGS" "$JDK25/bin/java -jar $CLI_JAR $ARGS")
fi
if [[ ${DRL:-0} == 1 ]]; then
  [[ -f $BENCH_JAR ]] || { echo "missing $BENCH_JAR" >&2; exit 2; }
  names+=(model drl)
  cmds+=("$JAVA -cp $BENCH_JAR fr.ptce.benchmarks.tools.ColdStart model $EXAMPLE $ASOF"
    "$JAVA -cp $BENCH_JAR fr.ptce.benchmarks.tools.ColdStart drl $EXAMPLE $ASOF")
fi

# Every way prints the same reports (the check, not only the start, is compared); the launchers' first runs make
# their caches here.
"$JAVA" -jar "$CLI_JAR" $ARGS >"$OUT/coldstart-cli.out" 2>/dev/null || true
if [[ $(grep -c '"referential"' "$OUT/coldstart-cli.out") != 3 ]]; then
  echo "ERROR: the CLI does not print the 3 reports (see $OUT/coldstart-cli.out and run it by hand)" >&2
  exit 1
fi
for i in "${!names[@]}"; do
  case ${names[$i]} in jvm | model | drl | cli-before) continue ;; esac
  ${cmds[$i]} >"$OUT/coldstart-${names[$i]}.out" 2>"$OUT/coldstart-${names[$i]}.err" || true
  if ! cmp -s "$OUT/coldstart-cli.out" "$OUT/coldstart-${names[$i]}.out" || [[ -s $OUT/coldstart-${names[$i]}.err ]]; then
    echo "ERROR: ${names[$i]} does not print what the CLI prints (see $OUT/coldstart-${names[$i]}.*)" >&2
    exit 1
  fi
done
ls "$PTCE_CACHE_DIR" | grep -q '\.jsa$' || { echo "ERROR: the launcher made no AppCDS archive in $PTCE_CACHE_DIR" >&2; exit 1; }

TXT=$OUT/coldstart.txt
{
  echo "# cold start, $(date -u +%FT%TZ), example $(basename "$EXAMPLE"), runs $RUNS (interleaved), warmup $WARMUP"
  echo "# $(nproc) cores; $("$JAVA" -version 2>&1 | sed -n 2p)"
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

if [[ ${HYPERFINE:-0} == 1 ]] && command -v hyperfine >/dev/null; then
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
  echo "timing with a bash loop (date +%s%N), the commands interleaved"
  for ((w = 0; w < WARMUP; w++)); do
    for i in "${!names[@]}"; do ${cmds[$i]} >/dev/null 2>&1 || true; done
  done
  declare -A times
  for ((r = 0; r < RUNS; r++)); do
    for i in "${!names[@]}"; do
      t0=$(date +%s%N); ${cmds[$i]} >/dev/null 2>&1 || true; t1=$(date +%s%N)
      times[$i]+="$(( (t1 - t0) / 1000 )) "
    done
  done
  for i in "${!names[@]}"; do
    stats=$(printf '%s\n' ${times[$i]} | sort -n | awk '{a[NR]=$1; s+=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2;
      printf "%.3f %.3f %.3f %.3f", m/1e6, s/NR/1e6, a[1]/1e6, a[NR]/1e6}')
    echo "${names[$i]} $stats $(rss "${cmds[$i]}")" >>"$TXT"
  done
fi
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$TXT"

# Where the time goes: the CLI's trace (plain java -jar, JDK 17), and how many classes it loads.
for ((r = 0; r < TRACE_RUNS; r++)); do
  { "$JAVA" -Dptce.trace=true -jar "$CLI_JAR" $ARGS 2>&1 >/dev/null || true; } | { grep '^ptce trace' || true; } |
    sed 's/^/# /' >>"$TXT"
done
"$JAVA" -Xlog:class+load:file="$OUT/classes-cli.txt" -jar "$CLI_JAR" $ARGS >/dev/null 2>&1 || true
echo "# cli loads $(wc -l <"$OUT/classes-cli.txt") classes, $(grep -c 'shared objects file' "$OUT/classes-cli.txt") of them from the JDK's CDS archive" >>"$TXT"
cat "$TXT"
awk '!/^#/ {m[$1]=$2} END {
  printf "cli median %.3f s (target <= 0.45 s)", m["cli"];
  if (m["cli-before"] > 0) printf "; before %.3f s (%.2fx)", m["cli-before"], m["cli-before"] / m["cli"];
  printf "\nlauncher median %.3f s on JDK 17 (target <= 0.25 s)", m["launcher-17"];
  if (m["launcher-25"] > 0) printf ", %.3f s on JDK 25 (plain java -jar on 25: %.3f s)", m["launcher-25"], m["cli-25"];
  printf "; JVM floor %.3f s\n", m["jvm"] }' "$TXT" | tee -a "$TXT"
