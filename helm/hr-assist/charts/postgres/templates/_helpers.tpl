{{- define "postgres.fullname" -}}
{{- .Values.fullnameOverride | default (printf "%s-%s" .Release.Name .Chart.Name) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "postgres.secretName" -}}
{{- .Values.auth.existingSecret | default (include "postgres.fullname" .) -}}
{{- end -}}
{{- define "postgres.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: database
{{- end -}}
{{- define "postgres.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "postgres.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ .Values.partOf }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}
{{- define "postgres.ownerSecret" -}}
{{- .Values.cloudnativepg.ownerSecret | default (printf "%s-owner-auth" (include "postgres.fullname" .)) -}}
{{- end -}}
{{- define "postgres.appSecret" -}}
{{- .Values.cloudnativepg.appSecret | default (printf "%s-app-auth" (include "postgres.fullname" .)) -}}
{{- end -}}
{{/* The server image: <repository>@<digest> when image.digest is set (it wins over the tag), else <repository>:<tag>. */}}
{{- define "postgres.image" -}}
{{- with .Values.image.digest }}{{ printf "%s@%s" $.Values.image.repository . }}{{ else }}{{ printf "%s:%s" .Values.image.repository (.Values.image.tag | toString) }}{{ end -}}
{{- end -}}
