#!/usr/bin/env bash
# Submits tasks to a running HR Assist API while an experiment runs, waits for each to end, and checks the delivery
# guarantees: every accepted task ends SUCCEEDED or FAILED (FAILED with a reason), none is lost, none is duplicated.
# Needs curl and jq. Exit 0 when the guarantees held, 1 when not, 2 on usage or setup errors.
#
#   deploy/chaos/verify-tasks.sh --url https://api.hr.example.com --count 20 --interval 3 --kind resume
#   HR_ASSIST_ADMIN_PASSWORD=… deploy/chaos/verify-tasks.sh --url http://localhost:8080 --kind all
set -euo pipefail

URL="${HR_ASSIST_URL:-http://localhost:8080}"
USERNAME="admin"
PASSWORD="${HR_ASSIST_ADMIN_PASSWORD:-}"
COUNT=10
INTERVAL=1
KIND=resume
TIMEOUT=900

usage() {
  cat <<'USAGE'
Usage: deploy/chaos/verify-tasks.sh [options]
  --url URL            API base URL (default $HR_ASSIST_URL or http://localhost:8080)
  --user NAME          login (default admin)
  --password-file F    file with the password (default: $HR_ASSIST_ADMIN_PASSWORD)
  --count N            tasks to submit (default 10)
  --interval SECONDS   pause between submissions, to spread them over the experiment (default 1)
  --kind KIND          resume | jd | questions | all (round robin) (default resume)
  --timeout SECONDS    how long to wait for every task to end after the last submission (default 900)
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --user) USERNAME="$2"; shift 2 ;;
    --password-file) PASSWORD="$(<"$2")"; shift 2 ;;
    --count) COUNT="$2"; shift 2 ;;
    --interval) INTERVAL="$2"; shift 2 ;;
    --kind) KIND="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
for tool in curl jq; do command -v "$tool" >/dev/null || { echo "verify-tasks: needs $tool" >&2; exit 2; }; done
[[ -n "$PASSWORD" ]] || { echo "verify-tasks: give the password (--password-file or HR_ASSIST_ADMIN_PASSWORD)" >&2; exit 2; }
[[ "$KIND" =~ ^(resume|jd|questions|all)$ ]] || { usage >&2; exit 2; }
URL="${URL%/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# curl that never fails the script: prints the body, the HTTP status goes to $work/status.
call() {
  curl -sS -o "$work/body" -w '%{http_code}' --max-time 60 "$@" >"$work/status" 2>"$work/curl-error" || echo 000 >"$work/status"
  cat "$work/body" 2>/dev/null || true
}
status() { cat "$work/status"; }

login_body="$(jq -n --arg u "$USERNAME" --arg p "$PASSWORD" '{username: $u, password: $p}')"
token="$(call -X POST "$URL/login" -H 'Content-Type: application/json' -d "$login_body" | jq -r '.access_token // empty' 2>/dev/null || true)"
[[ -n "$token" ]] || { echo "verify-tasks: login at $URL failed (HTTP $(status))" >&2; exit 2; }
auth=(-H "Authorization: Bearer $token")

vacancy="$(call -X POST "$URL/api/v1/vacancies" "${auth[@]}" -H 'Content-Type: application/json' -d "{
  \"title\": \"Chaos check $(date -u +%Y-%m-%dT%H:%M:%SZ)\", \"language\": \"en\", \"seniority\": \"senior\",
  \"mustHaveSkills\": [\"Java\", \"PostgreSQL\", \"Kubernetes\"], \"niceToHaveSkills\": [\"Kafka\"]}" | jq -r '.id // empty' 2>/dev/null || true)"
[[ -n "$vacancy" ]] || { echo "verify-tasks: could not create a vacancy (HTTP $(status))" >&2; exit 2; }
log "vacancy $vacancy; submitting $COUNT $KIND task(s), one every ${INTERVAL}s"

submit() { # kind index -> prints the task id, or nothing when the API refused
  case "$1" in
    resume)
      printf 'Jane Doe %s\nSenior Backend Engineer, 8 years of Java, PostgreSQL and Kubernetes; Kafka in production.\n' "$2" >"$work/resume.txt"
      call -X POST "$URL/api/v1/vacancies/$vacancy/candidates" "${auth[@]}" -F "file=@$work/resume.txt;type=text/plain" | jq -r '.task.id // empty' 2>/dev/null ;;
    jd) call -X POST "$URL/api/v1/vacancies/$vacancy/job-description" "${auth[@]}" | jq -r '.id // empty' 2>/dev/null ;;
    questions)
      call -X POST "$URL/api/v1/vacancies/$vacancy/interview-questions" "${auth[@]}" -H 'Content-Type: application/json' \
        -d '{"count": 5, "types": ["TECHNICAL", "BEHAVIORAL"]}' | jq -r '.id // empty' 2>/dev/null ;;
  esac
}

kinds=(resume jd questions)
accepted=()
refused=0
for ((i = 0; i < COUNT; i++)); do
  k="$KIND"; [[ "$KIND" == all ]] && k="${kinds[i % 3]}"
  id="$(submit "$k" "$i" || true)"
  if [[ -n "$id" ]]; then accepted+=("$id"); else refused=$((refused + 1)); log "submission $i ($k) refused: HTTP $(status) $(head -c 200 "$work/body" 2>/dev/null)"; fi
  ((i + 1 < COUNT)) && sleep "$INTERVAL"
done
log "${#accepted[@]} accepted (202), $refused refused by the API"

# Wait until every accepted task has ended.
declare -A state=()
deadline=$((SECONDS + TIMEOUT))
while :; do
  pending=0
  errors=""
  for id in "${accepted[@]}"; do
    [[ "${state[$id]:-PENDING}" == PENDING ]] || continue
    s="$(call "$URL/api/v1/tasks/$id" "${auth[@]}" | jq -r '.status // empty' 2>/dev/null || true)"
    [[ "$(status)" == 200 ]] || errors="; the API answered HTTP $(status) (000: unreachable)"
    state[$id]="${s:-PENDING}"
    [[ "${state[$id]}" == PENDING ]] && pending=$((pending + 1))
  done
  [[ $pending -eq 0 ]] && break
  if ((SECONDS >= deadline)); then log "timeout: $pending task(s) still PENDING$errors"; break; fi
  log "$pending of ${#accepted[@]} still PENDING$errors"
  sleep 10
done

# The same view from the list: nothing lost, nothing extra (a duplicate would be a second task or a second result).
call "$URL/api/v1/tasks?vacancyId=$vacancy&limit=200" "${auth[@]}" >"$work/tasks.json"
[[ "$(status)" == 200 ]] || { echo "verify-tasks: GET /api/v1/tasks failed (HTTP $(status))" >&2; exit 1; }
printf '%s\n' "${accepted[@]}" | jq -R . | jq -s . >"$work/accepted.json"
jq -r --slurpfile acc "$work/accepted.json" '
  ($acc[0]) as $a
  | "tasks by status: \(group_by(.status) | map({(.[0].status): length}) | add // {} | tojson)",
    "lost (accepted, not listed): \($a - map(.id) | length)",
    "extra (listed, never submitted): \(map(.id) - $a | length)",
    "listed twice: \(group_by(.id) | map(select(length > 1)) | length)",
    (map(select(.status == "FAILED")) | .[] | "FAILED \(.id) \(.kind): \(.error // "(no reason)")")' "$work/tasks.json"
problems="$(jq --slurpfile acc "$work/accepted.json" '
  ($acc[0]) as $a
  | [ (map(select(.status == "PENDING")) | length),
      ($a - map(.id) | length),
      (map(.id) - $a | length),
      (group_by(.id) | map(select(length > 1)) | length),
      (map(select(.status == "FAILED" and ((.error // "") == ""))) | length) ] | add' "$work/tasks.json")"
if [[ "$problems" == 0 ]]; then
  log "OK: every accepted task ended (SUCCEEDED, or FAILED with a reason); none lost, none duplicated"
else
  log "GUARANTEE BROKEN: $problems problem(s) above (PENDING, lost, extra, duplicated, or FAILED without reason)"
  exit 1
fi
