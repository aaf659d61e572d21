#!/usr/bin/env bash
# API load: requests/s, p50 and p99 of reading one task (GET /api/v1/tasks/{id}) and of creating tasks
# (POST /api/v1/vacancies/{id}/job-description), with wrk on loopback against the API jar and a fresh PostgreSQL
# database that the script creates and drops.
#
# Usage: bench/api-load.sh                               (after ./mvnw -DskipTests package; needs wrk, psql, curl, jq)
#   env: PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGPASSWORD=     the server the database is created on
#        CONNECTIONS=8 THREADS=1 DURATION=20s WARMUP=30s              wrk settings (warm-up run not reported: the JIT needs it)
#        JAVA=java JAVA_OPTS="..."                                    the API's JVM
# No broker: K_SINK stays unset, so created tasks wait in the outbox (the relay does not touch the database then).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in wrk psql curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Missing: ${missing[*]}. On Debian: sudo apt-get install ${missing[*]/psql/postgresql-client}" >&2
  exit 2
fi
jar=api-function/target/api-function.jar
[[ -f $jar ]] || { echo "No $jar: run ./mvnw -DskipTests package first" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
connections=${CONNECTIONS:-8}; threads=${THREADS:-1}; duration=${DURATION:-20s}; warmup=${WARMUP:-30s}
db=hrassist_bench_$$
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base=http://127.0.0.1:$port
work=$(mktemp -d)
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
api=""

cleanup() {
  [[ -n $api ]] && { kill "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; }
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap "exit 143" INT TERM

psql -q -d postgres -c "CREATE DATABASE $db" >/dev/null
HR_ASSIST_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" HR_ASSIST_DB_USER=$PGUSER HR_ASSIST_DB_PASSWORD=${PGPASSWORD:-} \
  HR_ASSIST_JWT_SECRET=$(head -c 48 /dev/urandom | base64) HR_ASSIST_ADMIN_PASSWORD=$password \
  PORT=$port MICRONAUT_SERVER_HOST=127.0.0.1 ${JAVA:-java} ${JAVA_OPTS:-} -jar "$jar" >"$work/api.log" 2>&1 &
api=$!
until curl -sf -o /dev/null "$base/health/readiness"; do
  kill -0 "$api" 2>/dev/null || { cat "$work/api.log" >&2; echo "The API did not start" >&2; exit 1; }
  sleep 0.2
done

token=$(curl -sf -X POST "$base/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | jq -r .access_token)
vacancy=$(curl -sf -X POST "$base/api/v1/vacancies" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"title":"Senior Backend Engineer","language":"en","seniority":"senior","location":"Berlin",
       "mustHaveSkills":["Java","PostgreSQL","Kubernetes"],"niceToHaveSkills":["Kafka"]}' | jq -r .id)
task=$(curl -sf -X POST "$base/api/v1/vacancies/$vacancy/job-description" -H "Authorization: Bearer $token" | jq -r .id)
curl -sf -o /dev/null "$base/api/v1/tasks/$task" -H "Authorization: Bearer $token"

cat >"$work/post.lua" <<'EOF'
wrk.method = "POST"
EOF

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$api/stat"; }

# run name url [wrk args...]: a warm-up run, then the measured one; fails on any non-2xx answer or socket error.
# Besides wrk's figures it reports the API's CPU time per request, which a busy machine disturbs less.
run() {
  local name=$1 url=$2 out rps p50 p99 errors requests cpu; shift 2
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Authorization: Bearer $token" "$@" "$url" >/dev/null
  cpu=$(cpu_ms)
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$@" "$url")
  cpu=$(($(cpu_ms) - cpu))
  errors=$(awk '/Non-2xx or 3xx responses|Socket errors/' <<<"$out")
  [[ -z $errors ]] || { echo "$out" >&2; echo "$name: errors" >&2; exit 1; }
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  printf '%-28s %10s req/s   p50 %8s   p99 %8s   API CPU %s ms/request\n' "$name" "$rps" "$p50" "$p99" \
    "$(awk -v c="$cpu" -v n="$requests" 'BEGIN {printf "%.2f", c / n}')"
}

echo "# $(date -u +%FT%TZ) $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "wrk -t$threads -c$connections -d$duration (after $warmup warm-up), $(${JAVA:-java} -version 2>&1 | head -1)"
run "GET /api/v1/tasks/{id}" "$base/api/v1/tasks/$task"
run "POST .../job-description" "$base/api/v1/vacancies/$vacancy/job-description" -s "$work/post.lua"
echo "tasks created: $(psql -tA -d "$db" -c 'SELECT count(*) FROM task')," \
  "waiting in the outbox: $(psql -tA -d "$db" -c 'SELECT count(*) FROM outbox_event')"
