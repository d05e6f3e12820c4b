"""Process-level settings of the code location read from the environment at import time."""

import os


def sensor_interval_seconds(default: int = 30) -> int:
    """Minimum seconds between two evaluations of the ``landing_zone`` and ``supervisor`` sensors.

    ``MAPWRIGHT_SENSOR_INTERVAL_SECONDS`` overrides the default (30 s) for the whole code location;
    it is read when the code server loads the definitions, so the daemon sees it through the
    sensor definitions (Dagster has no instance-wide way to lower a sensor's interval).
    """
    raw = os.environ.get("MAPWRIGHT_SENSOR_INTERVAL_SECONDS", "").strip()
    return max(1, int(raw)) if raw else default
