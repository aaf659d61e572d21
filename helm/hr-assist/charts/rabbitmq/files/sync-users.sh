#!/bin/sh
# The password-sync sidecar of the RabbitMQ StatefulSet: keeps the passwords of the node's users equal to the Secret,
# which may change under a running node (Vault through External Secrets, a new SealedSecret, kubectl). The Secret is
# mounted as a volume, whose files the kubelet replaces when the Secret changes; default_user/default_pass (the init
# container) only ever create the admin user of a new node.
#
# Every HR_ASSIST_SYNC_INTERVAL seconds, for each "<username key>:<password key>" of HR_ASSIST_SYNC_USERS, it reads the
# two files under HR_ASSIST_SECRET_DIR and, when their content differs from what it last applied (and once at start,
# since the node may keep a database older than the Secret), runs rabbitmqctl change_password against the local node
# (the Erlang cookie in $HOME/.erlang.cookie is the node's own). Idempotent; logs the user, never the password: it goes
# to rabbitmqctl on standard input, never on a command line. rabbitmqctl reads one line and trims it, so a password that
# is empty, holds a line break or begins or ends with white space is refused (logged), not changed into another one.
#
#   sync-users.sh          the loop
#   sync-users.sh once     one pass; exit status 1 when a user could not be set
#   sync-users.sh live     liveness: the loop began a pass within the last 3 intervals + 30 s (+ rabbitmqctl's time)
#   sync-users.sh ready    readiness: the loop has started (a stuck loop restarts this container, never takes the
#                          node out of its Service)
set -u
dir=${HR_ASSIST_SECRET_DIR:-/secrets}
interval=${HR_ASSIST_SYNC_INTERVAL:-10}
alive=${HR_ASSIST_SYNC_ALIVE:-/tmp/sync-alive}
users=${HR_ASSIST_SYNC_USERS:-username:password}
timeout=${HR_ASSIST_SYNC_TIMEOUT:-60}

case ${1:-} in
  ready) exec test -s "$alive" ;;
  live)
    last=$(cat "$alive" 2>/dev/null) || exit 1
    [ $(($(date +%s) - last)) -le $((3 * interval + 30 + 2 * timeout)) ]
    exit ;;
esac

log() { echo "password-sync: $*"; }

# One pass over the users; returns the number of users not set.
pass() {
  failed=0 i=0
  for pair in $users; do
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
    user=$(cat "$u")
    # Read as rabbitmqctl would (one line, trimmed): it must be the whole value, unchanged.
    if [ ! -s "$p" ] || [ "$(wc -l < "$p")" -ne 0 ] || grep -q '^[[:space:]]\|[[:space:]]$' "$p"; then
      problem "$i" "user $user: $pkey is empty, holds a line break or begins or ends with white space: not applied"
      continue
    fi
    if out=$(rabbitmqctl -q --timeout "$timeout" change_password "$user" < "$p" 2>&1); then
      eval "done_$i=\$sum fails_$i=0 failsum_$i="
      log "user $user: password set from $pkey"
    else
      problem "$i" "user $user: not applied: $(echo "$out" | tr -s '\n\t ' '   ' | cut -c 1-300)"
    fi
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

log "watching $dir every ${interval}s for: $users"
while :; do
  date +%s > "$alive"
  pass
  sleep "$interval"
done
