#!/usr/bin/env bash
# Front-door benchmark (on demand, not in CI): what authentication costs at the national API. Civil-ID verification at
# the KW gateway alone, three ways in one run: the gateway of the last commit before the front door (plain HTTP, no
# credential), the current one with an agency's client certificate (mutual TLS), and with a bearer token over TLS.
# Usage: bench/run-front-door.sh [clients=16] [seconds=30] [warm-up seconds=20]
# The baseline gateway is built once from git (a detached worktree under bench/target, removed after) and kept.
set -euo pipefail
cd "$(dirname "$0")/.."
before_front_door=7352938
cache=bench/target/front-door-baseline
baseline_jar=$cache/jisr-gateway-$before_front_door.jar
./mvnw -q -B package -DskipTests
if [[ ! -f $baseline_jar ]]; then
  tree=$cache/src-$before_front_door
  mkdir -p "$cache"
  # What an interrupted build left: its checkout, and its registration (--force re-adds a missing one's path).
  git worktree remove --force "$tree" 2>/dev/null || true
  rm -rf "$tree"
  trap 'git worktree remove --force "$tree" 2>/dev/null || true' EXIT
  git worktree add --quiet --force --detach "$tree" "$before_front_door"
  (cd "$tree" && ./mvnw -q -B -DskipTests package -pl gateway -am)
  cp "$tree/gateway/target/jisr-gateway.jar" "$baseline_jar.part"
  mv "$baseline_jar.part" "$baseline_jar"
  git worktree remove --force "$tree"
  trap - EXIT
fi
./mvnw -q -B -pl bench -am -DskipTests -P run package -Dexec.mainClass=gcc.jisr.bench.FrontDoorBenchmark \
  -Dexec.args="${1:-16} ${2:-30} ${3:-20} $baseline_jar"
