#!/usr/bin/env bash
# Fails when the committed knative/*.yaml differ from a fresh render of the chart.
set -euo pipefail
source "$(dirname "$0")/lib/bootstrap.sh"
exec "$DEPLOY_NODE" "$DEPLOY_DIR/lib/knative-files.mjs" --check
