"""A connection error shows the server address of the URL the user configured (configuration, already in the
redacted URL beside it); the masking showed `127.0.0.1` as `999.9.9.9`. Other quoted values stay shaped, and the
password never appears."""

from __future__ import annotations

import pytest

from adapters.sources.sql import SqlSource
from core.error_text import safe_cause
from core.errors import MapwrightError


@pytest.mark.postgres
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_an_unreachable_postgres_source_names_its_server(host: str) -> None:
    with pytest.raises(MapwrightError) as err:  # nothing listens on port 1
        SqlSource(f"postgresql+psycopg://postgres:${{MW_NO_SUCH_PW}}@{host}:1/test").introspect(with_stats=False)
    msg = err.value.message
    assert 'connection to server at "127.0.0.1", port 1 failed' in msg or '"::1", port 1' in msg, msg
    assert "999" not in msg and "MWKEPT" not in msg


def test_only_the_configured_host_and_loopback_are_kept() -> None:
    text = 'connection to server at "10.1.2.3", port 5 failed: row "10.9.8.7" and "127.0.0.1"'
    assert safe_cause(ValueError(text), hosts=("10.1.2.3",)) == (
        'connection to server at "10.1.2.3", port 5 failed: row "99.9.9.9" and "127.0.0.1"')
    assert safe_cause(ValueError(text)).startswith('connection to server at "99.9.9.9"')  # not configured: shaped
    many = " ".join(f'"10.1.2.3" "a{i}@x.org"' for i in range(30))  # more kept hosts than mark letters
    out = safe_cause(ValueError(many), hosts=("10.1.2.3",))
    assert "@x.org" not in out and "MWKEPT" not in out and out.count('"10.1.2.3"') >= 10
