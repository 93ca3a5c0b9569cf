#!/usr/bin/env bash
# A private 3-node MariaDB Galera cluster on loopback, for the Galera suite and the bench.
#
#   test/support/galera.sh [url]     start what is not running, wait for 3 Synced nodes, print the
#                                    nodes' URLs on stdout, one per node (everything else: stderr)
#   test/support/galera.sh start     the same, printing a shell line instead:
#                                        eval "$(test/support/galera.sh start)"   # sets GALERA_URLS
#   test/support/galera.sh stop      stop every node (by its pid file)
#   test/support/galera.sh pid N     the pid of node N (1–3), for tests that kill one
#
# Node N listens for SQL on $GALERA_PORT+N-1 (default 4406–4408) and for Galera on 4567+10(N-1)
# (gcomm), +1 (IST), +2 (SST). Idempotent: running nodes are kept, a node that is down (killed)
# rejoins the others — by IST when its position can be recovered, else by SST (rsync). With no
# node running, node 1 bootstraps a new cluster from its data.
set -euo pipefail

BASE=${GALERA_BASE:-${TMPDIR:-/tmp}/stackport-galera}
PORT=${GALERA_PORT:-4406}
GCOMM=${GALERA_GCOMM_PORT:-4567}
DB=${MARIADB_DATABASE:-app}
USER_NAME=${MARIADB_USER:-app}
PASSWORD=${MARIADB_PASSWORD:-app}
NODES=(1 2 3)
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}

log() { echo "galera.sh: $*" >&2; }
dir() { echo "$BASE/node$1"; }
sql_port() { echo $((PORT + $1 - 1)); }
gcomm_port() { echo $((GCOMM + 10 * ($1 - 1))); }
sock() { echo "$(dir "$1")/run/mysqld.sock"; }
pidfile() { echo "$(dir "$1")/run/mariadbd.pid"; }
running() { [[ -f "$(pidfile "$1")" ]] && kill -0 "$(cat "$(pidfile "$1")")" 2>/dev/null; }
q() { mariadb --socket="$(sock "$1")" -uroot -N -B -e "$2" 2>/dev/null; }
status_of() { q "$1" "SHOW GLOBAL STATUS LIKE '$2'" | cut -f2; }
urls() { for n in "${NODES[@]}"; do echo "mariadb://$USER_NAME:$PASSWORD@127.0.0.1:$(sql_port "$n")/$DB"; done; }

MODE=${1:-url}
case "$MODE" in
  url|start|stop) ;;
  pid) cat "$(pidfile "${2:?node number}")"; exit 0 ;;
  *) log "usage: $0 [url|start|stop|pid N]"; exit 2 ;;
esac

if [[ "$MODE" == "stop" ]]; then
  for n in "${NODES[@]}"; do
    running "$n" || continue
    PID=$(cat "$(pidfile "$n")")
    kill -TERM "$PID"
    for _ in $(seq 1 600); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    log "node $n stopped (pid $PID)"
  done
  exit 0
fi

[[ -f "$PROVIDER" ]] || { log "galera-4 is not installed ($PROVIDER)"; exit 1; }
command -v rsync >/dev/null || { log "rsync (the SST method) is not installed"; exit 1; }
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
OWNER_ARGS=()
[[ $(id -u) -eq 0 ]] && OWNER_ARGS=(--user=mysql)

cluster_address() {
  local a=()
  for n in "${NODES[@]}"; do a+=("127.0.0.1:$(gcomm_port "$n")"); done
  (IFS=,; echo "gcomm://${a[*]}")
}

# Small on purpose: the machine is shared, the data is a test's. evs.suspect_timeout: a node that
# vanished (kill -9) is dropped from the cluster after 2 s rather than 5; the others' commits wait meanwhile.
node_args() {
  local n=$1 d g
  d=$(dir "$n"); g=$(gcomm_port "$n")
  echo --no-defaults "${OWNER_ARGS[@]}" --datadir="$d/data" --socket="$(sock "$n")" --pid-file="$(pidfile "$n")" \
    --bind-address=127.0.0.1 --port="$(sql_port "$n")" --log-error="$d/run/error.log" --skip-name-resolve \
    --innodb-buffer-pool-size=48M --innodb-log-file-size=48M --performance-schema=OFF --max-connections=300 \
    --innodb-flush-log-at-trx-commit=2 --thread-handling=pool-of-threads \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --wsrep-on=ON --wsrep-provider="$PROVIDER" --wsrep-cluster-name=stackport --wsrep-node-name="node$n" \
    --wsrep-cluster-address="$(cluster_address)" --wsrep-node-address="127.0.0.1:$g" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=128M;evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT2S" \
    --wsrep-sst-receive-address="127.0.0.1:$((g + 2))" --wsrep-sst-method=rsync --wsrep-slave-threads=2
}

init_node() {
  local n=$1 d
  d=$(dir "$n")
  mkdir -p "$d/data" "$d/run"
  [[ $(id -u) -eq 0 ]] && chown -R mysql:mysql "$d"
  if [[ ! -d "$d/data/mysql" ]]; then
    log "initialising node $n"
    mariadb-install-db "${OWNER_ARGS[@]}" --datadir="$d/data" --skip-test-db --auth-root-authentication-method=socket >/dev/null
  fi
}

# After a crash (kill -9) the saved position is unknown (-1): recover it from InnoDB so the node
# can ask for an incremental transfer (IST) instead of a full copy.
recovered_position() {
  local n=$1 d
  d=$(dir "$n")
  grep -q '^seqno: *-1' "$d/data/grastate.dat" 2>/dev/null || return 0
  # shellcheck disable=SC2046
  "$MARIADBD" $(node_args "$n") --wsrep-recover --log-error="$d/run/recover.log" >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([0-9a-f-]*:[0-9-]*\).*/\1/p' "$d/run/recover.log" | tail -1
}

start_node() {
  local n=$1 extra=("${@:2}") pos
  pos=$(recovered_position "$n")
  [[ -n "$pos" ]] && extra+=(--wsrep-start-position="$pos")
  log "starting node $n on 127.0.0.1:$(sql_port "$n") ${extra[*]}"
  # shellcheck disable=SC2046
  "$MARIADBD" $(node_args "$n") "${extra[@]}" >/dev/null 2>&1 &
  disown || true
}

synced() { [[ "$(status_of "$1" wsrep_local_state_comment)" == Synced && "$(status_of "$1" wsrep_cluster_size)" == "${#NODES[@]}" ]]; }

for n in "${NODES[@]}"; do init_node "$n"; done
any=0
for n in "${NODES[@]}"; do running "$n" && any=1; done
if [[ $any -eq 0 ]]; then
  # The whole cluster is down: node 1 starts a new one from its data.
  sed -i 's/^safe_to_bootstrap: *0/safe_to_bootstrap: 1/' "$(dir 1)/data/grastate.dat" 2>/dev/null || true
  start_node 1 --wsrep-new-cluster
  for _ in $(seq 1 600); do [[ "$(status_of 1 wsrep_ready)" == ON ]] && break; sleep 0.1; done
  [[ "$(status_of 1 wsrep_ready)" == ON ]] || { tail -30 "$(dir 1)/run/error.log" >&2; exit 1; }
fi
for n in "${NODES[@]}"; do running "$n" || start_node "$n"; done

deadline=$((SECONDS + ${GALERA_WAIT_SECONDS:-300}))
until synced 1 && synced 2 && synced 3; do
  if (( SECONDS > deadline )); then
    for n in "${NODES[@]}"; do log "node $n: $(status_of "$n" wsrep_local_state_comment) size $(status_of "$n" wsrep_cluster_size)"; tail -5 "$(dir "$n")/run/error.log" >&2; done
    exit 1
  fi
  sleep 0.2
done

# DDL is replicated (TOI), so the grants made on one node reach all.
mariadb --socket="$(sock 1)" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$USER_NAME'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB\`.* TO '$USER_NAME'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB}\\_%\`.* TO '$USER_NAME'@'127.0.0.1';
SQL
log "3 nodes Synced"
if [[ "$MODE" == "start" ]]; then echo "export GALERA_URLS='$(urls | paste -sd' ')'"; else urls; fi
