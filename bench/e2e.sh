#!/usr/bin/env bash
# End-to-end throughput: tasks per second from request to stored result, through the local broker or RabbitMQ, with
# the offline engines. Starts the whole system with ./hr-assist run on a fresh database of the local PostgreSQL,
# creates N tasks (a third each: job descriptions, question kits, resume uploads) with 16 requests in flight, waits
# until all ended, and reads the figures from the database's own timestamps (created_at -> completed_at), so the
# client's speed does not count. It does this twice and reports both bursts: the first right after the start (the JIT
# still compiling), the second on the warmed system (steady state).
# Usage: bench/e2e.sh [tasks] [local|rabbitmq]      (after ./mvnw -DskipTests package)
# Needs: curl, psql, a PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and, for rabbitmq, RabbitMQ on :5672.
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-1500}
transport=${2:-local}
for tool in curl psql; do
  command -v "$tool" >/dev/null || { echo "bench/e2e.sh needs $tool" >&2; exit 1; }
done

db=hrassist_bench_$$
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db"
cleanup() {
  [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [[ -n "${KEEP:-}" ]] || psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" || true
  if [[ -n "${KEEP:-}" ]]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

export HR_ASSIST_PORT=$port HR_ASSIST_HOME=$work/home HR_ASSIST_ADMIN_PASSWORD=bench-password-1234
export HR_ASSIST_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" HR_ASSIST_DB_USER=postgres
if [[ $transport == rabbitmq ]]; then
  export HR_ASSIST_RABBITMQ_URI=${HR_ASSIST_RABBITMQ_URI:-amqp://guest:guest@127.0.0.1:5672}
fi
./hr-assist run >"$work/run.log" 2>&1 &
pid=$!
until grep -q "HR Assist is running" "$work/run.log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/run.log" >&2; exit 1; }
  sleep 0.5
done

# Straight to the API (the UI's forwarding would cost CPU that the services need).
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -At -F ' ' -c "$1"; }
base=$(sed -nE 's|.*OpenAPI of the API itself: (http://[^ ]+/)swagger-ui.*|\1|p' "$work/run.log" | head -1)
base=${base%/}
token=$(curl -sf "$base/login" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"bench-password-1234"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
vacancy=$(curl -sf "$base/api/v1/vacancies" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"title":"Backend Engineer","language":"en","seniority":"senior","mustHaveSkills":["Java","PostgreSQL"],"niceToHaveSkills":["Kafka"]}' \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
printf '2016 - present  Backend Engineer at Northwind: Java 17, PostgreSQL, Kafka.\n' >"$work/cv.txt"

# Warm-up: the first events of each function load its engine; not part of the figures.
for kind in job-description interview-questions; do
  curl -sf -o /dev/null -X POST "$base/api/v1/vacancies/$vacancy/$kind" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{}'
done
curl -sf -o /dev/null "$base/api/v1/vacancies/$vacancy/candidates" -H "Authorization: Bearer $token" -F "file=@$work/cv.txt"
until [[ $(sql "SELECT count(*) FROM task WHERE status = 'PENDING'") == 0 ]]; do sleep 0.2; done
sql "DELETE FROM task; DELETE FROM candidate" >/dev/null

# One curl process sends them all, 16 at a time.
for i in $(seq "$tasks"); do
  echo "next"
  echo "header = \"Authorization: Bearer $token\""
  echo "output = /dev/null"
  case $((i % 3)) in
    0) echo "url = \"$base/api/v1/vacancies/$vacancy/job-description\""; echo 'request = "POST"' ;;
    1) echo "url = \"$base/api/v1/vacancies/$vacancy/interview-questions\""
       echo 'header = "Content-Type: application/json"'; echo 'data = "{\"count\":5}"' ;;
    2) # one file per upload: the same file twice is one candidate (409)
       { cat "$work/cv.txt"; printf 'Reference %s\n' "$i"; } >"$work/cv-$i.txt"
       echo "url = \"$base/api/v1/vacancies/$vacancy/candidates\""; echo "form = \"file=@$work/cv-$i.txt\"" ;;
  esac
done | tail -n +2 >"$work/requests.cfg"

# burst name: sends the tasks, waits until every one ended, reports the figures and clears the tables for the next.
burst() {
  curl -sS --fail-early --no-progress-meter -Z --parallel-max 16 -K "$work/requests.cfg"
  until [[ $(sql "SELECT count(*) FROM task WHERE status = 'PENDING'") == 0 ]]; do sleep 0.5; done
  sql "SELECT count(*), count(*) FILTER (WHERE status = 'SUCCEEDED'),
              round(extract(epoch FROM max(completed_at) - min(created_at))::numeric, 2),
              round((count(*) / extract(epoch FROM max(completed_at) - min(created_at)))::numeric, 1),
              round((1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - created_at)))::numeric),
              round((1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - created_at)))::numeric)
       FROM task" | {
    read -r total ok seconds rate p50 p99
    echo "$transport, $1: $total tasks ($ok succeeded) in $seconds s: $rate tasks/s; request -> result p50 ${p50} ms, p99 ${p99} ms"
  }
  sql "DELETE FROM task; DELETE FROM candidate" >/dev/null
}
burst "first burst after the start"
burst "warm"
