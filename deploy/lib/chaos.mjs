// Checks of the Chaos Mesh experiments in deploy/chaos: our own JSON Schema (deploy/schemas/chaos-mesh.v1alpha1.json),
// then what it cannot see — the namespace, selectors that match exactly one workload of the rendered chart (by labels
// that survive upgrades), a NetworkChaos that does not target its own pods, and Workflows whose steps exist and fit
// in their deadlines.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { DEPLOY_DIR } from "./render.mjs";
import { ownSchema, schemaProblems } from "./own-schemas.mjs";

export const CHAOS_DIR = join(DEPLOY_DIR, "chaos");
export const NAMESPACE = "hr-assist";
// Labels that change with every release or pod: a selector on them stops matching after an upgrade.
const VOLATILE = new Set(["helm.sh/chart", "app.kubernetes.io/version", "pod-template-hash", "controller-revision-hash", "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index", "serving.knative.dev/revision", "serving.knative.dev/revisionUID", "serving.knative.dev/configurationGeneration"]);

/** Every document of deploy/chaos/*.yaml: {file, object}. */
export function loadExperiments() {
  const out = [];
  for (const f of readdirSync(CHAOS_DIR).filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const docs = parseAllDocuments(readFileSync(join(CHAOS_DIR, f), "utf8"));
    for (const d of docs) {
      if (d.errors.length) throw new Error(`deploy/chaos/${f}: ${d.errors.join("; ")}`);
      const object = d.toJS();
      if (object) out.push({ file: `deploy/chaos/${f}`, object });
    }
  }
  return out;
}

/** Pod templates of rendered objects: {workload: "Kind/name", labels, annotations}. Hooks (helm test) left out. */
export function podTemplates(objects) {
  const out = [];
  for (const o of objects) {
    if (o.metadata?.annotations?.["helm.sh/hook"]) continue;
    const name = `${o.kind}/${o.metadata?.name}`;
    let t;
    if (o.kind === "Pod") t = o;
    else if (o.kind === "CronJob") t = o.spec?.jobTemplate?.spec?.template;
    else if (["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"].includes(o.kind) || (o.kind === "Service" && String(o.apiVersion).startsWith("serving.knative.dev/"))) t = o.spec?.template;
    if (!t) continue;
    const labels = { ...(t.metadata?.labels ?? {}) };
    // Knative labels every revision's pods with their Service.
    if (o.kind === "Service") labels["serving.knative.dev/service"] = o.metadata.name;
    out.push({ workload: name, labels, annotations: t.metadata?.annotations ?? {} });
  }
  return out;
}

/** Every pod selector of an experiment, with where it sits: [{path, selector, role}]. */
function selectors(o) {
  const out = [];
  const fromSpec = (spec, path, kind) => {
    if (!spec || typeof spec !== "object") return;
    if (spec.selector) out.push({ path: `${path}.selector`, selector: spec.selector, role: "source", group: path });
    if (kind === "NetworkChaos" && spec.target?.selector) out.push({ path: `${path}.target.selector`, selector: spec.target.selector, role: "target", group: path });
  };
  const fromSchedule = (s, path) => {
    fromSpec(s?.podChaos, `${path}.podChaos`, "PodChaos");
    fromSpec(s?.networkChaos, `${path}.networkChaos`, "NetworkChaos");
  };
  if (o.kind === "PodChaos" || o.kind === "NetworkChaos") fromSpec(o.spec, "spec", o.kind);
  if (o.kind === "Schedule") fromSchedule(o.spec, "spec");
  if (o.kind === "Workflow")
    (o.spec?.templates ?? []).forEach((t, i) => {
      const path = `spec.templates[${i}](${t.name})`;
      fromSpec(t.podChaos, `${path}.podChaos`, "PodChaos");
      fromSpec(t.networkChaos, `${path}.networkChaos`, "NetworkChaos");
      if (t.schedule) fromSchedule(t.schedule, `${path}.schedule`);
    });
  return out;
}

/** Milliseconds of a Go duration ("1m30s", "500ms"). */
export function durationMs(d) {
  const units = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1e3, m: 6e4, h: 3.6e6 };
  let total = 0;
  for (const [, n, u] of String(d).matchAll(/([0-9.]+)(ns|us|µs|ms|s|m|h)/g)) total += Number(n) * units[u];
  return total;
}

function workflowProblems(o, where) {
  const out = [];
  const templates = o.spec.templates;
  const byName = new Map();
  for (const t of templates) {
    if (byName.has(t.name)) out.push(`${where}: template ${t.name} defined twice`);
    byName.set(t.name, t);
  }
  if (!byName.has(o.spec.entry)) {
    out.push(`${where}: entry ${o.spec.entry} names no template`);
    return out;
  }
  const reached = new Set();
  const walk = (name, stack) => {
    if (stack.includes(name)) return out.push(`${where}: templates loop: ${[...stack, name].join(" → ")}`);
    reached.add(name);
    for (const c of byName.get(name)?.children ?? []) {
      if (!byName.has(c)) out.push(`${where}: ${name} runs ${c}, which is no template`);
      else walk(c, [...stack, name]);
    }
  };
  walk(o.spec.entry, []);
  for (const t of templates) if (!reached.has(t.name)) out.push(`${where}: template ${t.name} is never run from ${o.spec.entry}`);
  // A Serial step's deadline must leave room for its children one after another, a Parallel one for the longest.
  for (const t of templates) {
    if (!["Serial", "Parallel"].includes(t.templateType) || !t.deadline) continue;
    const kids = (t.children ?? []).map((c) => durationMs(byName.get(c)?.deadline ?? 0));
    const need = t.templateType === "Serial" ? kids.reduce((a, b) => a + b, 0) : Math.max(0, ...kids);
    if (durationMs(t.deadline) < need) out.push(`${where}: ${t.name} has deadline ${t.deadline}, its children need ${need / 1000}s`);
  }
  return out;
}

/** Problems of all experiments; renders: {mode: objects} of the chart (each selector must work in every mode). */
export function chaosPolicy(experiments, renders) {
  const out = [];
  if (experiments.length === 0) out.push("no experiments in deploy/chaos");
  const validate = ownSchema("chaos-mesh.v1alpha1.json");
  const pods = Object.fromEntries(Object.entries(renders).map(([mode, objs]) => [mode, podTemplates(objs)]));
  const seen = new Set();
  for (const { file, object: o } of experiments) {
    const where = `${file} ${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;
    const schema = schemaProblems(validate, o, where);
    if (schema.length) {
      out.push(...schema);
      continue;
    }
    if (seen.has(`${o.kind}/${o.metadata.name}`)) out.push(`${where}: defined twice`);
    seen.add(`${o.kind}/${o.metadata.name}`);
    if (o.metadata.namespace !== NAMESPACE) out.push(`${where}: metadata.namespace must be ${NAMESPACE}`);
    if (o.kind === "Workflow") out.push(...workflowProblems(o, where));
    const matched = {};
    for (const { path, selector, role, group } of selectors(o)) {
      if (selector.namespaces.length !== 1 || selector.namespaces[0] !== NAMESPACE) out.push(`${where}: ${path}.namespaces must be [${NAMESPACE}]`);
      for (const k of Object.keys(selector.labelSelectors)) if (VOLATILE.has(k)) out.push(`${where}: ${path} selects by ${k}, which changes with every release`);
      for (const [mode, templates] of Object.entries(pods)) {
        const hits = templates.filter((p) => Object.entries(selector.labelSelectors).every(([k, v]) => p.labels[k] === v) && Object.entries(selector.annotationSelectors ?? {}).every(([k, v]) => p.annotations[k] === v));
        const workloads = [...new Set(hits.map((h) => h.workload))];
        const labels = Object.entries(selector.labelSelectors).map(([k, v]) => `${k}=${v}`).join(",");
        if (workloads.length === 0) out.push(`${where}: ${path} (${labels}) matches no pod the chart renders [${mode}]`);
        else if (workloads.length > 1) out.push(`${where}: ${path} (${labels}) matches ${workloads.length} workloads [${mode}]: ${workloads.join(", ")} — narrow it to one`);
        else (matched[`${group}|${mode}`] ??= {})[role] = workloads[0];
      }
    }
    for (const [key, m] of Object.entries(matched)) if (m.source && m.target && m.source === m.target) out.push(`${where}: ${key.split("|")[0]} targets its own pods (${m.source})`);
  }
  return out;
}
