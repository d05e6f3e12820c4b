#!/usr/bin/env bash
# THE main job (README): a complete mapping run on the bundled example through Dagster, on the
# embedded defaults (SQLite metadata store, SQLite Dagster instance under var/, offline provider).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
source scripts/env.sh
.venv/bin/python -m orchestration.example "$@"
