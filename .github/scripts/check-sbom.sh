#!/usr/bin/env bash
# Proves that an app image carries the SBOM of what it runs: builds MODULE's Jib image as a tar on an empty base
# (`scratch`: no registry, no Docker), then checks that /app/sbom/bom.json is in it, is CycloneDX for MODULE, and
# names every jar of the image's /app/libs with its version (a jar missing from the SBOM would be invisible to scanners).
# Usage: .github/scripts/check-sbom.sh [MODULE...]   (default: the five app images; about a minute each)
set -euo pipefail
cd "$(dirname "$0")/../.."
modules=("$@")
[[ ${#modules[@]} -gt 0 ]] || modules=(api-function jd-function questions-function resume-function ui)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -B -ntp -q -pl "$(IFS=,; echo "${modules[*]}")" -am package jib:buildTar -DskipTests -Djib.from.image=scratch
failed=0
for m in "${modules[@]}"; do
  fs="$work/$m"
  mkdir -p "$fs/image" "$fs/root"
  tar -xf "$m/target/jib-image.tar" -C "$fs/image"
  for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$fs/image/manifest.json"); do
    tar --warning=no-unknown-keyword -xzf "$fs/image/$layer" -C "$fs/root"
  done
  if python3 - "$m" "$fs/root" <<'PY'; then echo "ok: $m"; else failed=$((failed + 1)); fi
import json, os, sys
module, root = sys.argv[1], sys.argv[2]
path = os.path.join(root, "app/sbom/bom.json")
if not os.path.isfile(path):
    sys.exit(f"FAIL: {module}: no /app/sbom/bom.json in the image")
bom = json.load(open(path))
problems = []
if bom.get("bomFormat") != "CycloneDX":
    problems.append("not CycloneDX")
if bom.get("metadata", {}).get("component", {}).get("name") != module:
    problems.append("metadata.component is not " + module)
listed = {f'{c["name"]}-{c.get("version", "")}.jar' for c in bom.get("components", [])}
jars = sorted(os.listdir(os.path.join(root, "app/libs")))
missing = [j for j in jars if j not in listed and not any(j.endswith("-" + l) for l in listed)]
problems += [f"{j} is in the image but not in the SBOM" for j in missing]
if problems:
    sys.exit(f"FAIL: {module}: " + "; ".join(problems))
print(f"{module}: {len(jars)} jars in /app/libs, all in the SBOM ({len(listed)} components)")
PY
done
echo "sbom: $((${#modules[@]} - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
