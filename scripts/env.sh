# Sourced by the scripts: environment that keeps every library offline and state under var/.
export LITELLM_LOCAL_MODEL_COST_MAP=True
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""
export HF_HUB_OFFLINE=1
export MAPWRIGHT_HOME="${MAPWRIGHT_HOME:-$PWD/var}"
export DAGSTER_HOME="${DAGSTER_HOME:-$MAPWRIGHT_HOME/dagster_home}"
mkdir -p "$DAGSTER_HOME"
[ -f "$DAGSTER_HOME/dagster.yaml" ] || cp dagster.yaml "$DAGSTER_HOME/dagster.yaml"
export VIRTUAL_ENV="$PWD/.venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"
