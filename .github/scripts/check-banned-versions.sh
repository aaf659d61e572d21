#!/usr/bin/env bash
# Proves the enforcer's bannedDependencies rule (root pom.xml): for each library behind a 2026 advisory, a build that
# goes back to the vulnerable release (micronaut-parent 4.10.8's own, or the one before our floor) must stop in
# `validate` with BannedDependencies, and the build as committed must pass it. Run from the repository root; CI runs
# it in the CI workflow. Each case is one `mvnw validate` of the module that carries the library (~10 s each).
set -euo pipefail
cd "$(dirname "$0")/../.."

# module  property=vulnerable-version
cases=(
  "events netty.version=4.2.9.Final"
  "events jackson.version=2.19.2"
  "api-function postgres.driver.version=42.7.8"
  "api-function logback.version=1.5.29"
  "api-function nimbus.jose.jwt.version=10.5"
  "api-function bouncycastle.version=1.84"
  "api-function apache.compress.version=1.26.0"
  "events-rabbitmq amqp.client.version=5.25.0"
  "ui thymeleaf.version=3.1.3.RELEASE"
  "resume-function pdfbox.version=3.0.7"
  "resume-function poi.version=5.5.0"
)

mvn_validate() { ./mvnw -B -ntp -pl "$1" -am validate "${@:2}"; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=0
passed=0

if mvn_validate api-function,ui,resume-function >"$log" 2>&1; then
  passed=$((passed + 1))
else
  echo "FAIL: the committed versions do not pass validate:" && tail -40 "$log"
  failed=$((failed + 1))
fi

for case in "${cases[@]}"; do
  read -r module override <<<"$case"
  if mvn_validate "$module" "-D$override" >"$log" 2>&1; then
    echo "FAIL: $override was accepted in $module"
    failed=$((failed + 1))
  elif grep -q "BannedDependencies failed" "$log"; then
    echo "ok: $override refused in $module"
    passed=$((passed + 1))
  else
    echo "FAIL: $override broke $module for another reason:" && grep ERROR "$log" | head -5
    failed=$((failed + 1))
  fi
done
echo "banned versions: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
