{{/* Chart name, kept fixed: the Knative objects and the local broker refer to hr-assist-* names. */}}
{{- define "hr-assist.name" -}}hr-assist{{- end -}}

{{/* Prefix of release-scoped objects (ConfigMaps, Secrets, ServiceAccounts, policies). */}}
{{- define "hr-assist.fullname" -}}
{{- if contains "hr-assist" .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-hr-assist" .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "hr-assist.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Recommended labels. Call with (dict "ctx" $ "component" "api"). */}}
{{- define "hr-assist.labels" -}}
helm.sh/chart: {{ include "hr-assist.chart" .ctx }}
{{ include "hr-assist.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: hr-assist
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
{{- end -}}

{{- define "hr-assist.selectorLabels" -}}
app.kubernetes.io/name: {{ include "hr-assist.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Selector of every pod of the release (the apps and the subcharts). */}}
{{- define "hr-assist.releasePods" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Apps: key in values -> workload name, fixed so that Triggers, SinkBinding and the local broker can name them. */}}
{{- define "hr-assist.serviceName" -}}hr-assist-{{ . }}{{- end -}}
{{- define "hr-assist.functions" -}}jd questions resume{{- end -}}

{{/* Image reference of an app. Call with (dict "ctx" $ "values" .Values.api). */}}
{{- define "hr-assist.image" -}}
{{- $tag := .values.image.tag | default .ctx.Values.image.tag | default .ctx.Chart.AppVersion | toString -}}
{{- if or (eq $tag "latest") (eq $tag "") -}}
{{- fail "image tags must be pinned: 'latest' is not allowed" -}}
{{- end -}}
{{- $repo := printf "%s/%s" (.values.image.registry | default .ctx.Values.image.registry) .values.image.repository -}}
{{- /* A digest (images.yml prints it for every push) pins the exact image; the tag stays for people, not the node. */}}
{{- with .values.image.digest }}{{ printf "%s@%s" $repo . }}{{ else }}{{ printf "%s:%s" $repo $tag }}{{ end -}}
{{- end -}}

{{/* Container securityContext of the apps (Knative allows these fields at container level). */}}
{{- define "hr-assist.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.podSecurity.runAsUser }}
runAsGroup: {{ .Values.podSecurity.runAsGroup }}
readOnlyRootFilesystem: true
allowPrivilegeEscalation: false
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Names of the Secrets (existingSecret, else release-scoped defaults that are generated or filled from Vault). */}}
{{- define "hr-assist.postgresName" -}}
{{- .Values.postgres.fullnameOverride | default (printf "%s-postgres" .Release.Name) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{/* The database's Service: the StatefulSet's, or the CloudNativePG Cluster's read-write Service (the primary). */}}
{{- define "hr-assist.postgresHost" -}}
{{- include "hr-assist.postgresName" . }}{{ if include "hr-assist.cnpg" . }}-rw{{ end -}}
{{- end -}}
{{- define "hr-assist.cnpg" -}}
{{- if and .Values.postgres.enabled (eq (.Values.postgres.mode | default "embedded") "cloudnativepg") }}true{{ end -}}
{{- end -}}
{{- define "hr-assist.rabbitmqOperator" -}}
{{- if and .Values.rabbitmq.enabled (eq (.Values.rabbitmq.mode | default "embedded") "operator") }}true{{ end -}}
{{- end -}}
{{/* Pod labels of the database's and the broker's pods (NetworkPolicies). */}}
{{- define "hr-assist.postgresPods" -}}
{{- if include "hr-assist.cnpg" . -}}
cnpg.io/cluster: {{ include "hr-assist.postgresName" . }}
{{- else -}}
app.kubernetes.io/name: postgres
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
{{- end -}}
{{- define "hr-assist.rabbitmqPods" -}}
{{- if include "hr-assist.rabbitmqOperator" . -}}
app.kubernetes.io/name: {{ include "hr-assist.rabbitmqHost" . }}
app.kubernetes.io/component: rabbitmq
{{- else -}}
app.kubernetes.io/name: rabbitmq
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
{{- end -}}
{{/* How the Messaging Topology Operator and eventing-rabbitmq reach the broker: the RabbitmqCluster by name, else the
admin connection Secret (uri, username, password). */}}
{{- define "hr-assist.rabbitmqClusterReference" -}}
{{- if include "hr-assist.rabbitmqOperator" . -}}
name: {{ include "hr-assist.rabbitmqHost" . }}
namespace: {{ .Release.Namespace }}
{{- else -}}
connectionSecret:
  name: {{ include "hr-assist.rabbitmqSecret" . }}
{{- end -}}
{{- end -}}
{{/* AMQP scheme, host and port of the bundled broker (amqps on 5671 when the RabbitmqCluster has TLS). */}}
{{- define "hr-assist.amqpAddress" -}}
{{- $host := printf "%s.%s.svc" (include "hr-assist.rabbitmqHost" .) .Release.Namespace -}}
{{- if and (include "hr-assist.rabbitmqOperator" .) .Values.rabbitmq.operator.tls.secretName -}}
amqps://{{ $host }}:5671
{{- else -}}
amqp://{{ $host }}:5672
{{- end -}}
{{- end -}}
{{/* The CA the API trusts for PostgreSQL: database.tls.caSecret, else the CloudNativePG Cluster's CA. */}}
{{- define "hr-assist.postgresCaSecret" -}}
{{- if .Values.database.tls.caSecret -}}{{ .Values.database.tls.caSecret }}
{{- else if include "hr-assist.cnpg" . -}}{{ .Values.postgres.cloudnativepg.tls.serverCASecret | default (printf "%s-ca" (include "hr-assist.postgresName" .)) }}
{{- end -}}
{{- end -}}
{{- define "hr-assist.rabbitmqHost" -}}
{{- .Values.rabbitmq.fullnameOverride | default (printf "%s-rabbitmq" .Release.Name) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "hr-assist.postgresSecret" -}}
{{- .Values.postgres.auth.existingSecret | default (include "hr-assist.postgresName" .) -}}
{{- end -}}
{{- define "hr-assist.rabbitmqSecret" -}}
{{- .Values.rabbitmq.auth.existingSecret | default (include "hr-assist.rabbitmqHost" .) -}}
{{- end -}}
{{- define "hr-assist.appSecret" -}}
{{- .Values.api.existingSecret | default (printf "%s-app" (include "hr-assist.fullname" .)) -}}
{{- end -}}
{{- define "hr-assist.openaiSecret" -}}
{{- .Values.llm.existingSecret | default (printf "%s-openai" (include "hr-assist.fullname" .)) -}}
{{- end -}}
{{/* The API talks to the Kubernetes API: micronaut-kubernetes, or the cluster's JWKS for OIDC tokens. */}}
{{- define "hr-assist.api.needsKubeApi" -}}
{{- if or .Values.api.kubernetesConfig (and .Values.knative.enabled .Values.eventing.oidc.enabled) }}true{{ end -}}
{{- end -}}
{{- define "hr-assist.apiConfigMap" -}}{{ include "hr-assist.fullname" . }}-api{{- end -}}
{{- define "hr-assist.apiServiceAccount" -}}{{ include "hr-assist.fullname" . }}-api{{- end -}}
{{- define "hr-assist.functionsServiceAccount" -}}{{ include "hr-assist.fullname" . }}-functions{{- end -}}

{{- define "hr-assist.databaseUrl" -}}
{{- $url := "" -}}
{{- if .Values.postgres.enabled -}}
{{- $url = printf "jdbc:postgresql://%s:5432/%s" (include "hr-assist.postgresHost" .) .Values.postgres.auth.database -}}
{{- else -}}
{{- $url = required "postgres.enabled=false needs database.url (a JDBC URL)" .Values.database.url -}}
{{- end -}}
{{- $params := list -}}
{{- with .Values.database.tls.sslmode | default (ternary "verify-full" "" (not (empty (include "hr-assist.cnpg" .)))) }}{{ $params = append $params (printf "sslmode=%s" .) }}{{ end -}}
{{- if include "hr-assist.postgresCaSecret" . }}{{ $params = append $params "sslrootcert=/etc/hr-assist/postgres-ca/ca.crt" }}{{ end -}}
{{- if $params }}{{ $url = printf "%s%s%s" $url (ternary "&" "?" (contains "?" $url)) (join "&" $params) }}{{ end -}}
{{- $url -}}
{{- end -}}

{{/* Environment of the API (the ConfigMap carries the non-secret settings). */}}
{{- define "hr-assist.api.env" -}}
# micronaut-kubernetes (bootstrap-k8s.yml): read and watch this ConfigMap (api.kubernetesConfig), or not.
- name: HR_ASSIST_KUBERNETES_CONFIG
  value: {{ .Values.api.kubernetesConfig | quote }}
{{- if .Values.api.kubernetesConfig }}
- name: HR_ASSIST_CONFIG_MAP
  value: {{ include "hr-assist.apiConfigMap" . | quote }}
{{- end }}
# The app connects as a role that may only read and write rows; Flyway runs as the schema's owner, which grants the
# app role exactly that after each migration. The superuser stays with the server.
{{- range $env, $key := dict "HR_ASSIST_DB_USER" "app-username" "HR_ASSIST_DB_APP_ROLE" "app-username" "HR_ASSIST_DB_PASSWORD" "app-password" "HR_ASSIST_DB_MIGRATION_USER" "owner-username" "HR_ASSIST_DB_MIGRATION_PASSWORD" "owner-password" }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef:
      name: {{ include "hr-assist.postgresSecret" $ }}
      key: {{ $key }}
{{- end }}
- name: HR_ASSIST_JWT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "hr-assist.appSecret" . }}
      key: jwt-secret
- name: HR_ASSIST_ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "hr-assist.appSecret" . }}
      key: admin-password
{{- include "hr-assist.api.ingestEnv" . }}
- name: HR_ASSIST_EXTERNAL_TASKS
  value: {{ .Values.api.externalTasks | quote }}
{{- if and .Values.knative.enabled (not .Values.knative.sinkBinding) }}
# Request events go to the broker's ingress. Set here, not by a SinkBinding: its controller patches the containers
# list (atomic), takes it over under server-side apply, and the next helm upgrade then conflicts on it.
- name: K_SINK
  value: {{ include "hr-assist.brokerIngressUrl" . | quote }}
{{- end }}
# The client address for the sign-in throttle comes from the UI, which sets this header from the connection (or
# X-Forwarded-For past ui.trustedProxyHops); the API is reachable only inside the cluster.
- name: HR_ASSIST_CLIENT_ADDRESS_HEADER
  value: X-HR-Assist-Client
{{- if not .Values.knative.enabled }}
- name: HR_ASSIST_TRANSPORT
  value: rabbitmq
- name: RABBITMQ_URI
  valueFrom:
    secretKeyRef:
      name: {{ include "hr-assist.amqpSecret" (dict "ctx" . "component" "api") }}
      key: amqp-uri
{{- if .Values.rabbitmqTls.caSecret }}
- name: HR_ASSIST_RABBITMQ_CA_CERTIFICATE
  value: /etc/hr-assist/rabbitmq-ca/ca.crt
{{- end }}
{{- end }}
{{ include "hr-assist.jvmEnv" (dict "ctx" . "app" "api" "jto" (.Values.api.javaToolOptions | default .Values.javaToolOptions)) }}
{{- with .Values.api.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Who may call the API's event ingest (POST /, /dead-letters, /outbox/wake). Knative: the Knative Eventing OIDC sender
identity (eventing.oidc.enabled), else the network alone (the API is cluster-local; its NetworkPolicy admits only the
activator and the event senders). Plain Kubernetes: events come from RabbitMQ queues, so the HTTP ingest is closed
(token mode without a token).
*/}}
{{- define "hr-assist.api.ingestEnv" -}}
{{- $oidc := .Values.eventing.oidc }}
{{- if and .Values.knative.enabled $oidc.enabled }}
- name: HR_ASSIST_INGEST_AUTH
  value: oidc
- name: HR_ASSIST_INGEST_OIDC_ISSUER
  value: {{ required "eventing.oidc.issuer is required" $oidc.issuer | quote }}
- name: HR_ASSIST_INGEST_OIDC_JWKS_URL
  value: {{ required "eventing.oidc.jwksUrl is required" $oidc.jwksUrl | quote }}
- name: HR_ASSIST_INGEST_OIDC_AUDIENCE
  value: {{ include "hr-assist.api.audience" . | quote }}
- name: HR_ASSIST_INGEST_OIDC_SUBJECTS
  value: {{ include "hr-assist.api.oidcSubjects" . | quote }}
{{- with $oidc.caFile }}
- name: HR_ASSIST_INGEST_OIDC_CA_FILE
  value: {{ . | quote }}
{{- end }}
{{- with $oidc.tokenFile }}
- name: HR_ASSIST_INGEST_OIDC_TOKEN_FILE
  value: {{ . | quote }}
{{- end }}
{{- else if .Values.knative.enabled }}
- name: HR_ASSIST_INGEST_AUTH
  value: network
{{- else }}
- name: HR_ASSIST_INGEST_AUTH
  value: token
{{- end }}
{{- end -}}

{{/* The OIDC audience Knative gives the API's Service: <group>/<kind>/<namespace>/<name>, lower case. */}}
{{- define "hr-assist.api.audience" -}}
{{- .Values.eventing.oidc.audience | default (printf "serving.knative.dev/service/%s/%s" .Release.Namespace (include "hr-assist.serviceName" "api")) -}}
{{- end -}}
{{- define "hr-assist.api.oidcSubjects" -}}
{{- .Values.eventing.oidc.subjects | default (list (printf "system:serviceaccount:%s:*" .Release.Namespace)) | join "," -}}
{{- end -}}

{{/* Environment of a generator function. Call with (dict "ctx" $ "key" "jd"). */}}
{{- define "hr-assist.function.env" -}}
{{- $v := index .ctx.Values .key -}}
{{- $llm := .ctx.Values.llm -}}
{{- if $llm.baseUrl }}
{{- /* The key only goes with a base URL: the functions refuse to start with a key and no URL. */}}
- name: OPENAI_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "hr-assist.openaiSecret" .ctx }}
      key: api-key
      optional: true
- name: OPENAI_BASE_URL
  value: {{ $llm.baseUrl | quote }}
{{- else if $llm.existingSecret }}
{{- fail "llm.existingSecret needs llm.baseUrl: an API key without a base URL would fail the functions' start (and there is no default endpoint)" }}
{{- end }}
{{- with $llm.model }}
- name: OPENAI_MODEL
  value: {{ . | quote }}
{{- end }}
{{- $proxy := include "hr-assist.egressProxy" .ctx | fromYaml }}
{{- if $proxy.host }}
- name: HTTPS_PROXY
  value: {{ printf "http://%s:%v" $proxy.host $proxy.port | quote }}
- name: NO_PROXY
  value: {{ include "hr-assist.noProxyFor" (dict "ctx" .ctx "list" $llm.noProxy "sep" ",") | quote }}
{{- end }}
{{- if not .ctx.Values.knative.enabled }}
- name: HR_ASSIST_TRANSPORT
  value: rabbitmq
- name: RABBITMQ_URI
  valueFrom:
    secretKeyRef:
      name: {{ include "hr-assist.amqpSecret" (dict "ctx" .ctx "component" .key) }}
      key: amqp-uri
{{- if .ctx.Values.rabbitmqTls.caSecret }}
- name: HR_ASSIST_RABBITMQ_CA_CERTIFICATE
  value: /etc/hr-assist/rabbitmq-ca/ca.crt
{{- end }}
- name: HR_ASSIST_QUEUE
  value: {{ $v.queue | quote }}
{{- if .ctx.Values.rabbitmqUsers.enabled }}
# Its own user may not declare anything: only check that the API declared the exchanges and the queue.
- name: HR_ASSIST_RABBITMQ_DECLARE
  value: "false"
{{- end }}
{{- end }}
{{- $jto := $v.javaToolOptions | default .ctx.Values.javaToolOptions }}
{{- if $proxy.host }}
{{- /* Also as JVM properties, for HTTP clients that follow the default ProxySelector. */}}
{{- $jto = printf "%s -Dhttps.proxyHost=%s -Dhttps.proxyPort=%v -Dhttp.nonProxyHosts=%s" $jto $proxy.host $proxy.port (include "hr-assist.noProxyFor" (dict "ctx" .ctx "list" "localhost|127.0.0.1|*.svc|*.cluster.local" "sep" "|")) }}
{{- end }}
{{ include "hr-assist.jvmEnv" (dict "ctx" .ctx "app" .key "jto" $jto) }}
{{- with $v.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
What every app's JVM gets: the log format, JAVA_TOOL_OPTIONS (jto) and, with tracing.enabled, the OpenTelemetry Java
agent the images carry plus its settings: traces only (the metrics are Prometheus', the logs stdout's), no message
content of model calls (resume text never leaves in a span). An agent's JVM cannot use the image's AOT cache (the
agent adds java.instrument to the module graph the cache was made without): AOTMode=off says so instead of an error
at every start. Call with (dict "ctx" $ "app" "api" "jto" "...").
*/}}
{{- define "hr-assist.jvmEnv" -}}
{{- $t := .ctx.Values.tracing -}}
- name: HR_ASSIST_LOG_FORMAT
  value: {{ .ctx.Values.logFormat | quote }}
- name: JAVA_TOOL_OPTIONS
  value: {{ ternary (printf "%s -XX:AOTMode=off -javaagent:/app/otel/opentelemetry-javaagent.jar" .jto) .jto $t.enabled | quote }}
{{- if $t.enabled }}
{{- if not $t.endpoint }}
{{- fail "tracing.enabled needs tracing.endpoint: the OTLP (http/protobuf) address of a collector, e.g. http://otel-collector.observability:4318" }}
{{- end }}
- name: OTEL_SERVICE_NAME
  value: {{ include "hr-assist.serviceName" .app | quote }}
- name: OTEL_RESOURCE_ATTRIBUTES
  value: {{ printf "service.namespace=%s,service.version=%s" .ctx.Release.Namespace .ctx.Chart.AppVersion | quote }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ $t.endpoint | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: http/protobuf
- name: OTEL_TRACES_SAMPLER
  value: parentbased_traceidratio
- name: OTEL_TRACES_SAMPLER_ARG
  value: {{ $t.sampleRatio | toString | quote }}
- name: OTEL_METRICS_EXPORTER
  value: none
- name: OTEL_LOGS_EXPORTER
  value: none
- name: OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT
  value: "false"
{{- end }}
{{- end -}}

{{/*
The tracing collector's host and port (tracing.endpoint; the port defaults to the scheme's), as YAML.
*/}}
{{- define "hr-assist.tracingCollector" -}}
{{- $u := urlParse .Values.tracing.endpoint -}}
host: {{ $u.hostname | quote }}
port: {{ regexReplaceAll "^[^:]*:?" $u.host "" | atoi | default (ternary 443 80 (eq $u.scheme "https")) }}
{{- end -}}

{{/*
A proxy bypass list (list, joined by sep) with the tracing collector's host added when tracing is on: the agent's
exporter follows the JVM's proxy settings, and the egress proxy admits only the model's host.
*/}}
{{- define "hr-assist.noProxyFor" -}}
{{- if .ctx.Values.tracing.enabled -}}
{{ .list }}{{ .sep }}{{ (include "hr-assist.tracingCollector" .ctx | fromYaml).host }}
{{- else -}}
{{ .list }}
{{- end -}}
{{- end -}}

{{/* Environment of the UI. */}}
{{- define "hr-assist.ui.env" -}}
- name: HR_ASSIST_API_URL
  value: {{ printf "http://%s" (include "hr-assist.serviceName" "api") | quote }}
- name: HR_ASSIST_SECURE_COOKIES
  value: {{ .Values.ui.secureCookies | quote }}
{{- /* Knative: the ingress gateway, the activator and the queue-proxy each append to X-Forwarded-For. */}}
- name: HR_ASSIST_TRUSTED_PROXY_HOPS
  value: {{ .Values.ui.trustedProxyHops | default (ternary 3 1 .Values.knative.enabled) | quote }}
{{ include "hr-assist.jvmEnv" (dict "ctx" . "app" "ui" "jto" (.Values.ui.javaToolOptions | default .Values.javaToolOptions)) }}
{{- with .Values.ui.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Probes on the health endpoints. Knative: the port must be the container port (the queue-proxy probes it). */}}
{{- define "hr-assist.probes" -}}
readinessProbe:
  httpGet:
    path: /health/readiness
    port: {{ if .knative }}8080{{ else }}http{{ end }}
  {{- if not .knative }}
  {{- /* Knative: no periodSeconds means its aggressive probing at start, which allows no timeout or threshold. */}}
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 3
  {{- end }}
livenessProbe:
  httpGet:
    path: /health/liveness
    port: {{ if .knative }}8080{{ else }}http{{ end }}
  {{- if not .startup }}
  initialDelaySeconds: 30
  {{- end }}
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
{{- with .startup }}
{{- /* Plain Kubernetes, availability.startupProbe: liveness waits for the start instead of a fixed 30 s. */}}
startupProbe:
  httpGet:
    path: /health/liveness
    port: http
  periodSeconds: {{ .periodSeconds }}
  timeoutSeconds: 1
  failureThreshold: {{ .failureThreshold }}
{{- end }}
{{- end -}}

{{/* Pod scheduling of an app (availability.*): priority class and topology spread. Call with (dict "ctx" $ "component" "api"). */}}
{{- define "hr-assist.podScheduling" -}}
{{- $a := .ctx.Values.availability -}}
{{- with $a.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- if $a.topologySpread.enabled }}
topologySpreadConstraints:
  {{- range $a.topologySpread.topologyKeys }}
  - maxSkew: {{ $a.topologySpread.maxSkew }}
    topologyKey: {{ . }}
    whenUnsatisfiable: {{ $a.topologySpread.whenUnsatisfiable }}
    labelSelector:
      matchLabels:
        {{- include "hr-assist.selectorLabels" (dict "ctx" $.ctx "component" $.component) | nindent 8 }}
  {{- end }}
{{- end }}
{{- end -}}

{{/* The apps to render: api, the functions, and ui when enabled. */}}
{{- define "hr-assist.apps" -}}
{{- $apps := list "api" "jd" "questions" "resume" -}}
{{- if .Values.ui.enabled -}}{{- $apps = append $apps "ui" -}}{{- end -}}
{{- join " " $apps -}}
{{- end -}}

{{/* Triggers: constants, not values. Filters (and the broker) cannot change after creation. */}}
{{- define "hr-assist.triggers" -}}
- name: hr-assist-job-description-requested
  type: io.hrassist.job-description.requested.v1
  subscriber: jd
  kind: requests
- name: hr-assist-interview-questions-requested
  type: io.hrassist.interview-questions.requested.v1
  subscriber: questions
  kind: requests
- name: hr-assist-resume-evaluation-requested
  type: io.hrassist.resume-evaluation.requested.v1
  subscriber: resume
  kind: requests
- name: hr-assist-job-description-generated
  type: io.hrassist.job-description.generated.v1
  subscriber: api
  kind: results
- name: hr-assist-interview-questions-generated
  type: io.hrassist.interview-questions.generated.v1
  subscriber: api
  kind: results
- name: hr-assist-resume-evaluation-completed
  type: io.hrassist.resume-evaluation.completed.v1
  subscriber: api
  kind: results
- name: hr-assist-task-failed
  type: io.hrassist.task.failed.v1
  subscriber: api
  kind: results
{{- end -}}
{{/*
rabbitmq.eventing.knative.dev/parallelism of a Trigger: how many events its dispatcher delivers at once. Knative runs a
pod per `target` requests in flight, so a request Trigger gets its function's maxScale × target unless
knative.triggers.requests.parallelism sets a number. Call with (dict "ctx" $ "trigger" $t).
*/}}
{{- define "hr-assist.triggerParallelism" -}}
{{- $d := index .ctx.Values.knative.triggers .trigger.kind -}}
{{- if eq .trigger.kind "requests" -}}
{{- $k := (index .ctx.Values .trigger.subscriber).knative -}}
{{- $p := $d.parallelism | default (mul $k.maxScale $k.target) | int -}}
{{- if gt $p 1000 -}}
{{- fail (printf "%s: maxScale × target = %d is more than eventing-rabbitmq's parallelism limit of 1000; lower them, or set knative.triggers.requests.parallelism" .trigger.subscriber $p) -}}
{{- end -}}
{{- $p -}}
{{- else -}}
{{- $d.parallelism | int -}}
{{- end -}}
{{- end -}}
{{/*
The dead-letter sink, on every Trigger or on the Broker alone (knative.broker.deadLetterSink): the dead-letter Broker
with knative.deadLetters.durable (its one Trigger hands each dead letter on to the API patiently), else the API.
*/}}
{{- define "hr-assist.deadLetterSink" -}}
deadLetterSink:
  ref:
    {{- if .Values.knative.deadLetters.durable }}
    apiVersion: eventing.knative.dev/v1
    kind: Broker
    name: {{ include "hr-assist.deadLetterBrokerName" . }}
    {{- else }}
    apiVersion: serving.knative.dev/v1
    kind: Service
    name: {{ include "hr-assist.serviceName" "api" }}
  uri: /dead-letters
    {{- end }}
{{- end -}}
{{- define "hr-assist.brokerName" -}}hr-assist{{- end -}}
{{- define "hr-assist.deadLetterBrokerName" -}}hr-assist-dead-letters{{- end -}}
{{- define "hr-assist.deadLetterBrokerConfigName" -}}hr-assist-dead-letters-config{{- end -}}
{{/*
Labels eventing-rabbitmq gives the dead-letter Broker's pods: the main Broker's (networkPolicy.broker*PodLabels) with
eventing.knative.dev/broker naming the dead-letter Broker. Call with (dict "ctx" $ "labels" <labels>).
*/}}
{{- define "hr-assist.deadLetterBrokerPods" -}}
{{- $l := deepCopy .labels -}}
{{- if hasKey $l "eventing.knative.dev/broker" }}{{ $_ := set $l "eventing.knative.dev/broker" (include "hr-assist.deadLetterBrokerName" .ctx) }}{{ end -}}
{{- toYaml $l -}}
{{- end -}}
{{/*
Refuses an upgrade that would move the Broker's dead-letter sink (its spec, which the chart treats as fixed): on the
Triggers or on the Broker (knative.broker.deadLetterSink), and on the Broker to the API or to the dead-letter Broker
(knative.deadLetters.durable). Call with (dict "ctx" $ "live" <lookup of the Broker>).
*/}}
{{- define "hr-assist.brokerSinkGuard" -}}
{{- with .live }}
{{- $v := $.ctx.Values.knative }}
{{- $live := ternary "broker" "trigger" (not (empty (dig "spec" "delivery" "deadLetterSink" "" .))) }}
{{- if ne $live $v.broker.deadLetterSink }}
{{- fail (printf "Broker %s has its dead-letter sink on the %s; knative.broker.deadLetterSink=%s needs the Broker and the Triggers created anew (helm/README.md)" .metadata.name $live $v.broker.deadLetterSink) }}
{{- end }}
{{- if eq $live "broker" }}
{{- $liveKind := dig "spec" "delivery" "deadLetterSink" "ref" "kind" "" . }}
{{- $wantKind := ternary "Broker" "Service" $v.deadLetters.durable }}
{{- if ne $liveKind $wantKind }}
{{- fail (printf "Broker %s sends its dead letters to a %s; knative.deadLetters.durable=%v with knative.broker.deadLetterSink=broker needs the Broker and the Triggers created anew (helm/README.md)" .metadata.name $liveKind $v.deadLetters.durable) }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}
{{/* eventing-rabbitmq's address of the Broker: its ingress Service, in the API's namespace (a short name, so that
knative/*.yaml applies to any namespace; the pod's DNS search list resolves it there first). */}}
{{- define "hr-assist.brokerIngressUrl" -}}
{{- .Values.knative.brokerIngressUrl | default (printf "http://%s-broker-ingress" (include "hr-assist.brokerName" .)) -}}
{{- end -}}
{{- define "hr-assist.brokerConfigName" -}}hr-assist-broker-config{{- end -}}
{{/*
Refuses an upgrade that would change a live RabbitmqBrokerConfig: its webhook rejects any spec change, so Helm would
stop halfway. The queue type and the connection (the admin Secret, which follows rabbitmq.auth.existingSecret, or
the RabbitmqCluster's name) are chosen at install. Call with (dict "ctx" $ "live" <lookup result> "name" <config>
"queueType" <type>); an empty live object (a new install, helm template) passes.
*/}}
{{- define "hr-assist.brokerConfigGuard" -}}
{{- with .live }}
{{- if ne (dig "spec" "queueType" "quorum" .) $.queueType }}
{{- fail (printf "RabbitmqBrokerConfig %s has queueType %s; it cannot change to %s (delete the broker and its config first)" $.name (dig "spec" "queueType" "" .) $.queueType) }}
{{- end }}
{{- $want := include "hr-assist.rabbitmqClusterReference" $.ctx | fromYaml }}
{{- $liveSecret := dig "spec" "rabbitmqClusterReference" "connectionSecret" "name" "" . }}
{{- $liveCluster := dig "spec" "rabbitmqClusterReference" "name" "" . }}
{{- $wantSecret := dig "connectionSecret" "name" "" $want }}
{{- if or (ne $liveSecret $wantSecret) (ne $liveCluster ($want.name | default "")) }}
{{- fail (printf "RabbitmqBrokerConfig %s connects through %s; these values would change it to %s, which its webhook refuses. rabbitmq.auth.existingSecret (and rabbitmq.mode) are chosen at install: keep the old value, or delete the Broker, its config and the Triggers first (helm/README.md, Broker and Triggers across upgrades)" $.name (ternary (printf "Secret %s" $liveSecret) (printf "RabbitmqCluster %s" $liveCluster) (ne $liveSecret "")) (ternary (printf "Secret %s" $wantSecret) (printf "RabbitmqCluster %s" $want.name) (ne $wantSecret ""))) }}
{{- end }}
{{- end }}
{{- end -}}

{{/* NetworkPolicy peers. */}}
{{- define "hr-assist.np.namespace" -}}
- namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ . }}
{{- end -}}
{{- define "hr-assist.np.app" -}}
- podSelector:
    matchLabels:
      {{- include "hr-assist.selectorLabels" . | nindent 6 }}
{{- end -}}

{{/* A peer {namespace, podLabels}; an empty namespace means the release namespace. */}}
{{- define "hr-assist.np.peer" -}}
- podSelector:
    matchLabels:
      {{- toYaml .podLabels | nindent 6 }}
  {{- with .namespace }}
  namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ . }}
  {{- end }}
{{- end -}}

{{/* Knative: who may reach the API's and the functions' pods (activator, autoscaler, event senders). */}}
{{- define "hr-assist.np.knativePeers" -}}
{{- range concat .Values.networkPolicy.knativeServingPeers .Values.networkPolicy.eventSenders }}
{{ include "hr-assist.np.peer" . }}
{{- end }}
{{- end -}}

{{/* Egress rule to DNS (networkPolicy.dns); call with .Values.networkPolicy. */}}
{{- define "hr-assist.np.dnsEgress" -}}
- to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: {{ .dns.namespace }}
      podSelector:
        matchLabels:
          {{- toYaml .dns.podLabels | nindent 10 }}
    {{- range .dns.cidrs }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  ports:
    {{- range .dns.ports }}
    - protocol: UDP
      port: {{ . }}
    - protocol: TCP
      port: {{ . }}
    {{- end }}
{{- end -}}

{{/* Egress rule to the Kubernetes API (networkPolicy.kubeApiServer); call with .Values.networkPolicy. */}}
{{- define "hr-assist.np.kubeApiEgress" -}}
{{- with .kubeApiServer.cidrs -}}
- to:
    {{- range . }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  ports:
    {{- range $.kubeApiServer.ports }}
    - protocol: TCP
      port: {{ . }}
    {{- end }}
{{- end }}
{{- end -}}

{{/*
Egress rule of the broker's pods to RabbitMQ: the bundled nodes (5671 too with the RabbitmqCluster's TLS), or an
external server at networkPolicy.rabbitmqCidrs (any address when empty) on 5672 and 5671.
*/}}
{{- define "hr-assist.np.brokerAmqpEgress" -}}
- to:
    {{- if .Values.rabbitmq.enabled }}
    - podSelector:
        matchLabels:
          {{- include "hr-assist.rabbitmqPods" . | nindent 10 }}
    {{- else }}
    {{- range .Values.networkPolicy.rabbitmqCidrs | default (list "0.0.0.0/0") }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
    {{- end }}
  ports:
    - protocol: TCP
      port: 5672
    {{- if or (not .Values.rabbitmq.enabled) (and (include "hr-assist.rabbitmqOperator" .) .Values.rabbitmq.operator.tls.secretName) }}
    - protocol: TCP
      port: 5671
    {{- end }}
{{- end -}}

{{/*
Least-privilege RabbitMQ permissions per component (plain Kubernetes, vhost rabbitmqUsers.vhost). Exchanges: the
topic exchange (routing key = event type) and its dead-letter exchange. The API declares the topology (configure),
publishes request events and reads results and dead letters; a function only reads its queue and publishes its reply
or task.failed (and dead letters); KEDA only inspects queue depth (passive declare, which needs no permission).
*/}}
{{- define "hr-assist.rabbitmqUsers" -}}
{{- $x := .Values.rabbitmqUsers.exchange | replace "." "\\." -}}
{{- $exchanges := printf "%s|%s\\.dead-letter" $x $x -}}
{{- $queues := list .Values.jd.queue .Values.questions.queue .Values.resume.queue "task_results_queue" "dead_letter_queue" | join "|" -}}
{{- $replies := dict "jd" "job-description\\.generated" "questions" "interview-questions\\.generated" "resume" "resume-evaluation\\.completed" -}}
- component: api
  configure: {{ printf "^(%s|%s)$" $exchanges $queues | quote }}
  write: {{ printf "^(%s|%s)$" $exchanges $queues | quote }}
  {{- /* read on every queue too: declaring a queue with a dead-letter exchange needs read on it. */}}
  read: {{ printf "^(%s|%s)$" $exchanges $queues | quote }}
  topicWrite: '^io\.hrassist\.(job-description|interview-questions|resume-evaluation)\.requested\.v1$'
  {{- /* topic read: the routing keys the API binds its queues with. */}}
  topicRead: '^io\.hrassist\.(job-description\.(requested|generated)|interview-questions\.(requested|generated)|resume-evaluation\.(requested|completed)|task\.failed)\.v1$'
{{- range $key := splitList " " (include "hr-assist.functions" .) }}
{{- /* task.failed too: an unprocessable request is answered with task.failed (CloudEventDispatcher). */}}
- component: {{ $key }}
  configure: '^$'
  write: {{ printf "^(%s)$" $exchanges | quote }}
  read: {{ printf "^%s$" (index $.Values $key).queue | quote }}
  topicWrite: {{ printf "^io\\.hrassist\\.(%s|task\\.failed)\\.v1$" (get $replies $key) | quote }}
  topicRead: '^$'
{{- end }}
- component: keda
  configure: '^$'
  write: '^$'
  read: '^$'
  topicWrite: '^$'
  topicRead: '^$'
{{- end -}}
{{/* The Secret with a component's amqp-uri: its own user's, or the admin's without rabbitmqUsers. */}}
{{- define "hr-assist.amqpSecret" -}}
{{- if .ctx.Values.rabbitmqUsers.enabled }}{{ include "hr-assist.rabbitmqUserSecret" . }}{{ else }}{{ include "hr-assist.rabbitmqSecret" .ctx }}{{ end -}}
{{- end -}}
{{- define "hr-assist.rabbitmqUserSecret" -}}
{{- printf "%s-rabbitmq-%s" (include "hr-assist.fullname" .ctx) .component -}}
{{- end -}}

{{/*
Labels by which an operator watches a Secret the chart fills, so that a rotated password reaches it (helm/README.md,
Rotating passwords): CloudNativePG applies a changed role password at once only from a Secret labelled cnpg.io/reload
(else at a later reconciliation); the Messaging Topology Operator (1.20 and later) watches, and its webhook admits,
only Secrets labelled rabbitmq.com/topology-operator (the connection Secret and the Users' credentials). Takes
(dict "ctx" $ "name" <Secret name>); empty for other Secrets.
*/}}
{{- define "hr-assist.operatorSecretLabels" -}}
{{- $ctx := .ctx -}}
{{- $cnpg := list -}}
{{- if include "hr-assist.cnpg" $ctx -}}
{{- $cnpg = list (printf "%s-owner-auth" (include "hr-assist.postgresName" $ctx)) (printf "%s-app-auth" (include "hr-assist.postgresName" $ctx)) -}}
{{- end -}}
{{- $topology := list (include "hr-assist.rabbitmqSecret" $ctx) -}}
{{- range $u := fromYamlArray (include "hr-assist.rabbitmqUsers" $ctx) -}}
{{- $topology = append $topology (include "hr-assist.rabbitmqUserSecret" (dict "ctx" $ctx "component" $u.component)) -}}
{{- end -}}
{{- if has .name $cnpg }}cnpg.io/reload: "true"{{ end -}}
{{- if has .name $topology }}rabbitmq.com/topology-operator: "true"{{ end -}}
{{- end -}}

{{/* The Secrets a rendered env list reads (secretKeyRef names), sorted and comma-separated. */}}
{{- define "hr-assist.envSecrets" -}}
{{- $names := list -}}
{{- range $e := fromYamlArray . -}}
{{- with $e.valueFrom }}{{ with .secretKeyRef }}{{ $names = append $names .name }}{{ end }}{{ end -}}
{{- end -}}
{{- $names | uniq | sortAlpha | join "," -}}
{{- end -}}

{{/* Names of the Secrets the chart generates when neither Vault nor Sealed Secrets nor an existingSecret supply them. */}}
{{- define "hr-assist.ownSecrets" -}}
{{- if and .Values.postgres.enabled (not .Values.postgres.auth.existingSecret) }}
- {{ include "hr-assist.postgresSecret" . }}
{{- end }}
{{- if include "hr-assist.cnpg" . }}
{{- range $role := list "owner" "app" }}
{{- if not (get $.Values.postgres.cloudnativepg (printf "%sSecret" $role)) }}
- {{ printf "%s-%s-auth" (include "hr-assist.postgresName" $) $role }}
{{- end }}
{{- end }}
{{- end }}
{{- if and .Values.rabbitmq.enabled (not .Values.rabbitmq.auth.existingSecret) (not (include "hr-assist.rabbitmqOperator" .)) }}
- {{ include "hr-assist.rabbitmqSecret" . }}
{{- end }}
{{- if and .Values.rabbitmq.enabled (not .Values.knative.enabled) .Values.rabbitmqUsers.enabled }}
{{- range $u := fromYamlArray (include "hr-assist.rabbitmqUsers" .) }}
- {{ include "hr-assist.rabbitmqUserSecret" (dict "ctx" $ "component" $u.component) }}
{{- end }}
{{- end }}
{{- if not .Values.api.existingSecret }}
- {{ include "hr-assist.appSecret" . }}
{{- end }}
{{- end -}}

{{/*
The functions' egress proxy: the chart's own Squid (llm.egressProxy.squid.enabled: its Service, its pods in the
release namespace), else llm.egressProxy as given (a proxy elsewhere in the cluster or outside it).
*/}}
{{- define "hr-assist.egressProxy" -}}
{{- $p := .Values.llm.egressProxy -}}
{{- if $p.squid.enabled -}}
host: {{ printf "%s-egress-proxy.%s.svc" (include "hr-assist.fullname" .) .Release.Namespace }}
port: {{ $p.port }}
cidr: ""
namespace: {{ .Release.Namespace }}
podLabels:
  {{- include "hr-assist.selectorLabels" (dict "ctx" . "component" "egress-proxy") | nindent 2 }}
{{- else -}}
{{- toYaml (pick $p "host" "port" "cidr" "namespace" "podLabels") -}}
{{- end -}}
{{- end -}}
{{/*
How the functions reach the model (llm.baseUrl) under NetworkPolicies, as YAML: `inCluster` (a .svc, .cluster.local
or short host name, reached directly because NO_PROXY covers it: then `port`), or nothing for a host outside the
cluster (reached through the egress proxy). Fails when the functions' egress would have no rule to the model, which
would otherwise leave every model call timing out with nothing in the render to say why.
*/}}
{{- define "hr-assist.llmEgress" -}}
{{- $llm := .Values.llm -}}
{{- if and .Values.networkPolicy.enabled $llm.baseUrl -}}
{{- $u := urlParse $llm.baseUrl -}}
{{- $host := $u.hostname -}}
{{- if or (hasSuffix ".svc" $host) (hasSuffix ".cluster.local" $host) (not (contains "." $host)) -}}
{{- if not $llm.inClusterModel.podLabels -}}
{{- fail (printf "llm.baseUrl %s is inside the cluster, and the functions' NetworkPolicy would give them no way to it: set llm.inClusterModel.podLabels (and .namespace, .port) to the model's pods, or networkPolicy.enabled=false" $llm.baseUrl) -}}
{{- end -}}
{{- $port := $llm.inClusterModel.port | default (regexReplaceAll "^.*:" ($u.host | default "") "" | atoi) | default (ternary 443 80 (eq $u.scheme "https")) -}}
inCluster: true
port: {{ $port }}
{{- else -}}
{{- $proxy := include "hr-assist.egressProxy" . | fromYaml -}}
{{- if not (or $proxy.cidr $proxy.namespace) -}}
{{- fail (printf "llm.baseUrl %s is outside the cluster, and with NetworkPolicies the functions may reach it only through an egress proxy: set llm.egressProxy.squid.enabled=true (the chart's Squid), or llm.egressProxy.host with llm.egressProxy.cidr or .namespace (a proxy you run), or networkPolicy.enabled=false (no NetworkPolicies at all)" $llm.baseUrl) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{/* Host names the chart's Squid lets through: llm.egressProxy.squid.allowedDomains, else the host of llm.baseUrl. */}}
{{- define "hr-assist.squidDomains" -}}
{{- $d := .Values.llm.egressProxy.squid.allowedDomains -}}
{{- if and (not $d) .Values.llm.baseUrl }}{{ $d = list (urlParse .Values.llm.baseUrl).hostname }}{{ end -}}
{{- toYaml $d -}}
{{- end -}}
