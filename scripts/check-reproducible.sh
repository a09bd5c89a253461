#!/usr/bin/env bash
# Builds the library modules twice from the same sources and compares their jars byte for byte (sources, Javadoc and
# main jars of ptce-model, ptce-rules, ptce-report). The build is reproducible thanks to project.build.outputTimestamp
# (parent pom) and Drools' reproducible executable-model generation (.mvn/jvm.config).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=ptce-model,ptce-rules,ptce-report
first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT
build() { ./mvnw -B -ntp -q clean package -DskipTests -pl "$modules" >/dev/null; }
build
for m in ${modules//,/ }; do cp "$m"/target/*.jar "$first"/; done
build
status=0
for m in ${modules//,/ }; do
  for jar in "$m"/target/*.jar; do
    if cmp -s "$jar" "$first/$(basename "$jar")"; then
      echo "identical  $(sha256sum "$jar" | cut -c1-16)  $jar"
    else
      echo "DIFFERENT  $jar"; status=1
    fi
  done
done
exit $status
