#!/usr/bin/env bash
# Pension benchmark (on demand, not in CI): one generated contribution report end to end between two gateways (SA ->
# KW, each a JVM of its own with -Xmx256m and an H2 file store), against a plain Jackson streaming parse of the same
# file in the same run. Usage: bench/run-pension.sh [records=100000] [heap=256m] [longest wait, seconds=600]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B -pl bench -am -DskipTests -P run package -Dexec.mainClass=gcc.jisr.bench.PensionBenchmark \
  -Dexec.args="${1:-100000} ${2:-256m} ${3:-600}"
