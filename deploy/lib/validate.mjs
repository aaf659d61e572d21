// Schema validation of rendered objects: kubernetes-models and its third-party packages (Knative, KEDA, External
// Secrets, cert-manager, Sealed Secrets, Prometheus Operator, CloudNativePG), and our own JSON Schemas for the kinds no
// package carries (RabbitmqBrokerConfig, the RabbitMQ operators' kinds). An object of a kind nobody knows fails.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { DEPLOY_DIR, id } from "./render.mjs";

const require = createRequire(import.meta.url);
const Ajv = require("ajv");

// apiVersion -> module that exports its models.
const MODULES = {
  v1: "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "batch/v1": "kubernetes-models/batch/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "policy/v1": "kubernetes-models/policy/v1",
  "rbac.authorization.k8s.io/v1": "kubernetes-models/rbac.authorization.k8s.io/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "serving.knative.dev/v1": "@kubernetes-models/knative/serving.knative.dev/v1",
  "serving.knative.dev/v1beta1": "@kubernetes-models/knative/serving.knative.dev/v1beta1",
  "eventing.knative.dev/v1": "@kubernetes-models/knative/eventing.knative.dev/v1",
  "eventing.knative.dev/v1alpha1": "@kubernetes-models/knative/eventing.knative.dev/v1alpha1",
  "sources.knative.dev/v1": "@kubernetes-models/knative/sources.knative.dev/v1",
  "keda.sh/v1alpha1": "@kubernetes-models/keda/keda.sh/v1alpha1",
  "external-secrets.io/v1": "@kubernetes-models/external-secrets/external-secrets.io/v1",
  "cert-manager.io/v1": "@kubernetes-models/cert-manager/cert-manager.io/v1",
  "bitnami.com/v1alpha1": "@kubernetes-models/sealed-secrets/bitnami.com/v1alpha1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
  // CloudNativePG's Cluster and ScheduledBackup, from the operator's CRDs.
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
};

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const OWN_SCHEMAS = {
  "eventing.knative.dev/v1alpha1/RabbitmqBrokerConfig": ajv.compile(
    JSON.parse(readFileSync(join(DEPLOY_DIR, "schemas", "rabbitmqbrokerconfig.v1alpha1.json"), "utf8")),
  ),
};
// CloudNativePG: its CRDs' schema (the model package, above) prunes unknown fields instead of refusing them and cannot
// run the CRDs' CEL rules, so ours, written from its API reference for the fields the chart uses, checks those too.
const STRICT = {
  "postgresql.cnpg.io/v1/Cluster": ajv.compile(JSON.parse(readFileSync(join(DEPLOY_DIR, "schemas", "cnpg-cluster.v1.json"), "utf8"))),
  "postgresql.cnpg.io/v1/ScheduledBackup": ajv.compile(JSON.parse(readFileSync(join(DEPLOY_DIR, "schemas", "cnpg-scheduledbackup.v1.json"), "utf8"))),
};

// The RabbitMQ Messaging Topology Operator's kinds the chart renders (per-component users).
for (const kind of ["User", "Permission", "TopicPermission", "Queue", "Policy", "RabbitmqCluster"])
  OWN_SCHEMAS[`rabbitmq.com/v1beta1/${kind}`] = ajv.compile(JSON.parse(readFileSync(join(DEPLOY_DIR, "schemas", `rabbitmq-${kind.toLowerCase()}.v1beta1.json`), "utf8")));


const STATUS_REQUIRED_BY_MODEL = new Set(["sources.knative.dev/v1/SinkBinding"]);

const modules = new Map();
async function modelClass(apiVersion, kind) {
  const spec = MODULES[apiVersion];
  if (!spec) return undefined;
  if (!modules.has(spec)) modules.set(spec, await import(spec));
  const mod = modules.get(spec);
  const cls = mod[kind];
  return cls && cls.apiVersion === apiVersion && cls.kind === kind ? cls : undefined;
}

/** Errors (strings) of one object; empty when it is valid. */
export async function validateObject(o) {
  if (!o || typeof o !== "object" || !o.apiVersion || !o.kind) return [`${id(o)}: no apiVersion/kind`];
  const own = OWN_SCHEMAS[`${o.apiVersion}/${o.kind}`];
  if (own) {
    return own(o) ? [] : own.errors.map((e) => `${id(o)}: ${e.instancePath || "/"} ${e.message}`);
  }
  const strict = STRICT[`${o.apiVersion}/${o.kind}`];
  const strictErrors = strict && !strict(o) ? strict.errors.map((e) => `${id(o)}: ${e.instancePath || "/"} ${e.message}`) : [];
  const cls = await modelClass(o.apiVersion, o.kind);
  if (!cls) return [`${id(o)}: unknown kind ${o.kind} in ${o.apiVersion} (no schema to validate it against)`];
  // The generated SinkBinding schema requires `status`, which only the controller writes: validate with an empty one.
  const subject = STATUS_REQUIRED_BY_MODEL.has(`${o.apiVersion}/${o.kind}`) && !o.status ? { ...o, status: {} } : o;
  try {
    new cls(subject).validate();
    return strictErrors;
  } catch (e) {
    const details = e.errors?.map((x) => `${x.instancePath || "/"} ${x.message}`) ?? [e.message];
    return [...details.map((d) => `${id(o)}: ${d}`), ...strictErrors];
  }
}

export async function validateAll(objects) {
  const errors = [];
  for (const o of objects) errors.push(...(await validateObject(o)));
  return errors;
}
