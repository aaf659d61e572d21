#!/usr/bin/env bash
# Rolling update of the API against one PostgreSQL (issue #21): the previous release's API (PREVIOUS in
# deploy/lib/upgrade.mjs) runs on a fresh database, then this tree's API starts beside it and migrates, and the old API
# must keep working on the new schema through every path that touches the database, while the new one reads what the
# old one wrote. Fails (exit 1) on any unexpected answer, and on an ERROR or SQL error line in either API's log.
#
# Needs git, java 17, psql (a superuser: HR_ASSIST_TEST_DB_URL/_USER/_PASSWORD, default 127.0.0.1:5432 postgres),
# curl, jq and python3. Builds the previous API once into deploy/.cache/ (git-ignored); uses this tree's
# api-function/target/api-function.jar (built when missing). Usage: deploy/rolling-update.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

STARTED=$SECONDS
log() { printf '%s [%3ss] %s\n' "$(date +%H:%M:%S)" "$((SECONDS - STARTED))" "$*"; }
PASSED=()
PROBLEMS=()
pass() { PASSED+=("$*"); log "ok   $*"; }
# problem: a check failed, but what follows can still run (the run fails at the end); fail: stop here.
problem() { PROBLEMS+=("$*"); log "FAIL $*"; }
fail() {
  problem "$@"
  exit 1
}

for tool in git java psql curl jq python3; do
  command -v "$tool" >/dev/null || { echo "rolling-update: needs $tool on the PATH" >&2; exit 2; }
done

# --- The previous release ----------------------------------------------------------------------------------------
# One place names it: deploy/lib/upgrade.mjs (the chart's upgrade check moves to the same commit at each release).
PREVIOUS_REF=$(sed -n 's/^export const PREVIOUS = { *ref: *"\([^"]*\)".*/\1/p' deploy/lib/upgrade.mjs)
[[ -n "$PREVIOUS_REF" ]] || { echo "rolling-update: no PREVIOUS ref in deploy/lib/upgrade.mjs" >&2; exit 2; }
if ! PREVIOUS_COMMIT=$(git rev-parse --verify -q "$PREVIOUS_REF^{commit}"); then
  # A shallow clone lacks the previous release: exit 3 so a caller can tell "not run" from "failed".
  echo "rolling-update: commit $PREVIOUS_REF (PREVIOUS in deploy/lib/upgrade.mjs) is not in this clone" \
    "(shallow?): git fetch --unshallow, or fetch that commit" >&2
  exit 3
fi

# The same Maven command builds both jars; offline first (the current build's dependencies are usually in ~/.m2),
# online when an artifact of the older release is missing. No formatting check: this is not about the old code's style.
build_api() {
  local dir=$1
  local mvn=(./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl api-function -am package)
  (cd "$dir" && { "${mvn[@]}" -o || { echo "offline build failed: trying again online" >&2; "${mvn[@]}" -ntp; }; })
}

# The previous API, built from git without touching the working tree, cached by commit (jar and its lib/ beside it).
OLD_DIR="$ROOT/deploy/.cache/previous-api/$PREVIOUS_COMMIT"
if [[ ! -f "$OLD_DIR/api-function.jar" ]]; then
  log "building the API of $PREVIOUS_REF (once; cached in ${OLD_DIR#"$ROOT"/})"
  src=$(mktemp -d "${TMPDIR:-/tmp}/hr-assist-previous-api.XXXXXX")
  trap 'rm -rf "$src" "$OLD_DIR.partial"' EXIT
  git archive "$PREVIOUS_COMMIT" | tar -x -C "$src"
  build_api "$src"
  rm -rf "$OLD_DIR.partial" && mkdir -p "$OLD_DIR.partial"
  cp -r "$src/api-function/target/api-function.jar" "$src/api-function/target/lib" "$OLD_DIR.partial/"
  rm -rf "$OLD_DIR" && mv "$OLD_DIR.partial" "$OLD_DIR" # only a complete cache entry counts
  rm -rf "$src"
  trap - EXIT
fi
OLD_JAR="$OLD_DIR/api-function.jar"

# This tree's API as `./mvnw verify` (or the same command) left it; NEW_API_JAR names another (its lib/ beside it),
# for example a copy with a migration changed, to try a fix without a rebuild.
NEW_JAR=${NEW_API_JAR:-$ROOT/api-function/target/api-function.jar}
if [[ -z "${NEW_API_JAR:-}" && ! ( -f "$NEW_JAR" && -d "$ROOT/api-function/target/lib" ) ]]; then
  log "building this tree's API"
  build_api "$ROOT"
fi
[[ -f "$NEW_JAR" ]] || { echo "rolling-update: no $NEW_JAR" >&2; exit 2; }

# --- Database, roles and the processes, all removed by the trap ----------------------------------------------------
# The superuser that creates the throwaway database and roles (the tests' server, as .ci/run exports it).
DB_URL=${HR_ASSIST_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
hostport=${DB_URL#jdbc:postgresql://}
hostport=${hostport%%/*}
export PGHOST=${hostport%%:*} PGPORT=5432
[[ "$hostport" == *:* ]] && PGPORT=${hostport##*:}
export PGUSER=${HR_ASSIST_TEST_DB_USER:-postgres} PGPASSWORD=${HR_ASSIST_TEST_DB_PASSWORD:-postgres}
export PGCONNECT_TIMEOUT=5

RUN_ID="$$_$(date +%s)"
DB="hrassist_rolling_$RUN_ID"
OWNER="hrassist_rolling_${RUN_ID}_owner"
APP="hrassist_rolling_${RUN_ID}_app"
random() { python3 -c 'import secrets; print(secrets.token_urlsafe(32))'; }
OWNER_PASSWORD=$(random)
APP_PASSWORD=$(random)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hr-assist-rolling.XXXXXX")
PIDS=()

summary() {
  echo
  echo "Rolling update $PREVIOUS_REF → $(git rev-parse --short HEAD): ${#PASSED[@]} passed, ${#PROBLEMS[@]} failed," \
    "$((SECONDS - STARTED)) s"
  [[ ${#PASSED[@]} -eq 0 ]] || printf '  ok    %s\n' "${PASSED[@]}"
  [[ ${#PROBLEMS[@]} -eq 0 ]] || printf '  FAIL  %s\n' "${PROBLEMS[@]}"
}

sql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$DB" "$@"; }

cleanup() {
  local status=$?
  # SIGCONT first: a JVM the test paused would not act on SIGTERM; SIGKILL for one that takes more than 20 s.
  for pid in "${PIDS[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 40); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [[ $alive -eq 0 ]] && break
    sleep 0.5
  done
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  psql -X -q -d postgres -c "DROP ROLE IF EXISTS \"$APP\"" -c "DROP ROLE IF EXISTS \"$OWNER\"" >/dev/null 2>&1 || true
  if [[ $status -ne 0 ]]; then
    summary
    echo "rolling-update: FAILED after $((SECONDS - STARTED)) s; logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "previous API: $PREVIOUS_REF ($PREVIOUS_COMMIT); new API: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- api-function || echo ' +local changes')"
log "database $DB on $PGHOST:$PGPORT"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$DB\""
# The chart's roles (the same script): an owner that migrates and owns the schema, an app role for rows only.
POSTGRES_USER=$PGUSER POSTGRES_DB=$DB HR_ASSIST_DB_OWNER_USER=$OWNER HR_ASSIST_DB_OWNER_PASSWORD=$OWNER_PASSWORD \
  HR_ASSIST_DB_APP_USER=$APP HR_ASSIST_DB_APP_PASSWORD=$APP_PASSWORD \
  sh helm/hr-assist/charts/postgres/files/10-roles.sh >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A stand-in for the broker's ingress (K_SINK): accepts every request event with 202 and keeps it, so that the test
# can answer it as the function would (the reply's id is derived from the request's) or dead-letter it.
BROKER_PORT=$(free_port)
cat >"$WORK/broker.py" <<'PY'
import json, os, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
out = open(sys.argv[2], "a", buffering=1)
fail_next = sys.argv[2] + ".fail-next"
class Broker(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if os.path.exists(fail_next):  # the test asks for one refused delivery: the relay must try again
            os.remove(fail_next)
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower().startswith("ce-") or k.lower() == "content-type"}
        out.write(json.dumps({"headers": headers, "body": body.decode("utf-8")}) + "\n")
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Broker).serve_forever()
PY
: >"$WORK/requests.jsonl"
python3 "$WORK/broker.py" "$BROKER_PORT" "$WORK/requests.jsonl" 2>"$WORK/broker.log" &
PIDS+=($!)

JWT_SECRET=$(random)$(random)
INGEST_TOKEN=$(random)
ADMIN_PASSWORD="Rolling-$(random)"

# start_api NAME JAR PORT [VAR=VALUE ...] [-- JVM options]: one API as a cluster runs it (owner migrates, app role
# serves), with the fast-start flags of ./hr-assist run; stdout and stderr in $WORK/NAME.log; its pid in API_PID.
start_api() {
  local name=$1 jar=$2 port=$3
  shift 3
  local vars=() jvm=()
  while [[ $# -gt 0 && $1 != -- ]]; do vars+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift && jvm=("$@")
  env HR_ASSIST_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    HR_ASSIST_DB_USER="$APP" HR_ASSIST_DB_PASSWORD="$APP_PASSWORD" HR_ASSIST_DB_APP_ROLE="$APP" \
    HR_ASSIST_DB_MIGRATION_USER="$OWNER" HR_ASSIST_DB_MIGRATION_PASSWORD="$OWNER_PASSWORD" \
    HR_ASSIST_JWT_SECRET="$JWT_SECRET" HR_ASSIST_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    HR_ASSIST_INGEST_AUTH=token HR_ASSIST_INGEST_TOKEN="$INGEST_TOKEN" \
    HR_ASSIST_TRANSPORT=http K_SINK="http://127.0.0.1:$BROKER_PORT/" \
    PORT="$port" MICRONAUT_SERVER_HOST=127.0.0.1 "${vars[@]}" \
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=25 "${jvm[@]}" -jar "$jar" \
    >>"$WORK/$name.log" 2>&1 &
  API_PID=$!
  PIDS+=("$API_PID")
}

# await_ready NAME URL PID: /health/readiness answers 200 (database reachable, migrations done) within 120 s.
await_ready() {
  local name=$1 url=$2 pid=$3
  for _ in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$WORK/$name.log" >&2; fail "$name exited during start"; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/health/readiness") == 200 ]] && return 0
    sleep 0.5
  done
  tail -n 40 "$WORK/$name.log" >&2
  fail "$name not ready within 120 s"
}

# check_alive: both APIs run until the test stops them; one that exited (a crash, or a kill from outside) fails the run
# with its last log lines.
OLD_PID=
NEW_PID=
check_alive() {
  local name pid
  for name in old new; do
    [[ $name == old ]] && pid=$OLD_PID || pid=$NEW_PID
    [[ -z "$pid" ]] || kill -0 "$pid" 2>/dev/null ||
      fail "the $name API exited unexpectedly; its log ends: $(tail -n 4 "$WORK/$name.log" | cut -c1-200 | tr '\n' '|')"
  done
}

# call BASE EXPECTED METHOD PATH [curl args]: one HTTP call; status in STATUS, body in BODY, headers in
# $WORK/headers; fails unless the status is EXPECTED. TOKEN (when set) goes as the bearer token.
TOKEN=
call() {
  local base=$1 expected=$2 method=$3 path=$4
  shift 4
  local auth=()
  [[ -n "$TOKEN" ]] && auth=(-H "Authorization: Bearer $TOKEN")
  STATUS=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method" "${auth[@]}" "$@" \
    "$base$path") || STATUS=000
  BODY=$(cat "$WORK/body")
  [[ "$STATUS" == "$expected" ]] || check_alive
  [[ "$STATUS" == "$expected" ]] || fail "$method $path on $base: HTTP $STATUS, expected $expected: ${BODY:0:600}"
}
# json BASE EXPECTED METHOD PATH JSON: call with a JSON body.
json() { call "$1" "$2" "$3" "$4" -H 'Content-Type: application/json' --data-binary "$5"; }
# expect WHAT JQ: the last body satisfies the jq filter (true), else fail with the body.
expect() { jq -e "$2" <<<"$BODY" >/dev/null 2>&1 || fail "$1: $2 does not hold for ${BODY:0:600}"; }
field() { jq -r "$1" <<<"$BODY"; }

sign_in() { # BASE USER PASSWORD → TOKEN
  TOKEN=
  json "$1" 200 POST /login "$(jq -nc --arg u "$2" --arg p "$3" '{username: $u, password: $p}')"
  expect "sign-in" '.access_token | length > 20'
  TOKEN=$(field .access_token)
}

# await_request TASK: REQUEST is the request event an API relayed for TASK (through its outbox to the stand-in
# broker), as {headers, body}. (A variable, not output: fail must run in this shell, not in a $(...) subshell.)
await_request() {
  for _ in $(seq 1 100); do
    REQUEST=$(jq -c --arg t "$1" 'select(.headers["ce-subject"] == $t)' "$WORK/requests.jsonl" | head -n 1)
    [[ -n "$REQUEST" ]] && return 0
    sleep 0.1
  done
  fail "no request event for task $1 reached the broker within 10 s (outbox relay)"
}

# answer BASE TASK RESULT-TYPE DATA-FILE [EXPECTED]: POST / the CloudEvent the function answering TASK's request would
# send (binary mode, the ingest token, the id derived from the request as events' EventIds.reply does).
answer() {
  local base=$1 task=$2 type=io.hrassist.$3 data=$4 expected=${5:-202}
  local source id producer reply_id
  await_request "$task"
  source=$(jq -r '.headers["ce-source"]' <<<"$REQUEST")
  id=$(jq -r '.headers["ce-id"]' <<<"$REQUEST")
  case $(jq -r '.headers["ce-type"]' <<<"$REQUEST") in
    *job-description*) producer=/hr-assist/jd-function ;;
    *interview-questions*) producer=/hr-assist/questions-function ;;
    *resume-evaluation*) producer=/hr-assist/resume-function ;;
  esac
  reply_id=$(python3 -c 'import hashlib, sys, uuid
print(uuid.UUID(bytes=hashlib.md5("\n".join(sys.argv[1:4]).encode()).digest(), version=3))' "$source" "$id" "$type")
  local saved=$TOKEN
  TOKEN=
  call "$base" "$expected" POST / -H "Authorization: Bearer $INGEST_TOKEN" -H 'ce-specversion: 1.0' \
    -H "ce-id: $reply_id" -H "ce-source: $producer" -H "ce-type: $type" -H "ce-subject: $task" \
    -H 'Content-Type: application/json' --data-binary @"$data"
  TOKEN=$saved
}

# dead_letter BASE TASK: the broker gives up on TASK's request and sends it to the dead-letter sink.
dead_letter() {
  local base=$1 task=$2 headers=()
  await_request "$task"
  while IFS= read -r h; do headers+=(-H "$h"); done < <(jq -r '.headers | to_entries[] | "\(.key): \(.value)"' <<<"$REQUEST")
  jq -r .body <<<"$REQUEST" >"$WORK/dead-letter.json"
  local saved=$TOKEN
  TOKEN=
  call "$base" 202 POST /dead-letters -H "Authorization: Bearer $INGEST_TOKEN" "${headers[@]}" \
    -H 'ce-knativeerrorcode: 500' --data-binary @"$WORK/dead-letter.json"
  TOKEN=$saved
}

# task_status BASE TASK WANT: the task ended (or stands) as WANT.
task_status() {
  call "$1" 200 GET "/api/v1/tasks/$2"
  expect "task $2" ".status == \"$3\""
}

FIXTURES=events/src/test/resources/fixtures
cat >"$WORK/resume.txt" <<'TXT'
Jane Rolling
Backend Engineer, Berlin

2019 - 2024 Backend Engineer, Acme: built order-routing services in Java 17 and Spring Boot, backed by PostgreSQL and
Kafka; ran them on Kubernetes.
TXT
cat >"$WORK/resume2.txt" <<'TXT'
John Upgrade
Platform Engineer

2016 - 2024 Platform Engineer, Globex: PostgreSQL upgrades without downtime, Java services, Kubernetes operators.
TXT
cat >"$WORK/resume3.txt" <<'TXT'
Mary Overlap
Site Reliability Engineer

2018 - 2024 SRE, Initech: Java, PostgreSQL replication, Kubernetes rollouts.
TXT
cat >"$WORK/resume4.txt" <<'TXT'
Retention Probe
Tester

2020 - 2024 Tester, Umbrella: Java, PostgreSQL.
TXT
vacancy_json() { # TITLE
  jq -nc --arg t "$1" '{title: $t, language: "en", seniority: "senior", location: "Berlin", workFormat: "hybrid",
    mustHaveSkills: ["Java", "PostgreSQL", "Kubernetes"], niceToHaveSkills: ["Kafka"],
    brief: "We build the routing platform; the team owns a dozen Java services."}'
}

# --- 1. The previous API on a fresh database -----------------------------------------------------------------------
OLD_PORT=$(free_port)
OLD="http://127.0.0.1:$OLD_PORT"
# Its scheduled jobs run every 5 s instead of hourly, so that they run against the new schema while the test is on.
OLD_VARS=(HR_ASSIST_RETENTION_INTERVAL=5s)
OLD_JVM=(-Dhr-assist.audit.retention-check=5s -Dhr-assist.retention.initial-delay=5s)
log "starting the previous API on :$OLD_PORT"
start_api old "$OLD_JAR" "$OLD_PORT" "${OLD_VARS[@]}" -- "${OLD_JVM[@]}"
OLD_PID=$API_PID
await_ready old "$OLD" "$OLD_PID"
OLD_READY=$SECONDS
OLD_SCHEMA=$(sql -c "SELECT max(version::int) FROM flyway_schema_history WHERE version IS NOT NULL")
pass "previous API started and migrated a fresh database to V$OLD_SCHEMA"

# --- 2. Data as a user makes it, through the previous API ----------------------------------------------------------
sign_in "$OLD" admin "$ADMIN_PASSWORD"
ADMIN_TOKEN_BEFORE=$TOKEN
json "$OLD" 201 POST /api/v1/users '{"username": "rita", "password": "Rolling-recruiter-1", "role": "RECRUITER", "displayName": "Rita Recruiter"}'
json "$OLD" 201 POST /api/v1/users '{"username": "hank", "password": "Rolling-manager-1", "role": "HIRING_MANAGER", "displayName": "Hank Manager"}'
HANK=$(field .id)
json "$OLD" 201 POST /api/v1/vacancies "$(vacancy_json 'Senior Backend Engineer' | jq -c '.hiringManagers = ["hank"]')"
V1=$(field .id)
call "$OLD" 202 POST "/api/v1/vacancies/$V1/job-description"
JD1=$(field .id)
json "$OLD" 202 POST "/api/v1/vacancies/$V1/interview-questions" '{"count": 3}'
Q1=$(field .id)
call "$OLD" 202 POST "/api/v1/vacancies/$V1/candidates" -F "file=@$WORK/resume.txt;type=text/plain"
C1=$(field .candidate.id)
E1=$(field .task.id)
answer "$OLD" "$JD1" job-description.generated.v1 "$FIXTURES/job-description.generated.v1.json"
task_status "$OLD" "$JD1" SUCCEEDED
answer "$OLD" "$Q1" interview-questions.generated.v1 "$FIXTURES/interview-questions.generated.v1.json"
task_status "$OLD" "$Q1" SUCCEEDED
# a vacancy and candidate whose retention the previous API's job ends later, on the new schema
json "$OLD" 201 POST /api/v1/vacancies "$(vacancy_json 'Retention probe')"
V_RETAIN=$(field .id)
call "$OLD" 202 POST "/api/v1/vacancies/$V_RETAIN/candidates" -F "file=@$WORK/resume4.txt;type=text/plain"
C_RETAIN=$(field .candidate.id)
pass "previous API: users, vacancies, job description, questions, a candidate, results ingested (on V$OLD_SCHEMA)"

# --- 3. The new API starts beside it and migrates: the rolling update's overlap -------------------------------------
NEW_PORT=$(free_port)
NEW="http://127.0.0.1:$NEW_PORT"
# Long retention on the new API: what the retention probes lose, the previous API's jobs removed.
log "starting the new API on :$NEW_PORT (the previous one keeps running)"
start_api new "$NEW_JAR" "$NEW_PORT" HR_ASSIST_RETENTION_CANDIDATES=1000d HR_ASSIST_AUDIT_RETENTION=1000d
NEW_PID=$API_PID
await_ready new "$NEW" "$NEW_PID"
NEW_SCHEMA=$(sql -c "SELECT max(version::int) FROM flyway_schema_history WHERE version IS NOT NULL")
[[ "$NEW_SCHEMA" -gt "$OLD_SCHEMA" ]] || fail "the new API did not migrate (schema V$NEW_SCHEMA)"
pass "new API started and migrated V$OLD_SCHEMA → V$NEW_SCHEMA while the previous API ran"

# Retention probes, dated back as if time had passed: an audit entry of 500 days (the previous API keeps 400) and the
# probe candidate, unchanged for 400 days (it keeps 180). Only the previous API's jobs may remove them.
sql -c "INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id)
        VALUES (now() - interval '500 days', 'rolling-update', 'SIGN_IN', 'USER', 'retention-probe')"
sql -c "UPDATE candidate SET updated_at = now() - interval '400 days' WHERE id = '$C_RETAIN'"
PROBES_AT=$SECONDS
# And an entry of 40 days: older than V7's trigger protects, younger than any retention; the app role's attempt to
# delete it (rolled back) shows what the schema lets the app do to the audit log.
sql -c "INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id)
        VALUES (now() - interval '40 days', 'rolling-update', 'SIGN_IN', 'USER', 'rights-probe')"
app_deletes_audit_entry() {
  PGUSER=$APP PGPASSWORD=$APP_PASSWORD psql -X -q -At -d "$DB" -c "BEGIN" \
    -c "WITH d AS (DELETE FROM audit_event WHERE object_id = 'rights-probe' RETURNING 1) SELECT 'deleted ' || count(*) FROM d" \
    -c "ROLLBACK" 2>&1 | grep -v '^$' | head -n 1
}
APP_DELETE_BEFORE=$(app_deletes_audit_entry)
log "the app role deleting a 40-day-old audit entry on the new schema: $APP_DELETE_BEFORE"

# --- 4. The previous API on the new schema ------------------------------------------------------------------------
TOKEN=$ADMIN_TOKEN_BEFORE
call "$OLD" 200 GET /api/v1/me
expect "token from before the migration" '.username == "admin"'
sign_in "$OLD" admin "$ADMIN_PASSWORD"
ADMIN_OLD=$TOKEN
pass "previous API: sign-in and a session from before the migration"

call "$OLD" 200 GET '/api/v1/vacancies?limit=200'
expect "vacancy list" "map(.id) | index(\"$V1\") != null"
grep -qi '^x-total-count: *2' "$WORK/headers" || fail "vacancy list: X-Total-Count is not 2: $(grep -i total "$WORK/headers")"
call "$OLD" 200 GET "/api/v1/vacancies/$V1"
expect "vacancy" '.title == "Senior Backend Engineer" and .hiringManagers == ["hank"]'
V1_VERSION=$(field .version)
call "$OLD" 200 GET "/api/v1/tasks?vacancyId=$V1"
expect "tasks of the vacancy" 'length == 3'
task_status "$OLD" "$JD1" SUCCEEDED
expect "job description result" '.result.markdown | startswith("# Senior Backend Engineer")'
pass "previous API: vacancies, tasks and results read from the new schema"

json "$OLD" 201 POST /api/v1/vacancies "$(vacancy_json 'Platform Engineer')"
V2=$(field .id)
json "$OLD" 200 PUT "/api/v1/vacancies/$V1" \
  "$(vacancy_json 'Senior Backend Engineer' | jq -c --argjson v "$V1_VERSION" '.hiringManagers = ["hank"] | .version = $v | .location = "Berlin or remote"')"
expect "vacancy change" '.location == "Berlin or remote"'
call "$OLD" 202 POST "/api/v1/vacancies/$V2/job-description"
JD2=$(field .id)
json "$OLD" 202 POST "/api/v1/vacancies/$V2/interview-questions" '{"count": 2, "types": ["TECHNICAL"]}'
Q2=$(field .id)
call "$OLD" 202 POST "/api/v1/vacancies/$V1/candidates" -F "file=@$WORK/resume2.txt;type=text/plain"
C2=$(field .candidate.id)
E2=$(field .task.id)
call "$OLD" 409 POST "/api/v1/vacancies/$V1/candidates" -F "file=@$WORK/resume2.txt;type=text/plain"
pass "previous API: vacancy created and changed, job description, questions, a candidate (duplicate refused)"

# The previous API alone relays an event (the new one paused), the broker refusing the first try: its outbox relay
# locks, retries (attempts, next try) and deletes rows of the new schema.
for _ in $(seq 1 50); do [[ $(sql -c "SELECT count(*) FROM outbox_event") == 0 ]] && break; sleep 0.2; done
kill -STOP "$NEW_PID"
touch "$WORK/requests.jsonl.fail-next"
call "$OLD" 202 POST "/api/v1/vacancies/$V2/candidates" -F "file=@$WORK/resume3.txt;type=text/plain"
E_RELAY=$(field .task.id)
await_request "$E_RELAY"
kill -CONT "$NEW_PID"
grep -q "Delivering io.hrassist.resume-evaluation.requested.v1 .* failed (attempt 1): HTTP 503" "$WORK/old.log" ||
  fail "the previous API's relay did not log the refused delivery"
[[ $(sql -c "SELECT count(*) FROM outbox_event") == 0 ]] || fail "events left in the outbox"
pass "previous API: outbox relay alone on the new schema, a refused delivery retried"

# Results through its event ingest: the task of each ends as the function says, a redelivery changes nothing.
answer "$OLD" "$JD2" job-description.generated.v1 "$FIXTURES/job-description.generated.v1.json"
task_status "$OLD" "$JD2" SUCCEEDED
answer "$OLD" "$JD2" job-description.generated.v1 "$FIXTURES/job-description.generated.v1.json"
task_status "$OLD" "$JD2" SUCCEEDED
answer "$OLD" "$E1" resume-evaluation.completed.v1 "$FIXTURES/resume-evaluation.completed.v1.json"
task_status "$OLD" "$E1" SUCCEEDED
expect "evaluation" '.result.score == 86'
answer "$OLD" "$E2" task.failed.v1 "$FIXTURES/task.failed.v1.json"
task_status "$OLD" "$E2" FAILED
dead_letter "$OLD" "$Q2"
task_status "$OLD" "$Q2" FAILED
TOKEN=
call "$OLD" 401 POST / -H 'ce-specversion: 1.0' -H 'ce-id: x' -H 'ce-source: /x' -H 'ce-type: io.hrassist.task.failed.v1' \
  -H 'Content-Type: application/json' --data-binary '{}'
call "$OLD" 202 POST /outbox/wake -H "Authorization: Bearer $INGEST_TOKEN" -H 'Content-Length: 0'
TOKEN=$ADMIN_OLD
pass "previous API: result events (succeeded, redelivered, failed, dead letter, outbox wake) end their tasks"

call "$OLD" 200 GET "/api/v1/vacancies/$V1/candidates"
expect "ranked candidates" "length == 2 and .[0].id == \"$C1\""
call "$OLD" 200 GET "/api/v1/vacancies/$V1/candidates/export"
call "$OLD" 200 GET "/api/v1/candidates/$C1"
call "$OLD" 200 GET "/api/v1/candidates/$C1/document"
grep -q 'Jane Rolling' "$WORK/body" || fail "candidate document is not the uploaded file"
call "$OLD" 200 GET "/api/v1/candidates/$C1/export"
json "$OLD" 200 PUT "/api/v1/candidates/$C1/stage" '{"stage": "SHORTLISTED"}'
json "$OLD" 200 PUT "/api/v1/candidates/$C1/stage" '{"stage": "INTERVIEW"}'
json "$OLD" 201 POST "/api/v1/candidates/$C1/notes" '{"text": "Strong on PostgreSQL."}'
call "$OLD" 200 GET "/api/v1/candidates/$C1/notes"
expect "notes" 'length == 1'
json "$OLD" 200 PUT "/api/v1/candidates/$C1/feedback" \
  '{"ratings": [{"questionId": 1, "rating": 4}], "recommendation": "YES", "comment": "Clear answers."}'
call "$OLD" 200 GET "/api/v1/candidates/$C1/feedback"
call "$OLD" 202 POST "/api/v1/candidates/$C1/evaluations"
call "$OLD" 202 POST "/api/v1/vacancies/$V1/candidates/evaluations"
call "$OLD" 204 DELETE "/api/v1/candidates/$C2"
call "$OLD" 404 GET "/api/v1/candidates/$C2"
pass "previous API: candidates ranked, exported, viewed, moved, noted, rated, re-evaluated, erased"

json "$OLD" 200 PUT "/api/v1/vacancies/$V1/job-description" "$(jq -nc --arg t "$JD1" '{markdown: "# Senior Backend Engineer\n\nEdited.", basedOnTask: $t}')"
call "$OLD" 200 GET "/api/v1/vacancies/$V1/job-description"
expect "edited job description" '.version == 0 or .version == 1'
json "$OLD" 200 PUT "/api/v1/vacancies/$V2/status" '{"status": "CLOSED"}'
json "$OLD" 201 POST /api/v1/vacancies "$(vacancy_json 'Short-lived')"
call "$OLD" 204 DELETE "/api/v1/vacancies/$(field .id)"
pass "previous API: job description edited, vacancy closed, vacancy deleted"

call "$OLD" 200 GET /api/v1/users
expect "users" 'map(.username) | index("rita") != null'
json "$OLD" 201 POST /api/v1/users '{"username": "olga", "password": "Rolling-leaver-1", "role": "RECRUITER", "displayName": "Olga Leaver"}'
OLGA=$(field .id)
json "$OLD" 200 PUT "/api/v1/users/$HANK" '{"displayName": "Hank M."}'
call "$OLD" 204 DELETE "/api/v1/users/$OLGA"
# V8: the new API clears a deactivated user's name once the retention period has passed since deactivated_at.
[[ $(sql -c "SELECT deactivated_at IS NOT NULL FROM app_user WHERE id = '$OLGA'") == t ]] ||
  problem "a user the previous API deactivates on the new schema has no deactivated_at (V8): the new API's" \
    "retention never clears their display name (app_user: $(sql -c "SELECT active, deactivated_at FROM app_user WHERE id = '$OLGA'"))"
sign_in "$OLD" rita Rolling-recruiter-1
json "$OLD" 200 PUT /api/v1/me/password '{"oldPassword": "Rolling-recruiter-1", "newPassword": "Rolling-recruiter-2"}'
RITA=$(field .access_token)
TOKEN=$RITA
call "$OLD" 200 GET /api/v1/me
call "$OLD" 204 POST /logout
call "$OLD" 401 GET /api/v1/me
TOKEN=
json "$OLD" 401 POST /login '{"username": "rita", "password": "wrong-password-1"}'
TOKEN=$ADMIN_OLD
pass "previous API: users created, changed, deactivated; password changed; sign-out; failed sign-in"

call "$OLD" 200 GET '/api/v1/audit-events?limit=1000'
for action in SIGN_IN SIGN_IN_FAILED SIGN_OUT USER_CREATED USER_CHANGED USER_DEACTIVATED PASSWORD_CHANGED \
  VACANCY_CREATED VACANCY_CHANGED VACANCY_DELETED CANDIDATE_UPLOADED CANDIDATES_LISTED CANDIDATES_EXPORTED \
  CANDIDATE_VIEWED CANDIDATE_STAGE_CHANGED CANDIDATE_NOTE_ADDED CANDIDATE_ERASED; do
  expect "audit log" "map(.action) | index(\"$action\") != null"
done
pass "previous API: audit log read, with the entries its calls wrote"

# --- 5. The new API on what the previous one wrote, and the other way round ----------------------------------------
TOKEN=$ADMIN_OLD
call "$NEW" 200 GET /api/v1/me
expect "new API accepts the previous API's session" '.username == "admin"'
call "$NEW" 200 GET "/api/v1/vacancies/$V1"
expect "vacancy on the new API" '.location == "Berlin or remote"'
call "$NEW" 200 GET "/api/v1/tasks/$JD2"
expect "task on the new API" '.status == "SUCCEEDED"'
call "$NEW" 200 GET "/api/v1/vacancies/$V1/candidates"
call "$NEW" 200 GET "/api/v1/candidates/$C1"
expect "candidate on the new API" '.stage == "INTERVIEW"'
call "$NEW" 200 GET "/api/v1/vacancies/$V1/job-description"
call "$NEW" 200 GET '/api/v1/audit-events?limit=1000'
pass "new API: reads the sessions, vacancies, tasks, candidates and audit entries the previous API wrote"

# Passwords cross over: hashed by the previous API's bcrypt library (at.favre.lib, cost 12), checked by the new one's
# (spring-security-crypto), and a user the new API creates signs in on the previous one (a rollback keeps its users).
sign_in "$NEW" rita Rolling-recruiter-2
TOKEN=$ADMIN_OLD
json "$NEW" 201 POST /api/v1/users '{"username": "nina", "password": "Rolling-new-hash-1", "role": "RECRUITER", "displayName": "Nina New"}'
sign_in "$OLD" nina Rolling-new-hash-1
TOKEN=$ADMIN_OLD
pass "passwords: the new API signs in a user the previous one hashed, and the other way round"

json "$NEW" 201 POST /api/v1/vacancies "$(vacancy_json 'Written by the new API')"
V3=$(field .id)
call "$NEW" 202 POST "/api/v1/vacancies/$V3/job-description"
JD3=$(field .id)
call "$NEW" 202 POST "/api/v1/vacancies/$V3/candidates" -F "file=@$WORK/resume3.txt;type=text/plain"
C3=$(field .candidate.id)
E3=$(field .task.id)
answer "$NEW" "$JD3" job-description.generated.v1 "$FIXTURES/job-description.generated.v1.json"
answer "$OLD" "$E3" resume-evaluation.completed.v1 "$FIXTURES/resume-evaluation.completed.v1.json"
json "$NEW" 200 PUT "/api/v1/candidates/$C1/stage" '{"stage": "OFFER"}'
call "$OLD" 200 GET "/api/v1/vacancies/$V3"
task_status "$OLD" "$JD3" SUCCEEDED
task_status "$NEW" "$E3" SUCCEEDED
call "$OLD" 200 GET "/api/v1/vacancies/$V3/candidates"
expect "candidate of the new API on the previous one" ".[0].id == \"$C3\""
call "$OLD" 200 GET "/api/v1/candidates/$C1"
expect "stage set by the new API" '.stage == "OFFER"'
call "$OLD" 200 GET '/api/v1/audit-events?limit=1000'
pass "previous API: reads what the new API wrote; results cross over (requested on one, answered on the other)"

# --- 6. The previous API's scheduled jobs on the new schema -------------------------------------------------------
# Its audit retention job first runs 1 min after its start (fixed in its code), then every 5 s; its candidate retention
# job every 5 s. Both removals, or the audit job's logged failure, end the wait.
deadline=$((OLD_READY + 80))
[[ $((PROBES_AT + 15)) -gt $deadline ]] && deadline=$((PROBES_AT + 15))
log "waiting for the previous API's retention jobs (until ${deadline}s)"
while [[ $SECONDS -lt $deadline ]]; do
  [[ $(sql -c "SELECT count(*) FROM candidate WHERE id = '$C_RETAIN'") == 0 ]] &&
    { [[ $(sql -c "SELECT count(*) FROM audit_event WHERE object_id = 'retention-probe'") == 0 ]] ||
      grep -q 'Deleting old audit entries failed' "$WORK/old.log"; } && break
  check_alive
  sleep 1
done
check_alive
[[ $(sql -c "SELECT count(*) FROM candidate WHERE id = '$C_RETAIN'") == 0 ]] ||
  fail "the previous API's candidate retention job did not erase the expired candidate on the new schema"
pass "previous API: candidate retention job erased an expired candidate on the new schema"
# The audit log is append-only from V7 on: the previous API's job deletes entries directly, which the schema refuses
# (its WARN, and it retries); this release's job removes them through forget_audit_events (V10's trigger holds even
# where the previous release's afterMigrate.sql granted DELETE again).
if [[ $(sql -c "SELECT count(*) FROM audit_event WHERE object_id = 'retention-probe'") != 1 ]]; then
  problem "the previous API deleted an audit entry directly on the new schema: the audit log is not append-only"
elif ! grep -q 'Deleting old audit entries failed' "$WORK/old.log"; then
  problem "the previous API's audit retention job did not run (no 'Deleting old audit entries' line in its log)"
else
  pass "previous API: its audit retention job's direct DELETE is refused on the new schema (append-only); it retries"
fi

# --- 7. A replica of the previous API (re)starts during the overlap -----------------------------------------------
# A pod of the old ReplicaSet restarts (or the rollout is undone): it runs its own migrations again, against a schema
# that is ahead of it, then its afterMigrate.sql. It must start, serve, and leave the app role's grants as they are.
grants() { # the app role's table rights on audit_event
  sql -c "SELECT string_agg(p, ',' ORDER BY p) FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE']) p
          WHERE has_table_privilege('$APP', 'audit_event', p)"
}
GRANTS_BEFORE=$(grants)
kill "$OLD_PID"
wait "$OLD_PID" 2>/dev/null || true
OLD_PID=
log "restarting the previous API"
start_api old "$OLD_JAR" "$OLD_PORT" "${OLD_VARS[@]}" -- "${OLD_JVM[@]}"
OLD_PID=$API_PID
await_ready old "$OLD" "$OLD_PID"
sign_in "$OLD" admin "$ADMIN_PASSWORD"
call "$OLD" 200 GET "/api/v1/vacancies/$V3"
pass "previous API: restarts on the new schema (V$NEW_SCHEMA) and serves"
GRANTS_AFTER=$(grants)
APP_DELETE_AFTER=$(app_deletes_audit_entry)
if [[ "$APP_DELETE_BEFORE" == ERROR:* && "$APP_DELETE_AFTER" == ERROR:* ]]; then
  pass "previous API's restart: the app role still cannot delete an audit entry (table rights $GRANTS_BEFORE →" \
    "$GRANTS_AFTER; a direct DELETE: $APP_DELETE_AFTER)"
else
  problem "after the previous API's restart (its afterMigrate.sql) the app role can delete audit entries:" \
    "a direct DELETE of a 40-day-old entry: '$APP_DELETE_BEFORE' before, '$APP_DELETE_AFTER' after;" \
    "table rights $GRANTS_BEFORE → $GRANTS_AFTER"
fi

# --- 8. Logs ------------------------------------------------------------------------------------------------------
# An ERROR from either API, or an SQL error at any level (a job that failed logs a WARN; PostgreSQL's messages start
# with "ERROR:"), fails the run; but for the previous API's audit retention job, refused by design (section 6).
problems=$(grep -H -n -E ' ERROR |ERROR:|PSQLException|SQLException|permission denied' "$WORK/old.log" "$WORK/new.log" |
  grep -v 'AuditRetentionJob - Deleting old audit entries failed' | cut -c1-400 || true)
if [[ -z "$problems" ]]; then
  pass "logs: no ERROR and no SQL error in either API's log"
else
  problem "error lines in the API logs:
$problems"
fi
[[ ${#PROBLEMS[@]} -eq 0 ]] || exit 1
summary
