#!/usr/bin/env bash
# The production topology as plain processes (what docker-compose.yml runs, without Docker): the
# Dagster code server, the daemon and the webserver, each its own process, sharing a
# dagster-postgres instance (deploy/dagster.yaml). mapwright's metadata store, vector index and cache
# come from the environment, as in docker-compose.yml:
#   DAGSTER_PG_HOST/PORT/USER/PASSWORD/DB   the Dagster instance's PostgreSQL database
#   MAPWRIGHT_DB_URL                        metadata store (postgresql+psycopg://...)
#   MAPWRIGHT_VECTOR_BACKEND=pgvector, MAPWRIGHT_VECTOR_URL   vector index (PostgreSQL with pgvector)
#   MAPWRIGHT_CACHE_URL=redis://...         cache;  MAPWRIGHT_LANDING_DIR  landing folder
# Optional: HOST (127.0.0.1), CODE_PORT (4000), UI_PORT (3000), DAGSTER_HOME (var/dagster_prod; gets
# deploy/dagster.yaml when it has no dagster.yaml). Stops all three when one exits or on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DAGSTER_PG_HOST:?set DAGSTER_PG_HOST (and DAGSTER_PG_PORT/USER/PASSWORD/DB)}"
: "${MAPWRIGHT_DB_URL:?set MAPWRIGHT_DB_URL (postgresql+psycopg://...)}"
HOST=${HOST:-127.0.0.1}
CODE_PORT=${CODE_PORT:-4000}
UI_PORT=${UI_PORT:-3000}
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/var/dagster_prod}"
mkdir -p "$DAGSTER_HOME"
[ -f "$DAGSTER_HOME/dagster.yaml" ] || cp deploy/dagster.yaml "$DAGSTER_HOME/dagster.yaml"
[ -x .venv/bin/dagster ] && export PATH="$PWD/.venv/bin:$PATH"
export LITELLM_LOCAL_MODEL_COST_MAP=True TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" HF_HUB_OFFLINE=1
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

# The workspace the webserver and daemon load: workspace.yaml with this code server's address
# (docker-compose mounts workspace.yaml as is, where the code server's host is `code`).
WS="$DAGSTER_HOME/workspace.yaml"
sed -e "s/host: code/host: $HOST/" -e "s/port: 4000/port: $CODE_PORT/" workspace.yaml > "$WS"

pids=()
stop() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; }
trap stop EXIT INT TERM

dagster api grpc -h "$HOST" -p "$CODE_PORT" -m orchestration.definitions -d "$PWD" &
pids+=($!)
# The server listens once it has loaded the definitions: wait for the port with bash alone (a
# health-check process per poll would import Dagster each time, competing with the loading server),
# then confirm with one gRPC health check.
for _ in $(seq 1 600); do
  (exec 3<>"/dev/tcp/$HOST/$CODE_PORT") 2>/dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "topology: code server exited" >&2; exit 1; }
  sleep 0.2
done
for _ in $(seq 1 20); do
  dagster api grpc-health-check -h "$HOST" -p "$CODE_PORT" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "topology: code server exited" >&2; exit 1; }
  sleep 0.5
done
echo "topology: code server on $HOST:$CODE_PORT" >&2
dagster-daemon run -w "$WS" &
pids+=($!)
dagster-webserver -h "$HOST" -p "$UI_PORT" -w "$WS" &
pids+=($!)
echo "topology: daemon and webserver started; UI on http://$HOST:$UI_PORT (DAGSTER_HOME=$DAGSTER_HOME)" >&2
wait -n
echo "topology: a process exited; stopping the others" >&2
