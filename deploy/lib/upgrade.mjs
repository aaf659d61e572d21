// helm upgrade from the previous chart: both charts rendered with the same values, then diffed object by object.
// Fails on objects an upgrade would delete that are not known to go, and on changes to fields Kubernetes or the
// controllers refuse to change (StatefulSet selector, serviceName and volumeClaimTemplates, Deployment selector,
// Broker spec, RabbitmqBrokerConfig spec, Trigger broker and filter).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { REPO_DIR, CHART, helm, splitDocuments, id } from "./render.mjs";

// The chart as installations run it today: main when this check was written (chart 0.1.0, SinkBinding for K_SINK).
// Move it forward at each release (the commit of the tag vX.Y.Z). The one place that names the previous release:
// deploy/rolling-update.sh reads the ref from this line (keep it on one line, `ref` first) to run that API.
export const PREVIOUS = { ref: "d7216ee", label: "0.1.0 (d7216ee)" };

// Objects the upgrade deletes on purpose, with the reason (the check fails on any other deletion).
export const EXPECTED_REMOVALS = {
  "SinkBinding/hr-assist-api-broker": "K_SINK is set by the chart (knative.sinkBinding=false): see helm/README.md, Upgrading",
  "PingSource/hr-assist-api-outbox-wake":
    "no timer wakes a scaled-to-zero API: it relays on commit and drains before scale-down (api.outboxWake.enabled brings it back)",
};

// Objects whose immutable fields the upgrade changes once, on purpose: Helm cannot apply that in place, so helm/README.md
// (Upgrading) has the step that recreates them first. Each entry names the one change it accepts (`accepts(before,
// after)`, on the object's immutable fields): any other change to those fields still fails.
const VERSION_LABELS = ["helm.sh/chart", "app.kubernetes.io/version", "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by"];
const stableClaimLabels = (sts) => (sts.spec.volumeClaimTemplates ?? []).map((t) => ({ ...t, metadata: { ...t.metadata, labels: Object.fromEntries(Object.entries(t.metadata?.labels ?? {}).filter(([k]) => !VERSION_LABELS.includes(k))) } }));
const claimLabelsOnly = {
  reason: "its volumeClaimTemplates drop the labels that follow the chart and app version (helm.sh/chart, app.kubernetes.io/version), so later version bumps can upgrade; once: kubectl delete statefulset --cascade=orphan, then helm upgrade (helm/README.md, Upgrading)",
  // Accepted: the previous templates minus the version labels are exactly the new ones, selector and serviceName equal.
  accepts: (before, after) => JSON.stringify([before.spec.selector, before.spec.serviceName, stableClaimLabels(before)]) === JSON.stringify([after.spec.selector, after.spec.serviceName, after.spec.volumeClaimTemplates]),
};
export const EXPECTED_RECREATES = {
  "StatefulSet/hr-assist-postgres": claimLabelsOnly,
  "StatefulSet/hr-assist-rabbitmq": claimLabelsOnly,
};

const key = (o) => `${o.kind}/${o.metadata.name}`;
const pick = (o, paths) => JSON.stringify(paths.map((p) => p.split(".").reduce((x, k) => x?.[k], o)));
const IMMUTABLE = {
  StatefulSet: ["spec.selector", "spec.serviceName", "spec.volumeClaimTemplates"],
  Deployment: ["spec.selector"],
  Broker: ["spec", "metadata.annotations.eventing\u002eknative\u002edev/broker\u002eclass"],
  RabbitmqBrokerConfig: ["spec"],
  Trigger: ["spec.broker", "spec.filter"],
  PersistentVolumeClaim: ["spec"],
};

/** The previous chart extracted from git into a temporary folder; null without that commit (a shallow clone). */
export function previousChart() {
  try {
    execFileSync("git", ["cat-file", "-e", `${PREVIOUS.ref}^{commit}`], { cwd: REPO_DIR, stdio: "ignore" });
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), "hr-assist-previous-"));
  const tar = execFileSync("git", ["archive", PREVIOUS.ref, CHART], { cwd: REPO_DIR, maxBuffer: 64 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  return { path: join(dir, CHART), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function render(chart, sets) {
  const args = ["template", "hr-assist", chart, "--namespace", "hr-assist"];
  for (const [k, v] of Object.entries(sets)) args.push("--set", `${k}=${v}`);
  return splitDocuments(await helm(args)).map((d) => d.object);
}

/** Differences of an upgrade from `before` to `after` (object lists): {added, removed, changed, recreated, problems}. */
export function upgradeDiff(before, after) {
  const a = new Map(before.map((o) => [key(o), o]));
  const b = new Map(after.map((o) => [key(o), o]));
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed = [...b.keys()].filter((k) => a.has(k) && JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)));
  const problems = [];
  for (const k of removed) {
    const o = a.get(k);
    if (EXPECTED_REMOVALS[k]) continue;
    const kept = o.metadata.annotations?.["helm.sh/resource-policy"] === "keep";
    problems.push(`${k} would be ${kept ? "orphaned (kept by Helm, no longer managed)" : "deleted"} by the upgrade`);
  }
  const recreated = [];
  for (const k of changed) {
    const paths = IMMUTABLE[a.get(k).kind];
    if (!paths || pick(a.get(k), paths) === pick(b.get(k), paths)) continue;
    if (EXPECTED_RECREATES[k]?.accepts(a.get(k), b.get(k))) recreated.push(k);
    else problems.push(`${k}: the upgrade changes ${paths.join(", ")}, which cannot change in place`);
  }
  // Helm 4 applies server-side: a field a controller patched into a rendered object belongs to that controller, and
  // the upgrade conflicts on it. A SinkBinding patches its subject's containers list (K_SINK).
  for (const sb of after.filter((o) => o.kind === "SinkBinding")) problems.push(`${id(sb)}: its controller owns ${sb.spec.subject.name}'s containers list; a server-side upgrade conflicts`);
  return { added, removed, changed, recreated, problems };
}

/** The upgrade from PREVIOUS to the working tree for each set of values: a summary line and the problems. */
export async function upgradeProblems(valueSets) {
  const prev = previousChart();
  if (!prev) return { summary: `skipped: no commit ${PREVIOUS.ref} (shallow clone)`, problems: [] };
  try {
    const problems = [], parts = [];
    for (const [name, sets] of Object.entries(valueSets)) {
      const d = upgradeDiff(await render(prev.path, sets), await render(CHART, sets));
      parts.push(`${name}: +${d.added.length} -${d.removed.length} ~${d.changed.length}${d.recreated.length ? ` (recreate ${d.recreated.join(", ")})` : ""}`);
      problems.push(...d.problems.map((p) => `[${name}] ${p}`));
    }
    return { summary: `${PREVIOUS.label} → working tree; ${parts.join(", ")}`, problems };
  } finally {
    prev.cleanup();
  }
}
