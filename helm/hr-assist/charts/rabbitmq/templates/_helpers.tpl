{{- define "rabbitmq.fullname" -}}
{{- .Values.fullnameOverride | default (printf "%s-%s" .Release.Name .Chart.Name) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "rabbitmq.secretName" -}}
{{- .Values.auth.existingSecret | default (include "rabbitmq.fullname" .) -}}
{{- end -}}
{{- define "rabbitmq.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: messaging
{{- end -}}
{{- define "rabbitmq.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "rabbitmq.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ .Values.partOf }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}
{{/* The server image: <repository>@<digest> when image.digest is set (it wins over the tag), else <repository>:<tag>. */}}
{{- define "rabbitmq.image" -}}
{{- with .Values.image.digest }}{{ printf "%s@%s" $.Values.image.repository . }}{{ else }}{{ printf "%s:%s" .Values.image.repository (.Values.image.tag | toString) }}{{ end -}}
{{- end -}}
