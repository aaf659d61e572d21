#!/usr/bin/env bash
# From zero to the first answer of the Core API and the UI, beside the minimal Micronaut app (bench/minimal-app), in
# one run, round after round (each app once per round, so a shared host's drifting speed moves every app alike):
#   minimal-app  launch -> first CloudEvent answered at POST / (as bench/coldstart.sh)
#   api          launch -> POST /login -> first GET /api/v1/vacancies answered (the login included), on a database
#                whose schema is up to date (migrated, admin and one vacancy created before the rounds)
#   ui           launch -> login page served ("login"), and -> signed in through its form and the vacancy's page
#                rendered through the API ("page"; the API runs warm beside it)
# Each figure is the median of the runs, with RSS right after, the CPU time used until then and the ratio to
# minimal-app in the same rounds; then each app's RSS after IDLE seconds (default 10) of idleness.
#
# Usage: bench/zero.sh [runs] [setup...]          (after ./mvnw -DskipTests package)
#   setups: c1     Java 17, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC (what the issue measured)
#           aot25  Java 25 (JAVA25_HOME) c1 + an AOT cache from a training run against the same database, what the
#                  images run (deploy/images/aot-cache.Dockerfile, deploy/images/api-aot-cache.Dockerfile)
#           (default: both)
#   env:    APPS="minimal-app api ui"; JVM_FLAGS="..." added to every JVM (e.g. the chart's container memory:
#           "-XX:MaxRAM=768m -XX:MaxRAMPercentage=75"); IDLE=seconds; PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres).
#           PROFILE=cpu|wall: async-profiler (tools.profiler:async-profiler, fetched once from Maven Central) records
#           every measured start until the app stops; flame graphs in target/zero/<setup>-<app>-<run>.html.
# Creates and drops its own database; loopback only; every process it starts is stopped, also when interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
setups=("$@"); [[ ${#setups[@]} -gt 0 ]] || setups=(c1 aot25)
apps=(${APPS:-minimal-app api ui})
java17=${JAVA17:-java}
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
extra=(${JVM_FLAGS:-})
profile=${PROFILE:-}
idle=${IDLE:-10}
c1=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
no_replay=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining)
hz=$(getconf CLK_TCK)
work=target/zero
mkdir -p "$work"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=hrassist_zero_$$
password=zero-bench-password-1
jwt_secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap "exit 143" INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rss_of() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
cpu_of() { awk -v hz="$hz" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

jar_of() {
  case $1 in
    minimal-app) echo bench/minimal-app/target/minimal-app.jar ;;
    api) echo api-function/target/api-function.jar ;;
    *) echo ui/target/ui.jar ;;
  esac
}

# start app port java flags... -> sets pid (no subshell: the script must be able to wait for and kill it)
start() {
  local app=$1 port=$2 java=$3; shift 3
  PORT=$port MICRONAUT_SERVER_HOST=127.0.0.1 \
    HR_ASSIST_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" HR_ASSIST_DB_USER=$PGUSER \
    HR_ASSIST_DB_PASSWORD=${PGPASSWORD:-} HR_ASSIST_JWT_SECRET=$jwt_secret HR_ASSIST_ADMIN_PASSWORD=$password \
    HR_ASSIST_API_URL="http://127.0.0.1:${api_port:-0}" HR_ASSIST_SECURE_COOKIES=false \
    "$java" "$@" "${extra[@]}" -jar "$(jar_of "$app")" >"$work/$app.log" 2>&1 &
  pid=$!
  pids+=("$pid")
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

alive() { kill -0 "$1" 2>/dev/null || { echo "$2 died: see $work/$2.log" >&2; exit 1; }; }

# The first requests of each app, each retried until it succeeds; `mark` records the time of a step.
minimal_first() { # port
  until curl -sf -o /dev/null -X POST "http://127.0.0.1:$1/" -H "ce-specversion: 1.0" -H "ce-id: bench" \
    -H "ce-source: /bench" -H "ce-type: io.hrassist.job-description.requested.v1" -H "ce-subject: bench" \
    -H "Content-Type: application/json" --data-binary @events/src/test/resources/fixtures/job-description.requested.v1.json
  do alive "$pid" minimal-app; sleep 0.01; done
  mark=$(now_ms)
}

api_token() { # port -> prints the bearer token, or fails
  curl -sf -X POST "http://127.0.0.1:$1/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' | grep .
}

api_first() { # port
  local token
  until token=$(api_token "$1" 2>/dev/null); do alive "$pid" api; sleep 0.01; done
  curl -sf -o /dev/null "http://127.0.0.1:$1/api/v1/vacancies" -H "Authorization: Bearer $token"
  mark=$(now_ms)
}

ui_first() { # port -> sets mark (login page) and mark2 (the vacancy's page, signed in)
  local jar=$work/ui-cookies csrf
  rm -f "$jar"
  until curl -sf -c "$jar" -o "$work/ui-login.html" "http://127.0.0.1:$1/login"; do alive "$pid" ui; sleep 0.01; done
  mark=$(now_ms)
  csrf=$(sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' "$work/ui-login.html" | head -1)
  curl -sf -b "$jar" -c "$jar" -o /dev/null -X POST "http://127.0.0.1:$1/login" \
    --data-urlencode "_csrf=$csrf" --data-urlencode username=admin --data-urlencode "password=$password"
  curl -sf -b "$jar" -o "$work/ui-page.html" "http://127.0.0.1:$1/vacancies/$vacancy"
  grep -q "Zero Bench Engineer" "$work/ui-page.html" || { echo "ui: the vacancy page lacks the vacancy" >&2; exit 1; }
  mark2=$(now_ms)
}

first() { # app port
  case $1 in minimal-app) minimal_first "$2" ;; api) api_first "$2" ;; ui) ui_first "$2" ;; esac
}

# measure app java flags... -> ms (and ms2 for the UI's page), rss, cpu
measure() {
  local app=$1 java=$2 port begin; shift 2
  port=$(free_port) # before the clock starts: a Python start is no part of the app's
  begin=$(now_ms)
  start "$app" "$port" "$java" "$@" ${profiler:+"-agentpath:$profiler=start,event=$profile,interval=1ms,file=$PWD/$work/$setup-$app-$run.html"}
  first "$app" "$port"
  ms=$((mark - begin)); ms2=$(( ${mark2:-$mark} - begin ))
  rss=$(rss_of "$pid"); cpu=$(cpu_of "$pid")
  stop "$pid"
}

idle_rss() { # app java flags... -> rss after IDLE seconds without requests
  local app=$1 java=$2 port; shift 2
  port=$(free_port)
  start "$app" "$port" "$java" "$@"
  first "$app" "$port"
  sleep "$idle"
  rss=$(rss_of "$pid")
  stop "$pid"
}

# train app java flags...: the first requests, a few more, stop (the JVM writes its AOT cache at exit)
train() {
  local app=$1 java=$2 port token; shift 2
  port=$(free_port)
  start "$app" "$port" "$java" "$@"
  first "$app" "$port"
  if [[ $app == api ]]; then
    token=$(api_token "$port")
    for path in "vacancies/$vacancy" "vacancies/$vacancy/candidates" tasks/00000000-0000-0000-0000-000000000000 me; do
      curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/$path" -H "Authorization: Bearer $token"
    done
  fi
  curl -s -o /dev/null "http://127.0.0.1:$port/health/readiness" || true
  stop "$pid"
}

prepare() { # setup app -> flags of the measured runs (training the cache first)
  case $1 in
    c1) flags=("${c1[@]}") ;;
    aot25)
      rm -f "$work/$2.aot"
      train "$2" "$java25" "${c1[@]}" "-XX:AOTCacheOutput=$work/$2.aot"
      [[ -s $work/$2.aot ]] || { echo "no AOT cache for $2" >&2; exit 1; }
      flags=("${c1[@]}" "-XX:AOTCache=$work/$2.aot" "${no_replay[@]}") ;;
    *) echo "unknown setup $1" >&2; exit 1 ;;
  esac
}

profiler=""
if [[ -n $profile ]]; then
  [[ $profile == cpu || $profile == wall ]] || { echo "PROFILE is cpu or wall" >&2; exit 1; }
  ap_version=4.2
  case $(uname -m) in x86_64) ap_arch=linux-x64 ;; aarch64) ap_arch=linux-arm64 ;; *) echo "no async-profiler for $(uname -m)" >&2; exit 1 ;; esac
  profiler=$PWD/$work/async-profiler-$ap_version/$ap_arch/libasyncProfiler.so
  if [[ ! -s $profiler ]]; then
    ./mvnw -B -q -ntp dependency:copy -Dartifact="tools.profiler:async-profiler:$ap_version" -DoutputDirectory="$work"
    unzip -q -o "$work/async-profiler-$ap_version.jar" "$ap_arch/*" -d "$work/async-profiler-$ap_version"
  fi
fi

# The database as a running system has it: migrated, the first admin created, one vacancy.
psql -q -d postgres -c "CREATE DATABASE $db" >/dev/null
api_port=$(free_port)
start api "$api_port" "$java17" "${c1[@]}"
api_pid=$pid
until token=$(api_token "$api_port" 2>/dev/null); do alive "$api_pid" api; sleep 0.2; done
vacancy=$(curl -sf -X POST "http://127.0.0.1:$api_port/api/v1/vacancies" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"title":"Zero Bench Engineer","language":"en","seniority":"senior",
  "mustHaveSkills":["Java","PostgreSQL"],"niceToHaveSkills":["Kafka"]}' | sed -nE 's/.*"id":"([^"]+)".*/\1/p')
[[ -n $vacancy ]] || { echo "could not create the vacancy" >&2; exit 1; }
mv "$work/api.log" "$work/api-migrate.log"
# The UI's API stays up (warm) for every UI run; the measured API runs start on other ports.

echo "# $(date -u +%FT%TZ) $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), runs $runs${JVM_FLAGS:+, JVM_FLAGS=$JVM_FLAGS}"
for setup in "${setups[@]}"; do
  java=$java17; [[ $setup == aot25 ]] && java=$java25
  echo "## $setup ($("$java" -version 2>&1 | head -1))"
  declare -A app_flags=() all_ms=() all_ms2=() all_rss=() all_cpu=()
  for app in "${apps[@]}"; do
    prepare "$setup" "$app"
    app_flags[$app]="${flags[*]}" # no flag holds a space: caches are under $work
  done
  for run in $(seq "$runs"); do
    for app in "${apps[@]}"; do
      read -r -a flags <<<"${app_flags[$app]}"
      mark2=""
      measure "$app" "$java" "${flags[@]}"
      all_ms[$app]+="$ms "; all_ms2[$app]+="$ms2 "; all_rss[$app]+="$rss "; all_cpu[$app]+="$cpu "
    done
  done
  printf '%-16s %8s %7s %7s %8s %9s  %s\n' app median ratio RSS CPU idle-RSS runs
  base=""
  for app in "${apps[@]}"; do
    read -r -a flags <<<"${app_flags[$app]}"
    idle_rss "$app" "$java" "${flags[@]}"
    rows=("$app ${all_ms[$app]}")
    [[ $app == ui ]] && rows=("ui-login ${all_ms[$app]}" "ui-page ${all_ms2[$app]}")
    for row in "${rows[@]}"; do
      read -r name times <<<"$row"
      # shellcheck disable=SC2086 # the lists split into their numbers
      m=$(median $times)
      [[ $name == minimal-app ]] && base=$m
      ratio=$([[ -n $base ]] && awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2fx", a/b}' || echo -)
      # shellcheck disable=SC2086
      printf '%-16s %5s ms %7s %4s MB %5s ms %6s MB  %s\n' "$name" "$m" "$ratio" "$(median ${all_rss[$app]})" \
        "$(median ${all_cpu[$app]})" "$rss" "${times% }"
    done
  done
  unset app_flags all_ms all_ms2 all_rss all_cpu
done
