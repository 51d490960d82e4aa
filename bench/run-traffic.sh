#!/usr/bin/env bash
# Traffic-violation benchmark (on demand, not in CI): durable ingest and end-to-end delivery KW -> SA, on an in-memory
# store (the baseline), an H2 file and PostgreSQL (skipped when psql cannot reach it; see TrafficStore for where).
# Usage: bench/run-traffic.sh [clients=16] [seconds=20] [warm-up seconds=20] [longest wait for delivery, seconds=300]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B -pl bench -am -DskipTests -P run package -Dexec.mainClass=gcc.jisr.bench.TrafficBenchmark \
  -Dexec.args="${1:-16} ${2:-20} ${3:-20} ${4:-300}"
