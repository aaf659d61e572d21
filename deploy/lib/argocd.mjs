// Checks of deploy/argocd/application.yaml: our own JSON Schema of the Application (there is no model package for
// argoproj.io), then what the schema cannot see — the chart path, the release name the object names depend on, a
// render of the chart with the Application's values, and ignoreDifferences that match what the chart renders.
import { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { parseAllDocuments, stringify } from "yaml";
import { REPO_DIR, helm, splitDocuments } from "./render.mjs";
import { ownSchema, schemaProblems } from "./own-schemas.mjs";

export const APPLICATION_FILE = "deploy/argocd/application.yaml";
export const NAMESPACE = "hr-assist";
export const RELEASE = "hr-assist";
const REQUIRED_SYNC_OPTIONS = ["CreateNamespace=true", "ServerSideApply=true"];

export function loadApplication() {
  const docs = parseAllDocuments(readFileSync(join(REPO_DIR, APPLICATION_FILE), "utf8"));
  const errors = docs.flatMap((d) => d.errors.map(String));
  if (errors.length) throw new Error(`${APPLICATION_FILE}: ${errors.join("; ")}`);
  const objects = docs.map((d) => d.toJS()).filter(Boolean);
  if (objects.length !== 1) throw new Error(`${APPLICATION_FILE}: ${objects.length} documents, expected one Application`);
  return objects[0];
}

/** helm template of the Application's source with its values, parameters and release, into its namespace. */
export async function renderApplication(app) {
  const helmSrc = app.spec?.source?.helm ?? {};
  const dir = mkdtempSync(join(tmpdir(), "hr-assist-argocd-"));
  try {
    const args = ["template", helmSrc.releaseName ?? app.metadata?.name, app.spec?.source?.path, "--namespace", app.spec?.destination?.namespace ?? "default"];
    for (const f of helmSrc.valueFiles ?? []) args.push("--values", join(app.spec.source.path, f));
    if (helmSrc.values) {
      writeFileSync(join(dir, "values.yaml"), helmSrc.values);
      args.push("--values", join(dir, "values.yaml"));
    }
    if (helmSrc.valuesObject) {
      writeFileSync(join(dir, "values-object.yaml"), stringify(helmSrc.valuesObject));
      args.push("--values", join(dir, "values-object.yaml"));
    }
    for (const p of helmSrc.parameters ?? []) args.push(p.forceString ? "--set-string" : "--set", `${p.name}=${p.value}`);
    return splitDocuments(await helm(args)).map((d) => d.object);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const groupOf = (o) => (String(o.apiVersion).includes("/") ? String(o.apiVersion).split("/")[0] : "");

/**
 * Problems of the Application. ctx.renders: {name: objects} of the chart in its modes; ctx.appRender: objects
 * rendered with the Application's values (or ctx.appRenderError).
 */
export function applicationPolicy(app, ctx) {
  const out = schemaProblems(ownSchema("argocd-application.v1alpha1.json"), app, "Application");
  if (out.length) return out; // the rest assumes the structure
  const { source, destination, syncPolicy } = app.spec;
  const chartYaml = join(REPO_DIR, source.path, "Chart.yaml");
  if (!existsSync(chartYaml)) out.push(`spec.source.path ${source.path} is no chart in this repository`);
  if (source.path !== "helm/hr-assist") out.push(`spec.source.path must be helm/hr-assist, is ${source.path}`);
  if (source.helm.releaseName !== RELEASE) out.push(`spec.source.helm.releaseName must be ${RELEASE}: knative/, the local runner and the NetworkPolicies use its object names`);
  if (destination.namespace !== NAMESPACE) out.push(`spec.destination.namespace must be ${NAMESPACE}, is ${destination.namespace}`);
  if (!syncPolicy.automated.prune || !syncPolicy.automated.selfHeal) out.push("spec.syncPolicy.automated needs prune: true and selfHeal: true");
  if (syncPolicy.automated.enabled === false) out.push("spec.syncPolicy.automated.enabled is false");
  for (const o of REQUIRED_SYNC_OPTIONS) if (!syncPolicy.syncOptions.includes(o)) out.push(`spec.syncPolicy.syncOptions lacks ${o}`);

  if (ctx.appRenderError) {
    out.push(`the chart does not render with the Application's values: ${ctx.appRenderError}`);
    return out;
  }
  const appObjects = ctx.appRender ?? [];
  const everything = [...Object.values(ctx.renders ?? {}).flat(), ...appObjects];
  const ignores = app.spec.ignoreDifferences ?? [];
  // Every ignoreDifferences entry names a kind (and object) that the chart renders in one of its modes.
  ignores.forEach((d, i) => {
    const matches = everything.filter((o) => o.kind === d.kind && groupOf(o) === d.group && (!d.name || o.metadata?.name === d.name));
    if (matches.length === 0) out.push(`spec.ignoreDifferences[${i}]: the chart renders no ${d.group || "core"}/${d.kind}${d.name ? ` named ${d.name}` : ""}`);
    if (d.namespace && d.namespace !== destination.namespace) out.push(`spec.ignoreDifferences[${i}]: namespace ${d.namespace} is not the destination's`);
  });
  // Argo CD renders with `helm template`: lookup finds nothing, so a generated Secret gets new random values on every
  // render. Its live data must be ignored, also when syncing, or a sync would change passwords under running services.
  const generated = appObjects.filter((o) => o.kind === "Secret" && o.metadata?.annotations?.["hr-assist.io/generated"] === "true");
  for (const s of generated) {
    const covered = ignores.some((d) => d.group === "" && d.kind === "Secret" && (!d.name || d.name === s.metadata.name) && (d.jsonPointers ?? []).some((p) => p === "/data"));
    if (!covered) out.push(`generated Secret ${s.metadata.name} has random values on every render: add an ignoreDifferences entry for its /data`);
  }
  if (generated.length && !syncPolicy.syncOptions.includes("RespectIgnoreDifferences=true"))
    out.push("the generated Secrets' /data is only ignored in the diff: add RespectIgnoreDifferences=true so a sync keeps their live values");
  // The SinkBinding injects K_SINK into its subject; selfHeal must not fight the webhook over it.
  for (const sb of appObjects.filter((o) => o.kind === "SinkBinding")) {
    const subject = sb.spec?.subject?.name;
    const ok = ignores.some((d) => d.kind === sb.spec?.subject?.kind && d.group === groupOf(sb.spec.subject) && (!d.name || d.name === subject) && (d.jqPathExpressions ?? []).some((e) => e.includes("K_SINK")));
    const ssd = /ServerSideDiff=true/.test(app.metadata.annotations?.["argocd.argoproj.io/compare-options"] ?? "") && /IncludeMutationWebhook=true/.test(app.metadata.annotations?.["argocd.argoproj.io/compare-options"] ?? "");
    if (!ok && !ssd) out.push(`SinkBinding ${sb.metadata.name} injects K_SINK into ${subject}: ignore it (jqPathExpressions) or diff server-side with IncludeMutationWebhook`);
  }
  return out;
}
