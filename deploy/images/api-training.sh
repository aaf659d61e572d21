#!/bin/sh
# The training run of api-aot-cache.Dockerfile: a throwaway PostgreSQL, the app started with -XX:AOTCacheOutput, the
# requests of a start from zero (sign-in, vacancies; for the UI its login and a vacancy page through the API), then a
# clean stop, at which the JVM writes /app/app.aot. Any failed request fails the build.
set -eu
app=${1:-api}
export PATH=/opt/java/openjdk/bin:$PATH
su postgres -c "initdb -D /tmp/pgdata -A trust -U postgres >/dev/null && pg_ctl -D /tmp/pgdata -o '-c listen_addresses=127.0.0.1' -w start >/dev/null"
password="training-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export HR_ASSIST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres HR_ASSIST_DB_USER=postgres
export HR_ASSIST_JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" HR_ASSIST_ADMIN_PASSWORD="$password"
export MICRONAUT_SERVER_HOST=127.0.0.1 HR_ASSIST_SECURE_COOKIES=false HR_ASSIST_API_URL=http://127.0.0.1:8081

start() { # dir cache-flag port
  PORT=$3 java $2 -cp "@$1/jib-classpath-file" "@$1/jib-main-class-file" &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$3/health/readiness"; do
    kill -0 "$pid" || { echo "the app did not start" >&2; exit 1; }
    sleep 0.5
  done
}
api_calls() { # port
  token=$(curl -sf -X POST "http://127.0.0.1:$1/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  vacancy=$(curl -sf -X POST "http://127.0.0.1:$1/api/v1/vacancies" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"title":"Backend Engineer","language":"en","seniority":"senior","mustHaveSkills":["Java"],"niceToHaveSkills":[]}' \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
  curl -sf -o /dev/null "http://127.0.0.1:$1/api/v1/vacancies" -H "Authorization: Bearer $token"
  curl -sf -o /dev/null "http://127.0.0.1:$1/api/v1/vacancies/$vacancy" -H "Authorization: Bearer $token"
}

if [ "$app" = api ]; then
  start /app "-XX:AOTCacheOutput=/app/app.aot" 8081
  api_calls 8081
else
  # The UI renders through a running API (its own image's files under /api, no cache).
  start /api "" 8081
  api_pid=$pid
  api_calls 8081
  start /app "-XX:AOTCacheOutput=/app/app.aot" 8080
  csrf=$(curl -sf -c /tmp/cookies http://127.0.0.1:8080/login | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
  curl -sf -b /tmp/cookies -c /tmp/cookies -o /dev/null -X POST http://127.0.0.1:8080/login \
    --data-urlencode "_csrf=$csrf" --data-urlencode username=admin --data-urlencode "password=$password"
  curl -sf -b /tmp/cookies -o /dev/null "http://127.0.0.1:8080/vacancies/$vacancy"
fi
kill -TERM "$pid" && wait "$pid" || true
[ -z "${api_pid:-}" ] || { kill -TERM "$api_pid"; wait "$api_pid" || true; }
su postgres -c "pg_ctl -D /tmp/pgdata -w stop >/dev/null"
[ -s /app/app.aot ] || { echo "no AOT cache written" >&2; exit 1; }
