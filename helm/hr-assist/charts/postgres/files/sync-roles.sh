#!/bin/sh
# The password-sync sidecar of the PostgreSQL StatefulSet: keeps the roles' passwords in the server equal to the
# Secret, which may change under a running server (Vault through External Secrets, a new SealedSecret, kubectl). The
# Secret is mounted as a volume, whose files the kubelet replaces when the Secret changes (environment variables
# never change, so 10-roles.sh alone sets each password once, on a new data directory).
#
# Every HR_ASSIST_SYNC_INTERVAL seconds, for each "<username key>:<password key>" of HR_ASSIST_SYNC_ROLES, it reads the
# two files under HR_ASSIST_SECRET_DIR and, when their content differs from what it last applied (and once at start,
# since the server may run on a data directory older than the Secret), runs ALTER ROLE ... PASSWORD over the local
# socket as the superuser (PGHOST, PGUSER: the official image trusts local connections). Idempotent; logs the role,
# never the password: psql reads the password from the file itself (\set with backquotes, so it is in no command line
# and no environment), quotes it as a literal (:'pw'), and the statement runs with statement logging off so that not
# even a failure writes it to the server log.
#
#   sync-roles.sh          the loop
#   sync-roles.sh once     one pass; exit status 1 when a role could not be set
#   sync-roles.sh live     liveness: the loop began a pass within the last 3 intervals + 30 s
#   sync-roles.sh ready    readiness: the loop has started (a stuck loop restarts this container, never takes the
#                          database out of its Service)
set -u
dir=${HR_ASSIST_SECRET_DIR:-/secrets}
interval=${HR_ASSIST_SYNC_INTERVAL:-10}
alive=${HR_ASSIST_SYNC_ALIVE:-/tmp/sync-alive}
roles=${HR_ASSIST_SYNC_ROLES:-username:password}
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5}

case ${1:-} in
  ready) exec test -s "$alive" ;;
  live)
    last=$(cat "$alive" 2>/dev/null) || exit 1
    [ $(($(date +%s) - last)) -le $((3 * interval + 30)) ]
    exit ;;
esac

log() { echo "password-sync: $*"; }

# Sets the password of the role named in file $1 to the content of file $2. Prints "set", "missing" or psql's error.
apply() {
  psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=terse -d "${PGDATABASE:-postgres}" \
    --set userfile="$1" --set pwfile="$2" 2>&1 <<'SQL'
\set role `cat -- :'userfile'`
\set pw `cat -- :'pwfile'`
SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') AS found \gset
\if :found
BEGIN;
SET LOCAL lock_timeout = '10s';
SET LOCAL statement_timeout = '30s';
SET LOCAL log_statement = 'none';
SET LOCAL log_min_error_statement = 'panic';
SET LOCAL log_min_duration_statement = -1;
ALTER ROLE :"role" PASSWORD :'pw';
COMMIT;
\echo set
\else
\echo missing
\endif
SQL
}

# One pass over the roles; returns the number of roles not set.
pass() {
  failed=0 i=0
  for pair in $roles; do
    i=$((i + 1))
    ukey=${pair%%:*} pkey=${pair#*:}
    u="$dir/$ukey" p="$dir/$pkey"
    if [ ! -r "$u" ] || [ ! -r "$p" ]; then
      sum=unreadable
      problem "$i" "no readable keys $ukey and $pkey in $dir"
      continue
    fi
    sum=$(cat "$u" "$p" | sha256sum | cut -d' ' -f1)
    eval "done_sum=\${done_$i:-}"
    [ "$sum" = "$done_sum" ] && continue
    role=$(cat "$u")
    if [ ! -s "$p" ]; then
      problem "$i" "role $role: $pkey is empty, not applied"
      continue
    fi
    # psql's backquotes drop a final newline: such a value would differ from what the apps read.
    if [ "$(tail -c 1 "$p" | wc -l)" -ne 0 ]; then
      problem "$i" "role $role: $pkey ends with a line break, not applied"
      continue
    fi
    out=$(apply "$u" "$p")
    case $out in
      set)
        eval "done_$i=\$sum fails_$i=0 failsum_$i="
        log "role $role: password set from $pkey" ;;
      missing) problem "$i" "role $role does not exist (yet): not applied" ;;
      *) problem "$i" "role $role: not applied: $(echo "$out" | head -n 1)" ;;
    esac
  done
  return "$failed"
}

# A failure counts; it is logged the first time for a content of the files, then every 30th time (each pass retries).
problem() {
  failed=$((failed + 1))
  eval "n=\${fails_$1:-0} last=\${failsum_$1:-}"
  [ "$last" = "$sum" ] && n=$((n + 1)) || n=1
  eval "fails_$1=\$n failsum_$1=\$sum"
  if [ "$n" -eq 1 ] || [ $((n % 30)) -eq 0 ]; then log "$2 (attempt $n)"; fi
}

if [ "${1:-}" = once ]; then
  pass
  [ "$failed" -eq 0 ]
  exit
fi

log "watching $dir every ${interval}s for: $roles"
while :; do
  date +%s > "$alive"
  pass
  sleep "$interval"
done
