// Policy tests over rendered objects. Each policy returns a list of violations (strings); empty means it holds.
import { id } from "./render.mjs";

export const RECOMMENDED_LABELS = [
  "app.kubernetes.io/name",
  "app.kubernetes.io/instance",
  "app.kubernetes.io/version",
  "app.kubernetes.io/component",
  "app.kubernetes.io/part-of",
  "app.kubernetes.io/managed-by",
];

export const SERVICES = ["hr-assist-api", "hr-assist-jd", "hr-assist-questions", "hr-assist-resume"];
export const FUNCTIONS = { "hr-assist-jd": "job_description_queue", "hr-assist-questions": "question_generation_queue", "hr-assist-resume": "resume_evaluation_queue" };

// Trigger name -> [filtered type, subscriber]: the routing contract of the README's event table.
export const TRIGGERS = {
  "hr-assist-job-description-requested": ["io.hrassist.job-description.requested.v1", "hr-assist-jd"],
  "hr-assist-interview-questions-requested": ["io.hrassist.interview-questions.requested.v1", "hr-assist-questions"],
  "hr-assist-resume-evaluation-requested": ["io.hrassist.resume-evaluation.requested.v1", "hr-assist-resume"],
  "hr-assist-job-description-generated": ["io.hrassist.job-description.generated.v1", "hr-assist-api"],
  "hr-assist-interview-questions-generated": ["io.hrassist.interview-questions.generated.v1", "hr-assist-api"],
  "hr-assist-resume-evaluation-completed": ["io.hrassist.resume-evaluation.completed.v1", "hr-assist-api"],
  "hr-assist-task-failed": ["io.hrassist.task.failed.v1", "hr-assist-api"],
};

// knative.deadLetters.durable: the dead letters' own Broker and its one Trigger, which hands every dead letter to the
// API's /dead-letters with retries that cover at least an hour (an outage of the API or its database).
export const DEAD_LETTER_BROKER = "hr-assist-dead-letters";
export const DEAD_LETTER_TRIGGER = "hr-assist-dead-letters";
const DEAD_LETTER_PATIENCE_SECONDS = 3600;
const isApiSink = (dls) => dls?.ref?.kind === "Service" && dls.ref.name === "hr-assist-api" && dls.uri === "/dead-letters";

// The event types each service answers a delivery with (its reply); none may match the Trigger that feeds it.
export const REPLIES = {
  "hr-assist-jd": ["io.hrassist.job-description.generated.v1", "io.hrassist.task.failed.v1"],
  "hr-assist-questions": ["io.hrassist.interview-questions.generated.v1", "io.hrassist.task.failed.v1"],
  "hr-assist-resume": ["io.hrassist.resume-evaluation.completed.v1", "io.hrassist.task.failed.v1"],
  "hr-assist-api": [],
};

const SECRET_KEY = /(password|passwd|secret|api[-_]?key|apikey|private[-_]?key|credential|cookie|(^|[-_])token$)/i;
const CREDENTIAL_URI = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
const ISO_DURATION = /^P(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)$/;
/** The longest outage deploy/chaos makes (network-partition-postgres, pod-failure-rabbitmq: 2m). */
const OUTAGE_SECONDS = 120;

/** Seconds of an ISO-8601 duration of hours, minutes and seconds (NaN if it is none). */
export function seconds(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(String(iso ?? ""));
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : NaN;
}

/** How long a Trigger's delivery keeps retrying: the sum of its backoff delays. */
export function retrySeconds(d) {
  const delay = seconds(d.backoffDelay);
  const n = d.retry ?? 0;
  return d.backoffPolicy === "exponential" ? delay * (2 ** n - 1) : delay * n * (n + 1) / 2;
}

/** Pod specs of an object, with where they sit: [{path, spec, meta, knative}] */
export function podSpecs(o) {
  const out = [];
  const k = `${o.apiVersion}/${o.kind}`;
  if (o.kind === "Pod") out.push({ path: "spec", spec: o.spec, meta: o.metadata });
  else if (["apps/v1/Deployment", "apps/v1/StatefulSet", "apps/v1/DaemonSet", "apps/v1/ReplicaSet", "batch/v1/Job"].includes(k))
    out.push({ path: "spec.template.spec", spec: o.spec?.template?.spec, meta: o.spec?.template?.metadata });
  else if (k === "batch/v1/CronJob")
    out.push({ path: "spec.jobTemplate.spec.template.spec", spec: o.spec?.jobTemplate?.spec?.template?.spec, meta: o.spec?.jobTemplate?.spec?.template?.metadata });
  else if (k === "serving.knative.dev/v1/Service")
    out.push({ path: "spec.template.spec", spec: o.spec?.template?.spec, meta: o.spec?.template?.metadata, knative: true });
  return out.filter((p) => p.spec);
}

const isTestHook = (o) => o.metadata?.annotations?.["helm.sh/hook"]?.split(",").includes("test");

export function containersPolicy(objects) {
  const v = [];
  for (const o of objects) {
    for (const { path, spec, knative } of podSpecs(o)) {
      const podSc = spec.securityContext || {};
      const all = [...(spec.initContainers || []).map((c) => [c, true]), ...(spec.containers || []).map((c) => [c, false])];
      if (!spec.containers?.length) v.push(`${id(o)}: ${path} has no containers`);
      for (const [c, init] of all) {
        const where = `${id(o)} ${path} container ${c.name}`;
        const image = c.image || "";
        const tag = image.includes("@") ? "digest" : image.slice(image.lastIndexOf("/") + 1).split(":")[1];
        if (!tag) v.push(`${where}: image ${image || "(none)"} has no tag`);
        else if (tag === "latest") v.push(`${where}: image ${image} uses tag latest`);
        for (const kind of ["requests", "limits"])
          for (const r of ["cpu", "memory"])
            if (!c.resources?.[kind]?.[r]) v.push(`${where}: no resources.${kind}.${r}`);
        if (!init && !isTestHook(o)) {
          if (!c.readinessProbe) v.push(`${where}: no readinessProbe`);
          if (!c.livenessProbe) v.push(`${where}: no livenessProbe`);
        }
        const sc = c.securityContext || {};
        if ((sc.runAsNonRoot ?? podSc.runAsNonRoot) !== true) v.push(`${where}: not runAsNonRoot`);
        if ((sc.runAsUser ?? podSc.runAsUser) === 0) v.push(`${where}: runAsUser 0`);
        if (sc.readOnlyRootFilesystem !== true) v.push(`${where}: root filesystem not read-only`);
        if (sc.allowPrivilegeEscalation !== false) v.push(`${where}: allowPrivilegeEscalation not false`);
        if (sc.privileged) v.push(`${where}: privileged`);
        if (!(sc.capabilities?.drop || []).includes("ALL")) v.push(`${where}: capabilities not dropping ALL`);
        if ((sc.seccompProfile ?? podSc.seccompProfile)?.type !== "RuntimeDefault") v.push(`${where}: seccomp not RuntimeDefault`);
        if (knative && (c.env || []).some((e) => e.name === "PORT")) v.push(`${where}: PORT is reserved by Knative`);
        if (knative && c.readinessProbe && !c.readinessProbe.periodSeconds)
          for (const f of ["failureThreshold", "timeoutSeconds"])
            if (c.readinessProbe[f] !== undefined) v.push(`${where}: Knative rejects ${f} on a readiness probe without periodSeconds`);
      }
    }
  }
  return v;
}

export function labelsPolicy(objects) {
  const v = [];
  for (const o of objects) {
    const missing = RECOMMENDED_LABELS.filter((l) => !o.metadata?.labels?.[l]);
    if (missing.length) v.push(`${id(o)}: missing labels ${missing.join(", ")}`);
    for (const { path, meta } of podSpecs(o)) {
      if (o.kind === "Pod") continue;
      const m = RECOMMENDED_LABELS.filter((l) => !meta?.labels?.[l]);
      if (m.length) v.push(`${id(o)}: pod template (${path}) missing labels ${m.join(", ")}`);
    }
  }
  return v;
}

/** Secrets in the render must be the chart's generated ones (random values, none taken from values files). */
export function secretsPolicy(objects, valueStrings, { vault }) {
  const v = [];
  for (const o of objects.filter((x) => x.kind === "Secret")) {
    if (vault) v.push(`${id(o)}: with Vault no Secret may be rendered (External Secrets fills them)`);
    if (o.metadata?.annotations?.["hr-assist.io/generated"] !== "true") v.push(`${id(o)}: Secret is not a generated one`);
    if (o.stringData) v.push(`${id(o)}: stringData (literal values) in a template`);
    for (const [k, b64] of Object.entries(o.data || {})) {
      const value = Buffer.from(String(b64), "base64").toString("utf8");
      if (!SECRET_KEY.test(k)) continue;
      if (valueStrings.has(value)) v.push(`${id(o)}: ${k} comes from values`);
      if (value.length < 16) v.push(`${id(o)}: ${k} is shorter than 16 characters`);
    }
  }
  return v;
}

export function configMapsPolicy(objects) {
  const v = [];
  for (const o of objects.filter((x) => x.kind === "ConfigMap")) {
    for (const [k, value] of Object.entries(o.data || {})) {
      if (SECRET_KEY.test(k)) v.push(`${id(o)}: secret-looking key ${k}`);
      if (CREDENTIAL_URI.test(String(value))) v.push(`${id(o)}: ${k} holds a URI with credentials`);
      if (/^\s*(default_pass|password)\s*[=:]/im.test(String(value))) v.push(`${id(o)}: ${k} holds a password setting`);
    }
  }
  return v;
}

export function triggersPolicy(objects) {
  const v = [];
  const triggers = objects.filter((o) => o.kind === "Trigger" && o.spec?.broker !== DEAD_LETTER_BROKER);
  const ksvcs = new Set(objects.filter((o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service").map((o) => o.metadata.name));
  const broker = objects.find((o) => o.kind === "Broker" && o.metadata.name === "hr-assist");
  const brokerSink = broker?.spec?.delivery?.deadLetterSink;
  // With the dead-letter Broker rendered, every dead letter goes there (a durable queue), else to the API itself.
  const dlBroker = objects.find((o) => o.kind === "Broker" && o.metadata.name === DEAD_LETTER_BROKER);
  const sinkProblems = (where, dls) => {
    if (dlBroker ? dls.ref?.kind !== "Broker" || dls.ref?.name !== DEAD_LETTER_BROKER || dls.uri : !isApiSink(dls))
      v.push(`${where}: deadLetterSink must be ${dlBroker ? `the Broker ${DEAD_LETTER_BROKER}` : "hr-assist-api /dead-letters"}, is ${dls.ref?.kind} ${dls.ref?.name} ${dls.uri ?? ""}`);
  };
  const dlTriggers = objects.filter((o) => o.kind === "Trigger" && o.spec?.broker === DEAD_LETTER_BROKER);
  if (dlBroker) {
    if (dlBroker.spec?.delivery) v.push(`${id(dlBroker)}: a delivery spec of its own (the dead-letter Broker's one Trigger is the last word; a sink of its own would loop or drop)`);
    if (dlTriggers.length !== 1 || dlTriggers[0].metadata.name !== DEAD_LETTER_TRIGGER) v.push(`${DEAD_LETTER_BROKER}: Triggers [${dlTriggers.map((t) => t.metadata.name)}], expected one, ${DEAD_LETTER_TRIGGER}`);
    for (const t of dlTriggers) {
      const d = t.spec.delivery ?? {};
      if (Object.keys(t.spec.filter?.attributes ?? {}).length) v.push(`${id(t)}: filters ${JSON.stringify(t.spec.filter.attributes)} (every dead letter must reach the API)`);
      if (!isApiSink(t.spec.subscriber)) v.push(`${id(t)}: subscriber must be hr-assist-api /dead-letters`);
      if (d.deadLetterSink) v.push(`${id(t)}: a dead-letter sink of its own`);
      const budget = retrySeconds(d);
      if (!(budget >= DEAD_LETTER_PATIENCE_SECONDS)) v.push(`${id(t)}: retries give up after ${budget} s, before an hour's outage of the API ends`);
      if (!ISO_DURATION.test(String(d.timeout ?? ""))) v.push(`${id(t)}: delivery.timeout ${d.timeout} is not an ISO-8601 duration`);
      if (!t.metadata.annotations?.["rabbitmq.eventing.knative.dev/parallelism"]) v.push(`${id(t)}: no parallelism annotation`);
      if (t.metadata.annotations?.["helm.sh/resource-policy"] !== "keep") v.push(`${id(t)}: not kept by Helm (its queue holds the dead letters)`);
    }
  } else for (const t of dlTriggers) v.push(`${id(t)}: on the Broker ${DEAD_LETTER_BROKER}, which is not rendered`);
  if (brokerSink) {
    sinkProblems(id(broker), brokerSink);
    // Dead letters go to the API (or the dead-letter Broker), like results: the same outage rule holds for them.
    const budget = retrySeconds(broker.spec.delivery);
    if (!(budget >= OUTAGE_SECONDS)) v.push(`${id(broker)}: dead-letter retries give up after ${budget} s, before a ${OUTAGE_SECONDS} s outage ends`);
  }
  const names = triggers.map((t) => t.metadata.name).sort();
  const expected = Object.keys(TRIGGERS).sort();
  if (JSON.stringify(names) !== JSON.stringify(expected)) v.push(`Triggers are [${names}], expected [${expected}]`);
  for (const t of triggers) {
    const s = t.spec || {};
    const d = s.delivery;
    const attrs = s.filter?.attributes || {};
    const sub = s.subscriber?.ref?.name;
    if (s.broker !== "hr-assist") v.push(`${id(t)}: broker ${s.broker}, expected hr-assist`);
    if (!attrs.type) v.push(`${id(t)}: no exact type filter (it would match every event, replies included)`);
    const [type, subscriber] = TRIGGERS[t.metadata.name] || [];
    if (type && attrs.type !== type) v.push(`${id(t)}: filters ${attrs.type}, expected ${type}`);
    if (subscriber && sub !== subscriber) v.push(`${id(t)}: subscriber ${sub}, expected ${subscriber}`);
    if (sub && !ksvcs.has(sub)) v.push(`${id(t)}: subscriber ${sub} is not a rendered Knative Service`);
    for (const reply of REPLIES[sub] || []) {
      if (Object.entries(attrs).every(([k, val]) => k === "type" && val === reply))
        v.push(`${id(t)}: ${sub} replies with ${reply}, which this Trigger routes back to it`);
    }
    if (!t.metadata.annotations?.["rabbitmq.eventing.knative.dev/parallelism"]) v.push(`${id(t)}: no parallelism annotation`);
    if (!d) {
      v.push(`${id(t)}: no delivery spec (a failed event would be dropped)`);
      continue;
    }
    if (!(Number.isInteger(d.retry) && d.retry >= 1)) v.push(`${id(t)}: delivery.retry must be a positive integer`);
    if (!["exponential", "linear"].includes(d.backoffPolicy)) v.push(`${id(t)}: delivery.backoffPolicy ${d.backoffPolicy}`);
    for (const f of ["backoffDelay", "timeout"])
      if (!ISO_DURATION.test(String(d[f] ?? ""))) v.push(`${id(t)}: delivery.${f} ${d[f]} is not an ISO-8601 duration`);
    // Retries must outlast the outages the project's chaos experiments make (deploy/chaos: 2 minutes): a result that
    // gives up sooner is dead-lettered to the API, which is as unreachable then, and its task never ends.
    const budget = retrySeconds(d);
    if (sub === "hr-assist-api" && budget < OUTAGE_SECONDS)
      v.push(`${id(t)}: retries give up after ${budget} s, before a ${OUTAGE_SECONDS} s outage ends`);
    // A delivery that times out while the function still works is sent again: a second model call for one task.
    const ksvc = objects.find((o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service" && o.metadata.name === sub);
    const serviceTimeout = ksvc?.spec?.template?.spec?.timeoutSeconds;
    if (serviceTimeout && seconds(d.timeout) < serviceTimeout)
      v.push(`${id(t)}: delivery.timeout ${d.timeout} is shorter than ${sub}'s timeoutSeconds ${serviceTimeout}`);
    // One place for the dead-letter sink: on every Trigger, or on the Broker alone (knative.broker.deadLetterSink).
    const dls = d.deadLetterSink;
    if (brokerSink && dls) v.push(`${id(t)}: a deadLetterSink of its own beside the Broker's (one more always-on dispatcher)`);
    else if (!brokerSink && !dls) v.push(`${id(t)}: no deadLetterSink (and none on the Broker)`);
    else if (dls) sinkProblems(id(t), dls);
    if (t.metadata.annotations?.["helm.sh/resource-policy"] !== "keep") v.push(`${id(t)}: not kept by Helm (filters are immutable)`);
  }
  return v;
}

/**
 * A request Trigger's dispatcher delivers at most `parallelism` events at once and Knative runs a pod per `target`
 * requests in flight: below max-scale × target the function never reaches its max-scale.
 */
export function parallelismPolicy(objects) {
  const v = [];
  for (const t of objects.filter((o) => o.kind === "Trigger")) {
    const sub = t.spec?.subscriber?.ref?.name;
    if (!FUNCTIONS[sub]) continue;
    const ksvc = objects.find((o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service" && o.metadata.name === sub);
    const a = ksvc?.spec?.template?.metadata?.annotations ?? {};
    const max = Number(a["autoscaling.knative.dev/max-scale"]), target = Number(a["autoscaling.knative.dev/target"]);
    const p = Number(t.metadata.annotations?.["rabbitmq.eventing.knative.dev/parallelism"]);
    if (!(max > 0 && target > 0)) v.push(`${id(t)}: ${sub} has no max-scale and target to size the parallelism by`);
    else if (!(p >= max * target)) v.push(`${id(t)}: parallelism ${p} keeps ${sub} at ${Math.ceil(p / target)} of its ${max} pods (max-scale × target = ${max * target})`);
  }
  return v;
}

export function knativePolicy(objects) {
  const v = [];
  const ksvcs = objects.filter((o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service");
  const names = ksvcs.map((o) => o.metadata.name);
  for (const s of SERVICES) if (!names.includes(s)) v.push(`Knative Service ${s} missing`);
  for (const n of names) if (!/^hr-assist-(api|jd|questions|resume|ui)$/.test(n)) v.push(`Knative Service ${n}: unexpected name`);
  for (const s of ksvcs) {
    const a = s.spec?.template?.metadata?.annotations || {};
    const spec = s.spec?.template?.spec || {};
    if (a["autoscaling.knative.dev/min-scale"] !== "0") v.push(`${id(s)}: min-scale is not "0"`);
    for (const k of ["max-scale", "target"]) if (!a[`autoscaling.knative.dev/${k}`]) v.push(`${id(s)}: no ${k}`);
    for (const k of ["containerConcurrency", "timeoutSeconds", "responseStartTimeoutSeconds"])
      if (spec[k] === undefined) v.push(`${id(s)}: no ${k}`);
    if (FUNCTIONS[s.metadata.name] && (spec.timeoutSeconds < 300 || spec.responseStartTimeoutSeconds < 120))
      v.push(`${id(s)}: timeouts too short for LLM calls (${spec.timeoutSeconds}/${spec.responseStartTimeoutSeconds})`);
    if (spec.timeoutSeconds > 600) v.push(`${id(s)}: timeoutSeconds above Knative's default max-revision-timeout-seconds (600)`);
    if (spec.responseStartTimeoutSeconds > spec.timeoutSeconds) v.push(`${id(s)}: responseStartTimeoutSeconds above timeoutSeconds`);
    const c = spec.containers?.[0] || {};
    const port = c.ports?.[0];
    if (port && !["", "http1", "h2c", undefined].includes(port.name)) v.push(`${id(s)}: port name ${port.name} (Knative allows http1 or h2c)`);
    if (!(c.env || []).some((e) => e.name === "JAVA_TOOL_OPTIONS")) v.push(`${id(s)}: no JAVA_TOOL_OPTIONS`);
    if (!(c.volumeMounts || []).some((m) => m.mountPath === "/tmp")) v.push(`${id(s)}: no writable /tmp`);
  }
  const broker = objects.find((o) => o.kind === "Broker" && o.metadata.name === "hr-assist");
  const config = objects.find((o) => o.kind === "RabbitmqBrokerConfig" && o.metadata.name === broker?.spec?.config?.name);
  for (const b of objects.filter((o) => o.kind === "Broker" && o !== broker)) {
    // The only other Broker: the dead letters' (knative.deadLetters.durable), on quorum queues of the same RabbitMQ.
    const c = objects.find((o) => o.kind === "RabbitmqBrokerConfig" && o.metadata.name === b.spec?.config?.name);
    if (b.metadata.name !== DEAD_LETTER_BROKER) v.push(`${id(b)}: unexpected Broker`);
    if (b.metadata.annotations?.["eventing.knative.dev/broker.class"] !== "RabbitMQBroker") v.push(`${id(b)}: class is not RabbitMQBroker`);
    if (b.metadata.annotations?.["helm.sh/resource-policy"] !== "keep") v.push(`${id(b)}: not kept by Helm (its queue holds the dead letters)`);
    if (!c) v.push(`${id(b)}: spec.config names no rendered RabbitmqBrokerConfig`);
    else {
      if (c.spec?.queueType !== "quorum") v.push(`${id(c)}: queueType ${c.spec?.queueType} (dead letters need quorum queues: replicated, kept across restarts)`);
      if (c === config) v.push(`${id(b)}: shares the main Broker's config (its queue type would follow knative.broker.queueType)`);
      if (JSON.stringify(c.spec?.rabbitmqClusterReference) !== JSON.stringify(config?.spec?.rabbitmqClusterReference)) v.push(`${id(c)}: another RabbitMQ than the main Broker's`);
      if (c.metadata.annotations?.["helm.sh/resource-policy"] !== "keep") v.push(`${id(c)}: not kept by Helm`);
    }
  }
  if (!broker) v.push("no Broker");
  else {
    if (broker.metadata.name !== "hr-assist") v.push(`${id(broker)}: expected name hr-assist`);
    if (broker.metadata.annotations?.["eventing.knative.dev/broker.class"] !== "RabbitMQBroker") v.push(`${id(broker)}: class is not RabbitMQBroker`);
    if (broker.metadata.annotations?.["helm.sh/resource-policy"] !== "keep") v.push(`${id(broker)}: not kept by Helm (spec is immutable)`);
    const ref = broker.spec?.config;
    if (ref?.kind !== "RabbitmqBrokerConfig" || ref?.name !== config?.metadata?.name) v.push(`${id(broker)}: spec.config does not name the rendered RabbitmqBrokerConfig`);
  }
  for (const c of objects.filter((o) => o.kind === "RabbitmqBrokerConfig")) {
    // The bundled RabbitmqCluster by name (rabbitmq.mode=operator), else the admin connection Secret.
    const cluster = objects.find((o) => o.kind === "RabbitmqCluster");
    const ref = c.spec?.rabbitmqClusterReference ?? {};
    if (cluster ? ref.name !== cluster.metadata.name || ref.connectionSecret : !ref.connectionSecret?.name) v.push(`${id(c)}: rabbitmqClusterReference must name ${cluster ? `the RabbitmqCluster ${cluster.metadata.name}` : "a connectionSecret"}`);
    if (c.metadata.annotations?.["helm.sh/resource-policy"] !== "keep") v.push(`${id(c)}: not kept by Helm`);
  }
  // A DomainMapping's TLS is the Certificate the chart renders for its host; cert-manager annotations on it do nothing.
  for (const dm of objects.filter((o) => o.kind === "DomainMapping")) {
    const cert = objects.find((o) => o.kind === "Certificate" && o.spec?.secretName === dm.spec?.tls?.secretName);
    if (!cert || !(cert.spec.dnsNames ?? []).includes(dm.metadata.name)) v.push(`${id(dm)}: spec.tls.secretName is no rendered Certificate's for ${dm.metadata.name}`);
    for (const k of Object.keys(dm.metadata.annotations ?? {})) if (k.startsWith("cert-manager.io/")) v.push(`${id(dm)}: annotation ${k} (Knative ignores it; the Certificate issues)`);
  }
  // K_SINK: set by the chart to the broker's ingress (default), or by a SinkBinding (knative.sinkBinding), never both.
  const sb = objects.find((o) => o.kind === "SinkBinding");
  const apiSvc = ksvcs.find((o) => o.metadata.name === "hr-assist-api");
  const kSink = apiSvc?.spec.template.spec.containers[0].env?.find((e) => e.name === "K_SINK")?.value;
  if (sb && kSink) v.push(`${id(sb)} and a K_SINK in hr-assist-api: one of them`);
  else if (sb) {
    if (sb.spec?.subject?.name !== "hr-assist-api" || sb.spec?.sink?.ref?.kind !== "Broker" || sb.spec?.sink?.ref?.name !== "hr-assist")
      v.push(`${id(sb)}: must bind hr-assist-api to the hr-assist Broker`);
  } else if (!/^https?:\/\/hr-assist-broker-ingress(\.[a-z0-9-]+(\.svc(\.cluster\.local)?)?)?(:\d+)?\/?$/.test(kSink ?? "")) v.push(`hr-assist-api: K_SINK ${kSink} is not the hr-assist Broker's ingress (and no SinkBinding)`);
  return v;
}

/**
 * A StatefulSet's volumeClaimTemplates cannot change once it exists: a label there that follows the chart or app
 * version (helm.sh/chart, app.kubernetes.io/version, or any version-like value) fails every upgrade that bumps it.
 */
export function volumeClaimTemplatesPolicy(objects) {
  const v = [];
  for (const sts of objects.filter((o) => o.kind === "StatefulSet"))
    for (const t of sts.spec?.volumeClaimTemplates ?? [])
      for (const [k, x] of Object.entries(t.metadata?.labels ?? {}))
        if (["helm.sh/chart", "app.kubernetes.io/version"].includes(k) || /\d+\.\d+/.test(String(x)))
          v.push(`${id(sts)}: volumeClaimTemplate ${t.metadata.name} label ${k}: ${x} follows a version (the field is immutable: every bump would fail the upgrade)`);
  return v;
}

export function plainPolicy(objects) {
  const v = [];
  const of = (kind) => objects.filter((o) => o.kind === kind);
  for (const o of objects) if (/knative\.dev$/.test(o.apiVersion.split("/")[0])) v.push(`${id(o)}: Knative object with knative.enabled=false`);
  const deployments = of("Deployment").map((o) => o.metadata.name);
  const services = of("Service").map((o) => o.metadata.name);
  for (const s of SERVICES) {
    if (!deployments.includes(s)) v.push(`Deployment ${s} missing`);
    if (!services.includes(s)) v.push(`Service ${s} missing`);
  }
  if (!of("HorizontalPodAutoscaler").some((h) => h.spec.scaleTargetRef.name === "hr-assist-api")) v.push("no HPA for hr-assist-api");
  const auths = new Set(of("TriggerAuthentication").map((o) => o.metadata.name));
  for (const [fn, queue] of Object.entries(FUNCTIONS)) {
    const so = of("ScaledObject").find((o) => o.spec.scaleTargetRef.name === fn);
    if (!so) { v.push(`no ScaledObject for ${fn}`); continue; }
    const t = so.spec.triggers?.[0];
    if (t?.type !== "rabbitmq" || t?.metadata?.queueName !== queue) v.push(`${id(so)}: expected a rabbitmq trigger on ${queue}`);
    if (!auths.has(t?.authenticationRef?.name)) v.push(`${id(so)}: authenticationRef names no rendered TriggerAuthentication`);
    const d = of("Deployment").find((o) => o.metadata.name === fn);
    if (d?.spec?.replicas !== undefined) v.push(`${id(d)}: sets replicas although KEDA scales it`);
  }
  return v;
}

export function rbacPolicy(objects) {
  const v = [];
  const roles = objects.filter((o) => o.kind === "Role" || o.kind === "ClusterRole");
  if (objects.some((o) => o.kind === "ClusterRole" || o.kind === "ClusterRoleBinding")) v.push("cluster-wide RBAC rendered");
  const apiRole = roles.find((r) => r.metadata.labels?.["app.kubernetes.io/component"] === "api");
  // The API holds a token and a Role only for what needs them: micronaut-kubernetes (a Role that lists every
  // ConfigMap of the namespace) or, with OIDC, reading the cluster's JWKS (a token, no Role).
  const [api] = appContainers(objects, "hr-assist-api");
  const kubeConfig = env(api ?? {}, "HR_ASSIST_KUBERNETES_CONFIG")?.value === "true";
  const oidc = env(api ?? {}, "HR_ASSIST_INGEST_AUTH")?.value === "oidc";
  if (kubeConfig && !apiRole) v.push("no Role for the API although it reads its ConfigMap through the Kubernetes API");
  if (!kubeConfig && apiRole) v.push(`${id(apiRole)}: the API may list every ConfigMap of the namespace without reading any (HR_ASSIST_KUBERNETES_CONFIG not true)`);
  const apiSa = objects.find((o) => o.kind === "ServiceAccount" && o.metadata.labels?.["app.kubernetes.io/component"] === "api");
  if (apiSa && apiSa.automountServiceAccountToken !== (kubeConfig || oidc)) v.push(`${id(apiSa)}: automountServiceAccountToken ${apiSa.automountServiceAccountToken}, expected ${kubeConfig || oidc} (a token only for the Kubernetes API reads the API makes)`);
  for (const r of roles) {
    for (const rule of r.rules || []) {
      const verbs = [...(rule.verbs || [])].sort().join(",");
      if (verbs !== "get,list,watch") v.push(`${id(r)}: verbs ${verbs}, expected get,list,watch`);
      // micronaut-kubernetes lists and watches ConfigMaps (no field selector, so resourceNames would forbid it);
      // Secrets are never readable: the API gets them as environment variables.
      if (!(rule.resources || []).every((x) => x === "configmaps")) v.push(`${id(r)}: resources ${rule.resources}, expected configmaps only`);
      if ((rule.apiGroups || []).some((g) => g !== "")) v.push(`${id(r)}: apiGroups ${rule.apiGroups}`);
    }
  }
  const functionsSa = objects.find((o) => o.kind === "ServiceAccount" && o.metadata.labels?.["app.kubernetes.io/component"] === "functions");
  if (!functionsSa) v.push("no ServiceAccount for the functions");
  else {
    if (functionsSa.automountServiceAccountToken !== false) v.push(`${id(functionsSa)}: automountServiceAccountToken not false`);
    for (const b of objects.filter((o) => o.kind === "RoleBinding" || o.kind === "ClusterRoleBinding"))
      if ((b.subjects || []).some((s) => s.name === functionsSa.metadata.name)) v.push(`${id(b)}: binds the functions' ServiceAccount`);
  }
  return v;
}

export function networkPolicy(objects) {
  const v = [];
  const nps = objects.filter((o) => o.kind === "NetworkPolicy");
  const deny = nps.find((n) => Object.keys(n.spec.podSelector?.matchLabels || {}).join() === "app.kubernetes.io/instance" &&
    !n.spec.ingress && !n.spec.egress && ["Ingress", "Egress"].every((t) => n.spec.policyTypes?.includes(t)));
  if (!deny) v.push("no default-deny NetworkPolicy (ingress and egress) for the release's pods");
  // DNS: UDP and TCP to the same port (53, or 5353 on OpenShift), for the release's pods
  const dns = (e) => (e.ports || []).some((p) => p.protocol === "UDP" && (e.ports || []).some((q) => q.protocol === "TCP" && q.port === p.port));
  if (!nps.some((n) => n.metadata.name.endsWith("-dns") && (n.spec.egress || []).some(dns))) v.push("no DNS egress");
  const fn = nps.find((n) => n.metadata.name.endsWith("-functions"));
  if (!fn) v.push("no NetworkPolicy for the functions");
  else {
    for (const e of fn.spec.egress || [])
      for (const to of e.to || []) if (to.ipBlock?.cidr === "0.0.0.0/0") v.push(`${id(fn)}: functions may reach any address`);
    v.push(...llmEgressProblems(objects, fn));
  }
  return v;
}

/**
 * A function with a model (OPENAI_BASE_URL) has an egress rule that reaches it: for a host inside the cluster (.svc,
 * .cluster.local, a short name; NO_PROXY) a rule to pods on the URL's port, else an HTTPS_PROXY and a rule on its
 * port. Without one, every model call times out and nothing in the render says why.
 */
function llmEgressProblems(objects, fn) {
  const v = [];
  for (const o of objects.filter((x) => FUNCTIONS[x.metadata?.name] && x.spec?.template)) {
    const e = Object.fromEntries((o.spec.template.spec.containers[0].env ?? []).map((x) => [x.name, x.value]));
    if (!e.OPENAI_BASE_URL) continue;
    const url = new URL(e.OPENAI_BASE_URL);
    const inCluster = /\.(svc|cluster\.local)$/.test(url.hostname) || !url.hostname.includes(".");
    const target = inCluster ? url : e.HTTPS_PROXY ? new URL(e.HTTPS_PROXY) : null;
    const port = target && Number(target.port || (target.protocol === "https:" ? 443 : 80));
    const reaches = target && (fn.spec.egress ?? []).some((r) => (r.ports ?? []).some((p) => p.port === port) && (r.to ?? []).some((t) => (inCluster ? Object.keys(t.podSelector?.matchLabels ?? {}).length : true)));
    if (!reaches) v.push(`${id(o)}: no egress rule reaches its model ${e.OPENAI_BASE_URL}${inCluster ? " (pods inside the cluster)" : e.HTTPS_PROXY ? ` (proxy ${e.HTTPS_PROXY})` : " (no egress proxy)"}`);
  }
  return v;
}

// The labels eventing-rabbitmq puts on the Broker's pods in the release namespace (IngressLabels and DispatcherLabels
// in pkg/reconciler/{broker,trigger}/resources): written here from its source, not read from values, so values that
// stop matching the real pods fail.
export const BROKER_PODS = {
  ingress: { "eventing.knative.dev/broker": "hr-assist", "eventing.knative.dev/brokerRole": "ingress" },
  dispatcher: { "eventing.knative.dev/broker": "hr-assist", "eventing.knative.dev/brokerRole": "dispatcher" },
  // Only with a dead-letter sink on the Broker (knative.broker.deadLetterSink=broker): one for every Trigger.
  "dead-letter dispatcher": { "eventing.knative.dev/broker": "hr-assist", "eventing.knative.dev/brokerRole": "dispatcher-dlq" },
  // Only with the dead-letter Broker (knative.deadLetters.durable): its ingress and its one Trigger's dispatcher.
  "dead-letter Broker's ingress": { "eventing.knative.dev/broker": DEAD_LETTER_BROKER, "eventing.knative.dev/brokerRole": "ingress" },
  "dead-letter Broker's dispatcher": { "eventing.knative.dev/broker": DEAD_LETTER_BROKER, "eventing.knative.dev/brokerRole": "dispatcher" },
};

/** Whether a label selector (matchLabels, matchExpressions) selects a pod with these labels. */
export function selects(selector, labels) {
  if (!selector) return false;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, x]) => labels[k] === x);
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) =>
    operator === "In" ? values.includes(labels[key]) : operator === "NotIn" ? !values.includes(labels[key]) : operator === "Exists" ? key in labels : !(key in labels));
  return byLabel && byExpression;
}

/**
 * Knative with NetworkPolicies: eventing-rabbitmq's pods (the Broker's ingress, the Triggers' dispatchers) sit outside
 * the release's default deny, so a policy of their own must restrict both directions: no rule open to every peer, the
 * dispatchers admit nothing, each reaches RabbitMQ's AMQP port, and the bundled RabbitMQ admits them.
 */
export function brokerPodsPolicy(objects) {
  const v = [];
  const nps = objects.filter((o) => o.kind === "NetworkPolicy");
  const broker = objects.find((o) => o.kind === "Broker" && o.metadata.name === "hr-assist");
  if (!broker || !nps.length) return v;
  const durable = objects.some((o) => o.kind === "Broker" && o.metadata.name === DEAD_LETTER_BROKER);
  const amqp = (r) => (r.ports ?? []).some((p) => [5671, 5672].includes(p.port));
  const rabbit = nps.find((n) => n.metadata.name.endsWith("-rabbitmq"));
  for (const [role, labels] of Object.entries(BROKER_PODS)) {
    if (role === "dead-letter dispatcher" && !broker.spec?.delivery?.deadLetterSink) continue;
    if (role.startsWith("dead-letter Broker's") && !durable) continue;
    const mine = nps.filter((n) => selects(n.spec.podSelector, labels));
    const both = mine.filter((n) => ["Ingress", "Egress"].every((t) => n.spec.policyTypes?.includes(t)));
    if (!both.length) { v.push(`the broker's ${role} pods (${JSON.stringify(labels)}) are in no NetworkPolicy that restricts both ingress and egress`); continue; }
    for (const n of mine) {
      for (const r of n.spec.ingress ?? []) if (!r.from?.length) v.push(`${id(n)}: an ingress rule without from admits every peer to the broker's ${role}`);
      for (const r of n.spec.egress ?? []) {
        if (!r.to?.length) v.push(`${id(n)}: an egress rule without to lets the broker's ${role} reach anything`);
        else if (!r.ports?.length && r.to.some((t) => t.ipBlock)) v.push(`${id(n)}: the broker's ${role} may reach ${r.to.find((t) => t.ipBlock).ipBlock.cidr} on every port`);
      }
      if (!role.endsWith("ingress") && (n.spec.ingress ?? []).length) v.push(`${id(n)}: the broker's ${role} pods admit traffic (they only send)`);
    }
    if (!both.some((n) => (n.spec.egress ?? []).some(amqp))) v.push(`the broker's ${role} pods may not reach RabbitMQ (5672/5671)`);
    if (rabbit && !(rabbit.spec.ingress ?? []).some((r) => amqp(r) && (r.from ?? []).some((f) => !f.namespaceSelector && selects(f.podSelector, labels))))
      v.push(`${id(rabbit)}: RabbitMQ does not admit the broker's ${role} pods on AMQP`);
  }
  if (durable) {
    // The dead letters' way: from whoever holds the sink (the Triggers' dispatchers, or the Broker's dead-letter
    // dispatcher) to the dead-letter Broker's ingress, allowed on both ends.
    const senders = broker.spec?.delivery?.deadLetterSink ? BROKER_PODS["dead-letter dispatcher"] : BROKER_PODS.dispatcher;
    const target = BROKER_PODS["dead-letter Broker's ingress"];
    const ports = (r) => (r.ports ?? []).map((p) => p.port);
    const admitted = nps.filter((n) => selects(n.spec.podSelector, target)).flatMap((n) => (n.spec.ingress ?? []).filter((r) => (r.from ?? []).some((f) => !f.namespaceSelector && selects(f.podSelector, senders))).flatMap(ports));
    const sent = nps.filter((n) => selects(n.spec.podSelector, senders)).flatMap((n) => (n.spec.egress ?? []).filter((r) => (r.to ?? []).some((t) => !t.namespaceSelector && selects(t.podSelector, target))).flatMap(ports));
    if (!sent.some((p) => admitted.includes(p))) v.push(`dead letters cannot flow from ${JSON.stringify(senders)} to the dead-letter Broker's ingress (egress ${sent.join(",") || "none"}, admitted ${admitted.join(",") || "none"})`);
  }
  return v;
}

/**
 * eventing-rabbitmq's dispatchers acknowledge a message only after its last delivery attempt, and RabbitMQ closes a
 * consumer's channel (requeueing all it holds) when a delivery stays unacknowledged past consumer_timeout (30 minutes
 * by default). So every Trigger's longest delivery, its backoff plus (retry + 1) timeouts, stays under the bundled
 * RabbitMQ's consumer_timeout (rabbitmq.consumerTimeoutMs).
 */
export function consumerTimeoutPolicy(objects) {
  const v = [];
  const conf = objects.find((o) => o.kind === "ConfigMap" && o.data?.["rabbitmq.conf"])?.data["rabbitmq.conf"] ?? objects.find((o) => o.kind === "RabbitmqCluster")?.spec?.rabbitmq?.additionalConfig;
  if (conf === undefined) return v; // no bundled RabbitMQ: helm/README.md asks for the same on yours
  const timeout = Number(/^\s*consumer_timeout\s*=\s*(\d+)\s*$/m.exec(conf)?.[1] ?? 1800000) / 1000;
  const holds = (d) => retrySeconds(d) + ((d.retry ?? 0) + 1) * (seconds(d.timeout) || 600);
  for (const o of objects.filter((x) => (x.kind === "Trigger" || x.kind === "Broker") && x.spec?.delivery)) {
    const longest = holds(o.spec.delivery);
    if (!(longest < timeout)) v.push(`${id(o)}: a delivery may stay unacknowledged ${longest} s, past RabbitMQ's consumer_timeout of ${timeout} s (the channel closes and every message it holds is delivered again)`);
  }
  return v;
}

export function vaultPolicy(objects) {
  const v = [];
  const store = objects.find((o) => o.kind === "SecretStore");
  const vault = store?.spec?.provider?.vault;
  if (!vault) v.push("no SecretStore with a vault provider");
  else {
    if (vault.version !== "v2") v.push(`${id(store)}: KV version ${vault.version}`);
    const k = vault.auth?.kubernetes;
    if (!k?.role || !k?.serviceAccountRef?.name) v.push(`${id(store)}: needs Kubernetes auth with role and serviceAccountRef`);
  }
  const targets = objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.spec?.target?.name);
  // A RabbitmqCluster keeps its own default user; a CloudNativePG Cluster takes basic-auth Secrets of its roles.
  const operator = objects.some((o) => o.kind === "RabbitmqCluster");
  const cluster = objects.find((o) => o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1");
  const cnpgSecrets = cluster ? [cluster.spec.bootstrap.initdb.secret.name, ...cluster.spec.managed.roles.map((r) => r.passwordSecret.name)] : [];
  for (const s of ["hr-assist-postgres", ...(operator ? [] : ["hr-assist-rabbitmq"]), "hr-assist-app", ...cnpgSecrets])
    if (!targets.includes(s)) v.push(`no ExternalSecret for ${s}`);
  if (operator && targets.includes("hr-assist-rabbitmq")) v.push("ExternalSecret hr-assist-rabbitmq rendered beside a RabbitmqCluster (its default user is the operator's)");
  // The LLM key is filled only where it is used: with a base URL.
  const llm = objects.some((o) => podSpecs(o).some(({ spec }) => (spec.containers || []).some((c) => (c.env || []).some((e) => e.name === "OPENAI_BASE_URL"))));
  if (llm !== targets.includes("hr-assist-openai")) v.push(`ExternalSecret hr-assist-openai ${llm ? "missing" : "rendered without llm.baseUrl"}`);
  return v;
}

/** Every Secret a workload, broker or scaler names is rendered here, filled by an ExternalSecret, or optional. */
export function secretRefsPolicy(objects) {
  const v = [];
  const provided = new Set([
    ...objects.filter((o) => o.kind === "Secret").map((o) => o.metadata.name),
    ...objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.spec?.target?.name || o.metadata.name),
    ...objects.filter((o) => o.kind === "Certificate").map((o) => o.spec?.secretName),
    ...objects.filter((o) => o.kind === "SealedSecret").map((o) => o.spec?.template?.metadata?.name || o.metadata.name),
  ]);
  const need = (o, name, optional) => { if (!optional && !provided.has(name)) v.push(`${id(o)}: Secret ${name} is neither rendered nor filled by an ExternalSecret`); };
  for (const o of objects) {
    for (const { spec } of podSpecs(o))
      for (const c of [...(spec.initContainers || []), ...(spec.containers || [])]) {
        for (const e of c.env || []) if (e.valueFrom?.secretKeyRef) need(o, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.optional);
        for (const e of c.envFrom || []) if (e.secretRef) need(o, e.secretRef.name, e.secretRef.optional);
      }
    if (o.kind === "TriggerAuthentication") for (const r of o.spec.secretTargetRef || []) need(o, r.name);
    if (["RabbitmqBrokerConfig", "User", "Permission", "TopicPermission", "Queue", "Policy"].includes(o.kind) && !o.spec.rabbitmqClusterReference?.name) need(o, o.spec.rabbitmqClusterReference?.connectionSecret?.name);
    if (o.kind === "User") need(o, o.spec.importCredentialsSecret?.name);
    if (o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1") {
      need(o, o.spec.bootstrap?.initdb?.secret?.name);
      for (const r of o.spec.managed?.roles ?? []) need(o, r.passwordSecret?.name);
    }
  }
  return v;
}

/** String leaves of a values tree (to spot values copied into Secrets). */
export function stringLeaves(tree, out = new Set()) {
  if (typeof tree === "string") { if (tree.length >= 4) out.add(tree); }
  else if (Array.isArray(tree)) tree.forEach((x) => stringLeaves(x, out));
  else if (tree && typeof tree === "object") Object.values(tree).forEach((x) => stringLeaves(x, out));
  return out;
}

const env = (c, name) => (c.env || []).find((e) => e.name === name);
const appContainers = (objects, name) => objects.filter((o) => ["Service", "Deployment"].includes(o.kind) && o.metadata.name === name)
  .flatMap((o) => podSpecs(o).flatMap(({ spec }) => spec.containers || []));

/** Every JVM of the release exits on OutOfMemoryError (a restart beats a half-dead JVM that keeps taking events). */
export function jvmPolicy(objects) {
  const v = [];
  for (const o of objects)
    for (const { spec } of podSpecs(o))
      for (const c of spec.containers || []) {
        const jto = env(c, "JAVA_TOOL_OPTIONS");
        if (jto && !/(^|\s)-XX:\+ExitOnOutOfMemoryError(\s|$)/.test(jto.value || "")) v.push(`${id(o)} container ${c.name}: JAVA_TOOL_OPTIONS without -XX:+ExitOnOutOfMemoryError`);
      }
  return v;
}

export const OTEL_AGENT = "-javaagent:/app/otel/opentelemetry-javaagent.jar";

/**
 * Tracing is all or nothing: with the OpenTelemetry agent on one app, every app runs it, exports to an OTLP endpoint,
 * never with model message content (resume text), and may reach the collector through a NetworkPolicy; without it no
 * app carries half of its settings.
 */
export function tracingPolicy(objects) {
  const v = [];
  const apps = objects.filter((o) => ["Service", "Deployment"].includes(o.kind) && SERVICES.concat("hr-assist-ui").includes(o.metadata.name))
    .flatMap((o) => podSpecs(o).flatMap(({ spec }) => (spec.containers || []).map((c) => [id(o), c])));
  const traced = apps.filter(([, c]) => (env(c, "JAVA_TOOL_OPTIONS")?.value || "").includes("-javaagent"));
  if (traced.length === 0) {
    for (const [name, c] of apps) if ((c.env || []).some((e) => e.name.startsWith("OTEL_"))) v.push(`${name}: OpenTelemetry settings without the agent`);
    return v;
  }
  for (const [name, c] of apps) {
    const value = (n) => env(c, n)?.value;
    if (!` ${value("JAVA_TOOL_OPTIONS")} `.includes(` ${OTEL_AGENT} `)) v.push(`${name}: tracing on elsewhere but not here (JAVA_TOOL_OPTIONS without ${OTEL_AGENT})`);
    if (!/^https?:\/\/./.test(value("OTEL_EXPORTER_OTLP_ENDPOINT") || "")) v.push(`${name}: agent without an OTLP endpoint`);
    if (!value("OTEL_SERVICE_NAME")) v.push(`${name}: agent without OTEL_SERVICE_NAME`);
    if (value("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") !== "false") v.push(`${name}: model message content (resume text) may be captured in spans`);
    if (value("OTEL_LOGS_EXPORTER") !== "none") v.push(`${name}: the agent would export log records`);
    // The agent's exporter follows the JVM's proxy settings: behind the egress proxy, the collector must be bypassed.
    const collector = (() => { try { return new URL(value("OTEL_EXPORTER_OTLP_ENDPOINT")).hostname; } catch { return null; } })();
    if (collector && value("HTTPS_PROXY") && !(value("NO_PROXY") || "").split(",").includes(collector)) v.push(`${name}: the collector ${collector} is not in NO_PROXY, so its spans go to the egress proxy`);
    const nonProxy = /-Dhttp\.nonProxyHosts=(\S+)/.exec(value("JAVA_TOOL_OPTIONS") || "");
    if (collector && nonProxy && !nonProxy[1].split("|").includes(collector)) v.push(`${name}: the collector ${collector} is not in http.nonProxyHosts`);
  }
  const policies = objects.filter((o) => o.kind === "NetworkPolicy");
  if (policies.length > 0) {
    const endpoint = new URL(env(traced[0][1], "OTEL_EXPORTER_OTLP_ENDPOINT")?.value || "http://x");
    const port = Number(endpoint.port || (endpoint.protocol === "https:" ? 443 : 80));
    const reaches = policies.some((p) => (p.spec.egress || []).some((e) => (e.ports || []).some((x) => x.port === port) && (e.to || []).length > 0)
      && ["api", "ui", "jd", "questions", "resume"].every((component) => selects(p.spec.podSelector, { "app.kubernetes.io/instance": "hr-assist", "app.kubernetes.io/component": component })));
    if (!reaches) v.push(`no NetworkPolicy lets every app reach the collector on port ${port}`);
  }
  return v;
}

/** The UI is the one public door: nothing public points at the API or a function. */
export function exposurePolicy(objects) {
  const v = [];
  const ksvcs = objects.filter((o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service");
  const knative = ksvcs.length > 0;
  if (!objects.some((o) => ["Service", "Deployment"].includes(o.kind) && o.metadata.name === "hr-assist-ui")) v.push("no UI rendered (the UI is the public door)");
  for (const s of ksvcs) {
    if (s.metadata.name !== "hr-assist-ui" && s.metadata.labels?.["networking.knative.dev/visibility"] !== "cluster-local") v.push(`${id(s)}: not cluster-local (only the UI may be public)`);
    if (s.spec?.template?.metadata?.annotations?.["autoscaling.knative.dev/target-burst-capacity"] !== "-1")
      v.push(`${id(s)}: the activator is not kept in the path (target-burst-capacity "-1"), so its pods would need the ingress gateway`);
  }
  for (const d of objects.filter((o) => o.kind === "DomainMapping"))
    if (d.spec?.ref?.name !== "hr-assist-ui") v.push(`${id(d)}: maps a public host to ${d.spec?.ref?.name}, not the UI`);
  for (const i of objects.filter((o) => o.kind === "Ingress")) {
    const backends = [i.spec?.defaultBackend, ...(i.spec?.rules || []).flatMap((r) => (r.http?.paths || []).map((p) => p.backend))].filter(Boolean);
    for (const b of backends) if (b.service?.name !== "hr-assist-ui") v.push(`${id(i)}: routes to ${b.service?.name ?? "a resource"}, not the UI`);
  }
  if (!knative)
    for (const s of objects.filter((o) => o.apiVersion === "v1" && o.kind === "Service" && o.metadata.name.startsWith("hr-assist-")))
      if ((s.spec?.type ?? "ClusterIP") !== "ClusterIP") v.push(`${id(s)}: type ${s.spec.type}, expected ClusterIP`);
  return v;
}

/**
 * Who may call the API's event ingest: Knative with EventPolicies (OIDC) → oidc with issuer, JWKS, the Service's
 * audience and subjects; Knative without → network; plain Kubernetes (events from queues) → token without a token
 * (closed). EXTERNAL tasks are a setting the chart always renders.
 */
export function ingestPolicy(objects) {
  const v = [];
  const [api] = appContainers(objects, "hr-assist-api");
  if (!api) return ["no API container"];
  const knative = objects.some((o) => o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service");
  const policies = objects.filter((o) => o.kind === "EventPolicy");
  const mode = env(api, "HR_ASSIST_INGEST_AUTH")?.value;
  const expected = !knative ? "token" : policies.length ? "oidc" : "network";
  if (mode !== expected) v.push(`API: HR_ASSIST_INGEST_AUTH ${mode ?? "(unset, the app's default)"}, expected ${expected}`);
  if (mode === "token" && env(api, "HR_ASSIST_INGEST_TOKEN") && !env(api, "HR_ASSIST_INGEST_TOKEN").valueFrom?.secretKeyRef) v.push("API: HR_ASSIST_INGEST_TOKEN not from a Secret");
  if (!/^(true|false)$/.test(env(api, "HR_ASSIST_EXTERNAL_TASKS")?.value ?? "")) v.push("API: HR_ASSIST_EXTERNAL_TASKS not set");
  if (mode === "oidc") {
    for (const k of ["ISSUER", "JWKS_URL", "SUBJECTS"]) if (!env(api, `HR_ASSIST_INGEST_OIDC_${k}`)?.value) v.push(`API: HR_ASSIST_INGEST_OIDC_${k} empty`);
    const aud = env(api, "HR_ASSIST_INGEST_OIDC_AUDIENCE")?.value ?? "";
    if (!/^serving\.knative\.dev\/service\/[a-z0-9-]+\/hr-assist-api$/.test(aud)) v.push(`API: OIDC audience "${aud}" is not the Knative audience of hr-assist-api`);
    for (const s of (env(api, "HR_ASSIST_INGEST_OIDC_SUBJECTS")?.value ?? "").split(","))
      if (s && !s.startsWith("system:serviceaccount:")) v.push(`API: OIDC subject ${s} is no service account`);
    // Whoever delivers to a service, and nobody else: a Trigger that it subscribes, a Trigger or Broker whose own
    // dead-letter sink it is (the API's /dead-letters), and the PingSource (the API).
    const senders = (svc) => [
      ...objects.filter((o) => o.kind === "Trigger" && (o.spec.subscriber?.ref?.name === svc || (svc === "hr-assist-api" && isApiSink(o.spec.delivery?.deadLetterSink)))),
      ...(svc === "hr-assist-api" ? objects.filter((o) => o.kind === "PingSource" || (o.kind === "Broker" && isApiSink(o.spec?.delivery?.deadLetterSink))) : []),
    ].map((o) => `${o.kind}/${o.metadata.name}`);
    for (const svc of SERVICES) {
      const p = policies.find((x) => (x.spec?.to || []).some((t) => t.ref?.kind === "Service" && t.ref?.name === svc));
      if (!p) { v.push(`no EventPolicy for ${svc}`); continue; }
      const from = (p.spec.from || []).map((f) => (f.ref ? `${f.ref.kind}/${f.ref.name}` : `sub:${f.sub}`)).sort();
      const want = senders(svc).sort();
      if (JSON.stringify(from) !== JSON.stringify(want)) v.push(`${id(p)}: from [${from}], expected [${want}]`);
    }
  } else if (policies.length) v.push("EventPolicies rendered while the API does not check OIDC tokens");
  return v;
}

/** An LLM API key only goes where a base URL goes (no default endpoint outside the cluster). */
export function llmPolicy(objects) {
  const v = [];
  for (const o of objects)
    for (const { spec } of podSpecs(o))
      for (const c of spec.containers || [])
        if (env(c, "OPENAI_API_KEY") && !env(c, "OPENAI_BASE_URL")?.value) v.push(`${id(o)} container ${c.name}: OPENAI_API_KEY without OPENAI_BASE_URL`);
  return v;
}

/**
 * The API's and the functions' pods admit named pods only (activator, autoscaler, event senders, UI, test pod), never a
 * whole namespace (which would let the ingress gateway in); only the monitoring namespace, on port 8080, is whole.
 */
export function ingressPeersPolicy(objects, { gatewayNamespaces, monitoringNamespace }) {
  const v = [];
  for (const n of objects.filter((o) => o.kind === "NetworkPolicy" && /-(api|functions)$/.test(o.metadata.name))) {
    for (const rule of n.spec.ingress || []) {
      if (!rule.from?.length) { v.push(`${id(n)}: an ingress rule without from admits every pod`); continue; }
      for (const peer of rule.from) {
        const ns = peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"];
        if (peer.ipBlock) v.push(`${id(n)}: admits ${peer.ipBlock.cidr}`);
        if (ns && gatewayNamespaces.includes(ns)) v.push(`${id(n)}: admits the ingress gateway's namespace ${ns}`);
        const wholeNamespace = peer.namespaceSelector && !Object.keys(peer.podSelector?.matchLabels || {}).length;
        const metrics = ns && ns === monitoringNamespace && (rule.ports || []).length === 1 && rule.ports[0].port === 8080;
        if (wholeNamespace && !metrics) v.push(`${id(n)}: admits every pod of namespace ${ns ?? "(any)"}`);
      }
    }
  }
  return v;
}

/**
 * Plain Kubernetes: one RabbitMQ user per component. The rendered permission regexes (Permission, TopicPermission)
 * are tried against every exchange, queue and event type: a function may read only its own queue, publish only its
 * reply type or task.failed and declare nothing; only the API publishes request events and reads results; KEDA
 * nothing. Each app connects with its own user's Secret; the functions do not declare.
 */
export function rabbitmqUsersPolicy(objects) {
  const v = [];
  const deployments = objects.filter((o) => o.kind === "Deployment" && SERVICES.includes(o.metadata.name));
  if (!deployments.length) return v; // Knative: the apps do not speak AMQP
  const exchanges = ["hr-assist", "hr-assist.dead-letter"];
  const queues = [...Object.values(FUNCTIONS), "task_results_queue", "dead_letter_queue"];
  const types = Object.values(TRIGGERS).map(([t]) => t);
  const requested = types.filter((t) => t.endsWith(".requested.v1"));
  const component = (o) => o.metadata.labels?.["app.kubernetes.io/component"];
  const find = (kind, c) => objects.find((o) => o.kind === kind && component(o) === c);
  const allowed = (re, names) => names.filter((n) => new RegExp(re).test(n)).sort();
  const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  const expect = {
    api: { configure: [...exchanges, ...queues], write: [...exchanges, ...queues], read: [...exchanges, ...queues], topicWrite: requested },
    keda: { configure: [], write: [], read: [], topicWrite: [] },
  };
  for (const [fn, queue] of Object.entries(FUNCTIONS))
    expect[fn.replace("hr-assist-", "")] = { configure: [], write: exchanges, read: [queue], topicWrite: REPLIES[fn] };
  for (const [c, want] of Object.entries(expect)) {
    const p = find("Permission", c), t = find("TopicPermission", c);
    if (!find("User", c) || !p || !t) { v.push(`no RabbitMQ User, Permission and TopicPermission for ${c}`); continue; }
    for (const k of ["configure", "write", "read"]) {
      const got = allowed(p.spec.permissions[k], [...exchanges, ...queues]);
      if (!same(got, want[k])) v.push(`${id(p)}: ${k} allows [${got}], expected [${want[k]}]`);
    }
    if (t.spec.permissions.exchange !== "hr-assist") v.push(`${id(t)}: exchange ${t.spec.permissions.exchange}`);
    const topics = allowed(t.spec.permissions.write, types);
    if (!same(topics, want.topicWrite)) v.push(`${id(t)}: may publish [${topics}], expected [${want.topicWrite}]`);
  }
  for (const d of deployments) {
    const c = d.spec.template.spec.containers[0];
    const uri = (c.env || []).find((e) => e.name === "RABBITMQ_URI")?.valueFrom?.secretKeyRef?.name;
    if (!uri || !uri.endsWith(`-rabbitmq-${component(d)}`)) v.push(`${id(d)}: RABBITMQ_URI from ${uri}, not its own user's Secret`);
    if (FUNCTIONS[d.metadata.name] && (c.env || []).find((e) => e.name === "HR_ASSIST_RABBITMQ_DECLARE")?.value !== "false") v.push(`${id(d)}: declares the topology (HR_ASSIST_RABBITMQ_DECLARE not false)`);
  }
  const keda = objects.find((o) => o.kind === "TriggerAuthentication");
  if (keda && !keda.spec.secretTargetRef.every((r) => r.name.endsWith("-rabbitmq-keda"))) v.push(`${id(keda)}: KEDA does not use its own RabbitMQ user`);
  return v;
}

/** The bundled RabbitMQ is a series with community support (4.x) and makes quorum queues by default. */
export function rabbitmqServerPolicy(objects) {
  const v = [];
  const rc = objects.find((o) => o.kind === "RabbitmqCluster");
  // By digest (rabbitmq.image.digest) the reference names no version: the subchart's app version is the release the
  // digest pins.
  const major = (o, image) => Number(/:(\d+)\./.exec(image)?.[1] ?? (image.includes("@") ? /^(\d+)\./.exec(o.metadata.labels?.["app.kubernetes.io/version"] ?? "")?.[1] : undefined));
  if (rc) {
    if (!(major(rc, rc.spec.image) >= 4)) v.push(`${id(rc)}: ${rc.spec.image} is out of community support (use 4.x)`);
    if (!/^\s*default_queue_type\s*=\s*quorum\s*$/m.test(rc.spec.rabbitmq?.additionalConfig ?? "")) v.push(`${id(rc)}: additionalConfig does not make quorum queues the default`);
    if ((rc.spec.replicas ?? 1) % 2 === 0) v.push(`${id(rc)}: ${rc.spec.replicas} replicas (quorum queues need an odd number)`);
    // TLS on: every generated AMQP URI is amqps on 5671 (with disableNonTLSListeners nothing listens on 5672).
    if (rc.spec.tls?.secretName)
      for (const sec of objects.filter((o) => o.kind === "Secret" && o.data?.["amqp-uri"])) {
        const uri = Buffer.from(sec.data["amqp-uri"], "base64").toString();
        if (!/^amqps:\/\/[^@]+@[^/]+:5671\//.test(uri)) v.push(`${id(sec)}: amqp-uri is not amqps on 5671 beside a RabbitmqCluster with TLS`);
      }
  }
  const sts = objects.find((o) => o.kind === "StatefulSet" && o.metadata.labels?.["app.kubernetes.io/name"] === "rabbitmq");
  if (!sts) return v;
  for (const c of sts.spec.template.spec.containers)
    if (!(major(sts, c.image) >= 4)) v.push(`${id(sts)}: ${c.image} is out of community support (use 4.x)`);
  const conf = objects.find((o) => o.kind === "ConfigMap" && o.data?.["rabbitmq.conf"])?.data["rabbitmq.conf"] ?? "";
  if (!/^\s*default_queue_type\s*=\s*quorum\s*$/m.test(conf)) v.push("rabbitmq.conf: default_queue_type is not quorum");
  return v;
}

/**
 * postgres.mode=cloudnativepg: no superuser access, the owner owns the database, the app role logs in without any
 * power beyond rows, the API connects to the primary's -rw Service with verify-full against the Cluster's CA, and
 * backups to object storage have a ScheduledBackup.
 */
export function cloudnativepgPolicy(objects) {
  const v = [];
  const cluster = objects.find((o) => o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1");
  if (!cluster) return v;
  const name = cluster.metadata.name;
  const spec = cluster.spec;
  if (spec.enableSuperuserAccess !== false) v.push(`${id(cluster)}: superuser access is on`);
  if ((spec.instances ?? 1) < 2) v.push(`${id(cluster)}: ${spec.instances} instance (no failover)`);
  const cm = objects.find((o) => o.kind === "ConfigMap" && o.data?.HR_ASSIST_DB_URL);
  const url = cm?.data.HR_ASSIST_DB_URL ?? "";
  if (!url.startsWith(`jdbc:postgresql://${name}-rw:`)) v.push(`HR_ASSIST_DB_URL ${url} does not point at ${name}-rw`);
  if (!/[?&]sslmode=verify-full(&|$)/.test(url)) v.push(`HR_ASSIST_DB_URL ${url} does not verify the server (sslmode=verify-full)`);
  const ca = spec.certificates?.serverCASecret ?? `${name}-ca`;
  const api = objects.find((o) => ["Service", "Deployment"].includes(o.kind) && o.metadata.name === "hr-assist-api" && o.spec?.template);
  const vols = api?.spec?.template?.spec?.volumes ?? [];
  if (!vols.some((x) => x.secret?.secretName === ca)) v.push(`the API does not mount the Cluster's CA Secret ${ca}`);
  const app = (spec.managed?.roles ?? [])[0];
  if (!app?.login || app.superuser || app.createdb || app.createrole || app.replication || app.bypassrls) v.push(`${id(cluster)}: the app role must log in and hold no other power`);
  const sql = (spec.bootstrap?.initdb?.postInitApplicationSQL ?? []).join("\n");
  if (!/REVOKE ALL ON SCHEMA public FROM PUBLIC/.test(sql)) v.push(`${id(cluster)}: PUBLIC may still create in schema public`);
  if (spec.backup?.barmanObjectStore) {
    const sb = objects.find((o) => o.kind === "ScheduledBackup" && o.spec?.cluster?.name === name);
    if (!sb) v.push(`${id(cluster)}: backups to object storage without a ScheduledBackup (only WAL would be archived)`);
  }
  return v;
}

/**
 * sealedSecrets.enabled: no plain Secret and no ExternalSecret, one SealedSecret per Secret the apps, the broker, the
 * operators and KEDA name, each holding every key they read (secretKeyRef, basic-auth username/password).
 */
export function sealedPolicy(objects) {
  const v = [];
  const sealed = new Map(objects.filter((o) => o.kind === "SealedSecret").map((o) => [o.spec?.template?.metadata?.name ?? o.metadata.name, o]));
  if (!sealed.size) return ["no SealedSecret rendered"];
  for (const o of objects.filter((x) => x.kind === "Secret" || x.kind === "ExternalSecret")) v.push(`${id(o)} rendered beside SealedSecrets`);
  for (const [name, o] of sealed) {
    if (o.metadata.name !== name) v.push(`${id(o)}: template names another Secret (${name})`);
    if (!Object.keys(o.spec?.encryptedData ?? {}).length) v.push(`${id(o)}: no encryptedData`);
  }
  const need = (o, name, key) => {
    const s = sealed.get(name);
    if (!s) v.push(`${id(o)}: Secret ${name} has no SealedSecret`);
    else if (key && !(key in s.spec.encryptedData)) v.push(`${id(o)}: SealedSecret ${name} has no key ${key}`);
  };
  for (const o of objects) {
    for (const { spec } of podSpecs(o))
      for (const c of [...(spec.initContainers || []), ...(spec.containers || [])])
        for (const e of c.env || []) { const r = e.valueFrom?.secretKeyRef; if (r && !r.optional) need(o, r.name, r.key); }
    if (o.kind === "TriggerAuthentication") for (const r of o.spec.secretTargetRef || []) need(o, r.name, r.key);
    if (o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1")
      for (const n of [o.spec.bootstrap.initdb.secret.name, ...o.spec.managed.roles.map((r) => r.passwordSecret.name)]) {
        need(o, n, "username"); need(o, n, "password");
        if (sealed.get(n) && sealed.get(n).spec.template?.type !== "kubernetes.io/basic-auth") v.push(`SealedSecret ${n}: CloudNativePG needs type kubernetes.io/basic-auth`);
      }
    if (o.kind === "RabbitmqBrokerConfig" && o.spec.rabbitmqClusterReference?.connectionSecret) for (const k of ["uri", "username", "password"]) need(o, o.spec.rabbitmqClusterReference.connectionSecret.name, k);
    if (o.kind === "User") for (const k of ["username", "password"]) need(o, o.spec.importCredentialsSecret.name, k);
  }
  return v;
}

/**
 * llm.egressProxy.squid: the functions' HTTPS_PROXY is the Squid Service, their egress policy names only its pods
 * (besides RabbitMQ), Squid lets through CONNECT to 443 of the model's host and nothing else, admits only the
 * functions and reaches only port 443.
 */
export function egressProxyPolicy(objects) {
  const v = [];
  const deploy = objects.find((o) => o.kind === "Deployment" && o.metadata.labels?.["app.kubernetes.io/component"] === "egress-proxy");
  if (!deploy) return v;
  const name = deploy.metadata.name;
  const conf = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === name)?.data?.["squid.conf"] ?? "";
  const lines = conf.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const access = lines.filter((l) => l.startsWith("http_access"));
  if (access.at(-1) !== "http_access deny all") v.push(`${name}: squid.conf does not end its http_access rules with deny all`);
  const allows = access.filter((l) => l.startsWith("http_access allow"));
  if (allows.length !== 1 || allows[0] !== "http_access allow CONNECT allowed_hosts") v.push(`${name}: squid.conf allows more than CONNECT to allowed_hosts (${allows.join("; ")})`);
  if (!access.includes("http_access deny !tls_port") || !lines.includes("acl tls_port port 443")) v.push(`${name}: squid.conf does not limit tunnels to port 443`);
  const hosts = (lines.find((l) => l.startsWith("acl allowed_hosts dstdomain")) ?? "").split(/\s+/).slice(3);
  const fnPods = objects.filter((o) => ["jd", "questions", "resume"].includes(o.metadata?.labels?.["app.kubernetes.io/component"]) && o.spec?.template);
  for (const o of fnPods) {
    const env = Object.fromEntries((o.spec.template.spec.containers[0].env ?? []).map((e) => [e.name, e.value]));
    if (!env.HTTPS_PROXY?.startsWith(`http://${name}.`)) v.push(`${id(o)}: HTTPS_PROXY ${env.HTTPS_PROXY} is not the chart's Squid`);
    const base = env.OPENAI_BASE_URL && new URL(env.OPENAI_BASE_URL).hostname;
    if (base && !hosts.some((h) => h === base || (h.startsWith(".") && base.endsWith(h)))) v.push(`${id(o)}: the model's host ${base} is not on Squid's allow-list (${hosts.join(" ")})`);
  }
  const nps = objects.filter((o) => o.kind === "NetworkPolicy");
  const fn = nps.find((n) => n.metadata.name.endsWith("-functions"));
  for (const e of fn?.spec.egress ?? [])
    for (const to of e.to ?? []) {
      const c = to.podSelector?.matchLabels?.["app.kubernetes.io/component"];
      const rabbit = (e.ports ?? []).every((p) => [5671, 5672].includes(p.port));
      if (c !== "egress-proxy" && !rabbit) v.push(`${id(fn)}: the functions may reach ${JSON.stringify(to)} besides the proxy`);
    }
  const own = nps.find((n) => n.metadata.name === name);
  if (!own) v.push(`no NetworkPolicy for ${name}`);
  else {
    if (!["Ingress", "Egress"].every((t) => own.spec.policyTypes?.includes(t))) v.push(`${id(own)}: must restrict ingress and egress`);
    for (const r of own.spec.ingress ?? []) for (const f of r.from ?? []) if (!["jd", "questions", "resume"].includes(f.podSelector?.matchLabels?.["app.kubernetes.io/component"]) || f.namespaceSelector) v.push(`${id(own)}: admits ${JSON.stringify(f)}`);
    for (const r of own.spec.egress ?? []) if (!(r.ports ?? []).length || r.ports.some((p) => p.port !== 443)) v.push(`${id(own)}: egress beyond port 443`);
  }
  return v;
}

const memMi = (q) => { const m = /^([0-9.]+)(Mi|Gi|M|G)?$/.exec(String(q)); if (!m) return NaN; const n = Number(m[1]); return { Mi: n, Gi: n * 1024, M: n / 1.048576, G: n * 953.67 }[m[2]] ?? n / 1048576; };

/**
 * availability.*: every app (and Squid) has a PodDisruptionBudget with maxUnavailable that selects exactly its pods;
 * topology spread selects the pod's own labels; a startupProbe gives up within a minute and liveness then has no
 * fixed delay; memory requests leave room over the measured RSS (functions 105–110 MB, docs/benchmarks.md).
 */
export function availabilityPolicy(objects) {
  const v = [];
  const workloads = objects.filter((o) => ["Deployment", "Service"].includes(o.kind) && o.spec?.template?.spec?.containers && o.metadata.labels?.["app.kubernetes.io/name"] === "hr-assist");
  const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget");
  const matches = (sel, labels) => Object.entries(sel ?? {}).every(([k, x]) => labels?.[k] === x);
  for (const w of workloads) {
    const labels = w.spec.template.metadata?.labels;
    if (pdbs.length) {
      const mine = pdbs.filter((p) => matches(p.spec.selector?.matchLabels, labels));
      if (mine.length !== 1) v.push(`${id(w)}: ${mine.length} PodDisruptionBudgets select its pods`);
      for (const p of mine) if (p.spec.minAvailable !== undefined || p.spec.maxUnavailable !== 1) v.push(`${id(p)}: use maxUnavailable 1 (minAvailable blocks drains of a single pod)`);
    }
    for (const t of w.spec.template.spec.topologySpreadConstraints ?? [])
      if (!Object.keys(t.labelSelector?.matchLabels ?? {}).length || !matches(t.labelSelector.matchLabels, labels)) v.push(`${id(w)}: topology spread on ${t.topologyKey} does not select its own pods`);
    for (const c of w.spec.template.spec.containers) {
      const s = c.startupProbe;
      if (s) {
        if ((s.periodSeconds ?? 10) * (s.failureThreshold ?? 3) > 60) v.push(`${id(w)}: startupProbe allows more than 60 s`);
        if (c.livenessProbe?.initialDelaySeconds) v.push(`${id(w)}: liveness still waits ${c.livenessProbe.initialDelaySeconds} s beside a startupProbe`);
      }
      const component = labels?.["app.kubernetes.io/component"];
      if (["jd", "questions", "resume"].includes(component) && !(memMi(c.resources?.requests?.memory) >= 2 * 110)) v.push(`${id(w)}: memory request ${c.resources?.requests?.memory} under twice the measured RSS (110 MB)`);
    }
  }
  for (const p of pdbs) if (!workloads.some((w) => matches(p.spec.selector?.matchLabels, w.spec.template.metadata?.labels))) v.push(`${id(p)} selects no workload`);
  return v;
}

// Metrics the apps and RabbitMQ expose today (Micronaut Micrometer at the API's /prometheus: http.server.requests,
// JVM and HikariCP binders; rabbitmq_prometheus): alerts and panels may use these names only.
const KNOWN_METRICS = [/^http_server_requests_seconds_(count|sum|max)$/, /^jvm_memory_(used|max|committed)_bytes$/, /^hikaricp_connections_(active|pending|idle|max)$/,
  /^rabbitmq_detailed_queue_messages(_ready|_unacked)?$/, /^rabbitmq_global_messages_(received|delivered|confirmed|routed|acknowledged)_total$/, /^rabbitmq_alarms_memory_used_watermark$/,
  // api-function's metrics package (TaskMetrics, OutboxMeters)
  /^hr_assist_tasks_(started|ended)_total$/, /^hr_assist_task_duration_seconds_(bucket|count|sum|max)$/, /^hr_assist_outbox_oldest_seconds$/, /^hr_assist_dead_letters_total$/];
const PROMQL_WORDS = new Set(["sum", "max", "min", "avg", "count", "by", "without", "rate", "increase", "irate", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "label_values", "humanize", "humanizePercentage", "humanizeDuration", "bool", "offset", "histogram_quantile"]);

/** Metric names of a PromQL expression (identifiers not followed by '(' or '=' and not keywords or label names). */
export function promqlMetrics(expr) {
  const noLabels = expr.replace(/\{[^}]*\}/g, "{}").replace(/"[^"]*"/g, '""').replace(/\[[^\]]*\]/g, "[]").replace(/by \([^)]*\)/g, "");
  return [...noLabels.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((w) => !PROMQL_WORDS.has(w) && !/^[0-9]/.test(w));
}

/**
 * monitoring.*: PodMonitors select pods the chart renders (or the RabbitmqCluster's), on ports the NetworkPolicy opens
 * to the monitoring namespace; PrometheusRule and dashboard use only metrics that exist; the dashboard parses and
 * carries Grafana's sidecar label.
 */
export function monitoringPolicy(objects) {
  const v = [];
  const pods = objects.flatMap((o) => (o.spec?.template?.metadata?.labels ? [o.spec.template.metadata.labels] : []));
  const operatorRabbit = objects.find((o) => o.kind === "RabbitmqCluster");
  for (const pm of objects.filter((o) => o.kind === "PodMonitor")) {
    const sel = pm.spec.selector?.matchLabels ?? {};
    const hit = pods.some((l) => Object.entries(sel).every(([k, x]) => l[k] === x)) || (operatorRabbit && sel["app.kubernetes.io/name"] === operatorRabbit.metadata.name);
    if (!hit) v.push(`${id(pm)}: selects no pod the chart runs`);
    const np = objects.filter((o) => o.kind === "NetworkPolicy" && Object.entries(o.spec.podSelector?.matchLabels ?? {}).every(([k, x]) => sel[k] === x || (k === "app.kubernetes.io/component" && sel[k] === x)));
    for (const ep of pm.spec.podMetricsEndpoints ?? []) {
      const open = np.some((n) => (n.spec.ingress ?? []).some((r) => (r.from ?? []).some((f) => f.namespaceSelector && !f.podSelector) && (r.ports ?? []).some((p) => p.port === ep.portNumber)));
      if (np.length && !open) v.push(`${id(pm)}: port ${ep.portNumber} is not open to the monitoring namespace (networkPolicy.monitoringNamespace)`);
    }
  }
  const exprs = [];
  for (const r of objects.filter((o) => o.kind === "PrometheusRule")) for (const g of r.spec.groups) for (const rule of g.rules) exprs.push([`${id(r)} ${rule.alert ?? rule.record}`, rule.expr]);
  const dash = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name.endsWith("-dashboard"));
  if (dash) {
    if (dash.metadata.labels?.grafana_dashboard === undefined) v.push(`${id(dash)}: no grafana_dashboard label`);
    try {
      const d = JSON.parse(Object.values(dash.data)[0]);
      for (const p of d.panels ?? []) for (const t of p.targets ?? []) exprs.push([`${id(dash)} panel "${p.title}"`, t.expr]);
    } catch (e) { v.push(`${id(dash)}: dashboard is not JSON (${e.message})`); }
  }
  for (const [where, expr] of exprs) {
    const depth = [...String(expr)].reduce((d, c) => (d < 0 ? d : d + (c === "(" ? 1 : c === ")" ? -1 : 0)), 0);
    if (depth !== 0) v.push(`${where}: unbalanced parentheses`);
    for (const m of promqlMetrics(String(expr))) if (!KNOWN_METRICS.some((re) => re.test(m))) v.push(`${where}: metric ${m} is exposed by nothing the chart runs`);
  }
  return v;
}

/**
 * Rotated passwords reach the servers and the apps (helm/README.md, Rotating passwords). Each embedded PostgreSQL and
 * RabbitMQ StatefulSet runs a password-sync sidecar that mounts, as a volume, the very Secret the server's own
 * containers read its passwords from, and syncs every password key they read; its script comes from the ConfigMap and
 * never sits in the image's init directory (whose entrypoint would run the loop). A Reloader annotation names every
 * Secret its Deployment's environment reads; a rollout token is on every app that reads a Secret or on none. The
 * Secrets the operators read carry the labels they watch by: cnpg.io/reload (CloudNativePG's role Secrets) and
 * rabbitmq.com/topology-operator (the Topology Operator's connection and User credential Secrets).
 */
export function rotationPolicy(objects) {
  const v = [];
  const envSecretKeys = (containers) => containers.flatMap((c) => (c.env ?? []).filter((e) => e.valueFrom?.secretKeyRef).map((e) => ({ ...e.valueFrom.secretKeyRef, env: e.name })));
  for (const sts of objects.filter((o) => o.kind === "StatefulSet" && ["postgres", "rabbitmq"].includes(o.metadata.labels?.["app.kubernetes.io/name"]))) {
    const spec = sts.spec.template.spec;
    const sidecar = spec.containers.find((c) => c.name === "password-sync");
    const server = [...(spec.initContainers ?? []), ...spec.containers.filter((c) => c !== sidecar)];
    // The passwords the server's containers read (POSTGRES_PASSWORD, HR_ASSIST_DB_*_PASSWORD, RABBITMQ_PASS).
    const refs = envSecretKeys(server).filter((r) => /PASS/.test(r.env));
    if (!sidecar) { v.push(`${id(sts)}: no password-sync container (a rotated password would never reach the server)`); continue; }
    const main = spec.containers.find((c) => c !== sidecar);
    if (sidecar.image !== main?.image) v.push(`${id(sts)}: password-sync runs ${sidecar.image}, the server ${main?.image} (its psql or rabbitmqctl must be the server's)`);
    const volumes = Object.fromEntries((spec.volumes ?? []).map((x) => [x.name, x]));
    const secretMounts = (sidecar.volumeMounts ?? []).filter((m) => volumes[m.name]?.secret);
    for (const name of new Set(refs.map((r) => r.name))) {
      const m = secretMounts.find((x) => volumes[x.name].secret.secretName === name);
      if (!m) v.push(`${id(sts)}: password-sync does not mount the Secret ${name} as a volume (environment variables never change)`);
      else if (!m.readOnly) v.push(`${id(sts)}: password-sync mounts the Secret ${name} writable`);
      else if (volumes[m.name].secret.items) v.push(`${id(sts)}: password-sync mounts only some keys of ${name}`);
      const dir = m && (sidecar.env ?? []).find((e) => e.name === "HR_ASSIST_SECRET_DIR")?.value;
      if (m && dir !== m.mountPath) v.push(`${id(sts)}: password-sync reads ${dir}, the Secret ${name} is at ${m.mountPath}`);
    }
    if (envSecretKeys([sidecar]).some((r) => /PASS/.test(r.env) || refs.some((x) => x.name === r.name && x.key === r.key))) v.push(`${id(sts)}: password-sync takes a password from the environment`);
    const pairs = (sidecar.env ?? []).find((e) => /^HR_ASSIST_SYNC_(ROLES|USERS)$/.test(e.name))?.value ?? "";
    const synced = new Set(pairs.split(/\s+/).map((p) => p.split(":")[1]).filter(Boolean));
    for (const r of refs) if (!synced.has(r.key)) v.push(`${id(sts)}: password-sync does not sync the key ${r.key} of ${r.name}`);
    const script = sidecar.command?.at(-1) ?? "";
    const scriptMount = (sidecar.volumeMounts ?? []).find((m) => script.startsWith(`${m.mountPath}/`));
    const cmName = volumes[scriptMount?.name]?.configMap?.name;
    const key = volumes[scriptMount?.name]?.configMap?.items?.find((i) => script.endsWith(`/${i.path}`))?.key;
    if (!objects.some((o) => o.kind === "ConfigMap" && o.metadata.name === cmName && o.data?.[key])) v.push(`${id(sts)}: password-sync runs ${script || "nothing"}, which no rendered ConfigMap provides`);
    for (const c of server)
      for (const m of c.volumeMounts ?? []) {
        const cm = volumes[m.name]?.configMap;
        if (cm?.name === cmName && /initdb/.test(m.mountPath) && (!cm.items || cm.items.some((i) => i.key === key))) v.push(`${id(sts)}: container ${c.name} mounts the sync script ${key} at ${m.mountPath}, where the entrypoint would run it`);
      }
  }
  const apps = objects.filter((o) => ["Deployment", "Service"].includes(o.kind) && o.spec?.template?.spec?.containers && o.metadata.labels?.["app.kubernetes.io/name"] === "hr-assist" && o.metadata.labels?.["app.kubernetes.io/component"] !== "egress-proxy");
  // With Reloader on (one Deployment carries its annotation), every Deployment whose pods read a Secret carries it.
  const reloaded = (o) => o.metadata.annotations?.["secret.reloader.stakater.com/auto"] === "true";
  if (apps.some(reloaded))
    for (const d of apps.filter((o) => o.kind === "Deployment" && envSecretKeys(o.spec.template.spec.containers).length && !reloaded(o))) v.push(`${id(d)}: Reloader does not roll it, though its pods read Secrets`);
  const token = (o) => o.spec.template.metadata?.annotations?.["hr-assist.io/rollout-token"];
  const readers = apps.filter((o) => envSecretKeys(o.spec.template.spec.containers).length);
  const tokens = new Set(readers.map(token));
  if (tokens.size > 1) v.push(`rollout token on some apps only: ${readers.map((o) => `${o.metadata.name}=${token(o) ?? "(none)"}`).join(", ")}`);
  // The Secrets the chart fills, with the labels they will carry.
  const filled = new Map();
  for (const o of objects) {
    if (o.kind === "Secret") filled.set(o.metadata.name, o.metadata.labels ?? {});
    if (o.kind === "ExternalSecret") filled.set(o.spec.target?.name ?? o.metadata.name, o.spec.target?.template?.metadata?.labels ?? {});
    if (o.kind === "SealedSecret") filled.set(o.spec.template?.metadata?.name ?? o.metadata.name, o.spec.template?.metadata?.labels ?? {});
  }
  const labelled = (name, label, who) => { if (filled.has(name) && filled.get(name)[label] !== "true") v.push(`Secret ${name} (${who}) lacks the label ${label}: "true"`); };
  for (const c of objects.filter((o) => o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1"))
    for (const n of [c.spec.bootstrap?.initdb?.secret?.name, ...(c.spec.managed?.roles ?? []).map((r) => r.passwordSecret?.name)].filter(Boolean)) labelled(n, "cnpg.io/reload", "CloudNativePG applies a changed password at once only then");
  for (const o of objects) {
    if (o.kind === "User") labelled(o.spec.importCredentialsSecret?.name, "rabbitmq.com/topology-operator", "the Topology Operator watches only labelled Secrets");
    const conn = o.spec?.rabbitmqClusterReference?.connectionSecret?.name;
    if (conn && ["User", "Permission", "TopicPermission", "Queue", "Policy"].includes(o.kind)) labelled(conn, "rabbitmq.com/topology-operator", "the Topology Operator's connection");
  }
  return v;
}
