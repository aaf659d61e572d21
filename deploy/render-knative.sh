#!/usr/bin/env bash
# Writes knative/*.yaml from the chart: `helm template hr-assist helm/hr-assist` with knative.enabled=true, keeping
# the Knative Services, the Broker and its RabbitmqBrokerConfig, the Triggers and the SinkBinding.
set -euo pipefail
source "$(dirname "$0")/lib/bootstrap.sh"
exec "$DEPLOY_NODE" "$DEPLOY_DIR/lib/knative-files.mjs" --write
