#!/usr/bin/env bash
# Open the Dagster UI on the same instance and metadata store the example used.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
source scripts/env.sh
exec .venv/bin/dagster dev -h 127.0.0.1 -p "${PORT:-3000}" -m orchestration.definitions
