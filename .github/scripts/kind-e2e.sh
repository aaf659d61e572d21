#!/usr/bin/env bash
# The chart on a real cluster (kind), as helm/README.md's "Install" has it: the platform a mode needs, HR Assist from
# images built from this checkout, helm test, a job description requested through the API and its result stored,
# then a helm upgrade and the same again. Used by .github/workflows/cluster.yml; runs on any machine with docker,
# kind, kubectl, helm, curl and jq (./mvnw builds the images).
#   kind-e2e.sh platform knative|plain   cluster + what the mode needs
#   kind-e2e.sh images                   the five images into the cluster as kind.local/<app>:<version>
#   kind-e2e.sh install knative|plain    helm install, wait, helm test, a task end to end
#   kind-e2e.sh upgrade knative|plain    helm upgrade (logFormat=json), wait, helm test, a task end to end
set -euo pipefail
cd "$(dirname "$0")/../.."

NS=hr-assist
KNATIVE=knative-v1.16.0
VERSION="$(./mvnw -q -B -ntp help:evaluate -Dexpression=project.version -DforceStdout)"
APPS=(api-function jd-function questions-function resume-function ui)

platform() {
  kind create cluster --name hr-assist --wait 5m
  kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.16.2/cert-manager.yaml
  kubectl -n cert-manager wait --for=condition=Available deploy --all --timeout=5m
  if [[ "$1" == knative ]]; then
    kubectl apply -f "https://github.com/knative/serving/releases/download/$KNATIVE/serving-crds.yaml"
    kubectl apply -f "https://github.com/knative/serving/releases/download/$KNATIVE/serving-core.yaml"
    kubectl apply -f "https://github.com/knative/net-kourier/releases/download/$KNATIVE/kourier.yaml"
    kubectl -n knative-serving patch cm config-network --type merge \
      -p '{"data":{"ingress-class":"kourier.ingress.networking.knative.dev"}}'
    kubectl -n knative-serving patch cm config-features --type merge -p '{"data":{"kubernetes.podspec-emptydir":"enabled"}}'
    kubectl apply -f "https://github.com/knative/eventing/releases/download/$KNATIVE/eventing-crds.yaml"
    kubectl apply -f "https://github.com/knative/eventing/releases/download/$KNATIVE/eventing-core.yaml"
    kubectl -n knative-eventing patch cm config-features --type merge -p '{"data":{"delivery-timeout":"enabled"}}'
    kubectl apply -f https://github.com/rabbitmq/cluster-operator/releases/download/v2.11.0/cluster-operator.yml
  fi
  kubectl apply -f https://github.com/rabbitmq/messaging-topology-operator/releases/download/v1.15.0/messaging-topology-operator-with-certmanager.yaml
  if [[ "$1" == knative ]]; then
    kubectl apply -f "https://github.com/knative-extensions/eventing-rabbitmq/releases/download/$KNATIVE/rabbitmq-broker.yaml"
    kubectl -n knative-serving wait --for=condition=Available deploy --all --timeout=5m
    kubectl -n knative-eventing wait --for=condition=Available deploy --all --timeout=5m
  else
    helm install keda keda --repo https://kedacore.github.io/charts --version 2.16.1 -n keda --create-namespace --wait
  fi
  kubectl -n rabbitmq-system wait --for=condition=Available deploy --all --timeout=5m
}

images() {
  ./mvnw -B -ntp -pl "$(IFS=,; echo "${APPS[*]}")" -am package -DskipTests jib:dockerBuild
  for app in "${APPS[@]}"; do
    docker tag "$app:$VERSION" "kind.local/$app:$VERSION" # kind.local: Knative does not resolve it to a digest
    kind load docker-image --name hr-assist "kind.local/$app:$VERSION"
  done
}

helm_args() {
  echo --namespace "$NS" --set image.registry=kind.local --set image.tag="$VERSION" --set knative.enabled="$([[ "$1" == knative ]] && echo true || echo false)"
}

ready() {
  if [[ "$1" == knative ]]; then
    kubectl -n "$NS" wait --for=condition=Ready ksvc --all --timeout=10m
    kubectl -n "$NS" wait --for=condition=Ready broker --all --timeout=5m
    kubectl -n "$NS" wait --for=condition=Ready trigger --all --timeout=5m
  else
    kubectl -n "$NS" wait --for=condition=Available deploy --all --timeout=10m
  fi
  helm test hr-assist -n "$NS" --timeout 5m
}

# A job description through the API: signed in as the admin, a vacancy, the task, its stored result.
flow() {
  local api header=() forward
  if [[ "$1" == knative ]]; then
    # The API is cluster-local: through Kourier's internal gateway, which wakes it from zero.
    kubectl -n kourier-system port-forward svc/kourier-internal 18080:80 >/dev/null &
    header=(-H "Host: hr-assist-api.$NS.svc.cluster.local")
  else
    kubectl -n "$NS" port-forward deploy/hr-assist-api 18080:8080 >/dev/null &
  fi
  forward=$!
  trap 'kill "$forward" 2>/dev/null || true' RETURN
  api=http://127.0.0.1:18080
  for _ in $(seq 30); do curl -fsS -o /dev/null "${header[@]}" "$api/health/readiness" && break; sleep 2; done
  local password token vacancy task status
  password="$(kubectl -n "$NS" get secret hr-assist-app -o jsonpath='{.data.admin-password}' | base64 -d)"
  token="$(jq -n --arg p "$password" '{username: "admin", password: $p}' \
    | curl -fsS "${header[@]}" -H 'Content-Type: application/json' -d @- "$api/login" | jq -r .access_token)"
  local auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  vacancy="$(curl -fsS "${header[@]}" "${auth[@]}" \
    -d '{"title":"Platform Engineer","language":"en","mustHaveSkills":["Kubernetes","Go"]}' \
    "$api/api/v1/vacancies" | jq -r .id)"
  task="$(curl -fsS "${header[@]}" "${auth[@]}" -X POST "$api/api/v1/vacancies/$vacancy/job-description" | jq -r .id)"
  for _ in $(seq 60); do
    status="$(curl -fsS "${header[@]}" "${auth[@]}" "$api/api/v1/tasks/$task" | jq -r .status)"
    [[ "$status" == PENDING ]] || break
    sleep 5
  done
  echo "task $task: $status"
  [[ "$status" == SUCCEEDED ]]
}

case "${1:-}" in
  platform) platform "$2" ;;
  images) images ;;
  install)
    # shellcheck disable=SC2046 # helm_args prints separate words on purpose
    helm install hr-assist helm/hr-assist --create-namespace $(helm_args "$2")
    ready "$2" && flow "$2" ;;
  upgrade)
    # shellcheck disable=SC2046
    helm upgrade hr-assist helm/hr-assist --reuse-values --set logFormat=json $(helm_args "$2")
    ready "$2" && flow "$2" ;;
  *) echo "usage: $0 platform|images|install|upgrade [knative|plain]" >&2; exit 2 ;;
esac
