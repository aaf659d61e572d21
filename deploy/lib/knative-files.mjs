// knative/*.yaml are generated from the chart: the Knative objects of `helm template hr-assist helm/hr-assist`
// (default values: knative.enabled=true), one file per concern, each document as Helm rendered it.
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { REPO_DIR, template } from "./render.mjs";

const GENERATED = "# Generated from helm/hr-assist by deploy/render-knative.sh: edit the chart, then run it again.";

// The header of triggers.yaml is part of its contract (the local broker documents itself through it).
const TRIGGERS_HEADER = `# Triggers of the hr-assist broker: one per request type (to its function) and one per result type (back to the
# API). eventing-rabbitmq matches exact attribute values only, so each result type has its own Trigger; no reply
# type matches the trigger of its request. Every Trigger retries with exponential backoff and dead-letters to the
# API's /dead-letters, which ends the task as failed with the reason. \`./hr-assist run\` routes by these same files.`;

export const FILES = [
  {
    file: "services.yaml",
    header: `# Knative Services of HR Assist: the API, the three generator functions and the UI, scaling from zero. Only the
# UI is public; the others are cluster-local. They read their Secrets (hr-assist-postgres, hr-assist-app, optional
# hr-assist-openai) and the ConfigMap hr-assist-api that the chart creates (see knative/README.md).`,
    match: (o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service",
  },
  {
    file: "broker.yaml",
    header: `# The hr-assist broker, backed by RabbitMQ through eventing-rabbitmq. Its spec and config cannot change once
# created: delete and recreate the broker (and its Triggers) to change them.`,
    match: (o) => ["RabbitmqBrokerConfig", "Broker"].includes(o.kind) && o.apiVersion.startsWith("eventing.knative.dev/"),
    order: ["RabbitmqBrokerConfig", "Broker"],
  },
  { file: "triggers.yaml", header: TRIGGERS_HEADER, match: (o) => o.kind === "Trigger" },
  {
    file: "sinkbinding.yaml",
    header: "# The SinkBinding of the API (only with knative.sinkBinding=true: by default the chart sets K_SINK itself, see\n# services.yaml); with api.outboxWake.enabled the PingSource that wakes its outbox relay.",
    match: (o) => o.kind === "SinkBinding" || o.kind === "PingSource",
  },
];

export async function renderKnativeFiles() {
  const docs = await template({ "knative.enabled": true });
  const out = {};
  for (const { file, header, match, order } of FILES) {
    const mine = docs.filter((d) => match(d.object));
    if (order) mine.sort((a, b) => order.indexOf(a.object.kind) - order.indexOf(b.object.kind));
    // sinkbinding.yaml: the SinkBinding and the PingSource are optional now; keep the file (./hr-assist run names it).
    if (!mine.length && file !== "sinkbinding.yaml") throw new Error(`no objects for knative/${file}`);
    out[file] = `${header}\n${GENERATED}\n\n${mine.map((d) => `---\n${d.text}\n`).join("")}`;
  }
  return out;
}

export async function writeKnativeFiles() {
  const files = await renderKnativeFiles();
  for (const [file, text] of Object.entries(files)) writeFileSync(join(REPO_DIR, "knative", file), text);
  return Object.keys(files);
}

/** Differences between knative/ and a fresh render: [] when they agree. */
export async function knativeDrift() {
  const files = await renderKnativeFiles();
  const problems = [];
  for (const [file, text] of Object.entries(files)) {
    const path = join(REPO_DIR, "knative", file);
    if (!existsSync(path)) { problems.push(`knative/${file} is missing`); continue; }
    const committed = readFileSync(path, "utf8");
    if (committed === text) continue;
    const a = committed.split("\n"), b = text.split("\n");
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    problems.push(`knative/${file} differs from the chart at line ${i + 1}: has ${JSON.stringify(a[i] ?? "<end>")}, render gives ${JSON.stringify(b[i] ?? "<end>")}`);
  }
  const known = new Set([...Object.keys(files), "README.md"]);
  for (const f of readdirSync(join(REPO_DIR, "knative"))) {
    if (f.endsWith(".yaml") && !known.has(f)) problems.push(`knative/${f} is not generated from the chart`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2];
  if (mode === "--write") {
    const written = await writeKnativeFiles();
    console.log(`wrote ${written.map((f) => `knative/${f}`).join(", ")}`);
  } else {
    const problems = await knativeDrift();
    if (problems.length) {
      console.log(`FAIL knative/ drifted from the chart (run deploy/render-knative.sh):\n  ${problems.join("\n  ")}`);
      process.exit(1);
    }
    console.log("PASS knative/ matches a fresh render of the chart");
  }
}
