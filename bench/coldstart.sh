#!/usr/bin/env bash
# Cold start of each generator function: process launch -> first CloudEvent answered (ms), and RSS after (MB).
# Usage: bench/coldstart.sh [runs] [extra JVM flags...]   (after ./mvnw -DskipTests package)
# Prints one line per function: median and all runs. Loopback only; every process is stopped after its run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
flags=("$@")
fixtures=events/src/test/resources/fixtures

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }

measure() {
  local module=$1 type=$2 data=$3 port pid start answered rss
  port=$(free_port)
  start=$(now_ms)
  PORT=$port MICRONAUT_SERVER_HOST=127.0.0.1 java "${flags[@]}" -jar "$module/target/$module.jar" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/" -H "ce-specversion: 1.0" -H "ce-id: bench" \
      -H "ce-source: /bench" -H "ce-type: $type" -H "ce-subject: bench" -H "Content-Type: application/json" \
      --data-binary "@$data" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$module died" >&2; return 1; }
    sleep 0.01
  done
  answered=$(now_ms)
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$((answered - start)) $rss"
}

for spec in "jd-function io.hrassist.job-description.requested.v1 job-description.requested.v1" \
            "questions-function io.hrassist.interview-questions.requested.v1 interview-questions.requested.v1" \
            "resume-function io.hrassist.resume-evaluation.requested.v1 resume-evaluation.requested.v1"; do
  read -r module type fixture <<<"$spec"
  times=(); rsss=()
  for _ in $(seq "$runs"); do
    read -r t r < <(measure "$module" "$type" "$fixtures/$fixture.json")
    times+=("$t"); rsss+=("$r")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(printf '%s\n' "${rsss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$module: first event answered in ${median} ms (median of $runs: ${times[*]}), RSS ${rss} MB"
done
