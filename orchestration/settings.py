"""Process-level settings of the code location read when the definitions load."""

from core.settings import get_settings


def sensor_interval_seconds(default: int = 30) -> int:
    """Minimum seconds between two evaluations of the ``landing_zone`` and ``supervisor`` sensors.

    ``MAPWRIGHT_SENSOR_INTERVAL_SECONDS`` overrides the default (30 s) for the whole code location;
    it is read when the code server loads the definitions, so the daemon sees it through the
    sensor definitions (Dagster has no instance-wide way to lower a sensor's interval).
    """
    return get_settings().sensor_interval_seconds if default == 30 else default
