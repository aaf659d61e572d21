#!/usr/bin/env bash
# Regenerates the examples in this folder from a running system (./hr-assist run), through the public API.
# Usage: docs/examples/generate.sh [base-url]   (needs curl and jq; reads the admin password from .hr-assist/)
set -euo pipefail
cd "$(dirname "$0")"
B=${1:-http://localhost:8080}
PASSWORD=${HR_ASSIST_ADMIN_PASSWORD:-$(cat ../../.hr-assist/admin-password)}
TOKEN=$(curl -sf -X POST "$B/login" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg p "$PASSWORD" '{username: "admin", password: $p}')" | jq -r .access_token)
AUTH=(-H "Authorization: Bearer $TOKEN")

wait_task() {
  local task=$1 status
  for _ in $(seq 1 100); do
    status=$(curl -sf "$B/api/v1/tasks/$task" "${AUTH[@]}" | jq -r .status)
    [[ $status != PENDING ]] && { curl -sf "$B/api/v1/tasks/$task" "${AUTH[@]}"; return; }
    sleep 0.2
  done
  echo "task $task did not finish" >&2; exit 1
}

example() {
  local slug=$1 vacancy=$2 id jd questions
  id=$(curl -sf -X POST "$B/api/v1/vacancies" "${AUTH[@]}" -H 'Content-Type: application/json' -d "$vacancy" | jq -r .id)
  jd=$(curl -sf -X POST "$B/api/v1/vacancies/$id/job-description" "${AUTH[@]}" | jq -r .id)
  questions=$(curl -sf -X POST "$B/api/v1/vacancies/$id/interview-questions" "${AUTH[@]}" \
    -H 'Content-Type: application/json' -d '{"count": 8}' | jq -r .id)
  wait_task "$jd" | jq -r '
    .result.markdown,
    (if (.result.warnings | length) > 0 then "\n---\n\n**Wording warnings**\n", (.result.warnings[] | "- \"\(.phrase)\" (\(.category)\(if .severity then ", " + .severity else "" end)): \(.reason) Suggestion: \(.suggestion // "rephrase").\(if .action == "REPLACED" then " Replaced with \"" + .replacement + "\"." elif .action == "REMOVED" then " Left out of the text." elif .action == "KEPT" then " Still in the text." else "" end)") else empty end),
    "\n---\n\n**Assumptions**\n", (.result.assumptions[] | "- " + .),
    "\n_Engine: \(.result.engine.name) \(.result.engine.promptVersion // "")_"' > "$slug.job-description.md"
  wait_task "$questions" | jq -r '
    "# Interview kit: \(.result.questions | length) questions\n",
    (.result.questions | to_entries[] |
      "## \(.key + 1). \(.value.text)\n\n_\(.value.type), \(.value.competency)\(if .value.requirement then "; tests " + .value.requirement.name + " (" + .value.requirement.kind + ")" else "" end)_\n\nA good answer covers:\n",
      (.value.goodAnswer[] | "- " + .), "\n| Score | What it looks like |\n| --- | --- |",
      (.value.rubric[] | "| \(.score) | \(.description) |"),
      (if (.value.followUps // [] | length) > 0 then "\nFollow-ups:\n", (.value.followUps[] | "- " + .) else empty end),
      (if (.value.redFlags // [] | length) > 0 then "\nRed flags:\n", (.value.redFlags[] | "- " + .) else empty end), ""),
    (if .result.scoring then "_Scoring: \(.result.scoring.instructions)_\n" else empty end),
    "_Engine: \(.result.engine.name) \(.result.engine.promptVersion // "")_"' > "$slug.interview-questions.md"
  echo "wrote $slug.*.md"
}

example engineering-en '{"title": "Senior Backend Engineer", "language": "en", "seniority": "senior",
  "location": "Berlin, Germany", "employmentType": "Full-time", "workFormat": "Hybrid (2 office days a week)",
  "mustHaveSkills": ["Java", "PostgreSQL", "Kubernetes"], "niceToHaveSkills": ["Kafka", "Terraform"],
  "brief": "Our logistics platform routes two million parcels a day across Europe. The routing team of six owns a dozen Java services end to end, including on-call."}'
example sales-ru '{"title": "Менеджер по продажам B2B", "language": "ru", "seniority": "middle",
  "location": "Москва", "employmentType": "Полная занятость", "workFormat": "Офис",
  "mustHaveSkills": ["B2B sales", "CRM", "Переговоры"], "niceToHaveSkills": ["1С"],
  "brief": "Продаём складские системы учёта производственным компаниям. Ищем молодого мужчину до 30 лет с пропиской в Москве."}'
example hr-en '{"title": "HR Business Partner", "language": "en", "seniority": "senior",
  "location": "London, UK", "employmentType": "Full-time", "workFormat": "Hybrid",
  "mustHaveSkills": ["Recruiting", "Employee relations", "Performance management"], "niceToHaveSkills": ["Workday"],
  "brief": "We are a 400-person fintech growing fast. You will partner with the engineering and product leadership. Join a young and energetic team!"}'
example data-ru '{"title": "Аналитик данных", "language": "ru", "seniority": "middle",
  "location": "Санкт-Петербург", "employmentType": "Полная занятость", "workFormat": "Удалённо",
  "mustHaveSkills": ["SQL", "Python", "A/B testing"], "niceToHaveSkills": ["Airflow", "Tableau"],
  "brief": "Команда аналитики маркетплейса: метрики продукта, эксперименты и прогноз спроса для 30 категорий товаров."}'
example design-en '{"title": "Product Designer", "language": "en", "seniority": "middle",
  "location": "Amsterdam, Netherlands", "employmentType": "Full-time", "workFormat": "Remote within the EU",
  "mustHaveSkills": ["Figma", "User research", "Prototyping"], "niceToHaveSkills": ["Design systems"],
  "brief": "We design the mobile app that 2 million people use to manage their household energy use."}'
