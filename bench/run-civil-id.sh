#!/usr/bin/env bash
# Civil-ID verification benchmark (on demand, not in CI): REST through the gateway against the simulator direct.
# Usage: bench/run-civil-id.sh [clients=16] [seconds=30] [warm-up seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B -pl bench -am -DskipTests -P run package -Dexec.args="${1:-16} ${2:-30} ${3:-10}"
