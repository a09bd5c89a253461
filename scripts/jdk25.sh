#!/usr/bin/env bash
# The test command on JDK 25 (the bytecode stays release 17). Uses $JDK25_HOME, else the Temurin 25 installed beside
# the default JDK. The second leg of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$jdk/bin/java" ]; then
  echo "JDK 25 not found at $jdk (set JDK25_HOME)" >&2
  exit 3
fi
JAVA_HOME=$jdk PATH="$jdk/bin:$PATH" ./mvnw -B -ntp verify "$@"
