#!/usr/bin/env bash
# THE test command (README): sets up everything on a fresh machine, then lint, types, Dagster
# definitions check and the whole pytest suite against real PostgreSQL, MariaDB and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/services.sh
scripts/browser.sh
export MAPWRIGHT_HOME="$(mktemp -d)"
source scripts/env.sh
export DAGSTER_HOME="$(mktemp -d)"; cp dagster.yaml "$DAGSTER_HOME/"
echo "== ruff" && .venv/bin/ruff check .
echo "== mypy" && .venv/bin/mypy
echo "== lint-imports (layers dsl -> core -> adapters -> orchestration, no package cycles)" && .venv/bin/lint-imports
echo "== dg check defs" && .venv/bin/dg check defs
echo "== pytest" && .venv/bin/pytest -n 2 --dist loadfile -q "$@"
