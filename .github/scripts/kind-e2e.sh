#!/usr/bin/env bash
# The chart on a real cluster (kind), as helm/README.md's "Install" has it: the platform a mode needs, HR Assist from
# images built from this checkout installed with the previous chart (PREVIOUS in deploy/lib/upgrade.mjs, the chart
# installations run today), helm test, a job description requested through the API and its result stored, then the
# upgrade to this checkout's chart as helm/README.md's "Upgrading" has it, and the same again. Used by
# .github/workflows/cluster.yml; runs on any machine with docker, kind (v0.25.0), kubectl, helm, curl, jq and a git
# clone that holds PREVIOUS (./mvnw builds the images).
#   kind-e2e.sh platform knative|plain   cluster + what the mode needs
#   kind-e2e.sh images                   the five images into the cluster as kind.local/<app>:<version>
#   kind-e2e.sh install knative|plain    helm install of the previous chart, wait, helm test, a task end to end
#   kind-e2e.sh upgrade knative|plain    the documented upgrade steps, helm upgrade to this chart (logFormat=json;
#                                        Knative: durable dead letters), wait, volumes kept, helm test, a task
set -euo pipefail
cd "$(dirname "$0")/../.."

NS=hr-assist
KNATIVE=knative-v1.16.0
# Kubernetes 1.31 (Knative 1.16 needs 1.29 or newer): the node image kind v0.25.0 names in its release notes, by digest
# so every run starts from the same node.
KIND_VERSION=v0.25.0
KIND_NODE=kindest/node:v1.31.2@sha256:18fbefc20a7113353c7b75b5c869d7145a6abd6269154825872dc59c1329912e
# The chart installations run today: the commit deploy/check's upgrade check renders too.
PREVIOUS_REF="$(sed -n 's/^export const PREVIOUS = { ref: "\([0-9a-f]*\)".*/\1/p' deploy/lib/upgrade.mjs)"
VERSION="$(./mvnw -q -B -ntp help:evaluate -Dexpression=project.version -DforceStdout)"
APPS=(api-function jd-function questions-function resume-function ui)

platform() {
  kind version | grep -q "kind $KIND_VERSION " || echo "warning: $(kind version); $KIND_NODE is kind $KIND_VERSION's node image" >&2
  kind create cluster --name hr-assist --image "$KIND_NODE" --wait 5m
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
  for sts in hr-assist-postgres hr-assist-rabbitmq; do kubectl -n "$NS" rollout status "statefulset/$sts" --timeout=5m; done
  helm test hr-assist -n "$NS" --timeout 5m
}

# The previous chart (PREVIOUS_REF) out of git into a temporary folder; prints the chart's path.
previous_chart() {
  local dir
  [[ -n "$PREVIOUS_REF" ]] || { echo "no PREVIOUS ref in deploy/lib/upgrade.mjs" >&2; return 1; }
  git cat-file -e "$PREVIOUS_REF^{commit}" || { echo "commit $PREVIOUS_REF missing: a full clone is needed (fetch-depth: 0)" >&2; return 1; }
  dir="$(mktemp -d)"
  git archive "$PREVIOUS_REF" helm/hr-assist | tar -x -C "$dir"
  echo "$dir/helm/hr-assist"
}

# The manual steps of helm/README.md, "Upgrading an installation of chart 0.1.0", before helm upgrade.
before_upgrade() {
  if [[ "$1" == knative ]]; then
    # K_SINK without the SinkBinding: delete it first, so its controller removing K_SINK cannot race Helm setting it.
    kubectl -n "$NS" delete sinkbinding hr-assist-api-broker --ignore-not-found --wait
  fi
  # The StatefulSets once: their volumeClaimTemplates lose the version labels (immutable). The pods and their volumes
  # stay; the upgrade creates the StatefulSets again and they adopt the pods.
  kubectl -n "$NS" delete statefulset hr-assist-postgres hr-assist-rabbitmq --cascade=orphan --ignore-not-found
}

# The volume claims' identities: the upgrade must keep the same ones (the data).
claims() {
  kubectl -n "$NS" get pvc data-hr-assist-postgres-0 data-hr-assist-rabbitmq-0 -o jsonpath='{.items[*].metadata.uid}'
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
  # Stopped when flow returns, and only then: the trap clears itself (a RETURN trap outlives the function otherwise).
  trap 'kill "$forward" 2>/dev/null || true; trap - RETURN' RETURN
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
    chart="$(previous_chart)"
    # shellcheck disable=SC2046 # helm_args prints separate words on purpose
    helm install hr-assist "$chart" --create-namespace $(helm_args "$2")
    ready "$2" && flow "$2" ;;
  upgrade)
    volumes="$(claims)"
    before_upgrade "$2"
    # The same values given again, not --reuse-values: that would keep the previous chart's defaults, which lack this
    # chart's keys. Under Knative the dead letters move to the dead-letter Broker on the way (helm/README.md).
    # shellcheck disable=SC2046
    helm upgrade hr-assist helm/hr-assist --set logFormat=json $(helm_args "$2") \
      $([[ "$2" == knative ]] && echo --set knative.deadLetters.durable=true)
    ready "$2"
    [[ "$(claims)" == "$volumes" ]] || { echo "the upgrade replaced a volume claim: $volumes -> $(claims)" >&2; exit 1; }
    flow "$2" ;;
  *) echo "usage: $0 platform|images|install|upgrade [knative|plain]" >&2; exit 2 ;;
esac
