#!/usr/bin/env bash
# Cold start: process launch -> first CloudEvent answered at POST / (ms, median of N runs), RSS right after (MB) and
# the CPU time the process used until then (ms; a busy machine disturbs it less than the wall time),
# for the three generator functions and a minimal Micronaut HTTP app (bench/minimal-app), under several JVM setups.
#
# Usage: bench/coldstart.sh [runs] [setup...]          (after ./mvnw -DskipTests package)
#   setups: plain  Java 17, no flags
#           c1     Java 17 with the images' compiler and GC flags: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#           cds    c1 + AppCDS: a dynamic archive from a training run (-XX:ArchiveClassesAtExit), then -XX:SharedArchiveFile
#           aot25  Java 25 (JAVA25_HOME) c1 + AOT cache: a training run with -XX:AOTCacheOutput, then -XX:AOTCache
#                  and no replay of the training's profiles, as the function images (deploy/images/aot-cache.Dockerfile)
#           (default: all four)
#   env:    APPS="minimal-app jd-function ..." to measure fewer apps; JVM_FLAGS="..." added to every setup;
#           JAVA17 (default: java on PATH), JAVA25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64).
# Archives go to target/coldstart/ (they belong to the exact jars: the script rebuilds them on every call).
# Loopback only; every process it starts is stopped after its run, and on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
setups=("$@"); [[ ${#setups[@]} -gt 0 ]] || setups=(plain c1 cds aot25)
apps=(${APPS:-minimal-app jd-function questions-function resume-function})
java17=${JAVA17:-java}
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
extra=(${JVM_FLAGS:-})
c1=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
no_replay=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining)
fixtures=events/src/test/resources/fixtures
hz=$(getconf CLK_TCK)
work=target/coldstart
mkdir -p "$work"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
trap "exit 143" INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

jar_of() { [[ $1 == minimal-app ]] && echo "bench/minimal-app/target/minimal-app.jar" || echo "$1/target/$1.jar"; }

event_of() { # type and data file of the request event an app answers
  case $1 in
    jd-function) echo "io.hrassist.job-description.requested.v1 $fixtures/job-description.requested.v1.json" ;;
    questions-function) echo "io.hrassist.interview-questions.requested.v1 $fixtures/interview-questions.requested.v1.json" ;;
    *) echo "io.hrassist.resume-evaluation.requested.v1 $fixtures/resume-evaluation.requested.v1.json" ;;
  esac
}

post_event() { # port type data -> succeeds when the app answered 2xx
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$1/" -H "ce-specversion: 1.0" -H "ce-id: bench" \
    -H "ce-source: /bench" -H "ce-type: $2" -H "ce-subject: bench" -H "Content-Type: application/json" \
    --data-binary "@$3" 2>/dev/null
}

# start app java flags... -> sets pid, on the port chosen before (no subshell: the script must be able to wait for and
# kill it)
start() {
  local app=$1 java=$2; shift 2
  PORT=$port MICRONAUT_SERVER_HOST=127.0.0.1 "$java" "$@" "${extra[@]}" -jar "$(jar_of "$app")" \
    >"$work/$app.log" 2>&1 &
  pid=$!
  pids+=("$pid")
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# measure app java flags... -> sets ms, rss (MB) and cpu (ms of CPU the process used until it answered)
measure() {
  local app=$1 java=$2 begin type data; shift 2
  read -r type data <<<"$(event_of "$app")"
  port=$(free_port) # before the clock starts: a Python start is no part of the app's
  begin=$(now_ms)
  start "$app" "$java" "$@"
  until post_event "$port" "$type" "$data"; do
    kill -0 "$pid" 2>/dev/null || { echo "$app died: see $work/$app.log" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(($(now_ms) - begin))
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  cpu=$(awk -v hz="$hz" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  stop "$pid"
}

# train app java archive-flag flags...: start, answer a few events, stop (the JVM writes the archive at exit)
train() {
  local app=$1 java=$2 type data; shift 2
  read -r type data <<<"$(event_of "$app")"
  port=$(free_port)
  start "$app" "$java" "$@"
  until post_event "$port" "$type" "$data"; do
    kill -0 "$pid" 2>/dev/null || { echo "$app died in training: see $work/$app.log" >&2; exit 1; }
    sleep 0.05
  done
  for _ in 1 2 3; do post_event "$port" "$type" "$data"; done
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" || true
  stop "$pid"
}

prepare() { # setup app -> sets flags, the JVM flags of the measured runs (training the archive first)
  local setup=$1 app=$2
  case $setup in
    plain) flags=() ;;
    c1) flags=("${c1[@]}") ;;
    cds)
      rm -f "$work/$app.jsa"
      train "$app" "$java17" "${c1[@]}" "-XX:ArchiveClassesAtExit=$work/$app.jsa"
      [[ -s $work/$app.jsa ]] || { echo "no CDS archive for $app" >&2; exit 1; }
      flags=("${c1[@]}" "-XX:SharedArchiveFile=$work/$app.jsa") ;;
    aot25)
      rm -f "$work/$app.aot"
      train "$app" "$java25" "${c1[@]}" "-XX:AOTCacheOutput=$work/$app.aot"
      [[ -s $work/$app.aot ]] || { echo "no AOT cache for $app" >&2; exit 1; }
      flags=("${c1[@]}" "-XX:AOTCache=$work/$app.aot" "${no_replay[@]}") ;;
    *) echo "unknown setup $setup" >&2; exit 1 ;;
  esac
}

echo "# $(date -u +%FT%TZ) $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), runs $runs${JVM_FLAGS:+, JVM_FLAGS=$JVM_FLAGS}"
for setup in "${setups[@]}"; do
  java=$java17; [[ $setup == aot25 ]] && java=$java25
  echo "## $setup ($("$java" -version 2>&1 | head -1))"
  declare -A app_flags=() all_ms=() all_rss=() all_cpu=()
  for app in "${apps[@]}"; do
    prepare "$setup" "$app"
    app_flags[$app]="${flags[*]}" # no flag holds a space: archives are under $work
  done
  # Round after round, each app once: a machine whose speed drifts (a shared host) moves every app alike, which keeps
  # the ratios fair.
  for _ in $(seq "$runs"); do
    for app in "${apps[@]}"; do
      read -r -a flags <<<"${app_flags[$app]}"
      measure "$app" "$java" "${flags[@]}"
      all_ms[$app]+="$ms "; all_rss[$app]+="$rss "; all_cpu[$app]+="$cpu "
    done
  done
  printf '%-20s %8s %8s %7s %8s  %s\n' app median ratio RSS CPU runs
  base=""
  for app in "${apps[@]}"; do
    # shellcheck disable=SC2086 # the lists split into their numbers
    m=$(median ${all_ms[$app]})
    [[ $app == minimal-app ]] && base=$m
    ratio=$([[ -n $base ]] && awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2fx", a/b}' || echo -)
    # shellcheck disable=SC2086
    printf '%-20s %6s ms %8s %4s MB %5s ms  %s\n' "$app" "$m" "$ratio" "$(median ${all_rss[$app]})" "$(median ${all_cpu[$app]})" \
      "${all_ms[$app]% }"
  done
  unset app_flags all_ms all_rss all_cpu
done
